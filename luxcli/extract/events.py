"""Dated events. (Placeholder until the events extractor lands: finds none.)"""

from __future__ import annotations

from luxcli.extract.orgs import Mention
from luxcli.model import Article, Event, Person


def extract_events(article: Article, mentions: list[Mention], people: list[Person]) -> list[Event]:
    return []
