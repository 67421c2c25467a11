"""`luxcli facts`, `luxcli timeline`, `luxcli topics`."""

from __future__ import annotations

from typing import Any

from luxcli.query.common import best_names
from luxcli.store import KnowledgeBase
from luxcli.text import fold

FACT_KINDS = ("figure", "role", "relation", "event")

# Each kind as (id, kind, one-line description, article id, sentence index, subject key, sql source).
_SOURCES = {
    "figure": ("SELECT f.id, 'figure' AS kind, "
               "trim(printf('%s %s', f.text, coalesce('(' || f.subject || ')', ''))) AS fact, "
               "f.article_id, f.sentence, coalesce(f.subject_norm, '') AS about FROM figures f"),
    "role": ("SELECT r.id, 'role' AS kind, p.name || ': ' || coalesce(r.title, r.role) || "
             "coalesce(', ' || r.org, '') || CASE WHEN r.current THEN '' ELSE ' (past)' END AS fact, "
             "r.article_id, r.sentence, p.norm || ' ' || coalesce(r.org_norm, '') AS about "
             "FROM roles r JOIN people p ON p.id = r.person_id"),
    "relation": ("SELECT l.id, 'relation' AS kind, l.subject || ' ' || l.predicate || ' ' || l.object AS fact, "
                 "l.article_id, l.sentence, l.subject_norm || ' ' || l.object_norm AS about FROM relations l"),
    "event": ("SELECT v.id, 'event' AS kind, v.date || ': ' || v.what AS fact, v.article_id, v.sentence, "
              "coalesce(v.subject_norm, '') AS about FROM events v"),
}


def topic_names() -> tuple[str, ...]:
    from luxcli.extract.topics import topic_names as names

    return names()


def resolve_topic(kb: KnowledgeBase, topic: str) -> list[str]:
    """Topic names are fuzzy: "ecommerce", "e commerce" and "E-Commerce" are e-commerce."""
    from rapidfuzz import fuzz, process

    known = [r["topic"] for r in kb.rows("SELECT DISTINCT topic FROM topics")] or list(topic_names())
    squashed = {k.replace("-", "").replace(" ", ""): k for k in known}
    q = fold(topic).replace(" ", "")
    if q in squashed:
        return [squashed[q]]
    best = process.extractOne(q, list(squashed), scorer=fuzz.ratio, score_cutoff=80)
    return [squashed[best[0]]] if best else []


def facts(kb: KnowledgeBase, query: str | None = None, *, topic: str | None = None, about: str | None = None,
          kind: str | None = None, article: str | None = None) -> list[dict[str, Any]]:
    kinds = [kind] if kind else list(FACT_KINDS)
    union = " UNION ALL ".join(_SOURCES[k] for k in kinds)
    sql = (f"SELECT x.id, x.kind, x.fact, a.file AS article, s.text AS sentence, "
           "(SELECT group_concat(t.topic, ',') FROM topics t WHERE t.article_id = x.article_id "
           "AND t.sentence = x.sentence) AS topics "
           f"FROM ({union}) x JOIN articles a ON a.id = x.article_id "
           "LEFT JOIN sentences s ON s.article_id = x.article_id AND s.idx = x.sentence")
    where: list[str] = []
    params: list[Any] = []
    if topic:
        names = resolve_topic(kb, topic)
        if not names:
            return []
        where.append(f"EXISTS (SELECT 1 FROM topics t WHERE t.article_id = x.article_id AND t.sentence = x.sentence "
                     f"AND t.topic IN ({','.join('?' * len(names))}))")
        params += names
    if about:
        where.append("(' ' || x.about || ' ') LIKE ?")
        params.append(f"% {fold(about)} %")
    if article:
        where.append("a.file = ?")
        params.append(article)
    if query:
        where.append("(lower(x.fact) LIKE ? OR lower(s.text) LIKE ?)")
        params += [f"%{query.lower()}%"] * 2
    if where:
        sql += " WHERE " + " AND ".join(where)
    return kb.rows(sql + " ORDER BY a.file, x.sentence, x.kind", params)


def timeline(kb: KnowledgeBase, entity: str | None = None) -> list[dict[str, Any]]:
    where, params = "", []
    if entity:
        known = {r["subject"]: r["subject_norm"] for r in kb.rows(
            "SELECT DISTINCT subject, subject_norm FROM events WHERE subject IS NOT NULL")}
        norms = sorted({known[n] for n in best_names(entity, known, cutoff=85)})
        if not norms:
            return []
        where = f" WHERE v.subject_norm IN ({','.join('?' * len(norms))})"
        params = norms
    return kb.rows("SELECT v.date, v.subject, v.what, a.file AS article, v.id FROM events v "
                   "JOIN articles a ON a.id = v.article_id" + where + " ORDER BY v.date, a.file", params)


def topics(kb: KnowledgeBase) -> list[dict[str, Any]]:
    return kb.rows("SELECT topic, count(*) AS sentences, count(DISTINCT article_id) AS articles "
                   "FROM topics GROUP BY topic ORDER BY sentences DESC, topic")
