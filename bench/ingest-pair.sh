#!/bin/sh
# ingest-pair.sh DYAD STORE EXTRA - one pair of docs/scale.md's ingest
# figures: the CPU (user + system) of ingesting EXTRA into an empty store
# (A), then into a copy of STORE (B), both `--bulk --no-near-duplicates`
# plus $OPTS. Prints "cpuA cpuB ratio peakRSS_B_MB". Run it in rounds
# alternating the binaries compared; the stores are made in $TMPDIR.
set -eu
[ $# -eq 3 ] || { echo "usage: $0 DYAD STORE EXTRA" >&2; exit 2; }
dyad=$1 store=$2 extra=$3
d=$(mktemp -d "${TMPDIR:-/tmp}/ingest-pair.XXXXXX")
trap 'rm -rf "$d"' EXIT
# shellcheck disable=SC2086 # OPTS is a list of options
/usr/bin/time -f '%U %S %M' -o "$d/ta" "$dyad" ingest -q \
    --no-near-duplicates --bulk ${OPTS:-} --db "$d/a.db" "$extra"
rm -f "$d/a.db" "$d/a.db-wal" "$d/a.db-shm"
cp "$store" "$d/b.db"
# shellcheck disable=SC2086
/usr/bin/time -f '%U %S %M' -o "$d/tb" "$dyad" ingest -q \
    --no-near-duplicates --bulk ${OPTS:-} --db "$d/b.db" "$extra"
read -r ua sa _ <"$d/ta"
read -r ub sb mb <"$d/tb"
awk -v ua="$ua" -v sa="$sa" -v ub="$ub" -v sb="$sb" -v mb="$mb" 'BEGIN {
    printf "%.2f %.2f %.2f %.1f\n", ua + sa, ub + sb, (ub + sb) / (ua + sa), mb / 1024 }'
