#!/usr/bin/env bash
# serve-load.sh DYAD STORE [N] - a bounded load test of `dyad serve`
# (docs/performance.md): N requests (default 2000) per URL (fewer for the
# heavy ones), 4 at a time,
# over loopback with ab (apache2-utils), against STORE (>= 1M events: make
# one with bench/gen_store.py). Prints requests/s, p50 and p99 per URL.
# Not part of ctest: timings are for people, not assertions.
set -euo pipefail
dyad=${1:?usage: serve-load.sh DYAD STORE [N]}
store=${2:?usage: serve-load.sh DYAD STORE [N]}
n=${3:-2000}
command -v ab >/dev/null || { echo "serve-load: needs ab (apt-get install apache2-utils)" >&2; exit 1; }
tmp=$(mktemp -d)
"$dyad" serve --db "$store" --listen 127.0.0.1:0 --port-file "$tmp/port" \
  --no-web --no-code --rate 0 --quiet --threads 4 2>"$tmp/log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
for _ in $(seq 100); do [ -s "$tmp/port" ] && break; sleep 0.1; done
base="http://127.0.0.1:$(cat "$tmp/port")/api/v1"
events=$(curl -s "$base/status" | sed 's/.*"events":\([0-9]*\).*/\1/')
echo "store: $store ($events events); $n requests per URL, concurrency 4"
printf '%-58s %6s %9s %8s %8s\n' URL n req/s p50_ms p99_ms
# URL and its share of N: the first page with common filters (the target
# of docs/performance.md is p99 < 100 ms), then the heavier reads
urls=(
  "events 1"
  "events?country=SYR 1"
  "events?country=UKR 1"
  "events?actor=USA 1"
  "events?quad=4 1"
  "events?quad=4&from=2010-01-01&to=2010-12-31 1"
  "events?cameo=19&country=SYR 1"
  "events?dyad=ISR,PSE 1"
  "events?plover=ASSAULT&from=2012-01-01 1"
  "events?offset=200&limit=50 1"
  "events/12345 1"
  "events.geojson?country=SYR&limit=1000 10"
  "places?limit=50&from=2010-01-01&to=2010-12-31 10"
  "events?status=reported&min_mentions=2 10"
  "stats?by=month&from=2010-01-01&to=2010-12-31 10"
  "stats?by=week&actor=RUS&from=2012-01-01&to=2014-12-31 10"
  "stats?by=month 100"
)
for entry in "${urls[@]}"; do
  read -r u share <<<"$entry"
  k=$((n / share > 10 ? n / share : 10))
  out=$(ab -q -k -n "$k" -c 4 -s 60 "$base/$u" 2>&1)
  rps=$(awk '/^Requests per second/ {print $4}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  bad=$(awk '/^Non-2xx responses/ {print $3}' <<<"$out")
  printf '%-58s %6s %9s %8s %8s%s\n' "$u" "$k" "$rps" "$p50" "$p99" \
    "${bad:+  ($bad non-2xx)}"
done
