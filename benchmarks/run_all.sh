#!/bin/sh
# The whole benchmark, as reported in README.md's "Performance" section.
#
#   sh benchmarks/run_all.sh              # 1,000 and 10,000 articles (a few minutes)
#   FULL=1 sh benchmarks/run_all.sh       # also 100,000 articles (tens of minutes, ~2 GB of knowledge base)
#
# Everything generated goes under $OUT (default /tmp/luxbench), never into the source tree.
# luxcli is installed NON-editable into its own virtualenv ($VENV), so start-up timings are
# those of a real installation; PYTHONDONTWRITEBYTECODE is unset so that it runs from cached
# bytecode, as an installed package does. Needs: python3 (3.11+), hyperfine (optional:
# `apt-get install hyperfine`; without it a Python timing loop is used) and `script` (util-linux).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$(dirname "$HERE")
OUT=${OUT:-/tmp/luxbench}
VENV=${VENV:-/tmp/bench-venv}
unset PYTHONDONTWRITEBYTECODE
mkdir -p "$OUT"

[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install -q --force-reinstall --no-deps "$SRC" 2>/dev/null || "$VENV/bin/pip" install -q "$SRC"
LUX="$VENV/bin/luxcli"
PY="$VENV/bin/python"

sizes="1000 10000"
[ "${FULL:-0}" = 1 ] && sizes="$sizes 100000"
for n in $sizes; do
    [ -d "$OUT/corpus-$n" ] || python3 "$HERE/gen_corpus.py" "$OUT/corpus-$n" "$n" --seed "$n"
done

echo "## where indexing time goes (one process, 1,000 articles)"
"$PY" "$HERE/bench_stages.py" "$OUT/corpus-1000"

echo "## indexing"
python3 "$HERE/bench_index.py" "$OUT/corpus-1000" --luxcli "$LUX" --jobs 1 2 --reindex
python3 "$HERE/bench_index.py" "$OUT/corpus-10000" --luxcli "$LUX" --jobs 1 2 --reindex
if [ "${FULL:-0}" = 1 ]; then
    python3 "$HERE/bench_index.py" "$OUT/corpus-100000" --luxcli "$LUX" --jobs 0 --reindex --keep
fi

echo "## queries on the seed knowledge base"
rm -f "$OUT/seed.sqlite" "$OUT/seed.sqlite-wal" "$OUT/seed.sqlite-shm"
"$LUX" --kb "$OUT/seed.sqlite" index "$SRC/seeds" --quiet
python3 "$HERE/bench_query.py" --kb "$OUT/seed.sqlite" --luxcli "$LUX"
if [ "${FULL:-0}" = 1 ]; then
    echo "## queries on the 100,000-article knowledge base"
    python3 "$HERE/bench_query.py" --kb "$OUT/corpus-100000.j0.sqlite" --luxcli "$LUX" --runs 10
fi
