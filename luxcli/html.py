"""Saved web pages -> the article's main text, title, date and declared language.

The standard library's HTMLParser is enough here: saved trade-press pages are
well-formed enough, and a boilerplate library would add a heavy dependency
to do what three rules do: keep <article> (else <main>, else <body>), drop
elements that are never article text (scripts, navigation, headers, footers,
asides, forms, figures), and drop elements whose class, id or role names page
furniture (byline, share, cookie, related, newsletter ...).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser

SKIP_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "figure",
    "iframe",
    "select",
    "head",
    "object",
    "canvas",
    "dialog",
}
BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "br",
    "tr",
    "td",
    "th",
    "table",
    "blockquote",
    "dd",
    "dt",
    "dl",
    "pre",
    "hr",
    "header",
    "footer",
    "figcaption",
    "address",
    "body",
}
VOID_TAGS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
    "param",
}
FURNITURE_ATTR = re.compile(
    r"byline|share|social|cookie|consent|related|newsletter|comment|advert|\bad\b|\bads\b|promo|"
    r"banner|breadcrumb|subscribe|sidebar|widget|popup|modal|\bmenu\b|\bnav\b|footer|header|"
    r"paywall|tags|author|read-more|recommend",
    re.IGNORECASE,
)
# Furniture that still says something about the article: who wrote it, and whose page it is.
BYLINE_ATTR = re.compile(r"byline|\bauthor(?!-bio)\b|author-name|\bbyl\b", re.IGNORECASE)
COPYRIGHT = re.compile(r"©|\bcopyright\b", re.IGNORECASE)
FURNITURE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "dialog", "search", "alert", "menu"}


@dataclass(frozen=True)
class Page:
    title: str
    text: str
    date: str | None
    language: str | None
    byline: str = ""  # the byline element's text: "By Jane Doe · 3 June 2026 · 4 min read"
    notices: tuple[str, ...] = ()  # copyright lines from the page's footer
    site_name: str | None = None


def html_to_text(source: str) -> Page:
    parser = _PageParser()
    try:
        parser.feed(source)
        parser.close()
    except (AssertionError, ValueError):  # malformed markup: keep what was read so far
        pass
    text = parser.best_text()
    title = parser.meta.get("og:title") or parser.h1 or _strip_site(parser.title)
    date = parser.meta.get("article:published_time") or parser.meta.get("date") or parser.ld_date
    return Page(
        title=" ".join(title.split()),
        text=text,
        date=_iso_date(date),
        language=(parser.lang or "").split("-")[0].lower() or None,
        byline=" ".join("".join(parser.byline).split()),
        notices=tuple(" ".join(n.split()) for n in parser.notices),
        site_name=parser.meta.get("og:site_name") or parser.meta.get("application-name"),
    )


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.skip_depth = 0
        self.buffers: dict[str, list[str]] = {"article": [], "main": [], "body": []}
        self.inside = {"article": 0, "main": 0}
        self.title = ""
        self.h1 = ""
        self.lang: str | None = None
        self.meta: dict[str, str] = {}
        self.ld_date: str | None = None
        self._in_title = False
        self._in_h1 = False
        self._in_ld = False
        self._ld: list[str] = []
        self.byline: list[str] = []
        self.notices: list[str] = []
        self._byline_depth = 0  # stack depth of the byline element being read, 0 when none

    # structure

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang") or self.lang
        elif tag == "meta":
            key = a.get("property") or a.get("name") or a.get("itemprop") or ""
            if key and a.get("content"):
                self.meta.setdefault(key.lower(), a["content"])
        elif tag == "title":
            self._in_title = True
        elif tag == "script" and "ld+json" in a.get("type", ""):
            self._in_ld = True
        if tag in VOID_TAGS:
            if tag in ("br", "hr"):
                self._newline()
            return
        skipped = self.skip_depth > 0 or self._is_furniture(tag, a)
        self.stack.append((tag, skipped))
        if skipped:
            self.skip_depth += 1
            marks = " ".join((a.get("class", ""), a.get("id", ""), a.get("rel", "")))
            if not self._byline_depth and not self.byline and tag not in SKIP_TAGS - {"header", "footer"} \
                    and BYLINE_ATTR.search(marks):
                self._byline_depth = len(self.stack)
            return
        if tag in self.inside:
            self.inside[tag] += 1
        if tag == "h1" and not self.h1:
            self._in_h1 = True
        if tag in BLOCK_TAGS:
            self._newline()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "script" and self._in_ld:
            self._in_ld = False
            self._read_ld("".join(self._ld))
            self._ld = []
        if tag == "h1":
            self._in_h1 = False
        if tag in VOID_TAGS or not any(t == tag for t, _ in self.stack):
            return  # a stray end tag: nothing to close
        while self.stack:
            if len(self.stack) == self._byline_depth:
                self._byline_depth = 0
            open_tag, skipped = self.stack.pop()
            if skipped:
                self.skip_depth -= 1
            elif open_tag in self.inside:
                self.inside[open_tag] -= 1
            if not skipped and open_tag in BLOCK_TAGS:
                self._newline()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._in_ld:
            self._ld.append(data)
            return
        if self.skip_depth:
            if self._byline_depth:
                self.byline.append(data)
            elif COPYRIGHT.search(data) and not self._in_title:
                self.notices.append(data)
            return
        if self._in_h1:
            self.h1 += data
        data = re.sub(r"[ \t\r\n]+", " ", data)
        for name, depth in self.inside.items():
            if depth:
                self.buffers[name].append(data)
        self.buffers["body"].append(data)

    # helpers

    def _is_furniture(self, tag: str, attrs: dict[str, str]) -> bool:
        if tag in SKIP_TAGS:
            return True
        if attrs.get("role", "").lower() in FURNITURE_ROLES or "hidden" in attrs:
            return True
        marks = " ".join((attrs.get("class", ""), attrs.get("id", "")))
        return bool(marks.strip()) and bool(FURNITURE_ATTR.search(marks))

    def _newline(self) -> None:
        for name, buf in self.buffers.items():
            if name == "body" or self.inside.get(name):
                buf.append("\n")

    def _read_ld(self, blob: str) -> None:
        try:
            data = json.loads(blob)
        except ValueError:
            return
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict) and item.get("datePublished") and not self.ld_date:
                self.ld_date = str(item["datePublished"])

    def best_text(self) -> str:
        for name in ("article", "main", "body"):
            text = _tidy("".join(self.buffers[name]))
            if len(text.split()) >= 30 or (name == "body" and text):
                return text
        return ""


def _tidy(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _strip_site(title: str) -> str:
    """ "Headline | Site name" -> "Headline"."""
    parts = re.split(r"\s+[|–—-]\s+", title.strip())
    return parts[0] if parts else ""


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None
