"""The command line end to end, through the real entry point, stdout and stderr apart."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from luxcli.cli import app, main

DATA = Path(__file__).parent / "data"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dev_kb(kb_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    code, _, err = run(capsys, "--kb", kb_path, "index", DATA / "dev", "--jobs", "1")
    assert code == 0, err
    return kb_path


def test_index_prints_a_one_line_summary(kb_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--kb", kb_path, "index", DATA / "dev", DATA / "gold")
    assert code == 0
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    gold_files = len(list((DATA / "gold").iterdir()))  # .json files are not articles
    assert f"indexed 12, unchanged 0, skipped {gold_files}" in err


def test_reindexing_skips_unchanged_and_replaces_changed(
    tmp_path: Path, kb_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(DATA / "seeds", corpus)
    run(capsys, "--kb", kb_path, "index", corpus)
    _, _, err = run(capsys, "--kb", kb_path, "index", corpus)
    assert "indexed 0, unchanged 5" in err
    first = sorted(corpus.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nGucci joined the platform.\n", encoding="utf-8")
    _, _, err = run(capsys, "--kb", kb_path, "index", corpus)
    assert "indexed 1, unchanged 4" in err
    _, out, _ = run(capsys, "--kb", kb_path, "orgs", "Gucci", "--json")
    assert json.loads(out)[0]["articles"] == 1
    sorted(corpus.iterdir())[1].unlink()
    _, _, err = run(capsys, "--kb", kb_path, "index", corpus, "--prune")
    assert "1 pruned" in err
    _, out, _ = run(capsys, "--kb", kb_path, "articles", "--json")
    assert len(json.loads(out)) == 4


def test_first_query_indexes_the_bundled_seeds(kb_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--kb", kb_path, "orgs", "Cartier", "--json")
    assert code == 0
    assert "first use: indexed 5 bundled seed articles" in err
    assert json.loads(out)[0]["name"] == "Cartier"
    _, _, err = run(capsys, "--kb", kb_path, "orgs", "Cartier", "--json")
    assert err == ""


def test_kb_path_follows_option_then_environment(
    tmp_path: Path, kb_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, out, _ = run(capsys, "kb", "path")
    assert out.strip().endswith(os.path.join("luxcli", "kb.sqlite"))
    assert out.startswith(str(tmp_path / "data"))
    monkeypatch.setenv("LUXCLI_KB", str(tmp_path / "env.sqlite"))
    assert run(capsys, "kb", "path")[1].strip() == str(tmp_path / "env.sqlite")
    assert run(capsys, "--kb", kb_path, "kb", "path")[1].strip() == str(kb_path)


def test_kb_info_counts(dev_kb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--kb", dev_kb, "kb", "info", "--json")
    info = {r["key"]: r["value"] for r in json.loads(out)}
    assert code == 0
    assert info["articles"] == 12
    assert info["language.en"] == 6 and info["language.fr"] == 4 and info["language.it"] == 2
    assert info["schema_version"] == 2
    assert info["entities"] > 100


def test_search_ranks_highlights_and_reads_syntax_as_words(dev_kb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--kb", dev_kb, "search", "Hermes boutique", "--json")
    hits = json.loads(out)
    assert code == 0 and hits
    assert all("_highlight" not in h for h in hits)
    assert "Hermès" in hits[0]["text"]
    for query in ['"unbalanced', "Tmall AND", "NEAR(Tmall", "Tmall*", "(Tmall)", "-Tmall", "Tmall:x"]:
        code, out, err = run(capsys, "--kb", dev_kb, "search", "--json", "--", query)
        assert code in (0, 1), (query, err)
        assert "Traceback" not in err


def test_search_corrects_a_typo(dev_kb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--kb", dev_kb, "search", "Farfech", "--json")
    assert code == 0
    assert "searching for 'farfetch'" in err
    assert any("Farfetch" in h["text"] for h in json.loads(out))


def test_output_formats(dev_kb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, tsv, _ = run(capsys, "--kb", dev_kb, "orgs", "--kind", "platform")
    header, *rows = tsv.splitlines()
    assert header.split("\t")[:3] == ["name", "kinds", "articles"]
    assert any(r.startswith("Tmall Luxury Pavilion\t") for r in rows)
    _, csv_out, _ = run(capsys, "--kb", dev_kb, "orgs", "--kind", "platform", "--csv", "--limit", "2")
    assert len(csv_out.splitlines()) == 3
    _, jsonl, _ = run(capsys, "--kb", dev_kb, "platforms", "--jsonl")
    assert all(json.loads(line)["kinds"] == "platform" for line in jsonl.splitlines())


def test_no_results_exit_1_and_bad_usage_exit_2(dev_kb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--kb", dev_kb, "orgs", "Zzyzxqw")[0] == 1
    for args in (
        ["orgs", "--kind", "shop"],
        ["search", "?!..."],
        ["index", "/no/such/folder"],
        ["figures", "--min", "lots"],
        ["graph", "--format", "png"],
        ["nonsense"],
        ["orgs", "--json", "--csv"],
    ):
        code, _, err = run(capsys, "--kb", dev_kb, *args)
        assert code == 2, args
        assert len(err.strip().splitlines()) == 1 and err.startswith("luxcli: error:"), (args, err)


def test_a_mistyped_command_gets_one_suggestion(dev_kb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for args, meant in ((["peple"], "people"), (["kb", "inf"], "info")):
        code, _, err = run(capsys, "--kb", dev_kb, *args)
        assert code == 2
        assert err.count("Did you mean") == 1 and f"'{meant}'" in err, err


@pytest.mark.parametrize(("args", "command"), [
    (["people", "Cartier"], "people"),
    (["--kb", "people", "figures", "--json"], "figures"),  # a knowledge base file named like a command
    (["--kb=x.sqlite", "orgs"], "orgs"),
    (["--version"], None),
    (["kb", "info"], "kb"),
])
def test_the_command_word_is_found_past_global_options(args: list[str], command: str | None) -> None:
    from luxcli.cli import _invoked_command

    assert _invoked_command(args) == command


def test_a_run_builds_only_the_invoked_command_and_the_app_is_left_whole() -> None:
    import typer.main

    from luxcli.cli import _app_for

    narrow = typer.main.get_command(_app_for(["--kb", "x", "figures", "--json"]))
    assert list(narrow.commands) == ["figures"]
    for args in (["--help"], ["kb", "info"], ["nonsense"]):
        assert _app_for(args) is app
    assert len(typer.main.get_command(app).commands) > 10


def test_a_json_query_imports_no_table_fuzzy_or_extraction_code(dev_kb: Path) -> None:
    """A query is a whole process: what it imports is its start-up time."""
    code = (
        "import sys; from luxcli.cli import main; main(sys.argv[1:]); "
        "heavy = ('rich', 'rapidfuzz', 'luxcli.model', 'luxcli.extract', 'luxcli.ingest', 'hashlib'); "
        "print(sorted({m for m in sys.modules if m.startswith(heavy)}), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code, "--kb", str(dev_kb), "people", "Tmall", "--json"],
                          capture_output=True, text=True, check=False)
    assert json.loads(done.stdout)
    assert done.stderr.strip() == "[]"


def test_export_shape(dev_kb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--kb", dev_kb, "export", "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert data["schema"] == "luxcli/1"
    assert set(data) == {"schema", "articles", "people", "entities", "figures", "events", "relations"}
    entity = data["entities"][0]
    assert {"id", "name", "kind", "aliases", "article", "sentence"} <= set(entity)
    assert entity["article"].startswith("dev_")
    _, jsonl, _ = run(capsys, "--kb", dev_kb, "export", "--format", "jsonl")
    types = {json.loads(line)["type"] for line in jsonl.splitlines()}
    assert {"article", "entity"} <= types


def test_why_shows_the_evidence(dev_kb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--kb", dev_kb, "export")
    entity = next(e for e in json.loads(out)["entities"] if e["name"] == "Coty")
    code, out, _ = run(capsys, "--kb", dev_kb, "why", entity["id"], "--json")
    why = json.loads(out)
    assert code == 0
    assert why["span_text"] == "Coty"
    assert why["rule"] == "orgs.lexicon"
    assert "Coty" in why["sentence_text"]
    assert run(capsys, "--kb", dev_kb, "why", "e0000000000")[0] == 1


@pytest.mark.parametrize("content", [b"not a database at all", b"SQLite format 3\x00" + b"\x07" * 200])
def test_a_file_that_is_not_a_knowledge_base_is_never_touched(
    tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "notes.sqlite"
    target.write_bytes(content)
    for args in (["index", DATA / "seeds"], ["orgs"], ["index", DATA / "seeds", "--rebuild"]):
        code, _, err = run(capsys, "--kb", target, *args)
        assert code == 2, args
        assert str(target) in err and len(err.strip().splitlines()) == 1
    assert target.read_bytes() == content


def test_another_applications_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE invoices(id INTEGER)")
    code, _, err = run(capsys, "--kb", other, "index", DATA / "seeds")
    assert code == 2 and "another application" in err


def test_a_directory_as_knowledge_base_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--kb", tmp_path, "orgs")
    assert code == 2 and "directory" in err


def test_a_newer_schema_is_refused(dev_kb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(dev_kb) as conn:
        conn.execute("PRAGMA user_version = 99")
    code, _, err = run(capsys, "--kb", dev_kb, "orgs")
    assert code == 2 and "newer luxcli" in err


def test_a_read_only_knowledge_base_answers_queries_but_refuses_indexing(
    dev_kb: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dev_kb.chmod(0o444)
    assert run(capsys, "--kb", dev_kb, "orgs", "Gucci")[0] == 0
    code, _, err = run(capsys, "--kb", dev_kb, "index", DATA / "seeds")
    assert code == 2 and "read-only" in err


def test_bad_files_are_skipped_with_a_warning_and_the_rest_indexed(
    tmp_path: Path, kb_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "mixed"
    corpus.mkdir()
    shutil.copy(DATA / "seeds" / "001_5601c92eec84d54b.txt", corpus)
    (corpus / "empty.txt").write_text("")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 50)
    (corpus / "bad-utf8.txt").write_bytes("Gucci ouvre une boutique à Paris, dit la maison. ".encode("cp1252") * 5)
    (corpus / "scripts.html").write_text("<html><script>var a = 1;</script></html>")
    code, _, err = run(capsys, "--kb", kb_path, "index", corpus)
    assert code == 0
    warnings = [line for line in err.splitlines() if "warning" in line]
    assert len(warnings) == 3
    assert any("binary.txt" in w and "binary" in w for w in warnings)
    assert "indexed 2" in err and "skipped 3" in err


def test_an_empty_folder_is_bad_input(tmp_path: Path, kb_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    code, _, err = run(capsys, "--kb", kb_path, "index", tmp_path / "empty")
    assert code == 2 and "nothing to index" in err
    assert err.count("\n") == 1
    assert not kb_path.exists()


def test_every_command_has_help_with_examples() -> None:
    import typer.main

    group = typer.main.get_command(app)
    names = [n for n in group.commands if n != "kb"]  # type: ignore[attr-defined]
    for name in names:
        command = group.commands[name]  # type: ignore[attr-defined]
        assert command.help, name
        assert command.epilog and "luxcli" in command.epilog, name


def test_python_dash_m_runs_the_cli(kb_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "luxcli", "--kb", str(kb_path), "kb", "path"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0
    assert proc.stdout.strip() == str(kb_path)


def test_a_long_table_shows_a_screenful_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    from luxcli.cli import TABLE_ROWS, _finish

    records = [{"name": f"person {i:03d}"} for i in range(TABLE_ROWS + 10)]
    _finish(records, "table")
    out, err = capsys.readouterr()
    assert f"person {TABLE_ROWS - 1:03d}" in out and f"person {TABLE_ROWS:03d}" not in out
    assert f"showing {TABLE_ROWS} of {TABLE_ROWS + 10} rows" in err
    _finish(records, "tsv")
    out, err = capsys.readouterr()
    assert out.count("\n") == TABLE_ROWS + 11 and not err  # header + every row: machine formats are never cut
    _finish(records, "table", limit=TABLE_ROWS + 5)
    out, err = capsys.readouterr()
    assert f"person {TABLE_ROWS + 4:03d}" in out and not err


def test_an_empty_answer_says_so_to_a_reader_and_stays_silent_in_a_pipe(capsys: pytest.CaptureFixture[str]) -> None:
    from luxcli.cli import _finish

    assert _finish([], "table") == 1
    out, err = capsys.readouterr()
    assert out == "" and err == "luxcli: nothing found\n"
    for fmt, printed in (("tsv", ""), ("json", "[]\n")):
        assert _finish([], fmt) == 1
        assert capsys.readouterr() == (printed, "")
