"""Finding calendar dates in text, in any supported language (pure).

Month names come from each language's `months` table. Used by ingest (the
article's own date, from its byline) and by the events extractor.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from luxcli import lexicon
from luxcli.text import strip_accents


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    text: str


_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"


@functools.cache
def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for lang in lexicon.languages():
        for name, number in lexicon.language(lang).get("months", {}).items():
            table[strip_accents(name).casefold()] = int(number)
    return table


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    names = sorted({re.escape(n) for n in _month_table()}, key=len, reverse=True)
    # Accented spellings are matched too: the table is folded, so allow any letter.
    month = r"(?P<month>" + "|".join(names) + r")\.?"
    day = r"(?P<day>[0-3]?\d)(?:er|°|º|st|nd|rd|th)?"
    sp = r"[\s\u00a0\u202f]+"
    return (
        re.compile(rf"\b{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        re.compile(rf"\b(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/{_YEAR}\b"),
        re.compile(rf"\b{day}{sp}{month}{sp}{_YEAR}\b", re.IGNORECASE),
        re.compile(rf"\b{month}{sp}{day},?{sp}{_YEAR}\b", re.IGNORECASE),
        re.compile(rf"\b{month}{sp}(?:(?:de|del|of)\s+)?{_YEAR}\b", re.IGNORECASE),
    )


def find_dates(text: str) -> list[DateMatch]:
    """Full dates and month-year dates, leftmost-longest, without overlaps."""
    folded = strip_accents(text)  # same length for Latin letters: spans stay valid
    if len(folded) != len(text):
        folded = text
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern in _patterns():
        for m in pattern.finditer(folded):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value = _value(m)
            if value:
                found.append(DateMatch(m.start(), m.end(), value, text[m.start() : m.end()]))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _value(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    year = int(groups["year"])
    if groups.get("m"):
        month, day = int(groups["m"]), int(groups["d"])
    else:
        month = _month_table().get(groups["month"].casefold().rstrip("."), 0)
        day = int(groups["day"]) if groups.get("day") else 0
    if not 1 <= month <= 12:
        return None
    if day:
        if not 1 <= day <= 31:
            return None
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}"
