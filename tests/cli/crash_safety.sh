#!/usr/bin/env bash
# crash_safety.sh - 20 kill -9 trials at random points of an ingest (seeded,
# so a failure reproduces), each on a fresh database: after the kill it
# passes PRAGMA integrity_check with no document twice; a rerun stores every
# document exactly once, with the same events and mentions as one
# uninterrupted run, no mention twice, merged counts that agree with the
# mentions and a complete full-text index. (tests/cli/store.sh kills one
# database several times in a row; tests/cli/crash_bulk.sh kills
# `ingest --bulk`.)
set -u
: "${DYAD_BIN:?}" "${DYAD_TEST_LEXB:?}" "${DYAD_SOURCE_DIR:?}"
export DYAD_LEXICON="$DYAD_TEST_LEXB"
. "$DYAD_SOURCE_DIR/tests/lib.sh"
th_tmpdir crash

N=8000
python3 "$DYAD_SOURCE_DIR/tests/fixtures/shelling_corpus.py" "$T/corpus.jsonl" "$N"

t0=$(date +%s%N)
"$DYAD_BIN" ingest -q --batch 100 --db "$T/ref.db" "$T/corpus.jsonl"
ref_ms=$((($(date +%s%N) - t0) / 1000000))
# kill points spread over the whole ingest, whatever the build's speed
span=$((ref_ms * 9 / 10))
[ $span -lt 50 ] && span=50
echo "  reference run: ${ref_ms} ms; kills between 10 and $((10 + span)) ms"
ref_ev=$(q "$T/ref.db" "select count(*) from events")
ref_men=$(q "$T/ref.db" "select count(*) from mentions")
check "reference run stores all $N documents" test "$(q "$T/ref.db" "select count(*) from documents")" -eq $N

# schema 16: every document's key once in doc_keys or doc_keys_recent,
# with its row's seq, and nothing else (0 when so)
keys_off="select (select count(*) from doc_keys) + (select count(*) from doc_keys_recent) - (select count(*) from documents) + (select count(*) from (select k, seq from doc_keys union all select k, seq from doc_keys_recent) c left join documents d on d.rowid = c.seq and d.id = c.k where d.id is null)"

RANDOM=20261126
for trial in $(seq 1 20); do
    db="$T/kill$trial.db"
    ms=$((10 + RANDOM % span))
    "$DYAD_BIN" ingest -q --batch 100 --db "$db" "$T/corpus.jsonl" &
    pid=$!
    sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    ic=$(q "$db" "pragma integrity_check" 2>&1)
    check "trial $trial (kill after ${ms} ms): integrity_check ($ic)" test "$ic" = "ok"
    # a kill before the schema's first commit leaves no documents table
    if [ "$(q "$db" "select count(*) from sqlite_master where name = 'documents'")" -eq 0 ]; then
        docs=0
    else
        docs=$(q "$db" "select count(*) from documents")
        check "trial $trial: no document twice" test "$(q "$db" "select count(*) - count(distinct id) from documents")" -eq 0
        check "trial $trial: the documents' keys agree with the rows" test "$(q "$db" "$keys_off")" -eq 0
    fi
    echo "  trial $trial: killed after ${ms} ms with $docs of $N documents committed"
    "$DYAD_BIN" ingest -q --db "$db" "$T/corpus.jsonl"
    check "trial $trial: rerun exit 0" test $? -eq 0
    check "trial $trial: rerun integrity" test "$(q "$db" "pragma integrity_check")" = "ok"
    check "trial $trial: every document exactly once" test "$(q "$db" "select count(*) from documents")" -eq $N
    check "trial $trial: rerun: the documents' keys agree with the rows" test "$(q "$db" "$keys_off")" -eq 0
    check "trial $trial: same events as one run" test "$(q "$db" "select count(*) from events")" -eq "$ref_ev"
    check "trial $trial: same mentions as one run" test "$(q "$db" "select count(*) from mentions")" -eq "$ref_men"
    check "trial $trial: no mention twice" test "$(q "$db" "select count(*) from (select doc_id, sentence, event_id from mentions group by 1,2,3 having count(*)>1)")" -eq 0
    check "trial $trial: merged counts agree with the mentions" test "$(q "$db" "select count(*) from events e where num_mentions <> (select count(*) from mentions m where m.event_id=e.id)")" -eq 0
    check "trial $trial: full-text index complete" test "$(q "$db" "select count(*) from sentences_fts where sentences_fts match 'shelled'")" -eq "$(q "$db" "select count(*) from sentences where text like '%shelled%'")"
    rm -f "$db" "$db-wal" "$db-shm"
done

th_finish
