"""The relations found in one article so far, and each cue's matches read sentence by sentence."""

from __future__ import annotations

import bisect
import re

from luxcli.extract.orgs import Mention
from luxcli.extract.relations.cues import _STRUCTURE, _Cues
from luxcli.model import Article, Evidence, Relation, Sentence


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
        self.former: set[str] = set()  # organisations named as a person's past employer
        self._hits: dict[str, tuple[list[int], list[re.Match[str]]]] = {}

    def hits(self, name: str, sentence: Sentence) -> list[re.Match[str]]:
        if name not in self._hits:
            if name in _STRUCTURE:
                found = list(self.cues.structure.finditer(self.article.text))
                for group in _STRUCTURE:
                    matches = [m for m in found if m.lastgroup == group]
                    self._hits[group] = ([m.start() for m in matches], matches)
            else:
                matches = list(getattr(self.cues, name).finditer(self.article.text))
                self._hits[name] = ([m.start() for m in matches], matches)
        starts, matches = self._hits[name]
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        return [m for m in matches[lo:hi] if m.end() <= sentence.end]

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
