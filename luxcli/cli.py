"""The command line: parse options, call one core function, hand the records to render.

Exit status: 0 with results, 1 with none (like grep), 2 for bad usage or input,
130 when interrupted. Errors are one line on stderr.
"""

# No `from __future__ import annotations` here: Typer would evaluate every string
# annotation with compile() on each run, about 15 ms of start-up.
import copy
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import click
import typer

from luxcli import render
from luxcli.errors import ExitStatus, LuxError, UsageError

app = typer.Typer(
    name="luxcli",
    help="A knowledge base of luxury-industry articles: who, what, how much, when, from the terminal.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    suggest_commands=False,  # Click already says "Did you mean 'people'?"; Typer would say it twice
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
kb_app = typer.Typer(
    help="Where the knowledge base is and what it holds.", no_args_is_help=True, rich_markup_mode=None,
    suggest_commands=False,
)
app.add_typer(kb_app, name="kb")


@dataclass
class State:
    kb_option: str | None = None


JsonOpt = Annotated[bool, typer.Option("--json", help="One JSON array of flat records.")]
JsonlOpt = Annotated[bool, typer.Option("--jsonl", help="JSON Lines: one record per line.")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="CSV with a header row.")]
TsvOpt = Annotated[bool, typer.Option("--tsv", help="Tab-separated lines with a header (the default in a pipe).")]
LimitOpt = Annotated[int | None, typer.Option("--limit", "-n", min=1, help="Show at most N rows.")]


def _examples(*lines: str) -> str:
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


def _version(value: bool) -> None:
    if value:
        from luxcli import __version__

        render.emit_lines([f"luxcli {__version__}"])
        raise typer.Exit()


@app.callback()
def _global(
    ctx: typer.Context,
    kb: Annotated[
        str | None,
        typer.Option("--kb", metavar="PATH", help="Knowledge-base file (default: $LUXCLI_KB, else the user data dir)."),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    ctx.obj = State(kb_option=kb)


# --- plumbing ----------------------------------------------------------------------


def _kb_path(ctx: typer.Context) -> Path:
    from luxcli.config import kb_path

    return kb_path(ctx.find_root().obj.kb_option if ctx.find_root().obj else None)


def _read_kb(ctx: typer.Context) -> Any:
    """The knowledge base for a query; on first use, the bundled seeds are indexed into it."""
    from luxcli.api import open_for_query

    kb, seeded = open_for_query(_kb_path(ctx))
    if seeded is not None:
        render.note(
            f"first use: indexed {seeded.indexed} bundled seed articles into {kb.path} "
            "(add your own with `luxcli index PATH`)"
        )
    return kb


TABLE_ROWS = 50  # rows of a table shown when no --limit is given


def _finish(
    records: list[dict[str, Any]],
    fmt: str,
    *,
    limit: int | None = None,
    columns: list[str] | None = None,
    title: str | None = None,
) -> int:
    if limit:
        records = records[:limit]
    elif fmt == "table" and len(records) > TABLE_ROWS:
        # a table is for reading: a screenful, and how to get the rest (machine formats are never cut)
        render.note(f"showing {TABLE_ROWS} of {len(records)} rows; --limit N for more, --json or --tsv for all")
        records = records[:TABLE_ROWS]
    if records or fmt in ("json", "jsonl"):
        render.emit(records, fmt, columns=columns, title=title)
    elif fmt == "table":  # someone is reading: an empty screen would look like a hang or a crash
        render.note("nothing found")
    return ExitStatus.OK if records else ExitStatus.NO_RESULTS


def _fmt(json_: bool, jsonl: bool, csv_: bool, tsv: bool) -> str:
    if sum((json_, jsonl, csv_, tsv)) > 1:
        raise UsageError("choose one of --json, --jsonl, --csv, --tsv")
    return render.choose_format(json_=json_, jsonl=jsonl, csv_=csv_, tsv=tsv)


# --- indexing ----------------------------------------------------------------------


@app.command(
    epilog=_examples(
        "luxcli index ~/articles", "luxcli index ~/articles --prune", "luxcli --kb team.sqlite index shared/ --rebuild"
    )
)
def index(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files or folders (.txt, .md, .html).", show_default=False)],
    prune: Annotated[bool, typer.Option("--prune", help="Drop articles whose files are gone.")] = False,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Start the knowledge base over.")] = False,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No per-file warnings.")] = False,
) -> int:
    """Index articles into the knowledge base (incremental: unchanged files are skipped)."""
    from luxcli.api import index_into

    def warn(path: str, why: str) -> None:
        if not quiet:
            render.warning(f"skipped {path}: {why}")

    with render.progress_bar("indexing") as progress:
        report = index_into(_kb_path(ctx), paths, jobs=jobs, prune=prune, rebuild=rebuild, progress=progress, warn=warn)
    facts = ", ".join(f"{n} {k}" for k, n in sorted(report.facts.items()) if n) or "no facts"
    extra = f", {report.pruned} pruned" if prune else ""
    other = f", {report.unsupported_language} not in en/fr/it (search only)" if report.unsupported_language else ""
    render.note(
        f"indexed {report.indexed}, unchanged {report.unchanged}, skipped "
        f"{len(report.skipped) + report.unsupported}{extra}{other}; {facts}; {report.seconds:.1f}s"
    )
    if report.indexed + report.unchanged == 0 and not report.pruned:
        raise UsageError("nothing to index: no .txt, .md or .html article could be read there")
    return ExitStatus.OK


# --- queries -------------------------------------------------------------------------


@app.command(
    epilog=_examples(
        'luxcli search "live stream"',
        "luxcli search tourbillon --json",
        "luxcli search 'Cartier AND \"Tmall\"'  # quotes and AND are words here",
    )
)
def search(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="Words to find (case- and accent-insensitive).")],
    article: Annotated[str | None, typer.Option("--article", help="Only this article (file name).")] = None,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    limit: LimitOpt = 20,
) -> int:
    """Full-text search over every indexed sentence, best matches first."""
    from luxcli.query.search import search as run

    fmt = _fmt(json_, jsonl, csv_, tsv)
    if not any(ch.isalnum() for ch in text):
        raise UsageError("the search text has no words to look for")
    result = run(_read_kb(ctx), text, limit=limit, article=article)
    for typed, fixed in result.corrected.items():
        render.note(f"no sentence contains {typed!r}; searching for {fixed!r}")
    return _finish(result.records, fmt, columns=["article", "sentence", "text", "score"])


@app.command(
    epilog=_examples("luxcli people Cartier", "luxcli people --role ceo --current", "luxcli people --org Tmall --json")
)
def people(
    ctx: typer.Context,
    query: Annotated[str | None, typer.Argument(help="An organisation or a person's name (fuzzy).")] = None,
    role: Annotated[str | None, typer.Option("--role", help="Canonical role: ceo, president, director ...")] = None,
    current: Annotated[bool, typer.Option("--current", help="Only current positions.")] = False,
    org: Annotated[str | None, typer.Option("--org", help="Only roles at this organisation (fuzzy).")] = None,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    limit: LimitOpt = None,
) -> int:
    """People and their roles: who works or worked where, per which articles."""
    from luxcli.query.people import people as run
    from luxcli.vocabulary import CANONICAL_ROLES

    fmt = _fmt(json_, jsonl, csv_, tsv)
    if role and role not in CANONICAL_ROLES:
        raise UsageError(f"unknown --role {role!r}; choose from {', '.join(CANONICAL_ROLES)}")
    records = run(_read_kb(ctx), query, role=role, current=current, org=org)
    return _finish(records, fmt, limit=limit, columns=["name", "role", "title", "org", "scope", "current", "articles"])


@app.command(epilog=_examples("luxcli show Cartier", "luxcli show Richemont --json"))
def show(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A person or an organisation (fuzzy).")],
    json_: JsonOpt = False,
) -> int:
    """Everything known about one person or organisation."""
    from luxcli.query.show import show as run

    record = run(_read_kb(ctx), name)
    fmt = "json" if json_ else render.choose_format()
    if record is None:
        if fmt == "table":
            render.note(f"nothing known about {name!r}")
        return ExitStatus.NO_RESULTS
    render.emit_record(record, fmt)
    return ExitStatus.OK


@app.command(epilog=_examples("luxcli orgs", "luxcli orgs richemont", "luxcli orgs --kind platform --json"))
def orgs(
    ctx: typer.Context,
    query: Annotated[str | None, typer.Argument(help="Name or alias (fuzzy).")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="brand, group or platform.")] = None,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    limit: LimitOpt = None,
) -> int:
    """Organisations: brands, groups and platforms, with how many articles name them."""
    return _orgs(ctx, query, kind, _fmt(json_, jsonl, csv_, tsv), limit)


@app.command(epilog=_examples("luxcli brands", "luxcli brands cartier --json"))
def brands(
    ctx: typer.Context,
    query: Annotated[str | None, typer.Argument(help="Name or alias (fuzzy).")] = None,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    limit: LimitOpt = None,
) -> int:
    """Brands (shortcut for `orgs --kind brand`)."""
    return _orgs(ctx, query, "brand", _fmt(json_, jsonl, csv_, tsv), limit)


@app.command(epilog=_examples("luxcli platforms", "luxcli platforms tmall --json"))
def platforms(
    ctx: typer.Context,
    query: Annotated[str | None, typer.Argument(help="Name or alias (fuzzy).")] = None,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    limit: LimitOpt = None,
) -> int:
    """Platforms (shortcut for `orgs --kind platform`)."""
    return _orgs(ctx, query, "platform", _fmt(json_, jsonl, csv_, tsv), limit)


def _orgs(ctx: typer.Context, query: str | None, kind: str | None, fmt: str, limit: int | None) -> int:
    from luxcli.query.orgs import orgs as run
    from luxcli.vocabulary import ORG_KINDS

    if kind and kind not in ORG_KINDS:
        raise UsageError(f"unknown --kind {kind!r}; choose from {', '.join(ORG_KINDS)}")
    return _finish(run(_read_kb(ctx), query, kind=kind), fmt, limit=limit)


@app.command(
    epilog=_examples(
        "luxcli figures viewers", "luxcli figures --unit EUR --min 1e9", "luxcli figures --subject Cartier --json"
    )
)
def figures(
    ctx: typer.Context,
    query: Annotated[str | None, typer.Argument(help="Words in the figure's unit, subject or text.")] = None,
    unit: Annotated[str | None, typer.Option("--unit", help="What is counted: viewers, EUR, % ...")] = None,
    min_: Annotated[str | None, typer.Option("--min", help="Smallest value (1e6, 1,5 and 1.5 are read).")] = None,
    max_: Annotated[str | None, typer.Option("--max", help="Largest value.")] = None,
    subject: Annotated[str | None, typer.Option("--subject", help="What the figure is about (fuzzy).")] = None,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    limit: LimitOpt = None,
) -> int:
    """Figures: every number with its unit, subject and evidence."""
    from luxcli.query.figures import figures as run
    from luxcli.query.figures import parse_bound

    fmt = _fmt(json_, jsonl, csv_, tsv)
    low = parse_bound(min_, "--min") if min_ is not None else None
    high = parse_bound(max_, "--max") if max_ is not None else None
    records = run(_read_kb(ctx), query, unit=unit, minimum=low, maximum=high, subject=subject, limit=limit)
    return _finish(
        records,
        fmt,
        limit=limit,
        columns=["id", "value", "value_max", "unit", "qualifier", "subject", "text", "article"],
    )


@app.command(epilog=_examples("luxcli timeline", "luxcli timeline Cartier --json"))
def timeline(
    ctx: typer.Context,
    entity: Annotated[str | None, typer.Argument(help="An organisation or person (fuzzy).")] = None,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    limit: LimitOpt = None,
) -> int:
    """Dated events in date order."""
    from luxcli.query.facts import timeline as run

    fmt = _fmt(json_, jsonl, csv_, tsv)
    return _finish(run(_read_kb(ctx), entity), fmt, limit=limit, columns=["date", "subject", "what", "article", "id"])


@app.command(
    epilog=_examples(
        "luxcli facts --topic e-commerce",
        "luxcli facts --about Cartier --kind figure",
        "luxcli facts --article 001_5601c92eec84d54b.txt --json",
    )
)
def facts(
    ctx: typer.Context,
    query: Annotated[str | None, typer.Argument(help="Words in the fact or its sentence.")] = None,
    topic: Annotated[str | None, typer.Option("--topic", help="e-commerce, china, live-streaming ... (fuzzy).")] = None,
    about: Annotated[str | None, typer.Option("--about", help="An organisation or person (fuzzy).")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="figure, role, relation or event.")] = None,
    article: Annotated[str | None, typer.Option("--article", help="Only this article (file name).")] = None,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    limit: LimitOpt = None,
) -> int:
    """Every kind of fact in one table, each with its evidence sentence."""
    from luxcli.query.facts import FACT_KINDS
    from luxcli.query.facts import facts as run

    fmt = _fmt(json_, jsonl, csv_, tsv)
    if kind and kind not in FACT_KINDS:
        raise UsageError(f"unknown --kind {kind!r}; choose from {', '.join(FACT_KINDS)}")
    records = run(_read_kb(ctx), query, topic=topic, about=about, kind=kind, article=article, limit=limit)
    return _finish(records, fmt, limit=limit, columns=["id", "kind", "fact", "topics", "article", "sentence"])


@app.command(epilog=_examples("luxcli topics", "luxcli topics --json"))
def topics(
    ctx: typer.Context,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    limit: LimitOpt = None,
) -> int:
    """Topics with how many sentences and articles carry them."""
    from luxcli.query.facts import topics as run

    return _finish(run(_read_kb(ctx)), _fmt(json_, jsonl, csv_, tsv), limit=limit)


@app.command(epilog=_examples("luxcli relations Cartier", "luxcli relations --predicate owned_by --json"))
def relations(
    ctx: typer.Context,
    entity: Annotated[str | None, typer.Argument(help="An organisation or person (fuzzy).")] = None,
    predicate: Annotated[str | None, typer.Option("--predicate", help="sells_on, owned_by, operates ...")] = None,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    limit: LimitOpt = None,
) -> int:
    """Relations between organisations (and people): who owns whom, who sells where."""
    from luxcli.query.relations import relations as run
    from luxcli.vocabulary import PREDICATES

    fmt = _fmt(json_, jsonl, csv_, tsv)
    if predicate and predicate not in PREDICATES:
        raise UsageError(f"unknown --predicate {predicate!r}; choose from {', '.join(PREDICATES)}")
    return _finish(
        run(_read_kb(ctx), entity, predicate=predicate),
        fmt,
        limit=limit,
        columns=["subject", "predicate", "object", "articles"],
    )


@app.command(
    epilog=_examples("luxcli graph Cartier --format mermaid", "luxcli graph Richemont --format dot | dot -Tsvg")
)
def graph(
    ctx: typer.Context,
    entity: Annotated[
        str | None, typer.Argument(help="Centre of the graph (fuzzy); all relations when omitted.")
    ] = None,
    format_: Annotated[str, typer.Option("--format", "-f", help="mermaid, dot or json.")] = "mermaid",
) -> int:
    """Draw the relations around an entity, for a report."""
    from luxcli.query.relations import GRAPH_FORMATS
    from luxcli.query.relations import graph as run

    if format_ not in GRAPH_FORMATS:
        raise UsageError(f"unknown --format {format_!r}; choose from {', '.join(GRAPH_FORMATS)}")
    text = run(_read_kb(ctx), entity, fmt=format_)
    if text is None:
        return ExitStatus.NO_RESULTS
    render.emit_lines([text])
    return ExitStatus.OK


@app.command(epilog=_examples("luxcli articles", "luxcli articles --json | jq '.[].title'"))
def articles(
    ctx: typer.Context,
    query: Annotated[str | None, typer.Argument(help="Words in the file name or title.")] = None,
    language: Annotated[str | None, typer.Option("--language", help="en, fr, it or und.")] = None,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    limit: LimitOpt = None,
) -> int:
    """Indexed articles: id, file, title, language, words, facts."""
    from luxcli.query.kb import articles as run

    fmt = _fmt(json_, jsonl, csv_, tsv)
    return _finish(
        run(_read_kb(ctx), query=query, language=language),
        fmt,
        limit=limit,
        columns=["id", "file", "title", "language", "date", "words", "facts"],
    )


@app.command(
    epilog=_examples("luxcli why f3a9c1d2e4b", "luxcli figures viewers --json | jq -r '.[0].id' | xargs luxcli why")
)
def why(
    ctx: typer.Context,
    fact_id: Annotated[str, typer.Argument(metavar="ID", help="A fact id from any listing.")],
    json_: JsonOpt = False,
) -> int:
    """The evidence for one fact: article, sentence, span and the rule that made it."""
    from luxcli.query.kb import why as run

    records = run(_read_kb(ctx), fact_id.strip())
    if not records:
        render.error(f"no fact with id {fact_id!r}")
        return ExitStatus.NO_RESULTS
    render.emit_record(records[0], "json" if json_ else render.choose_format())
    return ExitStatus.OK


@app.command(epilog=_examples("luxcli export > kb.json", 'luxcli export --format jsonl | grep \'"type": "figure"\''))
def export(
    ctx: typer.Context,
    format_: Annotated[str, typer.Option("--format", "-f", help="json (one object) or jsonl.")] = "json",
) -> int:
    """The whole knowledge base as JSON (schema luxcli/1), for other tools."""
    from luxcli.query.export import export as run
    from luxcli.query.export import export_records

    if format_ not in ("json", "jsonl"):
        raise UsageError(f"unknown --format {format_!r}; choose json or jsonl")
    data = run(_read_kb(ctx))
    if format_ == "json":
        render.emit_document(data)
    else:
        render.emit(export_records(data), "jsonl")
    return ExitStatus.OK


@app.command(
    name="eval",
    epilog=_examples(
        "luxcli eval tests/data/gold/dev.json tests/data/dev", "luxcli eval gold.json corpus/ --show --json"
    ),
)
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold annotations (see the README).")],
    corpus: Annotated[Path, typer.Argument(help="Folder with the annotated articles.")],
    show_: Annotated[bool, typer.Option("--show", help="List misses and false finds.")] = False,
    json_: JsonOpt = False,
) -> int:
    """Score extraction against gold annotations: precision, recall, F1 per kind."""
    from luxcli.evaluate import evaluate_corpus

    result = evaluate_corpus(gold, corpus)
    if json_:
        render.emit_document(result)
        return ExitStatus.OK
    fmt = render.choose_format()
    render.emit(result["table"], fmt, columns=["measure", "precision", "recall", "f1", "tp", "fp", "fn"])
    if show_:
        render.emit(result["details"], fmt, columns=["measure", "outcome", "item"])
    return ExitStatus.OK


# --- kb ------------------------------------------------------------------------------


@kb_app.command("path", epilog=_examples("luxcli kb path", "LUXCLI_KB=/tmp/x.sqlite luxcli kb path"))
def kb_path_cmd(ctx: typer.Context) -> int:
    """Print where the knowledge base is."""
    render.emit_lines([str(_kb_path(ctx))])
    return ExitStatus.OK


@kb_app.command("info", epilog=_examples("luxcli kb info", "luxcli kb info --json"))
def kb_info(ctx: typer.Context, json_: JsonOpt = False) -> int:
    """Counts per kind, articles, languages, schema version, size."""
    from luxcli.query.kb import info

    fmt = "json" if json_ else render.choose_format()
    return _finish(info(_read_kb(ctx)), fmt, columns=["key", "value"])


# --- entry point -------------------------------------------------------------------


_GLOBAL_OPTIONS_WITH_VALUE = ("--kb",)


def _invoked_command(args: list[str]) -> str | None:
    """The command word of a command line, past the global options."""
    words = iter(args)
    for word in words:
        if word in _GLOBAL_OPTIONS_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def _app_for(args: list[str]) -> typer.Typer:
    """The app with only the invoked command registered. Typer builds a Click command for every
    registered command on each run, about 5 ms for all of luxcli's; a query needs one. Help,
    completion, groups and unknown words get the whole app, so their output is unchanged."""
    word = _invoked_command(args)
    for info in app.registered_commands:
        if word is not None and (info.name or typer.main.get_command_name(info.callback.__name__)) == word:
            narrow = copy.copy(app)
            narrow.registered_commands = [info]
            narrow.registered_groups = []
            return narrow
    return app


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; map every failure to one line on stderr and an exit status."""
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        status = _app_for(args)(args=args, prog_name="luxcli", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:
        if exc.ctx:
            render.emit_lines([exc.ctx.get_help()])
        return ExitStatus.USAGE
    except click.UsageError as exc:
        hint = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx else ""
        render.error(exc.format_message() + hint)
        return ExitStatus.USAGE
    except (click.exceptions.Abort, KeyboardInterrupt):
        status = ExitStatus.INTERRUPTED
    except LuxError as exc:
        render.error(str(exc))
        return exc.status
    except click.ClickException as exc:
        render.error(exc.format_message())
        return ExitStatus.USAGE
    except OSError as exc:  # disk full, a file vanished under us ...
        render.error(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        return ExitStatus.USAGE
    if status == ExitStatus.INTERRUPTED:  # Typer turns Ctrl-C into a silent exit 130
        render.note("interrupted (everything written before is kept; the same command resumes)")
    return int(status) if isinstance(status, int) else ExitStatus.OK


def run() -> None:
    """The `luxcli` script of installations made before `luxcli.launch` existed imports this: keep it working."""
    sys.exit(main())
