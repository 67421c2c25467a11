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
          kind: str | None = None, article: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    kinds = [kind] if kind else list(FACT_KINDS)
    union = " UNION ALL ".join(_SOURCES[k] for k in kinds)
    where: list[str] = []
    params: list[Any] = []
    if topic:
        names = resolve_topic(kb, topic)
        if not names:
            return []
        # One pass over the topic index, materialised once: not a lookup per fact.
        where.append(f"(x.article_id, x.sentence) IN (SELECT article_id, sentence FROM topics "
                     f"WHERE topic IN ({','.join('?' * len(names))}))")
        params += names
    if about:
        where.append("(' ' || x.about || ' ') LIKE ?")
        params.append(f"% {fold(about)} %")
    if article:
        where.append("a.file = ?")
        params.append(article)
    join_sentences = ""
    if query:
        join_sentences = "LEFT JOIN sentences s ON s.article_id = x.article_id AND s.idx = x.sentence "
        where.append("(instr(lower(x.fact), ?) > 0 OR instr(lower(s.text), ?) > 0)")
        params += [query.lower()] * 2
    # Choose and order the facts first; read sentences and topics only for those shown.
    chosen = (f"SELECT x.id, x.kind, x.fact, x.article_id, x.sentence, a.file FROM ({union}) x "
              f"JOIN articles a ON a.id = x.article_id {join_sentences}"
              + (" WHERE " + " AND ".join(where) if where else "")
              + " ORDER BY a.file, x.sentence, x.kind" + (" LIMIT ?" if limit else ""))
    if limit:
        params.append(limit)
    sql = ("SELECT y.id, y.kind, y.fact, y.file AS article, s.text AS sentence, "
           "(SELECT group_concat(t.topic, ',') FROM topics t WHERE t.article_id = y.article_id "
           "AND t.sentence = y.sentence) AS topics "
           f"FROM ({chosen}) y LEFT JOIN sentences s ON s.article_id = y.article_id AND s.idx = y.sentence "
           "ORDER BY y.file, y.sentence, y.kind")
    return kb.rows(sql, params)


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
