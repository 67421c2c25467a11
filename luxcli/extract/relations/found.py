"""The relations found in one article so far, and each cue's matches read sentence by sentence."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from luxcli.extract.orgs import Mention
from luxcli.extract.relations.cues import _STRUCTURE, _Cues
from luxcli.model import Article, Evidence, Relation, Sentence
from luxcli.patterns import Lowered, by_identity, requirements


class _Out:
    """Relations found so far, one per (subject, predicate, object), first evidence kept; and each
    cue's matches in the article, found once and then read sentence by sentence."""

    def __init__(self, article: Article, cues: _Cues) -> None:
        self.article = article
        self.cues = cues
        self.found: dict[tuple[str, str, str], Relation] = {}
        self.main: Mention | None = None  # the brand the article is about: what "the house" stands for
        self.main_group: Mention | None = None  # the group the article is about: what "the group" stands for
        self.main_org: Mention | None = None  # the organisation of any kind the article is about
        self.house: Mention | None = None  # the brand bearing main_org's name (Castrel of Lanificio Castrel)
        self.former: set[str] = set()  # organisations named as a person's past employer
        self.speaker: Mention | None = None  # the house "we" stands for: the main brand, named most of all
        self.dominant: Mention | None = None  # the organisation of any kind named most of all, at least three times
        self._hits: dict[str, dict[int, list[re.Match[str]]]] = {}  # cue -> sentence start -> its matches
        self._starts = [s.start for s in article.sentences]
        self._lowered: Lowered | None = None

    def hits(self, name: str, sentence: Sentence) -> Sequence[re.Match[str]]:
        """The cue's matches that lie within the sentence (the whole text is scanned once per cue)."""
        if name not in self._hits:
            self._find(name)
        return self._hits[name].get(sentence.start, ())

    def occurs(self, name: str) -> bool:
        """Whether the cue matches anywhere in the article, within a sentence."""
        if name not in self._hits:
            self._find(name)
        return bool(self._hits[name])

    def _find(self, name: str) -> None:
        if name in _STRUCTURE:
            found = self._scan("structure")
            for group in _STRUCTURE:
                self._hits[group] = self._by_sentence(m for m in found if m.lastgroup == group)
        else:
            self._hits[name] = self._by_sentence(self._scan(name))

    def _scan(self, name: str) -> list[re.Match[str]]:
        # Most cues never occur in an article: when the strings every match holds are not in the text,
        # a look in its lower-case copy spares the search; a cue of many lexicon items is searched with
        # the items this text can match only (`cue_choice.Choice`).
        choice = self.cues.choices.get(name)
        if choice is not None:
            return list(choice.finditer(self.article.text))
        if self._lowered is None:
            self._lowered = Lowered(self.article.text)
        pattern = getattr(self.cues, name)
        return list(pattern.finditer(self.article.text)) if self._lowered.may_match(_required(pattern)) else []

    def _by_sentence(self, matches: Iterable[re.Match[str]]) -> dict[int, list[re.Match[str]]]:
        """Matches by the start of the sentence holding them whole; a match across two sentences is in none.
        Built once, so that the question asked for every sentence and cue is one look-up."""
        out: dict[int, list[re.Match[str]]] = {}
        sentences = self.article.sentences
        for m in matches:
            k = bisect.bisect_right(self._starts, m.start()) - 1
            if k >= 0 and m.start() < sentences[k].end and m.end() <= sentences[k].end:
                out.setdefault(sentences[k].start, []).append(m)
        return out

    def bystanders(self) -> set[str]:
        """Brands an anaphor does not stand for: past employers and the main brand's rivals."""
        main = self.main.entry.name if self.main is not None else None
        rivals = {o if s == main else s for s, p, o in self.found if p == "competes_with" and main in (s, o)}
        return (self.former | rivals) - {main}

    def add(self, subject: str, predicate: str, obj: str, sentence: int, span: tuple[int, int], rule: str) -> None:
        if subject == obj or not subject or not obj:
            return
        if predicate in ("partners_with", "competes_with") and (obj, predicate, subject) in self.found:
            return
        key = (subject, predicate, obj)
        if key not in self.found:
            self.found[key] = Relation(subject, predicate, obj, Evidence(sentence, span[0], span[1], rule))


@by_identity  # (a pattern's hash reads all its code: see `by_identity`)
def _required(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...] | None:
    needs = requirements(pattern.pattern, pattern.flags)
    # The look stops at the first way of matching whose strings the text all holds: short strings, which texts
    # hold more often, are looked for first (the same answer, fewer searches of the whole text).
    return None if needs is None else tuple(sorted(needs, key=lambda strings: (sum(map(len, strings)), strings)))
