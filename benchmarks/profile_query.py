"""Where a query's time goes, in-process: luxcli's query functions on a knowledge base, with cProfile.

    python benchmarks/profile_query.py /tmp/luxbench/corpus-100000.j0.sqlite people Cartier
    python benchmarks/profile_query.py KB figures --unit viewers
    python benchmarks/profile_query.py KB search "live stream"
    python benchmarks/profile_query.py KB facts --topic e-commerce
    python benchmarks/profile_query.py KB orgs Cartier

Prints the wall time of the query function (no start-up, no rendering), the number
of records, and the top functions by own time. Start-up and output costs are
measured by bench_query.py; this isolates SQL and Python work inside the query.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from luxcli.store import KnowledgeBase


def query(kb: KnowledgeBase, kind: str, arg: str | None, unit: str | None, topic: str | None) -> Callable[[], Any]:
    if kind == "people":
        from luxcli.query.people import people

        return lambda: people(kb, arg)
    if kind == "orgs":
        from luxcli.query.orgs import orgs

        return lambda: orgs(kb, arg)
    if kind == "figures":
        from luxcli.query.figures import figures

        return lambda: figures(kb, arg, unit=unit)
    if kind == "search":
        from luxcli.query.search import search

        return lambda: search(kb, arg or "").records
    if kind == "facts":
        from luxcli.query.facts import facts

        return lambda: facts(kb, arg, topic=topic)
    raise SystemExit(f"unknown query kind {kind!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kb", type=Path)
    parser.add_argument("kind", choices=["people", "orgs", "figures", "search", "facts"])
    parser.add_argument("arg", nargs="?")
    parser.add_argument("--unit")
    parser.add_argument("--topic")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    with KnowledgeBase.open(args.kb) as kb:
        run = query(kb, args.kind, args.arg, args.unit, args.topic)
        started = time.perf_counter()
        records = run()
        cold = time.perf_counter() - started
        started = time.perf_counter()
        run()
        warm = time.perf_counter() - started
        prof = cProfile.Profile()
        prof.runcall(run)
    print(f"{args.kind} {args.arg or ''}: {len(records)} records; first call {cold * 1000:.1f} ms, "
          f"second {warm * 1000:.1f} ms")
    out = io.StringIO()
    pstats.Stats(prof, stream=out).strip_dirs().sort_stats("tottime").print_stats(args.top)
    print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
