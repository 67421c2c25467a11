"""`luxcli orgs` (and `brands`, `platforms`): one row per organisation."""

from __future__ import annotations

from typing import Any

from luxcli.query.common import best_names, loads
from luxcli.store import KnowledgeBase
from luxcli.text import fold


def orgs(kb: KnowledgeBase, query: str | None = None, *, kind: str | None = None) -> list[dict[str, Any]]:
    where, params = [], []
    names: list[str] = []
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if query:
        names = _matching_norms(kb, query)
        if not names:
            return []
        where.append(f"norm IN ({','.join('?' * len(names))})")
        params += names
    sql = ("SELECT name, norm, kind, aliases, article_id, mentions FROM entities"
           + (" WHERE " + " AND ".join(where) if where else ""))
    grouped: dict[str, dict[str, Any]] = {}
    for r in kb.rows(sql, params):
        g = grouped.setdefault(r["norm"], {"name": r["name"], "kinds": set(), "aliases": set(),
                                           "articles": set(), "mentions": 0})
        g["kinds"].add(r["kind"])
        g["aliases"].update(loads(r["aliases"]))
        g["articles"].add(r["article_id"])
        g["mentions"] += r["mentions"] or 0
    rows = [
        {"name": g["name"], "kinds": ",".join(sorted(g["kinds"])), "articles": len(g["articles"]),
         "mentions": g["mentions"], "aliases": ", ".join(sorted(a for a in g["aliases"] if fold(a) != fold(g["name"])))}
        for g in grouped.values()
    ]
    order = {n: i for i, n in enumerate(names)}  # best match first
    return sorted(rows, key=lambda r: (order.get(fold(r["name"]), 0), -r["articles"], r["name"]))


def _matching_norms(kb: KnowledgeBase, query: str) -> list[str]:
    candidates: dict[str, str] = {}
    for r in kb.rows("SELECT DISTINCT norm, name, aliases FROM entities"):
        candidates[r["name"]] = r["norm"]
        for alias in loads(r["aliases"]):
            candidates.setdefault(alias, r["norm"])
    out: list[str] = []
    for name in best_names(query, candidates):
        if candidates[name] not in out:
            out.append(candidates[name])
    return out
