#!/usr/bin/env bash
# pg-workers.sh - ingest time into one PostgreSQL store with 1, 2 and 4
# `dyad ingest` processes at once (the corpus dealt into shards), on a
# throwaway server (tests/pg_server.sh), and the time of queries on the
# store each ingest made. Runs are paired and alternated: each round runs
# every case in a rotated order on fresh databases, and the figures are
# medians over rounds of ratios within a round, so that a machine whose
# speed drifts (shared cores) moves both sides of a ratio.
#   bench/pg-workers.sh [BUILD_DIR] [CORPUS] [ROUNDS] [BASE_BUILD_DIR]
# defaults: build, ../shared/corpus/news.jsonl, 5. Without BASE_BUILD_DIR:
# 1, 2 and 4 workers, each against 1 worker of the same round. With it
# (another dyad's build, e.g. of an older PostgreSQL schema): 1 and 4
# workers of both builds, BUILD_DIR against BASE_BUILD_DIR in each round.
# Queries, on each store after its ingest, each run 5 times:
#   day: `query` of two months (--from/--to) and `stats --by week` of one
#        year, the filters a partition by month serves;
#   all: `export --format gdelt` of the whole store.
# docs/scale.md has the figures and the machine they were measured on.
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
corpus=$(realpath "${2:-$src/../shared/corpus/news.jsonl}")
rounds=${3:-5}
base=${4:+$(cd "$4" && pwd)}
. "$src/tests/lib.sh"
. "$src/tests/pg_server.sh"
th_tmpdir pgbench
DYAD_REQUIRE_PG=1 pg_start || exit 1
cd "$T" || exit 1
cases=("new 1" "new 2" "new 4")
[ -n "$base" ] && cases=("new 1" "base 1" "new 4" "base 4")
for w in 1 2 4; do
    mkdir "s$w"
    python3 "$src/tests/pg_compare.py" shard "$corpus" "$w" "s$w"
done

ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }

# queries DYAD URL: "DAY_MS ALL_MS"
queries() {
    local t0 day all i
    t0=$(date +%s%N)
    for i in 1 2 3 4 5; do
        "$1" query --db "$2" --from 2002-03-01 --to 2002-03-31 \
            --format jsonl >/dev/null 2>&1
        "$1" query --db "$2" --from 2016-08-01 --to 2016-08-31 \
            --format jsonl >/dev/null 2>&1
        "$1" stats --db "$2" --from 2002-01-01 --to 2002-12-31 \
            --by week >/dev/null 2>&1
    done
    day=$(ms_since "$t0")
    t0=$(date +%s%N)
    for i in 1 2 3 4 5; do
        "$1" export --db "$2" --format gdelt >/dev/null 2>&1
    done
    all=$(ms_since "$t0")
    echo "$day $all"
}

n=${#cases[@]}
for r in $(seq 0 $((rounds - 1))); do
    for k in $(seq 0 $((n - 1))); do
        read -r b w <<<"${cases[$(((k + r) % n))]}"
        dir=$build
        [ "$b" = base ] && dir=$base
        export DYAD_LEXICON="$dir/dyad.lexb"
        db="r${r}${b}$w"
        url=$(pg_url "$db")
        t0=$(date +%s%N)
        # the workers' pids: a bare `wait` would wait for the server's
        # watchdog (tests/pg_server.sh) too
        pids=()
        for i in $(seq 1 "$w"); do
            "$dir/dyad" ingest -q --db "$url" "s$w/shard-$i.jsonl" &
            pids+=($!)
        done
        wait "${pids[@]}"
        ms=$(ms_since "$t0")
        nd=$(pg_sql "$db" "select count(*) from documents")
        q=$(queries "$dir/dyad" "$url")
        echo "round $r build $b workers $w ms $ms day ${q% *} all ${q#* }" \
            "documents $nd load $(cut -d' ' -f1 /proc/loadavg)"
        pg_sql postgres "drop database $db" >/dev/null
    done
done | tee runs.txt
python3 - runs.txt <<'PY'
import statistics, sys
t = {}
for line in open(sys.argv[1]):
    f = line.split()
    t.setdefault(int(f[1]), {})[(f[3], int(f[5]))] = {
        "ingest": int(f[7]), "day": int(f[9]), "all": int(f[11])}
med = statistics.median
cases = sorted({c for r in t.values() for c in r}, key=lambda c: (c[1], c))
base = any(c[0] == "base" for c in cases)
for b, w in cases:
    s = ", ".join(f"{k} {med([t[r][(b, w)][k] for r in t]) / 1000:.1f} s"
                  for k in ("ingest", "day", "all"))
    print(f"{b} {w} workers: median {s}")
for b, w in cases:
    ref = ("base", w) if base else ("new", 1)
    if (b, w) == ref or (base and b == "base"):
        continue
    for k in ("ingest", "day", "all"):
        x = [t[r][(b, w)][k] / t[r][ref][k] for r in t]
        print(f"{b} {w} workers / {ref[0]} {ref[1]}: {k} median ratio "
              f"{med(x):.2f} (rounds: {', '.join(f'{v:.2f}' for v in x)})")
PY
