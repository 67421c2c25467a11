"""A limited query reads less on a large knowledge base, and still answers the first N rows of the full one."""

from __future__ import annotations

from pathlib import Path

import pytest

from luxcli import api
from luxcli.query import facts as facts_query
from luxcli.query import figures as figures_query
from luxcli.query.facts import facts

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("kb") / "kb.sqlite"
    api.index_into(path, [DATA / "dev", DATA / "seeds"], jobs=1)
    knowledge_base = api.open_kb(path)
    yield knowledge_base
    knowledge_base.close()


@pytest.mark.parametrize("topic", ["e-commerce", "china", "live-streaming"])
@pytest.mark.parametrize("limit", [1, 7, 15])
def test_a_limited_topic_query_is_the_start_of_the_full_one(kb, topic: str, limit: int,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(facts_query, "_BATCH", 2)  # several batches even on a small knowledge base
    everything = facts(kb, topic=topic)
    assert len(everything) > limit
    assert facts(kb, topic=topic, limit=limit) == everything[:limit]


def test_topic_names_are_read_from_the_index(kb) -> None:
    used = {r["topic"] for r in kb.rows("SELECT DISTINCT topic FROM topics")}
    assert {r["topic"] for r in kb.rows(facts_query._DISTINCT_TOPICS)} == used
    assert facts_query.resolve_topic(kb, "ecommerce") == ["e-commerce"]


@pytest.mark.parametrize("unit", ["EUR", "%", "CNY"])
@pytest.mark.parametrize("limit", [1, 4])
def test_a_limited_unit_query_is_the_start_of_the_full_one(kb, unit: str, limit: int,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(figures_query, "_COMMON", 2)  # the article walk even on a small knowledge base
    everything = figures_query.figures(kb, unit=unit)
    assert len(everything) > limit
    assert figures_query.figures(kb, unit=unit, limit=limit) == everything[:limit]


def test_people_of_an_organisation_are_read_through_the_roles_index(kb, monkeypatch: pytest.MonkeyPatch) -> None:
    """A condition on roles must not make SQLite read every person first (0.6 s at 100,000 articles)."""
    from luxcli.query import people as people_query

    plans: list[str] = []
    rows = kb.rows

    def explained(sql: str, params: list | tuple = ()) -> list:
        if sql.startswith("SELECT p.id"):
            plans.extend(r["detail"] for r in rows("EXPLAIN QUERY PLAN " + sql, params))
        return rows(sql, params)

    monkeypatch.setattr(kb, "rows", explained)
    found = people_query.people(kb, "Tmall")
    assert found and plans
    assert not [p for p in plans if p.startswith("SCAN p")], plans
