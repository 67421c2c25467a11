"""works_for: a person without a present title next to an organisation they are at or hired by."""

from __future__ import annotations

import re

from luxcli.extract.orgs import Mention
from luxcli.extract.relations.cues import _Cues
from luxcli.extract.relations.found import _Out
from luxcli.extract.relations.mentions import _last
from luxcli.model import Article, Person


def _works_for(article: Article, mentions: list[Mention], people: list[Person], cues: _Cues, out: _Out) -> None:
    """A person the article gives no title, in the same sentence as one organisation they are "at"."""
    for person in people:
        if not any(r.current for r in person.roles):
            _hired_by(article, mentions, person, cues, out)
        if person.roles:
            continue
        sentence = person.evidence.sentence
        orgs = [m for m in mentions if m.sentence == sentence]
        end = person.evidence.end
        # "Jane Doe of Velluto", "Jane Doe, from Velluto", "Jeanne Dupont, chez Ombrelune"
        at = [m for m in orgs if 0 <= m.start - end <= 25 and cues.works_at.fullmatch(article.text[end : m.start])]
        if len(at) == 1:
            out.add(person.name, "works_for", at[0].entry.name, sentence, (person.evidence.start, at[0].end),
                    "relations.works_for")


def _hired_by(article: Article, mentions: list[Mention], person: Person, cues: _Cues, out: _Out) -> None:
    """ "X has hired Jane Doe, formerly at Y, to run ...": a person with no present title works for X."""
    text, start = article.text, person.evidence.start
    sentence = article.sentences[person.evidence.sentence]
    cue = cues.hired.search(text, sentence.start, start)
    if cue is None:
        return
    employer = _last([m for m in mentions if m.sentence == sentence.index and m.end <= cue.start()], lambda m: True)
    if employer is not None and re.fullmatch(r"\s+(?:\w+\s+)?", text[employer.end : cue.start()]):
        out.add(person.name, "works_for", employer.entry.name, sentence.index, (employer.start, person.evidence.end),
                "relations.hired_by")
