#!/usr/bin/env bash
# bench/jobs.sh [DYAD] [CORPUS] - the figures of docs/performance.md,
# "--jobs": `code --jobs 2` against `--jobs 1`, and `-f jsonl` against
# `-f null`, as paired runs (bench/paired.py: A B A B ..., the median of
# the per-round ratios, wall and CPU), each with the load average before
# and after; then the peak RSS of `code` at 1, 4 and 16 times the corpus
# (copies with distinct ids, in a temporary directory).
# Env: ROUNDS (paired rounds, default 21).
set -euo pipefail
dyad=${1:-build/dyad}
corpus=${2:-../shared/corpus/news.jsonl}
rounds=${ROUNDS:-21}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

paired() { # paired CMD...: one paired.py run between two load averages
    uptime
    python3 "$here/paired.py" "$rounds" "$@"
    uptime
}
run="$dyad code -q"
paired "$run -f null --jobs 1 $corpus" "$run -f null --jobs 2 $corpus"
paired "$run -f null --jobs 1 $corpus" "$run -f jsonl --jobs 1 $corpus"
paired "$run -f null --jobs 2 $corpus" "$run -f jsonl --jobs 2 $corpus"

python3 - "$corpus" "$tmp" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
for n in (1, 4, 16):
    with open(f"{sys.argv[2]}/x{n}.jsonl", "w", encoding="utf-8") as f:
        for k in range(n):
            for line in lines:
                try:
                    r = json.loads(line)
                except ValueError:
                    f.write(line + "\n")
                    continue
                if isinstance(r, dict) and "id" in r:
                    r["id"] = f"{r['id']}~{k}"
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
echo "peak RSS (KB) of $run -f FMT --jobs J at 1x, 4x, 16x the corpus:"
for fmt in null jsonl; do
    for j in 1 2; do
        printf '%-5s --jobs %s:' "$fmt" "$j"
        for n in 1 4 16; do
            rss=$( { /usr/bin/time -f %M $run -f "$fmt" --jobs "$j" \
                "$tmp/x$n.jsonl" >/dev/null; } 2>&1 | tail -1)
            printf ' %8s' "$rss"
        done
        echo
    done
done
