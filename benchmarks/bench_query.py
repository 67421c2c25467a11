"""Query latency as the user sees it: whole `luxcli` processes started from the shell.

    python benchmarks/bench_query.py --kb /tmp/luxbench/seed.sqlite --luxcli /tmp/bench-venv/bin/luxcli
    python benchmarks/bench_query.py --kb /tmp/luxbench/corpus-100k.sqlite --org Cartier --runs 15

Each command runs --runs times after --warmup runs; the median wall-clock time is
reported, and also as a ratio to `python -c pass` with the same interpreter,
measured in the same run (so a busy or slow machine moves both). hyperfine is used
when installed (`apt-get install hyperfine`), else a Python timing loop. The table
command runs under a pseudo-terminal (`script -qc ... /dev/null`) so luxcli draws
its Rich table; `script -qc "python -c pass"` is measured too, to show what the
pseudo-terminal itself costs. PYTHONDONTWRITEBYTECODE is removed from the
environment: an installed luxcli runs from cached bytecode. Use a non-editable
install (`python -m venv /tmp/bench-venv && /tmp/bench-venv/bin/pip install .`).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def interpreter_of(script: str) -> str:
    """The Python a console script runs with (its #! line)."""
    path = shutil.which(script) or script
    with open(path, "rb") as fh:
        first = fh.readline().decode().strip()
    return first[2:].strip() if first.startswith("#!") and "python" in first else sys.executable


def commands(args: argparse.Namespace) -> list[tuple[str, str]]:
    lux = f"{shlex.quote(args.luxcli)} --kb {shlex.quote(str(args.kb))}"
    py = shlex.quote(interpreter_of(args.luxcli))
    org, unit, text, topic = (shlex.quote(x) for x in (args.org, args.unit, args.text, args.topic))
    cmds = [
        ("python -c pass", f"{py} -c pass"),
        (f"people {args.org} --json", f"{lux} people {org} --json"),
        (f"orgs {args.org} --json", f"{lux} orgs {org} --json"),
        (f"figures --unit {args.unit} --json", f"{lux} figures --unit {unit} --json"),
        (f"search {args.text} --json", f"{lux} search {text} --json"),
        (f"facts --topic {args.topic} --json", f"{lux} facts --topic {topic} --json"),
        ("script: python -c pass", f"script -qc {shlex.quote(f'{py} -c pass')} /dev/null"),
        (f"script: people {args.org} (table)", f"script -qc {shlex.quote(f'{lux} people {org}')} /dev/null"),
    ]
    if args.limit:  # on a large knowledge base these two print hundreds of thousands of records
        n = args.limit
        cmds[4:4] = [(f"figures --unit {args.unit} --json -n {n}", f"{lux} figures --unit {unit} --json --limit {n}"),
                     (f"facts --topic {args.topic} --json -n {n}", f"{lux} facts --topic {topic} --json --limit {n}")]
    return cmds


def env() -> dict[str, str]:
    e = dict(os.environ)
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    e.setdefault("COLUMNS", "120")
    return e


def with_hyperfine(cmds: list[tuple[str, str]], runs: int, warmup: int) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "h.json"
        argv = ["hyperfine", "-N", "-i", "--style", "none", "--warmup", str(warmup), "--runs", str(runs),
                "--export-json", str(out)]
        for name, cmd in cmds:
            argv += ["-n", name, cmd]
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env())
        data = json.loads(out.read_text())
    return {r["command"]: [t * 1000 for t in r["times"]] for r in data["results"]}


def with_loop(cmds: list[tuple[str, str]], runs: int, warmup: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {}
    for name, cmd in cmds:
        argv = shlex.split(cmd)
        for _ in range(warmup):
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env())
        samples = []
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env())
            samples.append((time.perf_counter() - t) * 1000)
        times[name] = samples
    return times


def result_count(cmd: str) -> str:
    """How many records a JSON query printed (a query that finds nothing is not a benchmark)."""
    if "--json" not in cmd:
        return ""
    out = subprocess.run(shlex.split(cmd), capture_output=True, text=True, env=env())
    try:
        return str(len(json.loads(out.stdout)))
    except ValueError:
        return f"error: {out.stderr.strip()[:60]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kb", type=Path, required=True, help="the knowledge base to query")
    parser.add_argument("--luxcli", default=shutil.which("luxcli") or "luxcli")
    parser.add_argument("--org", default="Cartier")
    parser.add_argument("--unit", default="viewers")
    parser.add_argument("--text", default="live stream")
    parser.add_argument("--topic", default="e-commerce")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="also time figures and facts with --limit N")
    parser.add_argument("--loop", action="store_true", help="time with a Python loop even if hyperfine is there")
    args = parser.parse_args()
    if not args.kb.exists():
        print(f"{args.kb}: no such knowledge base (index one first)", file=sys.stderr)
        return 2
    cmds = commands(args)
    backend = "python loop" if args.loop or not shutil.which("hyperfine") else "hyperfine"
    times = (with_loop if backend == "python loop" else with_hyperfine)(cmds, args.runs, args.warmup)
    base = statistics.median(times["python -c pass"])
    script_base = statistics.median(times["script: python -c pass"])
    print(f"knowledge base {args.kb} ({args.kb.stat().st_size / 1e6:.0f} MB); {backend}, median of {args.runs} runs; "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"{'command':<40} {'median ms':>9} {'min ms':>7} {'x pass':>7} {'records':>8}")
    for name, cmd in cmds:
        med = statistics.median(times[name])
        ratio = med / (script_base if name.startswith("script:") else base)
        print(f"{name:<40} {med:>9.1f} {min(times[name]):>7.1f} {ratio:>7.1f} {result_count(cmd):>8}")
    print("(x pass: median / median of `python -c pass`; table rows: / `script -qc \"python -c pass\"`)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
