#!/usr/bin/env bash
# feeds.sh - `dyad ingest` and `dyad watch` on feeds and pages served by
# the tests' own HTTP server (dyad_feedserver, 127.0.0.1 only) from
# fixtures written for these tests (tests/fixtures/feeds/): the round
# trip (ingest, rerun: nothing new, the feed changes, rerun: exactly the
# new items), RSS 1.0 / Atom / OPML / feeds files, malformed XML, wrong
# content types, gzip, redirects, time-outs, size limits, article pages
# with robots.txt, and watch stopped by SIGTERM and SIGINT. Nothing
# leaves the machine: every URL is the server's.
# Env: DYAD_BIN, DYAD_TEST_LEXB, DYAD_SOURCE_DIR, DYAD_FEEDSERVER.
set -u
: "${DYAD_BIN:?}" "${DYAD_TEST_LEXB:?}" "${DYAD_SOURCE_DIR:?}" "${DYAD_FEEDSERVER:?}"
. "$DYAD_SOURCE_DIR/tests/lib.sh"
th_tmpdir feeds
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY

FX="$DYAD_SOURCE_DIR/tests/fixtures/feeds"
W="$T/www"
mkdir -p "$W"
cp "$FX"/*.xml "$FX"/*.rdf "$FX"/*.html "$W"/
cp "$FX"/site/* "$W"/

"$DYAD_FEEDSERVER" "$W" "$T/requests.log" "$T/port" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$T"' EXIT
for _ in $(seq 100); do [ -s "$T/port" ] && break; sleep 0.1; done
[ -s "$T/port" ] || { echo "FAIL: the test server did not start"; exit 1; }
BASE="http://127.0.0.1:$(cat "$T/port")"
# the fixtures name the server as @BASE@
for f in "$W"/*.xml "$W"/*.html "$W"/*.txt "$W"/*.opml; do
    sed -i "s|@BASE@|$BASE|g" "$f"
done
NEWS2=$(cat "$W/news2.xml")
rm "$W/news2.xml"

DB="$T/store.db"
# ingest ARGS...: no waits between requests unless a test asks
ingest() {
    "$DYAD_BIN" ingest --lexicon "$DYAD_TEST_LEXB" --db "$DB" \
        --host-interval 0 --no-progress "$@" >"$T/out" 2>"$T/err"
    rc=$?
}
has() { grep -qF -- "$1" "$T/err"; }
docs() { q "$DB" "SELECT count(*) FROM documents"; }
requests() { grep -c -- "$1" "$T/requests.log"; }
show_err() { sed 's/^/    /' "$T/err" | head -20; }
expect() { # expect "what" CONDITION...: a check that shows stderr on failure
    local what=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
    else
        echo "FAIL: $what (exit $rc)"
        show_err
        failed=$((failed + 1))
    fi
}

# ---- the round trip ----
ingest "$BASE/news.xml"
expect "first run exits 0" [ "$rc" -eq 0 ]
expect "first run stores the 3 items" [ "$(docs)" -eq 3 ]
expect "feed line: 3 new" has "1 fetched, 0 not modified, 0 failed; 3 new documents"
expect "item ids are the GUIDs" [ "$(q "$DB" "SELECT group_concat(id) FROM (SELECT id FROM documents ORDER BY id)")" = "loop-1,loop-2,loop-3" ]
expect "publisher is the feed title" [ "$(q "$DB" "SELECT DISTINCT source FROM documents")" = "Loopback News" ]
expect "title and url kept" [ "$(q "$DB" "SELECT title || ' ' || url FROM documents WHERE id='loop-2'")" = "Troops shell Kharkiv $BASE/art-kharkiv.html" ]
expect "User-Agent names dyad" grep -q "ua=dyad/" "$T/requests.log"
expect "events coded from the items" [ "$(q "$DB" "SELECT count(*) FROM mentions")" -gt 0 ]

ingest "$BASE/news.xml"
expect "rerun exits 0" [ "$rc" -eq 0 ]
expect "rerun: 304, nothing new" has "0 fetched, 1 not modified, 0 failed; 0 new documents"
expect "rerun sent If-None-Match and got 304" grep -q "GET /news.xml status=304 .*inm=\"" "$T/requests.log"
expect "rerun stores nothing" [ "$(docs)" -eq 3 ]

printf '%s\n' "$NEWS2" >"$W/news.xml" # the feed changes
ingest "$BASE/news.xml"
expect "changed feed: 2 new, 2 seen" has "1 fetched, 0 not modified, 0 failed; 2 new documents, 2 items seen before"
expect "store holds exactly the new items" [ "$(q "$DB" "SELECT group_concat(id) FROM (SELECT id FROM documents ORDER BY id)")" = "loop-1,loop-2,loop-3,loop-4,loop-5" ]
expect "feed state remembers 5 items" [ "$(q "$DB" "SELECT items FROM feeds WHERE url='$BASE/news.xml'")" -eq 5 ]
ingest "$BASE/news.xml"
expect "third rerun: nothing new" has "0 new documents"
expect "third rerun: still 5" [ "$(docs)" -eq 5 ]

# ---- other formats, feeds files ----
ingest --feeds "$W/feeds.txt" --date 2024-12-01
expect "feeds file: bad line named with line and column" has "feeds.txt:5:1: warning: not an http or https URL"
expect "feeds file with a bad line exits 1" [ "$rc" -eq 1 ]
expect "RSS 1.0 and Atom items stored" [ "$(docs)" -eq 10 ]
expect "--date dates undated items" [ "$(q "$DB" "SELECT date FROM documents WHERE id='http://rdf.test/a2'")" = "2024-12-01" ]
expect "ISO timestamps give the day" [ "$(q "$DB" "SELECT date FROM documents WHERE id='urn:uuid:entry-1'")" = "2024-11-19" ]
rm -f "$DB"*
ingest --feeds "$W/list.opml"
expect "OPML list exits 0" [ "$rc" -eq 0 ]
expect "OPML list: both feeds' items" [ "$(docs)" -eq 5 ]

rm -f "$DB"*
ingest --max-items 1 "$BASE/news.xml"
expect "--max-items: one item taken" [ "$(docs)" -eq 1 ]
expect "--max-items: the rest counted" has "3 past --max-items"
ingest --feeds "$T/no-such-list"
expect "a missing feeds file: exit 3" [ "$rc" -eq 3 ]
expect "a missing feeds file is named" has "no-such-list: cannot read the feeds file"
ingest --timeout x "$BASE/news.xml"
expect "a bad option value: exit 2" [ "$rc" -eq 2 ]

# ---- bad feeds: clear errors, counted, never a crash or a hang ----
rm -f "$DB"*
ingest "$BASE/malformed.xml" "$BASE/atom.xml"
expect "malformed XML exits 1" [ "$rc" -eq 1 ]
expect "malformed XML: URL, line and column" has "$BASE/malformed.xml:5:33: not well-formed XML: Opening and ending tag mismatch"
expect "malformed counted as rejected" has "1 rejected"
expect "the good feed beside it is stored" [ "$(docs)" -eq 3 ]
ingest "$BASE/image.png"
expect "binary body: neither feed nor page" has "neither a feed nor a page (Content-Type application/octet-stream)"
expect "binary body exits 1" [ "$rc" -eq 1 ]
rm -f "$DB"*
ingest "$BASE/news.xml?type=text/html" "$BASE/rss1.rdf?type=text/plain"
expect "feeds sent as text/html and text/plain are read as feeds" [ "$(docs)" -eq 6 ]
rm -f "$DB"*
ingest "$BASE/news.xml?gzip=1"
expect "gzip feed decoded" [ "$(docs)" -eq 4 ]
expect "gzip was sent" grep -q "GET /news.xml?gzip=1 status=200 .*ae=.*gzip" "$T/requests.log"
rm -f "$DB"*
ingest "$BASE/redirect/3/rss1.rdf" "$BASE/redirect/8/atom.xml"
expect "3 redirects followed" [ "$(q "$DB" "SELECT count(*) FROM documents WHERE id LIKE 'http://rdf.test/%'")" -eq 2 ]
expect "too many redirects refused" has "$BASE/redirect/8/atom.xml: more than 5 redirects"
ingest --max-redirects 10 "$BASE/redirect/8/atom.xml"
expect "--max-redirects raises the limit" [ "$(docs)" -eq 5 ]
ingest --timeout 1 --retries 0 "$BASE/slow/4000/rss1.rdf"
expect "slow server: timed out" has "timed out"
expect "slow server: exit 3" [ "$rc" -eq 3 ]
ingest --max-bytes 10k "$BASE/big/50000" "$BASE/stream/50000"
expect "oversized: refused with the limit" [ "$(grep -c "larger than 10240 bytes" "$T/err")" -eq 2 ]
ingest --retries 2 "$BASE/flaky/2/rss2.xml"
expect "503 twice, then retried to success" [ "$rc" -eq 0 ]
expect "3 requests for the flaky feed" [ "$(requests "GET /flaky/2/rss2.xml")" -eq 3 ]
ingest --retries 1 "$BASE/status/503"
expect "503 for good: named with its attempts" has "HTTP status 503 (2 attempts)"

# ---- a page URL, and article pages with robots.txt ----
rm -f "$DB"*
ingest "$BASE/article.html"
expect "a page is one document" [ "$(docs)" -eq 1 ]
expect "page title from the page" [ "$(q "$DB" "SELECT title FROM documents")" = "Troops shell Kharkiv" ]
expect "page script text not coded" [ "$(q "$DB" "SELECT count(*) FROM sentences WHERE text LIKE '%China%' OR text LIKE '%Russia attacked%'")" -eq 0 ]
rm -f "$DB"*
printf '%s\n' "$NEWS2" >"$W/news.xml"
cp "$FX/site/news.xml" "$W/first.xml"
sed -i "s|@BASE@|$BASE|g" "$W/first.xml"
ingest --fetch-articles --host-interval 200 "$BASE/first.xml"
expect "articles: 2 read, 1 refused" has "articles: 2 read, 1 refused by robots.txt, 0 failed"
expect "robots.txt fetched once" [ "$(requests "GET /robots.txt")" -eq 1 ]
expect "the disallowed page is never requested" [ "$(requests "GET /private-story.html")" -eq 0 ]
expect "refused item keeps the feed's text" [ "$(q "$DB" "SELECT count(*) FROM sentences WHERE text LIKE 'Turkey condemned Greece%'")" -eq 1 ]
expect "article text is coded" [ "$(q "$DB" "SELECT count(*) FROM sentences WHERE text LIKE 'The United States criticized Iran%'")" -eq 1 ]
expect "article scripts are not" [ "$(q "$DB" "SELECT count(*) FROM sentences WHERE text LIKE '%Israel attacked%' OR text LIKE '%China%'")" -eq 0 ]
rm -f "$DB"*
ingest --fetch-articles "$BASE/redirected.xml"
expect "redirects of article links: robots.txt asked at each hop" has "articles: 1 read, 1 refused by robots.txt, 0 failed"
expect "the refusal names the redirect" has "robots.txt does not allow $BASE/private-story.html"
expect "a page robots.txt forbids is not reached by a redirect" [ "$(requests "GET /private-story.html")" -eq 0 ]
expect "an allowed redirect is followed" [ "$(requests "GET /art-kharkiv.html status=200")" -ge 2 ]
t1=$(grep "GET /art-geneva.html" "$T/requests.log" | sed 's/.* ms=//')
t2=$(grep "GET /art-kharkiv.html" "$T/requests.log" | sed 's/.* ms=//')
expect "per-host interval between article requests" [ $((t2 - t1)) -ge 195 ]

# ---- dyad watch: rounds, and a clean stop on a signal ----
rm -f "$DB"*
"$DYAD_BIN" watch --lexicon "$DYAD_TEST_LEXB" --db "$DB" --host-interval 0 \
    --interval 1 --rounds 2 "$BASE/rss2.xml" >"$T/out" 2>"$T/err"
rc=$?
expect "watch --rounds 2 exits 0" [ "$rc" -eq 0 ]
expect "watch: round 2 is a 304" has "0 fetched, 1 not modified"
expect "watch: totals" has "stopped as asked after 2 rounds: 3 documents"
for sig in TERM INT; do
    rm -f "$DB"* "$T/err"
    # the subshell must not run this script's EXIT trap (a signal that
    # came before its exec would), and dyad installs its own handlers
    ( trap - EXIT INT; exec "$DYAD_BIN" watch --lexicon "$DYAD_TEST_LEXB" --db "$DB" \
        --host-interval 0 --interval 1 "$BASE/rss2.xml" >"$T/out" 2>"$T/err" ) &
    wpid=$!
    for _ in $(seq 300); do grep -qs "round 2" "$T/err" && break; sleep 0.1; done
    kill -"$sig" "$wpid"
    wait "$wpid"
    rc=$?
    expect "watch stops on SIG$sig with exit 0" [ "$rc" -eq 0 ]
    expect "watch prints its summary on SIG$sig" has "stopped by SIG$sig after"
    expect "watch stored the feed before SIG$sig" [ "$(docs)" -eq 3 ]
done
# a signal in the middle of a slow fetch ends it at once
rm -f "$DB"* "$T/err"
( trap - EXIT INT; exec "$DYAD_BIN" watch --lexicon "$DYAD_TEST_LEXB" --db "$DB" \
    --host-interval 0 --interval 1 "$BASE/slow/12000/rss2.xml" >"$T/out" 2>"$T/err" ) &
wpid=$!
# the server logs a request when it answers: wait for the round to start
for _ in $(seq 300); do grep -qs "round 1" "$T/err" && break; sleep 0.1; done
sleep 0.5
kill -TERM "$wpid"
start=$(date +%s)
wait "$wpid"
rc=$?
expect "watch interrupted mid-fetch exits 0" [ "$rc" -eq 0 ]
expect "an interrupted fetch is not a rejected feed" has "0 rejected"
expect "watch stops long before the slow server answers" [ $(( $(date +%s) - start )) -lt 8 ]

"$DYAD_BIN" watch --db "$DB" "$W/news.xml" >"$T/out" 2>"$T/err"
rc=$?
expect "watch refuses files" [ "$rc" -eq 2 ]

th_finish
