"""Check that a change leaves extraction alone: `luxcli export --format json` of every evaluation set, byte for byte.

    python benchmarks/same_exports.py --base 2e79183
    python benchmarks/same_exports.py --base 2e79183 --corpus /tmp/luxbench/corpus-1k /work/shared/seeds

Indexes each corpus (every folder of tests/data that holds articles, plus the ones given with --corpus) into a new
knowledge base with one worker (article ids follow file order), once with the code of the working tree and once with
the code of the base commit (a `git archive` copy, put first on PYTHONPATH), and compares the two exports. The base
commit's exports are kept under $OUT (default /tmp/luxbench) and reused. Prints one line per corpus; exits 1 if any
export differs. Run it with the interpreter of a virtualenv luxcli's dependencies are installed in.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tarfile
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}


def base_tree(commit: str, out: Path) -> Path:
    sha = subprocess.run(["git", "-C", str(HERE), "rev-parse", commit], check=True, capture_output=True,
                         text=True).stdout.strip()
    tree = out / f"base-{sha[:12]}"
    if not (tree / "luxcli").is_dir():
        archive = subprocess.run(["git", "-C", str(HERE), "archive", sha], check=True, capture_output=True).stdout
        with tempfile.NamedTemporaryFile(suffix=".tar") as tmp:
            tmp.write(archive)
            tmp.flush()
            with tarfile.open(tmp.name) as tar:
                tar.extractall(tree, filter="data")
    return tree


def export(tree: Path, corpus: Path) -> bytes:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    with tempfile.TemporaryDirectory() as tmp:
        kb = str(Path(tmp) / "kb.sqlite")
        # run from the empty temporary folder: `python -m` puts the working directory first on sys.path, where a
        # source tree would shadow the one on PYTHONPATH
        run = [sys.executable, "-m", "luxcli", "--kb", kb]
        subprocess.run([*run, "index", str(corpus.resolve()), "--jobs", "1", "--quiet"], env=env, cwd=tmp,
                       check=True, capture_output=True)
        done = subprocess.run([*run, "export", "--format", "json"], env=env, cwd=tmp, check=True, capture_output=True)
        return done.stdout


def imported_from(tree: Path) -> Path:
    """Where luxcli is imported from with `tree` on PYTHONPATH (run as `export` runs it)."""
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run([sys.executable, "-c", "import luxcli; print(luxcli.__file__)"], cwd=tmp, check=True,
                              capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(tree)})
    return Path(done.stdout.strip()).parent.parent


def base_export(tree: Path, corpus: Path, cache: Path) -> bytes:
    name = str(corpus.resolve()).strip("/").replace("/", "_") + ".json"
    kept = cache / name
    if not kept.exists():
        cache.mkdir(parents=True, exist_ok=True)
        kept.write_bytes(export(tree, corpus))
    return kept.read_bytes()


def compare(corpus: Path, base: Path, cache: Path) -> tuple[Path, bool, int]:
    mine = export(HERE, corpus)
    theirs = base_export(base, corpus, cache)
    return corpus, mine == theirs, len(mine)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", required=True, help="commit to compare with")
    parser.add_argument("--corpus", nargs="*", type=Path, default=[], help="more folders to index and compare")
    parser.add_argument("--jobs", type=int, default=2, help="corpora compared at once (default 2)")
    args = parser.parse_args()
    out = Path(os.environ.get("OUT", "/tmp/luxbench"))
    base = base_tree(args.base, out)
    for tree in (HERE, base):
        if imported_from(tree) != tree:
            print(f"{tree}: luxcli is imported from {imported_from(tree)} instead", file=sys.stderr)
            return 2
    cache = out / f"exports-{base.name}"
    sets = sorted(p for p in (HERE / "tests" / "data").iterdir()
                  if p.is_dir() and any(f.suffix in ARTICLE_SUFFIXES for f in p.iterdir()))
    corpora = [*sets, *args.corpus]
    differ = 0
    with ThreadPoolExecutor(args.jobs) as pool:
        for corpus, same, size in pool.map(lambda c: compare(c, base, cache), corpora):
            differ += not same
            print(f"{'same' if same else 'DIFFERS':<8} {size:>10,} bytes  {corpus}", flush=True)
    print(f"{len(corpora) - differ} of {len(corpora)} exports identical to {args.base}'s")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
