"""`luxcli relations` and `luxcli graph`."""

from __future__ import annotations

import json
from typing import Any

from luxcli.query.common import best_names
from luxcli.store import KnowledgeBase

GRAPH_FORMATS = ("mermaid", "dot", "json")


def relations(kb: KnowledgeBase, entity: str | None = None, *, predicate: str | None = None) -> list[dict[str, Any]]:
    where, params = [], []
    if entity:
        norms = _entity_norms(kb, entity)
        if not norms:
            return []
        marks = ",".join("?" * len(norms))
        where.append(f"(l.subject_norm IN ({marks}) OR l.object_norm IN ({marks}))")
        params += norms + norms
    if predicate:
        where.append("l.predicate = ?")
        params.append(predicate)
    rows = kb.rows("SELECT l.subject, l.predicate, l.object, l.subject_norm, l.object_norm, a.file, l.id "
                   "FROM relations l JOIN articles a ON a.id = l.article_id"
                   + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY l.subject, l.predicate", params)
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in rows:
        key = (r["subject_norm"], r["predicate"], r["object_norm"])
        m = merged.setdefault(key, {"subject": r["subject"], "predicate": r["predicate"], "object": r["object"],
                                    "articles": [], "ids": []})
        if r["file"] not in m["articles"]:
            m["articles"].append(r["file"])
        m["ids"].append(r["id"])
    return list(merged.values())


def _entity_norms(kb: KnowledgeBase, entity: str) -> list[str]:
    known: dict[str, str] = {}
    for r in kb.rows("SELECT DISTINCT subject AS n, subject_norm AS k FROM relations "
                     "UNION SELECT DISTINCT object, object_norm FROM relations"):
        known[r["n"]] = r["k"]
    return sorted({known[n] for n in best_names(entity, known, cutoff=88)})


def graph(kb: KnowledgeBase, entity: str | None = None, *, fmt: str = "mermaid") -> str | None:
    edges = relations(kb, entity)
    if not edges:
        return None
    if fmt == "json":
        nodes = sorted({e["subject"] for e in edges} | {e["object"] for e in edges})
        return json.dumps({"nodes": nodes, "edges": [{k: e[k] for k in ("subject", "predicate", "object")}
                                                      for e in edges]}, ensure_ascii=False, indent=2)
    ids: dict[str, str] = {}
    for e in edges:
        for name in (e["subject"], e["object"]):
            ids.setdefault(name, f"n{len(ids)}")
    if fmt == "dot":
        lines = ["digraph luxcli {", "  rankdir=LR;"]
        lines += [f'  {i} [label={json.dumps(n, ensure_ascii=False)}];' for n, i in ids.items()]
        lines += [f'  {ids[e["subject"]]} -> {ids[e["object"]]} [label="{e["predicate"]}"];' for e in edges]
        return "\n".join([*lines, "}"])
    lines = ["graph LR"]
    lines += [f'  {i}["{n.replace(chr(34), "#quot;")}"]' for n, i in ids.items()]
    lines += [f'  {ids[e["subject"]]} -- {e["predicate"]} --> {ids[e["object"]]}' for e in edges]
    return "\n".join(lines)
