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
  line=$(taskset -c 0 "$dyad" code -q --stats -f null "$corpus" 2>&1 | grep 'stats:')
  echo "run $i: ${line#dyad: stats: }"
  mbs=$(echo "$line" | sed -E 's/.* = ([0-9.]+) MB\/s.*/\1/')
  if [ -z "$best" ] || awk "BEGIN{exit !($mbs > $best)}"; then best=$mbs; fi
done
echo "best: $best MB/s (single core)"
# memory stays flat with input size: 4x the corpus
tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
for i in 1 2 3 4; do cat "$corpus"; done >"$tmp"
line=$(taskset -c 0 "$dyad" code -q --stats -f null "$tmp" 2>&1 | grep 'stats:')
echo "4x corpus: ${line#dyad: stats: }"
