#!/usr/bin/env bash
# pg_serve.sh - `dyad serve` and `dyad watch` on a PostgreSQL store, against
# a real, throwaway PostgreSQL server (tests/pg_server.sh) and the feed
# tests' own HTTP server (dyad_feedserver, 127.0.0.1 only); nothing mocked:
#  - the same corpus documents ingested into SQLite and into PostgreSQL,
#    `dyad serve` on each (loopback, a free port): every API endpoint and
#    page (tests/serve/compare.py) answers byte for byte the same on both,
#    and the comparison fails when one store's event is changed;
#  - a request that outlives --timeout-ms on PostgreSQL (a table locked by
#    another session) is answered 503 naming the limit, and the server
#    goes on answering;
#  - `dyad watch` and `ingest --feeds` into PostgreSQL store the same
#    documents, events and feed state as into SQLite, ask again with the
#    validators (a 304), and take exactly the new items of a changed feed;
#  - a store of PostgreSQL schema 1 (before the feed tables and the row
#    counts) is migrated to 3 by the first writer (its rows counted once),
#    and served read-only as it is (its status counted from the tables).
# Env: DYAD_BIN, DYAD_TEST_LEXB, DYAD_SOURCE_DIR, DYAD_FEEDSERVER,
# DYAD_SHARED_DIR (the corpus; without it a generated one stands in),
# DYAD_REQUIRE_PG.
set -u
: "${DYAD_BIN:?}" "${DYAD_TEST_LEXB:?}" "${DYAD_SOURCE_DIR:?}" "${DYAD_FEEDSERVER:?}"
export DYAD_LEXICON="$DYAD_TEST_LEXB"
. "$DYAD_SOURCE_DIR/tests/lib.sh"
. "$DYAD_SOURCE_DIR/tests/pg_server.sh"
th_tmpdir pg_serve
pg_start || exit 1
cd "$T" || exit 1
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
cmp_py="$DYAD_SOURCE_DIR/tests/pg_compare.py"
serve_py="$DYAD_SOURCE_DIR/tests/serve/compare.py"

news="${DYAD_SHARED_DIR:-/nonexistent}/corpus/news.jsonl"
if [ -r "$news" ]; then
    head -n 4000 "$news" >corpus.jsonl
else
    python3 "$DYAD_SOURCE_DIR/tests/fixtures/shelling_corpus.py" corpus.jsonl 4000
fi

# the servers this script starts, stopped by pid; a `dyad serve` must
# then exit 0 (under the sanitizer build a memory error or leak fails it)
pids=()
serves=()
stop_all() {
    local p rc
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
    for p in "${serves[@]}"; do
        kill "$p" 2>/dev/null
        wait "$p" 2>/dev/null
        rc=$?
        check "dyad serve (pid $p) stops with exit 0 on SIGTERM" test "$rc" -eq 0
    done
    pids=()
    serves=()
}
trap 'stop_all >/dev/null; pg_stop; rm -rf "$T"' EXIT

# serve NAME DB [ARGS...]: `dyad serve` on a free loopback port; sets PORT
serve() {
    local name=$1 db=$2
    shift 2
    rm -f "$name.port"
    "$DYAD_BIN" serve --db "$db" --no-code --quiet --listen 127.0.0.1:0 \
        --port-file "$name.port" "$@" >"$name.log" 2>&1 &
    serves+=($!)
    for _ in $(seq 600); do [ -s "$name.port" ] && break; sleep 0.05; done
    PORT=$(cat "$name.port" 2>/dev/null)
    [ -n "$PORT" ] || { echo "FAIL: serve $name did not start"; cat "$name.log"; }
}

# http PORT PATH: the status, then the body
http() {
    python3 - "$1" "$2" <<'EOF'
import http.client, sys
c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=60)
c.request("GET", sys.argv[2], headers={"Host": "127.0.0.1"})
r = c.getresponse()
sys.stdout.write("%d\n" % r.status)
sys.stdout.buffer.write(r.read())
EOF
}

# ---- the same corpus in both stores, served by both
"$DYAD_BIN" ingest -q --db sqlite.db corpus.jsonl
check "SQLite ingest" test $? -eq 0
pgdb=$(pg_url served)
"$DYAD_BIN" ingest -q --db "$pgdb" corpus.jsonl
check "PostgreSQL ingest" test $? -eq 0
check "PostgreSQL schema 3 (the feed tables, the row counts)" \
    test "$(pg_sql served "select value from dyad_meta where name='schema'")" = 3

serve lite sqlite.db
plite=$PORT
serve pg "$pgdb"
ppg=$PORT
check "serve --db postgresql:// starts" test -n "$ppg"
python3 "$serve_py" "$plite" "$ppg" answers >compare.out 2>&1
rc=$?
tail -n 1 compare.out
check "every endpoint and page: the same answers on SQLite and PostgreSQL" \
    test "$rc" -eq 0
[ "$rc" -eq 0 ] || cat compare.out
check "the comparison covered the requests and event details" \
    test "$(sed -n 's/^\([0-9]*\) requests.*/\1/p' compare.out)" -gt 90

# the comparison sees a change: the newest event's reports counted one
# more in PostgreSQL (psql's own session; the server reads it at once)
newest="SELECT id FROM events ORDER BY day DESC NULLS LAST, id DESC LIMIT 1"
pg_sql served "UPDATE events SET num_mentions = num_mentions + 1 WHERE id = ($newest)" >/dev/null
python3 "$serve_py" "$plite" "$ppg" answers2 >compare2.out 2>&1
check "a changed event fails the comparison" test $? -eq 1
check "... on the first page of events" grep -q "FAIL: /api/v1/events differs" compare2.out
pg_sql served "UPDATE events SET num_mentions = num_mentions - 1 WHERE id = ($newest)" >/dev/null

# ---- a request past --timeout-ms: 503, and the server goes on
serve slow "$pgdb" --timeout-ms 300
pslow=$PORT
"$PG_BIN/psql" -X -q -h "$PG_SOCK" -U dyad -d served \
    -c "BEGIN; LOCK TABLE events IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(60); COMMIT;" \
    >/dev/null 2>&1 &
locker=$!
for _ in $(seq 100); do
    [ "$(pg_sql served "select count(*) from pg_locks where relation = 'events'::regclass and mode = 'AccessExclusiveLock' and granted")" = 1 ] && break
    sleep 0.05
done
http "$pslow" "/api/v1/events?limit=5" >slow.out
check "a request past --timeout-ms: 503" test "$(head -n 1 slow.out)" = 503
check "... naming the limit" grep -q "query took longer than 300 ms" slow.out
http "$pslow" "/api/v1/stats" >slow2.out
check "stats past --timeout-ms: 503" test "$(head -n 1 slow2.out)" = 503
# (the lock is held until cancelled, so a loaded machine cannot let it go
# before both requests were made)
pg_sql served "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(60)%' AND pid <> pg_backend_pid()" >/dev/null
wait "$locker"
http "$pslow" "/api/v1/events?limit=5" >slow3.out
check "the same connection answers once the lock is gone" \
    test "$(head -n 1 slow3.out)" = 200
stop_all

# ---- the PostgreSQL server restarted under `dyad serve`: the next
# request finds the session gone and opens a new one
serve one "$pgdb" --threads 1
pone=$PORT
serve lite2 sqlite.db
plite2=$PORT
http "$pone" /api/v1/status >r1.out
check "one worker's session answers" test "$(head -n 1 r1.out)" = 200
pg_restart
http "$pone" "/api/v1/events?limit=3" >r2.out
check "after a server restart the next request is answered" \
    test "$(head -n 1 r2.out)" = 200
[ "$(head -n 1 r2.out)" = 200 ] || head -c 300 r2.out
check "... the same page as before the restart" \
    cmp -s <(tail -n +2 r2.out) <(http "$plite2" "/api/v1/events?limit=3" | tail -n +2)
stop_all

# ---- feeds: dyad watch and ingest --feeds into both stores
FX="$DYAD_SOURCE_DIR/tests/fixtures/feeds"
W="$T/www"
mkdir -p "$W"
cp "$FX"/*.xml "$FX"/*.rdf "$FX"/*.html "$W"/
cp "$FX"/site/* "$W"/
"$DYAD_FEEDSERVER" "$W" "$T/requests.log" "$T/fport" &
pids+=($!)
for _ in $(seq 100); do [ -s "$T/fport" ] && break; sleep 0.1; done
BASE="http://127.0.0.1:$(cat "$T/fport")"
for f in "$W"/*.xml "$W"/*.html "$W"/*.txt "$W"/*.opml; do
    sed -i "s|@BASE@|$BASE|g" "$f"
done
NEWS2=$(cat "$W/news2.xml")
rm "$W/news2.xml"
cp "$W/news.xml" news1.xml
printf '%s\n%s\n' "$BASE/news.xml" "$BASE/atom.xml" >feeds.txt

# watch STORE NAME ARGS...: two rounds of the feeds
watch() {
    local db=$1 name=$2
    shift 2
    "$DYAD_BIN" watch --db "$db" --host-interval 0 --interval 1 "$@" \
        >"$name.out" 2>"$name.err"
}
# feed_state STORE: the feed tables as both stores keep them (times aside)
feed_state() {
    local sel1="SELECT url, coalesce(title,''), coalesce(etag,''), coalesce(last_modified,''), last_status, coalesce(last_error,''), errors, items FROM feeds ORDER BY url"
    local sel2="SELECT feed_url, item_id, coalesce(url,''), coalesce(title,''), coalesce(date,''), outcome FROM feed_items ORDER BY feed_url, item_id"
    if [ "${1#postgresql://}" != "$1" ]; then
        pg_sql watched "$sel1"; pg_sql watched "$sel2"
    else
        sqlite3 "$1" "$sel1"; sqlite3 "$1" "$sel2"
    fi
}
# same_store A B: the same exports in every format, the same feed state
same_store() {
    local f ok=0
    for f in jsonl tsv gdelt-mentions events; do
        "$DYAD_BIN" export --db "$1" --format "$f" >a.out 2>/dev/null
        "$DYAD_BIN" export --db "$2" --format "$f" >b.out 2>/dev/null
        python3 "$cmp_py" norm "$f" a.out >a.norm
        python3 "$cmp_py" norm "$f" b.out >b.norm
        cmp -s a.norm b.norm && [ -s a.norm ] || { echo "  $f differs"; ok=1; }
    done
    feed_state "$1" >a.feeds
    feed_state "$2" >b.feeds
    cmp -s a.feeds b.feeds && [ -s a.feeds ] || { echo "  feed state differs"; diff a.feeds b.feeds | head -5; ok=1; }
    return $ok
}

wdb=$(pg_url watched)
watch watched.db wl --rounds 2 --feeds feeds.txt
check "watch into SQLite: exit 0" test $? -eq 0
watch "$wdb" wp --rounds 2 --feeds feeds.txt
check "watch into PostgreSQL: exit 0" test $? -eq 0
check "watch into PostgreSQL: round 2 asks with the validators (304)" \
    grep -q "0 fetched, 2 not modified" wp.err
check "watch into PostgreSQL: the totals of SQLite's run" \
    test "$(grep -o 'after 2 rounds: [0-9]* documents' wp.err)" = \
         "$(grep -o 'after 2 rounds: [0-9]* documents' wl.err)"
check "watch: some documents stored" \
    test "$(pg_sql watched 'select count(*) from documents')" -gt 0
check "watch: SQLite and PostgreSQL hold the same store and feed state" \
    same_store watched.db "$wdb"

printf '%s\n' "$NEWS2" >"$W/news.xml" # the feed changes
"$DYAD_BIN" ingest --db watched.db --host-interval 0 --no-progress \
    --feeds feeds.txt 2>il.err
"$DYAD_BIN" ingest --db "$wdb" --host-interval 0 --no-progress \
    --feeds feeds.txt 2>ip.err
check "ingest --feeds into PostgreSQL: exactly the new items" \
    grep -q "2 new documents, 2 items seen before" ip.err
check "ingest --feeds: the same store and feed state again" \
    same_store watched.db "$wdb"
# the comparison sees a difference in the feed state
pg_sql watched "UPDATE feeds SET items = items + 1 WHERE url = '$BASE/news.xml'" >/dev/null
check "a changed feed state fails the comparison" \
    eval '! same_store watched.db "$wdb" >/dev/null'

# ---- a store of schema 1 (before the feed tables)
old=$(pg_url old)
head -n 50 corpus.jsonl >old.jsonl
"$DYAD_BIN" ingest -q --db "$old" old.jsonl
pg_sql old "DROP TABLE feed_items; DROP TABLE feeds; DROP TABLE dyad_counts; UPDATE dyad_meta SET value = '1' WHERE name = 'schema'" >/dev/null
serve old "$old"
http "$PORT" /api/v1/status >old.out
check "a schema-1 store is served as it is" test "$(head -n 1 old.out)" = 200
check "... its status counted from the tables" \
    grep -q "\"documents\":$(pg_sql old "select count(*) from documents")," old.out
check "... and not migrated by a reader" \
    test "$(pg_sql old "select value from dyad_meta where name='schema'")" = 1
printf '%s\n' "$(cat news1.xml)" >"$W/news.xml"
"$DYAD_BIN" ingest --db "$old" --host-interval 0 --no-progress \
    "$BASE/news.xml" 2>old.err
check "a writer migrates it to schema 3 and stores the feed" \
    test "$(pg_sql old "select value from dyad_meta where name='schema'")" = 3
check "... its row counts counted once, then kept" test \
    "$(pg_sql old "select sum(documents), sum(mentions) from dyad_counts")" = \
    "$(pg_sql old "select (select count(*) from documents), (select count(*) from mentions)")"
check "... with its feed state" \
    test "$(pg_sql old "select count(*) from feed_items")" -gt 0

stop_all
th_finish
