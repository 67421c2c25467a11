"""The library's entry points for the CLI and for scripts: open, index, seed."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from luxcli.errors import KnowledgeBaseError, UsageError
from luxcli.store import KnowledgeBase, is_own_or_empty

if TYPE_CHECKING:  # indexing code stays off the query path: imported only when indexing
    from luxcli.index import IndexReport, ProgressFn, WarnFn


def open_kb(path: str | Path, *, write: bool = False) -> KnowledgeBase:
    return KnowledgeBase.open(path, write=write)


def index_into(
    path: str | Path,
    inputs: Iterable[str | Path],
    *,
    jobs: int | None = None,
    prune: bool = False,
    rebuild: bool = False,
    progress: ProgressFn | None = None,
    warn: WarnFn | None = None,
) -> IndexReport:
    from luxcli.index import index_paths
    from luxcli.ingest import discover

    path = Path(path).expanduser()
    inputs = list(inputs)
    found = discover(inputs)
    if inputs and len(found.problems) == len(inputs):
        where, why = found.problems[0]
        raise UsageError(f"{where}: {why}")
    if not found.files and not prune:
        other = f" ({len(found.unsupported)} other files)" if found.unsupported else ""
        raise UsageError(f"nothing to index in {', '.join(map(str, inputs))}: no .txt, .md or .html files{other}")
    if rebuild:
        _remove_own(path)
    with KnowledgeBase.open(path, write=True) as kb:
        return index_paths(kb, found, jobs=jobs, prune=prune, progress=progress, warn=warn)


def open_for_query(path: str | Path) -> tuple[KnowledgeBase, IndexReport | None]:
    """Open read-only; on first use (nothing ever indexed) index the bundled seeds first."""
    path = Path(path).expanduser()
    kb = KnowledgeBase.open(path)
    if kb.article_count() or kb.initialised():
        return kb, None
    kb.close()
    from luxcli.index import seeds_dir

    report = index_into(path, [seeds_dir()], jobs=1)
    return KnowledgeBase.open(path), report


def _remove_own(path: Path) -> None:
    if not is_own_or_empty(path):
        raise KnowledgeBaseError(
            f"{path}: not a luxcli knowledge base; --rebuild only replaces luxcli's own files (use another --kb)"
        )
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
