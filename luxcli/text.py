"""Pure text helpers: folding for comparison, tokens, and sentence splitting."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from luxcli.model import Sentence

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-"})
WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_FOLD_SEPARATORS = re.compile(r"[-_./‐‑‒–—]+")  # ASCII separators and the dashes of _DASHES
_FOLD_APOSTROPHES = re.compile(r"[’‘ʼ`]")  # the keys of _APOSTROPHES
# Runs of characters that folding may change: non-ASCII, and the backtick (an apostrophe).
# Regex substitution over these runs leaves the (mostly ASCII) rest to C code: far
# faster than str.translate over every character of a French or Italian article.
_NON_ASCII = re.compile(r"[^\x00-\x5f\x61-\x7f]+")


class _StripTable(dict[int, str]):
    """Code point -> its NFKD decomposition without combining marks, computed once per character.

    Decomposing character by character equals decomposing the whole string (NFKD never
    composes; reordering only moves the marks dropped here), and `str.translate` over a
    cached table runs in C: several times faster than a generator over every character.
    """

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        out = "".join(c for c in decomposed if not unicodedata.combining(c))
        self[code] = out
        return out


_STRIP = _StripTable()


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return _NON_ASCII.sub(_strip_run, text)


def _strip_run(match: re.Match[str]) -> str:
    return match.group().translate(_STRIP)


def fold(text: str) -> str:
    """Case-, accent-, apostrophe- and hyphen-insensitive key for comparing names."""
    if len(text) <= _SHORT:
        return _fold_short(text)
    return _fold(text)


_SHORT = 100  # names and titles: the same few thousand come back again and again (merging people, writing facts)


@functools.lru_cache(maxsize=1 << 16)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    text = _FOLD_APOSTROPHES.sub("'", strip_accents(text).casefold())
    text = _FOLD_SEPARATORS.sub(" ", text)  # dashes too, as separators
    return " ".join(text.split())


def normalise_spaces(text: str) -> str:
    """Unicode spaces (no-break, narrow no-break, thin) become plain spaces within lines."""
    return _SPACE_RUN.sub(" ", text)


# A run of spaces of any kind, unless it is one plain space already: what to rewrite, and nothing more
# (rewriting every single space of a paragraph by itself took most of the time).
_SPACE_RUN = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a\t][\u00a0\u2007\u202f\u2009\u200a\t ]*"
                        r"| [\u00a0\u2007\u202f\u2009\u200a\t ]+")


def tokens(text: str) -> list[str]:
    return WORD_RE.findall(text)


def word_count(text: str) -> int:
    return len(WORD_RE.findall(text))


# A sentence ends at . ! ? … (optionally followed by closing quotes or brackets)
# when white space and then something that can start a sentence follow.
_BOUNDARY = re.compile(r"([.!?…]+)((?:[\s\u00a0]?[\"'”’»)\]])*)(\s+)(?=[\"'“‘«(\[]?\s?[A-ZÀ-ÖØ-Þ0-9¿¡])")
_INITIAL = re.compile(r"(?:^|[\s(])(?:[A-Z]|[A-Z]\.[A-Z])$")


def split_sentences(text: str, abbreviations: Iterable[str] = ()) -> list[Sentence]:
    """Split clean text into sentences with their spans.

    Lines are paragraphs: a sentence never crosses a line break. Inside a line, a
    boundary is refused after a known abbreviation ("Mr.", "Dott.", "U.S.") or a
    single capital initial ("Anna B. Rossi"); decimals never qualify because a
    boundary needs white space after the stop.
    """
    from luxcli.model import Sentence

    abbrevs = _abbreviation_keys(abbreviations if isinstance(abbreviations, tuple) else tuple(abbreviations))
    sentences: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        if not line:
            offset += 1
            continue
        start = 0
        for match in _BOUNDARY.finditer(line):
            if match.group(1) == "." and _is_abbreviation(line[start : match.start()], abbrevs):
                continue
            end = match.end(2)
            chunk = line[start:end]
            stripped = chunk.strip()
            if stripped:
                first = offset + start + len(chunk) - len(chunk.lstrip())
                sentences.append(Sentence(len(sentences), first, first + len(stripped), stripped))
            start = match.end(3)
        chunk = line[start:]
        stripped = chunk.strip()
        if stripped:
            first = offset + start + len(chunk) - len(chunk.lstrip())
            sentences.append(Sentence(len(sentences), first, first + len(stripped), stripped))
        offset += len(line) + 1
    return sentences


@functools.lru_cache(maxsize=64)
def _abbreviation_keys(abbreviations: tuple[str, ...]) -> frozenset[str]:
    """A language's abbreviations as `_is_abbreviation` compares them, made once per list, not per article."""
    return frozenset(a.casefold().rstrip(".") for a in abbreviations)


def _is_abbreviation(before: str, abbrevs: frozenset[str]) -> bool:
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    word = word.lstrip("(\"'“‘«")
    if not word:
        return False
    if word.casefold() in abbrevs:
        return True
    return bool(_INITIAL.search(before, max(0, len(before) - 4)))  # an initial is in the last 4 characters


def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[0].lower().translate(_APOSTROPHES)
    return base if len(base) == 1 else ch


class _KeepLengthTable(dict[int, str]):
    """Code point -> one folded character, computed once per character (used with str.translate)."""

    def __missing__(self, code: int) -> str:
        out = self[code] = _fold_char(chr(code))
        return out


_KEEP_LENGTH = _KeepLengthTable()


def fold_keep_length(text: str) -> str:
    """Lower-case, accent-free copy of `text` with the same length, so spans carry over."""
    if len(text) > _LONG:
        return _fold_article(text)
    return _fold_keep_length(text)


_LONG = 500  # an article's whole text: dates, organisations, people and topics each fold the same one


@functools.lru_cache(maxsize=4)
def _fold_article(text: str) -> str:
    return _fold_keep_length(text)


def _fold_keep_length(text: str) -> str:
    if text.isascii():
        return text.lower()
    lowered = text.lower()
    if len(lowered) != len(text) or "Σ" in text:  # "İ" lowers to two characters, "Σ" by context:
        return text.translate(_KEEP_LENGTH)  # fold each character on its own instead
    # Folding a lower-cased character gives what folding the character gives; ASCII needs no more.
    return _NON_ASCII.sub(_keep_length_run, lowered)


def _keep_length_run(match: re.Match[str]) -> str:
    return match.group().translate(_KEEP_LENGTH)


def trie_pattern(words: Iterable[str], space: str = r"[\s\-]+") -> str:
    """One regular expression for many words, shared prefixes factored out: far faster than a flat
    alternation, and still the longest word wins (continuations are tried before a word ends).
    A space in a word matches `space`."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [(space if char == " " else re.escape(char)) + build(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie) or "(?!)"

