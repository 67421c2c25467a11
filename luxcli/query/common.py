"""Helpers shared by the query modules: fuzzy name matching narrowed in SQL first."""

from __future__ import annotations

import json
from collections.abc import Iterable

from luxcli.store import KnowledgeBase
from luxcli.text import fold

FUZZY_CUTOFF = 85.0


def best_names(query: str, candidates: Iterable[str], *, cutoff: float = FUZZY_CUTOFF, limit: int = 50) -> list[str]:
    """Candidates matching `query`: exact (folded) first, then whole-token; fuzzy only when neither."""
    q = fold(query)
    pool = {fold(c): c for c in candidates if c}
    exact = [pool[q]] if q in pool else []
    tokens = [c for f, c in pool.items() if f != q and (f" {q} " in f" {f} ")]
    if exact or tokens:
        return exact + tokens
    from rapidfuzz import fuzz, process

    scored = process.extract(q, list(pool), scorer=fuzz.WRatio, score_cutoff=cutoff, limit=limit)
    fuzzy = [pool[f] for f, _score, _ in scored if pool[f] not in exact and pool[f] not in tokens]
    return exact + tokens + fuzzy


def loads(value: str | None) -> list[str]:
    return list(json.loads(value)) if value else []


def article_files(kb: KnowledgeBase) -> dict[int, str]:
    return {r["id"]: r["file"] for r in kb.rows("SELECT id, file FROM articles")}
