"""People and their roles. (Placeholder until the people extractor lands: finds nobody.)"""

from __future__ import annotations

from luxcli.extract.orgs import Mention
from luxcli.model import Article, Person


def extract_people(article: Article, mentions: list[Mention]) -> list[Person]:
    return []
