#!/usr/bin/env bash
# pg-workers.sh - ingest time into one PostgreSQL store with 1, 2 and 4
# `dyad ingest` processes at once (the corpus dealt into shards), on a
# throwaway server (tests/pg_server.sh). Runs are paired and alternated:
# each round runs the three worker counts in a rotated order on fresh
# databases, and the figures are the medians over rounds of the ratio of
# each count's time to the 1-worker time of the same round, so that a
# machine whose speed drifts (shared cores) moves both sides of a ratio.
#   bench/pg-workers.sh [BUILD_DIR] [CORPUS] [ROUNDS]
# defaults: build, ../shared/corpus/news.jsonl, 5. docs/scale.md has the
# figures and the machine they were measured on.
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
corpus=$(realpath "${2:-$src/../shared/corpus/news.jsonl}")
rounds=${3:-5}
export DYAD_LEXICON="$build/dyad.lexb"
. "$src/tests/lib.sh"
. "$src/tests/pg_server.sh"
th_tmpdir pgbench
DYAD_REQUIRE_PG=1 pg_start || exit 1
cd "$T" || exit 1
for w in 1 2 4; do
    mkdir "s$w"
    python3 "$src/tests/pg_compare.py" shard "$corpus" "$w" "s$w"
done
orders=("1 2 4" "2 4 1" "4 1 2" "1 4 2" "2 1 4" "4 2 1")
for r in $(seq 0 $((rounds - 1))); do
    for w in ${orders[$((r % 6))]}; do
        url=$(pg_url "r${r}w$w")
        t0=$(date +%s%N)
        for i in $(seq 1 "$w"); do
            "$build/dyad" ingest -q --db "$url" "s$w/shard-$i.jsonl" &
        done
        wait
        ms=$((($(date +%s%N) - t0) / 1000000))
        n=$(pg_sql "r${r}w$w" "select count(*) from documents")
        echo "round $r workers $w ms $ms documents $n load $(cut -d' ' -f1 /proc/loadavg)"
        pg_sql postgres "drop database r${r}w$w" >/dev/null
    done
done | tee runs.txt
python3 - runs.txt <<'PY'
import statistics, sys
t = {}
for line in open(sys.argv[1]):
    f = line.split()
    t.setdefault(int(f[1]), {})[int(f[3])] = int(f[5])
for w in (1, 2, 4):
    ms = [t[r][w] for r in t]
    ratios = [t[r][w] / t[r][1] for r in t]
    print(f"{w} workers: median {statistics.median(ms) / 1000:.1f} s, "
          f"median time ratio to 1 worker {statistics.median(ratios):.2f} "
          f"(rounds: {', '.join(f'{x:.2f}' for x in ratios)})")
PY
