#!/usr/bin/env bash
# pg.sh - the PostgreSQL store against a real, throwaway PostgreSQL server
# (tests/pg_server.sh: initdb, a unix socket in a temp dir, stopped at the
# end; nothing mocked):
#  - the news corpus ingested into SQLite and into PostgreSQL gives the
#    same export, row for row, in every format, and the same answers to
#    filtered queries;
#  - 4 `dyad ingest` processes writing one store at once, one shard each,
#    store every document once, and the store is exactly that of one
#    process ingesting the documents in the order the store committed
#    them (replayed into SQLite, the exports are equal);
#  - a worker killed (kill -9) mid-ingest, then run again, a server
#    restarted under an ingest, and an ingest whose sessions the server
#    ended (a lost connection), each run again: nothing lost,
#    nothing doubled, the same events as one uninterrupted run in commit
#    order;
#  - the row counts the writers keep (dyad_counts) are those of the
#    tables after each of these, and after 2 workers replace documents;
#  - a database that is not a dyad store is refused (serve and feeds on
#    PostgreSQL: tests/cli/pg_serve.sh).
# Env: DYAD_BIN, DYAD_TEST_LEXB, DYAD_SOURCE_DIR, DYAD_SHARED_DIR (the
# corpus; without it a generated one stands in), DYAD_REQUIRE_PG.
set -u
: "${DYAD_BIN:?}" "${DYAD_TEST_LEXB:?}" "${DYAD_SOURCE_DIR:?}"
export DYAD_LEXICON="$DYAD_TEST_LEXB"
. "$DYAD_SOURCE_DIR/tests/lib.sh"
. "$DYAD_SOURCE_DIR/tests/pg_server.sh"
th_tmpdir pg
pg_start || exit 1
cd "$T" || exit 1
cmp_py="$DYAD_SOURCE_DIR/tests/pg_compare.py"

news="${DYAD_SHARED_DIR:-/nonexistent}/corpus/news.jsonl"
if [ -r "$news" ]; then
    cp "$news" corpus.jsonl
else
    python3 "$DYAD_SOURCE_DIR/tests/fixtures/shelling_corpus.py" corpus.jsonl 6000
fi
ndocs=$(wc -l <corpus.jsonl)
head -n 3000 corpus.jsonl >part.jsonl

# same_exports A B WHAT: every export format of stores A and B is the same
# (coding times aside)
same_exports() {
    local f ok=0
    for f in jsonl tsv csv gdelt gdelt-mentions geojson acled events; do
        "$DYAD_BIN" export --db "$1" --format "$f" >a.out 2>a.err
        "$DYAD_BIN" export --db "$2" --format "$f" >b.out 2>b.err
        python3 "$cmp_py" norm "$f" a.out >a.norm
        python3 "$cmp_py" norm "$f" b.out >b.norm
        if ! cmp -s a.norm b.norm || [ ! -s a.norm ]; then
            echo "  $3: $f exports differ:"
            diff a.norm b.norm | head -5
            ok=1
        fi
    done
    return $ok
}

# same_events A B: the same events with the same reports, whatever their
# ids (writers at once number events in the order they insert them, not
# the order they commit)
same_events() {
    "$DYAD_BIN" export --db "$1" --format jsonl --status all >a.jsonl 2>/dev/null
    "$DYAD_BIN" export --db "$2" --format jsonl --status all >b.jsonl 2>/dev/null
    python3 "$cmp_py" events a.jsonl >a.ev
    python3 "$cmp_py" events b.jsonl >b.ev
    [ -s a.ev ] && cmp -s a.ev b.ev
}

# same_queries A B: the same answers to filtered queries
same_queries() {
    local args ok=0
    while IFS= read -r args; do
        # shellcheck disable=SC2086
        "$DYAD_BIN" query --db "$1" $args --format jsonl >a.q 2>a.qerr
        # shellcheck disable=SC2086
        "$DYAD_BIN" query --db "$2" $args --format jsonl >b.q 2>b.qerr
        if ! cmp -s a.q b.q || ! cmp -s a.qerr b.qerr; then
            echo "  query $args differs"; diff a.q b.q | head -3; ok=1
        fi
    done <<'EOF'
--cameo 19 --limit 10
--text ceasefire
--text police fired
--actor IND --from 2002-03-01 --to 2002-03-31
--dyad USA,IRQ
--country IND --status all
--quad 4 --min-mentions 2
--publisher ipe --limit 5
--plover ASSAULT --status denied,hypothetical
--bbox 60,5,100,40 --limit 20
EOF
    return $ok
}

# counts_kept NAME: the row counts the writers kept (dyad_counts, schema
# 3) are those of the tables
counts_kept() {
    local t kept n ok=0
    for t in documents sentences events mentions actors; do
        kept=$(pg_sql "$1" "select coalesce(sum($t), 0) from dyad_counts")
        n=$(pg_sql "$1" "select count(*) from $t")
        if [ "$kept" != "$n" ]; then
            echo "  $1: dyad_counts.$t is $kept, the table holds $n"; ok=1
        fi
    done
    return $ok
}

# ---- one process: SQLite and PostgreSQL give the same store
"$DYAD_BIN" ingest -q --db sqlite.db corpus.jsonl
check "SQLite ingest of the corpus" test $? -eq 0
one=$(pg_url one)
"$DYAD_BIN" ingest --db "$one" corpus.jsonl 2>one.err
check "PostgreSQL ingest of the corpus exits 0" test $? -eq 0
check "the summary names the URL" grep -q "postgresql://dyad@/one" one.err
check "PostgreSQL holds every document ($ndocs)" \
    test "$(pg_sql one 'select count(*) from documents')" -eq "$ndocs"
check "SQLite and PostgreSQL: the same exports" \
    same_exports sqlite.db "$one" "sqlite/pg"
check "SQLite and PostgreSQL: the same query answers" \
    same_queries sqlite.db "$one"
"$DYAD_BIN" show --db sqlite.db --format jsonl --limit 500 >s.show
"$DYAD_BIN" show --db "$one" --format jsonl --limit 500 >p.show
check "show: the same stored reports" cmp -s s.show p.show
"$DYAD_BIN" ingest --db "$one" corpus.jsonl 2>again.err
check "a rerun skips every document" \
    grep -q "$ndocs already stored (skipped)" again.err
check "schema version recorded" \
    test "$(pg_sql one "select value from dyad_meta where name='schema'")" = 3
check "row counts kept" counts_kept one
check "row counts: those of SQLite" test \
    "$(pg_sql one "select sum(documents), sum(sentences), sum(events), \
       sum(mentions), sum(actors) from dyad_counts" | tr '|' ' ')" = \
    "$(q sqlite.db "select documents, sentences, events, mentions, actors \
       from row_counts" | tr '|' ' ')"

# ---- 4 workers at once, one shard each (4,000 documents)
head -n 4000 corpus.jsonl >four.jsonl
nfour=$(wc -l <four.jsonl)
python3 "$cmp_py" shard four.jsonl 4 .
four=$(pg_url four)
pids=()
for i in 1 2 3 4; do
    "$DYAD_BIN" ingest -q --db "$four" "shard-$i.jsonl" 2>"w$i.err" &
    pids+=($!)
done
rcs=0
for p in "${pids[@]}"; do wait "$p" || rcs=$((rcs + 1)); done
check "4 concurrent workers exit 0" test $rcs -eq 0
check "4 workers: every document once ($nfour)" \
    test "$(pg_sql four 'select count(*) from documents')" -eq "$nfour"
pg_sql four "select id from documents order by seq" >four.ids
python3 "$cmp_py" reorder four.jsonl four.ids four.replay.jsonl
"$DYAD_BIN" ingest -q --db four.db four.replay.jsonl
check "4 workers: the store of one process in commit order" \
    same_events four.db "$four"
check "4 workers: merged counts agree with the mentions" test "$(pg_sql four \
    "select count(*) from events e where num_mentions <> (select count(*) \
     from mentions m where m.event_id = e.id)")" -eq 0
check "4 workers: row counts kept" counts_kept four
# 300 of them replaced by other texts (--replace: their rows deleted, the
# new ones stored), by 2 workers at once
python3 - four.jsonl >changed.jsonl <<'PY'
import json, sys
for i, line in enumerate(open(sys.argv[1])):
    if i % 13 == 0:
        d = json.loads(line)
        d["text"] = "Police fired on protesters in Delhi on Monday. " + d["text"]
        print(json.dumps(d))
PY
head -n 150 changed.jsonl >changed-1.jsonl
tail -n +151 changed.jsonl >changed-2.jsonl
"$DYAD_BIN" ingest -q --replace --db "$four" changed-1.jsonl &
p1=$!
"$DYAD_BIN" ingest -q --replace --db "$four" changed-2.jsonl
rc=$?
wait "$p1"
check "replaced by 2 workers: exit 0" test $? -eq 0 -a $rc -eq 0
check "replaced: every document once ($nfour)" \
    test "$(pg_sql four 'select count(*) from documents')" -eq "$nfour"
check "replaced: row counts kept" counts_kept four
python3 "$cmp_py" shard part.jsonl 4 .

# wait_docs DB N TRIES: until store DB holds N documents (0.05 s a try)
wait_docs() {
    local n
    for _ in $(seq 1 "$3"); do
        n=$(pg_sql "$1" "select count(*) from documents" 2>/dev/null)
        [ "${n:-0}" -ge "$2" ] && return 0
        sleep 0.05
    done
}

# ---- a worker killed mid-ingest, then run again
kill_url=$(pg_url killed)
pids=()
for i in 1 2 3 4; do
    "$DYAD_BIN" ingest -q --db "$kill_url" "shard-$i.jsonl" 2>"k$i.err" &
    pids+=($!)
done
# kill worker 2 once the workers have stored some documents
wait_docs killed 200 400
kill -9 "${pids[1]}"
for p in "${pids[@]}"; do wait "$p"; done
stored=$(pg_sql killed "select count(*) from documents")
check "killed worker: some documents stored, not all ($stored)" \
    test "$stored" -lt "$(wc -l <part.jsonl)"
"$DYAD_BIN" ingest -q --db "$kill_url" shard-2.jsonl
check "killed worker: the rerun exits 0" test $? -eq 0
check "killed worker: every document once after the rerun" \
    test "$(pg_sql killed 'select count(*) from documents')" -eq \
    "$(wc -l <part.jsonl)"
pg_sql killed "select id from documents order by seq" >killed.ids
python3 "$cmp_py" reorder part.jsonl killed.ids killed.replay.jsonl
"$DYAD_BIN" ingest -q --db killed.db killed.replay.jsonl
check "killed worker: the events of one uninterrupted run" \
    same_events killed.db "$kill_url"
check "killed worker: row counts kept" counts_kept killed
check "killed worker: no mention twice" test "$(pg_sql killed \
    "select count(*) from (select doc_id, sentence, event_id from mentions \
     group by 1, 2, 3 having count(*) > 1) d")" -eq 0

# ---- the server restarted under an ingest
rs_url=$(pg_url restarted)
"$DYAD_BIN" ingest -q --db "$rs_url" part.jsonl 2>rs.err &
pid=$!
wait_docs restarted 50 200
pg_restart
wait "$pid"
rc=$?
check "restart: the ingest stops with exit 3 (got $rc)" test $rc -eq 3
check "restart: it says what failed" grep -q "cannot store document" rs.err
"$DYAD_BIN" ingest -q --db "$rs_url" part.jsonl
check "restart: the rerun exits 0" test $? -eq 0
check "restart: every document once" \
    test "$(pg_sql restarted 'select count(*) from documents')" -eq \
    "$(wc -l <part.jsonl)"
pg_sql restarted "select id from documents order by seq" >rs.ids
python3 "$cmp_py" reorder part.jsonl rs.ids rs.replay.jsonl
"$DYAD_BIN" ingest -q --db rs.db rs.replay.jsonl
check "restart: the events of one uninterrupted run" same_events rs.db "$rs_url"
check "restart: row counts kept" counts_kept restarted

# ---- a lost connection: the server ends the ingest's sessions
# (pg_terminate_backend, as a network failure or an administrator would)
# mid-ingest; the ingest stops, and a rerun stores the rest
lost_url=$(pg_url lost)
"$DYAD_BIN" ingest -q --db "$lost_url" part.jsonl 2>lost.err &
pid=$!
wait_docs lost 50 200
ended=$(pg_sql postgres "select count(pg_terminate_backend(pid)) from \
    pg_stat_activity where datname = 'lost' and pid <> pg_backend_pid()")
wait "$pid"
rc=$?
check "lost connection: a session was ended ($ended)" test "${ended:-0}" -ge 1
check "lost connection: the ingest stops with exit 3 (got $rc)" \
    test $rc -eq 3
check "lost connection: it says what failed" \
    grep -q "cannot store document\|cannot look up document" lost.err
check "lost connection: every message is dyad's (no bare libpq notice)" \
    test "$(grep -c '^FATAL' lost.err)" -eq 0
stored=$(pg_sql lost "select count(*) from documents")
check "lost connection: some documents stored, not all ($stored)" \
    test "$stored" -lt "$(wc -l <part.jsonl)"
"$DYAD_BIN" ingest -q --db "$lost_url" part.jsonl 2>lost2.err
check "lost connection: the rerun exits 0" test $? -eq 0
check "lost connection: every document once" \
    test "$(pg_sql lost 'select count(*) from documents')" -eq \
    "$(wc -l <part.jsonl)"
check "lost connection: no mention twice" test "$(pg_sql lost \
    "select count(*) from (select doc_id, sentence, event_id from mentions \
     group by 1, 2, 3 having count(*) > 1) d")" -eq 0
pg_sql lost "select id from documents order by seq" >lost.ids
python3 "$cmp_py" reorder part.jsonl lost.ids lost.replay.jsonl
"$DYAD_BIN" ingest -q --db lost.db lost.replay.jsonl
check "lost connection: the events of one uninterrupted run" \
    same_events lost.db "$lost_url"
check "lost connection: row counts kept" counts_kept lost

# ---- stats and plots: the same numbers and charts
same_stats() {
    local args ok=0 k
    while IFS= read -r args; do
        # shellcheck disable=SC2086
        "$DYAD_BIN" stats --db "$1" $args >a.st 2>a.ste
        # shellcheck disable=SC2086
        "$DYAD_BIN" stats --db "$2" $args >b.st 2>b.ste
        if ! cmp -s a.st b.st || ! cmp -s a.ste b.ste || [ ! -s a.st ]; then
            echo "  stats $args differs"; diff a.st b.st | head -3; ok=1
        fi
    done <<'EOF'
--format json
--by week --format csv
--by day --top-dyads 10 --top-actors 10
--by year --explain
--by month --cameo 19 --explain --format json
--actor IND --top-actors 5 --status all
--text ceasefire
EOF
    for k in timeline dyads; do
        "$DYAD_BIN" plot --db "$1" --kind $k -o "a_$k.svg" 2>/dev/null
        "$DYAD_BIN" plot --db "$2" --kind $k -o "b_$k.svg" 2>/dev/null
        if ! cmp -s "a_$k.svg" "b_$k.svg" || [ ! -s "a_$k.svg" ]; then
            echo "  plot --kind $k differs"; ok=1
        fi
    done
    return $ok
}
check "SQLite and PostgreSQL: the same stats and charts" \
    same_stats sqlite.db "$one"

# ---- what a PostgreSQL store refuses, clearly (serve and feeds:
# tests/cli/pg_serve.sh)
empty=$(pg_url empty)
"$DYAD_BIN" export --db "$empty" 2>e.err
check "export of an empty database: exit 3" test $? -eq 3
check "export of an empty database: not a dyad store" \
    grep -q "not a dyad store: an empty database" e.err
check "export of an empty database: nothing created" \
    test "$(pg_sql empty "select count(*) from pg_tables where schemaname='public'")" -eq 0
other=$(pg_url other)
pg_sql other "create table events (x int)"
"$DYAD_BIN" ingest --db "$other" part.jsonl 2>o.err
check "ingest into another program's database: exit 3" test $? -eq 3
check "ingest into another program's database: refused" \
    grep -q "tables that are not dyad's" o.err
"$DYAD_BIN" export --db "postgresql://dyad@/nosuchdb?host=$PG_SOCK" 2>n.err
check "a database that does not exist: exit 3, cannot connect" \
    grep -q "cannot connect" n.err
check "the password is never printed" sh -c \
    "! '$DYAD_BIN' export --db 'postgresql://dyad:s3cret@/nosuchdb?host=$PG_SOCK' 2>&1 | grep -q s3cret"

th_finish
