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
("joined last year from B", "arrivée de chez B"), which give an untitled role. A lead verb with a unit as
its object ("heads the archive department", "guida la divisione calzature") makes its subject the unit's head.
Mentions of one person in an article (surname alone, first name, speaker
initials) merge into one Person. When the headline names an organisation the
cues missed but a title's tail names ("the chair of Thorne & Pike") as often as
the article's most named one, the article is read a second time knowing it, so
that bare titles ("joined as CEO") belong to it.

The passes live beside this module: people_state (the article's names, titles and
organisations by position), people_titles and people_title_tails (titles and what
follows them), people_orgs (the organisation of a role), people_cues (founders,
earlier employers, speech, labels), people_coordination (names sharing a surname, names joined to a person's),
people_merge (one Person per person).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from luxcli.extract.orgs import Mention, OrgEntry, employer_mentions, employers
from luxcli.extract.people_analysts import AnalystFirmReader
from luxcli.extract.people_coordination import CoordinationReader
from luxcli.extract.people_cues import CueReader
from luxcli.extract.people_merge import Merger
from luxcli.extract.people_peers import PeerReader
from luxcli.extract.people_titles import TitleReader
from luxcli.extract.people_unit_leads import UnitLeadReader
from luxcli.model import Article, Entity, Evidence, Person
from luxcli.text import fold


def extract_people(article: Article, mentions: list[Mention]) -> list[Person]:
    if not article.text.strip():
        return []
    people = _Extractor(article, mentions).run()
    subjects = _headline_workplaces(article, mentions, people)
    more = employer_mentions(article, subjects, mentions) if subjects else []
    if subjects:
        mentions, more = _wider_names(article, subjects, mentions, more)
    named = Counter(m.entry.name for m in mentions)
    most = max(Counter(m.entry.name for m in more).values(), default=0)
    if most >= 2 and most + 1 >= max(named.values(), default=0):
        # the article is about an organisation only a title named ("the chair of Thorne & Pike"), as often named
        # as its most named one: read again knowing it, so that bare titles ("joined as CEO") belong to it
        people = _Extractor(article, sorted([*mentions, *more], key=lambda m: m.start)).run()
    return people


def _wider_names(article: Article, subjects: list[Entity], mentions: list[Mention],
                 more: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """A title's workplace written in full around a shorter known mention ("Maisons Quvel" around "Quvel"): the
    full name is the mention there, so that the article's subject is the organisation its titles name."""
    names = {e.name: e for e in subjects}
    wider: list[Mention] = []
    kept: list[Mention] = []
    for m in mentions:
        for name, entity in names.items():
            at = article.text.rfind(name, max(0, m.end - len(name)), m.start + len(name))
            if at != -1 and at <= m.start and m.end <= at + len(name) and name != m.entry.name:
                entry = OrgEntry(name, entity.kind, (), False)
                wider.append(Mention(at, at + len(name), name, entry, m.sentence))
                break
        else:
            kept.append(m)
    if not wider:
        return mentions, more
    return kept, sorted([*more, *wider], key=lambda m: m.start)


def _headline_workplaces(article: Article, mentions: list[Mention], people: list[Person]) -> list[Entity]:
    """Workplaces named after a title and not found by the organisation cues, which the headline names too."""
    if not article.sentences or not any(r.evidence.rule == "people.anaphor" for p in people for r in p.roles):
        return []  # no title took its organisation from context: nothing a second reading could change
    known = [Entity(m.entry.name, m.entry.kind, Evidence(m.sentence, m.start, m.end, "orgs")) for m in mentions]
    headline = article.text[:article.sentences[0].end]
    return [e for e in employers(article, known, people) if e.name in headline]


class _Extractor(TitleReader, CueReader, UnitLeadReader, PeerReader, CoordinationReader, AnalystFirmReader, Merger):
    """The passes in order: names sharing a surname, speaker labels, titles, founders, earlier employers, other
    cues, leaders named by a passive, board seats, units led, peers, names coordinated with a person, the byline,
    analysts' firms named before them, merging."""

    def run(self) -> list[Person]:
        self._shared_surnames()
        self._labels()
        for group in self._title_groups():
            self._attach_title(group)
        self._founders()
        self._eponymous_founders()
        self._came_from()
        self._cues()
        self._successions()
        self._led_by()
        self._board_seats()
        self._unit_leads()
        self._peers()
        self._coordinated_names()
        self._byline()
        self._analysts_firms()
        return [_units_said_once(p) for p in self._merge()]


def _units_said_once(person: Person) -> Person:
    """A unit led ("runs the archive") only says what X does where no title does: beside a title at the same
    organisation ("the chief executive ... heads the menswear division") it would be a second, vaguer role."""
    titled = {fold(r.org) for r in person.roles if r.org and r.evidence.rule != "people.unit_lead"}
    kept = []
    for r in person.roles:
        if r.evidence.rule == "people.unit_lead":
            if fold(r.org or "") in titled:
                continue
            titled.add(fold(r.org or ""))
        kept.append(r)
    return person if len(kept) == len(person.roles) else replace(person, roles=tuple(kept))
