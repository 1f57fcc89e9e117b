#!/usr/bin/env bash
# bench/start.sh [DYAD] - the one-sentence start of docs/performance.md
# as wall time robust to load: `code -q -f null` of one sentence in a
# file, run in turn with `/bin/true` and `cat` of the same file
# (bench/paired.py: A B C A B C ..., ROUNDS rounds after a warm-up). The
# fastest run (min) is what other sessions' load adds least to; the
# median and the per-round ratio to `/bin/true` (the cost of starting a
# process at that moment) say the same under load. The load average is
# printed before and after.
# Env: ROUNDS (default 200), SENTENCE (default "Russia attacked Ukraine.").
set -euo pipefail
dyad=${1:-build/dyad}
rounds=${ROUNDS:-200}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%s\n' "${SENTENCE:-Russia attacked Ukraine.}" >"$tmp/one.txt"
uptime
python3 "$here/paired.py" "$rounds" /bin/true "cat $tmp/one.txt" \
  "$dyad code -q -f null $tmp/one.txt"
uptime
