"""Small helpers over organisation mentions: their kind, the text between two, lists of them, relatedness."""

from __future__ import annotations

import re
from collections.abc import Callable

from luxcli.extract.orgs import Mention
from luxcli.extract.relations.cues import _Cues
from luxcli.model import Article


def _between(article: Article, a: Mention, b: Mention) -> str:
    return article.text[a.end : b.start]


def _kind(m: Mention) -> str:
    return m.entry.kind


def _coordinated_after(article: Article, here: list[Mention], first: int, cues: _Cues) -> list[Mention]:
    """The mention at index `first` and those joined to it by commas and "and": "A, B and C"."""
    out = [here[first]]
    prev = here[first]  # the last name read: a listed one, or an owner in apposition to it
    for nxt in here[first + 1 :]:
        gap = _between(article, prev, nxt)
        if prev is out[-1] and re.match(r"\s*,", gap) and cues.child_of.match(gap):
            prev = nxt  # "A, controlled by K, and B": K is A's owner, the list goes on after it
            continue
        closed = prev is not out[-1] and re.match(r"\s*,", gap)
        prev = nxt
        if cues.joined_noun.match(gap):
            out.append(nxt)  # "the jewellery house A and the shoe label B"
            continue
        if not cues.joiners.match(gap) or (len(out) == 1 and re.match(r"\s*,\s*\w", gap) and not closed):
            break
        if re.match(r"['’]s\b", article.text[nxt.end : nxt.end + 2]):
            break  # "Lumora, Nordvik's arch-rival"
        out.append(nxt)
    return out


def _last(earlier: list[Mention], test: Callable[[Mention], bool]) -> Mention | None:
    return next((m for m in reversed(earlier) if test(m)), None)


def _listed_after(article: Article, after: list[Mention], cues: _Cues) -> list[Mention]:
    """The first mention and those listed with it: "A and B", "A e con B", "A, B et C"."""
    out = [after[0]]
    for nxt in after[1:]:
        if not cues.rejoin.match(_between(article, out[-1], nxt)):
            break
        out.append(nxt)
    return out


def _related(a: Mention, b: Mention) -> bool:
    """Lumora and Lumora Luxe; Nordvik and its Lumora: not a seller and its venue."""
    x, y = a.entry, b.entry
    return x.name in y.name or y.name in x.name or x.parent == y.name or y.parent == x.name


def _near(offset: int, m: Mention, limit: int) -> bool:
    return m.start - offset <= limit
