#!/usr/bin/env bash
# pg_migrate.sh - PostgreSQL schema 4 (events partitioned by month) on a
# real, throwaway server (tests/pg_server.sh; nothing mocked):
#  - a schema-1 store (tests/fixtures/pg_schema1.sql, made by the last
#    dyad of schema 1) is migrated to 4 when first opened for writing, by
#    two processes at once (a reader before them reads it as it is): every
#    row of every table kept, each event in the partition of
#    its month, each mention carrying its event's month, and its exports
#    equal to SQLite's of the same documents in every format;
#  - a migration that fails is rolled back whole: the store stays at
#    schema 1 with every row, and the message names what failed;
#  - ingest creates the partition of a new month, and a query with a day
#    filter reads only the partitions of its months (the server's own
#    plans, auto_explain).
# Env: DYAD_BIN, DYAD_TEST_LEXB, DYAD_SOURCE_DIR, DYAD_REQUIRE_PG.
set -u
: "${DYAD_BIN:?}" "${DYAD_TEST_LEXB:?}" "${DYAD_SOURCE_DIR:?}"
export DYAD_LEXICON="$DYAD_TEST_LEXB"
. "$DYAD_SOURCE_DIR/tests/lib.sh"
. "$DYAD_SOURCE_DIR/tests/pg_server.sh"
th_tmpdir pgmig
pg_start || exit 1
cd "$T" || exit 1
fix="$DYAD_SOURCE_DIR/tests/fixtures"
cmp_py="$DYAD_SOURCE_DIR/tests/pg_compare.py"
python3 "$fix/months_corpus.py" months.jsonl
"$DYAD_BIN" ingest -q --db sqlite.db months.jsonl
check "SQLite ingest of the months corpus" test $? -eq 0

# a schema-1 store in database $1
load_v1() {
    pg_url "$1" >/dev/null &&
        "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCK" -U dyad \
            -d "$1" -f "$fix/pg_schema1.sql" >/dev/null
}

# rows DB: every table's row count and digest, the columns schema 4 adds
# (events.month, mentions.event_month) left out
rows() {
    local t
    for t in documents sentences events mentions actors near_sigs \
        near_bands dyad_meta; do
        echo "$t $(pg_sql "$1" "select count(*), md5(string_agg(j, '|' \
            order by j)) from (select (to_jsonb(t) - 'month' - \
            'event_month')::text j from $t t where '$t' <> 'dyad_meta' \
            or to_jsonb(t)->>'name' <> 'schema') x")"
    done
}

schema() { pg_sql "$1" "select value from dyad_meta where name='schema'"; }

# same_exports A B: every export format of stores A and B is the same
same_exports() {
    local f ok=0
    for f in jsonl tsv csv gdelt gdelt-mentions geojson acled events; do
        "$DYAD_BIN" export --db "$1" --format "$f" --status all >a.out 2>a.err
        "$DYAD_BIN" export --db "$2" --format "$f" --status all >b.out 2>b.err
        python3 "$cmp_py" norm "$f" a.out >a.norm
        python3 "$cmp_py" norm "$f" b.out >b.norm
        if ! cmp -s a.norm b.norm || [ ! -s a.norm ]; then
            echo "  $f exports differ:"; diff a.norm b.norm | head -5; ok=1
        fi
    done
    return $ok
}

# ---- a schema-1 store, read as it is, then migrated by two writers at once
load_v1 v1
check "the fixture is a schema-1 store" test "$(schema v1)" = 1
check "the fixture holds the corpus (63 documents)" \
    test "$(pg_sql v1 'select count(*) from documents')" -eq 63
rows v1 >before.rows
v1="postgresql://dyad@/v1?host=$PG_SOCK"
"$DYAD_BIN" export --db "$v1" --format jsonl --status all >m1.jsonl 2>m1.err
check "an export of the schema-1 store exits 0" test $? -eq 0
check "a reader leaves it at schema 1" test "$(schema v1)" = 1
"$DYAD_BIN" ingest -q --db "$v1" months.jsonl 2>w1.err &
p1=$!
"$DYAD_BIN" ingest -q --db "$v1" months.jsonl 2>w2.err &
p2=$!
wait "$p1"; r1=$?
wait "$p2"; r2=$?
check "two writers opening a schema-1 store at once exit 0 ($r1, $r2)" \
    test "$r1$r2" = 00
check "the store is now at schema 4" test "$(schema v1)" = 4
"$DYAD_BIN" export --db "$v1" --format jsonl --status all >m2.jsonl 2>m2.err
check "the migrated store: the same events as before" cmp -s m1.jsonl m2.jsonl
rows v1 >after.rows
check "the migration keeps every row of every table" \
    cmp -s before.rows after.rows
check "events: every event in its month's partition" test "$(pg_sql v1 \
    "select count(*) from events where month <> case when day is null \
     then 0 else to_char(date '1970-01-01' + day::int, 'YYYYMM')::int end \
     or tableoid::regclass::text <> case when day is null \
     then 'events_undated' else 'events_' || month end")" -eq 0
parts="events_202312 events_202401 events_202402 events_202403"
parts="$parts events_202405 events_undated"
check "events: five months and the undated" test "$(pg_sql v1 \
    "select string_agg(inhrelid::regclass::text, ' ' order by \
     inhrelid::regclass::text) from pg_inherits \
     where inhparent = 'events'::regclass")" = "$parts"
check "mentions: each carries its event's month" test "$(pg_sql v1 \
    "select count(*) from mentions m join events e on e.id = m.event_id \
     where e.month = m.event_month")" -eq 63
check "mentions: three reports of events of the month before" \
    test "$(pg_sql v1 "select count(*) from mentions m join documents d \
     on d.id = m.doc_id where m.event_month < \
     replace(substr(d.date, 1, 7), '-', '')::int")" -eq 3
check "the migrated store: the same exports as SQLite" \
    same_exports sqlite.db "$v1"
"$DYAD_BIN" ingest --db "$v1" months.jsonl 2>again.err
check "the migrated store: a rerun skips every document" \
    grep -q "63 already stored (skipped)" again.err

# ---- new documents after the migration: a new month's partition
cat >more.jsonl <<'EOF'
{"id": "j1", "source": "wire.example", "date": "2024-07-10", "text": "Russian forces shelled Kharkiv, killing 3 people, officials said."}
{"id": "j2", "source": "daily.example", "date": "2024-07-11", "text": "Russian forces shelled Kharkiv, killing 4 people, officials said on Thursday."}
{"id": "j3", "source": "herald.example", "date": "2024-02-01", "text": "Israeli aircraft shelled Kharkiv, killing 3 people, officials said. A school was hit."}
EOF
"$DYAD_BIN" ingest -q --db sqlite.db more.jsonl
"$DYAD_BIN" ingest -q --db "$v1" more.jsonl
check "ingest after the migration exits 0" test $? -eq 0
check "ingest created the partition of July 2024" \
    test "$(pg_sql v1 "select to_regclass('events_202407') is not null")" = t
check "after more documents: the same exports as SQLite" \
    same_exports sqlite.db "$v1"

# ---- a migration that fails is rolled back whole
load_v1 broken
pg_sql broken "create table events_202401 (x int)"
rows broken >broken.before
"$DYAD_BIN" ingest --db "postgresql://dyad@/broken?host=$PG_SOCK" \
    more.jsonl 2>broken.err
check "a failing migration: exit 3" test $? -eq 3
check "a failing migration: says so" \
    grep -q "cannot create schema" broken.err
check "a failing migration: still schema 1" test "$(schema broken)" = 1
rows broken >broken.after
check "a failing migration: every row as it was" \
    cmp -s broken.before broken.after
pg_sql broken "update dyad_meta set value = '5' where name = 'schema'"
"$DYAD_BIN" export --db "postgresql://dyad@/broken?host=$PG_SOCK" 2>newer.err
check "a newer schema is refused" \
    grep -q "store schema 5 is newer than this dyad" newer.err

# ---- a day filter reads its months' partitions only: the plans the
# server ran for dyad's query, logged by auto_explain
pg_sql postgres "alter database v1 set session_preload_libraries = \
    'auto_explain'" >/dev/null
pg_sql postgres "alter database v1 set auto_explain.log_min_duration = 0" \
    >/dev/null
from=$(wc -c <"$PG_DIR/log")
"$DYAD_BIN" query --db "$v1" --from 2024-02-01 --to 2024-02-29 \
    --format jsonl >feb.pg
"$DYAD_BIN" query --db sqlite.db --from 2024-02-01 --to 2024-02-29 \
    --format jsonl >feb.sqlite
tail -c +$((from + 1)) "$PG_DIR/log" >plans.log
check "day filter: the same answer as SQLite" cmp -s feb.pg feb.sqlite
check "day filter: the answer is not empty" test -s feb.pg
check "day filter: the plans read events_202402" \
    grep -q "on events_202402" plans.log
check "day filter: and no other month's partition, nor the undated" \
    test "$(grep -o 'on events_[a-z0-9]*' plans.log | sort -u |
        grep -vc 'events_202402')" -eq 0

th_finish
