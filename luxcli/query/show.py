"""`luxcli show NAME`: everything known about one person or organisation."""

from __future__ import annotations

from typing import Any

from luxcli.query.common import best_names
from luxcli.query.facts import timeline
from luxcli.query.orgs import orgs
from luxcli.query.people import BASE, BASE_ROLES, matching_people, merge_rows
from luxcli.query.relations import relations
from luxcli.store import KnowledgeBase
from luxcli.text import fold


def show(kb: KnowledgeBase, name: str) -> dict[str, Any] | None:
    person_norms = matching_people(kb, name)
    org_rows = orgs(kb, name)
    best_person = (
        best_names(
            name,
            {
                r["name"]
                for r in kb.rows(
                    f"SELECT name FROM people WHERE norm IN ({','.join('?' * len(person_norms))})", person_norms
                )
            },
        )
        if person_norms
        else []
    )
    if best_person and (not org_rows or fold(best_person[0]) == fold(name) or fold(org_rows[0]["name"]) != fold(name)):
        return _person(kb, best_person[0])
    if org_rows:
        return _org(kb, org_rows[0])
    return None


def _person(kb: KnowledgeBase, name: str) -> dict[str, Any]:
    norms = matching_people(kb, name)
    rows = kb.rows(BASE + f" WHERE p.norm IN ({','.join('?' * len(norms))})", norms)
    roles = [r for r in merge_rows(rows) if fold(r["name"]) == fold(name) or r["name"] == name]
    sentences = kb.rows(
        "SELECT a.file AS article, s.text FROM people p JOIN articles a ON a.id = p.article_id "
        f"JOIN sentences s ON s.article_id = p.article_id AND s.idx = p.sentence WHERE p.norm IN "
        f"({','.join('?' * len(norms))}) ORDER BY a.file",
        norms,
    )
    return {
        "name": name,
        "type": "person",
        "roles": [describe_role(r) for r in roles],
        "organisations": sorted({r["org"] for r in roles if r["org"]}),
        "articles": sorted({a for r in roles for a in r["articles"]} | {s["article"] for s in sentences}),
        "sentences": [f"{s['article']}: {s['text']}" for s in sentences],
        "relations": [f"{r['subject']} {r['predicate']} {r['object']}" for r in relations(kb, name)],
        "events": [f"{e['date']}: {e['what']}" for e in timeline(kb, name)],
    }


def _org(kb: KnowledgeBase, org: dict[str, Any]) -> dict[str, Any]:
    norm = fold(org["name"])
    staff = kb.rows(BASE_ROLES + " WHERE r.org_norm = ?", [norm])
    sentences = kb.rows(
        "SELECT a.file AS article, s.text FROM entities e JOIN articles a ON a.id = e.article_id "
        "JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence WHERE e.norm = ? ORDER BY a.file",
        [norm],
    )
    return {
        "name": org["name"],
        "type": "organisation",
        "kinds": org["kinds"],
        "aliases": org["aliases"],
        "people": [
            f"{r['name']}: {r['title'] or r['role']}{'' if r['current'] else ' (past)'}" for r in merge_rows(staff)
        ],
        "relations": [f"{r['subject']} {r['predicate']} {r['object']}" for r in relations(kb, org["name"])],
        "articles": sorted({s["article"] for s in sentences}),
        "sentences": [f"{s['article']}: {s['text']}" for s in sentences],
    }


def describe_role(r: dict[str, Any]) -> str:
    """"president at Cartier (China)", "+ (past)" for a former position."""
    text = r["title"] or r["role"] or ""
    if r["org"]:
        text += f" at {r['org']}"
    if r["scope"]:
        text += f" ({r['scope']})"
    if r["current"] is False:
        text += " (past)"
    return text.strip()
