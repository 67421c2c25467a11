"""`luxcli export`: the whole knowledge base as flat records (schema luxcli/1)."""

from __future__ import annotations

from typing import Any

from luxcli.query.common import loads
from luxcli.store import KnowledgeBase

SCHEMA_NAME = "luxcli/1"


def export(kb: KnowledgeBase) -> dict[str, Any]:
    sentence = "(SELECT s.text FROM sentences s WHERE s.article_id = x.article_id AND s.idx = x.sentence)"
    art = "(SELECT a.file FROM articles a WHERE a.id = x.article_id)"
    articles = kb.rows("SELECT id, file, path, title, language, date, words, hash FROM articles ORDER BY file, id")
    entities = [
        {**r, "aliases": loads(r["aliases"])}
        for r in kb.rows(
            f"SELECT id, name, kind, aliases, mentions, {art} AS article, {sentence} AS sentence, "
            "rule FROM entities x ORDER BY article_id, start"
        )
    ]
    roles: dict[str, list[dict[str, Any]]] = {}
    for r in kb.rows("SELECT person_id, title, role, org, scope, current, id FROM roles ORDER BY start"):
        roles.setdefault(r.pop("person_id"), []).append({**r, "current": bool(r["current"])})
    people = [
        {**r, "aliases": loads(r["aliases"]), "roles": roles.get(r["id"], [])}
        for r in kb.rows(
            f"SELECT id, name, aliases, {art} AS article, {sentence} AS sentence, rule "
            "FROM people x ORDER BY article_id, start"
        )
    ]
    figures = kb.rows(
        f"SELECT id, value, value_max, unit, text, qualifier, subject, {art} AS article, {sentence} AS sentence, "
        "rule FROM figures x ORDER BY article_id, start"
    )
    events = kb.rows(
        f"SELECT id, date, what, subject, {art} AS article, {sentence} AS sentence, rule "
        "FROM events x ORDER BY article_id, start"
    )
    relations = kb.rows(
        f"SELECT id, subject, predicate, object, {art} AS article, {sentence} AS sentence, rule "
        "FROM relations x ORDER BY article_id, start"
    )
    return {
        "schema": SCHEMA_NAME,
        "articles": articles,
        "people": people,
        "entities": entities,
        "figures": figures,
        "events": events,
        "relations": relations,
    }


def export_records(data: dict[str, Any]) -> list[dict[str, Any]]:
    """JSON Lines form: one record per line, each with its `type`."""
    singular = {"articles": "article", "people": "person", "entities": "entity", "figures": "figure",
                "events": "event", "relations": "relation"}
    return [{"type": singular[kind], **r} for kind in singular for r in data[kind]]
