"""Pure text helpers: folding for comparison, tokens, and sentence splitting."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from luxcli.model import Sentence

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-"})
WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case-, accent-, apostrophe- and hyphen-insensitive key for comparing names."""
    text = strip_accents(text).casefold().translate(_APOSTROPHES).translate(_DASHES)
    text = re.sub(r"[-_./]+", " ", text)
    return " ".join(text.split())


def normalise_spaces(text: str) -> str:
    """Unicode spaces (no-break, narrow no-break, thin) become plain spaces within lines."""
    return re.sub(r"[\u00a0\u2007\u202f\u2009\u200a\t ]+", " ", text)


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
    single capital initial ("John D. Idol"); decimals never qualify because a
    boundary needs white space after the stop.
    """
    from luxcli.model import Sentence  # here, so that fold() on the query path does not load the model

    abbrevs = {a.casefold().rstrip(".") for a in abbreviations}
    sentences: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        start = 0
        for match in _BOUNDARY.finditer(line):
            if match.group(1) == "." and _is_abbreviation(line[start : match.start()], abbrevs):
                continue
            end = match.end(2)
            _append(sentences, line, start, end, offset)
            start = match.end(3)
        _append(sentences, line, start, len(line), offset)
        offset += len(line) + 1
    return sentences


def _is_abbreviation(before: str, abbrevs: set[str]) -> bool:
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    word = word.lstrip("(\"'“‘«")
    if not word:
        return False
    if word.casefold() in abbrevs:
        return True
    return bool(_INITIAL.search(before))


def _append(out: list[Sentence], line: str, start: int, end: int, offset: int) -> None:
    from luxcli.model import Sentence

    chunk = line[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = offset + start + lead
    out.append(Sentence(index=len(out), start=s, end=s + len(stripped), text=stripped))


_FOLD_CACHE: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    out = _FOLD_CACHE.get(ch)
    if out is None:
        base = unicodedata.normalize("NFD", ch)[0].lower().translate(_APOSTROPHES)
        out = base if len(base) == 1 else ch
        _FOLD_CACHE[ch] = out
    return out


def fold_keep_length(text: str) -> str:
    """Lower-case, accent-free copy of `text` with the same length, so spans carry over."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)
