"""Titles and the people they belong to.

Adjacent titles form one combined title; its person is named in apposition after it, before it (title or
organisation + title), through a copula ("X is general manager of ..."), a chain of titles, a pronoun or the
person the last sentences are about. Past positions come from markers ("former", "ex", "allora").
"""

from __future__ import annotations

import re
from dataclasses import replace

from luxcli.extract.orgs import Mention, lookup
from luxcli.extract.people_lexicon import PeopleLexicon, canonical_role, scoped_role
from luxcli.extract.people_locatives import LocativeReader
from luxcli.extract.people_state import Found, TitleGroup
from luxcli.extract.people_stays import StayReader
from luxcli.extract.people_title_tails import TitleTailReader
from luxcli.model import Evidence, Role
from luxcli.text import fold_keep_length

# Most senior first: a combined title ("chairman and CEO") takes the first of its roles here.
SENIORITY = ("ceo", "chairman", "president", "managing_director", "general_manager", "vice_president", "officer",
             "creative_director", "marketing_director", "director", "head", "manager", "consultant", "analyst",
             "journalist", "designer", "artist", "ambassador", "assistant", "other", "founder")
# Roles that belong to an organisation even when the sentence only implies it (an ambassador is always a house's).
CORPORATE = frozenset(SENIORITY) - {"journalist", "artist", "analyst", "consultant", "designer", "other"}


_LEADING = frozenset({"ceo", "president", "chairman", "founder", "managing_director", "general_manager"})
# Capitalised words and a possessive right before a title: "Castelmar's president".
_POSSESSIVE_END = re.compile(r"([A-ZÀ-Þ][\w&\-]*(?:\s+[A-ZÀ-Þ][\w&\-]*)?)['’]s\s+$")
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-zß-öø-ÿ]{4,}(?![\w'’])")
# Between "joined" and the organisation: nothing, or one or two short adverbs ("lui aussi", "also").
_JOINED_GAP = re.compile(r"\s*(?:[a-zà-ÿ]{2,6}\s+){0,2}")
_WORD = re.compile(r"[^\W\d_][\w\-]*")
# a title as a label before a colon and the name, opening its segment of a fact box or a list
# (the title's own lower-case words may come first: "directeur technique :", and a hyphenated pair opens it:
# "présidente-fondatrice :")
_FACT_LABEL = re.compile(r"(?:[ \t]+[a-zß-öø-ÿ][\w'’\-]*){0,3}[ \t]*:[ \t]*")
_SEGMENT_OPEN = re.compile(r"(?:^|[;|•·\n])[\s*_\-–—]*(?:[^\W\d_]+-)?$")
_DESCRIPTOR = re.compile(r"^[^\W\d_][\w'’-]*\s*,\s*")
# ", <aside>, " between a title's tail and a name
_ASIDE_GAP = re.compile(r"\s*,\s*([^,;.:()]{3,90}?),\s*")
# a lower-case word right before a title: the title's unit ("sales director", "leasing director")
_UNIT_WORD = re.compile(r"(?<![\w'’-])([a-zß-öø-ÿ][a-zß-öø-ÿ\-]{2,})\s+$")
# one or two lower-case words (a possessive, a unit) ending a stretch before a title: "as its commercial "
_TRAILING_UNIT = re.compile(r"(?:(?<=\s)[a-zß-öø-ÿ][\w'’\-]*\s+){1,2}$")

class TitleReader(TitleTailReader, StayReader, LocativeReader):
    """Attaches each combined title to its person as roles."""

    def _title_groups(self) -> list[TitleGroup]:
        """Adjacent titles joined by commas or "and" form one combined title."""
        groups: list[TitleGroup] = []
        for s, e in self.titles:
            if groups and self._sentence(groups[-1].end) == self._sentence(s):
                gap = self.folded[groups[-1].end:s]
                # "consultante associée": two title words side by side are one title
                if re.fullmatch(r"\s*,\s*| ", gap) or self.lex.joiner_re.fullmatch(gap.rstrip() + " "):
                    groups[-1].end = e
                    groups[-1].titles.append((s, e))
                    continue
            groups.append(TitleGroup(s, e, [(s, e)]))
        return groups

    def _attach_title(self, g: TitleGroup) -> None:
        lex = self.lex
        sent = self._sentence(g.start)
        s_start, s_end = self._sentence_span(sent)
        # a title ending with its connector ("head of", "chef de") opens its unit directly
        opened = bool(lex.connector_re.fullmatch(self.folded[g.start:g.end].rsplit(None, 1)[-1] + " "))
        tail_end, orgs, scope, anaphor = self._tail(g.end, s_end, opened)
        if not orgs:  # "direttore di produzione del maglificio": the common noun opening one organisation's name
            orgs = self._named_by_its_noun(g.end, s_end)
        tail_orgs = bool(orgs)
        # an organisation written just before the title: "Kering chairman", "Gucci's president"
        left = g.start
        before_org = next((m for m in reversed(self._orgs_between(s_start, g.start))
                           if re.fullmatch(r"(?:['’]s)?\s+", self.text[m.end:g.start])
                           or (self.text[m.end:m.end + 1] in "'’" and self._possessive_then_marker(m.end, g.start))),
                          None)
        if before_org:
            left = before_org.start
            if not orgs:
                orgs = [before_org.entry.name]
        else:  # a short form of an organisation the article names in full: "Castelmar's president" (Castelmar Paris)
            short = _POSSESSIVE_END.search(self.text, s_start, g.start)
            name = self._org_name(short.group(1)) if short else None
            if short and name != short.group(1) and any(m.entry.name == name for m in self.mentions):
                left = short.start()
                orgs = orgs or [name]
        if not orgs:  # "qui a rejoint A en novembre comme directeur": the organisation joined
            orgs = self._joined_before(s_start, g.start)
        if not orgs and lex.ours_re.search(self.folded, max(s_start, g.start - 25), g.start):
            orgs = self._speakers_organisation(g.start)  # "il nostro direttore commerciale, X"
        if not orgs and not anaphor and self.line_label.get(self.text.rfind("\n", 0, g.start) + 1) \
                and any(canonical_role(lex, self.text[s:e]) in CORPORATE for s, e in g.titles) \
                and not self._orgs_between(self._clause_start(s_start, g.start), g.start) \
                and not lex.anaphor_re.search(self.folded, max(s_start, g.start - 40), g.start):
            # an interview answer: "my father remained chairman, while the chief executive is X" speaks of the
            # speaker's own company, not of the organisation the answer mentioned before
            orgs = self._speakers_organisation(g.start)
        relative = None if orgs else self.lex.relative_of_re.search(self.folded, max(s_start, g.start - 50), g.start)
        if relative:  # "A, di cui è stata amministratore delegato": the antecedent is the organisation
            # not an owner named in an apposition: "chez A, filiale de B, dont elle a été directrice" speaks of A
            antecedent = [m for m in self._orgs_between(s_start, relative.start()) if not self._named_as_owner(m)]
            if antecedent and re.fullmatch(r"[\s,]*", self.folded[antecedent[-1].end:relative.start()]) is None:
                antecedent = [m for m in antecedent if re.search(r",\s*[^,]*$", self.folded[m.end:relative.start()])]
            orgs = [antecedent[-1].entry.name] if antecedent else orgs
            # "Elle arrive de A, dont elle était directrice": a position at the employer just left is past
            left_antecedent = bool(antecedent) and self._left_employer(antecedent[-1])
        else:
            left_antecedent = False
        if not before_org and self._division_tail(g.end, s_end) and self._division_group():
            # "joined in May as head of the accessories division and will merge A ...": a division is the group's,
            # not a house the sentence names later
            orgs = [self._division_group()]
        folded_before = self.folded[max(s_start, g.start - 40):left]
        m = re.search(rf"(?:{lex.anaphor_re.pattern})(?:['’]s)?\s+$", folded_before)
        if m:
            anaphor, left = m.group(0), left - (len(folded_before) - m.start())
        art = lex.article_end_re.search(self.folded[s_start:left])
        if art:
            left = s_start + art.start()
        left = self._unit_before(s_start, left)
        people, rule = self._person_for(g, left, tail_end, s_start, s_end)
        if not people and relative and orgs:
            # "X ... joined after eight years at A, where he was commercial director": the clause on A speaks of
            # the sentence's subject
            named = [f for f in self._names_between(s_start, relative.start())
                     if f.full and not self._brand_only(f)]
            if named and all(f.text == named[0].text for f in named):
                people, rule = [named[0]], "subject"
        if self.last and s_start <= self.last[0] <= left \
                and (not people or rule not in ("apposition", "copula", "right_before")):
            chained = self.folded[self.last[0]:left]
            # the tail may have read the joiner as a unit word ("directeur des achats et, jusqu'en 2023, ...")
            joined = lex.joiner_word_re.search(self.folded[max(s_start, self.last[0] - 4):left] + " ")
            # (a region on the way is no other person: "de A en Corée et aujourd'hui associée chez B")
            others = [f for f in self._names_between(self.last[0], left) if f.full or not self._is_region(f.text)]
            if (len(chained) <= 40 and not re.search(r"[.;:]", chained) and not others
                    and (joined or lex.present_re.search(chained)
                         or lex.past_before_re.search(chained)  # "founder of A, former designer at B"
                         or lex.past_patterns_re.search(chained)  # "PDG depuis 2019, après avoir été directeur"
                         or (chained.lstrip().startswith(",")  # "ex-buyer at B, named president"
                             and bool(lex.copula_end_re.search(" " + chained))))):
                people, rule = self.last[1], "chain"
            elif not people and len(chained) <= 90 and not re.search(r"[.;:]", chained) \
                    and not any(not (f.span and f.span.org_covered) for f in self._names_between(self.last[0], left)) \
                    and self._joined_before(s_start, g.start):
                # "X, A's former head of sales, has been hired by B as chief executive": the apposition's person
                # joins B
                people, rule = self.last[1], "chain"
                orgs = orgs or self._joined_before(s_start, g.start)
            elif not people and self._relative_move(chained, self.last[0], left):
                # "X, ex-directrice de A, qui rejoindra B en avril en tant que directrice": the relative clause
                # after the apposition is X's, the organisation it joins the new title's
                people, rule = self.last[1], "chain"
                orgs = orgs or self._joined_before(s_start, g.start)
            if rule == "chain" and not orgs and joined and not lex.present_re.search(chained) \
                    and not self._other_kind_named(anaphor, self.last_orgs):
                # "where he was chief merchandising officer and, until 2023, managing director": the same house,
                # and "its" after it too ("managing director of A and grandson of its founder"), but not a group
                # the anaphor names ("ancien directeur marketing de A et directeur financier du groupe")
                orgs = list(self.last_orgs)
        if not people and (lex.pronoun_re.search(self.folded[s_start:left])
                           or lex.subjectless_re.match(self.folded[s_start:left])):
            people, rule = self._recent_subject(s_start), "pronoun"
        if not people:
            people, rule = self._subjectless_clause(s_start, left)
        nominal = lex.nominal_re.search(lex.past_before_re.sub(" ", self.folded[s_start:left]))
        if not people and nominal and not lex.anaphor_re.fullmatch(nominal.group(1)):
            people, rule = self._recent_subject(s_start), "nominal"  # ", l'Italien, ancien PDG de ..."
        if not people and self._opens_with_past_title(s_start, g.start):
            # "The former head of A has ...": only right after the sentence naming the person
            people, rule = self._recent_subject(s_start, reach=1), "former"
        if not people and self._said_by_title(s_start, g.start):
            # « ... », a confié l'ancien PDG: the speaker is the person the last sentences are about
            people, rule = self._recent_subject(s_start, reach=3), "said_title"
        speaker = self.line_label.get(self.text.rfind("\n", 0, g.start) + 1)
        if not people and speaker and lex.first_person_re.search(self.folded[s_start:left]):
            people, rule = [speaker], "speaker"
        # (a space added: "sorella dell'amministratore delegato" elides the article into the title)
        if people and rule not in ("before", "right_before") \
                and lex.kin_re.search(self.folded[max(s_start, g.start - 50):g.start] + " "):
            # "X, the granddaughter of its founder": the title is a relative's, named right after if at all
            after = self._names_between(tail_end, s_end)
            if after and self._title_precedes_name(self.folded[tail_end:after[0].start]):
                people, rule = [after[0]], "before"
            elif len(g.titles) > 1 and rule == "apposition":
                # "X, arrière-petite-fille du fondateur et directrice artistique de la maison": the relative's title
                # is the first; what the joiner adds is the person's own
                g = TitleGroup(g.titles[1][0], g.end, g.titles[1:])
            else:
                return
        if people and rule == "before" and "," in self.text[tail_end:people[0].start] \
                and not self._names_between(s_start, g.start) and self._relatives_title(s_start, g.start):
            # "Il nipote del fondatore, X, ...": X is the grandson ("nipote del fondatore X" is the founder, and so
            # is "Y, fille du fondateur, X", where the relative is Y)
            return
        if not people:
            return
        if rule in ("before", "right_before") and people[0].start > g.end \
                and self._relatives_title_before(self._orgs_blanked(g.end, people[0].start)):
            return  # "the founder's granddaughter X", "fondata dal nonno, X": the title is the relative's
        kin = lex.kin_after_re.match(self.folded, g.end)
        if kin:  # "X, the founder's son, who remains chairman": the title is the relative's; X's comes next
            self.last = (kin.end(), people)
            return
        self.last = (tail_end, people)
        # an unknown organisation right before: "Riviera Evening Post reporter Lin Mei"
        if not orgs and rule in ("before", "right_before") and not before_org:
            prev = [f for f in self._names_between(s_start, g.start)
                    if f.full and self.text[f.end:g.start].strip(" ‘’'") == ""]
            if prev:
                orgs = [prev[-1].text]
                prev[-1].cue = None
        floor = max(s_start, self._prev_name_end(left, s_start))
        # a past marker counts within the title's own stretch: ", formerly of A, becomes CEO" is no past CEO
        segment = max(floor, left - 30, self.folded.rfind(",", 0, left) + 1)
        past = " ".join(self.folded[g.start:g.titles[0][1]].split()) in lex.past_titles \
            or self._past_before(self.folded[segment:g.start]) \
            or bool(lex.past_patterns_re.search(self.folded[max(floor, left - 45):g.start])) \
            or any(p.search(self.folded[g.end:min(s_end, tail_end + 30)]) for p in lex.past_after_re) \
            or left_antecedent
        left_org = self._left_before(s_start, left)
        if left_org and re.search(r"[,;]", self.folded[s_start:left]) and (
                not orgs or orgs[0] == left_org
                or (tail_orgs and not lex.present_re.search(self.folded, s_start, g.start))):
            # "spent 14 years at A, latterly as director of sales": a title at the employer left is past, and so
            # is one at its unit ("eleven years at A, most recently as managing director of B")
            orgs, past = orgs or [left_org], True
        if not orgs and not anaphor and not before_org and self._division_opening(s_start) and self._division_group():
            orgs = [self._division_group()]  # "In the jewellery division, ... X, head of retail for Asia": the group's
        if not orgs and not anaphor:  # "who was head of retail there", "qui y était directrice": the place named
            there = self._locative_org(s_start, g.start, g.end)
            orgs = [there] if there else orgs
        if not orgs and not anaphor and self._stays_on(s_start, g.start) \
                and not any(canonical_role(lex, self.text[s:e]) in CORPORATE for s, e in g.titles):
            # "X will stay on as an adviser": where X already works, though an adviser's title names no organisation
            stay = self._stay_org(people[0], g.start, sent)
            orgs = [stay] if stay else orgs
        roles = self._roles(g, orgs, scope, past, anaphor, people, sent)
        self.last_orgs = [r.org for r in roles if r.org and r.evidence.rule != "people.anaphor"]
        if opened and scope:  # "head of" + its unit is the title as written
            roles = [Role(f"{r.title} {scope}", r.role, r.org, r.evidence, r.scope, r.current) for r in roles]
        region = self._region_in(g.end, self._unit_end(g.end, max(tail_end, g.end), s_end))
        if region:  # "head of sales for the Gulf", "direttore vendite per il Giappone": the region
            roles = [Role(r.title, r.role, r.org, r.evidence, region, r.current) for r in roles]
        if lex.scoped and self._own_scope(g.end, region or scope):
            # "directrice générale Asie-Pacifique", "... de la division parfums": a general manager, not the CEO
            roles = [replace(r, role=scoped_role(lex, r.title, r.role)) for r in roles]
        for person in people:
            person.cue = person.cue or f"people.{rule}"
            for role in roles:
                org = role.org
                if org is None and role.role != "other" \
                        and (self.eponymous(sent) or (person.span and person.span.org_covered)):
                    org = lookup(person.text).name if lookup(person.text) else person.text
                elif role.evidence.rule == "people.anaphor" and person.full:
                    house = self._house_named_after(person, self._kind_of(org), org) or self._relative_house(person)
                    # "La maison R, filiale du Groupe Lenhart. Son directeur, Paul Lenhart": the family's company
                    # named only as the owner of the house the anaphor stands for does not employ its director
                    org = org if house and org and self._only_as_owner(house, role.evidence.start) else house or org
                person.roles.append((Role(role.title, role.role, org, role.evidence, role.scope, role.current),
                                     f"people.{rule}"))

    def _relative_move(self, chained: str, start: int, left: int) -> bool:
        """ ", qui rejoindra A le 1er avril en tant que", ", who joins A in April as": a relative pronoun opening
        the stretch, a copula ending it, no person named between and nothing ending the clause."""
        opening = self.lex.verb_title_gap_re.match(chained)
        return bool(opening and opening.group(0).strip(" ,")) and len(chained) <= 90 \
            and not re.search(r"[.;:]", chained) and bool(self.lex.copula_end_re.search(" " + chained)) \
            and not any(not (f.span and f.span.org_covered) for f in self._names_between(start, left))

    def _named_by_its_noun(self, pos: int, s_end: int) -> list[str]:
        """ "del maglificio", "de la manufacture": within the title's unit, a connector, an article and the
        lower-case noun that opens the name of exactly one organisation of the article ("Maglificio Tornesi")."""
        stop = re.search(r"[,.;:()]", self.folded[pos:min(s_end, pos + 60)])
        end = pos + stop.start() if stop else min(s_end, pos + 60)
        firsts: dict[str, set[str]] | None = self.__dict__.get("_first_nouns")
        if firsts is None:  # once per article: the first word of each organisation's name
            firsts = self.__dict__.setdefault("_first_nouns", {})
            for x in self.mentions:
                words = x.entry.name.split()
                if len(words) > 1:
                    firsts.setdefault(fold_keep_length(words[0]), set()).add(x.entry.name)
        for noun, names in firsts.items():
            at = self.folded.find(noun, pos, end)
            if at < 0 or len(names) != 1 or not _LOWER_WORD.fullmatch(self.folded, at, at + len(noun)) \
                    or self.folded[at + len(noun):at + len(noun) + 1].isalnum() \
                    or noun in self.lex.brand_words | self.lex.group_words:
                continue  # "della maison", "du groupe": anaphors, read elsewhere
            before = self.folded[pos:at]
            conn = list(self.lex.connector_anywhere_re.finditer(before))
            if conn and conn[-1].end() == len(before):
                return list(names)
        return []

    def _relatives_title(self, s_start: int, title_start: int) -> bool:
        """A kin word, a genitive connector and maybe an article right before the title: "la figlia del
        presidente", "the son of the founder"."""
        window = self.folded[max(s_start, title_start - 40):title_start]
        kin = self.lex.kin_re.search(window + " ")
        if not kin:
            return False
        rest = " " + [*window[kin.start():].split(None, 1), ""][1]
        conn = self.lex.connector_re.match(rest)
        if not conn:
            return False
        after = rest[conn.end():].strip()
        return not after or bool(self.lex.article_re.fullmatch(after + " "))

    def _subjectless_clause(self, s_start: int, left: int) -> tuple[list[Found], str]:
        """A clause after ";" with only a copula, or a pronoun and a copula, before the title ("...; in precedenza
        era stata direttrice di A"): its subject is the sentence's, else the person the last sentences are about."""
        semi = max(self.folded.rfind(";", s_start, left), self.folded.rfind(":", s_start, left))
        if semi < 0:
            return [], ""
        bare = " ".join(self.lex.past_before_re.sub(" ", self.folded[semi + 1:left]).split()) + " "
        if not (self.lex.subjectless_re.match(bare) or self.lex.pronoun_re.match(" " + bare.lstrip(" ,"))):
            return [], ""  # "; in precedenza era stata", "; previously she was", "; auparavant, elle avait été"
        named = [f for f in self._names_between(s_start, semi) if f.full and not (f.span and f.span.org_covered)]
        return ([named[0]], "clause") if named else (self._recent_subject(s_start), "pronoun")

    def _past_before(self, window: str) -> bool:
        """A past marker before a title, unless a present one follows it ("ex-CEO of A, now president")."""
        past = [m.end() for m in self.lex.past_before_re.finditer(window)]
        present = [m.end() for m in self.lex.present_re.finditer(window)]
        return bool(past) and (not present or past[-1] > present[-1])

    def _speakers_organisation(self, pos: int) -> list[str]:
        """Whose "our" an interview's answers speak of: the house named after the answer's speaker ("LS:" for
        Lia Serra, of the label Lia Serra), else the organisation the first person with a present title at one
        leads."""
        label = self.line_label.get(self.text.rfind("\n", 0, pos) + 1)
        if label is not None:
            key = label.text.replace(".", "").replace(" ", "")
            names = {f.text for f in self.found if f.full and (f.text == label.text or "".join(
                w[0] for w in f.text.split()) == key)}
            houses = {m.entry.name for m in self.mentions if m.entry.name in names}
            if len(houses) == 1:
                return [houses.pop()]
        for f in self.found:
            for role, _ in f.roles:
                if role.current and role.org and role.role in _LEADING:
                    return [role.org]
        return []

    def _left_before(self, s_start: int, left: int) -> str | None:
        """The organisation of a stint this sentence tells ("spent 14 years at A, latterly as ...", "dopo
        vent'anni da A, dove era ..."): a duration before it, a copula right before the title, and no other
        organisation between them except in an apposition describing it."""
        for m in reversed(self._orgs_between(s_start, left)):
            if not (self.lex.came_from_re.search(self.folded, max(s_start, m.start - 70), m.start)
                    and self.lex.duration_re.search(self.folded, max(s_start, m.start - 40), m.start)):
                continue
            between = self.folded[m.end:left]
            if not self.lex.copula_end_re.search(between) or self.lex.new_post_re.search(between):
                return None  # (", before leaving in January to become managing director": the next position)
            others = [o for o in self._orgs_between(m.end, left) if o.entry.name != m.entry.name]
            return m.entry.name if not others or re.match(r"\s*,", between) else None
        return None

    def _own_scope(self, title_end: int, scope: str | None) -> bool:
        """A region or unit written as the title's own ("directeur général d'Orsane pour la Grande Chine"), not
        one a clause after it names ("arrive comme directrice générale pour porter la marque en Asie")."""
        at = self.text.find(scope, title_end) if scope else -1
        gap = self.text[title_end:at] if at >= 0 else ""
        return at >= 0 and not any(w.islower() and len(w) > 4 for w in re.findall(r"[^\W\d_]+", gap))

    def _other_kind_named(self, anaphor: str, orgs: list[str]) -> bool:
        """An anaphor whose noun is a group's ("du groupe", "of the group") after titles at no group."""
        words = set(anaphor.split())
        return bool(words & self.lex.group_words) and not any(self._kind_of(o) == "group" for o in orgs)

    def _joined_before(self, s_start: int, title_start: int) -> list[str]:
        """The organisation after "joined" when a copula ("as", "comme", "come") and at most a few words
        separate it from the title: "joined A in May as chief executive"."""
        lo = max(s_start, title_start - 80)
        # not across a clause with its own subject: "X rejoint A, tandis que B accueille au poste de ..."
        brk = list(self.lex.clause_break_re.finditer(self.folded, lo, title_start))
        lo = brk[-1].end() if brk else lo
        joined = list(self.lex.joined_re.finditer(self.folded, lo, title_start))
        if not joined:
            return []
        at = joined[-1].end() + len(self.folded[joined[-1].end():title_start]) \
            - len(self.folded[joined[-1].end():title_start].lstrip())
        short = self.short_workplaces.get(at)
        if short and self.lex.copula_end_re.search(_TRAILING_UNIT.sub("", self.folded[joined[-1].end():title_start])):
            return [short]  # "rejoint Quillac comme directeur industriel": the house Quillac Paris
        after = self._orgs_between(joined[-1].end(), title_start)
        # the organisation comes right after the verb ("joined A", not "joined the board of A"), or after an
        # adverb ("rejoint lui aussi A", "joins also A"), maybe after a time ("rejoindra le 1er mars la maison A")
        when = after and self.lex.joined_when_re.match(self.folded, joined[-1].end(), after[0].start)
        gap = self.folded[when.end() if when else joined[-1].end():after[0].start] if after else ""
        if not after or not (_JOINED_GAP.fullmatch(gap.strip(" '’") + " ") or self._kind_description(gap)):
            return []
        if self.lex.came_from_re.search(self.folded, joined[-1].start(), after[0].start):
            return []  # "X, who joined from A in 2023, stays on as CFO": A is the employer X left
        joined_org = after[0]
        for nxt in after[1:]:  # "hired by A's B as ...": the house of the group
            if re.fullmatch(r"['’]s\s+", self.text[joined_org.end:nxt.start]):
                joined_org = nxt
        rest = self.folded[joined_org.end:title_start]
        # the title's possessive and unit words may stand between the copula and the title: "as its commercial"
        bare = _TRAILING_UNIT.sub("", rest)
        if len(rest) > 40 or not (self.lex.copula_end_re.search(rest) or self.lex.copula_end_re.search(bare)) \
                or self.lex.relative_of_re.search(rest):
            return []  # "joined A from B, where he was ...": the relative clause is about B
        return [joined_org.entry.name]

    def _named_as_owner(self, m: Mention) -> bool:
        """An organisation written right after an owner cue in an apposition: "A, filiale de B,", "A, owned by B,"."""
        s_start, _ = self._sentence_span(m.sentence)
        window = self.folded[max(s_start, m.start - 40):m.start]
        cues = list(self.lex.owned_by_re.finditer(window))
        return bool(cues) and not window[cues[-1].end():].strip(" '’") and self._in_apposition(m)

    def _kind_description(self, gap: str) -> bool:
        """ "the Swiss sneaker company ", "la maison italienne ", "nella maison milanese ": an article, then a few
        lower-case words with the organisation's kind noun among them, describing the name that follows."""
        art = self.lex.article_re.match(gap.strip() + " ") or self.lex.connector_anywhere_re.match(gap.strip() + " ")
        words = (gap.strip() + " ")[art.end():].split() if art else []
        return 1 <= len(words) <= 4 and any(w in self.lex.kind_nouns for w in words) \
            and all(w.isalpha() and w.islower() for w in words)

    def _opens_with_past_title(self, s_start: int, title_start: int) -> bool:
        """Only an article and a past marker before the title: "The former CEO of A ...", "L'ex PDG de A ..."."""
        lex = self.lex
        pre = self.folded[s_start:title_start]
        if not lex.past_before_re.search(pre):
            return False
        bare = lex.past_before_re.sub(" ", pre).strip(" \t\n\"“”«»(—–-")
        bare = _DESCRIPTOR.sub("", bare)  # "Milanese, già direttore di A": one word about the person first
        art = lex.article_re.match(bare + " ")
        return not bare or bool(art and not (bare + " ")[art.end():].strip())

    def _said_by_title(self, s_start: int, title_start: int) -> bool:
        """A speech verb, an article and maybe a past marker right before the title: "said the former CEO"."""
        lex = self.lex
        pre = lex.past_before_re.sub(" ", self.folded[max(s_start, title_start - 40):title_start]).rstrip()
        art = re.search(rf"(?<![\w'’])(?:{lex.article_re.pattern.lstrip('^')})\s*$", pre + " ")
        if not art:
            return False
        pre = (pre + " ")[:art.start()].rstrip()
        verb = [m for m in lex.said_re.finditer(pre)]
        return bool(verb) and verb[-1].end() == len(pre)

    def _unit_before(self, s_start: int, left: int) -> int:
        """A copula, then a unit word the lexicon does not join to the title: "X is sales director", "X, who was
        leasing director at A", "X remains heritage director". The title begins at the unit, so that the copula
        before it links it to its person."""
        m = _UNIT_WORD.search(self.text, max(s_start, left - 40), left)  # lower-case as written: not a name's
        word = self.folded[m.start(1):m.end(1)] if m else ""
        if not m or word in self.lex.stopwords or word in self.lex.cue_words:
            return left
        return m.start(1) if self.lex.copula_end_re.search(self.folded, s_start, m.start(1)) else left

    def _person_for(self, g: TitleGroup, left: int, tail_end: int, s_start: int,
                    s_end: int) -> tuple[list[Found], str]:
        lex = self.lex
        before = self._names_between(s_start, left)
        after = self._names_between(tail_end, s_end)
        if before and after and after[0].full and not (after[0].span and after[0].span.org_covered) \
                and re.fullmatch(r"[ \t]", self.text[tail_end:after[0].start]) \
                and not any(g.end < t < after[0].start for t, _ in self.titles):
            # "... tandis que A accueille au poste de directeur financier X": a title written right before a full
            # name is that person's, whoever the sentence named first
            return [after[0]], "right_before"
        if before:
            prev = before[-1]
            # "X, 51 ans, était depuis 2016 directrice": when the position began says nothing of whose it is
            gap = lex.since_re.sub(lambda m: " " * len(m.group(0)), self.folded[prev.end:left])
            if lex.verb_title_gap_re.fullmatch(gap) and " ".join(self.folded[g.start:g.titles[0][1]].split()) \
                    in lex.verb_titles and not self._brand_only(prev):
                # "X préside le conseil de surveillance de A", "X, who led the company from 2019"
                return [self._kin_apposition_head(prev, before)], "copula"
            if _is_apposition(gap, lex) and not self._brand_only(prev):
                if " ".join(self.folded[g.start:g.titles[0][1]].split()) in lex.verb_titles:
                    # "X, son of the founder Y, runs the company": a verb after an apposition is its head's
                    return [self._kin_apposition_head(prev, before, any_head=True)], "apposition"
                return [prev], "apposition"
            if lex.promotion_to_re.fullmatch(self.folded[prev.end:g.start]) and prev.full and \
                    lex.promotion_verb_re.search(self.folded, max(s_start, prev.start - 25), prev.start):
                return [prev], "copula"  # "promoted Ruth Clayton to head of retail"
            # a headline drops the comma: "A names Jane Doe new chief executive"
            if gap == " " and prev.full and self._sentence(prev.start) == 0 \
                    and not self._brand_only(prev):
                return [prev], "apposition"
            bare = lex.since_re.sub(" ", lex.past_before_re.sub(" ", gap))  # "était depuis 2020 directrice"
            if (lex.copula_re.fullmatch(re.sub(r"\s+", " ", bare).rstrip() + " ")
                    or lex.copula_re.fullmatch(bare)) and not self._brand_only(prev):
                return [prev], "copula"
            # (a past marker may sit between the copula and the title: ", who was previously managing director")
            if len(gap) <= 80 and gap.lstrip().startswith(",") \
                    and lex.copula_end_re.search(re.sub(r"\s+", " ", lex.past_before_re.sub(" ", gap)).rstrip() + " ") \
                    and not self._brand_only(prev):
                return [self._kin_apposition_head(prev, before)], "copula"
            if prev.full and len(gap) <= 40 and not re.search(r"[,.;:()\"“”«»]", gap) \
                    and lex.copula_end_re.search(gap) and not lex.speech_re.search(gap) \
                    and not self._orgs_between(prev.end, left) and not self._brand_only(prev):
                return [prev], "copula"  # "la figlia X guida lo stile come direttrice creativa"
            # the sentence's subject, then a coordinated appointment: "X joined A in 2003, and in 2010 was named"
            # (an organisation named on the way is no other subject: "X worked at A and was before")
            persons = [f for f in before if not self._brand_only(f)]
            if persons and persons[0] is before[0]:
                prev = persons[0]
                gap = self.folded[prev.end:left]
            spoken = lex.speech_re.search(lex.new_post_re.sub(" ", gap))  # ("pour devenir" names no speaker)
            if prev is before[0] and len(gap) <= 100 and not re.search(r"[.;:]", gap) \
                    and lex.copula_end_re.search(gap + " ") and not spoken \
                    and not self._brand_only(prev) and len(persons) == 1:
                return [prev], "subject"
        after = self._names_between(tail_end, s_end)
        if after and after[0].full and _FACT_LABEL.fullmatch(self.text, tail_end, after[0].start) \
                and _SEGMENT_OPEN.search(self.text[s_start:g.start]):
            return [after[0]], "label"  # a fact box: "directeur technique : Karim Benhadj ; ..."
        described = bool(lex.article_end_re.search(self.folded, max(s_start, g.start - 6), g.start))
        if after and self._title_precedes_name(self.folded[tail_end:after[0].start], described and after[0].full):
            people = [after[0]]
            for nxt in after[1:]:
                if lex.joiner_re.fullmatch(self.folded[people[-1].end:nxt.start] + " "):
                    people.append(nxt)
                else:
                    break
            return people, "before"
        return [], ""

    def _kin_apposition_head(self, prev: Found, before: list[Found], any_head: bool = False) -> Found:
        """ "Paolo, figlio del fondatore Guido, che assumerà la carica di presidente": a relative clause after a
        relative named in apposition speaks of the apposition's head."""
        i = before.index(prev)
        if i == 0:
            return prev
        head = before[i - 1]
        between = self.folded[head.end:prev.start]
        kin = self.lex.kin_re.search(between) or self.lex.kin_re.search(" ".join(
            self.lex.title_re.sub(" ", between).split()) + " ")  # "son of the founder X": the title dropped
        if (head.full or any_head) and len(between) <= 50 and re.match(r"\s*,", between) and kin:
            return head
        return prev

    def _title_precedes_name(self, gap: str, described: bool = False) -> bool:
        """Nothing but commas, adjectives of the person ("pittore spagnolo") or a copula ("... è il cantante")."""
        if self._present_title_between(gap) or self._occupation_between(gap):
            return True  # "the former CFO of A, now an independent director at B, X": both titles are X's
        if re.match(r"\s*,", gap) and len(gap.split()) <= 3 and self.lex.kin_name_re.search(gap):
            return True  # "À la tête de la maison depuis 2019, sa petite-fille X": the relative described is X
        gap = self.lex.since_re.sub(" ", gap)  # "at the helm of A since 2019, X"
        # a region qualifying the title: "la directrice e-commerce Europe, X"
        gap = _WORD.sub(lambda m: " " if self._is_region(m.group(0)) else m.group(0), gap)
        words = [w for w in re.split(r"[\s,]+", gap) if w]
        if all(w in self.lex.descriptors for w in words):
            return True
        # an article, the title, one word qualifying it, a full name: "l'artista ceramista X", "au chef étoilé X"
        if described and len(words) == 1 and re.fullmatch(r"\s*[^\W\d_]{4,}\s+", gap) \
                and words[0] not in self.lex.cue_words and words[0] not in self.lex.stopwords:
            return True
        # one adjective of origin after the title ("l'artista torinese X"), not a verb or cue word
        if len(words) == 1 and words[0].isalpha() and words[0] not in self.lex.cue_words \
                and words[0].endswith(self.lex.descriptor_suffixes) and len(words[0]) > 5:
            return True
        # or the title's unit, then a comma: "il direttore commerciale, Marco Rossi"
        if len(words) == 1 and words[0].isalpha() and words[0] not in self.lex.cue_words \
                and words[0] not in self.lex.stopwords and re.fullmatch(r"\s*[^\W\d_]+\s*,\s*", gap):
            return True
        bare = self.lex.title_re.sub(" ", gap)
        bare = self.lex.scope_re.sub(" ", bare)
        return len(bare) <= 30 and bool(self.lex.reverse_copula_re.fullmatch(bare))

    def _possessive_then_marker(self, end: int, title: int) -> bool:
        """ "A's former head of", "A's current chief executive": a possessive, one time marker, the title."""
        gap = re.fullmatch(r"['’]s\s+([^\W\d_]+)\s+", self.text[end:title])
        if not gap:
            return False
        word = fold_keep_length(gap.group(1))
        return bool(self.lex.present_re.fullmatch(word) or self.lex.past_before_re.search(f" {word} "))

    def _orgs_blanked(self, start: int, end: int) -> str:
        """The folded stretch with organisation names blanked: a kin noun inside a name ("Vardel Frères",
        "Rossi & Figli", "Hale & Sons") speaks of no relative."""
        chars = list(self.folded[start:end])
        for m in self._orgs_between(start, end):
            chars[max(0, m.start - start):m.end - start] = " " * (min(end, m.end) - max(start, m.start))
        return "".join(chars)

    def _relatives_title_before(self, gap: str) -> bool:
        """A kin noun between a title and the name after it makes the title a relative's ("the founder's
        granddaughter X", "chairman of A and his son X"), unless the kin noun alone follows a comma: "At the helm
        since 2019, her granddaughter X" describes X in apposition."""
        if not self.lex.kin_name_re.search(gap):
            return False
        comma = gap.rfind(",")
        head, after = (gap[:comma], gap[comma + 1:]) if comma >= 0 else (gap, "")
        return not (after and len(after.split()) <= 3 and self.lex.kin_name_re.search(after)
                    and not self.lex.kin_re.search(head + " "))

    def _occupation_between(self, gap: str) -> bool:
        """", l'actrice française " between a title and a name: the person's occupation in apposition ("the house's
        former ambassador, the actress X"); a corporate title there is another person's position."""
        lead = re.match(r"\s*,\s*", gap)
        if not lead:
            return False
        rest = gap[lead.end():]
        art = self.lex.article_re.match(rest)
        rest = rest[art.end():] if art else rest
        title = self.lex.title_re.match(rest)
        if not title or canonical_role(self.lex, rest[:title.end()]) in CORPORATE:
            return False
        words = rest[title.end():].split()
        return len(words) <= 1 and all(w.isalpha() and w not in self.lex.cue_words and w not in self.lex.stopwords
                                       for w in words)

    def _present_title_between(self, gap: str) -> bool:
        """", now TITLE at B, " between a past title and the name: a present marker, then a title and its tail."""
        inner = _ASIDE_GAP.fullmatch(gap)
        if not inner:
            return False
        marker = self.lex.present_re.match(inner.group(1))
        if not marker:
            return False
        rest = inner.group(1)[marker.end():]
        art = self.lex.article_re.match(rest.lstrip() + " ")
        rest = (rest.lstrip() + " ")[art.end():] if art else rest.lstrip()
        title = self.lex.title_re.search(rest)
        # the title, maybe after a word or two qualifying it ("an independent director")
        return bool(title) and len(rest[:title.start()].split()) <= 2

    def _roles(self, g: TitleGroup, orgs: list[str], scope: str | None, past: bool, anaphor: str,
               people: list[Found], sent: int) -> list[Role]:
        titles = [(s, e, canonical_role(self.lex, self.text[s:e], scope)) for s, e in g.titles]
        founders = [t for t in titles if t[2] == "founder"]
        others = [t for t in titles if t[2] != "founder"]
        picked: list[tuple[str, str]] = []
        if others:
            role = min((t[2] for t in others), key=SENIORITY.index)
            picked.append((self.text[others[0][0]:others[-1][1]], role))
        # A combined title is one role, the most senior ("co-founder and chief executive" -> ceo); founding
        # only counts on its own or beside a title that names no position ("founder and perfumer").
        if not picked or picked[0][1] == "other":
            picked += [(self.text[s:e], r) for s, e, r in founders[:1]]
        rule = "people.title"
        inside = self.lex.anaphor_re.search(self.folded[g.start:g.end])
        anaphor = anaphor or (inside.group(0) if inside else "")
        in_house = any(" ".join(fold_keep_length(t).split()) in self.lex.house_titles for t, _ in picked)
        if not orgs and (anaphor or in_house or any(r in CORPORATE for _, r in picked)):
            s_start = self._sentence_span(sent)[0]
            here = [p for p in people if p.start >= s_start and not p.label]
            subject = self._named_since(max((p.end for p in here if p.end <= g.start), default=None), g.start,
                                        anaphor) if anaphor else None
            subject = subject or self._corporate_officer(g, picked, anaphor, s_start) \
                or self._subject_org(min([g.start, *(p.start for p in here)]), sent, anaphor)
            orgs = [subject] if subject else []
            rule = "people.anaphor"
        ev = Evidence(sent, min([g.start] + [p.start for p in people]), max([g.end] + [p.end for p in people]), rule)
        return [Role(title, self._investor_role(title, role, org), org, ev, scope, not past)
                for title, role in picked for org in (orgs or [None])]

    def _corporate_officer(self, g: TitleGroup, picked: list[tuple[str, str]], anaphor: str,
                           s_start: int) -> str | None:
        """A bare chief officer's title ("Chief financial officer X said") in an article about a group speaks for
        the group, not for the brand its paragraph discusses; a sentence naming an organisation first decides."""
        if anaphor or not any(role == "officer" for _, role in picked) \
                or self._orgs_between(self._clause_start(s_start, g.start), g.start):
            return None
        main = self._main_subject(None)
        return main if main and self._kind_of(main) == "group" else None

    def _named_since(self, person_end: int | None, title_start: int, anaphor: str) -> str | None:
        """The organisation an anaphor stands for when it is named between its person and the title: "X, partner
        at A and head of its consumer practice" is A's head (not an earlier employer: "X, who came from A")."""
        if person_end is None:
            return None
        kind = self._anaphor_kind(anaphor)
        near = [m for m in self._orgs_between(person_end, title_start)
                if (kind is None or m.entry.kind == kind) and not self._left_employer(m)
                and not self.lex.past_before_re.search(self.folded, person_end, m.start)]  # "formerly CEO of A"
        return near[-1].entry.name if near else None

    def _investor_role(self, title: str, role: str, org: str | None) -> str:
        """A partner of an investment firm ("partner at Northwind Capital") invests: no consultant."""
        if role == "consultant" and org and fold_keep_length(org.split()[-1]) in self.lex.investor_words \
                and self.lex.modifier_re.sub("", fold_keep_length(title)).strip() in self.lex.partner_titles:
            return "other"
        return role


def _is_apposition(gap: str, lex: PeopleLexicon) -> bool:
    """", the", ", then", ", 33, the" and nothing else between a name and its title."""
    if not re.match(r"\s*,", gap):
        return False
    rest = gap.split(",", 1)[1]
    # an age between the name and the title: ", 33,", ", 47 anni,", ", 52 years old,"
    rest = re.sub(r"\b\d{1,3}(?:\s+[^\W\d_]+){0,2}\s*,", " ", rest, count=1)
    rest = re.sub(r"(?<!\S)\d{1,3}-?[^\W\d_][\w\-]*", " ", rest, count=1)  # "a 31-year-old", "un 40enne"
    bare = lex.present_re.sub(" ", lex.past_before_re.sub(" ", rest))
    rest = re.sub(r"\s+", " ", bare).strip(" -")  # "ex-directrice": the hyphen goes with the marker
    # a short description joined to the title: ", her husband and the company's chief executive"
    described = re.match(r"(?:[a-zß-öø-ÿ]+ ){1,2}", rest)
    if described and lex.joiner_re.fullmatch(" " + rest[described.end():].split(" ", 1)[0] + " "):
        rest = rest[described.end():].split(" ", 1)[1] if " " in rest[described.end():] else ""
    if lex.kin_re.fullmatch(rest + " "):
        return True  # ", granddaughter of the founder and ...": a relative's title follows, the kin check reads it
    while rest:
        m = lex.article_re.match(rest + " ")
        if not m:
            break
        rest = (rest + " ")[m.end():].strip()
    # ", the division's president": a unit of the organisation, not another name;
    # ", sales director", ", a sales director", ", formerly plant manager": one lower-case unit word, no verb
    # ", a luxury goods analyst": up to three such words
    words = rest.split()
    return rest == "" or bool(re.fullmatch(r"[a-zß-öø-ÿ]+['’]s", rest)) \
        or (len(words) <= 3 and all(re.fullmatch(r"[a-zß-öø-ÿ][\w\-]*", w) for w in words)
            and not lex.said_re.search(rest)
            and not any(w in lex.cue_words or (len(words) > 1 and w in lex.stopwords) for w in words))
