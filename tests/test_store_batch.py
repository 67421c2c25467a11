"""The store's batch path (many articles per transaction, no savepoint per article) writes exactly what
writing each article in its own transaction writes, and a unit failing half-way leaves nothing of itself."""

from __future__ import annotations

import gc
import sqlite3
from pathlib import Path

import pytest

from luxcli.index import SMALL_RUN, index_paths
from luxcli.model import Article, Entity, Evidence, Facts, Figure, Person, Role
from luxcli.store import KnowledgeBase
from luxcli.text import split_sentences

TEXTS = [
    "Ada Rossi, CEO of Gucci, said sales rose 12%. Gucci opened on Tmall in May 2020.",
    "Marie Dupont dirige Hermès depuis 2019. Les ventes ont progressé de 8 %.",
    "Luca Bianchi è il nuovo presidente di Prada. Il fatturato è cresciuto del 5%.",
    "Ada Rossi, CEO of Gucci, said sales rose 12%. A second file with the same first sentence.",
]


def article(i: int, text: str | None = None) -> Article:
    text = TEXTS[i] if text is None else text
    return Article(path=f"/x/a{i}.txt", file=f"a{i}.txt", title=f"T{i}", language="en", text=text,
                   sentences=tuple(split_sentences(text)), content_hash=f"h{i}-{len(text)}", words=len(text.split()))


def facts(i: int) -> Facts:
    ev = Evidence(0, 0, 9, f"rule{i}")
    return Facts(
        entities=(Entity(f"Brand{i}", "brand", ev, aliases=(f"B{i}",), mentions=i + 1),),
        people=(Person(f"Person {i}", ev, roles=(Role("CEO", "ceo", f"Brand{i}", ev),)),),
        figures=(Figure(float(i), "%", f"{i}%", ev, subject=f"Brand{i}"),),
        topics={0: ("financials",), 1: ("e-commerce",)},
    )


class BrokenPerson:
    """A person whose name cannot be read: writing fails after the article, its sentences and organisations."""

    @property
    def name(self) -> str:
        raise RuntimeError("broken facts")


def broken() -> Facts:
    return Facts(entities=facts(2).entities, people=(BrokenPerson(),), topics={0: ("china",)})  # type: ignore[arg-type]


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (and the search index, term by term and position by position)."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if r[0] not in ("sentences_fts_data", "sentences_fts_idx")]  # segment layout, not content
        out = {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}")), key=repr) for t in tables}
        out["articles"] = [r[:10] + r[11:] for r in out["articles"]]  # without indexed_at (a clock time)
        conn.execute("CREATE VIRTUAL TABLE temp.positions USING fts5vocab(main, sentences_fts, 'instance')")
        out["positions"] = sorted(conn.execute("SELECT * FROM temp.positions"))
        out["integrity"] = conn.execute(
            "INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')").fetchall()
    return out


def write_each(path: Path, items: list[tuple[Article, Facts]]) -> None:
    with KnowledgeBase.open(path, write=True) as kb:
        for a, f in items:
            kb.write_article(a, f, size=1, mtime=1.0)


def write_batched(path: Path, items: list[tuple[Article, Facts]], seconds: float) -> None:
    with KnowledgeBase.open(path, write=True) as kb, kb.batch(seconds) as checkpoint:
        for a, f in items:
            kb.write_article(a, f, size=1, mtime=1.0)
            checkpoint()


@pytest.mark.parametrize("seconds", [0.0, 3600.0])  # a commit after every article; one commit for all
@pytest.mark.parametrize("rewrite", [False, True])  # an article written again replaces itself
def test_a_batch_writes_the_same_rows_as_one_transaction_per_article(
        tmp_path: Path, seconds: float, rewrite: bool) -> None:
    items = [(article(i), facts(i)) for i in range(len(TEXTS))]
    if rewrite:
        items += [(article(1, "Marie Dupont a quitté Hermès. Une autre phrase."), facts(2)), (article(0), Facts())]
    write_each(tmp_path / "each.sqlite", items)
    write_batched(tmp_path / "batch.sqlite", items, seconds)
    assert dump(tmp_path / "batch.sqlite") == dump(tmp_path / "each.sqlite")


@pytest.mark.parametrize("caller_goes_on", [False, True])
def test_a_unit_failing_half_way_in_a_batch_leaves_nothing_of_itself(tmp_path: Path, caller_goes_on: bool) -> None:
    kb_file = tmp_path / "kb.sqlite"
    with KnowledgeBase.open(kb_file, write=True) as kb, \
            pytest.raises(RuntimeError, match="broken facts"), kb.batch(3600.0) as checkpoint:
        kb.write_article(article(0), facts(0), size=1, mtime=1.0)
        checkpoint()  # the first unit is committed at once
        kb.write_article(article(1), facts(1), size=1, mtime=1.0)  # not committed yet
        checkpoint()
        if caller_goes_on:
            with pytest.raises(RuntimeError):
                kb.write_article(article(2), broken(), size=1, mtime=1.0)
            kb.write_article(article(3), facts(3), size=1, mtime=1.0)
            raise RuntimeError("broken facts")  # ends the batch with an error between units
        kb.write_article(article(2), broken(), size=1, mtime=1.0)
    data = dump(kb_file)
    kept = {"a0.txt", "a3.txt"} if caller_goes_on else {"a0.txt"}
    assert {r[2] for r in data["articles"]} == kept  # a1 was rolled back with a2, which failed half-way
    ids = {r[0] for r in data["articles"]}
    article_column = {"sentences": 1, "topics": 0, "entities": 1, "people": 1, "roles": 2, "figures": 1}
    assert all(r[column] in ids for table, column in article_column.items() for r in data[table])
    assert len(data["sentences"]) == len(data["sentences_fts_docsize"])
    assert data["integrity"] == []
    expected = tmp_path / "expected.sqlite"
    write_each(expected, [(article(i), facts(i)) for i in sorted(int(f[1]) for f in kept)])
    assert {k: v for k, v in dump(kb_file).items() if k != "articles"} == \
        {k: v for k, v in dump(expected).items() if k != "articles"}


def test_workers_forked_after_warming_up_index_as_one_process_does(tmp_path: Path) -> None:
    """The pool path (lexicons loaded and frozen before the fork, a quieter pool) writes the same rows."""
    data = Path(__file__).parent / "data"
    inputs = [data / "dev", data / "seeds"]
    assert sum(1 for d in inputs for _ in d.iterdir()) >= SMALL_RUN  # large enough for worker processes
    for jobs in (1, 2):
        with KnowledgeBase.open(tmp_path / f"jobs{jobs}.sqlite", write=True) as kb:
            report = index_paths(kb, inputs, jobs=jobs)
        assert report.indexed >= SMALL_RUN and not report.skipped
        assert gc.get_freeze_count() == 0  # nothing stays exempt from garbage collection after the run
    assert dump(tmp_path / "jobs2.sqlite") == dump(tmp_path / "jobs1.sqlite")
