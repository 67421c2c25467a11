"""Cues rebuilt per article from the lexicon items its words allow (pure).

Many cues are one long alternation of lexicon items (sale verbs, ownership phrases, kind nouns) that `re` tries,
branch by branch, at every word of an article, though an article holds the words of only a few of them. A `Choice`
keeps the items, and for one article builds (and caches) the cue from the items whose words all occur in it: the
same matches, far fewer branches. `text_words` gives an article's words once for every stage that asks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from re import _constants, _parser

from luxcli.patterns import Lowered
from luxcli.text import fold_keep_length, trie_pattern


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a cache key
class Choice:
    """A cue that is one alternation of lexicon items (words or patterns, in one or more slots), each match of it
    made by one item, which starts a word: for one text, rebuilt from the items whose words the text holds. An
    item that cannot match anywhere in the text decides no match, so the smaller pattern finds the same matches
    (same spans, same named groups), while `re` tries a handful of branches at every word instead of dozens."""

    build: Callable[..., re.Pattern[str]]  # one tuple of items per slot -> the cue's pattern
    slots: tuple[tuple[str, ...], ...]
    needs: tuple[tuple[tuple[frozenset[str], ...] | None, ...], ...]  # per slot, each item's `_word_paths`
    full: re.Pattern[str]  # built from every item: the cue as other rules use it
    heads: tuple[tuple[frozenset[str] | None, ...], ...]  # per slot, the words each item opens with (`_head_words`)
    anchored: bool  # every match of the cue starts where its item does
    # each way of matching's longest word (the rarest, likely) -> the items (slot, index) it may stand for; and the
    # items no word tells: an article's words pick the few items worth a closer look at once
    by_key: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    keys: frozenset[str] = frozenset()  # (a set's intersection with another set runs over the smaller one)
    always: tuple[tuple[int, int], ...] = ()
    count: int = 0  # items in all

    def __post_init__(self) -> None:
        by_key: dict[str, list[tuple[int, int]]] = {}
        always = []
        for s, needs in enumerate(self.needs):
            for i, paths in enumerate(needs):
                if paths is None:
                    always.append((s, i))
                for path in paths or ():
                    by_key.setdefault(max(sorted(path), key=len), []).append((s, i))
        self.by_key.update((word, tuple(items)) for word, items in by_key.items())
        object.__setattr__(self, "keys", frozenset(by_key))
        object.__setattr__(self, "always", tuple(always))
        object.__setattr__(self, "count", sum(map(len, self.slots)))

    def finditer(self, text: str) -> Iterable[re.Match[str]]:
        """`self.full.finditer(text)`: with the items the text's words allow, and where the cue opens with its items,
        tried only where one of their first words starts, not at every character."""
        pattern, starts = self.places(text)
        if pattern is None:
            return ()
        return pattern.finditer(text) if starts is None else matches_at(pattern, text, starts)

    def places(self, text: str) -> tuple[re.Pattern[str] | None, list[int] | None]:
        """The cue for the text (`pattern_for`), and the offsets where its matches can start: where a first word of
        its items starts (a look for each word in the folded text, whose offsets are the text's); None where not
        known."""
        kept = self._kept(text_words(text))
        if kept is None:
            return self.full, None
        if not kept:
            return None, []
        heads = [self.heads[s][i] for s, i in kept]
        if not self.anchored or any(h is None for h in heads):
            return (self.full if len(kept) == self.count else _built(self, self._items(kept))), None
        # Tried only where a kept item's first word starts, the full cue finds what the one built from the kept items
        # finds (an item left out matches nowhere in the text), and a new set of items compiles no new pattern.
        return self.full, _word_starts(text, fold_keep_length(text), frozenset().union(*heads))

    def pattern_for(self, words: frozenset[str] | None) -> re.Pattern[str] | None:
        """The cue for a text whose lower-case words are `words` (`text_words`); None where no item can match (the
        cue finds nothing)."""
        kept = self._kept(words)
        if kept is None or len(kept) == self.count:
            return self.full
        return _built(self, self._items(kept)) if kept else None

    def _items(self, kept: list[tuple[int, int]]) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(self.slots[s][i] for t, i in kept if t == s) for s in range(len(self.slots)))

    def _kept(self, words: frozenset[str] | None) -> list[tuple[int, int]] | None:
        """The items (slot, index) the words allow, in order; None for all of them, unread (`words` unknown)."""
        if words is None:
            return None
        present = self.keys & words
        if not present and not self.always:
            return []  # most cues, most articles
        candidates = set(self.always)
        for word in present:
            candidates.update(self.by_key[word])
        return sorted((s, i) for s, i in candidates
                      if self.needs[s][i] is None or any(path <= words for path in self.needs[s][i]))


@functools.lru_cache(maxsize=4096)  # articles share few combinations of the cue words they hold
def _built(choice: Choice, kept: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    pattern = choice.build(*kept)
    # the same groups, numbered alike (an item with groups of its own would shift them): else the full cue
    same = pattern.groups == choice.full.groups and pattern.groupindex == choice.full.groupindex
    return pattern if same else choice.full


def choice(build: Callable[..., re.Pattern[str]], *slots: tuple[Iterable[str], bool, bool],
           anchored: bool = True) -> Choice:
    r"""`build` over slots of items: (items, whether they are words, written as `trie_pattern(words, " ")` writes
    them, or patterns, whether the cue needs a word's end after them). `build` puts each item where a word starts:
    after "(?<![\w\-])", a space or a "\b", or it opens with a character that is no word's (","). `anchored`: every
    match of the cue starts with its item (its matches can only start where the items' first words do)."""
    items = tuple(tuple(group) for group, _, _ in slots)
    needs = tuple(tuple(_word_paths(trie_pattern([item], " ") if are_words else item, ends) for item in group)
                  for group, (_, are_words, ends) in zip(items, slots, strict=True))
    heads = tuple(tuple(_head_words(trie_pattern([item], " ") if are_words else item, ends) for item in group)
                  for group, (_, are_words, ends) in zip(items, slots, strict=True))
    return Choice(build, items, needs, build(*items), heads, anchored)


def _word_starts(text: str, folded: str, words: frozenset[str]) -> list[int]:
    """Where the words start in the text's folded copy, after no word character nor hyphen, in order."""
    out = set()
    for word in words:
        i = folded.find(word)
        while i >= 0:
            if not i or not _WORD_CHAR.match(text[i - 1]):
                out.add(i)
            i = folded.find(word, i + 1)
    return sorted(out)


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` yields, when every match starts at one of `starts` (sorted): the leftmost match
    from where the last one ended, each time (none of these patterns matches the empty string)."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)):
            yield m
            end = m.end()


_WORD_CHAR = re.compile(r"[\w\-]")
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT)
_UNKNOWN = (None, None)  # what follows one round of a repeat: not read further
_MAX_PATHS = 512


def _word_paths(pattern: str, ends: bool) -> tuple[frozenset[str], ...] | None:
    """The whole words of the text a match of the pattern (read case-insensitively, starting a word) holds, one set
    per way of matching, lower-case: "(?:sells|has\\s+sold)\\s+to" -> {sells, to}, {has, sold, to}. A word is a
    run of word characters and hyphens that the pattern spells out letter by letter between two other characters
    (or the pattern's end, where `ends`: a word's end follows). Reading stops at what it does not spell (a class
    like "\\w", a repeat's second round): the words before it are still needed. None when some way of matching
    needs no word."""
    try:
        parsed = list(_parser.parse(pattern, re.IGNORECASE))
    except re.error:
        return None
    paths: set[frozenset[str]] = set()

    def walk(items: list, words: tuple[str, ...], word: str | None) -> bool:  # False: too many ways
        """`word`: the word being spelt, None between words (the match starts between words, its look-behind
        says)."""
        if len(paths) > _MAX_PATHS:
            return False
        if not items:
            paths.add(frozenset((*words, word) if ends and word else words))
            return True
        (op, av), rest = items[0], items[1:]
        if op is _constants.ASSERT_NOT and av[0] == 1 and _no_word_after(av[1]):
            return walk(rest, (*words, word) if word else words, None)  # "(?![\\w\\-])": the word ends
        if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            return walk(rest, words, word)  # zero width: it only refuses matches
        if _between_words([(op, av)]):
            return walk(rest, (*words, word) if word else words, None)  # "\\s", "['’]": the word ends
        if op is _constants.LITERAL and av < 0x100 and av != 0xB5 and (word or av != ord("-")):
            # (beyond Latin-1, cases may not pair one to one; a hyphen opening a word may follow a word character)
            return walk(rest, words, (word or "") + chr(av).lower())
        if op is _constants.IN and all(kind is _constants.LITERAL for kind, _ in av):
            return all(walk([(_constants.LITERAL, value), *rest], words, word) for _, value in av)  # "[cs]"
        if op is _constants.SUBPATTERN:
            return walk([*av[3], *rest], words, word)
        if op is _constants.BRANCH:
            return all(walk([*branch, *rest], words, word) for branch in av[1])
        if op in _REPEATS and _between_words(av[2]):  # "\\s+": however many rounds, the word ends
            return (av[0] > 0 or walk(rest, words, word)) and walk(rest, (*words, word) if word else words, None)
        if op in _REPEATS:  # not at all (where allowed), or once and then what follows (only known after one round)
            once = [*av[2], *rest] if av[1] == 1 else [*av[2], _UNKNOWN]
            return (av[0] > 0 or walk(rest, words, word)) and walk(once, words, word)
        paths.add(frozenset(words))  # "\\w", "\\d", a repeat's next rounds: the words so far, the spelt part of
        return True  # the word being read is not one

    if not walk(parsed, (), None) or frozenset() in paths:
        return None
    # folded as the text's words are: a letter and the letters `re` pairs with it fold alike
    paths = {frozenset(fold_keep_length(word) for word in path) for path in paths}
    # a way needing all the words of another adds nothing: the other is there whenever it is
    return tuple(sorted((p for p in paths if not any(q < p for q in paths)), key=sorted))


def _head_words(pattern: str, ends: bool) -> frozenset[str] | None:
    """The words a match of the pattern (read case-insensitively, starting a word) can open with, folded:
    "(?:sold|has\\s+sold)\\s+to" -> sold, has. None when some match may open otherwise (with no word, or with a
    word the pattern does not spell out whole)."""
    try:
        parsed = list(_parser.parse(pattern, re.IGNORECASE))
    except re.error:
        return None
    out: set[str] = set()

    def ends_here(word: str) -> bool:
        out.add(word)
        return bool(word)

    def walk(items: list, word: str) -> bool:  # whether every way of matching spelt its first word out
        if len(out) > _MAX_PATHS:
            return False
        if not items:
            return ends and ends_here(word)
        (op, av), rest = items[0], items[1:]
        if op is _constants.ASSERT_NOT and av[0] == 1 and _no_word_after(av[1]):
            return ends_here(word)
        if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            return walk(rest, word)
        if _between_words([(op, av)]):
            return ends_here(word)
        if op is _constants.LITERAL and av < 0x100 and av != 0xB5 and (word or av != ord("-")):
            return walk(rest, word + chr(av).lower())
        if op is _constants.IN and all(kind is _constants.LITERAL for kind, _ in av):
            return all(walk([(_constants.LITERAL, value), *rest], word) for _, value in av)
        if op is _constants.SUBPATTERN:
            return walk([*av[3], *rest], word)
        if op is _constants.BRANCH:
            return all(walk([*branch, *rest], word) for branch in av[1])
        if op in _REPEATS:
            once = [*av[2], *rest] if av[1] == 1 else [*av[2], _UNKNOWN]
            return (av[0] > 0 or walk(rest, word)) and walk(once, word)
        return False

    return frozenset(fold_keep_length(w) for w in out) if walk(parsed, "") else None


def _between_words(items: list) -> bool:
    """One character that is no word's: a space ("\\s"), an apostrophe ("['’]")."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is _constants.LITERAL:
        return not _WORD_CHAR.match(chr(av))
    return op is _constants.IN and all((kind is _constants.CATEGORY and value is _constants.CATEGORY_SPACE)
                                       or (kind is _constants.LITERAL and not _WORD_CHAR.match(chr(value)))
                                       for kind, value in av)


def _no_word_after(lookahead: _parser.SubPattern) -> bool:
    """A negative lookahead refusing every word character: the word ends before it."""
    items = list(lookahead)
    return len(items) == 1 and items[0][0] is _constants.IN \
        and any(kind is _constants.CATEGORY and value is _constants.CATEGORY_WORD for kind, value in items[0][1])


_WORD = re.compile(r"[\w\-]+")


@functools.lru_cache(maxsize=2)  # asked by several stages for the article at hand
def text_words(text: str) -> frozenset[str] | None:
    """The text's words, folded (lower case, no accents: `fold_keep_length`, which the article's stages share), so
    that the one set serves cues read on the text and on its folded copy: runs of word characters and hyphens, and
    each run's part after a hyphen (a cue after "\\b" may start there: "ex-director"). None when `re`'s
    case-insensitive matching could pair letters that the lower-case copy does not show (`Lowered`): nothing is
    then left out."""
    lowered = Lowered(text).text
    if lowered is None:
        return None
    words = set(_WORD.findall(lowered))  # (runs as `re` sees them in the text itself)
    if "-" in lowered:  # (a look at every word only where one can hold a hyphen)
        words.update(part for word in [w for w in words if "-" in w] for i, c in enumerate(word) if c == "-"
                     for part in (word[i + 1:],) if part)
    # folded (ASCII lower-case is folded already), the others all at once: a fold is letter by letter
    accented = [] if lowered.isascii() else [w for w in words if not w.isascii()]
    if accented:
        words.difference_update(accented)
        words.update(fold_keep_length("\x00".join(accented)).split("\x00"))
    return frozenset(words)
