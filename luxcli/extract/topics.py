"""Topic tags per sentence, from each language's topic lexicon (lexicons/topics/<lang>.toml).

Keywords are whole words on folded text, where a space or a hyphen in a keyword
also matches a hyphen, a space or nothing ("e-commerce" finds "ecommerce" and
"e commerce") and a trailing "*" matches any word ending ("livestream*"). Every
keyword of a language goes into one pattern, compiled once, that runs once over
the whole article; what it matched is then given the topics whose own keywords
match it (so a keyword also counts for the topics of the shorter keywords it
starts with: "wechat account" is china too).
Matches map to sentences by offset.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from luxcli import lexicon
from luxcli.model import Article
from luxcli.text import fold_keep_length

_JOINERS = "-–— "


def topic_names() -> tuple[str, ...]:
    """The topics, in the order of the English lexicon (all languages have the same keys)."""
    return tuple(lexicon.language("en").get("topics", {}))


def _fold(word: str) -> str:
    return fold_keep_length(word.strip()).replace("’", "'")


def _keyword(word: str) -> str:
    word = _fold(word)
    return _body(word.rstrip("*")) + (r"\w*" if word.endswith("*") else "")


def _body(chars: str) -> str:
    return "".join(f"[{_JOINERS}]?" if ch in _JOINERS else re.escape(ch) for ch in chars)


def _by_first_letter(keywords: list[str]) -> str:
    """The keywords (folded) as one alternation in the same order, grouped by first letter: "c(?:apsule|...)".
    Same matches as the flat alternation (a keyword can only match where its letter is), but the scan tries
    one group at each word instead of every keyword."""
    if any(not w.rstrip("*") or w[0] in _JOINERS for w in keywords):
        return "|".join(_keyword(w) for w in keywords)
    groups: dict[str, list[str]] = {}
    for w in map(_fold, keywords):
        groups.setdefault(w[0], []).append(_body(w.rstrip("*")[1:]) + (r"\w*" if w.endswith("*") else ""))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def _bounded(body: str) -> str:
    return rf"(?<![\w-])(?:{body})(?![\w])"


@dataclass(frozen=True)
class TopicMatcher:
    pattern: re.Pattern[str]  # every keyword of the language (an alternation: capture groups would make it slow)
    per_topic: tuple[tuple[str, re.Pattern[str]], ...]  # each topic's own keywords
    known: dict[str, tuple[str, ...]] = field(default_factory=dict)  # matched text -> its topics (a cache)

    def topics(self, matched: str) -> tuple[str, ...]:
        """The topics of a matched keyword, and of any shorter keyword it starts with."""
        found = self.known.get(matched)
        if found is None:
            found = self.known[matched] = tuple(t for t, p in self.per_topic if p.match(matched))
        return found


@functools.cache
def topic_matcher(lang: str) -> TopicMatcher:
    table: dict[str, list[str]] = lexicon.language(lang).get("topics", {})
    per_topic = tuple((topic, re.compile(_bounded("|".join(_keyword(w) for w in words if w.strip()))))
                      for topic, words in table.items() if any(w.strip() for w in words))
    keywords = sorted({_fold(w) for words in table.values() for w in words if w.strip()}, key=len, reverse=True)
    pattern = re.compile(_bounded(_by_first_letter(keywords)) if keywords else r"(?!x)x")
    return TopicMatcher(pattern, per_topic)


def tag_topics(article: Article) -> dict[int, tuple[str, ...]]:
    if not article.sentences:
        return {}
    matcher = topic_matcher(article.language)
    order = {t: i for i, t in enumerate(topic_names())}
    folded = fold_keep_length(article.text)
    starts = [s.start for s in article.sentences]
    found: dict[int, set[str]] = {}
    for m in matcher.pattern.finditer(folded):
        index = bisect.bisect_right(starts, m.start()) - 1
        if index >= 0 and m.start() < article.sentences[index].end:
            found.setdefault(index, set()).update(matcher.topics(m.group()))
    return {i: tuple(sorted(found[i], key=lambda t: order.get(t, len(order)))) for i in sorted(found) if found[i]}


def article_topics(topics: dict[int, tuple[str, ...]]) -> tuple[str, ...]:
    """The article's topics: the union of its sentences' tags, most frequent first."""
    counts: dict[str, int] = {}
    for tags in topics.values():
        for t in tags:
            counts[t] = counts.get(t, 0) + 1
    return tuple(sorted(counts, key=lambda t: (-counts[t], t)))
