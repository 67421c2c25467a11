"""People and their roles, found from the text's own cues.

A capitalised name becomes a person when something in the text says it is one:
a title next to it (apposition after, title or organisation + title before, a
copula "X is general manager of ..."), a speech verb, an honorific, an interview
header or speaker label, or a founding verb ("fondata da X"). Titles are parsed
with the language's role lexicon; the organisation comes from the title's tail
("of/de/di/chez ORG"), from an organisation written just before the title
("Kering chairman", "Gucci's president"), or, for anaphors ("the group's",
"son PDG", "la società guidata da"), from the sentence, paragraph or article
subject; the anaphor's noun picks the kind ("du groupe" a group, "the house" a
brand), and a bare title with no organisation near it belongs to the paragraph's
topic or the article's main subject. A region after a title ("for Southeast
Asia") is its scope, never an organisation. Past positions come from markers
("former", "ex", "allora", "after six years as") and from earlier employers
("joined last year from B", "arrivée de chez B"), which give an untitled role.
Mentions of one person in an article (surname alone, first name, speaker
initials) merge into one Person.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from luxcli.extract.orgs import Mention, lookup
from luxcli.extract.people_lexicon import PeopleLexicon, canonical_role, people_lexicon
from luxcli.extract.people_names import NameSpan, SpanIndex, find_names, find_single_words, tokens
from luxcli.model import Article, Evidence, Person, Role
from luxcli.text import fold, fold_keep_length

# Most senior first: a combined title ("chairman and CEO") takes the first of its roles here.
SENIORITY = ("ceo", "chairman", "president", "managing_director", "general_manager", "vice_president", "officer",
             "creative_director", "marketing_director", "director", "head", "manager", "consultant", "analyst",
             "journalist", "designer", "artist", "ambassador", "assistant", "other", "founder")
# Roles that belong to an organisation even when the sentence only implies it.
CORPORATE = frozenset(SENIORITY) - {"journalist", "artist", "analyst", "consultant", "designer", "ambassador",
                                    "other"}
_STOP = re.compile(r"[,;:()\"“”«»—–]|\s-\s")
_LABEL = re.compile(r"^[ \t]*([^\n:]{1,40}?)[ \t]*:[ \t]+\S", re.MULTILINE)
_INITIALS = re.compile(r"^[A-ZÀ-Þ]{1,3}$")
_QUESTION = re.compile(r"^(?P<w>[^\W\d_]+)\s*\d*$")
# An organisation with at most this many words before it in its sentence is what the sentence is about.
_TOPIC_WORDS = 3


@dataclass
class _Found:
    """What is known of one name occurrence (a full name or a single word)."""

    start: int
    end: int
    text: str
    sentence: int
    full: bool
    span: NameSpan | None = None
    cue: str | None = None  # rule that makes it a person
    interviewee: bool = False
    label: bool = False  # an interview speaker label ("AB:")
    org_like: bool = False  # a capitalised pair read as an organisation ("analyst at Verity Research")
    roles: list[tuple[Role, str]] = field(default_factory=list)  # role, rule


@dataclass
class _Title:
    start: int
    end: int
    titles: list[tuple[int, int]]  # the title phrases of a combined title


def extract_people(article: Article, mentions: list[Mention]) -> list[Person]:
    if not article.text.strip():
        return []
    return _Extractor(article, mentions).run()


class _Extractor:
    def __init__(self, article: Article, mentions: list[Mention]) -> None:
        self.a = article
        self.text = article.text
        self.folded = fold_keep_length(article.text)
        self.lex: PeopleLexicon = people_lexicon(article.language)
        self.starts = [s.start for s in article.sentences]
        org_spans = SpanIndex([(m.start, m.end) for m in mentions])
        titles = [(m.start(), m.end()) for m in self.lex.title_re.finditer(self.folded)
                  if not org_spans.overlaps(m.start(), m.end())]
        words = tokens(self.text, self.lex)
        self.names = find_names(self.text, words, self.lex, SpanIndex(titles), org_spans)
        name_spans = SpanIndex([(n.start, n.end) for n in self.names])
        person_spans = SpanIndex([(n.start, n.end) for n in self.names if not n.org_covered])
        # an organisation inside a person's name ("Anna Gucci", the person) is not an organisation there
        self.mentions = sorted((m for m in mentions if not person_spans.inside(m.start, m.end)),
                               key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.titles = [t for t in titles if not name_spans.overlaps(t[0], t[0] + 1)]
        self.title_starts = [s for s, _ in self.titles]
        parts = {w for n in self.names if not n.org_covered for w in (n.words[0], n.words[-1])}
        singles = find_single_words(words, parts, name_spans, org_spans)
        self.found: list[_Found] = [_Found(n.start, n.end, n.text, self._sentence(n.start), True, n)
                                    for n in self.names]
        self.found += [_Found(s, e, w, self._sentence(s), False) for s, e, w in singles]
        self.found.sort(key=lambda f: f.start)
        self.found_starts = [f.start for f in self.found]
        self.last: tuple[int, list[_Found]] | None = None  # the previous title's tail end and its people
        self.main_subjects: dict[str | None, str | None] = {}  # kind -> the article's main organisation
        self.described = self._described_as()

    def _described_as(self) -> dict[str, str]:
        """Kind nouns the article says of one organisation ("A, young label from Lyon", "the label A"): a later
        "the label" stands for it. A noun said of two organisations stands for neither."""
        nouns = self.lex.brand_words | self.lex.group_words
        said: dict[str, set[str]] = {}
        for m in self.mentions:
            after = re.match(r",\s+([^,.;:()]{0,40})", self.folded[m.end:m.end + 45])
            words = re.findall(r"[^\W\d_]+", after.group(1))[:4] if after else []
            words += re.findall(r"[^\W\d_]+", self.folded[max(0, m.start - 25):m.start])[-2:]
            for noun in {w for w in words if w in nouns}:
                said.setdefault(noun, set()).add(m.entry.name)
        return {noun: names.pop() for noun, names in said.items() if len(names) == 1}

    def _described_in(self, start: int, end: int) -> str | None:
        """The organisation a kind noun of this stretch stands for ("Behind the label, ...")."""
        for word in re.findall(r"[^\W\d_]+", self.folded[start:end]):
            if word in self.described:
                return self.described[word]
        return None

    # ---- locating -------------------------------------------------------------------------------------------
    def _sentence(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def _sentence_span(self, index: int) -> tuple[int, int]:
        if not self.a.sentences:
            return 0, len(self.text)
        s = self.a.sentences[index]
        return s.start, s.end

    def _names_between(self, start: int, end: int) -> list[_Found]:
        i = bisect.bisect_left(self.found_starts, start)
        out = []
        while i < len(self.found) and self.found[i].start < end:
            if self.found[i].end <= end and not self.found[i].org_like:
                out.append(self.found[i])
            i += 1
        return out

    def _orgs_between(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.mention_starts, start)
        j = bisect.bisect_left(self.mention_starts, end)
        return [m for m in self.mentions[i:j] if m.end <= end]

    # ---- the passes -----------------------------------------------------------------------------------------
    def run(self) -> list[Person]:
        self._labels()
        for group in self._title_groups():
            self._attach_title(group)
        self._founders()
        self._came_from()
        self._cues()
        return self._merge()

    def _title_groups(self) -> list[_Title]:
        """Adjacent titles joined by commas or "and" form one combined title."""
        groups: list[_Title] = []
        for s, e in self.titles:
            if groups and self._sentence(groups[-1].end) == self._sentence(s):
                gap = self.folded[groups[-1].end:s]
                # "consultante associée": two title words side by side are one title
                if re.fullmatch(r"\s*,\s*| ", gap) or self.lex.joiner_re.fullmatch(gap.rstrip() + " "):
                    groups[-1].end = e
                    groups[-1].titles.append((s, e))
                    continue
            groups.append(_Title(s, e, [(s, e)]))
        return groups

    def _attach_title(self, g: _Title) -> None:
        lex = self.lex
        sent = self._sentence(g.start)
        s_start, s_end = self._sentence_span(sent)
        # a title ending with its connector ("head of", "chef de") opens its unit directly
        opened = bool(lex.connector_re.fullmatch(self.folded[g.start:g.end].rsplit(None, 1)[-1] + " "))
        tail_end, orgs, scope, anaphor = self._tail(g.end, s_end, opened)
        # an organisation written just before the title: "Kering chairman", "Gucci's president"
        left = g.start
        before_org = next((m for m in reversed(self._orgs_between(s_start, g.start))
                           if re.fullmatch(r"(?:['’]s)?\s+", self.text[m.end:g.start])), None)
        if before_org:
            left = before_org.start
            if not orgs:
                orgs = [before_org.entry.name]
        folded_before = self.folded[max(s_start, g.start - 40):left]
        m = re.search(rf"(?:{lex.anaphor_re.pattern})(?:['’]s)?\s+$", folded_before)
        if m:
            anaphor, left = m.group(0), left - (len(folded_before) - m.start())
        art = lex.article_end_re.search(self.folded[s_start:left])
        if art:
            left = s_start + art.start()
        people, rule = self._person_for(g, left, tail_end, s_start, s_end)
        if self.last and s_start <= self.last[0] <= left and (not people or rule not in ("apposition", "copula")):
            chained = self.folded[self.last[0]:left]
            if (len(chained) <= 40 and not re.search(r"[.;:]", chained) and not self._names_between(self.last[0], left)
                    and (lex.joiner_word_re.search(chained + " ") or lex.present_re.search(chained)
                         or lex.past_before_re.search(chained)  # "founder of A, former designer at B"
                         or (chained.lstrip().startswith(",")  # "ex-buyer at B, named president"
                             and bool(lex.copula_end_re.search(" " + chained))))):
                people, rule = self.last[1], "chain"
        if not people and lex.pronoun_re.search(self.folded[s_start:left]):
            people, rule = self._recent_subject(s_start), "pronoun"
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
        if people and rule != "before" and lex.kin_re.search(self.folded[max(s_start, g.start - 50):g.start]):
            return  # "X, the granddaughter of its founder": the title is a relative's
        if not people:
            return
        self.last = (tail_end, people)
        # an unknown organisation right before: "Riviera Evening Post reporter Lin Mei"
        if not orgs and rule == "before" and not before_org:
            prev = [f for f in self._names_between(s_start, g.start)
                    if f.full and self.text[f.end:g.start].strip(" ‘’'") == ""]
            if prev:
                orgs = [prev[-1].text]
                prev[-1].cue = None
        floor = max(s_start, self._prev_name_end(left, s_start))
        past = self._past_before(self.folded[max(floor, left - 30):g.start]) \
            or bool(lex.past_patterns_re.search(self.folded[max(floor, left - 45):g.start])) \
            or any(p.search(self.folded[g.end:min(s_end, tail_end + 30)]) for p in lex.past_after_re)
        roles = self._roles(g, orgs, scope, past, anaphor, people, sent)
        if opened and scope:  # "head of" + its unit is the title as written
            roles = [Role(f"{r.title} {scope}", r.role, r.org, r.evidence, r.scope, r.current) for r in roles]
        region = self._region_in(g.end, self._unit_end(g.end, max(tail_end, g.end), s_end))
        if region:  # "head of sales for the Gulf", "direttore vendite per il Giappone": the region
            roles = [Role(r.title, r.role, r.org, r.evidence, region, r.current) for r in roles]
        for person in people:
            person.cue = person.cue or f"people.{rule}"
            for role in roles:
                org = role.org
                if org is None and (self.eponymous(sent) or (person.span and person.span.org_covered)):
                    org = lookup(person.text).name if lookup(person.text) else person.text
                elif role.evidence.rule == "people.anaphor" and person.full:
                    org = self._house_named_after(person) or org
                person.roles.append((Role(role.title, role.role, org, role.evidence, role.scope, role.current),
                                     f"people.{rule}"))

    def _house_named_after(self, person: _Found) -> str | None:
        """The article's organisation bearing the person's surname ("Casa Ferlan" for Aldo Ferlan): where the
        text gives no organisation, a family member's title is at the family house, not the article's topic."""
        surname = person.text.split()[-1]
        houses = {m.entry.name for m in self.mentions
                  if m.entry.name != person.text and surname in m.entry.name.split()}
        return houses.pop() if len(houses) == 1 else None

    def _recent_subject(self, pos: int, reach: int = 2) -> list[_Found]:
        """The person the last sentences are about: the first person named in one of the `reach` before `pos`."""
        sent = self._sentence(pos)
        for back in range(1, reach + 1):
            if sent - back < 0:
                break
            lo, hi = self._sentence_span(sent - back)
            named = [f for f in self._names_between(lo, hi) if f.full and not f.span.org_covered]
            if named:
                return [named[0]]
        return []

    def _past_before(self, window: str) -> bool:
        """A past marker before a title, unless a present one follows it ("ex-CEO of A, now president")."""
        past = [m.end() for m in self.lex.past_before_re.finditer(window)]
        present = [m.end() for m in self.lex.present_re.finditer(window)]
        return bool(past) and (not present or past[-1] > present[-1])

    def _opens_with_past_title(self, s_start: int, title_start: int) -> bool:
        """Only an article and a past marker before the title: "The former CEO of A ...", "L'ex PDG de A ..."."""
        lex = self.lex
        pre = self.folded[s_start:title_start]
        if not lex.past_before_re.search(pre):
            return False
        bare = lex.past_before_re.sub(" ", pre).strip(" \t\n\"“”«»(—–-")
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

    def _prev_name_end(self, pos: int, floor: int) -> int:
        names = self._names_between(floor, pos)
        return names[-1].end if names else floor

    def eponymous(self, sent: int) -> bool:
        s, e = self._sentence_span(sent)
        return bool(self.lex.eponymous_re.search(self.folded[s:e]))

    def _person_for(self, g: _Title, left: int, tail_end: int, s_start: int,
                    s_end: int) -> tuple[list[_Found], str]:
        lex = self.lex
        before = self._names_between(s_start, left)
        if before:
            prev = before[-1]
            gap = self.folded[prev.end:left]
            if _is_apposition(gap, lex) and not (prev.span and prev.span.org_covered):
                return [prev], "apposition"
            # a headline drops the comma: "A names Jane Doe new chief executive"
            if gap == " " and prev.full and self._sentence(prev.start) == 0 \
                    and not (prev.span and prev.span.org_covered):
                return [prev], "apposition"
            bare = lex.past_before_re.sub(" ", gap)
            if (lex.copula_re.fullmatch(re.sub(r"\s+", " ", bare).rstrip() + " ")
                    or lex.copula_re.fullmatch(bare)) and not (prev.span and prev.span.org_covered):
                return [prev], "copula"
            if len(gap) <= 80 and gap.lstrip().startswith(",") and lex.copula_end_re.search(gap) \
                    and not (prev.span and prev.span.org_covered):
                return [prev], "copula"
            # the sentence's subject, then a coordinated appointment: "X joined A in 2003, and in 2010 was named"
            # (an organisation named on the way is no other subject: "X worked at A and was before")
            persons = [f for f in before if not (f.span and f.span.org_covered)]
            if persons and persons[0] is before[0]:
                prev = persons[0]
                gap = self.folded[prev.end:left]
            if prev is before[0] and len(gap) <= 100 and not re.search(r"[.;:]", gap) \
                    and lex.copula_end_re.search(gap + " ") and not lex.speech_re.search(gap) \
                    and not (prev.span and prev.span.org_covered) and len(persons) == 1:
                return [prev], "subject"
        after = self._names_between(tail_end, s_end)
        if after and self._title_precedes_name(self.folded[tail_end:after[0].start]):
            people = [after[0]]
            for nxt in after[1:]:
                if lex.joiner_re.fullmatch(self.folded[people[-1].end:nxt.start] + " "):
                    people.append(nxt)
                else:
                    break
            return people, "before"
        return [], ""

    def _title_precedes_name(self, gap: str) -> bool:
        """Nothing but commas, adjectives of the person ("pittore spagnolo") or a copula ("... è il cantante")."""
        gap = self.lex.since_re.sub(" ", gap)  # "at the helm of A since 2019, X"
        words = [w for w in re.split(r"[\s,]+", gap) if w]
        if all(w in self.lex.descriptors for w in words):
            return True
        # one adjective of origin after the title ("l'artista torinese X"), not a verb or cue word
        if len(words) == 1 and words[0].isalpha() and words[0] not in self.lex.cue_words \
                and words[0].endswith(self.lex.descriptor_suffixes) and len(words[0]) > 5:
            return True
        bare = self.lex.title_re.sub(" ", gap)
        bare = self.lex.scope_re.sub(" ", bare)
        return len(bare) <= 30 and bool(self.lex.reverse_copula_re.fullmatch(bare))

    def _tail(self, pos: int, s_end: int, opened: bool = False) -> tuple[int, list[str], str | None, str]:
        """Read "of/at/de/di ORG [in REGION]" after a title: (end, orgs, scope, anaphor written)."""
        lex = self.lex
        stop = _STOP.search(self.text, pos, s_end)
        end = min(stop.start() if stop else s_end, pos + 100)
        self._org_after_connector(pos, end)
        # a person named next ends the tail, unless the name is a unit after "ORG's" ("Gucci's Global Retail")
        nxt = [f for f in self._names_between(pos, end) if not (f.span and f.span.org_covered)
               and not any(m.end <= f.start and re.fullmatch(r"['’]s\s+(?:[^\W\d_]+\s+){0,3}", self.text[m.end:f.start])
                           for m in self._orgs_between(max(0, f.start - 60), f.start))]
        if nxt:
            end = nxt[0].start
        tail = self.text[pos:end]
        ftail = self.folded[pos:end]
        orgs: list[str] = []
        scope: str | None = None
        found_anaphor = lex.anaphor_re.search(ftail[:40])
        anaphor = found_anaphor.group(0) if found_anaphor else ""
        mentions = self._orgs_between(pos, end)
        if mentions and self._unknown_org_first(ftail, tail, mentions[0].start - pos):
            mentions = []  # "consultant at Quillon Lab and former director of A": the workplace is the unknown name
        if mentions:
            first = mentions[0]
            # a region inside the unit ("commercial director for Europe at A") does not part title and org
            lead = self._without_region(pos, first.start)
            # "head of" + unit + "at ORG", or a short unit written right after the title ("direttore retail di A")
            unit_then_org = (opened and len(lead) <= 60 and (not lead.strip() or lex.connector_end_re.search(lead))) \
                or (len(lead.split()) <= 2 and not re.search(r"[\d.;:]", lead) and lex.connector_end_re.search(lead))
            if not (lex.connector_re.match(lead) or unit_then_org):
                return pos, [], None, anaphor
            scope = _clean_scope(self.text[pos:first.start], lex)
            if scope and fold_keep_length(scope) in lex.group_words | lex.brand_words:
                scope = None  # "of the group Arno": the noun belongs to the name, not a unit
            name = first.entry.name
            rest_end = first.end
            for m in mentions[1:]:
                if lex.joiner_re.fullmatch(self.folded[rest_end:m.start]):
                    orgs.append(m.entry.name)
                    rest_end = m.end
                else:
                    break
            rest = self.text[rest_end:end]
            extra, extra_scope, rest_end = self._after_org(self.text[first.start:first.end], rest, rest_end)
            if extra:
                name = extra
            orgs.insert(0, name)
            scope = extra_scope or scope
            region = lex.scope_re.match(self.folded[rest_end:end])
            if region:
                at = rest_end + region.end()
                art = lex.article_re.match(self.folded[at:end])  # "pour l'Europe"
                run = self.lex.cap_run_re.match(self.text, at + (art.end() if art else 0))
                if run and run.end() <= end:
                    scope_end = run.end()
                    # "l'Europe de l'Ouest": a region's qualifier joined by a connector
                    more = lex.connector_re.match(self.folded[scope_end:end])
                    art = more and lex.article_re.match(self.folded[scope_end + more.end():end])
                    tail_run = more and self.lex.cap_run_re.match(
                        self.text, scope_end + more.end() + (art.end() if art else 0))
                    if tail_run and tail_run.end() <= end:
                        scope_end = tail_run.end()
                    scope = self.text[run.start():scope_end].rstrip(".")
                    rest_end = scope_end
            return rest_end, orgs, scope, anaphor
        conn = lex.connector_re.match(ftail)
        if conn or opened:
            after = ftail[conn.end():] if conn else ftail.lstrip()
            art = lex.article_re.match(after)
            offset = (conn.end() if conn else len(ftail) - len(after)) + (art.end() if art else 0)
            run = self.lex.cap_run_re.match(tail, offset)
            head = re.match(r"\s+([^\W\d_]+)", tail[run.end():]) if run else None
            phrase = f"{art.group(0).strip()} {fold_keep_length(head.group(1))}" if art and head else ""
            if phrase and lex.anaphor_re.fullmatch(phrase):
                return pos + run.end() + head.end(), [], None, phrase  # "of the Roman company"
            if run and self._is_region(run.group(0)):
                return pos + run.end(), [], run.group(0).rstrip("."), anaphor  # "general manager for Southeast Asia"
            if run and not (len(run.group(0).split()) == 1 and run.group(0) in lex.not_names):
                return pos + run.end(), [self._org_name(run.group(0).rstrip("."))], None, anaphor
            if anaphor and (lex.anaphor_re.match(ftail.lstrip()) or lex.anaphor_re.match(after)):
                return end, orgs, None, anaphor  # "ambassador of the house": no unit
            words = re.match(r"\s*((?:[^\W\d_][\w'’\-]*\s*){1,5})", tail[offset:] if opened else tail)
            scope = _clean_scope(words.group(1), lex) if words else None
            return end, orgs, scope, anaphor
        return pos, orgs, scope, anaphor

    def _unknown_org_first(self, ftail: str, tail: str, known_at: int) -> bool:
        """A capitalised name right after the title's connector, before the first known organisation."""
        conn = self.lex.connector_re.match(ftail)
        if not conn:
            return False
        art = self.lex.article_re.match(ftail[conn.end():])
        offset = conn.end() + (art.end() if art else 0)
        run = self.lex.cap_run_re.match(tail, offset)
        if not run or offset + len(run.group(0).rstrip(".")) > known_at or self._is_region(run.group(0)):
            return False
        words = run.group(0).rstrip(".").split()
        after = ftail[offset + len(run.group(0)):]
        # the name ends its phrase ("at Quillon Lab and ..."), unlike a unit's first word ("the B2C retail team")
        ends = not after.strip() or re.match(r"\s*[,;.:)]", after) \
            or self.lex.joiner_re.fullmatch(f" {after.split()[0]} ")
        return bool(ends) and not (len(words) == 1 and words[0] in self.lex.not_names)

    def _unit_end(self, title_end: int, tail_end: int, s_end: int) -> int:
        """Where the words qualifying a title stop: its tail, or a few words, a comma or a name after it."""
        end = min(s_end, title_end + 40)
        stop = _STOP.search(self.text, title_end, end)
        names = self._names_between(title_end, end)
        return max(tail_end, min([end, *([stop.start()] if stop else []), *[n.start for n in names[:1]]]))

    def _region_in(self, start: int, end: int) -> str | None:
        """A region named in a title's unit ("head of sales for the Gulf") is its scope."""
        for m in self.lex.region_at_re.finditer(self.folded, start, end):
            run = self.lex.cap_run_re.match(self.text, m.end())
            name = re.split(r"\.\s", run.group(0))[0].rstrip(".") if run else ""  # not into the next sentence
            if name and m.end() + len(name) <= end and self._is_region(name):
                return name
        return None

    def _without_region(self, start: int, end: int) -> str:
        """The folded text between `start` and `end` with a region phrase ("for Europe", "pour l'Asie") removed."""
        folded = self.folded[start:end]
        for m in self.lex.region_at_re.finditer(self.folded, start, end):
            run = self.lex.cap_run_re.match(self.text, m.end())
            name = run.group(0).rstrip(".") if run else ""
            if name and m.end() + len(name) <= end and self._is_region(name):
                return folded[:m.start() - start] + " " + folded[m.end() + len(name) - start:]
        return folded

    def _is_region(self, run: str) -> bool:
        return fold_keep_length(re.split(r"[\s\-]+", run.rstrip("."))[-1]) in self.lex.region_words

    def _org_after_connector(self, pos: int, end: int) -> None:
        """A capitalised pair right after "at/chez/presso" names a workplace, not a person ("at Quillon Research")."""
        for f in self._names_between(pos, end):
            if f.full and not (f.cue or f.roles) and self.lex.workplace_re.match(self.folded[pos:f.start]):
                f.org_like = True
            break

    def _after_org(self, surface: str, rest: str, offset: int) -> tuple[str | None, str | None, int]:
        """Words after an organisation: a fuller company name, a unit or a region."""
        lex = self.lex
        if surface.endswith(".") and re.match(r"\s+[A-ZÀ-Þ]", rest):
            return None, None, offset  # "Acme & Co." ends the sentence: the next word is not a unit
        poss = re.match(r"['’]s\s+", rest)
        if poss:
            run = self.lex.cap_run_re.match(rest, poss.end())
            if run:
                return None, run.group(0).rstrip("."), offset + run.end()
            return None, None, offset
        run = re.match(r"\s+(" + self.lex.cap_run_re.pattern + ")", rest)
        if not run:
            return None, None, offset
        words = run.group(1).rstrip(".").split()
        for i in range(len(words) - 1, -1, -1):
            if words[i] in lex.org_suffixes:
                remainder = " ".join(words[i + 1:]) or None
                return f"{surface} {' '.join(words[:i + 1])}", remainder, offset + run.end()
        if all(w in lex.org_designators for w in words):
            return None, None, offset + run.end()
        return None, run.group(1).rstrip("."), offset + run.end()

    def _org_name(self, written: str) -> str:
        entry = lookup(written)
        if entry:
            return entry.name
        # a short form of an organisation the article names in full ("la Camera")
        key = fold(written)
        for m in self.mentions:
            if fold(m.entry.name).startswith(key + " "):
                return m.entry.name
        return written

    def _roles(self, g: _Title, orgs: list[str], scope: str | None, past: bool, anaphor: str,
               people: list[_Found], sent: int) -> list[Role]:
        titles = [(s, e, canonical_role(self.lex, self.text[s:e], scope)) for s, e in g.titles]
        founders = [t for t in titles if t[2] == "founder"]
        others = [t for t in titles if t[2] != "founder"]
        picked: list[tuple[str, str]] = []
        if others:
            role = min((t[2] for t in others), key=SENIORITY.index)
            picked.append((self.text[others[0][0]:others[-1][1]], role))
        picked += [(self.text[s:e], r) for s, e, r in founders[:1]]
        rule = "people.title"
        inside = self.lex.anaphor_re.search(self.folded[g.start:g.end])
        anaphor = anaphor or (inside.group(0) if inside else "")
        in_house = any(" ".join(fold_keep_length(t).split()) in self.lex.house_titles for t, _ in picked)
        if not orgs and (anaphor or in_house or any(r in CORPORATE for _, r in picked)):
            s_start = self._sentence_span(sent)[0]
            here = [p.start for p in people if p.start >= s_start and not p.label]
            subject = self._subject_org(min([g.start, *here]), sent, anaphor)
            orgs = [subject] if subject else []
            rule = "people.anaphor"
        ev = Evidence(sent, min([g.start] + [p.start for p in people]), max([g.end] + [p.end for p in people]), rule)
        return [Role(title, role, org, ev, scope, not past) for title, role in picked for org in (orgs or [None])]

    def _subject_org(self, pos: int, sent: int, anaphor: str = "", strict: bool = False) -> str | None:
        """The organisation a title implies: the sentence's, the paragraph's, else the article's main subject.

        An anaphor's noun prefers a kind ("du groupe" a group, "the house" a brand) and may reach back to any
        organisation of its paragraph. A bare title takes only the paragraph's topic (an organisation opening
        a sentence), not a rival named in passing.
        """
        kind = self._anaphor_kind(anaphor)
        s_start, _ = self._sentence_span(sent)
        para = self.text.rfind("\n", 0, pos) + 1
        if anaphor:
            # "the house" is always a brand; "the group" may also be a brand's own company
            for i, want in enumerate((kind, None) if kind == "group" else (kind,)):
                for lo in (self._clause_start(s_start, pos), s_start, para):
                    described = self._described_in(s_start, pos) if lo == para and not i else None
                    if described:  # the organisation a kind noun of the sentence described ("Behind the label")
                        return described
                    found = [m for m in self._orgs_between(lo, pos) if want is None or m.entry.kind == want]
                    if found:
                        return found[0].entry.name
                if want is not None and set(re.findall(r"[^\W\d_]+", anaphor)) & self.lex.firm_words:
                    # "the firm's head of research": a firm is never a brand; the article's firm named before
                    # rather than a brand the paragraph mentions
                    main = self._main_subject(want)
                    if main and any(m.entry.name == main and m.start < pos for m in self.mentions):
                        return main
        else:
            found = self._orgs_between(self._clause_start(s_start, pos), pos)
            if found:
                return found[0].entry.name
            topic = self._paragraph_topic(para, pos)
            if topic:
                return topic
        return self._main_subject(kind) or (None if strict else self._main_subject(None))

    def _clause_start(self, s_start: int, pos: int) -> int:
        """Where the clause holding `pos` starts: after the last contrastive joiner ("while", "mentre") if any."""
        ends = [m.end() for m in self.lex.clause_break_re.finditer(self.folded, s_start, pos)]
        return ends[-1] if ends else s_start

    def _paragraph_topic(self, start: int, end: int, kind: str | None = None) -> str | None:
        """The organisation a paragraph is about: one opening one of its sentences ("Chez A, ...", "A said")."""
        for m in self._orgs_between(start, end):
            if (kind is None or m.entry.kind == kind) \
                    and len(self.text[self._sentence_span(m.sentence)[0]:m.start].split()) <= _TOPIC_WORDS:
                return m.entry.name
        return None

    def _previous_paragraph(self, para: int) -> int:
        """Where the non-empty paragraph before the one starting at `para` starts."""
        end = para - 1
        while end > 0 and not self.text[self.text.rfind("\n", 0, end) + 1:end].strip():
            end = self.text.rfind("\n", 0, end)
        return self.text.rfind("\n", 0, max(end, 0)) + 1

    def _anaphor_kind(self, anaphor: str) -> str | None:
        words = set(re.findall(r"[^\W\d_]+", anaphor))
        if words & (self.lex.group_words | self.lex.firm_words):
            return "group"
        if words & self.lex.brand_words:
            return "brand"
        return None

    def _main_subject(self, kind: str | None) -> str | None:
        """The organisation the article is about: the most named one (of `kind`), a headline mention counting
        once more; ties go to the first named."""
        if kind in self.main_subjects:
            return self.main_subjects[kind]
        mentions = [m for m in self.mentions if kind is None or m.entry.kind == kind]
        counts = Counter(m.entry.name for m in mentions)
        first: dict[str, int] = {}
        for m in mentions:
            first.setdefault(m.entry.name, m.start)
        headline_end = self.a.sentences[0].end if self.a.sentences else 0
        best = max(counts, key=lambda n: (counts[n] + (first[n] < headline_end), -first[n])) if counts else None
        if kind is None and best is not None:
            best = self._owner_speaking(best, mentions) or best
        self.main_subjects[kind] = best
        return best

    def _owner_speaking(self, brand: str, mentions: list[Mention]) -> str | None:
        """The group that owns the article's main brand, when the article speaks of "the group" ("group sales"):
        its executives then speak for the owner. The owner is a company the lexicon does not know, introduced
        before the brand in a sentence naming it ("X Group, the owner of the house B"): a known group beside
        its famous house (LVMH, Louis Vuitton) is context, the house stays the subject."""
        entry = next(m.entry for m in mentions if m.entry.name == brand)
        if entry.kind != "brand":
            return None
        named = [m for m in mentions if m.entry.name == brand]
        owners = [m.entry.name for m in mentions if m.entry.kind == "group" and lookup(m.entry.name) is None
                  and any(b.sentence == m.sentence and m.start < b.start for b in named)]
        if not owners or not self.lex.group_word_re.search(self.folded):
            return None
        return owners[0]

    def _founders(self) -> None:
        lex = self.lex
        last: tuple[_Found, str, str] | None = None  # the last founder named by a passive verb, title, org
        for f in self.found:
            s_start, s_end = self._sentence_span(f.sentence)
            if last and f.full and last[0].sentence == f.sentence and last[0].end < f.start \
                    and lex.joiner_re.fullmatch(self.folded[last[0].end:f.start]):
                self._add_founder(f, last[1], last[2], f.start)  # "founded by A and B": both founded it
                continue
            left = f.start
            if f.span and f.span.honorific:
                left = self.text.rfind(f.span.honorific, s_start, f.start)
                left = left if left >= 0 else f.start
            lo = max(s_start, left - 70)
            # "founded by the jeweller X": a description between "by" and the name is skipped
            before = self.folded[lo:self._description_start(lo, left)]
            for p in lex.founded_by:
                m = p.search(before)
                if m:
                    verb_at = lo + m.start()
                    org = self._org_before(verb_at, f.sentence)
                    if org:
                        title = self.text[verb_at:left].strip()
                        self._add_founder(f, title, org, verb_at)
                        last = (f, title, org)
                    break
            m = lex.founded_active_re.match(self.folded[f.end:s_end])
            if m:
                prev = [o for o in self._orgs_between(max(s_start, f.start - 30), f.start)]
                nxt = [o for o in self._orgs_between(f.end + m.end(), min(s_end, f.end + m.end() + 30))]
                org = prev[-1].entry.name if prev else nxt[0].entry.name if nxt else None
                if org:
                    self._add_founder(f, self.text[f.end:f.end + m.end()].strip(), org, f.start)

    def _description_start(self, lo: int, left: int) -> int:
        """Where a description of the person before `left` starts ("the jeweller ", "l'orafo "), else `left`."""
        lo = max(lo, left - 40)  # three short words at most
        words = [(m.start() + lo, m.group(0)) for m in re.finditer(r"\S+", self.text[lo:left])]
        for n in (1, 2, 3):
            if len(words) < n or not words[-n][1][0].islower():
                break
            start, first = words[-n]
            art = self.lex.article_re.match(fold_keep_length(first) + " ")
            if art and (art.end() < len(first) or n >= 2):  # "l'orafo" or "the jeweller"
                return start
            elided = re.match(r"[^\W\d_]+['’](?=[^\W\d_])", first)
            if elided and n == 1:  # "dall'orafo": the preposition stays, the description goes
                return start + elided.end()
        return left

    def _org_before(self, pos: int, sent: int) -> str | None:
        """The organisation founded: named before the verb in its sentence, the one an anaphor there stands for
        ("the house", "il marchio": the paragraph's last of that kind, else the article's), or the previous
        sentence's last."""
        s_start, s_end = self._sentence_span(sent)
        found = self._orgs_between(s_start, pos)
        if found:
            return found[-1].entry.name
        if not self.folded[s_start:pos].strip(" \t\n\"“”«»"):
            # an opening participle clause: "Founded in 1990 by A, B later sold it" -> the main clause's subject
            after = self._orgs_between(pos, s_end)
            if after:
                return after[0].entry.name
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

    def _add_founder(self, f: _Found, title: str, org: str, start: int) -> None:
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
            person = next((f for f in reversed(named) if not (f.span and f.span.org_covered)), None)
            if person is None:
                person = self._clause_subject(named, s_start, verb_at, m.end, s_end)
                if person is None:
                    continue
            else:
                gap = self.folded[person.end:verb_at]
                if gap.strip() and not gap.lstrip().startswith(","):
                    continue  # "X's inspiration came from B": the verb is not X's
                if len(gap) > 100 or re.search(r"[.;:]", gap) or lex.said_re.search(gap):
                    continue  # "X, who said clients came from B" is not X's career
            person.cue = person.cue or "people.came_from"
            ev = Evidence(m.sentence, min(person.start, verb_at), m.end, "people.came_from")
            title = self.text[verb_at:m.end]
            person.roles.append((Role(title, "other", m.entry.name, ev, None, False), "people.came_from"))

    def _clause_subject(self, named: list[_Found], s_start: int, verb_at: int, after: int,
                        s_end: int) -> _Found | None:
        """Who "came from B" when no name precedes the verb: the name right after an opening participle clause
        ("Arrived from B in 2020, X ..."), else, for a pronoun or a subject-less opening ("she spent ...",
        "Ha trascorso ..."), the person the previous sentence names."""
        if named:
            return None
        opening = not self.folded[s_start:verb_at].strip(" \t\n\"“”«»")
        if opening:
            clause = _STOP.search(self.text, after, s_end)
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
            if f.cue:
                continue
            s_start, s_end = self._sentence_span(f.sentence)
            brand = bool(f.span and f.span.org_covered)
            if f.span and f.span.honorific:
                f.cue = "people.honorific"
                continue
            if brand:
                if self._title_right_before(f, s_start):
                    f.cue = "people.title_before"
                continue
            before = self.folded[s_start:f.start]
            if lex.verbs_after_re.match(self.folded[f.end:s_end]) or lex.verbs_before_re.search(before):
                f.cue = "people.speech"
            elif f.full and lex.interview_re.search(self.folded[max(0, f.start - 80):f.start]):
                f.cue, f.interviewee = "people.interview", True

    def _title_right_before(self, f: _Found, s_start: int) -> bool:
        i = bisect.bisect_left(self.title_starts, f.start) - 1
        if i < 0:
            return False
        s, e = self.titles[i]
        return s_start <= s and e <= f.start and bool(re.fullmatch(r"\s+", self.text[e:f.start]))

    def _labels(self) -> None:
        """Interview speaker labels at the start of a line: "AB:", "Rossi:", "Anna Rossi:"."""
        self.labels: list[_Found] = []
        self.line_label: dict[int, _Found] = {}
        for m in _LABEL.finditer(self.text):
            label = m.group(1).strip()
            q = _QUESTION.match(fold_keep_length(label))
            if q and q.group("w") in self.lex.question_labels:
                continue
            if lookup(label):
                continue
            found = _Found(m.start(1), m.start(1) + len(label), label, self._sentence(m.start(1)),
                           len(label.split()) >= 2, cue="people.label", label=True)
            self.labels.append(found)
            self.line_label[self.text.rfind("\n", 0, m.start(1)) + 1] = found

    # ---- merging --------------------------------------------------------------------------------------------
    def _merge(self) -> list[Person]:
        persons: dict[str, dict] = {}
        order: list[str] = []

        def person(key: str) -> dict:
            return persons[key]

        for f in self.found:
            if not f.full:
                continue
            key = fold(f.text)
            if key not in persons:
                persons[key] = {"name": f.text, "found": [], "aliases": set(), "confirmed": False,
                                "interviewee": False, "first": f}
                order.append(key)
            p = persons[key]
            p["found"].append(f)
            if f.cue:
                p["confirmed"] = True
            if f.span and f.span.honorific:
                p["aliases"].add(f"{f.span.honorific} {f.text}")
            p["interviewee"] = p["interviewee"] or f.interviewee
        for lab in self.labels:
            if lab.full and fold(lab.text) in persons:
                persons[fold(lab.text)]["confirmed"] = True
                persons[fold(lab.text)]["found"].append(lab)
        # single words: surname or first name of a person of the article
        recent_subject: list[tuple[int, str]] = []
        firsts_by_sentence: dict[int, str] = {}
        for f in self.found:
            if f.full:
                firsts_by_sentence.setdefault(f.sentence, fold(f.text))
        for f in self.found:
            if f.full:
                if firsts_by_sentence.get(f.sentence) == fold(f.text):
                    recent_subject.append((f.start, fold(f.text)))
                continue
            key = self._resolve_word(f.text, f.start, persons, order, recent_subject)
            if key is None:
                continue
            p = persons[key]
            p["found"].append(f)
            p["aliases"].add(f.text)
            if f.cue or f.roles:
                p["confirmed"] = True
        for lab in self.labels:
            if lab.full:
                continue
            key = None
            if _INITIALS.match(lab.text):
                key = self._resolve_initials(lab.text, persons, order)
            elif re.fullmatch(r"[^\W\d_][\w’'\-]*", lab.text):
                key = self._resolve_word(lab.text, lab.start, persons, order, recent_subject)
            if key:
                persons[key]["aliases"].add(lab.text)
                persons[key]["confirmed"] = True
                persons[key]["found"].append(lab)
        out = []
        for key in order:
            p = persons[key]
            roles = [r for f in p["found"] for r, _ in f.roles]
            if not (p["confirmed"] or roles):
                continue
            first: _Found = p["first"]
            out.append(Person(
                name=p["name"],
                evidence=Evidence(first.sentence, first.start, first.end,
                                  next((f.cue for f in p["found"] if f.cue), "people.role")),
                aliases=tuple(sorted(a for a in p["aliases"] if fold(a) != key)),
                roles=_dedupe(roles, self.lex.helm_titles),
            ))
        return out

    def _resolve_word(self, word: str, pos: int, persons: dict[str, dict], order: list[str],
                      recent_subject: list[tuple[int, str]]) -> str | None:
        w = fold(word)
        matches = [k for k in order if w in (k.split()[0], k.split()[-1])]
        if len(matches) <= 1:
            return matches[0] if matches else None
        for start, key in reversed(recent_subject):
            if start < pos and key in matches:
                return key
        return None

    def _resolve_initials(self, label: str, persons: dict[str, dict], order: list[str]) -> str | None:
        lab = fold(label).replace(" ", "")

        def initials(key: str) -> str:
            return "".join(t[0] for t in key.split())

        matches = [k for k in order if persons[k]["confirmed"] and
                   (initials(k) == lab or (len(lab) == 1 and initials(k)[0] == lab))]
        interviewees = [k for k in matches if persons[k]["interviewee"]]
        if interviewees:
            return interviewees[0]
        return matches[0] if matches else None


def _is_apposition(gap: str, lex: PeopleLexicon) -> bool:
    """", the", ", then", ", 33, the" and nothing else between a name and its title."""
    if not re.match(r"\s*,", gap):
        return False
    rest = gap.split(",", 1)[1]
    # an age between the name and the title: ", 33,", ", 47 anni,", ", 52 years old,"
    rest = re.sub(r"\b\d{1,3}(?:\s+[^\W\d_]+){0,2}\s*,", " ", rest, count=1)
    rest = re.sub(r"(?<!\S)\d{1,3}-?[^\W\d_][\w\-]*", " ", rest, count=1)  # "a 31-year-old", "un 40enne"
    bare = lex.present_re.sub(" ", lex.past_before_re.sub(" ", rest))
    rest = re.sub(r"\s+", " ", bare).strip()
    # a short description joined to the title: ", her husband and the company's chief executive"
    described = re.match(r"(?:[a-zß-öø-ÿ]+ ){1,2}", rest)
    if described and lex.joiner_re.fullmatch(" " + rest[described.end():].split(" ", 1)[0] + " "):
        rest = rest[described.end():].split(" ", 1)[1] if " " in rest[described.end():] else ""
    while rest:
        m = lex.article_re.match(rest + " ")
        if not m:
            break
        rest = (rest + " ")[m.end():].strip()
    # ", the division's president": a unit of the organisation, not another name;
    # ", sales director", ", a sales director", ", formerly plant manager": one lower-case unit word, no verb
    return rest == "" or bool(re.fullmatch(r"[a-zß-öø-ÿ]+['’]s", rest)) \
        or (bool(re.fullmatch(r"[a-zß-öø-ÿ][\w\-]*", rest)) and not lex.said_re.search(rest)
            and rest not in lex.cue_words)


def _clean_scope(text: str, lex: PeopleLexicon) -> str | None:
    """The words between a title and its organisation, without connectors and articles."""
    words = text.split()
    folded = [fold_keep_length(w) for w in words]
    def is_glue(w: str) -> bool:
        return bool(lex.connector_re.fullmatch(" " + w + " ") or lex.article_re.fullmatch(w + " ")
                    or lex.joiner_re.fullmatch(" " + w + " "))

    while words and is_glue(folded[0]):
        words, folded = words[1:], folded[1:]
    while words and is_glue(folded[-1]):
        words, folded = words[:-1], folded[:-1]
    if words:
        words[0] = re.sub(r"^[^\W\d_]{1,4}['’](?=\w)", "", words[0])
    scope = " ".join(words).strip(" ,")
    return scope or None


def _dedupe(roles: list[Role], helm_titles: frozenset[str] = frozenset()) -> tuple[Role, ...]:
    titled = {fold(r.org or "") for r in roles if r.org and " ".join(fold(r.title).split()) not in helm_titles}
    # "at the helm of A" says no more than a real title at A
    roles = [r for r in roles if not (" ".join(fold(r.title).split()) in helm_titles and fold(r.org or "") in titled)]
    seen: dict[tuple[str, str, str], Role] = {}
    # a past position named outright says nothing of the present one ("ex director at B, now director")
    explicit = {(r.role, r.current) for r in roles if r.org and r.evidence.rule != "people.anaphor"}
    scoped = {(r.role, fold(r.org or "")) for r in roles if r.scope}
    for r in roles:
        if r.evidence.rule == "people.anaphor" and (r.role, r.current) in explicit:
            continue  # an organisation guessed from context yields to one the text names
        if not r.scope and (r.role, fold(r.org or "")) in scoped:
            continue  # the same position, read more precisely elsewhere
        key = (r.role, fold(r.org or ""), fold(r.scope or ""))
        if key not in seen:
            seen[key] = r
        elif not r.current and seen[key].current:
            seen[key] = Role(seen[key].title, r.role, r.org, seen[key].evidence, seen[key].scope, False)
    # a role with no organisation adds nothing when the same role is known with one
    with_org = {k[0] for k in seen if k[1]}
    # an untitled past position ("joined from B") adds nothing when a title at B is known
    titled = {k[1] for k in seen if k[1] and k[0] != "other"}
    return tuple(r for k, r in seen.items() if (k[1] or k[0] not in with_org)
                 and not (k[0] == "other" and r.evidence.rule == "people.came_from" and k[1] in titled))
