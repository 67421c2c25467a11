"""Indexing: files -> articles -> facts -> knowledge base, incrementally.

A file whose size and modification time are unchanged is skipped without being
read; one whose content hash is unchanged is skipped after reading. Reading,
cleaning and extraction run in worker processes; only this process writes, one
commit every COMMIT_SECONDS with each article all-or-nothing (`KnowledgeBase.batch`),
so an interrupted run never leaves half an article.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import multiprocessing.pool
import os
import signal
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from luxcli.errors import IngestError, UsageError
from luxcli.ingest import SUFFIXES, Discovery, discover, parse_article, read_bytes
from luxcli.store import ArticleRows, KnowledgeBase, article_rows

ProgressFn = Callable[[int, int, str], None]  # done, total, current file
WarnFn = Callable[[str, str], None]  # path, why
SMALL_RUN = 16  # below this many files, worker processes cost more than they save
# Seconds between commits: each commit writes every index page its articles touched, and in a large knowledge
# base most facts touch a page of their own (ids are hashes), so fewer commits write fewer pages in all.
# An interruption loses at most this much work, written again by the next run.
COMMIT_SECONDS = 5.0


@dataclass
class IndexReport:
    indexed: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    unsupported: int = 0
    pruned: int = 0
    facts: Counter[str] = field(default_factory=Counter)
    unsupported_language: int = 0
    seconds: float = 0.0
    words: int = 0


@dataclass(frozen=True)
class _Result:
    path: str
    size: int
    mtime: float
    rows: ArticleRows | None = None  # the article and its facts, ready to insert (built in the worker)
    words: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # facts of each kind
    supported: bool = True  # in a language luxcli reads
    error: str | None = None
    unchanged: bool = False


def seeds_dir() -> Path:
    """The bundled seed articles: inside the installed package, or the source tree's seeds/."""
    here = Path(__file__).parent
    for candidate in (here / "seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise UsageError("the bundled seed articles are missing from this installation")


def index_paths(
    kb: KnowledgeBase,
    paths: Iterable[str | Path] | Discovery,
    *,
    jobs: int | None = None,
    prune: bool = False,
    progress: ProgressFn | None = None,
    warn: WarnFn | None = None,
) -> IndexReport:
    started = time.perf_counter()
    report = IndexReport()
    found = paths if isinstance(paths, Discovery) else discover(paths)
    for path, why in found.problems:
        report.skipped.append((path, why))
        if warn:
            warn(path, why)
    report.unsupported = len(found.unsupported)
    known = kb.known_files()
    todo: list[tuple[str, str | None]] = []
    for path in found.files:
        key = str(path)
        try:
            st = path.stat()
        except OSError as exc:
            _skip(report, key, exc.strerror or str(exc), warn)
            continue
        previous = known.get(key)
        if previous and previous[1] == st.st_size and previous[2] == st.st_mtime:
            report.unchanged += 1
        else:
            todo.append((key, previous[0] if previous else None))
    total = len(todo)
    with kb.batch(COMMIT_SECONDS) as checkpoint:  # not one commit per article: several times faster
        for done, result in enumerate(_run(todo, jobs), start=1):
            _record(kb, report, result, warn)
            checkpoint()
            if progress:
                progress(done, total, Path(result.path).name)
    if prune:
        gone = [p for p in known if not Path(p).exists()]
        report.pruned = kb.remove_paths(gone)
    report.seconds = time.perf_counter() - started
    return report


def _record(kb: KnowledgeBase, report: IndexReport, result: _Result, warn: WarnFn | None) -> None:
    if result.error:
        _skip(report, result.path, result.error, warn)
    elif result.unchanged:
        kb.touch(result.path, size=result.size, mtime=result.mtime)
        report.unchanged += 1
    elif result.rows is not None:
        kb.write_rows(result.rows, size=result.size, mtime=result.mtime)
        report.indexed += 1
        report.words += result.words
        report.facts.update(result.counts)
        if not result.supported:
            report.unsupported_language += 1


def _skip(report: IndexReport, path: str, why: str, warn: WarnFn | None) -> None:
    report.skipped.append((path, why))
    if warn:
        warn(path, why)


def _run(todo: list[tuple[str, str | None]], jobs: int | None) -> Iterator[_Result]:
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(todo) < SMALL_RUN:
        yield from map(process_file, todo)
        return
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    # New files are sure to need extracting; files known before may turn out unchanged (same hash), and
    # then neither this process nor the workers need the lexicons at all.
    warm = context.get_start_method() == "fork" and any(known is None for _, known in todo)
    if warm:
        _warm_up()
        # What is loaded now lives as long as the pool: keep the garbage collector from walking it again and
        # again in every process (and, in the workers, from copying the memory pages it would touch).
        gc.collect()
        gc.freeze()
    try:
        with _Pool(processes=jobs, initializer=_ignore_interrupts, context=context) as pool:
            try:
                yield from pool.imap(process_file, todo, chunksize=8)
            except BaseException:
                pool.terminate()
                raise
    finally:
        if warm:
            gc.unfreeze()


class _Pool(multiprocessing.pool.Pool):
    """A pool whose worker-minding thread sleeps until a worker exits or the pool changes state.

    The standard one also wakes whenever a result waits in the pipe, and goes round again until the
    result thread has read it: it spun for a third of a CPU-second per 1,000 articles in the writing
    process. Results are read by their own thread either way. (This overrides a private method; were
    it renamed, the pool would only spin again.)"""

    def _get_sentinels(self) -> list[Any]:
        return [self._change_notifier._reader]  # type: ignore[attr-defined]


def _warm_up() -> None:
    """Load every language's lexicons and compile the extractors' patterns once, in this process, before the
    workers fork: they inherit them instead of each spending about half a second building its own copy.
    The bundled seed articles (English, French and Italian) are the work that does it; nothing is kept."""
    try:
        seeds = sorted(seeds_dir().iterdir())
    except (UsageError, OSError):
        return
    for path in seeds:
        if path.suffix.lower() in SUFFIXES:
            process_file((str(path), None))


def _ignore_interrupts() -> None:
    # Ctrl-C reaches every process in the group: only the parent answers it, once.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def process_file(item: tuple[str, str | None]) -> _Result:
    """Read, clean and extract one file (runs in a worker). Never raises for bad input."""
    from luxcli.extract import extract_all

    path, known_hash = item
    p = Path(path)
    try:
        st = p.stat()
        raw = read_bytes(p)
        if known_hash and hashlib.sha256(raw).hexdigest() == known_hash:
            return _Result(path, st.st_size, st.st_mtime, unchanged=True)
        article = parse_article(raw, path=p, kind=SUFFIXES[p.suffix.lower()])
        facts = extract_all(article)
        return _Result(path, st.st_size, st.st_mtime, rows=article_rows(article, facts), words=article.words,
                       counts=facts.counts(), supported=article.supported)
    except IngestError as exc:
        return _Result(path, 0, 0.0, error=str(exc))
    except OSError as exc:
        return _Result(path, 0, 0.0, error=exc.strerror or str(exc))
    except RecursionError:
        return _Result(path, 0, 0.0, error="too deeply nested to read")
