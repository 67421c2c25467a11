"""Roles stated by a lead verb whose object is a unit of the organisation, with no title noun.

"X heads the archive department", "X, who runs marketing for Europe", "X pilote depuis 2022 la stratégie
numérique de A", "X guida la divisione calzature": X is the head of that unit (role "head", the unit as scope; a
design unit makes a creative director). The organisation is the one the phrase names after the unit ("de A"), the
one a coordinated clause says X joined, the family's house when X bears its name, the one the sentence already
gives X, else the one the passage is about. A present tense only: "led the study" is a task done. A lead
verb whose object is the organisation's kind noun ("runs the house") is a title of its own, read with the other
titles; a standing, a course or a task ("leads the ranking", "pilote le projet") is no unit.
"""

from __future__ import annotations

import re

from luxcli.extract.people_advisers import AdviserReader
from luxcli.extract.people_divisions import DivisionReader, division_noun_in
from luxcli.extract.people_state import Found
from luxcli.model import Evidence, Role

# one word of a unit: lower case as written ("sales", "stratégie", "l'archivio" after its article)
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# between a name and its lead verb: nothing, a comma closing an apposition ("His sister, X, runs"), an aside
# (", formerly a banker at A, "), then maybe a relative pronoun; the pronoun itself is checked in the lexicon
_ASIDE = re.compile(r"\s*(?:,[^,;.:()\"“”«»]{1,90})?,?\s*(?:(?P<rel>[^\W\d_]+)\s+)?")
# the longest unit read: "the leather goods and accessories division" and no more
_MAX_UNIT_WORDS = 5


class UnitLeadReader(DivisionReader, AdviserReader):
    """Reads "X heads the unit" as a head's role."""

    def _unit_leads(self) -> None:
        lex = self.lex
        for m in self._finditer(lex.unit_lead_re):
            sent = self._sentence(m.start())
            s_start, s_end = self._sentence_span(sent)
            person = self._lead_subject(s_start, m.start())
            if person is None:
                continue
            unit = self._unit_after(m.end(), s_end)
            if unit is None:
                continue
            u_start, u_end = unit
            # the organisation written after the unit, else the family's house, else the one an anaphor there
            # ("of the house") or the passage is about
            org, scope_end, anaphor = self._unit_org(u_end, s_end)
            # "guida la divisione uomo": a division is the group's
            division = self._division_group() if division_noun_in(self.a.language, self.folded[u_start:u_end]) else None
            org = org or self._joined_org(person.end, m.start()) or division or self._house_named_after(person) \
                or self._family_workplace(person) \
                or self._own_org(person, sent) \
                or self._subject_org(m.start(), sent, anaphor, strict=True)
            if org is None:
                continue
            title = self.text[m.start():u_end]
            scope = re.sub(r"^(?:\S+['’])", "", self.text[u_start:u_end]).strip()
            # the unit and its complement ("le studio de création"): what names the design side
            unit_words = re.split(r"[,;:.()]", self.folded[u_start:min(s_end, u_end + 30)])[0]
            role = next((r for r, cue in lex.unit_refine if cue.search(unit_words)), "head")
            evidence = Evidence(sent, m.start(), max(u_end, scope_end), "people.unit_lead")
            person.cue = person.cue or "people.unit_lead"
            person.roles.append((Role(title, role, org, evidence, scope or None, True), "people.unit_lead"))
        # the other roles a verb states run with this pass, after the passive leads ("led by") they may correct:
        # a division handed to someone ("The watch division goes to X") and an adviser's firm ("advises ... at B")
        self._division_heads()
        self._advisers()

    def _lead_subject(self, s_start: int, verb: int) -> Found | None:
        """The person named right before the verb, through an apposition or a relative pronoun at most."""
        named = [f for f in self._names_between(s_start, verb)
                 if (f.full and not self._brand_only(f)) or (not f.full and f.text in self.surnames)]
        if not named:
            return None
        person = named[-1]
        gap = self.lex.since_re.sub(lambda d: " " * len(d.group(0)), self.folded[person.end:verb])
        if any(not (f.span and f.span.org_covered) for f in self._names_between(person.end, verb)):
            return None  # another person named on the way is the verb's subject
        aside = _ASIDE.fullmatch(gap)
        if aside and (not aside.group("rel") or self.lex.relative_end_re.search(f" {aside.group('rel')} ")
                      or self.lex.present_re.fullmatch(aside.group("rel"))):
            return person
        return person if self._coordinated(person.end, verb) else None  # "X said the group runs ...": no

    def _unit_after(self, pos: int, s_end: int) -> tuple[int, int] | None:
        """The unit a lead verb takes (start, end), or None when its object is no unit."""
        lex = self.lex
        since = lex.since_re.match(self.folded, pos)
        if since:
            pos = since.end()
            pos += len(self.folded[pos:]) - len(self.folded[pos:].lstrip(" ,"))
        start = pos
        art = lex.unit_article_re.match(self.folded, pos)
        if art:
            pos = art.end()
        words: list[tuple[int, int]] = []
        last = pos  # the end of the last word read, a joiner included
        for w in _WORD.finditer(self.text, pos, min(s_end, pos + 90)):
            between, last = self.folded[last:w.start()], w.end()
            word = self.folded[w.start():w.end()]
            if between.strip() or not w.group(0)[0].islower() or len(words) >= _MAX_UNIT_WORDS:
                break
            if words and (lex.connector_re.match(f" {word} ") or lex.scope_re.match(f" {word} ")):
                break  # "marketing for Europe", "la stratégie numérique de A": the unit ends
            if word in lex.stopwords or word in lex.lead_object_followers:
                if words and lex.joiner_re.fullmatch(f" {word} "):
                    nxt = lex.unit_article_re.match(self.folded, w.end() + 1)
                    if nxt or self.text[w.end() + 1:w.end() + 2].islower():
                        continue  # "l'ufficio stile e l'archivio": one unit of two nouns
                break
            words.append((w.start(), w.end()))
        if not words:
            return None
        if not art and not self._unit_ends(words[-1][1], s_end):
            return None  # "manages some 40 stores": a bare object is a unit only when a clause or a tail ends it
        first = self.folded[words[0][0]:words[0][1]].split("'")[-1]
        if first in lex.not_units or first in lex.brand_words | lex.group_words | lex.firm_words:
            return None  # "leads the ranking"; "runs the house" is a title of its own
        if any(s < words[-1][1] and e > start for s, e in self.titles):
            return None  # "runs the retail director team": the title reader has it
        return start, words[-1][1]

    def _coordinated(self, start: int, verb: int) -> bool:
        """A verb coordinated with the subject's first one: "X joined A in 2020 and now runs ...", "X è entrata in A
        nel 2017 e guida ..."; a short clause with no punctuation, ending on a joiner (and maybe "now")."""
        gap = self.folded[start:verb]
        if len(gap) > 90 or re.search(r"[,;:.()\"“”«»]", gap):
            return False
        joiners = list(self.lex.joiner_word_re.finditer(gap))
        if not joiners:
            return False
        rest = gap[joiners[-1].end():].strip()
        return not rest or bool(self.lex.present_re.fullmatch(rest))

    def _joined_org(self, start: int, verb: int) -> str | None:
        """The organisation a coordinated clause says the subject joined ("X joined A in 2020 and runs ...")."""
        joined = list(self.lex.joined_re.finditer(self.folded, start, verb))
        after = self._orgs_between(joined[-1].end(), verb) if joined else []
        if after and not self.folded[joined[-1].end():after[0].start].strip(" '’"):
            return after[0].entry.name
        return None

    def _family_workplace(self, person: Found) -> str | None:
        """The one organisation bearing the person's surname that the article's titles name ("CEO of Ferlan"),
        when no organisation mention has it: the family's house."""
        surname = person.text.split()[-1]
        named = {r.org for f in self.found for r, _ in f.roles
                 if r.org and r.org != person.text and surname in r.org.split()}
        return named.pop() if len(named) == 1 else None

    def _own_org(self, person: Found, sent: int) -> str | None:
        """The organisation the sentence already gives the person ("X joined A in 2019 and now heads its retail
        arm", "founded by Y, and his daughter X runs research there"): the unit is there."""
        orgs = {r.org for f in self.found if f.text == person.text for r, _ in f.roles
                if r.org and r.current and r.evidence.sentence == sent}
        return orgs.pop() if len(orgs) == 1 else None

    def _unit_ends(self, pos: int, s_end: int) -> bool:
        """Punctuation, the sentence's end, or a tail ("for Asia", "at A") right after a unit."""
        rest = self.folded[pos:s_end]
        return not rest.strip() or bool(re.match(r"\s*[,;:.()]", rest) or self.lex.connector_re.match(rest)
                                         or self.lex.scope_re.match(rest))

    def _unit_org(self, pos: int, s_end: int) -> tuple[str | None, int, str]:
        """The organisation named right after a unit ("de A", "at B"), where it ends, and an anaphor
        written there instead ("of the house", "della maison")."""
        conn = self.lex.connector_re.match(self.folded[pos:s_end])
        if not conn:
            return None, pos, ""
        orgs = self._orgs_between(pos, min(s_end, pos + conn.end() + 80))
        if orgs and orgs[0].start == pos + conn.end() and not self._left_employer(orgs[0]):
            return orgs[0].entry.name, orgs[0].end, ""
        lead = len(self.folded[pos:s_end]) - len(self.folded[pos:s_end].lstrip())
        anaphor = self.lex.anaphor_re.match(self.folded, pos + lead, s_end) \
            or self.lex.anaphor_re.match(self.folded, pos + conn.end(), s_end)
        return None, anaphor.end() if anaphor else pos, anaphor.group(0) if anaphor else ""
