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

th_finish
