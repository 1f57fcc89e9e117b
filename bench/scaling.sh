#!/usr/bin/env bash
# bench/scaling.sh DYAD - time of `dyad code` (and `dyad lexicon compile`)
# on each pathological input of tests/pathological/gen.sh at sizes n, 2n
# and 4n, best of 2 (CPU seconds), on one core. Linear time shows as t(2n)/t(n) ~ 2 and
# t(4n)/t(n) ~ 4 (lexicon: plus a constant for WordNet and the data files).
set -euo pipefail
dyad=${1:-build/dyad}
root=$(cd "$(dirname "$0")/.." && pwd)
lexb=${DYAD_LEXB:-$(dirname "$dyad")/dyad.lexb}
gen=$root/tests/pathological/gen.sh
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# best NAME CMD...: best CPU time (user + system) of 2 runs, in seconds;
# CPU rather than wall time, so that other load on the machine matters less
best() {
    local b="" t us
    shift
    for _ in 1 2; do
        us=$( { TIMEFORMAT='%3U %3S'; time taskset -c 0 "$@" >/dev/null 2>&1; } 2>&1 | tail -1)
        t=$(echo "$us" | awk '{ printf "%.3f", $1 + $2 }')
        if [ -z "$b" ] || awk "BEGIN{exit !($t < $b)}"; then b=$t; fi
    done
    echo "$b"
}

echo "scaling (pathological inputs, CPU seconds, best of 2, one core):"
printf '%-9s %10s %9s %9s %9s %8s %8s\n' case n "t(n) s" "t(2n) s" "t(4n) s" 2n/n 4n/n
while read -r c n unit ext; do
    ts=()
    for k in 1 2 4; do
        f="$tmp/$c-$k.$ext"
        "$gen" "$c" $((n * k)) "$f"
        if [ "$c" = lexicon ]; then
            ts+=("$(best "$c" "$dyad" lexicon compile -o "$tmp/x.lexb" \
                "$root/data/cameo.tsv" "$f")")
        else
            ts+=("$(best "$c" "$dyad" code --lexicon "$lexb" --date 2024-01-01 \
                -q -f null --max-doc-bytes 64M "$f")")
        fi
        rm -f "$f"
    done
    awk -v c="$c" -v n="$n $unit" -v a="${ts[0]}" -v b="${ts[1]}" -v d="${ts[2]}" \
        'BEGIN { printf "%-9s %10s %9.3f %9.3f %9.3f %8.2f %8.2f\n", c, n, a, b, d,
                 (a > 0 ? b / a : 0), (a > 0 ? d / a : 0) }'
done <<'CASES'
nopunct 1024 KiB txt
actors 100000 names txt
quotes 20000 levels txt
badutf8 20000 lines txt
badjsonl 20000 records jsonl
lexicon 100000 patterns lex
tinydocs 250000 docs jsonl
CASES
