"""`luxcli articles`, `luxcli kb info`, `luxcli why`."""

from __future__ import annotations

from typing import Any

from luxcli.errors import UsageError
from luxcli.store import FACT_TABLES, ID_PREFIX, SCHEMA_VERSION, KnowledgeBase


def articles(kb: KnowledgeBase, *, query: str | None = None, language: str | None = None) -> list[dict[str, Any]]:
    facts = " + ".join(f"(SELECT count(*) FROM {t} WHERE article_id = a.id)" for t in FACT_TABLES if t != "roles")
    where, params = [], []
    if language:
        where.append("a.language = ?")
        params.append(language)
    if query:
        where.append("(a.file LIKE ? OR a.title LIKE ?)")
        params += [f"%{query}%", f"%{query}%"]
    sql = (
        f"SELECT a.id, a.file, a.title, a.language, a.date, a.words, {facts} AS facts FROM articles a"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.file, a.id"
    )
    return kb.rows(sql, params)


def info(kb: KnowledgeBase) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = [
        {"key": "path", "value": str(kb.path)},
        {"key": "schema_version", "value": SCHEMA_VERSION},
        {"key": "size_bytes", "value": kb.path.stat().st_size if kb.path.exists() else 0},
        {"key": "articles", "value": kb.article_count()},
    ]
    for r in kb.rows("SELECT language, count(*) AS n FROM articles GROUP BY language ORDER BY n DESC"):
        rows.append({"key": f"language.{r['language']}", "value": r["n"]})
    rows.append({"key": "sentences", "value": kb.scalar("SELECT count(*) FROM sentences")})
    for table in FACT_TABLES:
        rows.append({"key": table, "value": kb.scalar(f"SELECT count(*) FROM {table}")})
    return rows


def why(kb: KnowledgeBase, fact_id: str) -> list[dict[str, Any]]:
    table = ID_PREFIX.get(fact_id[:1])
    if table is None or len(fact_id) != 11:
        raise UsageError(f"{fact_id!r} is not a fact id (ids look like f3a9c1d2e4b)")
    rows = kb.rows(
        f"SELECT x.*, a.file AS article, a.path AS path, a.text AS _text, s.text AS sentence_text "
        f"FROM {table} x JOIN articles a ON a.id = x.article_id "
        "LEFT JOIN sentences s ON s.article_id = x.article_id AND s.idx = x.sentence WHERE x.id = ?",
        [fact_id],
    )
    out = []
    for r in rows:
        text = r.pop("_text")
        span = text[r["start"] : r["end"]] if r.get("start") is not None else None
        out.append(
            {
                "id": r["id"],
                "kind": table.rstrip("s") if table != "people" else "person",
                "fact": {
                    k: v
                    for k, v in r.items()
                    if k
                    not in ("id", "article_id", "sentence", "start", "end", "rule", "article", "path", "sentence_text")
                    and not k.endswith("_norm")
                    and k != "norm"
                },
                "article": r["article"],
                "path": r["path"],
                "sentence": r["sentence"],
                "span": [r["start"], r["end"]],
                "span_text": span,
                "rule": r["rule"],
                "sentence_text": r["sentence_text"],
            }
        )
    return out
