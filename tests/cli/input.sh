#!/usr/bin/env bash
# input.sh - what the reader and the run make of real-world input
# (docs/input.md): dates as sources write them, --date as the fallback,
# warnings counted with a few examples; directories walked with loops,
# unreadable entries and the depth limit reported; UTF-16 and
# Windows-1252 text.
# Env: DYAD_BIN (the dyad CLI), DYAD_TEST_LEXB (compiled lexicon),
#      DYAD_SOURCE_DIR (repository root).
set -u
: "${DYAD_BIN:?}" "${DYAD_TEST_LEXB:?}" "${DYAD_SOURCE_DIR:?}"
export DYAD_LEXICON="$DYAD_TEST_LEXB"
. "$DYAD_SOURCE_DIR/tests/lib.sh"
th_tmpdir input
cd "$T" || exit 1

# ---- dates: every form read, time and zone kept, --date the fallback
python3 - <<'PY'
import json
dates = ["2024-11-19T10:00:00Z", "Tue, 19 Nov 2024 10:00:00 GMT", "20241119",
         "19 November 2024", "November 19, 2024", "2024-11-19",
         "NA", None, "Saturday, 16 Nov 2024 16:57", "31 February 2024"]
with open("dates.jsonl", "w") as f:
    for i, d in enumerate(dates):
        r = {"id": f"d{i}", "text": f"Russian forces shelled Kharkiv, killing {i + 2} people."}
        if d is not None:
            r["date"] = d
        f.write(json.dumps(r) + "\n")
PY
"$DYAD_BIN" ingest --no-near-duplicates --date 2024-11-01 --db d.db dates.jsonl 2>err
check "dates: exit 0" test $? -eq 0
check "dates: the forms read as their day" \
    test "$(q d.db "select count(*) from documents where date='2024-11-19'")" -eq 6
check "dates: time and zone kept" \
    test "$(q d.db "select datetime from documents where id='d1'")" = "2024-11-19T10:00:00Z"
check "dates: a weekday, a day, a time without zone" \
    test "$(q d.db "select date || ' ' || datetime from documents where id='d8'")" = "2024-11-16 2024-11-16T16:57:00"
check "dates: unreadable and missing dates take --date" \
    test "$(q d.db "select count(*) from documents where date='2024-11-01'")" -eq 3
check "dates: one line for the unreadable, with examples" \
    grep -q "dyad: 2 documents with a date dyad cannot read (docs/input.md, \"Dates\"), coded with --date or undated: dates.jsonl:7: 'NA'; dates.jsonl:10: '31 February 2024'" err
check "dates: no line per document" test "$(grep -c "NA" err)" -eq 1
check "dates: no event undated" \
    test "$(q d.db "select count(*) from events where date is null")" -eq 0
"$DYAD_BIN" ingest --no-near-duplicates --db u.db dates.jsonl 2>err
check "no --date: undated counted, with examples" \
    grep -q "dyad: 3 documents without a date: their events are undated (--date gives them one): dates.jsonl:7; dates.jsonl:8; dates.jsonl:10" err
"$DYAD_BIN" ingest --date 'someday' --db x.db dates.jsonl 2>err
check "bad --date: a usage error" test $? -eq 2
check "bad --date: named" grep -q "bad --date 'someday'" err

# ---- directories: loops, unreadable entries, the depth limit, hidden
# names: each said and counted, the siblings read
mkdir -p tree/a/b tree/c
for f in tree/one.txt tree/a/two.txt tree/a/b/three.txt tree/c/four.txt; do
    printf 'Russian forces shelled Kharkiv on Monday.\n' >"$f"
    printf 'Officials said %s.\n' "$f" >>"$f"
done
ln -s .. tree/a/b/up          # a loop back to tree/a
ln -s ../c tree/a/c-again     # a second link to tree/c
ln -s missing.txt tree/gone.txt
printf 'hidden\n' >tree/.hidden.txt
"$DYAD_BIN" code --format jsonl tree >out 2>err
rc=$?
check "walk: the four files coded" test "$(grep -c '"doc_id"' out)" -ge 4
check "walk: the loop said" grep -q "tree/a/b/up: a directory read before (a symlink loop, or a second link to it)" err
check "walk: no file read twice" \
    test "$(grep -o '"doc_id":"[^"]*"' out | sort -u | wc -l)" -eq 4
check "walk: the dangling link rejected with its reason" \
    grep -q "tree/gone.txt.*cannot read: No such file or directory" err
check "walk: unreadable entry raises the exit status" test "$rc" -eq 3
check "walk: the summary counts them" \
    grep -q "dyad: 8 documents: 4 coded with events (4 events), 0 without events, 0 empty, 1 rejected, 3 entries skipped" err
check "walk: the skipped named, in path order" grep -q "dyad: 3 input entries skipped: tree/.hidden.txt: a hidden name; tree/a/b/up: a directory read before (a symlink loop, or a second link to it); tree/c: a directory read before" err
mkdir -p deep/1/2/3/4/5
printf 'Russian forces shelled Kharkiv.\n' >deep/top.txt
printf 'Russian forces shelled Odesa.\n' >deep/1/2/3/4/5/bottom.txt
"$DYAD_BIN" code --max-depth 3 --format jsonl deep >out 2>err
check "depth: exit 0" test $? -eq 0
check "depth: the limit said" \
    grep -q "deep/1/2/3/4: deeper than the depth limit of 3 levels (--max-depth)" err
check "depth: counted" grep -q "1 entries skipped" err
"$DYAD_BIN" code --format jsonl deep >out 2>err
check "depth: within the default, read" grep -q "Odesa" out
# a loop of 3 directories that would go on for ever is read once
mkdir -p ring/x
printf 'Russian forces shelled Kharkiv.\n' >ring/x/f.txt
ln -s ../../ring ring/x/back
"$DYAD_BIN" ingest --db ring.db ring 2>err
check "ring: one document" test "$(q ring.db "select count(*) from documents")" -eq 1

# ---- encodings: UTF-16 decoded; Windows-1252 rejected with a hint, or
# read as such with --repair-encoding, counted in the summary
python3 - <<'PY'
import codecs
open("u16.txt", "wb").write("Russian forces shelled Kharkiv on Monday.".encode("utf-16"))
open("u16be.jsonl", "wb").write(codecs.BOM_UTF16_BE + '{"id":"b1","text":"Iran criticised Israel on Monday."}\n'.encode("utf-16-be"))
open("w1252.txt", "wb").write(b"Russian forces shelled the caf\xe9 in Kharkiv, officials said \x93today\x94.")
PY
"$DYAD_BIN" code --date 2024-11-19 -f tsv u16.txt u16be.jsonl >enc.tsv 2>err
check "utf-16: exit 0" test $? -eq 0
check "utf-16: both coded" test "$(grep -c -E 'RUS|IRN' enc.tsv)" -eq 2
check "utf-16: counted with examples" \
    grep -q "dyad: 2 documents transcoded from UTF-16: u16.txt; u16be.jsonl:1" err
"$DYAD_BIN" code --date 2024-11-19 -f tsv w1252.txt >enc.tsv 2>err
check "windows-1252: rejected (exit 1)" test $? -eq 1
check "windows-1252: the byte and the option named" \
    grep -q "w1252.txt: invalid UTF-8 at byte 30 (byte 0xE9: .*--repair-encoding" err
"$DYAD_BIN" code --repair-encoding --date 2024-11-19 -f jsonl w1252.txt >enc.jsonl 2>err
check "--repair-encoding: coded" grep -q "RUS" enc.jsonl
check "--repair-encoding: the text as Windows-1252" grep -q "café in Kharkiv, officials said “today”" enc.jsonl
check "--repair-encoding: counted" \
    grep -q "dyad: 1 documents with bytes that are not UTF-8, read as Windows-1252 (--repair-encoding): w1252.txt: 3 bytes" err

th_finish
