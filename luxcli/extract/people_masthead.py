"""The lines where the publication names itself: byline, breadcrumb, copyright, a masthead line.

An organisation named only there ("By Jane Doe, The Watch Quire", "© The Watch Quire", "Le Carillon > Mode")
is the publisher of the article, not what it is about: a bare title ("joined as managing director") is never
held there.
"""

from __future__ import annotations

import functools
import re

from luxcli import lexicon
from luxcli.model import Article
from luxcli.text import fold

# "© The Quire", "(c) 2026 The Quire", "Copyright The Quire"
_COPYRIGHT = re.compile(r"\s*(?:©|\(c\)|copyright\b)", re.IGNORECASE)
# "The Quire > Retail > Watches", "Il Foglio › Moda": a path of sections
_BREADCRUMB = re.compile(r"\S\s+[>›/|]\s+\S.*\s[>›/|]\s+\S|\S\s+[>›]\s+\S")
# lines this long or longer are text, not furniture
_MAX_WORDS = 14


@functools.cache
def _byline_opener(lang: str) -> re.Pattern[str]:
    words = sorted(set(lexicon.lookup(lang, "furniture.byline_openers", []) or []), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words) or "(?!x)x"
    # an opener, then a capitalised name: "By Jane Doe", "Par Élodie Varnier", "di Luca Rossi"
    return re.compile(rf"\s*(?i:{alternation})\s+(?=[A-Z\u00c0-\u00dd])")


def masthead_spans(article: Article) -> tuple[tuple[int, int], ...]:
    """The character spans of the lines where the publication names itself."""
    text = article.text
    opener = _byline_opener(article.language)
    publication = fold(article.publication) if article.publication else None
    spans = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        line = text[start:end]
        words = line.split()
        if words and len(words) <= _MAX_WORDS and (
                _COPYRIGHT.match(line) or _BREADCRUMB.search(line)
                or (opener.match(line) and not line.rstrip().endswith((".", "!", "?")))
                or (publication is not None and fold(line.strip(" *_#")) == publication)):
            spans.append((start, end))
        start = end + 1
    return tuple(spans)
