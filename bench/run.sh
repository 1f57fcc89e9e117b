#!/usr/bin/env bash
# bench/run.sh DYAD - single-core throughput and peak memory of `dyad code`
# over ../shared/corpus/news.jsonl (best of 3 runs), plus lexicon load time.
set -euo pipefail
dyad=${1:-build/dyad}
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${DYAD_BENCH_CORPUS:-$root/../shared/corpus/news.jsonl}
if [ ! -f "$corpus" ]; then echo "bench: no corpus at $corpus" >&2; exit 1; fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "corpus:  $corpus ($(wc -c <"$corpus") bytes, $(wc -l <"$corpus") records)"
"$dyad" lexicon info | grep -E 'load ms|image bytes'
best=""
for i in 1 2 3; do
  line=$(taskset -c 0 "$dyad" code -q --stats -f null "$corpus" 2>&1 | grep -m1 'stats:')
  echo "run $i: ${line#dyad: stats: }"
  mbs=$(echo "$line" | sed -E 's/.* = ([0-9.]+) MB\/s.*/\1/')
  if [ -z "$best" ] || awk "BEGIN{exit !($mbs > $best)}"; then best=$mbs; fi
done
echo "best: $best MB/s (single core)"
# memory stays flat with input size: 4x the corpus
tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
for i in 1 2 3 4; do cat "$corpus"; done >"$tmp"
line=$(taskset -c 0 "$dyad" code -q --stats -f null "$tmp" 2>&1 | grep -m1 'stats:')
echo "4x corpus: ${line#dyad: stats: }"
# event store: `dyad ingest` into a fresh database (best of 3), as
# documents/s and events/s, and its MB/s against plain coding above.
# Ingest codes on one thread and stores on another (cores 0-1); the
# single-thread figure is the same work on core 0 alone (docs/performance.md).
db=$(mktemp -d); trap 'rm -f "$tmp"; rm -rf "$db"' EXIT
for mode in threads single; do
  flag=""; cores=0,1
  if [ "$mode" = single ]; then flag=--single-thread; cores=0; fi
  ibest=""; iline=""
  for i in 1 2 3; do
    rm -f "$db"/b.db*
    line=$(taskset -c "$cores" "$dyad" ingest -q --stats $flag --db "$db/b.db" "$corpus" 2>&1 | grep -m1 'stats:')
    mbs=$(echo "$line" | sed -E 's/.* = ([0-9.]+) MB\/s.*/\1/')
    if [ -z "$ibest" ] || awk "BEGIN{exit !($mbs > $ibest)}"; then ibest=$mbs; iline=$line; fi
  done
  docs=$(echo "$iline" | sed -E 's/.* = ([0-9]+) documents\/s.*/\1/')
  evs=$(echo "$iline" | sed -E 's/.* = ([0-9]+) events\/s.*/\1/')
  pct=$(awk "BEGIN{printf \"%.0f\", 100 * $ibest / $best}")
  echo "ingest ($mode, cores $cores): $ibest MB/s, $docs documents/s, $evs events/s = $pct% of coding"
done
"$root/bench/scaling.sh" "$dyad"
