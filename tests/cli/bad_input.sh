#!/usr/bin/env bash
# bad_input.sh - the dyad CLI on broken, empty, huge and odd inputs: each
# case checks the exit code (docs/man/dyad.1: 0 ok, 1 bad input, 2 usage,
# 3 I/O) and a fragment of the message on stderr, and that good documents
# next to bad ones are still coded.
# Env: DYAD_BIN (the dyad CLI), DYAD_TEST_LEXB (compiled lexicon),
#      DYAD_SOURCE_DIR (repository root).
set -u

: "${DYAD_BIN:?DYAD_BIN is not set}"
: "${DYAD_TEST_LEXB:?DYAD_TEST_LEXB is not set}"
: "${DYAD_SOURCE_DIR:?DYAD_SOURCE_DIR is not set}"

T=$(mktemp -d "${TMPDIR:-/tmp}/dyad-bad-input.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT

passed=0
failed=0
rc=0

# run CMD...: runs it with stdout in $T/out, stderr in $T/err, exit in $rc
run() {
    "$@" >"$T/out" 2>"$T/err"
    rc=$?
}

# code ARGS...: dyad code with the test lexicon, events format
code() {
    run "$DYAD_BIN" code --lexicon "$DYAD_TEST_LEXB" --format events "$@"
}

fail() {
    echo "FAIL: $*"
    echo "  exit: $rc"
    echo "  stderr:"
    sed 's/^/    /' "$T/err" | head -20
    echo "  stdout:"
    sed 's/^/    /' "$T/out" | head -10
    failed=$((failed + 1))
}

# check NAME EXIT STDERR-FRAGMENT: the last run exited EXIT and said
# STDERR-FRAGMENT on stderr
check() {
    local name=$1 want=$2 frag=$3
    if [ "$rc" -ne "$want" ]; then
        fail "$name: exit $rc, expected $want"
    elif ! grep -qF -- "$frag" "$T/err"; then
        fail "$name: stderr lacks '$frag'"
    else
        passed=$((passed + 1))
    fi
}

# check_out NAME FRAGMENT [COUNT]: stdout has FRAGMENT (on COUNT lines)
check_out() {
    local name=$1 frag=$2 want=${3:-}
    local n
    n=$(grep -cF -- "$frag" "$T/out")
    if [ -z "$want" ] && [ "$n" -ge 1 ]; then
        passed=$((passed + 1))
    elif [ -n "$want" ] && [ "$n" -eq "$want" ]; then
        passed=$((passed + 1))
    else
        fail "$name: stdout has '$frag' on $n lines, expected ${want:-some}"
    fi
}

EVENT='S0 RUS 190 UKR status=asserted'

# --- a file that does not exist: I/O error
code "$T/no-such-file.txt"
check "missing file" 3 "No such file"
check "missing file names it" 3 "no-such-file.txt"
check "missing file summary" 3 "1 rejected"

# ... and the inputs after it are still coded
printf 'Russia attacked Ukraine.\n' >"$T/good.txt"
code "$T/no-such-file.txt" "$T/good.txt"
check "missing then good" 3 "No such file"
check_out "missing then good: good coded" "$EVENT" 1

# --- an empty file: one empty document, not an error
: >"$T/empty.txt"
code "$T/empty.txt"
check "empty file" 0 "1 empty"
check_out "empty file: no events" "status=" 0
printf '  \n\n\t\n' >"$T/blank.txt"
code "$T/blank.txt"
check "blank file" 0 "1 empty"

# --- invalid UTF-8 in a text file: the byte offset of the bad byte
printf 'Russia attacked\xff Ukraine.\n' >"$T/latin1.txt"
code "$T/latin1.txt"
check "invalid UTF-8" 1 "invalid UTF-8 at byte 15"
check "invalid UTF-8 names the file" 1 "latin1.txt"
printf 'Kyiv \xe2\x80\x94 Russia attacked Ukraine \xc3\xa9\xc3 here.\n' \
    >"$T/truncated.txt"
code "$T/truncated.txt"
check "truncated UTF-8 sequence" 1 "invalid UTF-8 at byte 35"
# the offset counts from the start of the file, blank lines included
printf '\n\nRussia\xff attacked Ukraine.\n' >"$T/leading.txt"
code "$T/leading.txt"
check "invalid UTF-8 after blank lines" 1 "invalid UTF-8 at byte 8"

# --- a NUL byte
printf 'Russia\0attacked Ukraine.\n' >"$T/nul.txt"
code "$T/nul.txt"
check "NUL byte" 1 "NUL byte at byte 6"

# --- a 50 MB single-line text file: rejected, memory bounded, finishes
head -c 50000000 /dev/zero | tr '\0' 'a' >"$T/huge.txt"
code "$T/huge.txt"
check "50 MB text file" 1 "exceeds"
check "50 MB text file summary" 1 "1 rejected"

# ... and a 50 MB JSONL line between good records
{
    printf '{"id":"before","text":"Russia attacked Ukraine."}\n'
    printf '{"id":"huge","text":"'
    head -c 50000000 /dev/zero | tr '\0' 'a'
    printf '"}\n'
    printf '{"id":"after","text":"Russia attacked Ukraine."}\n'
} >"$T/huge.jsonl"
code "$T/huge.jsonl"
check "50 MB JSONL line" 1 "exceeds"
check "50 MB JSONL line number" 1 "huge.jsonl:2:"
check_out "50 MB JSONL line: neighbours coded" "$EVENT" 2

# --- a malformed JSONL line among good ones
cat >"$T/docs.jsonl" <<'EOF'
{"id":"a","text":"Russia attacked Ukraine."}
{"id":"b","date":"2024-01-02","text":"Russia attacked Ukraine."}
{"id":"c","text": "Russia attacked
{"id":"d","text":"Russia attacked Ukraine."}

{"id":"e"}
{"id":"f","text":"Russia attacked Ukraine."}
EOF
code "$T/docs.jsonl"
check "malformed JSONL" 1 "docs.jsonl:3:"
check "malformed JSONL message" 1 "malformed JSON"
check "JSONL without text" 1 "docs.jsonl:6:"
check "JSONL summary" 1 "6 documents: 4 coded with events"
check_out "JSONL: good records coded" "$EVENT" 4

# --- a bad date field loses the date, not the document
printf '{"id":"x","date":"2025-02-30","text":"Russia attacked Ukraine."}\n' \
    >"$T/baddate.jsonl"
code "$T/baddate.jsonl"
check "bad date" 0 "with a date dyad cannot read"
check_out "bad date: coded" "$EVENT" 1
# the warning, word for word, and the document coded undated (JSONL: no
# date on its events) and counted as coded, not rejected
check "bad date: the warning" 0 \
    "1 documents with a date dyad cannot read (docs/input.md, \"Dates\"), coded with --date or undated: $T/baddate.jsonl:1: '2025-02-30'"
check "bad date: not rejected" 0 "1 documents: 1 coded with events"
run "$DYAD_BIN" code --lexicon "$DYAD_TEST_LEXB" --format jsonl "$T/baddate.jsonl"
check_out "bad date: coded undated" '"date":null,"date_precision":null' 1
# a date given on the command line that dyad cannot read is a usage error
printf 'Russia attacked Ukraine.\n' >"$T/undated.txt"
code --date 2023-02-29 "$T/undated.txt"
check "bad --date" 2 "bad --date '2023-02-29'"
check_out "bad --date: nothing coded" "$EVENT" 0

# --- CRLF line endings and a UTF-8 byte order mark
printf '\xef\xbb\xbfRussia attacked Ukraine.\r\nUkraine met Russia.\r\n' \
    >"$T/crlf-bom.txt"
code "$T/crlf-bom.txt"
check "CRLF + BOM text" 0 "1 coded with events"
check_out "CRLF + BOM text: events" "$EVENT" 1
check_out "CRLF + BOM text: second sentence" "S1 UKR 040 RUS" 1
printf '{"id":"a","text":"Russia attacked Ukraine."}\r\n\r\n' >"$T/crlf.jsonl"
printf '{"id":"b","text":"Russia attacked Ukraine."}\r\n' >>"$T/crlf.jsonl"
code "$T/crlf.jsonl"
check "CRLF JSONL" 0 "2 documents: 2 coded with events"
printf '\xef\xbb\xbf{"id":"a","text":"Russia attacked Ukraine."}\r\n' \
    >"$T/bom.jsonl"
printf '{"id":"b","text":"Russia attacked Ukraine."}\r\n' >>"$T/bom.jsonl"
code "$T/bom.jsonl"
check "BOM JSONL" 0 "2 documents: 2 coded with events"
check_out "BOM JSONL: both records coded" "$EVENT" 2
# a BOM does not hide that a file holds JSON records
cp "$T/bom.jsonl" "$T/bom-records.txt"
code "$T/bom-records.txt"
check "BOM JSON records in a .txt file" 0 "2 documents: 2 coded with events"

# --- usage errors
run "$DYAD_BIN" code --lexicon "$DYAD_TEST_LEXB" --no-such-option "$T/good.txt"
check "unknown option" 2 "usage: dyad code"
run "$DYAD_BIN" code --lexicon "$DYAD_TEST_LEXB" --format xml "$T/good.txt"
check "unknown format" 2 "unknown format 'xml'"
run "$DYAD_BIN" no-such-command
check "unknown command" 2 "unknown command"
run "$DYAD_BIN" code --lexicon "$DYAD_TEST_LEXB" --max-doc-bytes 0 "$T/good.txt"
check "bad --max-doc-bytes" 2 "max-doc-bytes"

# --- a lexicon that does not load
printf 'not an image\n' >"$T/bad.lexb"
run "$DYAD_BIN" code --lexicon "$T/bad.lexb" "$T/good.txt"
check "corrupt lexicon image" 3 "no usable lexicon"

# --- dyad lexicon check on a broken lexicon file
cat >"$T/broken.lex" <<'EOF'
# dyad-lexicon 1
actr RUSGOV : Kremlin
verb 0999 : smite
verb 040 : meet
actor UKRGOV 2019-13-01.. : Zelensky
EOF
run "$DYAD_BIN" lexicon check "$T/broken.lex" "$DYAD_SOURCE_DIR/data/cameo.tsv"
check "lexicon check: unknown kind" 1 "$T/broken.lex:2:1: unknown kind 'actr'"
check "lexicon check: bad CAMEO code" 1 \
    "$T/broken.lex:3:6: unknown CAMEO code '0999'"
check "lexicon check: bad date" 1 "$T/broken.lex:5:14: bad date"
check "lexicon check: count" 1 "3 errors"
printf 'verb 040 : meet\n' >"$T/nomarker.lex"
run "$DYAD_BIN" lexicon check "$T/nomarker.lex" "$DYAD_SOURCE_DIR/data/cameo.tsv"
check "lexicon check: no marker" 1 "$T/nomarker.lex:1:1: missing format line"

# --- --db in a directory that does not exist
run "$DYAD_BIN" code --lexicon "$DYAD_TEST_LEXB" --format null \
    --db "$T/no/such/dir/events.db" "$T/good.txt"
check "--db in a missing directory" 3 "cannot open store"

# --- output that cannot be written (a full disk for stdout), mid-file: the
# run stops with exit 3, says so, and (under ASan) leaks nothing
for i in 1 2 3 4 5; do
    printf '{"id":"w%d","text":"Russian forces shelled Kharkiv on Monday."}\n' "$i"
done >"$T/five.jsonl"
if [ -w /dev/full ]; then
    "$DYAD_BIN" code --lexicon "$DYAD_TEST_LEXB" "$T/five.jsonl" >/dev/full 2>"$T/err"
    rc=$?
    check "stdout on a full disk" 3 "cannot write output"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
