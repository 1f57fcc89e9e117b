#!/usr/bin/env bash
# store_faults.sh - the store's own faults: a full disk in the middle of an
# ingest (simulated with a file-size limit) and a read-only database. Each
# ends with a clear error and exit 3, never a crash; what was committed
# stays intact and is a prefix of the input; the error says which documents
# were not stored; a rerun with room stores every document exactly once.
set -u
: "${DYAD_BIN:?}" "${DYAD_TEST_LEXB:?}" "${DYAD_SOURCE_DIR:?}"
export DYAD_LEXICON="$DYAD_TEST_LEXB"
. "$DYAD_SOURCE_DIR/tests/lib.sh"
th_tmpdir faults
chmod 755 "$T"

N=3000
python3 "$DYAD_SOURCE_DIR/tests/fixtures/shelling_corpus.py" "$T/corpus.jsonl" "$N"
"$DYAD_BIN" ingest -q --db "$T/ref.db" "$T/corpus.jsonl"
ref_ev=$(q "$T/ref.db" "select count(*) from events")

# --- full disk: no file may grow beyond 500 KiB (the schema and a first
# batch of 100 documents fit, schema 8 included; SIGXFSZ ignored, so the
# write fails with EFBIG as it would with ENOSPC)
db="$T/full.db"
( ulimit -f 500; trap '' XFSZ; exec "$DYAD_BIN" ingest -q --batch 100 --db "$db" "$T/corpus.jsonl" ) \
    >/dev/null 2>"$T/full.err"
rc=$?
check "full disk: exit 3 (got $rc)" test $rc -eq 3
check "full disk: the error names the database and the cause" \
    grep -q "full.db: cannot .*\(disk\|full\|I/O\|large\)" "$T/full.err"
check "full disk: the error says what was not stored" \
    grep -q "not stored: [0-9]* documents in input order from 'c[0-9]*' on" "$T/full.err"
check "full disk: integrity_check" test "$(q "$db" "pragma integrity_check")" = "ok"
docs=$(q "$db" "select count(*) from documents")
check "full disk: some but not all committed ($docs)" test "$docs" -gt 0 -a "$docs" -lt $N
check "full disk: the committed documents are a prefix of the input" \
    test "$(q "$db" "select count(*) from documents where cast(substr(id, 2) as integer) >= $docs")" -eq 0
first=$(sed -n "s/.*from 'c\([0-9]*\)' on.*/\1/p" "$T/full.err")
check "full disk: the first document not stored is the first missing one ($first vs $docs)" \
    test "${first:-x}" = "$docs"
echo "  full disk: $docs of $N documents committed; $(grep -o 'not stored: [0-9]* documents' "$T/full.err")"
"$DYAD_BIN" ingest -q --db "$db" "$T/corpus.jsonl"
check "full disk: rerun exit 0" test $? -eq 0
check "full disk: rerun stores every document exactly once" \
    test "$(q "$db" "select count(*) || ' ' || count(distinct id) from documents")" = "$N $N"
check "full disk: same events as one run" test "$(q "$db" "select count(*) from events")" -eq "$ref_ev"

# the same with --single-thread: the one thread stores with the same batch
# logic and reports the same way
db1="$T/full1.db"
( ulimit -f 500; trap '' XFSZ; exec "$DYAD_BIN" ingest -q --single-thread --batch 100 --db "$db1" "$T/corpus.jsonl" ) \
    >/dev/null 2>"$T/full1.err"
rc=$?
check "full disk, single thread: exit 3 (got $rc)" test $rc -eq 3
docs=$(q "$db1" "select count(*) from documents")
first=$(sed -n "s/.*not stored: [0-9]* documents in input order from 'c\([0-9]*\)' on.*/\1/p" "$T/full1.err")
check "full disk, single thread: names the first document not stored ($docs, c$first)" \
    test "${first:-x}" = "$docs"
check "full disk, single thread: integrity_check" test "$(q "$db1" "pragma integrity_check")" = "ok"

# --- a really full disk: a 1 MiB tmpfs (needs root and mount rights; SQLite
# then reports SQLITE_FULL)
mnt="$T/tmpfs"
mkdir -p "$mnt"
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=1m tmpfs "$mnt" 2>/dev/null; then
    "$DYAD_BIN" ingest -q --batch 100 --db "$mnt/full.db" "$T/corpus.jsonl" 2>"$T/tmpfs.err"
    rc=$?
    check "tmpfs full: exit 3 (got $rc)" test $rc -eq 3
    check "tmpfs full: SQLITE_FULL reported ($(head -c 300 "$T/tmpfs.err"))" \
        grep -q "full.db: .*database or disk is full" "$T/tmpfs.err"
    check "tmpfs full: the error says what was not stored" \
        grep -q "not stored: [0-9]* documents in input order from 'c[0-9]*' on" "$T/tmpfs.err"
    for f in "$mnt"/full.db*; do cp "$f" "$T/tmpfs-${f##*/}"; done
    umount "$mnt"
    db="$T/tmpfs-full.db"
    check "tmpfs full: integrity_check" test "$(q "$db" "pragma integrity_check")" = "ok"
    docs=$(q "$db" "select count(*) from documents")
    first=$(sed -n "s/.*from 'c\([0-9]*\)' on.*/\1/p" "$T/tmpfs.err")
    check "tmpfs full: committed = the input before the first not stored ($docs, c$first)" \
        test "${first:-x}" = "$docs" -a "$(q "$db" "select count(*) from documents where cast(substr(id, 2) as integer) >= $docs")" -eq 0
    echo "  tmpfs full: $docs of $N documents committed"
    "$DYAD_BIN" ingest -q --db "$db" "$T/corpus.jsonl"
    check "tmpfs full: rerun with room stores every document exactly once" \
        test "$(q "$db" "select count(*) || ' ' || count(distinct id) from documents")" = "$N $N"
else
    echo "  tmpfs full: skipped (cannot mount a tmpfs here; the file-size case above covers the path)"
fi

# --- read-only database (root ignores file modes, so drop to nobody)
ro="$T/ro.db"
head -n 100 "$T/corpus.jsonl" > "$T/first.jsonl"
sed -n 101,120p "$T/corpus.jsonl" > "$T/more.jsonl"
"$DYAD_BIN" ingest -q --db "$ro" "$T/first.jsonl"
chmod 444 "$ro"
as=()
if [ "$(id -u)" -eq 0 ]; then
    if command -v setpriv >/dev/null; then
        as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    else
        echo "  read-only: skipped (root and no setpriv)"
    fi
fi
if [ "$(id -u)" -ne 0 ] || [ ${#as[@]} -gt 0 ]; then
    "${as[@]}" "$DYAD_BIN" ingest -q --db "$ro" "$T/first.jsonl" 2>"$T/ro1.err"
    rc=$?
    check "read-only: a run that only skips exits 0 (got $rc: $(cat "$T/ro1.err"))" test $rc -eq 0
    "${as[@]}" "$DYAD_BIN" ingest -q --db "$ro" "$T/first.jsonl" "$T/more.jsonl" 2>"$T/ro2.err"
    rc=$?
    check "read-only: new documents exit 3 (got $rc)" test $rc -eq 3
    check "read-only: the error says read-only" grep -q "ro.db: .*readonly database" "$T/ro2.err"
    check "read-only: the error names the first document not stored" \
        grep -q "not stored: [0-9]* documents in input order from 'c100' on" "$T/ro2.err"
    check "read-only: store unchanged" test "$(q "$ro" "select count(*) from documents")" -eq 100
    check "read-only: integrity_check" test "$(q "$ro" "pragma integrity_check")" = "ok"
    "${as[@]}" "$DYAD_BIN" query --db "$ro" --limit 3 >"$T/ro3.out" 2>"$T/ro3.err"
    rc=$?
    check "read-only: query works ($(cat "$T/ro3.err"))" test $rc -eq 0
    check "read-only: query lists events" test "$(wc -l <"$T/ro3.out")" -gt 1
fi
th_finish
