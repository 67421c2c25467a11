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

The passes live beside this module: people_state (the article's names, titles and
organisations by position), people_titles and people_title_tails (titles and what
follows them), people_orgs (the organisation of a role), people_cues (founders,
earlier employers, speech, labels), people_merge (one Person per person).
"""

from __future__ import annotations

from luxcli.extract.orgs import Mention
from luxcli.extract.people_cues import CueReader
from luxcli.extract.people_merge import Merger
from luxcli.extract.people_titles import TitleReader
from luxcli.model import Article, Person


def extract_people(article: Article, mentions: list[Mention]) -> list[Person]:
    if not article.text.strip():
        return []
    return _Extractor(article, mentions).run()


class _Extractor(TitleReader, CueReader, Merger):
    """The passes in order: speaker labels, titles, founders, earlier employers, other cues, leaders named by
    a passive, board seats, the byline, merging."""

    def run(self) -> list[Person]:
        self._labels()
        for group in self._title_groups():
            self._attach_title(group)
        self._founders()
        self._came_from()
        self._cues()
        self._led_by()
        self._board_seats()
        self._byline()
        return self._merge()
