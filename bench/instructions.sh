#!/usr/bin/env bash
# bench/instructions.sh DYAD [CORPUS] - instructions per byte of text of
# `dyad code -j 1 -q -f null` under callgrind (a count that repeats on a
# shared machine, unlike seconds), and the inclusive instructions of the
# coder's main stages. Text bytes: the sum of the records' decoded `text`
# fields. Needs valgrind; takes about 10 s for ../shared/corpus/news.jsonl.
set -euo pipefail
dyad=${1:-build/dyad}
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${2:-$root/../shared/corpus/news.jsonl}
if [ ! -f "$corpus" ]; then echo "instructions: no corpus at $corpus" >&2; exit 1; fi
out=$(mktemp); trap 'rm -f "$out"' EXIT
valgrind --tool=callgrind --callgrind-out-file="$out" \
  "$dyad" code -j 1 -q -f null "$corpus" >/dev/null 2>&1
bytes=$(python3 - "$corpus" <<'PY'
import json, sys
t = 0
for line in open(sys.argv[1], encoding='utf-8', errors='surrogateescape'):
    try:
        d = json.loads(line)
    except ValueError:
        continue
    x = d.get('text') if isinstance(d, dict) else None
    if isinstance(x, str):
        t += len(x.encode('utf-8', 'surrogatepass'))
print(t)
PY
)
total=$(callgrind_annotate "$out" 2>/dev/null |
        awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
echo "instructions $total, text bytes $bytes, $((total / bytes)) a byte"
callgrind_annotate --inclusive=yes "$out" 2>/dev/null |
  grep -E ':(dyad_reader_next|dy_text_tokenize|dy_text_sentences|dy_words_analyse|dy_words_tag|dy_match_longest|dy_match_at|dy_actors_find|dy_place_find|dy_events_sentence|dy_claims_sentence|dy_claims_read) ' || true
