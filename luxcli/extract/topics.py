"""Topic tags per sentence. (Placeholder until the topics tagger lands.)"""

from __future__ import annotations

from luxcli.model import Article


def tag_topics(article: Article) -> dict[int, tuple[str, ...]]:
    return {}
