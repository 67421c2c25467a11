"""Helpers shared by the query modules: fuzzy name matching narrowed in SQL first."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from luxcli.store import KnowledgeBase
from luxcli.text import fold

FUZZY_CUTOFF = 85.0


def best_names(query: str, candidates: Iterable[str], *, cutoff: float = FUZZY_CUTOFF, limit: int = 50) -> list[str]:
    """Candidates matching `query`: exact (folded) first, then whole-token; fuzzy only when neither."""
    q = fold(query)
    pool = {fold(c): c for c in candidates if c}
    exact = [pool[q]] if q in pool else []
    tokens = [c for f, c in pool.items() if f != q and (f" {q} " in f" {f} ")]
    if exact or tokens or not pool:  # nothing to score: rapidfuzz is not even imported
        return exact + tokens
    from rapidfuzz import fuzz, process

    scored = process.extract(q, list(pool), scorer=fuzz.WRatio, score_cutoff=cutoff, limit=limit)
    fuzzy = [pool[f] for f, _score, _ in scored if pool[f] not in exact and pool[f] not in tokens]
    return exact + tokens + fuzzy


def loads(value: str | None) -> list[str]:
    return list(json.loads(value)) if value else []


def article_files(kb: KnowledgeBase) -> dict[int, str]:
    return {r["id"]: r["file"] for r in kb.rows("SELECT id, file FROM articles")}


def distinct_values(kb: KnowledgeBase, table: str, column: str) -> list[Any]:
    """`SELECT DISTINCT column FROM table` (non-null, sorted) by skipping through the column's index:
    one seek per distinct value instead of reading every row. For the few units, topics or
    organisations of 100,000 articles: under 3 ms instead of 15-90 ms. `table` and `column`
    are identifiers from luxcli's own code, never user input; `column` must be indexed."""
    sql = (f"WITH RECURSIVE v(x) AS (SELECT min({column}) FROM {table} UNION ALL "
           f"SELECT (SELECT min({column}) FROM {table} WHERE {column} > v.x) FROM v WHERE v.x IS NOT NULL) "
           "SELECT x FROM v WHERE x IS NOT NULL")
    return [r["x"] for r in kb.rows(sql)]
