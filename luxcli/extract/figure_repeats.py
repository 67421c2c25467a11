"""Figures of an article told more than once, and headings (pure helpers of `figures`).

A figure stated again (the same value, range and unit: a headline or standfirst told again in the body, a
price an interview repeats) is one fact. A short line without a full stop is a heading ("Trois canaux, trois
logiques"): its numbers in words count nothing.
"""

from __future__ import annotations

import itertools

from luxcli.extract.units import unit_data
from luxcli.model import Article, Figure

SENTENCE_END = (".", "!", "?", "…", "»", "”", '"')
HEADING_WORDS = 8  # a line this short without a full stop is a heading


def is_heading(text: str) -> bool:
    return not text.rstrip().endswith(SENTENCE_END) and len(text.split()) <= HEADING_WORDS


def drop_repeats(article: Article, figures: list[Figure]) -> list[Figure]:
    """Each figure once: kept where a full sentence of the body states it (a line without a full stop is a
    headline's), else where first stated. In the body, another qualifier makes another figure ("40 %" and
    "près de 40 %" are two shares), and so does the total of a part ("12 des 40 maisons, contre 35 sur 40")."""
    groups: dict[tuple[float, float | None, str], list[Figure]] = {}
    for f in figures:
        groups.setdefault((f.value, f.value_max, f.unit), []).append(f)
    if len(groups) == len(figures):
        return figures  # most articles: no figure told twice
    out_of = unit_data(article.language).out_of
    keep = {id(f) for prev, f in itertools.pairwise(figures)
            if prev.evidence.end < f.evidence.start and out_of.match(article.text, prev.evidence.end, f.evidence.start)}
    for same in groups.values():
        body = [f for f in same if article.sentences[f.evidence.sentence].text.rstrip().endswith(SENTENCE_END)]
        if not body:
            keep.add(id(same[0]))
        keep.update(id(f) for f in {f.qualifier: f for f in reversed(body)}.values())
    return [f for f in figures if id(f) in keep]
