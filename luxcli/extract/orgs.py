"""Organisations named in an article: brands, groups and platforms from the lexicon.

Matching is case- and accent-insensitive (names flagged `strict` in the lexicon
must be capitalised, since they are also common words), longest name first, and
possessives and elisions need no special case: "Cartier's" and "d'Alibaba" end
or start at a word boundary.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from luxcli import lexicon
from luxcli.model import Article, Entity, Evidence
from luxcli.text import fold_keep_length


@dataclass(frozen=True)
class OrgEntry:
    name: str
    kind: str
    aliases: tuple[str, ...]
    strict: bool


@dataclass(frozen=True)
class Mention:
    """One place an organisation is named: span in the article text, and the entry."""

    start: int
    end: int
    surface: str
    entry: OrgEntry
    sentence: int


@functools.cache
def entries() -> tuple[OrgEntry, ...]:
    return tuple(
        OrgEntry(o["name"], o["kind"], tuple(o.get("aliases", ())), bool(o.get("strict")))
        for o in lexicon.data("entities").get("org", ())
    )


@functools.cache
def _index() -> tuple[re.Pattern[str], dict[str, OrgEntry]]:
    by_form: dict[str, OrgEntry] = {}
    for entry in entries():
        for form in (entry.name, *entry.aliases):
            by_form.setdefault(_key(form), entry)
    forms = sorted(by_form, key=len, reverse=True)
    alternation = "|".join(_form_pattern(f) for f in forms)
    return re.compile(rf"(?<![\w&])(?:{alternation})(?![\w&]|\.\w)"), by_form


def _key(form: str) -> str:
    return re.sub(r"[\s\-]+", " ", fold_keep_length(form)).strip()


def _form_pattern(form: str) -> str:
    # a space or hyphen in a name matches either ("Jaeger LeCoultre", "Net a Porter")
    return r"[\s\-]+".join(re.escape(part) for part in form.split(" "))


def lookup(name: str) -> OrgEntry | None:
    """The lexicon entry for a name or alias, if any."""
    return _index()[1].get(_key(name))


def find_mentions(article: Article) -> list[Mention]:
    pattern, by_form = _index()
    folded = fold_keep_length(article.text)
    mentions = []
    sentence_of = _sentence_locator(article)
    for m in pattern.finditer(folded):
        entry = by_form.get(_key(m.group(0)))
        surface = article.text[m.start() : m.end()]
        if entry is None or (entry.strict and not surface[:1].isupper()):
            continue
        if entry.strict and surface.isupper() and len(surface) > 4 and not entry.name.isupper():
            continue  # a shouted headline word, not the name
        mentions.append(Mention(m.start(), m.end(), surface, entry, sentence_of(m.start())))
    return mentions


def _sentence_locator(article: Article) -> Callable[[int], int]:
    starts = [s.start for s in article.sentences]

    def locate(offset: int) -> int:
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    return locate


def extract_orgs(article: Article) -> tuple[list[Entity], list[Mention]]:
    """One Entity per organisation, evidenced by its first mention; and all mentions."""
    mentions = find_mentions(article)
    first: dict[str, Mention] = {}
    counts: dict[str, int] = {}
    surfaces: dict[str, set[str]] = {}
    for m in mentions:
        first.setdefault(m.entry.name, m)
        counts[m.entry.name] = counts.get(m.entry.name, 0) + 1
        surfaces.setdefault(m.entry.name, set()).add(m.surface)
    entities = [
        Entity(
            name=name,
            kind=m.entry.kind,
            evidence=Evidence(m.sentence, m.start, m.end, "orgs.lexicon"),
            aliases=tuple(sorted(s for s in surfaces[name] if s != name)),
            mentions=counts[name],
        )
        for name, m in first.items()
    ]
    return entities, mentions
