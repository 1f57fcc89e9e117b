#!/usr/bin/env bash
# store_files.sh - the files around a store (issue 13): a file that is not
# a dyad store (another program's SQLite database, a 0-byte file, a text
# file) is refused by every command with a clear message and left byte
# for byte as it was (sha256 before and after); output files are written
# whole or not at all: a full disk (a small tmpfs) leaves no file and the
# error names the path and the reason; a full standard output (/dev/full)
# is named with the reason; read commands open a store read-only.
set -u
: "${DYAD_BIN:?}" "${DYAD_TEST_LEXB:?}" "${DYAD_SOURCE_DIR:?}"
export DYAD_LEXICON="$DYAD_TEST_LEXB"
. "$DYAD_SOURCE_DIR/tests/lib.sh"
th_tmpdir files

sqlite3 "$T/notes.sqlite" "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);
    INSERT INTO notes(body) VALUES ('another program''s data');"
: >"$T/empty.db"
printf 'not a database\n' >"$T/text.db"
echo "Russian forces shelled Kharkiv." >"$T/doc.txt"

# every command that takes --db, with what it needs besides
run_all() { # run_all FILE [read]: each command on FILE (the read ones
    # only with "read"); prints "cmd rc" lines
    local f=$1
    "$DYAD_BIN" query --db "$f" >/dev/null 2>>"$T/all.err"; echo "query $?"
    "$DYAD_BIN" stats --db "$f" >/dev/null 2>>"$T/all.err"; echo "stats $?"
    "$DYAD_BIN" export --db "$f" >/dev/null 2>>"$T/all.err"; echo "export $?"
    "$DYAD_BIN" plot --db "$f" -o "$T/p.png" >/dev/null 2>>"$T/all.err"; echo "plot $?"
    "$DYAD_BIN" show --db "$f" >/dev/null 2>>"$T/all.err"; echo "show $?"
    [ "${2:-}" = read ] && return
    "$DYAD_BIN" ingest -q --db "$f" "$T/doc.txt" >/dev/null 2>>"$T/all.err"; echo "ingest $?"
    "$DYAD_BIN" code -q --format null --db "$f" "$T/doc.txt" >/dev/null 2>>"$T/all.err"; echo "code $?"
}

for f in notes.sqlite empty.db text.db; do
    before=$(sha256sum <"$T/$f")
    : >"$T/all.err"
    # an empty file is no store to read, but a new store to write
    run_all "$T/$f" "$([ $f = empty.db ] && echo read)" >"$T/rcs"
    after=$(sha256sum <"$T/$f")
    check "$f: byte for byte as it was after every command" test "$before" = "$after"
    check "$f: no -wal or -shm made" test ! -e "$T/$f-wal" -a ! -e "$T/$f-shm"
    for cmd in query stats export plot show; do
        check "$f: $cmd exits 3" grep -q "^$cmd 3\$" "$T/rcs"
    done
    if [ $f != empty.db ]; then # an empty file may become a new store
        check "$f: ingest exits 3" grep -q "^ingest 3\$" "$T/rcs"
        check "$f: code --db exits 3" grep -q "^code 3\$" "$T/rcs"
    fi
    check "$f: says it is not a dyad store" grep -q "$f: not a dyad store" "$T/all.err"
done
"$DYAD_BIN" ingest -q --db "$T/empty.db" "$T/doc.txt"
check "an empty file: ingest makes it a store" test "$(q "$T/empty.db" "select count(*) from documents")" -eq 1
check "the foreign database still holds its rows" \
    test "$(q "$T/notes.sqlite" "select body from notes")" = "another program's data"

# ---- a store is read read-only: no journal switch, no write
"$DYAD_BIN" ingest -q --db "$T/s.db" "$T/doc.txt"
sqlite3 "$T/s.db" "pragma wal_checkpoint(TRUNCATE)" >/dev/null
cp "$T/s.db" "$T/s2.db"
chmod 444 "$T/s2.db"
before=$(sha256sum <"$T/s2.db")
for cmd in query stats export show; do
    "$DYAD_BIN" $cmd --db "$T/s2.db" >/dev/null 2>"$T/ro.err"
    check "read-only file: $cmd exits 0 ($(head -c 100 "$T/ro.err"))" test $? -eq 0
done
check "read-only file: unchanged" test "$before" = "$(sha256sum <"$T/s2.db")"

# ---- output files: whole or not at all
"$DYAD_BIN" export --db "$T/s.db" -o "$T/out.tsv"
check "export -o: written" test -s "$T/out.tsv"
check "export -o: no temporary file left" test "$(ls "$T" | grep -c 'out.tsv.')" -eq 0
"$DYAD_BIN" export --db "$T/s.db" -o "$T/no/such/dir/out.tsv" 2>"$T/nodir.err"
check "export -o into a missing directory: exit 3" test $? -eq 3
check "export -o into a missing directory: names the path and the reason" \
    grep -q "no/such/dir/out.tsv: cannot write: No such file or directory" "$T/nodir.err"

# a full disk: a small tmpfs (needs root and mount rights)
mnt="$T/tmpfs"
mkdir -p "$mnt"
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=64k tmpfs "$mnt" 2>/dev/null; then
    python3 "$DYAD_SOURCE_DIR/tests/fixtures/shelling_corpus.py" "$T/c.jsonl" 400
    "$DYAD_BIN" ingest -q --db "$T/big.db" "$T/c.jsonl"
    echo "old" >"$mnt/events.tsv"
    "$DYAD_BIN" export --db "$T/big.db" --format jsonl -o "$mnt/events.tsv" 2>"$T/full.err"
    rc=$?
    check "full disk: export -o exits 3 (got $rc)" test $rc -eq 3
    check "full disk: names the path and the reason ($(cat "$T/full.err"))" \
        grep -q "tmpfs/events.tsv: cannot write: No space left on device" "$T/full.err"
    check "full disk: the old file is left as it was" test "$(cat "$mnt/events.tsv")" = old
    check "full disk: no temporary file left" test "$(ls "$mnt" | wc -l)" -eq 1
    "$DYAD_BIN" plot --db "$T/big.db" --top 5 -o "$mnt/chart.svg" 2>"$T/fullplot.err"
    rc=$?
    check "full disk: plot -o exits 3 (got $rc: $(cat "$T/fullplot.err"))" test $rc -eq 3
    check "full disk: plot names the path and the reason" \
        grep -q "tmpfs/chart.svg: cannot write: No space left on device" "$T/fullplot.err"
    check "full disk: no chart, no temporary file" test "$(ls "$mnt" | wc -l)" -eq 1
    umount "$mnt"
else
    echo "  full disk: skipped (cannot mount a tmpfs here); /dev/full covers the stream"
fi
# a full standard output
if [ -w /dev/full ]; then
    for cmd in query export stats show; do
        "$DYAD_BIN" $cmd --db "$T/s.db" >/dev/full 2>"$T/devfull.err"
        rc=$?
        check "/dev/full: $cmd exits 3 (got $rc)" test $rc -eq 3
        check "/dev/full: $cmd names standard output and the reason ($(cat "$T/devfull.err"))" \
            grep -q "standard output: cannot write: No space left on device" "$T/devfull.err"
    done
fi

th_finish
