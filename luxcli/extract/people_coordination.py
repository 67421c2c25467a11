"""People named together: a coordination of names says each one is what the other is.

Two readings. Given names sharing one surname ("the brothers Luc and Paul Orsen", "les sœurs Ana et Eva Morrec",
"Ada e Bice Lanz, fratello e sorella", "Ana Morrec et son frère Leo"): each given name takes the surname when a
kin noun says they share it. And "A and B" where A is a person (a cue of its own) makes B a person too
("founded by Ana Morrec and Eva Lanz", "with Ana Morrec and Eva Lanz").
"""

from __future__ import annotations

import bisect
import itertools
import re

from luxcli.extract.people_names import NameSpan, name_word
from luxcli.extract.people_state import Found, PeopleState
from luxcli.text import fold

# the word right before a full name and the joiner between them: "Luc and |Paul Orsen"
_GIVEN_THEN_JOINER = re.compile(r"(?<![\w'’\-])([^\W\d_][\w'’\-]*)([ \t]+\S{1,3}[ \t]+)$")
# after a full name: a joiner, maybe a possessive, a kin noun, then a given name alone ("Ana Morrec and her son |Leo|")
_KIN_THEN_GIVEN = re.compile(r"([ \t,]+\S{1,3}[ \t]+(?:\S+[ \t]+)?\S+(?:[ \t]+\S+)?[ \t]*,?[ \t]+)"
                             r"([A-ZÀ-ÖØ-Þ][\w'’\-]*)(?![ \t]+[A-ZÀ-ÖØ-Þ]|[\w'’\-])")
# how far a kin noun may stand from the names it speaks of ("the brothers " before, ", brother and sister" after)
_KIN_REACH = 40


class CoordinationReader(PeopleState):
    """The passes for names sharing a surname and for names coordinated with a person."""

    def _shared_surnames(self) -> None:
        """ "the brothers Luc and Paul Orsen": "Luc" is Luc Orsen, and both are people."""
        added: list[Found] = []
        for f in self.found:
            if not f.full or not f.span or f.span.org_covered or f.org_like or len(f.span.words) != 2:
                continue
            # most names follow no joiner: look at the word before first ("and ", "et ", "e ")
            space = self.text.rfind(" ", max(0, f.start - 6), f.start - 1)
            if space < 0 or not self.lex.joiner_re.fullmatch(self.folded[space:f.start]):
                continue
            s_start, s_end = self._sentence_span(f.sentence)
            m = _GIVEN_THEN_JOINER.search(self.text, max(s_start, f.start - 40), f.start)
            if not m or not self.lex.joiner_re.fullmatch(self.folded[m.start(2):m.end(2)]):
                continue
            given, g_start, g_end = m.group(1), m.start(1), m.end(1)
            if not self._lone_given_name(given, g_start, g_end):
                continue
            before = self.folded[max(s_start, g_start - _KIN_REACH):g_start]
            after = self.folded[f.end:min(s_end, f.end + _KIN_REACH)]
            if not (self.lex.family_pair_re.search(before) or self.lex.family_pair_re.match(after.lstrip(" ,"))):
                continue
            added.append(self._given_with_surname(f, given, g_start, g_end))
            f.cue = f.cue or "people.family_pair"
        self._add_found(added)
        self._kin_given_names()

    def _kin_given_names(self) -> None:
        """ "Ana Morrec et son frère Leo", "Ada Lanz e la figlia Bice": a son, daughter, brother or sister named by a
        given name alone carries the surname of the person named before."""
        added: list[Found] = []
        for f in self.found:
            if not f.full or not f.span or f.span.org_covered or f.org_like or len(f.span.words) != 2:
                continue
            space = self.folded.find(" ", f.end + 2, f.end + 8)
            if space < 0 or not self.lex.joiner_re.fullmatch(self.folded[f.end:space + 1]):
                continue  # most names are followed by no "and": no kin after them
            m = _KIN_THEN_GIVEN.match(self.text, f.end)
            if not m or m.end() - f.end > 60 or not self.lex.surname_kin_re.fullmatch(self.folded[f.end:m.start(2)]):
                continue
            given, g_start, g_end = m.group(2), m.start(2), m.end(2)
            if self._sentence(g_start) == f.sentence and self._lone_given_name(given, g_start, g_end):
                added.append(self._given_with_surname(f, given, g_start, g_end))
                f.cue = f.cue or "people.family_pair"  # someone's brother or mother is a person too
        self._add_found(added)

    def _given_with_surname(self, f: Found, given: str, start: int, end: int) -> Found:
        """The person named by `given` at start-end, with the surname of the full name `f`."""
        first = f.span.words[0] if f.span else f.text.split()[0]
        surname = f.text[len(first):].strip() if f.text.startswith(first) else f.text.split()[-1]
        name = f"{given} {surname}"
        span = NameSpan(start, end, name, (given, surname.split()[-1]), False, None)
        return Found(start, end, name, f.sentence, True, span, cue="people.family_pair")

    def _add_found(self, added: list[Found]) -> None:
        """New name occurrences in place of any single word at their spans, all in text order."""
        if not added:
            return
        taken = {(a.start, a.end) for a in added}
        self.found = sorted([f for f in self.found if (f.start, f.end) not in taken] + added, key=lambda f: f.start)
        self.found_starts = [f.start for f in self.found]

    def _lone_given_name(self, word: str, start: int, end: int) -> bool:
        """A capitalised word alone (no full name or organisation holds it), shaped as a name, no title or region."""
        if not name_word(word, self.lex) or word in self.lex.not_names or fold(word) in self.lex.region_words:
            return False
        if self._orgs_between(start, end) or any(s < end and start < e for s, e in self.titles[-1:]):
            return False
        i = bisect.bisect_right(self.found_starts, start) - 1
        holder = self.found[i] if i >= 0 else None
        return not (holder and holder.full and holder.start <= start < holder.end)

    def _coordinated_names(self) -> None:
        """ "Ana Morrec and Eva Lanz": when one of two names joined by "and" is a person, so is the other."""
        full = [f for f in self.found if f.full and not f.org_like and not (f.span and f.span.org_covered)]
        pairs = [(a, b) for a, b in itertools.pairwise(full)
                 if a.sentence == b.sentence and b.start - a.end <= 8
                 and self.lex.joiner_re.fullmatch(self.folded[a.end:b.start])]
        if not pairs:
            return  # most articles join no two names
        people = {fold(f.text) for f in self.found if f.full and (f.cue or f.roles)}
        people |= {fold(f.text) for f in self.labels if f.full}
        for a, b in pairs:
            known_a, known_b = fold(a.text) in people, fold(b.text) in people
            if known_a and not known_b:
                b.cue = "people.coordinated"
            elif known_b and not known_a:
                a.cue = "people.coordinated"
