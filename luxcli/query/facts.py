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


# The topics in use, read by jumping from one to the next along the topic index: a handful of lookups where
# SELECT DISTINCT would read every tagged sentence.
_DISTINCT_TOPICS = ("WITH RECURSIVE used(topic) AS (SELECT min(topic) FROM topics UNION ALL "
                    "SELECT (SELECT min(topic) FROM topics WHERE topic > used.topic) FROM used "
                    "WHERE used.topic IS NOT NULL) SELECT topic FROM used WHERE topic IS NOT NULL")


def resolve_topic(kb: KnowledgeBase, topic: str) -> list[str]:
    """Topic names are fuzzy: "ecommerce", "e commerce" and "E-Commerce" are e-commerce."""
    from rapidfuzz import fuzz, process

    known = [r["topic"] for r in kb.rows(_DISTINCT_TOPICS)] or list(topic_names())
    squashed = {k.replace("-", "").replace(" ", ""): k for k in known}
    q = fold(topic).replace(" ", "")
    if q in squashed:
        return [squashed[q]]
    best = process.extractOne(q, list(squashed), scorer=fuzz.ratio, score_cutoff=80)
    return [squashed[best[0]]] if best else []


def facts(kb: KnowledgeBase, query: str | None = None, *, topic: str | None = None, about: str | None = None,
          kind: str | None = None, article: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    names = resolve_topic(kb, topic) if topic else []
    if topic and not names:
        return []
    if limit and names and not (query or about or article):
        return _first_on_topic(kb, names, kind, limit)
    return _facts(kb, query, names, about, kind, article, limit)


# Articles read per query when walking a topic's articles in order: enough for a screenful of facts at once.
_BATCH = 200


def _first_on_topic(kb: KnowledgeBase, names: list[str], kind: str | None, limit: int) -> list[dict[str, Any]]:
    """The first `limit` facts on a topic in article order, reading a batch of the topic's articles at a time:
    on a large knowledge base, sorting every fact on a common topic to show twenty is most of the work."""
    marks = ",".join("?" * len(names))
    out: list[dict[str, Any]] = []
    after = ""
    while len(out) < limit:
        batch = kb.rows(
            f"SELECT a.id, a.file FROM articles a WHERE a.file > ? AND EXISTS (SELECT 1 FROM topics t "
            f"WHERE t.article_id = a.id AND t.topic IN ({marks})) ORDER BY a.file LIMIT {_BATCH}", [after, *names])
        if not batch:
            break
        out += _facts(kb, None, names, None, kind, None, limit - len(out), [r["id"] for r in batch])
        after = batch[-1]["file"]
    return out


def _facts(kb: KnowledgeBase, query: str | None, topics: list[str], about: str | None, kind: str | None,
           article: str | None, limit: int | None, article_ids: list[int] | None = None) -> list[dict[str, Any]]:
    kinds = [kind] if kind else list(FACT_KINDS)
    union = " UNION ALL ".join(_SOURCES[k] for k in kinds)
    where: list[str] = []
    params: list[Any] = []
    if article_ids is not None:
        where.append(f"x.article_id IN ({','.join('?' * len(article_ids))})")
        params += article_ids
    if topics and article_ids is not None:
        # a few articles: look each fact's sentence up in the topic index
        where.append(f"EXISTS (SELECT 1 FROM topics t WHERE t.article_id = x.article_id AND t.sentence = x.sentence "
                     f"AND t.topic IN ({','.join('?' * len(topics))}))")
        params += topics
    elif topics:
        # One pass over the topic index, materialised once: not a lookup per fact.
        where.append(f"(x.article_id, x.sentence) IN (SELECT article_id, sentence FROM topics "
                     f"WHERE topic IN ({','.join('?' * len(topics))}))")
        params += topics
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
              + " ORDER BY a.file, x.sentence, x.kind, x.id" + (" LIMIT ?" if limit else ""))
    if limit:
        params.append(limit)
    sql = ("SELECT y.id, y.kind, y.fact, y.file AS article, s.text AS sentence, "
           "(SELECT group_concat(t.topic, ',') FROM topics t WHERE t.article_id = y.article_id "
           "AND t.sentence = y.sentence) AS topics "
           f"FROM ({chosen}) y LEFT JOIN sentences s ON s.article_id = y.article_id AND s.idx = y.sentence "
           "ORDER BY y.file, y.sentence, y.kind, y.id")
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
