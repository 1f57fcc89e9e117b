#!/usr/bin/env bash
# crash_bulk.sh - kill -9 at random points of `dyad ingest --bulk` (large
# batches, a commit a minute at the least; seeded, so a failure
# reproduces), each on a fresh database: the kill loses the open batch and
# nothing else, so what is committed is whole batches and passes PRAGMA
# integrity_check; a rerun (bulk again) ends with the store of one
# uninterrupted run: every document once, the same events and mentions,
# merged counts that agree, a complete full-text index.
set -u
: "${DYAD_BIN:?}" "${DYAD_TEST_LEXB:?}" "${DYAD_SOURCE_DIR:?}"
export DYAD_LEXICON="$DYAD_TEST_LEXB"
. "$DYAD_SOURCE_DIR/tests/lib.sh"
th_tmpdir crashbulk

N=8000
python3 "$DYAD_SOURCE_DIR/tests/fixtures/shelling_corpus.py" "$T/corpus.jsonl" "$N"
"$DYAD_BIN" ingest -q --batch 100 --db "$T/ref.db" "$T/corpus.jsonl"
ref_ev=$(q "$T/ref.db" "select count(*) from events")
ref_men=$(q "$T/ref.db" "select count(*) from mentions")
RANDOM=20261204
B=1500
t0=$(date +%s%N)
"$DYAD_BIN" ingest -q --bulk --batch $B --db "$T/bulk.db" "$T/corpus.jsonl"
bulk_ms=$((($(date +%s%N) - t0) / 1000000))
check "bulk reference run: the events of a run in batches of 100" test "$(q "$T/bulk.db" "select count(*) from events")" -eq "$ref_ev"
bspan=$((bulk_ms * 9 / 10))
[ $bspan -lt 50 ] && bspan=50
echo "  bulk reference run: ${bulk_ms} ms; kills between 10 and $((10 + bspan)) ms"
# schema 16: every document's key once in doc_keys or doc_keys_recent,
# with its row's seq, and nothing else (0 when so)
keys_off="select (select count(*) from doc_keys) + (select count(*) from doc_keys_recent) - (select count(*) from documents) + (select count(*) from (select k, seq from doc_keys union all select k, seq from doc_keys_recent) c left join documents d on d.rowid = c.seq and d.id = c.k where d.id is null)"
for trial in $(seq 1 5); do
    db="$T/kill$trial.db"
    ms=$((10 + RANDOM % bspan))
    "$DYAD_BIN" ingest -q --bulk --batch $B --db "$db" "$T/corpus.jsonl" &
    pid=$!
    sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    ic=$(q "$db" "pragma integrity_check" 2>&1)
    check "bulk trial $trial (kill after ${ms} ms): integrity_check ($ic)" test "$ic" = "ok"
    docs=0
    if [ "$(q "$db" "select count(*) from sqlite_master where name = 'documents'")" -ne 0 ]; then
        docs=$(q "$db" "select count(*) from documents")
        check "bulk trial $trial: the documents' keys agree with the rows" test "$(q "$db" "$keys_off")" -eq 0
    fi
    check "bulk trial $trial: whole batches committed ($docs)" test $((docs % B)) -eq 0 -o "$docs" -eq $N
    check "bulk trial $trial: row counts of the committed batches" test "$(q "$db" "select documents || ' ' || mentions from row_counts" 2>/dev/null || echo 0 0)" = "$docs $(q "$db" "select count(*) from mentions" 2>/dev/null || echo 0)"
    echo "  bulk trial $trial: killed after ${ms} ms with $docs of $N documents committed"
    "$DYAD_BIN" ingest -q --bulk --batch $B --db "$db" "$T/corpus.jsonl"
    check "bulk trial $trial: rerun exit 0" test $? -eq 0
    check "bulk trial $trial: rerun integrity" test "$(q "$db" "pragma integrity_check")" = "ok"
    check "bulk trial $trial: every document exactly once" test "$(q "$db" "select count(*) || ' ' || count(distinct id) from documents")" = "$N $N"
    check "bulk trial $trial: rerun: the documents' keys agree with the rows" test "$(q "$db" "$keys_off")" -eq 0
    check "bulk trial $trial: same events as one run" test "$(q "$db" "select count(*) from events")" -eq "$ref_ev"
    check "bulk trial $trial: same mentions as one run" test "$(q "$db" "select count(*) from mentions")" -eq "$ref_men"
    check "bulk trial $trial: merged counts agree with the mentions" test "$(q "$db" "select count(*) from events e where num_mentions <> (select count(*) from mentions m where m.event_id=e.id)")" -eq 0
    check "bulk trial $trial: full-text index complete" test "$(q "$db" "select count(*) from sentences_fts where sentences_fts match 'shelled'")" -eq "$(q "$db" "select count(*) from sentences where text like '%shelled%'")"
    rm -f "$db" "$db-wal" "$db-shm"
done
th_finish
