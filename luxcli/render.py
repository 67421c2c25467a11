"""Everything luxcli prints. The only module that imports Rich, and only for tables,
the progress bar and help: JSON, JSON Lines, CSV and TSV never load it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from luxcli.query.search import MARK_CLOSE, MARK_OPEN

FORMATS = ("table", "json", "jsonl", "csv", "tsv")


def choose_format(*, json_: bool = False, jsonl: bool = False, csv_: bool = False, tsv: bool = False) -> str:
    """An asked-for format wins; otherwise a table on a terminal and TSV in a pipe."""
    for flag, name in ((json_, "json"), (jsonl, "jsonl"), (csv_, "csv"), (tsv, "tsv")):
        if flag:
            return name
    return "table" if sys.stdout.isatty() else "tsv"


def emit(
    records: Sequence[dict[str, Any]], fmt: str, *, columns: Sequence[str] | None = None, title: str | None = None
) -> None:
    if fmt == "json":
        # One record per line: readable, greppable, and encoded by json's C encoder (indent= runs the
        # pure-Python one, three times slower on answers of 100,000 records).
        lines = ",\n".join("  " + json.dumps(_public(r), ensure_ascii=False) for r in records)
        _write(f"[\n{lines}\n]\n" if records else "[]\n")
    elif fmt == "jsonl":
        _write("".join(json.dumps(_public(r), ensure_ascii=False) + "\n" for r in records))
    elif fmt in ("csv", "tsv"):
        _write(_delimited(records, columns, "," if fmt == "csv" else "\t"))
    else:
        _table(records, columns, title)


def emit_document(data: Any) -> None:
    """One JSON document (export)."""
    _write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def emit_lines(lines: Sequence[str]) -> None:
    _write("".join(line + "\n" for line in lines))


def emit_record(record: dict[str, Any], fmt: str) -> None:
    """A single record (why, show) as key/value lines, or as JSON."""
    if fmt in ("json", "jsonl"):
        _write(json.dumps(_public(record), ensure_ascii=False, indent=2 if fmt == "json" else None) + "\n")
        return
    rows = [{"field": k, "value": _cell(v)} for k, v in record.items() if not k.startswith("_")]
    emit(rows, "table" if fmt == "table" else fmt, columns=["field", "value"])


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if not k.startswith("_")}


def _columns(records: Sequence[dict[str, Any]], columns: Sequence[str] | None) -> list[str]:
    if columns:
        return list(columns)
    seen: dict[str, None] = {}
    for r in records:
        for k in r:
            if not k.startswith("_"):
                seen.setdefault(k, None)
    return list(seen)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _delimited(records: Sequence[dict[str, Any]], columns: Sequence[str] | None, delimiter: str) -> str:
    cols = _columns(records, columns)
    buf = io.StringIO()
    if delimiter == "\t":
        buf.write("\t".join(cols) + "\n")
        for r in records:
            buf.write("\t".join(" ".join(_cell(r.get(c)).split()) for c in cols) + "\n")
    else:
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(cols)
        for r in records:
            writer.writerow([_cell(r.get(c)) for c in cols])
    return buf.getvalue()


def _table(records: Sequence[dict[str, Any]], columns: Sequence[str] | None, title: str | None) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    cols = _columns(records, columns)
    rows = [[_table_cell(r, c, escape) for c in cols] for r in records]
    table = Table(title=title, header_style="bold", expand=False)
    for i, c in enumerate(cols):
        widest = max((len(line) for row in rows for line in row[i].split("\n")), default=0)
        # Short fields (dates, numbers, units, yes/no) never wrap; the rest wraps at word boundaries.
        table.add_column(c, no_wrap=widest <= 12, overflow="fold")
    for row in rows:
        table.add_row(*row)
    Console(highlight=False).print(table)


def _table_cell(record: dict[str, Any], column: str, escape: Callable[[str], str]) -> str:
    value = record.get(column)
    if column == "text" and record.get("_highlight"):
        return _highlight_markup(record["_highlight"], escape)
    if isinstance(value, (list, tuple)):
        return "\n".join(escape(_cell(v)) for v in value)  # one item a line reads better than "; "
    return escape(_cell(value))


def _highlight_markup(text: str, escape: Callable[[str], str]) -> str:
    out, rest = [], text
    while MARK_OPEN in rest:
        before, _, tail = rest.partition(MARK_OPEN)
        word, _, rest = tail.partition(MARK_CLOSE)
        out.append(escape(before) + "[bold yellow]" + escape(word) + "[/]")
    out.append(escape(rest))
    return "".join(out)


def _write(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `luxcli ... | head`: the reader left; that is not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


# --- messages on stderr ----------------------------------------------------------


def error(message: str) -> None:
    sys.stderr.write(f"luxcli: error: {_one_line(message)}\n")


def warning(message: str) -> None:
    sys.stderr.write(f"luxcli: warning: {_one_line(message)}\n")


def note(message: str) -> None:
    sys.stderr.write(f"luxcli: {_one_line(message)}\n")


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int, str], None] | None]:
    """A progress bar on stderr when it is a terminal; otherwise nothing."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.description}"),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("", total=None)

        def update(done: int, total: int, current: str) -> None:
            bar.update(task, completed=done, total=total, description=current[:40])

        yield update
