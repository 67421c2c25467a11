"""Regular expressions for long texts: faster scans with the same matches (pure).

- `compile_scan(pattern)`: `re.compile` with a look at the characters a match can start with in front.
- `requirements(pattern)` and `Lowered`: the strings a text must hold for the pattern to match, and a text's
  lower-case copy to look for them in: a cue whose strings are not all there need not be searched at all.
- `by_first_letter(alternatives)`: an alternation of many words, grouped by first letter, for `re` to try.
- `by_identity`: a cache for functions of compiled patterns, which are slow to hash.

The first two read the pattern as `re` parses it (`re._parser`): anything they do not follow leaves the pattern as
it is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from re import _constants as c
from re import _parser
from typing import TypeVar

_CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
               c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # "(?i)" must stay at the very start of a pattern
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)

_T = TypeVar("_T")


def by_identity(function: Callable[..., _T]) -> Callable[..., _T]:
    """`functools.cache`, keyed by the identity of the arguments. A compiled pattern's hash reads its whole compiled
    code each time: microseconds for a cue of thousands of characters, and the cues' caches were asked dozens of
    times an article. For arguments that live as long as the process (a language's cues): the cache keeps them, so
    that no other object takes one's identity."""
    cached: dict[tuple[int, ...], tuple[tuple[object, ...], _T]] = {}

    @functools.wraps(function)
    def wrapper(*args: object) -> _T:
        key = tuple(map(id, args))
        hit = cached.get(key)
        if hit is None:
            hit = cached[key] = (args, function(*args))
        return hit[1]

    return wrapper


def compile_scan(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, for a pattern searched through long text: with a look at the characters a match can start
    with in front. A pattern that opens with an alternation, a case-insensitive word or a lookbehind has no
    literal prefix, so `re` runs the whole pattern at every position; the look rejects most positions at once.
    Same matches: the look only refuses positions where no match can start."""
    if pattern.startswith("^") or flags & re.VERBOSE or _GLOBAL_FLAGS.match(pattern):
        return re.compile(pattern, flags)  # anchored: nothing to skip; verbose or "(?i)": not rewritten
    firsts = _first_chars(pattern, flags)
    if firsts is None:
        return re.compile(pattern, flags)
    return re.compile(f"(?={firsts})(?:{pattern})", flags)


def by_first_letter(alternatives: list[str]) -> str:
    """Alternatives (regex fragments) as one alternation, in their order, grouped by first letter when each opens
    with a plain letter a-z: "j(?:anuary|une|uly)|m(?:arch|ay)". The same alternative matches as in the flat
    alternation, with or without IGNORECASE (alternatives that open with different letters never match at the
    same place, and within a letter the order is kept), but `re` tries one group where a word could start
    instead of every word."""
    if not all("a" <= a[:1] <= "z" for a in alternatives):
        return "|".join(alternatives)
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items())


def _parse(pattern: str, flags: int) -> _parser.SubPattern | None:
    try:
        return _parser.parse(pattern, flags)
    except re.error:
        return None


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _first_chars(pattern: str, flags: int) -> str | None:
    """A character class holding every character a match of `pattern` can start with; None when unknown
    (the pattern can match the empty string, or starts with something this reading does not follow)."""
    members: set[str] = set()
    folds = False  # whether a member is read case-insensitively

    def first(items: Iterable[tuple[object, object]], flags: int) -> bool | None:
        """Add the first characters of a sequence; whether it can match empty, None when unknown."""
        nonlocal folds
        for op, av in items:
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # zero width: the next item starts the match
            if op is c.LITERAL:
                members.add(_char(av))  # type: ignore[arg-type]
            elif op is c.IN:
                for kind, value in av:  # type: ignore[attr-defined]
                    if kind is c.LITERAL:
                        members.add(_char(value))
                    elif kind is c.RANGE:
                        members.add(f"{_char(value[0])}-{_char(value[1])}")
                    elif kind is c.CATEGORY and value in _CATEGORIES:
                        members.add(_CATEGORIES[value])
                    else:
                        return None  # a negated class and the like: anything may start
            elif op is c.BRANCH:
                nullable = False
                for branch in av[1]:  # type: ignore[index]
                    inner = first(branch, flags)
                    if inner is None:
                        return None
                    nullable = nullable or inner
                if not nullable:
                    return False
                continue
            elif op is c.SUBPATTERN:
                _, add, remove, sub = av  # type: ignore[misc]
                inner = first(sub, (flags | add) & ~remove)
                if inner is None or not inner:
                    return inner
                continue
            elif op in _REPEATS:
                low, _, sub = av  # type: ignore[misc]
                inner = first(sub, flags)
                if inner is None or (low > 0 and not inner):
                    return inner
                continue
            else:
                return None
            folds = folds or bool(flags & re.IGNORECASE)
            return False
        return True

    parsed = _parse(pattern, flags)
    try:
        if parsed is None or first(parsed, parsed.state.flags) is not False or not members:
            return None
    except (TypeError, ValueError, IndexError, AttributeError):
        return None  # a parse tree of another shape (another Python): the pattern is left as it is
    body = "[" + "".join(sorted(members)) + "]"
    return f"(?i:{body})" if folds else body


# Letters whose case `re` pairs differently from `str.lower` ("ı" and "ſ" match "i" and "s"; "İ" lowers to two
# characters): a text holding one is always searched. Required strings keep to Latin-1 letters, which have
# no such pairs but these.
_CASE_TRAPS = ("ı", "ſ", "İ")


def _plain(code: int) -> bool:
    return code < 0x100 and code != 0xB5  # Latin-1, but the micro sign (paired with the Greek mu)


Need = frozenset[frozenset[str]]  # any of these sets of strings, each string of the set in the text
_ANYTHING: Need = frozenset([frozenset()])  # nothing is required
_MAX_EXACT = 32  # exact spellings of a part ("s", "es", "ing" ...) before it is no longer spelt out
_MAX_NEED = 64  # sets in a requirement before the least telling parts are left out


def requirements(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...] | None:
    """What a text must hold for `pattern` to match in it: any of these sets of lower-case strings, each string
    of the set in the text ("partner(?:ship)?\\s+with" needs "partner" and "with"). None when nothing is known."""
    parsed = _parse(pattern, flags)
    if parsed is None:
        return None
    try:
        need = _needs(parsed, _MAX_NEED)
    except (TypeError, ValueError, IndexError, AttributeError):
        return None  # a parse tree of another shape (another Python): the pattern is always searched
    if need == _ANYTHING or not need:
        return None
    return tuple(sorted(tuple(sorted(strings)) for strings in need))


def _exact(items: Iterable[tuple[object, object]]) -> set[str] | None:
    """Every spelling (lower case) a sequence matches, when it is a few fixed strings; None otherwise."""
    out = {""}
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: nothing spelt
        if op is c.LITERAL and _plain(av):  # type: ignore[arg-type]
            part: set[str] | None = {chr(av).lower()}  # type: ignore[arg-type]
        elif op is c.SUBPATTERN:
            part = _exact(av[3])  # type: ignore[index]
        elif op is c.BRANCH:
            branches = [_exact(b) for b in av[1]]  # type: ignore[index]
            part = None if any(b is None for b in branches) else set().union(*branches)  # type: ignore[arg-type]
        elif op in _REPEATS and av[1] == 1:  # type: ignore[index]
            inner = _exact(av[2])  # type: ignore[index]
            part = None if inner is None else inner | ({""} if av[0] == 0 else set())  # type: ignore[index]
        else:
            return None
        if part is None or len(out) * len(part) > _MAX_EXACT:
            return None
        out = {a + b for a in out for b in part}
    return out


def _needs(items: Iterable[tuple[object, object]], limit: int) -> Need:
    """What a sequence needs: each run of fixed spellings, and what its groups and repeats need, all together,
    in at most `limit` sets."""
    parts: list[Need] = []
    run: set[str] = {""}

    def close_run() -> None:
        nonlocal run
        if "" not in run:
            parts.append(frozenset(frozenset([s]) for s in run))
        run = {""}

    for op, av in items:
        exact = _exact([(op, av)])
        if exact is not None:
            if len(run) * len(exact) <= _MAX_EXACT:
                run = {a + b for a in run for b in exact}
                continue
            close_run()
            run = exact
            continue
        close_run()
        if op is c.SUBPATTERN:
            parts.append(_needs(av[3], limit))  # type: ignore[index]
        elif op is c.BRANCH:
            either = frozenset().union(*(_needs(b, limit) for b in av[1]))  # type: ignore[index]
            parts.append(_ANYTHING if either >= _ANYTHING else _fit(either, limit))
        elif op in _REPEATS and av[0] > 0:  # type: ignore[index]
            parts.append(_needs(av[2], limit))  # type: ignore[index]
    close_run()
    return _all_of(parts, limit)


def _fit(need: Need, limit: int) -> Need:
    """At most `limit` sets, asking less where needed: each set cut to its longest string, then the strings cut
    to their first letters until few enough differ ("associé", "associée", "associés" -> "associ")."""
    if len(need) <= limit:
        return need
    longest = [max(strings, key=len) for strings in need if strings]
    if len(longest) < len(need):
        return _ANYTHING  # a set with no string: nothing is needed
    for k in range(max(map(len, longest)), 0, -1):
        cut = {w[:k] for w in longest}
        if len(cut) <= limit:
            return frozenset(frozenset([w]) for w in cut)
    return _ANYTHING


def _all_of(parts: list[Need], limit: int) -> Need:
    """Every part at once; the parts with the longest shortest string first, a part left out (which only asks
    less of the text) when spelling out all combinations would grow too long."""
    out = _ANYTHING
    for part in sorted(parts, key=lambda n: -min((len(s) for strings in n for s in strings), default=0)):
        combined = frozenset(a | b for a in out for b in _fit(part, limit))
        if len(combined) <= limit:
            out = combined
    return out


class Lowered:
    """A text's lower-case copy, to ask whether a pattern's required strings occur in it (`str` search: far
    faster than the pattern). None when `re` could match letters that the lower-case copy does not show."""

    def __init__(self, text: str) -> None:
        lowered = text.lower()
        # ASCII holds no trap and lowers letter for letter: most texts are answered by the first test
        traps = not text.isascii() and (len(lowered) != len(text) or any(t in text for t in _CASE_TRAPS))
        self.text: str | None = None if traps else lowered
        # string -> whether the text holds it: the patterns asked about one text share many strings, and a
        # search of the whole text for an absent one costs far more than this lookup
        self._holds: dict[str, bool] = {}

    def may_match(self, needs: tuple[tuple[str, ...], ...] | None) -> bool:
        text = self.text
        if needs is None or text is None:
            return True
        holds = self._holds
        for strings in needs:  # plain loops: asked for every cue of every article
            for s in strings:
                held = holds.get(s)
                if held is None:
                    held = holds[s] = s in text
                if not held:
                    break
            else:
                return True
        return False
