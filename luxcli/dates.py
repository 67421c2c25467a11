"""Finding calendar dates in text, in any supported language (pure).

Two levels:

- `find_dates(text)`: full dates and month-year dates only, in any language
  (used by ingest for the article's own date, from its byline).
- `find_date_mentions(text, lang)` and `resolve_dates(...)`: every way an
  article names a time, for the events extractor: full dates, month-year,
  years after a cue word ("in 1847", "depuis 2008", "nel 1963"), day-month and
  month alone ("on October 3", "le 24 mars", "in May"), ranges ("from March
  24 to March 30, 2020"), and relative phrases ("two years later", "l'anno
  successivo", "that October", "mars dernier", "last spring", "mercredi
  dernier", "questa settimana", "on Wednesday", "hier", "la primavera del
  prossimo anno", "next month", "mars prochain", "entro l'estate"). Partial
  and relative mentions are resolved against the dates mentioned before them
  and the article's own date. Years go back to the 1700s when a cue or a
  month comes with them ("fondée en 1772"). Horizons ("by 2030", "d'ici fin
  2026") are found but not dated here: the events extractor tells a plan's
  date from a need's.

Month names come from each language's `months` table; every other word comes
from `lexicons/dates/<lang>.toml`.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from luxcli import lexicon
from luxcli.patterns import Lowered, _first_chars, by_first_letter, compile_scan, requirements
from luxcli.text import fold_keep_length, strip_accents


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    text: str


_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
# Mentions for events also reach back to the 1700s (houses founded "en 1795"): every such year comes with
# a cue word or a month, so a bare count like "1750 bottles" is no date.
_MENTION_YEAR = r"(?P<year>1[7-9]\d\d|20\d\d)"


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
    month = r"(?P<month>" + by_first_letter(names) + r")\.?"
    day = r"(?P<day>[0-3]?\d)(?:er|°|º|st|nd|rd|th)?"
    sp = r"[\s\u00a0\u202f]+"
    return (
        compile_scan(rf"\b{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        compile_scan(rf"\b(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/{_YEAR}\b"),
        compile_scan(rf"\b{day}{sp}{month}{sp}{_YEAR}\b", re.IGNORECASE),
        compile_scan(rf"\b{month}{sp}{day},?{sp}{_YEAR}\b", re.IGNORECASE),
        compile_scan(rf"\b{month}{sp}(?:(?:de|del|of)\s+)?{_YEAR}\b", re.IGNORECASE),
    )


# A pattern is only skipped on what it needs when that is a few strings ("-" and a year's first digit): asking
# for one of the dozens of month names costs more than the pattern's own search.
_FEW_NEEDS = 4


@functools.cache
def _pattern_needs() -> tuple[tuple[tuple[str, ...], ...] | None, ...]:
    needs = (requirements(p.pattern, p.flags) for p in _patterns())
    return tuple(n if n is not None and len(n) <= _FEW_NEEDS else None for n in needs)


def find_dates(text: str) -> list[DateMatch]:
    """Full dates and month-year dates, leftmost-longest, without overlaps."""
    folded = strip_accents(text)  # same length for Latin letters: spans stay valid
    if len(folded) != len(text):
        folded = text
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    lowered = Lowered(folded)
    for pattern, needs in zip(_patterns(), _pattern_needs(), strict=True):
        if not lowered.may_match(needs):
            continue  # a string every match holds ("/" of "3/4/2021") is not in the text
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


# --------------------------------------------------------------------------------------------
# Date mentions for events: absolute, partial and relative.

# What a mention needs to become a date:
ABSOLUTE = "absolute"  # year given (month and day when given)
PARTIAL = "partial"  # month (and day) without a year: the year comes from context
SHIFT = "shift"  # counted from the date mentioned last ("two years later", "the same year")
THAT_MONTH = "that_month"  # a named month in the year of the date mentioned last ("that October")
NEXT_MONTH = "next_month"  # the next such month after the date mentioned last ("the following March")
ARTICLE_SHIFT = "article_shift"  # counted from the article's own date ("last year", "il y a deux ans")
LAST_MONTH = "last_month"  # the latest such month (or season) before the article's date ("mars dernier")
LAST_WEEKDAY = "last_weekday"  # the latest such weekday before the article's date ("mercredi dernier")
RECENT_WEEKDAY = "recent_weekday"  # the latest such weekday up to the article's date ("on Wednesday"), or the next
NEXT_SEASON = "next_season"  # the next such season after the article's date ("next spring")
HORIZON = "horizon"  # a horizon ("by 2030", "d'ici fin 2026"): found so that nothing else reads it; left undated


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    kind: str
    rule: str  # which pattern found it: full, month_year, year_cue, day_month ...
    year: int | None = None
    month: int | None = None
    day: int | None = None
    shift: int = 0  # for the shift kinds: signed amount of `unit`
    unit: str = "year"  # day | week | month | year
    weekday: int | None = None  # for LAST_WEEKDAY: 0 is Monday
    precision: str = ""  # "year" or "month": cut the resolved value to it ("last week" names a month at best)


_SP = r"[ \t\u00a0\u202f]+"
_YEAR_END = r"(?![\d%]|[^\W\d_])"  # not "20201", "2020%", "2020s"
_DASHES = "-–—"


@dataclass(frozen=True)
class _Language:
    """One language's compiled date patterns, in priority order."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    range_gap: re.Pattern[str]  # what joins the two ends of a range ("to", " au ", "-")
    relative_keys: tuple[str, ...]  # the lexicon key of each alternative of the relative pattern
    anchors: dict[str, re.Pattern[str]]  # the word each kind of pattern needs: year, month, unit or month
    months: dict[str, int]
    capitalised: bool
    prepositions: frozenset[str]
    numbers: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, int]  # season word -> the month in its middle
    weekdays: dict[str, int]  # weekday word -> 0 (Monday) .. 6
    day_words: dict[str, int]  # "yesterday" -> -1
    habitual: re.Pattern[str]  # at the end of the text before a weekday: "every", "le"
    months_from_relative: bool = False  # the month anchor's matches are the relative anchor's that are months


def _literal(phrase: str) -> str:
    """A folded phrase as a regex: any run of spaces matches, "-" matches any dash."""
    return re.escape(phrase).replace(r"\-", f"[{_DASHES}]").replace(r"\ ", r"\s+")


def _alternation(phrases: Iterable[str]) -> str:
    """Phrases (already folded) as one regex group, longest first (grouped by first letter: same matches)."""
    out = [_literal(p) for p in sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)]
    return "(?:" + by_first_letter(out) + ")" if out else "(?!x)x"


def _cued(cues: Iterable[str]) -> str:
    """A cue word right before what follows: a space after it, none after "mid-" or "l'"."""
    parts = []
    for cue in sorted({c.strip() for c in cues if c.strip()}, key=len, reverse=True):
        sep = r"\s*" if cue[-1] in "-'" else r"\s+"
        parts.append(_literal(cue) + sep)
    return "(?:" + by_first_letter(parts) + ")" if parts else "(?!x)x"


def _fold_phrase(text: str) -> str:
    return fold_keep_length(text).replace("’", "'")


def _is_abbreviation(name: str, months: dict[str, int]) -> bool:
    """"sept" and "giu" are abbreviations: a longer name of the same month starts with them."""
    return any(other != name and other.startswith(name) and n == months[name] for other, n in months.items())


@functools.cache
def _language(lang: str) -> _Language:
    data = lexicon.language(lang)
    words = data.get("dates", {})
    months = {_fold_phrase(k): int(v) for k, v in data.get("months", {}).items()}
    full_names = [n for n in months if not _is_abbreviation(n, months)]
    any_month = rf"(?P<month>{by_first_letter([re.escape(n) for n in sorted(months, key=len, reverse=True)])})\.?"
    full_month = rf"(?P<month>{by_first_letter([re.escape(n) for n in sorted(full_names, key=len, reverse=True)])})"
    numbers = {_fold_phrase(w): i + 1 for i, group in enumerate(words.get("number_words", [])) for w in group}
    units = {_fold_phrase(w): unit for unit, ws in words.get("units", {}).items() for w in ws}
    seasons = {_fold_phrase(k): int(v) for k, v in words.get("seasons", {}).items()}
    weekdays = {_fold_phrase(k): int(v) for k, v in words.get("weekdays", {}).items()}
    day_words = {_fold_phrase(k): int(v) for k, v in words.get("day_words", {}).items()}
    suffix = _alternation(_fold_phrase(w) for w in words.get("ordinal_suffixes", [])) + "?"
    day = rf"(?P<day>[0-3]?\d){suffix}"
    joiner = _alternation(_fold_phrase(w) for w in words.get("month_year_joiners", []))
    year = rf"{_MENTION_YEAR}{_YEAR_END}"
    link = _alternation(_fold_phrase(w) for w in words.get("range_links", []))
    start = r"(?<![\w-])"
    patterns: list[tuple[str, str]] = [
        ("iso", rf"(?<![\d-]){_YEAR}-(?P<month_n>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
        ("numeric", rf"(?<![\d/.]){day}/(?P<month_n>[01]?\d)/{year}"),
        ("day_range", rf"{start}(?P<d1>[0-3]?\d){suffix}\s*{link}\s*{day}{_SP}{any_month}{_SP}{year}"),
        ("day_range", rf"{start}{any_month}{_SP}(?P<d1>[0-3]?\d)\s*{link}\s*{day},?{_SP}{year}"),
        ("full", rf"{start}{day}{_SP}{any_month}{_SP}{year}"),
        ("full", rf"{start}{any_month}{_SP}{day},?{_SP}{year}"),
        ("month_year", rf"{start}{any_month}{_SP}(?:{joiner}\s*)?{year}"),
        ("horizon", rf"{start}{_cued(_fold_phrase(w) for w in words.get('horizon_cues', []))}"
                    rf"(?:{_cued(_fold_phrase(w) for w in words.get('year_end_cues', []))})?{year}"),
        ("year_range", rf"{start}{_cued(_fold_phrase(w) for w in words.get('range_starts', []))}"
                       rf"(?P<y1>1[7-9]\d\d|20\d\d)\s*{link}\s*{year}"),
    ]
    n = rf"(?P<n>\d{{1,2}}|{_alternation(numbers)})"
    unit = rf"(?P<unit>{_alternation(units)})"
    relative = [(key, phrase) for key, phrases in words.get("relative", {}).items() for phrase in phrases]
    # Phrases naming a month first, then longest first: "October that year" before "that year".
    relative.sort(key=lambda kp: ("{month}" not in kp[1], -len(kp[1])))
    # One pattern for all of them (one pass over the text): alternative i is group r<i>, with its
    # own groups n<i>, unit<i>, month<i>; the key it stands for is in `relative_keys`.
    alternatives = []
    for i, (_key, phrase) in enumerate(relative):
        slots = {"{n}": n.replace("(?P<n>", f"(?P<n{i}>"), "{unit}": unit.replace("(?P<unit>", f"(?P<unit{i}>"),
                 "{month}": full_month.replace("(?P<month>", f"(?P<month{i}>"),
                 "{season}": f"(?P<season{i}>{_alternation(seasons)})",
                 "{weekday}": f"(?P<weekday{i}>{_alternation(weekdays)})",
                 "{dayword}": f"(?P<dayword{i}>{_alternation(day_words)})"}
        parts = re.split(r"(\{n\}|\{unit\}|\{month\}|\{season\}|\{weekday\}|\{dayword\})", _fold_phrase(phrase))
        alternatives.append(_first_letter_out(f"r{i}", "".join(slots.get(p) or _literal(p) for p in parts if p)))
    if alternatives:
        # Not "this year's collection": a possessive names a thing, not a time; not "this spring 2021": the
        # year makes it absolute.
        # Nor "la prossima settimana della moda": a named event's week (fashion week), not the week after.
        tails = [_fold_phrase(w) for w in words.get("named_period_tails", [])]
        named = rf"(?!{_SP}(?:{_alternation(tails)})(?![\w]))" if tails else ""
        not_after = rf"(?![\w])(?!'s\b)(?!{_SP}(?:1[89]|20)\d\d(?!\d)){named}"
        patterns.append(("relative", rf"{start}(?:{_grouped_runs(alternatives)}){not_after}"))
    patterns += [
        ("year_end", rf"{start}{_cued(_fold_phrase(w) for w in words.get('year_end_cues', []))}{year}"),
        ("year_cue", rf"{start}{_cued(_fold_phrase(w) for w in words.get('year_cues', []))}{year}"),
        ("day_month", rf"{start}{day}{_SP}{full_month}(?!\.?\s*\d)(?![\w])"),
    ]
    if words.get("month_day_order"):
        patterns.append(("month_day", rf"{start}{full_month}{_SP}{day}(?![\w])(?!\s*[,.:]?\s*\d)"))
    patterns.append(("month", rf"{start}{_cued(_fold_phrase(w) for w in words.get('month_cues', []))}"
                              rf"{full_month}(?![\w])(?!\.?\s*\d)"))
    return _Language(
        patterns=tuple((rule, compile_scan(p)) for rule, p in patterns),
        relative_keys=tuple(key for key, _ in relative),
        # The look back comes after the first two digits (it looks at the one before them): opening with the
        # digits, the pattern lets `re` skip straight to a "1" or a "2".
        anchors={"year": re.compile(r"(?:1[7-9]|20)(?<!\d..)\d\d(?!\d)"),
                 "month": _anchor(months), "relative": _anchor([*units, *months, *seasons, *weekdays, *day_words])},
        range_gap=re.compile(rf"[\s,]*{link}[\s,]*"),
        months=months,
        capitalised=bool(words.get("months_capitalised")),
        prepositions=frozenset(_fold_phrase(w) for w in words.get("direction_prepositions", [])),
        numbers=numbers,
        units=units,
        seasons=seasons,
        weekdays=weekdays,
        day_words=day_words,
        habitual=re.compile(rf"(?<![\w'])(?:{_alternation(_fold_phrase(w) for w in words.get('habitual_before', []))})"
                            rf"\s+$"),
        months_from_relative=_months_among(months, [*units, *seasons, *weekdays, *day_words]),
    )


_WORD_RUN = re.compile(r"\w+")


def _months_among(months: dict[str, int], others: list[str]) -> bool:
    """Whether the month anchor finds exactly the month names the relative anchor (months and `others`) finds, so
    one scan serves both: when every month name is one whole word and no word of `others` holds one as a word of
    its own ("avant-hier" holds none). Both anchors then match a month name only as a whole word, which no other
    match of the relative anchor starts with or covers."""
    if not all(_WORD_RUN.fullmatch(m) for m in months):
        return False
    return not any(run in months for other in others for run in _WORD_RUN.findall(other))


def _first_letter_out(name: str, body: str) -> str:
    """The group `name` around `body`, a plain first letter before the group ("t(?P<r2>he\\s+following)"):
    `re` passes over an alternative that opens with a letter at once when the text has another there, but
    enters one that opens with a group. Only the group's own span changes, and it is never read."""
    if body[:1].isalnum():
        return f"{body[0]}(?P<{name}>{body[1:]})"
    return f"(?P<{name}>{body})"


def _grouped_runs(alternatives: list[str]) -> str:
    """The alternatives as one alternation, each run of those that open with a plain letter grouped by first letter
    (`by_first_letter`). One that opens otherwise ("{n} years later": a digit or a number word) may match where
    the others do, so it stays where it is, between the runs: which alternative matches first does not change.
    Consecutive ones of those share one look at their first characters (`_guarded`)."""
    runs: list[tuple[bool, list[str]]] = []  # (whether they open with a plain letter, alternatives), in order
    for alternative in alternatives:
        letter = "a" <= alternative[:1] <= "z"
        if runs and runs[-1][0] == letter:
            runs[-1][1].append(alternative)
        else:
            runs.append((letter, [alternative]))
    return "|".join(by_first_letter(run) if letter else _guarded(run) for letter, run in runs)


def _guarded(alternatives: list[str]) -> str:
    """Alternatives that open with a group ("{month} that year", "{n} years later"), in their order, behind one look
    at the characters any of them can start with: `re` enters every such group at every position otherwise. Same
    matches: the look only refuses positions where none of them can start."""
    firsts = [_first_chars(a, 0) for a in alternatives]
    if any(f is None for f in firsts):
        return "|".join(alternatives)
    return f"(?={'|'.join(dict.fromkeys(firsts))})(?:{'|'.join(alternatives)})"


def _anchor(words: Sequence[str]) -> re.Pattern[str]:
    """Any of `words`, whole; the look at the first letter spares trying every word at every word start."""
    firsts = "".join(sorted({re.escape(w[0]) for w in words if w}))
    return re.compile(rf"\b(?=[{firsts}]){_alternation(words)}\b")


def find_date_mentions(text: str, lang: str) -> list[DateMention]:
    """Every date mention in `text` (in language `lang`), in text order, without overlaps."""
    spec = _language(lang)
    folded = fold_keep_length(text)
    taken_starts: list[int] = []  # spans already taken, sorted and disjoint
    taken_ends: list[int] = []
    found: list[DateMention] = []
    windows: dict[str, list[tuple[int, int]]] = {}

    def spans(kind: str) -> list[tuple[int, int]]:
        if kind not in windows:
            if kind == _YEAR_AND_MONTH:
                windows[kind] = _overlapping(spans("year"), spans("month"))
            elif kind in ("month", "relative") and spec.months_from_relative:
                # One scan of the relative anchor (month names among its words) gives both kinds of windows.
                hits = [(m.start(), m.end(), m.group() in spec.months)
                        for m in spec.anchors["relative"].finditer(folded)]
                windows["relative"] = _windows(((lo, hi) for lo, hi, _ in hits), folded, *_WINDOWS["relative"])
                windows["month"] = _windows(((lo, hi) for lo, hi, month in hits if month), folded, *_WINDOWS["month"])
            else:
                windows[kind] = _windows((m.span() for m in spec.anchors[kind].finditer(folded)), folded,
                                         *_WINDOWS[kind])
        return windows[kind]

    for rule, pattern in spec.patterns:
        for m in _matches(pattern, folded, spans(_RULE_WINDOW.get(rule, "year"))):
            at = bisect.bisect_left(taken_starts, m.end())  # spans starting before this one ends
            if at and taken_ends[at - 1] > m.start():
                continue  # overlaps a span found by an earlier (stronger) pattern
            mentions = _mentions(rule, m, text, folded, spec)
            if mentions:
                found.extend(mentions)
                taken_starts.insert(at, m.start())
                taken_ends.insert(at, m.end())
    found.sort(key=lambda d: d.start)
    return _close_ranges(found, folded, spec)


# Every date mention holds a year, a month name or a unit word ("2017", "24 mars", "two years
# later"): each pattern only runs in windows around the word it needs, so the cost of the many
# patterns stays off the text that has no date. Window widths (chars before, after) cover the
# longest cue or range part around that word ("in the second half of 2019", "from 24 to 30 March",
# "plus tot cette annee"; tests/test_dates.py checks every relative phrase of the lexicons fits).
_WINDOWS = {"year": (48, 8), "month": (36, 12), "relative": (24, 24)}
# A pattern with a year and a month name (after a space or at a word's start, so the month anchor finds that
# name too) runs only in the year windows that meet a month window: most years come without a month.
_YEAR_AND_MONTH = "year+month"
_RULE_WINDOW = {"day_month": "month", "month_day": "month", "month": "month", "relative": "relative",
                "day_range": _YEAR_AND_MONTH, "full": _YEAR_AND_MONTH, "month_year": _YEAR_AND_MONTH}


_ALNUM_RUN = re.compile(r"[^\W_]*")  # what str.isalnum accepts, character after character (\w but "_")


def _windows(hits: Iterable[tuple[int, int]], folded: str, before: int, after: int) -> list[tuple[int, int]]:
    """Merged spans of text around every anchor word (`hits`, in text order); they never cut a word."""
    out: list[tuple[int, int]] = []
    size = len(folded)
    for start, end in hits:
        lo, hi = max(0, start - before), min(size, end + after)
        if hi < size and folded[hi].isalnum():  # the patterns check what follows a match: to the word's end
            hi = _ALNUM_RUN.match(folded, hi).end()  # type: ignore[union-attr]
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _overlapping(spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that meet one of `others` (both sorted and disjoint)."""
    starts = [lo for lo, _ in others]
    out = []
    for lo, hi in spans:
        at = bisect.bisect_left(starts, hi)  # the others starting before this span ends; the last reaches furthest
        if at and others[at - 1][1] > lo:
            out.append((lo, hi))
    return out


def _matches(pattern: re.Pattern[str], folded: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    for lo, hi in windows:  # lookbehinds still see the text before `lo`
        yield from pattern.finditer(folded, lo, hi)


def _close_ranges(found: list[DateMention], folded: str, spec: _Language) -> list[DateMention]:
    """A day-month opening a range takes the year of the range's end: "from March 24 to March 30, 2020"."""
    out = list(found)
    for i, (first, second) in enumerate(itertools.pairwise(found)):
        if first.kind == PARTIAL and second.kind == ABSOLUTE and spec.range_gap.fullmatch(folded, first.end,
                                                                                        second.start):
            out[i] = DateMention(first.start, first.end, first.text, ABSOLUTE, "range_start", second.year,
                                 first.month, first.day)
    return out


def _month_number(groups: dict[str, str | None], spec: _Language) -> int | None:
    if groups.get("month_n"):
        return int(groups["month_n"])
    if groups.get("month"):
        return spec.months.get(groups["month"].rstrip("."))
    return None


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        if month is None or not 1 <= day <= 31:
            return False
        if year is not None and day > calendar.monthrange(year, month)[1]:
            return False
    return True


# The groups `_mentions` reads. (Read by name, not all at once: the relative pattern has a hundred groups or more, a
# set per phrase, which `_relative` reads.)
_READ_GROUPS = ("month_n", "month", "day", "year", "d1", "y1")


def _mentions(rule: str, m: re.Match[str], text: str, folded: str, spec: _Language) -> list[DateMention]:
    index = m.re.groupindex
    groups = {name: m.group(name) for name in _READ_GROUPS if name in index}
    month = _month_number(groups, spec)
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("month") and spec.capitalised and year is None and not text[m.start("month")].isupper():
        return []  # "may", "march" in lower case are words, not months

    def make(kind: str, start: int = m.start(), end: int = m.end(), **kw: object) -> DateMention:
        return DateMention(start, end, text[start:end], kind, rule, **kw)  # type: ignore[arg-type]

    if rule in ("iso", "numeric", "full"):
        return [make(ABSOLUTE, year=year, month=month, day=day)] if _valid(year, month, day) else []
    if rule == "day_range":
        first = int(groups["d1"])
        if not (_valid(year, month, day) and _valid(year, month, first) and first < (day or 0)):
            return []
        return [make(ABSOLUTE, m.start("d1"), m.end("d1"), year=year, month=month, day=first),
                make(ABSOLUTE, m.start("day"), m.end(), year=year, month=month, day=day)]
    if rule == "month_year":
        return [make(ABSOLUTE, year=year, month=month)] if month else []
    if rule == "year_range":
        first = int(groups["y1"])
        if year is None or not first < year:
            return []
        return [make(ABSOLUTE, m.start("y1"), m.start("y1") + 4, year=first),
                make(ABSOLUTE, m.start("year"), m.end(), year=year)]
    if rule == "year_end":
        return [make(ABSOLUTE, year=year, month=12)]
    if rule == "horizon":
        return [make(HORIZON, year=year)]
    if rule == "year_cue":
        return [make(ABSOLUTE, year=year)]
    if rule in ("day_month", "month_day"):
        return [make(PARTIAL, month=month, day=day)] if _valid(None, month, day) else []
    if rule == "month":
        return [make(PARTIAL, month=month)] if month else []
    if rule == "relative" and m.lastgroup:
        i = int(m.lastgroup[1:])
        return _relative(spec.relative_keys[i], m, i, text, folded, spec, make)
    return []


def _relative(key: str, m: re.Match[str], i: int, text: str, folded: str, spec: _Language,
              make: Callable[..., DateMention]) -> list[DateMention]:
    def group(name: str) -> str | None:
        return m.group(f"{name}{i}") if f"{name}{i}" in m.re.groupindex else None

    raw_month, raw_n, raw_unit = group("month"), group("n"), group("unit")
    month = spec.months.get(raw_month) if raw_month else None
    season, weekday = group("season"), group("weekday")
    if raw_month and spec.capitalised and not text[m.start(f"month{i}")].isupper():
        return []  # "that march" is not a month
    amount = 1
    if raw_n:
        amount = int(raw_n) if raw_n.isdigit() else spec.numbers.get(" ".join(raw_n.split()), 0)
    unit = spec.units.get(" ".join((raw_unit or "").split()), "year")
    if key in ("later", "earlier"):
        last_word = m.group(0).split()[-1]
        after = folded[m.end() : m.end() + 3].lstrip()
        if last_word in spec.prepositions and after[:1].isalnum():
            return []  # "five years after the launch": dates the launch, relative to the clause
        return [make(SHIFT, shift=amount if key == "later" else -amount, unit=unit)]
    simple = {"same_year": (SHIFT, 0), "following_year": (SHIFT, 1), "previous_year": (SHIFT, -1),
              "last_year": (ARTICLE_SHIFT, -1), "this_year": (ARTICLE_SHIFT, 0), "next_year": (ARTICLE_SHIFT, 1)}
    if key in simple:
        kind, shift = simple[key]
        return [make(kind, shift=shift, unit="year")]
    if key == "same_month":
        return [make(SHIFT, shift=0, unit="month")]
    if key == "ago":
        return [make(ARTICLE_SHIFT, shift=-amount, unit=unit)]
    if key == "named_month_that_year" and month:
        return [make(THAT_MONTH, month=month)]
    if key == "named_month_following" and month:
        return [make(NEXT_MONTH, month=month)]
    if key == "last_named_month" and month:
        return [make(LAST_MONTH, month=month)]
    if key in ("named_month_this_year", "named_month_last_year") and month:
        return [make(ARTICLE_SHIFT, shift=-(key == "named_month_last_year"), unit="year", month=month)]
    if key in ("this_month", "last_month", "next_month", "this_week", "last_week", "next_week"):
        shift = {"last": -1, "this": 0, "next": 1}[key.split("_")[0]]
        return [make(ARTICLE_SHIFT, shift=shift, unit=key.split("_")[1], precision="month")]
    if key == "last_season" and season:
        return [make(LAST_MONTH, month=spec.seasons[" ".join(season.split())], precision="year")]
    if key == "this_season" and season:
        return [make(ARTICLE_SHIFT, shift=0, unit="year", month=spec.seasons[" ".join(season.split())],
                     precision="year")]
    if key == "last_weekday" and weekday:
        return [make(LAST_WEEKDAY, weekday=spec.weekdays[" ".join(weekday.split())])]
    if key == "recent_weekday" and weekday:
        if re.match(r"\s*\d", folded[m.end() : m.end() + 4]) or spec.habitual.search(folded, max(0, m.start() - 24),
                                                                                       m.start()):
            return []  # "mardi 6 septembre" is a day-month; "le lundi", "every Monday" a habit
        return [make(RECENT_WEEKDAY, weekday=spec.weekdays[" ".join(weekday.split())])]
    dayword = group("dayword")
    if key == "named_day" and dayword:
        return [make(ARTICLE_SHIFT, shift=spec.day_words[" ".join(dayword.split())], unit="day")]
    if key == "next_named_month" and month:
        return [make(NEXT_SEASON, month=month)]  # "next March": the next such month after the article's date
    if key == "next_season" and season:
        return [make(NEXT_SEASON, month=spec.seasons[" ".join(season.split())], precision="year")]
    if key == "season_next_year" and season:
        return [make(ARTICLE_SHIFT, shift=1, unit="year", month=spec.seasons[" ".join(season.split())],
                     precision="year")]
    return []


# --------------------------------------------------------------------------------------------
# Resolution against context.


_VALUE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _parse(value: str | None) -> tuple[int, int | None, int | None] | None:
    if not value:
        return None
    m = _VALUE.match(value)
    if not m:
        return None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None


def _format(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _shifted(ref: tuple[int, int | None, int | None], amount: int, unit: str) -> str | None:
    year, month, day = ref
    if unit == "year":
        if not _valid(year + amount, month, day):  # 29 February
            day = None
        return _format(year + amount, month, day if month else None)
    if unit == "month":
        if month is None:
            return None
        index = year * 12 + month - 1 + amount
        return _format(index // 12, index % 12 + 1)
    days = amount * (7 if unit == "week" else 1)
    if month is None:
        return None
    if day is None:  # a month-precise reference: stay month-precise
        return _format(year, month) if abs(days) < 28 else None
    moved = dt.date(year, month, day) + dt.timedelta(days=days)
    return _format(moved.year, moved.month, moved.day)


# A day-month or month without a year takes, in order: the year of a date earlier in
# its sentence; by news convention, the next such month when it is at most FUTURE_MONTHS
# after the article's month and not told in a past tense (a month further ahead would be
# told with its year, or as "last May"; "opens in May" in February and "lands in stores
# in August" in March are announced), else the latest such month;
# the year of a date at most CONTEXT_SENTENCES back that names a month (a bare year
# is too vague for it). After words of a plan ("will open in May") the month is
# the next such month from the article's date on.
CONTEXT_SENTENCES = 2
FUTURE_MONTHS = 6


def resolve_dates(mentions: Sequence[DateMention], sentences: Sequence[int],
                  article_date: str | None, future: Sequence[bool] = (),
                  detached: Sequence[bool] = (), past: Sequence[bool] = ()) -> list[str | None]:
    """The date value (YYYY, YYYY-MM, YYYY-MM-DD) of each mention, or None when it cannot be resolved.

    `sentences[i]` is the sentence index of `mentions[i]`; mentions come in text order; `future[i]` (when
    given) tells whether `mentions[i]` follows words of a plan in its sentence ("will open in May");
    `detached[i]` whether the date before it in its sentence is a year told aside, in another clause
    ("owned since 2011, it signed on 3 May"): such a year is no time frame for a month without a year;
    `past[i]` whether `mentions[i]` is told in a past tense ("joined in January"): the last such month.
    """
    article = _parse(article_date)
    values: list[str | None] = []
    last: tuple[int, int | None, int | None] | None = None  # the date mentioned last
    last_sentence = -1
    for i, mention in enumerate(mentions):
        planned = i < len(future) and future[i]
        aside = i < len(detached) and detached[i]
        told_past = i < len(past) and past[i]
        value = _resolve_one(i, mention, mentions, sentences, (planned, aside, told_past), last, last_sentence,
                             article)
        if value and mention.precision:
            value = value[: 4 if mention.precision == "year" else 7]
        values.append(value)
        parsed = _parse(value)
        if parsed:
            last, last_sentence = parsed, sentences[i]
    return values


def _resolve_one(i: int, mention: DateMention, mentions: Sequence[DateMention], sentences: Sequence[int],
                 context: tuple[bool, bool, bool], last: tuple[int, int | None, int | None] | None,
                 last_sentence: int, article: tuple[int, int | None, int | None] | None) -> str | None:
    planned, aside, told_past = context
    kind = mention.kind
    if kind == ABSOLUTE:
        assert mention.year is not None
        return _format(mention.year, mention.month, mention.day if mention.month else None)
    if kind == PARTIAL:
        year = _partial_year(i, mention, sentences, planned, None if aside and article and article[1] else last,
                             last_sentence, article, told_past)
        if year is None or not _valid(year, mention.month, mention.day):
            return None
        return _format(year, mention.month, mention.day)
    if kind in (SHIFT, THAT_MONTH, NEXT_MONTH):
        if last is None:
            return None
        if kind == SHIFT:
            if mention.shift == 0 and mention.unit == "year":
                return _format(last[0])
            return _shifted(last, mention.shift, mention.unit)
        if kind == THAT_MONTH:
            return _format(last[0], mention.month)
        year = last[0] + (1 if last[1] is not None and mention.month is not None and mention.month <= last[1] else 0)
        return _format(year, mention.month)
    if article is None:
        return None
    if kind == ARTICLE_SHIFT:
        if mention.unit == "year":
            return _format(article[0] + mention.shift, mention.month)
        return _shifted(article, mention.shift, mention.unit)
    if kind == LAST_MONTH and mention.month is not None:
        past = article[1] is not None and mention.month >= article[1]
        return _format(article[0] - past, mention.month)
    if kind == LAST_WEEKDAY and mention.weekday is not None and article[2] is not None:
        assert article[1] is not None
        today = dt.date(*article)  # type: ignore[arg-type]
        back = (today.weekday() - mention.weekday - 1) % 7 + 1  # 1..7 days: strictly before the article's day
        day = today - dt.timedelta(days=back)
        return _format(day.year, day.month, day.day)
    if kind == RECENT_WEEKDAY and mention.weekday is not None and article[2] is not None:
        assert article[1] is not None
        today = dt.date(*article)  # type: ignore[arg-type]
        if planned:  # "will open on Friday": the next one
            day = today + dt.timedelta(days=(mention.weekday - today.weekday() - 1) % 7 + 1)
        else:
            day = today - dt.timedelta(days=(today.weekday() - mention.weekday) % 7)
        return _format(day.year, day.month, day.day)
    if kind == NEXT_SEASON and mention.month is not None:
        return _format(article[0] + (article[1] is not None and mention.month <= article[1]), mention.month)
    return None


def _partial_year(i: int, mention: DateMention, sentences: Sequence[int], planned: bool,
                  last: tuple[int, int | None, int | None] | None, last_sentence: int,
                  article: tuple[int, int | None, int | None] | None, told_past: bool = False) -> int | None:
    if told_past and article is not None and last is not None and last[0] > article[0]:
        last = None  # "a target for 2028 with a partner since January": a later year frames no past month
    if last is not None and last_sentence == sentences[i]:
        later = planned and last[1] is not None and mention.month is not None and mention.month < last[1]
        if later and article is not None and article[1] is not None and (last[0], mention.month) > article[:2]:
            later = False  # "in September, but already in April" (said in January): this year's April, still ahead
        return last[0] + later  # "will open in September, then in February": the February after
    if article is not None and article[1] is not None and mention.month is not None:
        if planned:
            return article[0] + (mention.month < article[1])
        if not told_past and 0 < (mention.month - article[1]) % 12 <= FUTURE_MONTHS:  # "opens in May", in February
            return article[0] + (mention.month < article[1])
        return article[0] - (mention.month > article[1])
    if last is not None and last[1] is not None and sentences[i] - last_sentence <= CONTEXT_SENTENCES:
        return last[0]
    return None
