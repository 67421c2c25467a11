from __future__ import annotations

import csv
import io
import json

import pytest

from luxcli import render
from luxcli.query.search import MARK_CLOSE, MARK_OPEN

RECORDS = [
    {"name": "Cartier", "value": 1200.0, "tags": ["a", "b"], "current": True, "_private": "x"},
    {"name": "Tab\there, new\nline", "value": 2.5, "tags": [], "current": False, "_private": "y"},
]


def test_json_is_one_array_without_private_keys(capsys: pytest.CaptureFixture[str]) -> None:
    render.emit(RECORDS, "json")
    data = json.loads(capsys.readouterr().out)
    assert data[0] == {"name": "Cartier", "value": 1200.0, "tags": ["a", "b"], "current": True}


def test_json_puts_one_record_on_each_line(capsys: pytest.CaptureFixture[str]) -> None:
    render.emit(RECORDS, "json")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "[" and lines[-1] == "]"
    assert [json.loads(line.strip().rstrip(","))["name"] for line in lines[1:-1]] == ["Cartier", "Tab\there, new\nline"]


def test_json_of_nothing_is_an_empty_array(capsys: pytest.CaptureFixture[str]) -> None:
    render.emit([], "json")
    assert json.loads(capsys.readouterr().out) == []


def test_jsonl_is_one_record_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    render.emit(RECORDS, "jsonl")
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["name"] for line in lines] == ["Cartier", "Tab\there, new\nline"]


def test_tsv_has_a_header_and_one_line_per_record(capsys: pytest.CaptureFixture[str]) -> None:
    render.emit(RECORDS, "tsv")
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["name\tvalue\ttags\tcurrent", "Cartier\t1200\ta; b\tyes", "Tab here, new line\t2.5\t\tno"]


def test_csv_quotes_what_needs_quoting(capsys: pytest.CaptureFixture[str]) -> None:
    render.emit(RECORDS, "csv")
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["name", "value", "tags", "current"]
    assert rows[2][0] == "Tab\there, new\nline"


def test_table_shows_highlights_and_escapes_markup(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    render.emit([{"text": "plain", "_highlight": f"a {MARK_OPEN}word{MARK_CLOSE} [bold]x[/bold]"}], "table")
    out = capsys.readouterr().out
    assert "a word [bold]x[/bold]" in out
    assert "\x1b[" not in out


def test_format_is_a_table_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdout.isatty", lambda: False)
    assert render.choose_format() == "tsv"
    assert render.choose_format(json_=True) == "json"
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert render.choose_format() == "table"


def test_messages_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    render.error("two\nlines   here")
    assert capsys.readouterr().err == "luxcli: error: two lines here\n"


def test_core_modules_do_not_import_rich() -> None:
    import subprocess
    import sys

    code = (
        "import sys, luxcli.cli, luxcli.api, luxcli.query.people, luxcli.query.search; "
        "print(any(m == 'rich' or m.startswith('rich.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
