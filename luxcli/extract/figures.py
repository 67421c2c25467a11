"""Figures. (Placeholder until the figures extractor lands: finds none.)"""

from __future__ import annotations

from luxcli.extract.orgs import Mention
from luxcli.model import Article, Figure


def extract_figures(article: Article, mentions: list[Mention]) -> list[Figure]:
    return []
