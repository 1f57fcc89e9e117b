#!/bin/sh
# ingest-seq.sh DYAD STORE EXTRA - docs/scale.md's amortized ingest
# figure: the CPU (user + system) of EXTRA into an empty store (A), then of
# $COPIES (default five) new copies of the corpus in a row
# (bench/gen_corpus.py copies 2001 on) into one copy of STORE (B), then A
# again; every ingest `--bulk --no-near-duplicates` plus $OPTS. Merges of
# the recent key tables (docs/store.md, "At scale") fall in the copies at
# the rate they happen. Prints "A1 A2 B1..Bn ratio": the mean of B over
# the mean of A.
set -eu
[ $# -eq 3 ] || { echo "usage: $0 DYAD STORE EXTRA" >&2; exit 2; }
dyad=$1 store=$2 extra=$3
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${DYAD_BENCH_CORPUS:-$root/../shared/corpus/news.jsonl}
d=$(mktemp -d "${TMPDIR:-/tmp}/ingest-seq.XXXXXX")
trap 'rm -rf "$d"' EXIT
copies=${COPIES:-5}
for k in $(seq "$copies"); do
    python3 "$root/bench/gen_corpus.py" "$corpus" 1 $((2000 + k)) >"$d/more$k.jsonl"
done
# cpu DB FILE: the CPU seconds of one ingest
cpu() {
    # shellcheck disable=SC2086 # OPTS is a list of options
    /usr/bin/time -f '%U %S' -o "$d/t" "$dyad" ingest -q \
        --no-near-duplicates --bulk ${OPTS:-} --db "$1" "$2"
    awk '{ printf "%.2f", $1 + $2 }' "$d/t"
}
a1=$(cpu "$d/a.db" "$extra")
rm -f "$d/a.db" "$d/a.db-wal" "$d/a.db-shm"
cp "$store" "$d/b.db"
b=""
for k in $(seq "$copies"); do b="$b $(cpu "$d/b.db" "$d/more$k.jsonl")"; done
a2=$(cpu "$d/a.db" "$extra")
echo "$b" | awk -v a1="$a1" -v a2="$a2" '{
    s = 0; for (i = 1; i <= NF; i++) s += $i
    printf "%s %s%s %.2f\n", a1, a2, $0, (s / NF) / ((a1 + a2) / 2) }'
