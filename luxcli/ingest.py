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
from luxcli.patterns import Lowered, _first_chars, requirements
from luxcli.text import fold, normalise_spaces, split_sentences, strip_accents, word_count

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
    controls = len(sample.translate(None, _NOT_CONTROL))  # deleting the other bytes is counting in C
    return controls / len(sample) > 0.05


# Every byte but the control characters that do not occur in text (tab, line feed, form feed, return do).
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13)))


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
    site_name = None
    if kind == "html":
        page = html_to_text(text)
        title, body, date, html_lang = page.title, page.text, page.date, page.language
        # the byline and the footer's notices are furniture the page marks as such; read like text's
        byline = page.byline if page.byline and byline_author(page.byline) else ""  # not an author's bio
        body = "\n".join([byline, body, *page.notices]) if byline else "\n".join([body, *page.notices])
        site_name = page.site_name
    elif kind == "markdown":
        title, body = markdown_to_text(text)
    else:
        body = text
        title = ""  # the first line of the clean text: a breadcrumb or a section label is furniture
    language = detect_language(body) or (html_lang if html_lang in lexicon.languages() else None)
    lines, furniture = drop_furniture(body.split("\n"))
    # spaces normalised over the whole text at once (never across a line), then each line stripped
    clean = "\n".join(line.strip() for line in normalise_spaces("\n".join(lines)).split("\n"))
    clean = re.sub(r"\n{3,}", "\n\n", clean).strip("\n")
    if not clean.strip():
        raise IngestError("no article text")
    if kind != "html" or not title:
        first = next((line for line in clean.split("\n") if line.strip() and line != furniture.byline
                      and not _KICKER.match(line)), clean)  # "HAUTE COUTURE" above a headline is a section label
        title = normalise_spaces(title).strip() or first
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
        date=date or furniture.date,
        # the page's site name ("The X Ledger") over a longer legal name in its copyright line ("The X Ledger Media")
        publication=site_name if site_name and furniture.publication
        and furniture.publication.startswith(site_name + " ") else furniture.publication or site_name,
        byline=furniture.byline,
        words=word_count(clean),
    )


# --- language -----------------------------------------------------------------


def detect_language(text: str) -> str | None:
    """en, fr or it by counting each language's frequent function words; None when unsure."""
    tokens = _word_split(text[:20000])
    if len(tokens) < 8:
        return None
    counts = Counter(tokens)
    # the stop words the text holds, found by one set operation instead of a look-up of every stop word
    scores = {lang: sum(map(counts.__getitem__, counts.keys() & _stopwords(lang))) for lang in lexicon.languages()}
    best = max(scores, key=lambda k: scores[k])
    ranked = sorted(scores.values(), reverse=True)
    if scores[best] < 3 or scores[best] / len(tokens) < 0.08 or ranked[0] < 1.3 * ranked[1]:
        return None
    return best


# What `fold(text).replace("'", " ").split()` splits at, in one pass: folding turns separators (dashes, "_", ".",
# "/") into spaces and apostrophes into "'", which counting words then splits at as well.
_WORD_SEPARATORS = re.compile(r"[-_./‐‑‒–—’‘ʼ`']+")


def _word_split(text: str) -> list[str]:
    """The folded words of `text`, as `fold(text).replace("'", " ").split()` gives them."""
    return _WORD_SEPARATORS.sub(" ", strip_accents(text).casefold()).split()


@functools.cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.words(lang, "stopwords"))


# --- furniture ----------------------------------------------------------------

_SEPARATORS = re.compile(r"\s*(?:[|›»•·]|\s[—–-]\s| {3,}|\t+)\s*")
_BREADCRUMB_SEPARATORS = re.compile(r"\s*(?:[|›»>•·/]| {3,}|\t+)\s*")
# What a line needs for either pattern above to split it: a mark, a dash, a tab or three spaces. Most lines have
# none, and a search for one of these characters is far cheaper than the split, which tries every position.
_MAY_SEPARATE = re.compile(r"[|›»>•·/—–\t-]| {3}")
_NO_TEXT = re.compile(r"^[\W_]*$")
_JSON_LIKE = re.compile(r'^\s*[\[{].*["\w]\s*:\s*.*[\]}]\s*$')
_DIGIT = re.compile(r"\d")
_DATE_ONLY_MAX = 120  # characters: a few dates with separators
_LIST_MARK = re.compile(r"^(?:[-*+•]\s+)")
_KICKER = re.compile(r"^[^a-zà-ÿ]{1,40}$")  # a short line in capitals: a section label, not a headline
_BUTTONS = re.compile(r"^(?:\[[^\]\n]{1,30}\]\s*)+$")  # "[Share] [Tweet] [Copy link]": a row of buttons


@dataclass(frozen=True)
class Furniture:
    """What the page furniture tells about the article, once it is dropped."""

    date: str | None = None  # from the byline or a date line
    publication: str | None = None  # from the copyright line: "© 2026 Name. All rights reserved."
    byline: str | None = None  # the author part of the byline, kept as text: "By Jane Doe, retail editor"


def drop_furniture(lines: list[str]) -> tuple[list[str], Furniture]:
    """Keep the lines that are article text, and what the furniture says about the article.

    Two pieces of furniture stay, cut down to the words that are facts: a byline's author ("By Jane
    Doe, retail editor", without its date and reading time), since the author is a person the article
    names; and the copyright holder ("© 2026 Name"), the publication that employs the author.
    """
    repeats = Counter(line.strip() for line in lines if 0 < len(line.strip()) < 60)
    kept: list[str] = []
    found_date: str | None = None
    publication: str | None = None
    named: tuple[int, str] | None = None  # a newsletter or credit line's publication: the fallback of the copyright
    named_by_credit = False  # `named` comes from a photo credit, which a newsletter line later overrides
    bylines: list[int] = []
    related = 0  # > 0 after a related-articles header: how many more of its headlines may follow
    for line in lines:
        stripped = line.strip()
        if not stripped:
            kept.append("")
            continue
        furniture = _is_furniture(stripped, repeats[stripped])
        if related and not furniture and _is_related_item(stripped):
            related -= 1
            kept.append("")
            continue
        related = _RELATED_ITEMS if _is_related_header(stripped) else 0
        if related or furniture:
            if found_date is None:
                dates = find_dates(stripped)
                found_date = dates[0].value if dates else None
            author = byline_author(stripped)
            holder = None if publication else copyright_holder(stripped)
            if holder and _credit_opener().match(stripped):
                # "Foto: © Ferrandi 1921": the holder of a picture, often the brand it shows, not the page's paper
                kept.append(f"© {holder.group('name')}")
                continue
            if author:
                bylines.append(len(kept))
                kept.append(author.text)
                publication = publication or author.publication
            elif holder:
                publication = holder.group("name")
                kept.append(f"© {publication}")  # the year of a copyright is no event, nor a figure
            elif (named is None or named_by_credit) and (cited := _named_publication(stripped)):
                # a newsletter's name is the page's own; a photo credit's "for X" may be the brand pictured
                name, by_credit = cited
                if named is None or not by_credit:
                    named, named_by_credit = (len(kept), name), by_credit
                kept.append("")
            continue
        kept.append(line)
    if publication is None and named is not None:  # "Iscriviti alla newsletter di Name": the page's own paper
        publication = named[1]
        kept[named[0]] = f"© {publication}"
    for i in bylines:  # "Par Le Courrier du Luxe": the publication signs, no person
        if publication and fold(kept[i]).startswith(fold(publication), len(kept[i].split()[0]) + 1):
            kept[i] = ""
    byline = next((kept[i] for i in bylines if kept[i]), None)
    return kept, Furniture(found_date, publication, byline)


# The author segment of a byline ends at a date, a reading time or any separator.
_AUTHOR_END = re.compile(r"\s+(?:[|›»•·—–-]|\d)\s*")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*|[a-zà-ÿ]{1,3})$")
_PUBLICATION = re.compile(r"^(?:[A-Z0-9À-Þ][\w&'’.+-]*)(?:\s+[\w&'’.+-]+){0,5}$")


@dataclass(frozen=True)
class Byline:
    text: str  # what stays of the line: "By Jane Doe, retail editor | Watch Trade Weekly"
    publication: str | None = None  # "By Jane Doe | Watch Trade Weekly", "Par Jeanne Dupont pour Le Courrier"


def byline_author(line: str) -> Byline | None:
    """ "By Jane Doe, retail editor | 3 June 2026 | 4 min read" -> "By Jane Doe, retail editor"."""
    line = _LIST_MARK.sub("", line.strip(" *_"))
    opener = _byline_opener().match(line)
    if opener is None:
        # the byline after other furniture on its line: "12 mars 2026 | Par X", "Publié le 3 juin 2026 par X"
        later = _later_byline().search(line)
        if later is None:
            return None
        line = line[later.end():]
        opener = _byline_opener().match(line)
        if opener is None:
            return None
    author = _AUTHOR_END.split(line, maxsplit=1)[0].rstrip(" ,;:")
    publication = None
    name_part = author[opener.end():].split(",", 1)[0]
    employer = _byline_for().search(name_part)  # "Par Jeanne Dupont pour Le Courrier du Luxe"
    if employer and _PUBLICATION.match(name_part[employer.end():]):
        publication = name_part[employer.end():]
        name_part = name_part[:employer.start()]
    if publication is None and "," in author[opener.end():]:  # "By Jane Doe, Watch Trade Weekly"
        publication = _comma_publication(author[opener.end():].split(",", 1)[1].strip())
    if publication is None and author[opener.end():].count(",") == 2:
        # "By Jane Doe, senior correspondent, Luxury Ledger": after the job, the publication
        _, job, last = (seg.strip() for seg in author[opener.end():].split(","))
        if any(fold(w) in _byline_titles() for w in job.split()) and fold(last) not in _byline_places():
            publication = _comma_publication(last, after_job=True)
    name = name_part.split()
    if not 2 <= len(name) <= 5 or not all(_NAME_WORD.match(w) for w in name):
        return None
    if not (name[0][0].isupper() and name[-1][0].isupper()) or fold(name[0]) in _all_stopwords():
        return None  # "By Our Beauty Desk", "di Redazione"
    if any(fold(w) in _newsroom_words() for w in name):
        return None  # "By Fashion Desk"
    rest = line[len(author):]
    following = next((seg.strip() for seg in _SEPARATORS.split(rest) if seg.strip()), "")
    if publication is None and following and _PUBLICATION.match(following) and not _matches_any(following) \
            and not find_dates(following) and fold(following) not in _byline_places():  # "By X · Singapore · 3 June"
        publication = following  # "By Jane Doe | Watch Trade Weekly | 3 June 2026"
        author = line[:line.index(following, len(author)) + len(following)]
    return Byline(author, publication)


_ARTICLE_WORD = re.compile(r"^(?:the|le|la|les|il|lo|gli|l['’]\w*)$", re.IGNORECASE)


def _comma_publication(segment: str, after_job: bool = False) -> str | None:
    """The segment after a byline's comma names the publication when it is a title-case name of three words, or
    two after an article ("Le Courrier") or after the author's job, with no job word in it: "Senior Editor" and
    "New York" stay out."""
    words = segment.split()
    if not _PUBLICATION.match(segment) or not 2 <= len(words) <= 6:
        return None
    if len(words) < 3 and not _ARTICLE_WORD.match(words[0]) and not after_job:
        return None
    if not all(w[0].isupper() or w[0].isdigit() or w == "&" or fold(w) in _all_stopwords() for w in words):
        return None
    if any(fold(w) in _byline_titles() or fold(w) in _newsroom_words() for w in words):
        return None
    return segment


@functools.cache
def _byline_places() -> frozenset[str]:
    return frozenset(fold(w) for w in _every_language("byline_places"))


@functools.cache
def _credit_opener() -> re.Pattern[str]:
    words = sorted(set(_every_language("credit_openers")), key=len, reverse=True)
    return re.compile(rf"[\s*_]*(?:{'|'.join(re.escape(w) for w in words) or '(?!)'})\b", re.IGNORECASE)


@functools.cache
def _byline_titles() -> frozenset[str]:
    return frozenset(fold(w) for w in _every_language("byline_titles"))


_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?[,.]?\s*"
    r"(?P<name>[A-Z0-9À-Þ][\w&'’+-]*(?:\.[\w&'’+-]+)*(?:[ ][\w&'’+-]+(?:\.[\w&'’+-]+)*){0,5}?)"
    r"(?=\s*(?:$|[.,|·•—–;:]|\s-\s|\s(?:[Aa]ll|[Tt]ous|[Tt]utti|[Rr]iproduzione|[Ss]ome)\b))",
    re.IGNORECASE,
)


def copyright_holder(line: str) -> re.Match[str] | None:
    """ "© 2026 Name. All rights reserved." -> a match whose group "name" is the holder."""
    m = _COPYRIGHT.search(line)
    if m is None or not m.group("name")[0].isupper() or m.group("name").isdigit():
        return None
    if _matches_any(m.group("name")):
        return None  # "© Riproduzione riservata": the rights notice itself, no holder
    return m


def _every_language(key: str) -> list[str]:
    """A furniture word list of every language: a French page may carry an English byline."""
    return [w for lang in lexicon.languages() for w in lexicon.lookup(lang, f"furniture.{key}", ())]


@functools.cache
def _byline_opener() -> re.Pattern[str]:
    openers = sorted(set(_every_language("byline_openers")), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in openers) or "(?!)"
    return re.compile(rf"(?:{alternation})\s+(?=\S)", re.IGNORECASE)


@functools.cache
def _later_byline() -> re.Pattern[str]:
    """A byline opener inside a furniture line, after a separator or a date's year, before a capitalised word."""
    openers = sorted(set(_every_language("byline_openers")), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in openers) or "(?!)"
    return re.compile(rf"(?:[|›»•·—–]\s*|(?<!\d)\d{{4}}[\s,]+)(?=(?i:{alternation})\s+[A-ZÀ-Þ])")


@functools.cache
def _byline_for() -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(set(_every_language("byline_for")))) or "(?!)"
    return re.compile(rf"\s(?:{alternation})\s+")


@functools.cache
def _newsroom_words() -> frozenset[str]:
    return frozenset(fold(w) for w in _every_language("newsroom_words"))


@functools.cache
def _all_stopwords() -> frozenset[str]:
    return frozenset().union(*(_stopwords(lang) for lang in lexicon.languages()))


# A related-articles block lists a few headlines of other stories under its header ("Related:", "Leggi anche").
_RELATED_ITEMS = 8
_ITEM_MARK = re.compile(r"^[-*+•–—→›»]\s*\S")
_HEADLINE_WORDS = 16
# A phone number: a "+" or a leading zero (no amount is written so), then groups of digits.
_PHONE = re.compile(r"(?<![\w,.])(?:\+\d{1,3}|\(?0\d{0,4}\)?)(?:[ .\-]?\d{1,5}){2,6}(?![\w,]|\.\d)")
_PHONE_LINE_WORDS = 20
_NUMERIC_DATE = re.compile(r"\d{1,2}([ ./-])\d{1,2}\1\d{2,4}")  # "05.03.2025": a date, not a number to call


def _is_related_header(line: str) -> bool:
    """ "Related:", "**À lire aussi :**", "Leggi anche", "Articoli correlati →": a header with no headline of its own
    (a pointing mark after it is a link's decoration)."""
    return _related_header().fullmatch(line.strip(" *_#").rstrip(" →›»>")) is not None


def _is_related_item(line: str) -> bool:
    """A listed headline: a list item, or a short line that is no sentence (a markdown list loses its marks)."""
    if _ITEM_MARK.match(line):
        return True
    return len(line.split()) <= _HEADLINE_WORDS and not line.rstrip(" *_").endswith((".", ":", ";", ","))


def _is_phone_line(line: str) -> bool:
    """ "Contact presse : +33 1 40 00 00 00", "Servizio clienti: 0131 555 274": a short line with a phone number."""
    if len(line.split(None, _PHONE_LINE_WORDS)) > _PHONE_LINE_WORDS:  # (a long paragraph is not split whole)
        return False
    return any(sum(c.isdigit() for c in m.group()) >= 8 and not _NUMERIC_DATE.fullmatch(m.group())
               for m in _PHONE.finditer(line))


@functools.cache
def _related_header() -> re.Pattern[str]:
    openers = sorted(set(_every_language("related_openers")), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in openers) or "(?!)"
    return re.compile(rf"(?:{alternation})\s*:?", re.IGNORECASE)


@functools.cache
def _publication_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _every_language("publication_patterns"))


def _named_publication(line: str) -> tuple[str, bool] | None:
    """The publication a newsletter or photo-credit line names, and whether a credit named it: "Sign up for The
    Ledger's Friday briefing", "Iscriviti alla newsletter di Moda & Affari", "Photography: Jane Doe for The Ledger"."""
    line = _LIST_MARK.sub("", line.strip(" *_"))
    for pattern in _publication_patterns():
        m = pattern.search(line)
        if m:
            return m.group("name").rstrip(" ."), False
    credit = _byline_for().search(line)
    if credit and ":" in line[:credit.start()]:
        name = _AUTHOR_END.split(line[credit.end():], maxsplit=1)[0].rstrip(" .,;")
        if _PUBLICATION.match(name) and name[0].isupper():
            return name, True
    return None


def _is_furniture(line: str, repeated: int) -> bool:
    if _NO_TEXT.match(line) or repeated >= 3 or _BUTTONS.match(line):
        return True
    if _DIGIT.search(line) and _is_phone_line(line):
        return True
    if _JSON_LIKE.match(line) and _parses_as_json(line):
        return True
    if _is_date_only(line):
        return True
    if _matches_any(line):
        return True
    if len(line.split(None, 30)) > 30:  # more than 30 words (a long paragraph is not split whole)
        return False
    if not _MAY_SEPARATE.search(line):
        return False  # one segment, and no breadcrumb
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
    patterns = _furniture_patterns()
    if patterns.anchored.fullmatch(text) is not None:
        return True
    if patterns.floating is None:
        return False
    lowered = Lowered(text).text
    if lowered is not None and not any(key in lowered for key in patterns.keys):
        return False  # none of the floating patterns can match: each needs one of the keys
    return patterns.floating.fullmatch(text) is not None


@dataclass(frozen=True)
class _FurniturePatterns:
    anchored: re.Pattern[str]  # patterns whose first characters are known: they fail at once on most lines
    floating: re.Pattern[str] | None  # patterns that may start with anything (".{0,120} we use cookies")
    keys: tuple[str, ...]  # a floating pattern matches only a line holding one of these (lower case)


@functools.cache
def _furniture_patterns() -> _FurniturePatterns:
    """Every language's furniture patterns as two alternations: one or two regex calls per line instead of ~70.

    A French site may carry an English share bar: every language's patterns apply. A pattern that may start
    with any character tries every start of a long paragraph before it fails; it runs only on a line holding
    a string it requires ("cookie", "all rights reserved"), found with `patterns.requirements`. A line
    matches the patterns together when it matches one of them, so the split changes no answer.
    """
    sources = _every_language("segment_patterns")
    anchored, floating, keys = [], [], set()
    for p in sources:
        needs = requirements(p, re.IGNORECASE) if _first_chars(p, re.IGNORECASE) is None else None
        if needs is None:
            anchored.append(p)
            continue
        floating.append(p)
        shared = set.intersection(*(set(strings) for strings in needs))
        # each way of matching needs all of its strings: one string of each is enough to look for
        keys |= {max(shared, key=len)} if shared else {max(strings, key=len) for strings in needs}
    keys = {k for k in keys if not any(other != k and other in k for other in keys)}  # "cookie" covers "cookies"

    def alternation(patterns: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.IGNORECASE)

    return _FurniturePatterns(alternation(anchored), alternation(floating) if floating else None,
                              tuple(sorted(keys)))


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
