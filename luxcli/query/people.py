"""`luxcli people`: one row per person and role, merged across articles."""

from __future__ import annotations

from typing import Any

from luxcli.query.common import best_names
from luxcli.resolve import cluster_names
from luxcli.store import KnowledgeBase
from luxcli.text import fold

BASE = ("SELECT p.id AS person_id, p.name, a.file, r.id AS role_id, r.title, r.role, r.org, r.scope, r.current "
        "FROM people p JOIN articles a ON a.id = p.article_id LEFT JOIN roles r ON r.person_id = p.id")


def people(kb: KnowledgeBase, query: str | None = None, *, role: str | None = None, current: bool = False,
           org: str | None = None) -> list[dict[str, Any]]:
    where: list[str] = []
    params: list[Any] = []
    if org:
        orgs = matching_orgs(kb, org)
        if not orgs:
            return []
        where.append(f"r.org_norm IN ({','.join('?' * len(orgs))})")
        params += orgs
    if query:
        orgs = matching_orgs(kb, query)
        names = matching_people(kb, query)
        if not orgs and not names:
            return []
        clause = []
        if orgs:
            clause.append(f"r.org_norm IN ({','.join('?' * len(orgs))})")
            params += orgs
        if names:
            clause.append(f"p.norm IN ({','.join('?' * len(names))})")
            params += names
        where.append("(" + " OR ".join(clause) + ")")
    if role:
        where.append("r.role = ?")
        params.append(role)
    if current:
        where.append("r.current = 1")
    rows = kb.rows(BASE + (" WHERE " + " AND ".join(where) if where else ""), params)
    return merge_rows(rows)


def merge_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    canonical = cluster_names(r["name"] for r in rows)
    merged: dict[tuple[Any, ...], dict[str, Any]] = {}
    has_role = {canonical[r["name"]] for r in rows if r["role"]}
    for r in rows:
        name = canonical[r["name"]]
        if not r["role"] and name in has_role:
            continue
        key = (name, r["role"], fold(r["org"] or ""), fold(r["scope"] or ""), r["current"])
        m = merged.setdefault(key, {"name": name, "role": r["role"], "title": r["title"], "org": r["org"],
                                    "scope": r["scope"],
                                    "current": None if r["current"] is None else bool(r["current"]),
                                    "articles": [], "ids": []})
        if r["file"] not in m["articles"]:
            m["articles"].append(r["file"])
        if r["role_id"]:
            m["ids"].append(r["role_id"])
    return sorted(merged.values(), key=lambda m: (m["name"], not m["current"], m["role"] or ""))


def matching_orgs(kb: KnowledgeBase, query: str) -> list[str]:
    rows = kb.rows("SELECT DISTINCT org, org_norm FROM roles WHERE org IS NOT NULL")
    candidates = {r["org"]: r["org_norm"] for r in rows}
    return sorted({candidates[n] for n in best_names(query, candidates, cutoff=88)})


def matching_people(kb: KnowledgeBase, query: str) -> list[str]:
    q = fold(query)
    tokens = list(dict.fromkeys(t for t in q.split() if len(t) >= 2))[:8] or [q[:64]]
    like = " OR ".join("norm LIKE ?" for _ in tokens)
    candidates = {r["name"]: r["norm"] for r in kb.rows(
        f"SELECT DISTINCT name, norm FROM people WHERE {like}", [f"%{t[:4]}%" for t in tokens])}
    return sorted({candidates[n] for n in best_names(query, candidates, cutoff=85)})
