"""Heads of a group's divisions.

A division ("the watch division", "la division joaillerie", "la divisione Lifestyle") is a part of a group: whoever
leads it holds a position at the group that has it, not at a house the division holds. "The leather division, which
includes the house A, will be led by X" and "La division parfums, avec les marques A et B, est confiée à X" make X
head at the group; so does a title whose unit is a division and which names no owner ("joined in May as head of
the accessories division"). The group is the article's main group; an owner the text writes after the division
("la division mode de A", "A's lifestyle division") keeps its place.
"""

from __future__ import annotations

import functools
import re

from luxcli import lexicon
from luxcli.extract.people_lexicon import phrase_alternation
from luxcli.extract.people_orgs import OrgChooser
from luxcli.extract.people_state import Found
from luxcli.model import Evidence, Role
from luxcli.text import fold_keep_length

# the words before a division noun opening a sentence: "The high-end watch division", "La divisione Gioielleria"
_SUBJECT_WORDS = 4
# how far after the division noun a tail may name its owner: "division mode de A"
_OWNER_REACH = 40


@functools.cache
def _division_res(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The division nouns, and the hand-over or passive lead cues ending right before a name ("goes to", "est
    confiée à", "passa a", "sarà guidata da") of a language."""
    nouns = lexicon.lookup(lang, "people.divisions.nouns", []) or []
    handed = lexicon.lookup(lang, "people.divisions.handed_to", []) or []
    if not nouns or not handed:
        return None

    # a passive lead cue may hold a time between its participle and its preposition: "dirigée dès mars par"
    led = [fold_keep_length(k).split() for k in lexicon.lookup(lang, "people.cues.led_by", {}) or {}]
    loose = "|".join(r"\s+".join(map(re.escape, w[:-1])) + r"(?:\s+[\w'’]+){0,2}?\s+" + re.escape(w[-1])
                     for w in sorted(led, key=len, reverse=True) if len(w) > 1)
    return (re.compile(rf"(?<![\w'’-])(?:{phrase_alternation(nouns)})(?![\w'’-])"),
            re.compile(rf"(?<![\w'’-])(?:{phrase_alternation(handed)}{'|' + loose if loose else ''})\s+$"))


@functools.cache
def _division_nouns(lang: str) -> tuple[str, ...]:
    return tuple(fold_keep_length(w) for w in lexicon.lookup(lang, "people.divisions.nouns", []) or [])


def division_noun_in(lang: str, folded: str) -> bool:
    """A division noun in a folded stretch ("la divisione uomo")."""
    res = _division_res(lang)
    return res is not None and res[0].search(folded) is not None


class DivisionReader(OrgChooser):
    """Gives a division's head a position at the group the division belongs to."""

    def _division_group(self) -> str | None:
        """The group the article's divisions belong to: its main organisation of kind group, if named more than once,
        the article's main subject (or its full name) or its only group; None when the article has no such group."""
        cached = self.__dict__.get("_division_owner", False)
        if cached is not False:
            return cached
        group = self._main_subject("group")
        groups = {m.entry.name for m in self.mentions if m.entry.kind == "group"}
        main = self._main_subject(None)
        if group is not None and sum(m.entry.name == group for m in self.mentions) < 2 and len(groups) > 1 \
                and not (main and (group == main or main in group.split())):  # "Brisemont" for Brisemont Group
            group = None
        self.__dict__["_division_owner"] = group
        return group

    def _division_tail(self, pos: int, s_end: int) -> bool:
        """A title's tail is a division whose owner the text does not name: "head of the accessories division",
        "responsabile della divisione vini e ..."; not "directeur de la division mode de A" nor "of its division"."""
        res = _division_res(self.a.language)
        if res is None:
            return False
        stop = re.search(r"[,.;:()]", self.folded[pos:min(s_end, pos + 60)])
        end = pos + stop.start() if stop else min(s_end, pos + 60)
        noun = res[0].search(self.folded, pos, end)
        if noun is None or len(self.folded[pos:noun.start()].split()) > _SUBJECT_WORDS + 1:
            return False
        if self._orgs_between(pos, noun.start()) or self.lex.anaphor_re.search(self.folded[pos:noun.end()]):
            return False  # "of A's lifestyle division", "of its fragrance division": the owner is written
        return not self._owner_after(noun.end(), s_end) and not self._named_after_org(noun.end())

    def _division_opening(self, s_start: int) -> bool:
        """A sentence set in a division: "In the jewellery division, X ...", "Dans la division montres, ...",
        "Nella divisione gioielli, ...": a preposition, the division and a comma open it."""
        res = _division_res(self.a.language)
        window = self.folded[s_start:s_start + 70]
        noun = res[0].search(window) if res else None
        if noun is None or len(window[:noun.start()].split()) > 3 or self.lex.article_re.match(window):
            return False
        comma = re.match(r"[^,;:.()]{0,40},", window[noun.end():])
        return comma is not None and len(comma.group(0).split()) <= 3

    def _named_after_org(self, pos: int) -> bool:
        """The division's name opens on an organisation's name ("la division Orlande Living" of Orlande)."""
        word = re.match(r"[ \t]+([A-ZÀ-Þ][\w&'’-]*)", self.text[pos:pos + 40])
        if not word:
            return False
        name = self._org_name(word.group(1))
        return any(m.entry.name in (name, word.group(1)) for m in self.mentions)

    def _owner_after(self, pos: int, s_end: int) -> bool:
        """An organisation named right after a division, by a connector or in the division's name: "division mode
        de A", "la division A Living"."""
        for m in self._orgs_between(pos, min(s_end, pos + _OWNER_REACH)):
            gap = self.folded[pos:m.start]
            if not gap.strip():
                return True  # "la division Orlande Living": named after the organisation that has it
            conn = list(self.lex.connector_anywhere_re.finditer(gap))
            if conn and conn[-1].end() == len(gap) and len(gap[:conn[-1].start()].split()) <= 2 \
                    and not re.search(r"[,;:.]", gap):
                return True
        return False

    def _division_heads(self) -> None:
        """ "The watch division, which groups A and B, will be led by X", "La divisione Lifestyle, con i marchi A e B,
        passa a X": a sentence opening on a division hands it to the person named after a lead or hand-over cue."""
        res = _division_res(self.a.language)
        if res is None or not any(noun in self.folded for noun in _division_nouns(self.a.language)) \
                or not res[0].search(self.folded):
            return  # (a plain substring test first: most articles name no division)
        if self._division_group() is None:
            return
        for sent, (s_start, s_end) in enumerate((s.start, s.end) for s in self.a.sentences):
            noun = res[0].search(self.folded, s_start, min(s_end, s_start + 80))
            if noun is None or not self._division_subject(s_start, noun.start()):
                continue
            if self._owner_after(noun.end(), s_end) or self._named_after_org(noun.end()):
                continue  # "la division mode de A", "la division A Living": A's division
            # the first name right after a hand-over or passive lead cue ("goes to X", "sarà guidata da X")
            person, cue = None, None
            for f in self._names_between(noun.end(), s_end):
                gap = self.lex.since_re.sub(lambda d: " " * len(d.group(0)), self.folded[noun.end():f.start])
                cue = res[1].search(gap) if f.full and not self._brand_only(f) else None
                if cue:
                    person = f
                    break
            if person is None or cue is None:
                continue
            aside = re.search(r"[,;:()]", gap)
            title_end = noun.end() + min(aside.start() if aside else len(gap), cue.start())
            self._head_of_division(person, sent, self.text[s_start:title_end].strip())

    def _division_subject(self, s_start: int, noun_start: int) -> bool:
        """The division noun opens the sentence: an article and at most a few words before it."""
        before = self.folded[s_start:noun_start]
        art = self.lex.article_re.match(before.lstrip())
        if not art:
            return False
        rest = before.lstrip()[art.end():]
        return len(rest.split()) <= _SUBJECT_WORDS - 1 and not re.search(r"[,;:.()]", rest)

    def _head_of_division(self, person: Found, sent: int, title: str) -> None:
        """The person heads the division at the group: the role a passive cue gave at another organisation of the
        sentence is replaced."""
        group = self._division_group()
        s_start, _ = self._sentence_span(sent)
        kept = [(r, rule) for r, rule in person.roles if not (rule == "people.led_by" and r.evidence.sentence == sent)]
        evidence = Evidence(sent, s_start, person.end, "people.division_head")
        person.cue = person.cue or "people.division_head"
        person.roles = [*kept, (Role(title, "head", group, evidence, None, True), "people.division_head")]
