"""Files -> clean article text, title, date and language.

Plain text, Markdown and saved HTML pages, in any common encoding. Page
furniture (bylines, read times, word counts, share bars, cookie banners,
breadcrumbs, widget JSON) is dropped here, so that neither the extractors nor
search ever see it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from luxcli import lexicon
from luxcli.dates import find_dates
from luxcli.errors import IngestError
from luxcli.html import html_to_text
from luxcli.model import Article
from luxcli.text import fold, normalise_spaces, split_sentences, word_count

SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
MAX_BYTES = 16 * 1024 * 1024  # far above any article; keeps one stray dump from stalling a run


@dataclass(frozen=True)
class Discovery:
    files: tuple[Path, ...]
    unsupported: tuple[Path, ...]
    problems: tuple[tuple[str, str], ...]  # (path, why) for paths that could not be walked


def discover(paths: Iterable[str | Path]) -> Discovery:
    """Expand files and folders (recursively) into supported article files, sorted."""
    files: dict[str, Path] = {}
    unsupported: list[Path] = []
    problems: list[tuple[str, str]] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.exists():
            problems.append((str(raw), "no such file or folder"))
        elif path.is_dir():
            for found in _walk(path, problems):
                _sort_file(found, files, unsupported)
        else:
            _sort_file(path, files, unsupported)
    return Discovery(tuple(files[k] for k in sorted(files)), tuple(unsupported), tuple(problems))


def _sort_file(path: Path, files: dict[str, Path], unsupported: list[Path]) -> None:
    if path.suffix.lower() in SUFFIXES:
        files[str(path.resolve())] = path.resolve()
    else:
        unsupported.append(path)


def _walk(root: Path, problems: list[tuple[str, str]]) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()

    def onerror(exc: OSError) -> None:
        problems.append((str(exc.filename or root), exc.strerror or str(exc)))

    for folder, dirs, names in os.walk(root, onerror=onerror, followlinks=True):
        try:
            st = os.stat(folder)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:  # a symlink loop: walk each real folder once
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith("."):
                yield Path(folder) / name


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(f"too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB)")
        return path.read_bytes()
    except PermissionError as exc:
        raise IngestError("permission denied") from exc
    except IsADirectoryError as exc:
        raise IngestError("is a directory") from exc
    except OSError as exc:
        raise IngestError(exc.strerror or str(exc)) from exc


def decode(raw: bytes) -> str:
    """Bytes -> text: BOMs first, then strict UTF-8, then Windows-1252 / Latin-1."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    if _looks_binary(raw):
        raise IngestError("binary data, not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if raw.count(b"\xc3") > 2 and raw.decode("utf-8", errors="replace").count("\ufffd") < len(raw) / 200:
        return raw.decode("utf-8", errors="replace")  # mostly UTF-8 with a few bad bytes
    return _legacy(raw)


def _legacy(raw: bytes) -> str:
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample) > 0.05


def read_article(path: str | Path) -> Article:
    """Read one file into an Article. Raises IngestError when it is not a readable article."""
    path = Path(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise IngestError(f"unsupported file type {path.suffix or '(none)'}")
    raw = read_bytes(path)
    return parse_article(raw, path=path, kind=kind)


def parse_article(raw: bytes, *, path: Path, kind: str) -> Article:
    digest = hashlib.sha256(raw).hexdigest()
    text = decode(raw).replace("\r\n", "\n").replace("\r", "\n")
    date = None
    html_lang = None
    if kind == "html":
        page = html_to_text(text)
        title, body, date, html_lang = page.title, page.text, page.date, page.language
    elif kind == "markdown":
        title, body = markdown_to_text(text)
    else:
        body = text
        title = next((line.strip() for line in text.split("\n") if line.strip()), "")
    language = detect_language(body) or (html_lang if html_lang in lexicon.languages() else None)
    lines, byline_date = drop_furniture(body.split("\n"))
    clean = "\n".join(normalise_spaces(line).strip() for line in lines)
    clean = re.sub(r"\n{3,}", "\n\n", clean).strip("\n")
    if not clean.strip():
        raise IngestError("no article text")
    if kind != "html" or not title:
        title = normalise_spaces(title).strip() or clean.split("\n", 1)[0]
    lang = language or "und"
    abbreviations = lexicon.words(lang, "abbreviations")
    return Article(
        path=str(path),
        file=path.name,
        title=normalise_spaces(title).strip(),
        language=lang,
        text=clean,
        sentences=tuple(split_sentences(clean, abbreviations)),
        content_hash=digest,
        date=date or byline_date,
        words=word_count(clean),
    )


# --- language -----------------------------------------------------------------


def detect_language(text: str) -> str | None:
    """en, fr or it by counting each language's frequent function words; None when unsure."""
    tokens = fold(text[:20000]).replace("'", " ").split()
    if len(tokens) < 8:
        return None
    counts = Counter(tokens)
    scores = {lang: sum(counts[w] for w in _stopwords(lang)) for lang in lexicon.languages()}
    best = max(scores, key=lambda k: scores[k])
    ranked = sorted(scores.values(), reverse=True)
    if scores[best] < 3 or scores[best] / len(tokens) < 0.08 or ranked[0] < 1.3 * ranked[1]:
        return None
    return best


@functools.cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.words(lang, "stopwords"))


# --- furniture ----------------------------------------------------------------

_SEPARATORS = re.compile(r"\s*(?:[|›»•·]|\s—\s|\s–\s| {3,}|\t+)\s*")
_BREADCRUMB_SEPARATORS = re.compile(r"\s*(?:[|›»>•·/]| {3,}|\t+)\s*")
_NO_TEXT = re.compile(r"^[\W_]*$")
_JSON_LIKE = re.compile(r'^\s*[\[{].*["\w]\s*:\s*.*[\]}]\s*$')
_DIGIT = re.compile(r"\d")
_DATE_ONLY_MAX = 120  # characters: a few dates with separators
_LIST_MARK = re.compile(r"^(?:[-*+•]\s+)")


def drop_furniture(lines: list[str]) -> tuple[list[str], str | None]:
    """Keep the lines that are article text; also return a date found in the byline."""
    repeats = Counter(line.strip() for line in lines if 0 < len(line.strip()) < 60)
    kept: list[str] = []
    found_date: str | None = None
    for line in lines:
        stripped = line.strip()
        if not stripped:
            kept.append("")
            continue
        if _is_furniture(stripped, repeats[stripped]):
            if found_date is None:
                dates = find_dates(stripped)
                found_date = dates[0].value if dates else None
            continue
        kept.append(line)
    return kept, found_date


def _is_furniture(line: str, repeated: int) -> bool:
    if _NO_TEXT.match(line) or repeated >= 3:
        return True
    if _JSON_LIKE.match(line) and _parses_as_json(line):
        return True
    if _is_date_only(line):
        return True
    if _matches_any(line):
        return True
    words = line.split()
    if len(words) > 30:
        return False
    segments = [s for s in _SEPARATORS.split(line) if s.strip()]
    if len(segments) > 1 and any(_matches_any(s) or _is_date_only(s) for s in segments):
        return True
    return _is_breadcrumb(line)


def _is_breadcrumb(line: str) -> bool:
    """Short labels joined by separators: "Home › Retail › China", "Mode | Luxe"."""
    segments = [s.strip() for s in _BREADCRUMB_SEPARATORS.split(line) if s.strip()]
    if len(segments) < 2 or len(segments) > 10:
        return False
    return all(len(s.split()) <= 3 and not s.endswith((".", "!", "?", ":", ",")) for s in segments)


def _is_date_only(text: str) -> bool:
    # Every full or month-year date has a year in digits, and a line of nothing but dates
    # is short: skip the date search for the long paragraphs that make up most lines.
    if len(text) > _DATE_ONLY_MAX or not _DIGIT.search(text):
        return False
    dates = find_dates(text)
    if not dates:
        return False
    rest = text
    for d in dates:
        rest = rest.replace(d.text, " ")
    return _NO_TEXT.match(rest) is not None


def _matches_any(text: str) -> bool:
    text = _LIST_MARK.sub("", text.strip(" *_"))
    return _furniture_pattern().fullmatch(text) is not None


@functools.cache
def _furniture_pattern() -> re.Pattern[str]:
    """Every language's furniture patterns as one alternation: one regex call per line instead of ~70.

    A French site may carry an English share bar: every language's patterns apply.
    """
    sources = [p for lang in lexicon.languages() for p in lexicon.lookup(lang, "furniture.segment_patterns", ())]
    return re.compile("|".join(f"(?:{p})" for p in sources) or "(?!)", re.IGNORECASE)


def _parses_as_json(line: str) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return '":' in line  # a truncated or loosely quoted blob is still widget config
    return True


# --- markdown -----------------------------------------------------------------

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_MD_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_MD_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1")
_MD_CODE = re.compile(r"`([^`]*)`")
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")


def markdown_to_text(source: str) -> tuple[str, str]:
    """Markdown -> (title, text): headings, lists, quotes and links reduced to their words."""
    title = ""
    out: list[str] = []
    in_fence = False
    for line in source.split("\n"):
        if line.strip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence or _MD_RULE.match(line):
            out.append("")
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            line = heading.group(1)
            title = title or _md_inline(line)
        line = _MD_QUOTE.sub("", line)
        line = _MD_LIST.sub("", line)
        out.append(_md_inline(line))
    return title, "\n".join(out)


def _md_inline(line: str) -> str:
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_REF_LINK.sub(r"\1", line)
    line = _MD_CODE.sub(r"\1", line)
    for _ in range(2):
        line = _MD_EMPHASIS.sub(r"\2", line)
    return line
