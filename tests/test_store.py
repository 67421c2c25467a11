from __future__ import annotations

from pathlib import Path

import pytest

from luxcli.errors import KnowledgeBaseError
from luxcli.model import Article, Entity, Event, Evidence, Facts, Figure, Person, Relation, Role
from luxcli.query.export import export
from luxcli.store import KnowledgeBase, fact_id, is_own_or_empty
from luxcli.text import split_sentences

TEXT = "Ada Rossi, CEO of Gucci, said sales rose 12%. Gucci opened on Tmall in May 2020."


def article(text: str = TEXT, path: str = "/x/a.txt") -> Article:
    return Article(
        path=path,
        file=Path(path).name,
        title="T",
        language="en",
        text=text,
        sentences=tuple(split_sentences(text)),
        content_hash=str(hash(text)),
        words=16,
    )


def facts() -> Facts:
    ev = Evidence(0, 0, 9, "test")
    return Facts(
        entities=(Entity("Gucci", "brand", Evidence(0, 18, 23, "t"), aliases=("GUCCI",), mentions=2),),
        people=(
            Person(
                "Ada Rossi",
                ev,
                aliases=("Rossi",),
                roles=(Role("CEO", "ceo", "Gucci", Evidence(0, 11, 14, "t"), scope="Italy", current=False),),
            ),
        ),
        figures=(Figure(12.0, "%", "12%", Evidence(0, 41, 44, "t"), qualifier="more than", subject="Gucci"),),
        events=(Event("2020-05", "Gucci opened on Tmall", Evidence(1, 46, 79, "t"), subject="Gucci"),),
        relations=(Relation("Gucci", "sells_on", "Tmall", Evidence(1, 46, 79, "t")),),
        topics={0: ("financials",), 1: ("e-commerce", "china")},
    )


def test_every_kind_of_fact_round_trips_through_the_store(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.sqlite", write=True) as kb:
        kb.write_article(article(), facts(), size=10, mtime=1.0)
        data = export(kb)
        assert kb.scalar("SELECT count(*) FROM topics") == 3
    assert data["entities"][0] | {"id": None} == {
        "id": None,
        "name": "Gucci",
        "kind": "brand",
        "aliases": ["GUCCI"],
        "mentions": 2,
        "article": "a.txt",
        "sentence": "Ada Rossi, CEO of Gucci, said sales rose 12%.",
        "rule": "t",
    }
    person = data["people"][0]
    assert person["name"] == "Ada Rossi" and person["aliases"] == ["Rossi"]
    assert person["roles"][0] | {"id": None} == {
        "id": None,
        "title": "CEO",
        "role": "ceo",
        "org": "Gucci",
        "scope": "Italy",
        "current": False,
    }
    assert data["figures"][0]["value"] == 12.0 and data["figures"][0]["qualifier"] == "more than"
    assert data["events"][0]["date"] == "2020-05"
    assert data["relations"][0]["predicate"] == "sells_on"


def test_rewriting_an_article_replaces_its_facts_and_keeps_its_id(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.sqlite", write=True) as kb:
        first = kb.write_article(article(), facts(), size=10, mtime=1.0)
        second = kb.write_article(article(TEXT + " More."), Facts(), size=11, mtime=2.0)
        assert first == second
        assert kb.scalar("SELECT count(*) FROM entities") == 0
        assert kb.scalar("SELECT count(*) FROM roles") == 0
        assert kb.scalar("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'more'") == 1
        assert kb.scalar("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'rossi'") == 1


def test_fact_ids_are_stable_and_distinct() -> None:
    assert fact_id("f", "h", 1, "x") == fact_id("f", "h", 1, "x")
    assert fact_id("f", "h", 1, "x") != fact_id("f", "h", 2, "x")
    assert len(fact_id("p", "h")) == 11


def test_a_missing_knowledge_base_reads_as_empty(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "none.sqlite") as kb:
        assert kb.article_count() == 0
    assert not (tmp_path / "none.sqlite").exists()


def test_rebuild_only_replaces_own_files(tmp_path: Path) -> None:
    own = tmp_path / "own.sqlite"
    KnowledgeBase.open(own, write=True).close()
    other = tmp_path / "other.txt"
    other.write_text("notes")
    assert is_own_or_empty(own) and is_own_or_empty(tmp_path / "missing")
    assert not is_own_or_empty(other) and not is_own_or_empty(tmp_path)
    with pytest.raises(KnowledgeBaseError, match="not a luxcli knowledge base"):
        KnowledgeBase.open(other, write=True)
