"""Indexing throughput, peak memory and knowledge-base size, as the user runs it.

    python benchmarks/bench_index.py /tmp/luxbench/corpus-10k --jobs 1 2 --reindex
    python benchmarks/bench_index.py /tmp/luxbench/corpus-100k --luxcli /tmp/bench-venv/bin/luxcli

Each run is `luxcli --kb FRESH.sqlite index CORPUS --quiet [--jobs N]` in a new
process; the script samples the resident memory of that process and all its
workers from /proc every 50 ms (peak of the sum = what the machine must hold),
then reads words and article counts from the knowledge base it wrote. With
--reindex the same command runs again on the unchanged corpus (nothing to
re-read: every file's size and mtime match). Linux only (/proc).
Knowledge bases are written next to the corpus unless --kb-dir says otherwise.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path


def tree_rss(root: int) -> int:
    """Resident bytes of `root` and every descendant (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry.name), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, ()))
    return total


def run_index(luxcli: str, kb: Path, corpus: Path, jobs: int | None) -> dict[str, float]:
    cmd = [luxcli, "--kb", str(kb), "index", str(corpus), "--quiet"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure what an installed luxcli does
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # luxcli and its (reaped) workers
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-2000:]}")
    return {"seconds": seconds, "cpu": cpu, "peak_rss": peak, "stderr": err.decode().strip().splitlines()[-1]}


def kb_stats(kb: Path) -> dict[str, float]:
    with sqlite3.connect(kb) as conn:
        articles, words = conn.execute("SELECT count(*), coalesce(sum(words), 0) FROM articles").fetchone()
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("sentences", "entities", "people", "roles", "figures", "events", "relations", "topics")}
    size = sum(Path(f"{kb}{s}").stat().st_size for s in ("", "-wal") if Path(f"{kb}{s}").exists())
    return {"articles": articles, "words": words, "kb_bytes": size, **counts}


def corpus_bytes(corpus: Path) -> int:
    return sum(f.stat().st_size for f in corpus.rglob("*") if f.is_file())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--luxcli", default=shutil.which("luxcli") or "luxcli", help="the luxcli executable")
    parser.add_argument("--jobs", type=int, nargs="*", default=[0], help="worker counts to try (0 = default)")
    parser.add_argument("--reindex", action="store_true", help="also time re-indexing the unchanged corpus")
    parser.add_argument("--kb-dir", type=Path, default=None, help="where to write the knowledge bases")
    parser.add_argument("--keep", action="store_true", help="keep the knowledge bases")
    args = parser.parse_args()
    size = corpus_bytes(args.corpus)
    kb_dir = args.kb_dir or args.corpus.parent
    print(f"corpus {args.corpus}: {size / 1e6:.1f} MB; luxcli {args.luxcli}; {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.2f} (other work on the machine slows wall-clock figures; "
          "words per CPU-second does not depend on it)")
    header = (f"{'jobs':>4} {'articles':>9} {'words':>11} {'seconds':>8} {'art/s':>8} {'words/s':>9} "
              f"{'cpu s':>7} {'w/cpu-s':>8} {'MB/s':>6} {'peak MB':>8} {'KB MB':>7}")
    print(header)
    for jobs in args.jobs:
        kb = kb_dir / f"{args.corpus.name}.j{jobs}.sqlite"
        for s in ("", "-wal", "-shm"):
            Path(f"{kb}{s}").unlink(missing_ok=True)
        r = run_index(args.luxcli, kb, args.corpus, jobs or None)
        st = kb_stats(kb)
        wps = st["words"] / r["seconds"]
        print(f"{jobs or 'all':>4} {st['articles']:>9} {st['words']:>11} {r['seconds']:>8.1f} "
              f"{st['articles'] / r['seconds']:>8.0f} {wps:>9.0f} {r['cpu']:>7.1f} {st['words'] / r['cpu']:>8.0f} "
              f"{size / 1e6 / r['seconds']:>6.2f} {r['peak_rss'] / 1e6:>8.0f} {st['kb_bytes'] / 1e6:>7.1f}")
        print("     facts: " + ", ".join(f"{k} {v}" for k, v in st.items() if k not in ("articles", "words",
                                                                                         "kb_bytes")))
        print(f"     luxcli said: {r['stderr']}")
        if args.reindex:
            again = run_index(args.luxcli, kb, args.corpus, jobs or None)
            print(f"     re-index unchanged: {again['seconds']:.2f}s, peak {again['peak_rss'] / 1e6:.0f} MB")
        if not args.keep:
            for s in ("", "-wal", "-shm"):
                Path(f"{kb}{s}").unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
