"""Cues other than titles that make a name a person: founding verbs ("fondata da X"), earlier employers
("joined last year from B"), speech verbs, honorifics, interview headers and speaker labels."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from luxcli.extract.orgs import Mention, OrgEntry, lookup, publication_name
from luxcli.extract.people_lexicon import canonical_role, people_lexicon
from luxcli.extract.people_names import org_shaped
from luxcli.extract.people_orgs import OrgChooser
from luxcli.extract.people_state import STOP, Found
from luxcli.model import Evidence, Role
from luxcli.text import fold, fold_keep_length

# where the unit or region written after a title ends: punctuation or a number (a year)
_TAIL_STOP = re.compile(r"[,;:()\"“”«»—–.]|\s-\s|\d")
# short lower-case words left dangling before that number ("... for Northern Europe until", "... dal")
_TAIL_GLUE = re.compile(r"(?:\s+[a-zà-ÿ']{1,5})+\s*$")
_TWO_WORDS = re.compile(r"(?:[\w'-]+\s+){0,2}")
_TITLE_ADJECTIVE = re.compile(r"^\s[a-z]{5,15}(?=\s)")
# a connector opening that unit or region: one short lower-case word ("of", "for", "per", "nell'"), maybe after the
# title's own adjective ("direttore commerciale per ...")
_TAIL_OPENS = re.compile(r"(?:\s[a-zà-ÿ]{5,15})?\s[a-zà-ÿ]{1,4}(?:\s|')")

# a comma-enclosed aside right after a name, within its sentence
_ASIDE = re.compile(r",([^,.;:!?\"“”«»()\n]{1,140}),")
# an age as an aside: "42", "42 ans", "42 anni", "42 years old"
_AGE = re.compile(r"\s*\d{1,3}(?:\s+[^\W\d_]+){0,2}\s*")
# a short description between commas after a founder's name: "by A, Caterina's father, B makes"
_FOUNDER_ASIDE = re.compile(r"\s*,[^,.;:()]{1,60}(?=,)")
# a person's age alone between commas right after the name: "Morrow, 41, is not the flashiest"
_AGE_ASIDE = re.compile(r"\s*,\s*[1-9]\d\s*(?:ans|anni|years\s+old)?\s*,")
_LABEL = re.compile(r"^[ \t]*([^\n:]{1,40}?)[ \t]*:[ \t]+\S", re.MULTILINE)
# Between a name and a board phrase: a comma, a relative pronoun, one adverb ("X, who still sits on").
_RIGHT_BEFORE = re.compile(r"\s*,?\s*(?:(?:who|qui|che)\s+)?(?:[^\W\d_]+\s+)?")
_QUESTION = re.compile(r"^(?P<w>[^\W\d_]+)\s*\d*$")
# A byline the page did not mark lies in its first lines and is short.
_HEAD_LINES = 6
_BYLINE_CHARS = 80
# Occupations practised on their own account: "founded by the make-up artist X" is no artist of the house.
_INDEPENDENT = frozenset({"journalist", "analyst", "consultant", "artist", "ambassador", "other"})
# A comma-delimited apposition between a name and what it does ("X, formerly head of sales, joins ...").
_APPOSED = re.compile(r",[^,;.:()]{1,80},\s*")
# Between a succession verb and the predecessor's name: a relative ("son père, ", "her father "), nothing else.
_PREDECESSOR_GAP = re.compile(r"(?:\w+['’]?\s*){0,2},?\s*")
# The positions a successor takes over: leading ones, not an analyst's or an artist's.
_SUCCEEDED = frozenset({"ceo", "chairman", "president", "managing_director", "general_manager", "creative_director",
                        "director", "head", "officer", "marketing_director", "vice_president"})
# After a byline's name: a comma and a run of capitalised words (small words inside), up to a separator or the end.
_BYLINE_TAIL = re.compile(r"[ \t]*,[ \t]*((?:[A-ZÀ-Þ][\w'’&.\-]*|&)(?:[ \t]+(?:[A-ZÀ-Þ][\w'’&.\-]*|&|[a-zà-ÿ]{1,3}))*?)"
                          r"[ \t]*(?:[|·•—–,*]|$)", re.MULTILINE)
# Speaker initials ("AB", "G.B.", "J-P.R."): a label even when used once
_INITIALS = re.compile(r"(?:[A-ZÀ-Þ][.\-]?){1,4}")


@functools.cache
def _analyst_words(lang: str) -> re.Pattern[str]:
    """The language's analyst titles with a plural ending: "analyst(s)", "analyste(s)", "analista/analisti"."""
    words = sorted({k for k, v in people_lexicon(lang).titles.items() if v == "analyst" and " " not in k}, key=len)
    stems = "|".join(re.escape(w[:-1] if w.endswith(("a", "e")) and len(w) > 5 else w) for w in reversed(words))
    return re.compile(rf"(?<!\w)(?:{stems or '(?!x)x'})[a-z]{{0,2}}(?!\w)")


class CueReader(OrgChooser):
    """The passes for founders, earlier employers, other person cues and speaker labels."""

    def _founders(self) -> None:
        lex = self.lex
        last: tuple[Found, str, str] | None = None  # the last founder named by a passive verb, title, org
        for f in self.found:
            s_start, s_end = self._sentence_span(f.sentence)
            if last and f.full and last[0].sentence == f.sentence and last[0].end < f.start \
                    and self._founded_with(last[0].end, f.start, s_end):
                self._add_founder(f, last[1], last[2], f.start)  # "founded by A and B": both founded it
                continue
            left = f.start
            if f.span and f.span.honorific:
                left = self.text.rfind(f.span.honorific, s_start, f.start)
                left = left if left >= 0 else f.start
            lo = max(s_start, left - 100)  # "Fondée en 1921 à Sainte-Croix, dans le Jura vaudois, par X"
            # "founded by the jeweller X": a description between "by" and the name is skipped
            before = self.folded[lo:self._description_start(lo, left)]
            for p in lex.founded_by:
                m = p.search(before)
                if m and self._kin_founded(m.group(0)):
                    break  # "fondata dal nonno nel 1931 e guidata dalla zia, X": a relative founded it
                if m and lex.led_by_re.search(self.folded, lo, left):
                    break  # "Founded in 1931, A is now run by X": X leads it, the founder is not named
                if m:
                    verb_at = lo + m.start()
                    org = self._org_before(verb_at, f.sentence, f.end)
                    # "The house was founded in 1948 by X", "la maison fondée en 1957 par X": a kind noun right
                    # before the verb, whatever was named earlier in the sentence (an employer left)
                    opener = self.lex.anaphor_re.search(self.folded, max(s_start, verb_at - 25), verb_at)
                    if f.full and (opener or not self._orgs_between(s_start, verb_at)):
                        # "Fondata nel 1931 da Aldo Ferlan, la casa ...": the context's house is the family's, of
                        # the kind its noun says ("la holding": the family's holding, not its chain of shops)
                        noun = opener.group(0) if opener else \
                            self._definite_subject(self._after_co_founders(f.end, s_end), s_end)
                        org = self._house_named_after(f, self._anaphor_kind(noun) if noun else None, org) or org
                    if org:
                        title = self.text[verb_at:left].strip()
                        self._add_founder(f, title, org, verb_at)
                        self._describing_title_at(f, verb_at, org)
                        last = (f, title, org)
                    break
            m = lex.founded_active_re.match(self.folded[f.end:s_end])
            if m:
                prev = [o for o in self._orgs_between(max(s_start, f.start - 30), f.start)]
                nxt = [o for o in self._orgs_between(f.end + m.end(), min(s_end, f.end + m.end() + 30))]
                org = prev[-1].entry.name if prev else nxt[0].entry.name if nxt else None
                if org:
                    self._add_founder(f, self.text[f.end:f.end + m.end()].strip(), org, f.start)

    def _eponymous_founders(self) -> None:
        """ "to start her own label", "la griffe qui porte son nom", "il marchio che porta il suo nome": the
        house named after a person was founded by that person. The person is the one the sentence names (or the
        last sentences are about) when a brand bears their name or surname; else a brand of the sentence whose
        name is a person's name ("fondato dalla designer che gli dà il nome")."""
        if not self._eponymous_sentences():
            return
        brands = {m.entry.name: m.entry.name for m in self.mentions if m.entry.kind == "brand"}
        for cue in self._finditer(self.lex.eponymous_re):
            sent = self._sentence(cue.start())
            s_start, s_end = self._sentence_span(sent)
            named = [f for f in self._names_between(s_start, s_end) if f.full and not (f.span and f.span.org_covered)]
            people = named[:1] or [f for f in self._recent_subject(s_start) if f.full]
            house = None
            for f in people:
                house = brands.get(f.text) or brands.get(f.text.split()[-1])
                if house:
                    break
            if not house:  # a brand bearing a full name, in this sentence: its namesake founded it
                covered = [f for f in self._names_between(s_start, s_end)
                           if f.full and f.span and f.span.org_covered and f.text in brands
                           and not self._common_noun(f.text.split()[0])]
                people, house = (covered[:1], covered[0].text) if covered else ([], None)
            for f in people[:1]:
                # a title already held there says what the person is at the house ("lo stilista X ... suo marchio")
                if house and not any(r.org == house for r, _ in f.roles):
                    f.cue = f.cue or "people.eponymous"
                    ev = Evidence(sent, min(f.start, cue.start()), max(f.end, cue.end()), "people.eponymous")
                    f.roles.append((Role(self.text[cue.start():cue.end()], "founder", house, ev, None, True),
                                    "people.eponymous"))

    def _successions(self) -> None:
        """ "Elle succède à X", "A succeeds X as ...", "A sostituisce X": X held before the position its successor
        holds now, at the same organisation (a past role), unless the article already ties X to it."""
        for m in self._finditer(self.lex.succeeds_re):
            sent = self._sentence(m.start())
            s_start, s_end = self._sentence_span(sent)
            after = [f for f in self._names_between(m.end(), min(s_end, m.end() + 60)) if f.full
                     and not (f.span and f.span.org_covered)]
            # the predecessor right after the verb, maybe behind a relative: "succède à son père, X"
            if not after or not _PREDECESSOR_GAP.fullmatch(self.text[m.end():after[0].start]):
                continue
            # whoever is replaced held a position: a person, even when the successor's role is not known here
            after[0].cue = after[0].cue or "people.succession"
            before = [f for f in self._names_between(s_start, m.start()) if f.full
                      and not (f.span and f.span.org_covered)]
            if before:
                successor = before[-1].text
            elif len(self.folded[s_start:m.start()].split()) <= 1 and sent > 0:
                # a pronoun or nothing opens the sentence ("Elle succède à", "Sostituisce"): the last person the
                # sentence before gave a position
                lo, _ = self._sentence_span(sent - 1)
                titled = [f.text for f in self._names_between(lo, s_start) if f.full and any(
                    r.current and r.role in _SUCCEEDED and r.evidence.sentence == sent - 1
                    for g in self.found if g.text == f.text for r, _ in g.roles)]
                successor = titled[-1] if titled else None
            else:
                successor = None
            held = [r for f in self.found if f.text == successor for r, _ in f.roles
                    if r.current and r.org and r.role in _SUCCEEDED and r.evidence.sentence <= sent + 1]
            if not held:
                continue
            role = min(held, key=lambda r: abs(r.evidence.sentence - sent))
            heir = after[0]
            if any(r.org == role.org for f in self.found if f.text == heir.text for r, _ in f.roles):
                continue
            heir.cue = heir.cue or "people.succession"
            ev = Evidence(sent, m.start(), heir.end, "people.succession")
            heir.roles.append((Role("", role.role, role.org, ev, role.scope, False), "people.succession"))

    def _co_founder_gap(self, gap: str) -> bool:
        """ "founded by A and B", "fondée par A et son frère B", "da A e dal fratello B": a joiner, maybe a
        possessive or article and a kin noun."""
        if self.lex.joiner_re.fullmatch(gap):
            return True
        words = gap.split()
        return 2 <= len(words) <= 4 and bool(self.lex.joiner_re.fullmatch(f" {words[0]} ")) \
            and bool(self.lex.kin_name_re.search(gap.rstrip() + " ")) and len(gap) <= 30

    def _kin_founded(self, phrase: str) -> bool:
        """A kin noun inside the founding phrase before the name: the founder is that relative."""
        words = list(re.finditer(r"[^\W\d_]+", phrase))
        return any(self.lex.kin_name_re.search(phrase[:w.end()]) for w in words[1:-1])

    def _description_start(self, lo: int, left: int) -> int:
        """Where a description of the person before `left` starts ("the jeweller ", "l'orafo "), else `left`."""
        lo = max(lo, left - 40)  # four short words at most
        words = [(m.start() + lo, m.group(0)) for m in re.finditer(r"\S+", self.text[lo:left])]
        glued: int | None = None
        for n in (1, 2, 3, 4):
            if len(words) < n or not words[-n][1][0].islower():
                break
            start, first = words[-n]
            if first.casefold() in self.lex.agent_words:
                break  # "la maison fondée par X": the agent's phrase is no description of X
            art = self.lex.article_re.match(fold_keep_length(first) + " ")
            if art and (art.end() < len(first) or n >= 2):  # "l'orafo", "the jeweller", "l'homme d'affaires"
                return start
            elided = re.match(r"[^\W\d_]+['’](?=[^\W\d_])", first)
            if elided and n <= 2:  # "dall'orafo", "dall'uomo d'affari": the preposition stays, the description goes
                glued = start + elided.end()
            if len(words) > n and words[-n - 1][1].casefold() in self.lex.agent_words:
                # "by make-up artist X", "by collector and former banker X": no article, right after the agent word
                return start
        return glued if glued is not None else left

    def _main_clause_subject(self, name_end: int, s_end: int) -> str | None:
        """The subject opening the main clause after "Founded in 1994 by X, ": an organisation named there, or
        the one an anaphor there stands for ("la maison", "l'azienda")."""
        lead = re.match(r"\s*,\s*", self.folded[name_end:s_end])
        if not lead:
            return None
        at = name_end + lead.end()
        named = self._orgs_between(at, min(s_end, at + 60))
        if named and named[0].start == at:
            return named[0].entry.name
        anaphor = self.lex.anaphor_re.match(self.folded, at)
        return self._main_subject(self._anaphor_kind(anaphor.group(0))) if anaphor else None

    def _after_co_founders(self, name_end: int, s_end: int) -> int:
        """The end of the last founder named with the one ending at `name_end` ("par A et B, la start-up"), past a
        description of each ("by A, Caterina's father, B makes", "by A, a former buyer, and her brother B, X")."""
        for g in self.found:
            if g.start < name_end or g.start >= s_end:
                continue
            if not self._founded_with(name_end, g.start, s_end):
                break
            name_end = g.end
        return self._past_aside(name_end, s_end)

    def _founded_with(self, prev_end: int, start: int, s_end: int) -> bool:
        """The name at `start` is a co-founder of the one ending at `prev_end`: a joiner (maybe a kin noun) between
        them, past a description of the first ("by A, a former buyer at C, and her brother B")."""
        gap_start = self._past_aside(prev_end, s_end, True)
        return start - gap_start <= 30 and self._co_founder_gap(self.folded[gap_start:start].lstrip(","))

    def _past_aside(self, end: int, s_end: int, workplace: bool = False) -> int:
        """The comma closing a short description of a person ("A, Caterina's father,"), else `end`. Before a
        co-founder it may name a workplace ("A, a former buyer at Selfridges, and her brother B"); before the main
        clause, an organisation there would be its subject ("by A, Velmont makes")."""
        aside = _FOUNDER_ASIDE.match(self.text, end, s_end)
        if not aside or not (workplace or self._subject_at(aside.end() + 1, s_end)):
            return end
        return aside.end() if workplace or not self._orgs_between(end, aside.end()) else end

    def _subject_at(self, at: int, s_end: int) -> bool:
        """An organisation, or an article and a common noun, opens the text at `at`: a main clause's subject."""
        at += len(self.text[at:s_end]) - len(self.text[at:s_end].lstrip())
        if any(m.start == at for m in self._orgs_between(at, min(s_end, at + 60))):
            return True
        art = self.lex.article_re.match(self.folded[at:at + 12])
        return bool(art) and self.text[at + art.end():at + art.end() + 1].islower()

    def _first_before(self, sent: int) -> str | None:
        """The first organisation the sentence before names, when it is in the same paragraph."""
        s_start = self._sentence_span(sent)[0]
        p_start, p_end = self._sentence_span(sent - 1) if sent > 0 else (0, 0)
        if p_end <= p_start or "\n" in self.text[p_end:s_start]:
            return None
        found = [m for m in self._orgs_between(p_start, p_end) if not self._left_employer(m)]
        return found[0].entry.name if found else None

    def _definite_subject(self, name_end: int, s_end: int) -> str | None:
        """The common noun of a definite subject right after "Founded in 1962 by X, " ("la conceria", "the
        atelier"): the main clause speaks of an organisation already named, by its trade noun."""
        lead = re.match(r"\s*,\s*", self.folded[name_end:s_end])
        if not lead:
            return None
        at = name_end + lead.end()
        art = self.lex.article_re.match(self.folded[at:at + 12])
        noun = re.match(r"[^\W\d_]{4,}", self.text[at + art.end():at + art.end() + 30]) if art else None
        return noun.group(0) if noun and noun.group(0).islower() else None

    def _org_with_word(self, noun: str) -> str | None:
        """The one organisation of the article whose name holds this common noun ("Conceria Varesi")."""
        names = {m.entry.name for m in self.mentions if fold(noun) in fold(m.entry.name).split()}
        return names.pop() if len(names) == 1 else None

    def _org_before(self, pos: int, sent: int, name_end: int = 0) -> str | None:
        """The organisation founded: named before the verb in its sentence, the one an anaphor there stands for
        ("the house", "il marchio": the paragraph's last of that kind, else the article's), or the previous
        sentence's last."""
        s_start, s_end = self._sentence_span(sent)
        found = self._orgs_between(s_start, pos)
        if found:
            return found[-1].entry.name
        topic = self._opening_noun_topic(sent, pos)  # "La società, fondata nel 2021 da X": the topic before
        if topic:
            return topic
        head = self.lex.cap_run_re.match(self.text, s_start)
        if head and re.fullmatch(r"\s*,\s*", self.text[head.end():pos]) and head.group(0) not in self.lex.not_names:
            return self._org_name(head.group(0))  # "Ardea, founded in 2017 by ...": the name the clause describes
        if not self.folded[s_start:pos].strip(" \t\n\"“”«»"):
            # an opening participle clause: "Founded in 1990 by A, B later sold it" -> the main clause's subject
            name_end = self._after_co_founders(name_end, s_end) if name_end else 0
            subject = self._main_clause_subject(name_end, s_end) if name_end else None
            if subject:
                return subject
            # the main clause's subject, not a workplace in an apposition on the way ("by X, a former buyer at A,")
            after = [m for m in self._orgs_between(pos, s_end)
                     if not self.lex.connector_end_re.search(self.folded[max(pos, m.start - 25):m.start])]
            if after:
                return after[0].entry.name
            anaphor = self.lex.anaphor_re.search(self.folded[pos:s_end])
            if anaphor:  # "Fondée en 1908 par A, la maison ...": the house the article is about
                return self._main_subject(self._anaphor_kind(anaphor.group(0)))
            noun = self._definite_subject(name_end, s_end) if name_end else None
            if noun:  # "Fondata nel 1962 da A, la conceria ...": the article's one tannery
                # a noun no name holds ("La plateforme A lève 14 millions. Fondée en 2018 par X, la start-up
                # revendique"): the organisation the sentence before opened its paragraph on
                named = any(fold(noun) in fold(m.entry.name).split() for m in self.mentions)
                return self._org_with_word(noun) if named else self._first_before(sent)
        anaphor = self.lex.anaphor_re.search(self.folded[s_start:pos])
        if anaphor:
            kind = self._anaphor_kind(anaphor.group(0))
            para = self.text.rfind("\n", 0, pos) + 1
            found = [m for m in self._orgs_between(para, pos) if kind is None or m.entry.kind == kind]
            if found:
                return found[-1].entry.name
            topic = self._paragraph_topic(self._previous_paragraph(para), para, kind)
            return topic or self._main_subject(kind)
        if sent > 0:
            found = self._orgs_between(self._sentence_span(sent - 1)[0], s_start)
        return found[-1].entry.name if found else None

    @staticmethod
    def _describing_title_at(f: Found, verb_at: int, org: str) -> None:
        """ "founded in 2017 by the designer X": the title describing the founder is held at the house founded;
        a trade ("by the perfumer X") is the founder's own, guessed at no organisation."""
        inside = [(r, rule) for r, rule in f.roles if verb_at <= r.evidence.start <= f.start]
        f.roles = [(r, rule) for r, rule in f.roles if (r, rule) not in inside] + [
            (replace(r, org=org), rule) if r.org is None and r.role not in _INDEPENDENT
            else (replace(r, org=None), rule) if r.role == "other" and r.evidence.rule == "people.anaphor"
            else (r, rule) for r, rule in inside]

    def _add_founder(self, f: Found, title: str, org: str, start: int) -> None:
        if f.span and f.span.org_covered and not f.span.honorific:
            return
        f.cue = f.cue or "people.founder"
        ev = Evidence(f.sentence, min(start, f.start), max(start, f.end), "people.founder")
        f.roles.append((Role(title, "founder", org, ev, None, True), "people.founder"))

    def _came_from(self) -> None:
        """An earlier employer: "X, head of A, who arrived last year from B" gives X a past role at B."""
        lex = self.lex
        for m in self.mentions:
            s_start, s_end = self._sentence_span(m.sentence)
            lo = max(s_start, m.start - 70)
            match = lex.came_from_re.search(self.folded, lo, m.start)
            if not match:
                continue
            verb_at = match.start()
            named = self._names_between(s_start, verb_at)
            adjunct_subject = self._adjunct_subject(named, verb_at)
            person = adjunct_subject or next((f for f in reversed(named) if not (f.span and f.span.org_covered)), None)
            if person is None:
                person = self._clause_subject(named, s_start, verb_at, m.end, s_end)
                if person is None:
                    continue
            else:
                gap = self.folded[person.end:verb_at]
                if gap.strip() and not gap.lstrip().startswith(",") and person is not adjunct_subject:
                    continue  # "X's inspiration came from B": the verb is not X's
                if len(gap) > 100 or re.search(r"[.;:]", gap) or (person is not adjunct_subject
                                                                  and lex.said_re.search(gap)):
                    continue  # "X, who said clients came from B" is not X's career
            person.cue = person.cue or "people.came_from"
            # "arriva da A, di cui è stata amministratore delegato": a title at the organisation left is past
            titled = [(r, rule) for r, rule in person.roles
                      if r.org == m.entry.name and r.evidence.sentence == m.sentence]
            if titled:
                person.roles = [(replace(r, current=False), rule) if (r, rule) in titled else (r, rule)
                                for r, rule in person.roles]
                continue
            held = self._title_held_at(m, s_end)
            if held is not None:
                title, role, t_start, t_end = held
                self._drop_title_attached_elsewhere(m.sentence, t_start, t_end)
                ev = Evidence(m.sentence, min(person.start, verb_at), t_end, "people.came_from_title")
                org = self._own_workplace(t_end, m) or m.entry
                person.roles.append((Role(title, role, org.name, ev, None, False), "people.came_from_title"))
                continue
            ev = Evidence(m.sentence, min(person.start, verb_at), m.end, "people.came_from")
            title = self.text[verb_at:m.end]
            # "in passato ha guidato il dipartimento ... di A": having led a unit there is a past head
            role = "head" if self.lex.led_verb_re.search(self.folded, verb_at, m.start) else "other"
            person.roles.append((Role(title, role, m.entry.name, ev, None, False), "people.came_from"))

    def _adjunct_subject(self, named: list[Found], verb_at: int) -> Found | None:
        """ "X took over as chief executive of A in April, after six years at B": a cue qualifying the whole
        clause ("after ...") has the clause's subject for its own, however long the predicate between: the name
        opening the sentence, unless it is a possessor ("X's team, after ...") or a workplace."""
        if not named or not self.lex.came_from_adjunct_re.match(self.folded, verb_at):
            return None
        first = named[0]
        s_start, _ = self._sentence_span(first.sentence)
        if (first.span and first.span.org_covered) or self.folded[s_start:first.start].strip(" \t\n\"“”«»"):
            return None
        gap = self.folded[first.end:verb_at]
        return None if gap.lstrip().startswith(("'", "’")) or not gap.strip() else first

    def _title_held_at(self, m: Mention, s_end: int) -> tuple[str, str, int, int] | None:
        """The title held at an employer left, written right after it: "joined from A, where she was director of
        digital commerce", "arriva da A, dove era vice presidente", "after nine years as its general manager".
        Returns (title as written, canonical role, start, end of the title word)."""
        lex = self.lex
        cue = lex.came_from_title_re.match(self.folded, m.end, min(s_end, m.end + 70))
        t = cue and lex.title_re.search(self.folded, cue.end(), min(s_end, cue.end() + 40))
        if not t or not _TWO_WORDS.fullmatch(self.folded, cue.end(), t.start()):
            return None  # the title, or one or two words qualifying it ("its commercial director"), comes next
        # the unit or region after the title, up to punctuation or a date ("... for Northern Europe until 2024")
        stop = _TAIL_STOP.search(self.text, t.end(), min(s_end, t.end() + 70))
        tail = _TAIL_GLUE.sub("", self.text[t.end():stop.start() if stop else min(s_end, t.end() + 70)])
        if not _TAIL_OPENS.match(tail) or lex.relative_start_re.search(fold_keep_length(tail)):
            tail = ""  # only a unit or region the title is "of", not the next clause
        word = self.text[t.start():t.end()]
        before = self.text[cue.end():t.start()]
        return (before + word + tail).strip(), canonical_role(lex, word, before + tail), t.start(), t.end()

    def _own_workplace(self, title_end: int, left: Mention) -> OrgEntry | None:
        """The organisation a past title names itself ("from Richemont, where he was managing director of Piaget"):
        the brand run inside the employer left is where the title was held."""
        for m in self.mentions:
            if m.sentence == left.sentence and title_end < m.start < title_end + 30:
                # the title's own adjective may come first ("directeur commercial de Gucci")
                between = _TITLE_ADJECTIVE.sub("", self.folded[title_end:m.start], count=1)
                link = self.lex.connector_re.match(between)
                if link and link.end() == len(between):
                    return m.entry
        return None

    def _drop_title_attached_elsewhere(self, sentence: int, title_start: int, title_end: int) -> None:
        """The title of a past position at the employer left belongs to that position: the title pass, which
        does not read "where she was", may have given it to the organisation the sentence is about."""
        word = self.folded[title_start:title_end]
        for f in self.found:
            if f.sentence != sentence or not f.roles:
                continue
            f.roles = [(r, rule) for r, rule in f.roles
                       if not (r.evidence.sentence == sentence and r.evidence.start <= title_start < r.evidence.end
                               and word in fold(r.title or "") and rule != "people.came_from")]

    def _clause_subject(self, named: list[Found], s_start: int, verb_at: int, after: int,
                        s_end: int) -> Found | None:
        """Who "came from B" when no name precedes the verb: the name right after an opening participle clause
        ("Arrived from B in 2020, X ..."), else, for a pronoun or a subject-less opening ("she spent ...",
        "Ha trascorso ..."), the person the previous sentence names."""
        if any(not (f.span and f.span.org_covered) for f in named):
            return None  # (a school or a house named on the way is no subject: "A graduate of X, she spent ...")
        opening = not self.folded[s_start:verb_at].strip(" \t\n\"“”«»")
        if opening:
            clause = STOP.search(self.text, after, s_end)
            # past a relative clause on the employer: "Arrivé de A, où il était directeur du design, X laisse"
            while clause and self.lex.place_relative_re.match(self.folded, clause.start()):
                clause = STOP.search(self.text, clause.end(), s_end)
            later = self._names_between(clause.end(), min(s_end, clause.end() + 40)) if clause else []
            if later and not (later[0].span and later[0].span.org_covered):
                return later[0]
        if opening or self.lex.pronoun_word_re.search(self.folded[s_start:verb_at]):
            recent = self._recent_subject(s_start, reach=1 if opening else 2)
            return recent[0] if recent else None
        return None

    def _cues(self) -> None:
        lex = self.lex
        for f in self.found:
            if f.cue or f.org_like:  # a workplace ("at Quillon Research", "the Acme stores") is no person
                continue
            s_start, s_end = self._sentence_span(f.sentence)
            brand = bool(f.span and f.span.org_covered)
            if f.span and f.span.honorific:
                f.cue = "people.honorific"
                continue
            if brand:
                if self._title_right_before(f, s_start):
                    f.cue = "people.title_before"
                elif self._speaks_with_title(f):
                    f.cue = "people.speech"
                continue
            before = self.folded[s_start:f.start]
            if lex.verbs_after_re.match(self.folded[f.end:s_end]) or lex.verbs_before_re.search(before) \
                    or self._speaks_after_aside(f, s_end):
                f.cue = "people.speech"
            elif _AGE_ASIDE.match(self.text, f.end, s_end):
                f.cue = "people.age"  # "X, 41, is not the flashiest of them": only a person has an age
            elif f.full and (lex.kin_name_re.search(self.folded[max(s_start, f.start - 30):f.start])
                             or lex.kin_of_re.search(self.folded[max(s_start, f.start - 40):f.start])):
                f.cue = "people.kin"  # "his daughter, Jane Doe", "sua figlia Anna Rossi": a relative is a person
            elif f.full and lex.interview_re.search(self.folded[max(0, f.start - 80):f.start]):
                f.cue, f.interviewee = "people.interview", True
            before_org = self._affiliated_before(f, s_start) if f.full else None
            org = before_org or (self._affiliated(f) if f.full else None)
            if org is None:
                continue
            f.cue = f.cue or "people.affiliation"  # "Luca Bini of Bernstein was more cautious", "At HSBC, Luca Bini"
            if before_org and not f.roles and self._among_analysts(f):
                # the paragraph quotes analysts: a name introduced by its bank ("At HSBC, X", "Citi's X") is
                # one of them ("X of HSBC" only says where X works)
                ev = Evidence(f.sentence, min(f.start, org.start), max(f.end, org.end), "people.affiliation")
                f.roles.append((Role("", "analyst", org.entry.name, ev, None, True), "people.affiliation"))

    def _speaks_after_aside(self, f: Found, s_end: int) -> bool:
        """A full name, an aside only a person takes (an age, a relative clause: "X, 42, said", "X, who ran
        the shop for years, told", "X, qui ..., a expliqué"), then a speech or career verb: the name is a person."""
        if not f.full:
            return False
        m = _ASIDE.match(self.folded, f.end, s_end)
        if not m or not self.lex.verbs_after_re.match(self.folded[m.end():s_end]):
            return False
        aside = m.group(1)
        if _AGE.fullmatch(aside) or self.lex.person_relative_re.match(aside):
            return True
        # "qui", "che" speak of things too: the clause must tell a career ("qui a passé huit ans chez A")
        return bool(self.lex.relative_start_re.match(aside)
                    and (self.lex.title_re.search(aside) or self.lex.duration_re.search(aside)))

    def _affiliated(self, f: Found) -> Mention | None:
        """A full name, a connector and a known organisation right after it, which ends there."""
        m = self.lex.affiliation_re.match(self.folded, f.end)
        if not m:
            return None
        org = next((o for o in self._orgs_between(m.end(), m.end() + 60) if o.start == m.end()), None)
        if org is not None and lookup(org.entry.name) is not None \
                and not re.match(r"[ \t]*[A-ZÀ-Þ]", self.text[org.end:org.end + 3]):
            return org
        return None

    def _affiliated_before(self, f: Found, s_start: int) -> Mention | None:
        """A known organisation owning the name ("Citi's Luca Bini") or opening the sentence with a
        workplace connector ("At HSBC, Luca Bini ...", "Chez Oddo, Anne Roy ...")."""
        near = self._orgs_between(max(s_start, f.start - 60), f.start)
        if not near or lookup(near[-1].entry.name) is None:
            return None
        org = near[-1]
        gap = self.text[org.end:f.start]
        if re.fullmatch(r"['’]s[ \t]+", gap):
            return org
        opening = self.folded[s_start:org.start]
        if re.fullmatch(r",[ \t]*", gap) and self.lex.workplace_re.fullmatch(opening.lstrip(" \t\n\"“«—–-") + " ") \
                and opening.strip(" \t\n\"“«—–-"):
            return org
        return None

    def _among_analysts(self, f: Found) -> bool:
        """An analyst's title, singular or plural ("analysts", "gli analisti"), from two sentences before the name
        to the one after it."""
        last = len(self.a.sentences) - 1
        lo = self._sentence_span(max(0, f.sentence - 2))[0]
        hi = self._sentence_span(min(last, f.sentence + 1))[1]
        return bool(_analyst_words(self.a.language).search(self.folded, lo, hi))

    def _led_by(self) -> None:
        """ "Il gruppo ... è guidato da X", "the house, led by X since 2019": X leads the organisation the clause
        is about, unless this sentence already gives X a present title."""
        for f in self.found:
            if not f.full or (f.span and f.span.org_covered):
                continue
            s_start, _ = self._sentence_span(f.sentence)
            m = self.lex.led_by_re.search(self.folded, max(s_start, f.start - 60), f.start)
            if not m:
                continue
            if any(r.current and r.evidence.sentence == f.sentence for r, _ in f.roles):
                continue  # "led by X, head of retail for China": the title says what X is
            # "l'azienda è presieduta dalla figlia X": with no organisation named before, the family's house
            org = (None if self._orgs_between(s_start, m.start()) else self._house_named_after(f)) \
                or self._org_before(m.start(), f.sentence)
            if org is None:
                continue
            role = self.lex.led_by[" ".join(m.group(1).split())]
            f.cue = f.cue or "people.led_by"
            evidence = Evidence(f.sentence, m.start(), f.end, "people.led_by")
            f.roles.append((Role(self.text[m.start():m.end()].strip(), role, org, evidence, None, True),
                            "people.led_by"))

    def _board_seats(self) -> None:
        """ "X sits on the board", "X, qui siège au conseil de Y", "X siede nel cda": a seat on a board (role
        "other", scope "board") at the organisation named in or right after the phrase, else the article's."""
        if not any(noun in self.folded for noun in self.lex.board_nouns):
            return
        for m in self.lex.board_re.finditer(self.folded):
            sent = self._sentence(m.start())
            s_start, s_end = self._sentence_span(sent)
            named = [f for f in self._names_between(s_start, m.start()) if f.full]
            gap = self.folded[named[-1].end:m.start()] if named else ""
            # "X sits on the board", "X, finora direttore commerciale, entra nel cda", "X, a partner at A who joins"
            if not named or not (_RIGHT_BEFORE.fullmatch(gap) or _APPOSED.fullmatch(gap)
                                 or (gap.startswith(",") and len(gap) <= 80 and self.lex.relative_end_re.search(gap))):
                continue
            person = named[-1]
            inside = self._orgs_between(m.start(), m.end())
            after = [o for o in self._orgs_between(m.end(), min(s_end, m.end() + 30))
                     if self.lex.connector_re.match(self.folded[m.end():o.start])]
            org = (inside or after)[0].entry.name if inside or after else self._main_subject(None)
            evidence = Evidence(sent, person.start, m.end(), "people.board")
            person.cue = person.cue or "people.board"
            role = "director" if self.lex.board_join_re.search(m.group(0)) else "other"  # joining: a director
            person.roles.append((Role(self.text[m.start():m.end()], role, org, evidence, "board", True),
                                 "people.board"))

    def _byline(self) -> None:
        """The byline's author ("By Jane Doe, retail editor") is a journalist at the page's publication,
        whatever the title after the name, which only says which kind of journalist."""
        byline = self.a.byline or self._byline_line()
        start = self.text.find(byline) if byline else -1
        if start < 0:
            return
        named = [f for f in self._names_between(start, start + len(byline)) if f.full]
        if not named:
            return
        author = named[0]
        author.cue = author.cue or "people.byline"
        publication = publication_name(self.a)
        end = start + len(byline)
        publication = publication or self._byline_publication(author.end, end)
        # the byline is all the article says of its author: a bare title further on is someone else's
        roles = [(r, rule) for r, rule in author.roles
                 if r.role != "journalist" and start <= r.evidence.start and r.evidence.end <= end]
        old = next((r for r, _ in author.roles if r.role == "journalist"), None)
        title = old.title if old else ""
        scope = old.scope if old else None
        evidence = Evidence(author.sentence, start, end, "people.byline")
        author.roles = [(Role(title, "journalist", publication, evidence, scope, True), "people.byline"), *roles]

    def _byline_publication(self, name_end: int, end: int) -> str | None:
        """ "By Jane Doe, Harbour Trade Weekly": capitalised words after the author's name, which are no title,
        region or desk ("Jewellery Desk"), name the publication the page did not mark."""
        m = _BYLINE_TAIL.match(self.text, name_end, end)
        if not m or any(s < m.end(1) and e > m.start(1) for s, e in self.titles):
            return None
        name = m.group(1).strip()
        words = fold_keep_length(name).split()
        if self._is_region(name) or any(w in self.lex.byline_units for w in words) \
                or (lookup(name) is None and any(w in self.lex.cue_words for w in words)):
            return None
        return name

    def _byline_line(self) -> str | None:
        """A short line of the page's head opening with "By", "Par", "Di" and a full name: the byline the page
        did not mark ("By Jonas Keller, Jewellery Desk")."""
        pos = 0
        for line in self.text.split("\n", _HEAD_LINES)[:_HEAD_LINES]:
            m = self.lex.byline_re.match(self.folded[pos:pos + len(line)]) if len(line) <= _BYLINE_CHARS else None
            named = self._names_between(pos + m.end(), pos + len(line)) if m else []
            if named and named[0].full and named[0].start == pos + m.end():
                return line
            pos += len(line) + 1
        return None

    def _title_right_before(self, f: Found, s_start: int) -> bool:
        i = bisect.bisect_left(self.title_starts, f.start) - 1
        if i < 0:
            return False
        s, e = self.titles[i]
        return s_start <= s and e <= f.start and bool(re.fullmatch(r"\s+", self.text[e:f.start]))

    def _labels(self) -> None:
        """Interview speaker labels at the start of a line: "AB:", "Rossi:", "Anna Rossi:"."""
        self.labels: list[Found] = []
        self.line_label: dict[int, Found] = {}
        for m in _label_matches(self.text):
            label = m.group(1).strip()
            q = _QUESTION.match(fold_keep_length(label))
            if q and q.group("w") in self.lex.question_labels:
                continue
            if lookup(label) or org_shaped(label.split(), self.lex):
                continue  # a headline's kicker ("Maisons Quvel : ..."), no speaker
            found = Found(m.start(1), m.start(1) + len(label), label, self._sentence(m.start(1)),
                           len(label.split()) >= 2, cue="people.label", label=True)
            self.labels.append(found)
        counts = Counter(f.text for f in self.labels)
        # a kicker before a headline ("Champagne : A accélère ...") is one word once, no speaker's name
        self.labels = [f for f in self.labels if f.full or counts[f.text] > 1 or f.text in self.surnames
                       or _INITIALS.fullmatch(f.text)]
        for found in self.labels:
            self.line_label[self.text.rfind("\n", 0, found.start) + 1] = found


def _label_matches(text: str) -> Iterator[re.Match[str]]:
    """`_LABEL.finditer(text)`, tried only at the starts of the lines that hold a colon (a label needs one, and its
    match never leaves its line): the same matches, without trying the pattern at every line of the article."""
    at = text.find(":")
    while at >= 0:
        m = _LABEL.match(text, text.rfind("\n", 0, at) + 1)
        if m:
            yield m
        end = text.find("\n", at)
        if end < 0:
            return
        at = text.find(":", end)
