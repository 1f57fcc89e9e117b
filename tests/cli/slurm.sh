#!/usr/bin/env bash
# slurm.sh - the documented way to code a corpus on a cluster, on a real
# single-node Slurm (tests/slurm_cluster.sh: munged, slurmctld, slurmd)
# and a real PostgreSQL server (tests/pg_server.sh), nothing mocked:
#  - contrib/slurm/dyad-array.sbatch as a 4-task array over 4 shards of
#    the corpus into one PostgreSQL store: every task succeeds, every
#    document is stored once, and the store is that of one process
#    storing the documents in the order the store committed them;
#  - a task killed mid-ingest, then run again alone (sbatch --array=3):
#    nothing lost, nothing doubled, the same store as above.
# Env: DYAD_BIN, DYAD_TEST_LEXB, DYAD_SOURCE_DIR, DYAD_SHARED_DIR,
# DYAD_REQUIRE_PG, DYAD_REQUIRE_SLURM.
set -u
: "${DYAD_BIN:?}" "${DYAD_TEST_LEXB:?}" "${DYAD_SOURCE_DIR:?}"
export DYAD_LEXICON="$DYAD_TEST_LEXB" DYAD="$DYAD_BIN"
. "$DYAD_SOURCE_DIR/tests/lib.sh"
. "$DYAD_SOURCE_DIR/tests/pg_server.sh"
. "$DYAD_SOURCE_DIR/tests/slurm_cluster.sh"
th_tmpdir slurm
pg_start || exit 1
slurm_start || exit 1
cd "$T" || exit 1
cmp_py="$DYAD_SOURCE_DIR/tests/pg_compare.py"
job="$DYAD_SOURCE_DIR/contrib/slurm/dyad-array.sbatch"

news="${DYAD_SHARED_DIR:-/nonexistent}/corpus/news.jsonl"
if [ -r "$news" ]; then
    head -n 4000 "$news" >corpus.jsonl
else
    python3 "$DYAD_SOURCE_DIR/tests/fixtures/shelling_corpus.py" corpus.jsonl 4000
fi
ndocs=$(wc -l <corpus.jsonl)
python3 "$cmp_py" shard corpus.jsonl 4 .
ls "$T"/shard-*.jsonl >shards.txt

# same_events A B: the same events and reports, whatever their ids
same_events() {
    "$DYAD_BIN" export --db "$1" --format jsonl --status all >a.jsonl 2>/dev/null
    "$DYAD_BIN" export --db "$2" --format jsonl --status all >b.jsonl 2>/dev/null
    python3 "$cmp_py" events a.jsonl >a.ev
    python3 "$cmp_py" events b.jsonl >b.ev
    [ -s a.ev ] && cmp -s a.ev b.ev
}

# replays the commit order of store NAME into SQLite FILE
replay() {
    pg_sql "$1" "select id from documents order by seq" >"$1.ids"
    python3 "$cmp_py" reorder corpus.jsonl "$1.ids" "$1.replay.jsonl"
    "$DYAD_BIN" ingest -q --db "$2" "$1.replay.jsonl"
}

# ---- the 4-task array
url=$(pg_url stored)
sbatch --wait -c 1 --array=1-4 -o "$T/task-%a.log" "$job" "$url" shards.txt -q \
    >submit.out 2>&1
check "sbatch --wait: all 4 tasks succeed" test $? -eq 0
for i in 1 2 3 4; do
    check "task $i names its shard" grep -q "task $i of job .*shard-$i.jsonl" \
        "task-$i.log"
done
check "every document stored once ($ndocs)" \
    test "$(pg_sql stored 'select count(*) from documents')" -eq "$ndocs"
replay stored stored.db
check "the store of one process in commit order" same_events stored.db "$url"

# ---- a task killed mid-ingest, then run again alone (-c 1: the four
# tasks run at once on the node's 4 CPUs)
url2=$(pg_url again)
sbatch --parsable -c 1 --array=1-4 -o "$T/again-%a.log" "$job" "$url2" \
    shards.txt -q >jobid 2>&1
jobid=$(cut -d';' -f1 jobid)
# the ids of shard 3, to see it stored in part
python3 -c 'import json, sys
print("{" + ",".join(json.dumps(json.loads(l)["id"]) for l in open(sys.argv[1])) + "}")' \
    shard-3.jsonl >shard-3.ids
of3="select count(*) from documents where id = any('$(cat shard-3.ids)')"
for _ in $(seq 1 600); do
    n=$(pg_sql again "$of3" 2>/dev/null)
    [ "${n:-0}" -ge 50 ] && break
    sleep 0.05
done
scancel --signal=KILL "${jobid}_3"
for _ in $(seq 1 600); do # the other tasks finish
    [ -z "$(squeue -h -j "$jobid" 2>/dev/null)" ] && break
    sleep 0.2
done
check "task 3 was killed with part of its shard stored" \
    test "$(pg_sql again "$of3")" -lt "$(wc -l <shard-3.jsonl)"
stored=$(pg_sql again "select count(*) from documents")
check "cancelled task: some documents missing ($stored of $ndocs)" \
    test "$stored" -lt "$ndocs"
sbatch --wait --array=3 -o "$T/rerun-%a.log" "$job" "$url2" shards.txt \
    >rerun.out 2>&1
check "the rerun of task 3 succeeds" test $? -eq 0
check "after the rerun every document is stored once" \
    test "$(pg_sql again 'select count(*) from documents')" -eq "$ndocs"
replay again again.db
check "after the rerun: the store of one process in commit order" \
    same_events again.db "$url2"
check "the rerun skipped what task 3 had stored" \
    grep -Eq "[1-9][0-9]* already stored \(skipped\)" rerun-3.log

th_finish
