"""Bad input, interruptions, concurrent use, damaged files and upgrades: nothing is ever lost."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from luxcli.cli import main
from luxcli.errors import IngestError
from luxcli.ingest import parse_article

DATA = Path(__file__).parent / "data"
SENTENCES = [
    "The Milanese house Orsolina opened {n} boutiques in Asia last year, its chief executive said.",
    "La maison Ombrelune a ouvert {n} boutiques en Chine, selon son directeur général.",
    "Il marchio Lanterna Blu ha aperto {n} negozi in Cina, ha spiegato l'amministratore delegato.",
]


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def cli(*args: object, **kwargs: object) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.Popen(
        [sys.executable, "-m", "luxcli", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        **kwargs,
    )  # type: ignore[call-overload]


def make_corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted((DATA / "dev").glob("*.txt"))
    for i in range(count):
        body = seeds[i % len(seeds)].read_text(encoding="utf-8")
        extra = " ".join(SENTENCES[j % 3].format(n=i + j) for j in range(3))
        (folder / f"article_{i:04d}.txt").write_text(f"{body}\n\n{extra}\n", encoding="utf-8")
    return folder


def facts_of(kb: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, set[tuple[object, ...]]]:
    """Everything exported, without what depends on indexing order (article ids)."""
    _, out, _ = run(capsys, "--kb", kb, "export")
    data = json.loads(out)
    keep = {
        "articles": ("file", "hash", "language", "words"),
        "entities": ("id", "name", "kind", "article"),
        "people": ("id", "name", "article"),
        "figures": ("id", "value", "unit", "article"),
        "events": ("id", "date", "article"),
        "relations": ("id", "subject", "predicate", "object", "article"),
    }
    return {k: {tuple(r[f] for f in fields) for r in data[k]} for k, fields in keep.items()}


def integrity(kb: Path) -> str:
    with sqlite3.connect(kb) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


# --- bad files -------------------------------------------------------------------------


def test_every_kind_of_bad_file_is_skipped_or_read_and_the_rest_indexed(
    tmp_path: Path, kb_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(DATA / "seeds" / "001_5601c92eec84d54b.txt", corpus / "good.txt")
    (corpus / "binary.txt").write_bytes(os.urandom(4096))
    (corpus / "nul.md").write_bytes(b"Gucci\x00opened\x00" * 200)
    (corpus / "invalid-utf8.txt").write_bytes(
        "Gucci a ouvert une boutique à Paris. ".encode() * 20 + b"\xff\xfe\xfa" * 3
    )
    (corpus / "mixed.txt").write_bytes("Café Hermès. ".encode() * 30 + "Città più bella. ".encode("cp1252") * 30)
    with (corpus / "huge.txt").open("wb") as fh:  # 200 MB, sparse
        fh.truncate(200 * 1024 * 1024)
    (corpus / "one-line.txt").write_text("Gucci opened a store. " * 48_000, encoding="utf-8")
    (corpus / "nested.html").write_text(
        "<div>" * 20_000 + "<p>Deep text about Gucci and Prada here.</p>", encoding="utf-8"
    )
    (corpus / "unclosed.html").write_text(
        "<html><body><article><p>Prada opened <b>a shop in Milan, the house said", encoding="utf-8"
    )
    (corpus / "scripts.html").write_text("<html><script>" + "var x = 1;" * 1000 + "</script></html>", encoding="utf-8")
    (corpus / "loop").symlink_to(corpus)
    (corpus / "locked.txt").write_text("Prada opened a store in Milan, the house said.", encoding="utf-8")
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    started = time.perf_counter()
    code, _, err = run(capsys, "--kb", kb_path, "index", corpus, "--jobs", "1")
    assert code == 0
    assert time.perf_counter() - started < 60
    warnings = {line.split(": ")[2].split("/")[-1] for line in err.splitlines() if "warning" in line}
    assert warnings == {"binary.txt", "nul.md", "huge.txt", "scripts.html", "locked.txt"}, err
    assert all(len(line) < 300 for line in err.splitlines())
    assert "indexed 6" in err and "skipped 5" in err
    assert integrity(kb_path) == "ok"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.binary(max_size=3000), kind=st.sampled_from(["text", "markdown", "html"]))
def test_ingest_never_raises_anything_but_ingest_error(raw: bytes, kind: str) -> None:
    try:
        article = parse_article(raw, path=Path(f"x.{kind}"), kind=kind)
    except IngestError:
        return
    for s in article.sentences:
        assert article.text[s.start : s.end] == s.text


# --- interruptions -------------------------------------------------------------------------


def test_sigkill_during_indexing_loses_nothing_and_resumes(
    tmp_path: Path, kb_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = make_corpus(tmp_path / "corpus", 600)
    for delay in (0.8, 1.5):
        proc = cli("--kb", kb_path, "index", corpus, "--jobs", "1")
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        if kb_path.exists():
            assert integrity(kb_path) == "ok"
            with sqlite3.connect(kb_path) as conn:
                half = conn.execute(
                    "SELECT count(*) FROM articles a WHERE NOT EXISTS "
                    "(SELECT 1 FROM sentences s WHERE s.article_id = a.id)"
                ).fetchone()[0]
            assert half == 0  # no article without its sentences: each one is one transaction
    code, _, err = run(capsys, "--kb", kb_path, "index", corpus)
    assert code == 0, err
    with sqlite3.connect(kb_path) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT path) FROM articles").fetchone() == (600, 600)
    assert facts_of(kb_path, capsys) == facts_of(_single_run(tmp_path, corpus, capsys), capsys)


def _single_run(tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    kb = tmp_path / "single.sqlite"
    assert run(capsys, "--kb", kb, "index", corpus)[0] == 0
    return kb


def test_ctrl_c_prints_one_line_and_exits_130(tmp_path: Path, kb_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", 2000)
    proc = cli("--kb", kb_path, "index", corpus, "--jobs", "2")
    time.sleep(1.5)
    assert proc.poll() is None, "indexing finished before it could be interrupted: use a larger corpus"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.strip().splitlines()[-1].startswith("luxcli: interrupted")
    assert "Traceback" not in err
    assert integrity(kb_path) == "ok"



class _InterruptedImport:
    """A module finder that raises KeyboardInterrupt when the CLI module is imported, as a Ctrl-C would then."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "luxcli.cli":
            raise KeyboardInterrupt


def test_ctrl_c_while_the_cli_loads_prints_one_line_and_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from luxcli import launch

    monkeypatch.delitem(sys.modules, "luxcli.cli")
    monkeypatch.setattr(sys, "meta_path", [_InterruptedImport(), *sys.meta_path])
    with pytest.raises(SystemExit) as exit_:
        launch.run()
    assert exit_.value.code == 130
    assert capsys.readouterr().err == "luxcli: interrupted\n"

# --- concurrency ----------------------------------------------------------------------------


def test_two_indexing_runs_at_once_equal_one_run(
    tmp_path: Path, kb_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = make_corpus(tmp_path / "corpus", 60)
    first, second = cli("--kb", kb_path, "index", corpus), cli("--kb", kb_path, "index", corpus)
    queries = []
    while not kb_path.exists() and first.poll() is None:
        time.sleep(0.01)  # before any indexing run has started, a query is a first use (and seeds)
    while first.poll() is None:
        query = cli("--kb", kb_path, "orgs", "Gucci", "--json")
        queries.append((*query.communicate(timeout=60), query.returncode))
        time.sleep(0.05)
    for proc in (first, second):
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    for _out, err, code in queries:
        assert code in (0, 1), err  # the last committed state, or nothing yet; never an error
        assert "Traceback" not in err
    assert facts_of(kb_path, capsys) == facts_of(_single_run(tmp_path, corpus, capsys), capsys)


def test_indexing_order_does_not_change_the_facts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    forward, backward = tmp_path / "f.sqlite", tmp_path / "b.sqlite"
    files = sorted((DATA / "dev").iterdir())
    run(capsys, "--kb", forward, "index", DATA / "dev")
    for path in reversed(files):
        run(capsys, "--kb", backward, "index", path)
    run(capsys, "--kb", backward, "index", DATA / "dev")  # twice: nothing changes
    assert facts_of(forward, capsys) == facts_of(backward, capsys)


# --- damaged knowledge bases and upgrades -------------------------------------------------


def test_a_truncated_knowledge_base_is_reported_and_can_be_rebuilt(
    kb_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--kb", kb_path, "index", DATA / "dev")
    size = kb_path.stat().st_size
    with kb_path.open("r+b") as fh:
        fh.truncate(size // 3)
    code, _, err = run(capsys, "--kb", kb_path, "people", "--json")
    assert code == 2
    assert str(kb_path) in err and "--rebuild" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--kb", kb_path, "index", DATA / "dev", "--rebuild")
    assert code == 0, err
    assert integrity(kb_path) == "ok"


def test_an_older_schema_is_migrated_in_place_and_keeps_every_fact(
    kb_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--kb", kb_path, "index", DATA / "dev")
    before = facts_of(kb_path, capsys)
    with sqlite3.connect(kb_path) as conn:  # what schema 1 looked like
        conn.execute("DROP INDEX figures_subject")
        conn.execute("DROP INDEX roles_role")
        conn.execute("PRAGMA user_version = 1")
    assert facts_of(kb_path, capsys) == before  # a query upgrades it, then answers
    with sqlite3.connect(kb_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"figures_subject", "roles_role"} <= names


# --- query input --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeded_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    kb = tmp_path_factory.mktemp("kb") / "kb.sqlite"
    assert main(["--kb", str(kb), "index", str(DATA / "seeds")]) == 0
    return kb


@pytest.mark.parametrize(
    "text",
    [
        "'; DROP TABLE articles; --",
        'a" OR 1=1 --',
        "NEAR(cartier tmall, 2)",
        "cart*",
        "\x00\x01\x1b[31m",
        "مرحبا كارتييه",
        "🙂 Cartier 💎",
        "x" * 100_000,
        "Cartier " * 5_000,
        "{}[]()^~:",
        "AND OR NOT",
    ],
)
def test_any_search_text_answers_or_finds_nothing(
    seeded_kb: Path, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--kb", seeded_kb, "search", "--json", "--", text)
    assert code in (0, 1, 2)
    assert "Traceback" not in err
    if code == 2:
        assert err.startswith("luxcli: error:") and err.count("\n") == 1
    for command in ("orgs", "people", "figures", "timeline", "relations", "show"):
        code, _, err = run(capsys, "--kb", seeded_kb, command, "--", text)
        assert code in (0, 1), (command, err)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200))
def test_search_never_raises(seeded_kb: Path, text: str) -> None:
    from luxcli.api import open_kb
    from luxcli.query.search import search

    with open_kb(seeded_kb) as kb:
        search(kb, text)


@pytest.mark.parametrize(
    ("value", "number"),
    [
        ("1e6", 1e6),
        ("1,5", 1.5),
        ("1.5", 1.5),
        ("1,200", 1200),
        ("1.200.000", 1_200_000),
        ("2 500", 2500),
        ("2\u202f500", 2500),
        ("-3", -3),
        ("1.200,50", 1200.5),
    ],
)
def test_min_and_max_accept_every_languages_number_format(value: str, number: float) -> None:
    from luxcli.query.figures import parse_bound

    assert parse_bound(value, "--min") == pytest.approx(number)


@pytest.mark.parametrize("value", ["lots", "1..2", "", "1,2,3,4"])
def test_min_and_max_refuse_what_is_not_a_number(
    seeded_kb: Path, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--kb", seeded_kb, "figures", "--min", value)
    assert code == 2 and "not a number" in err


def test_a_full_disk_while_writing_keeps_what_was_indexed(tmp_path: Path) -> None:
    from luxcli.errors import KnowledgeBaseError
    from luxcli.index import index_paths
    from luxcli.store import KnowledgeBase

    kb_file = tmp_path / "kb.sqlite"
    with KnowledgeBase.open(kb_file, write=True) as kb:
        index_paths(kb, [DATA / "seeds"], jobs=1)
        pages = kb.scalar("PRAGMA page_count")
        kb.conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk is (nearly) full from here on
        with pytest.raises(KnowledgeBaseError, match=r"could not write.*everything indexed before is kept"):
            index_paths(kb, [DATA / "dev"], jobs=1)
    assert integrity(kb_file) == "ok"
    with sqlite3.connect(kb_file) as conn:
        files = {r[0] for r in conn.execute("SELECT file FROM articles")}
    assert {p.name for p in (DATA / "seeds").iterdir()} <= files


def test_the_entry_point_of_older_installations_still_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from luxcli.cli import run as older_entry_point

    monkeypatch.setattr(sys, "argv", ["luxcli", "--version"])
    with pytest.raises(SystemExit) as exit_:
        older_entry_point()
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("luxcli ")
