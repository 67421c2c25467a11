"""Extraction: one module per kind of fact, each a pure function of an article.

`extract_all` runs them in dependency order: organisations first (people and
relations need them), then people, figures, events, relations and topics.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from luxcli.model import Article, Facts


def extract_all(article: Article) -> Facts:
    # Imported here, not at module level: queries import single helpers such as
    # luxcli.extract.units, and importing this package must not load every extractor.
    from luxcli.extract.events import extract_events
    from luxcli.extract.figures import extract_figures
    from luxcli.extract.orgs import employer_mentions, employers, extract_orgs, outside_people
    from luxcli.extract.people import extract_people
    from luxcli.extract.relations import extract_relations
    from luxcli.extract.topics import tag_topics
    from luxcli.model import Facts

    if not article.supported:
        return Facts()
    entities, mentions = extract_orgs(article)
    people = extract_people(article, mentions)
    entities, mentions = outside_people(article, entities, mentions, people)
    workplaces = employers(article, entities, people)
    if workplaces:
        mentions = sorted([*mentions, *employer_mentions(article, workplaces, mentions)], key=lambda m: m.start)
    return Facts(
        entities=(*entities, *workplaces),
        people=tuple(people),
        figures=tuple(extract_figures(article, mentions)),
        events=tuple(extract_events(article, mentions, people)),
        relations=tuple(extract_relations(article, mentions, people)),
        topics=tag_topics(article),
    )
