"""Relations between organisations. (Placeholder until the relations extractor lands.)"""

from __future__ import annotations

from luxcli.extract.orgs import Mention
from luxcli.model import Article, Person, Relation


def extract_relations(article: Article, mentions: list[Mention], people: list[Person]) -> list[Relation]:
    return []
