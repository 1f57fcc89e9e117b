#!/bin/sh
# ingest-ab.sh DYAD_A STORE_A DYAD_B STORE_B INPUT [ROUNDS] - two binaries'
# cost of the same ingest into the same store (docs/scale.md, "The
# documents' key in two levels"): each round ingests INPUT
# `--bulk --no-near-duplicates` (plus $OPTS) into a fresh copy of
# STORE_A with DYAD_A, then into one of STORE_B with DYAD_B (STORE_B:
# STORE_A migrated by DYAD_B, say). Prints per round "cpuA cpuB ratio
# rssA rssB": CPU seconds (user + system), B over A, peak RSS in KB.
set -eu
[ $# -ge 5 ] || { echo "usage: $0 DYAD_A STORE_A DYAD_B STORE_B INPUT [ROUNDS]" >&2; exit 2; }
da=$1 sa=$2 db=$3 sb=$4 input=$5 rounds=${6:-6}
d=$(mktemp -d "${TMPDIR:-/tmp}/ingest-ab.XXXXXX")
trap 'rm -rf "$d"' EXIT
# one DYAD STORE: "cpu rss" of INPUT into a copy of STORE
one() {
    rm -f "$d/w.db" "$d/w.db-wal" "$d/w.db-shm"
    cp "$2" "$d/w.db"
    # shellcheck disable=SC2086 # OPTS is a list of options
    /usr/bin/time -f '%U %S %M' -o "$d/t" "$1" ingest -q \
        --no-near-duplicates --bulk ${OPTS:-} --db "$d/w.db" "$input"
    awk '{ printf "%.2f %d", $1 + $2, $3 }' "$d/t"
}
for _ in $(seq "$rounds"); do
    a=$(one "$da" "$sa")
    b=$(one "$db" "$sb")
    echo "$a $b" | awk '{ printf "%s %s %.2f %s %s\n", $1, $3, $3 / $1, $2, $4 }'
done
