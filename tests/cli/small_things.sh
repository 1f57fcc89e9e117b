#!/usr/bin/env bash
# small_things.sh - what a new user meets at once (issue 13), each
# checked: README's lexicon check example runs clean; `dyad lexicon
# --help` exits 0; the man page lists every command; `show --format tsv`
# has a header; JSON coordinates have 4 decimals; CAMEO names have no
# trailing space; `explain` reads a file and standard input; events past
# the per-document cap are reported; Ctrl-C on ingest commits and says
# what; the PLOVER context is kept.
set -u
: "${DYAD_BIN:?}" "${DYAD_TEST_LEXB:?}" "${DYAD_SOURCE_DIR:?}" "${DYAD_BUILD_DIR:?}"
export DYAD_LEXICON="$DYAD_TEST_LEXB"
. "$DYAD_SOURCE_DIR/tests/lib.sh"
th_tmpdir small
src=$DYAD_SOURCE_DIR

# README's example, as written there (build/ is the build directory)
line=$(grep -o 'build/dyad lexicon check [^#]*' "$src/README.md" | head -1)
check "README has the lexicon check example" test -n "$line"
cmd=${line//build\//$DYAD_BUILD_DIR/}
(cd "$src" && eval "$cmd") 2>"$T/check.err"
check "README's '$line' exits 0 ($(tail -1 "$T/check.err"))" test $? -eq 0
check "README's lexicon check: no errors" grep -q "no errors" "$T/check.err"

"$DYAD_BIN" lexicon --help >"$T/help.out"
check "dyad lexicon --help exits 0" test $? -eq 0
check "dyad lexicon --help prints the usage on stdout" grep -q "dyad lexicon check" "$T/help.out"

for c in code explain show ingest query stats export plot eval lexicon version; do
    check "the man page lists '$c'" grep -q "^\.B dyad $c" "$src/docs/man/dyad.1"
done

check "data/cameo.tsv: no name ends in a space" \
    test "$(awk -F'\t' '!/^#/ && $NF ~ / $/' "$src/data/cameo.tsv" | wc -l)" -eq 0
echo "Russian forces shelled Kharkiv, killing 3 people." >"$T/doc.txt"
"$DYAD_BIN" code --date 2024-03-01 --format jsonl "$T/doc.txt" >"$T/doc.jsonl" 2>/dev/null
check "no CAMEO name with a trailing space in JSONL" \
    test "$(grep -c '"cameo_name":"[^"]* "' "$T/doc.jsonl")" -eq 0
check "JSONL coordinates with 4 decimals" grep -qE '"lat":49\.98[0-9]{2},"lon":36\.25[0-9]{2}[,}]' "$T/doc.jsonl"
check "JSONL coordinates: no 17 digits" test "$(grep -cE '"(lat|lon)":-?[0-9]+\.[0-9]{5,}' "$T/doc.jsonl")" -eq 0
check "the PLOVER context is kept" grep -q '"plover":{"type":"ASSAULT","mode":"[a-z_-]*","context":\["military"\]}' "$T/doc.jsonl"
echo "Russian troops occupied the town of Izium." >"$T/occupy.txt"
"$DYAD_BIN" code --date 2022-04-01 --format jsonl "$T/occupy.txt" >"$T/occupy.jsonl" 2>/dev/null
check "an occupation (192) is PLOVER ASSAULT, as the PLOVER manual has it" \
    grep -q '"cameo":"192".*"plover":{"type":"ASSAULT"' "$T/occupy.jsonl"

"$DYAD_BIN" ingest -q --date 2024-03-01 --db "$T/s.db" "$T/doc.txt"
"$DYAD_BIN" show --db "$T/s.db" --format tsv >"$T/show.tsv"
check "show --format tsv has a header" test "$(head -1 "$T/show.tsv" | cut -f1-3)" = "$(printf 'doc_id\tsentence\tdate')"
check "show --format tsv: header and one report" test "$(wc -l <"$T/show.tsv")" -eq 2

"$DYAD_BIN" explain --file "$T/doc.txt" >"$T/explain1.out"
check "explain --file: exit 0" test $? -eq 0
check "explain --file: explains the file" grep -q "pattern: verb 19.*shell" "$T/explain1.out"
"$DYAD_BIN" explain - <"$T/doc.txt" >"$T/explain2.out"
check "explain -: reads standard input" cmp -s "$T/explain1.out" "$T/explain2.out"
"$DYAD_BIN" explain <"$T/doc.txt" >"$T/explain3.out"
check "explain with no text reads standard input" cmp -s "$T/explain1.out" "$T/explain3.out"

printf 'Russia attacked Ukraine. Ukraine attacked Russia. China met India. India met Pakistan.\n' >"$T/four.txt"
"$DYAD_BIN" code --max-events 2 --format events "$T/four.txt" >"$T/cap.out" 2>"$T/cap.err"
check "the cap keeps 2 events" test "$(wc -l <"$T/cap.out")" -eq 2
check "events past the cap are reported ($(head -1 "$T/cap.err"))" \
    grep -q "four.txt: 2 events past the cap of 2 per document were dropped" "$T/cap.err"

# Ctrl-C during an ingest: what was coded is committed, and said
python3 "$src/tests/fixtures/shelling_corpus.py" "$T/big.jsonl" 60000
"$DYAD_BIN" ingest --no-progress -q --db "$T/int.db" "$T/big.jsonl" 2>"$T/int.err" &
pid=$!
for _ in $(seq 1 100); do
    [ "$(sqlite3 "$T/int.db" "select count(*) from documents" 2>/dev/null || echo 0)" -gt 0 ] && break
    sleep 0.05
done
kill -INT $pid
wait $pid
rc=$?
check "Ctrl-C: exit 130 (got $rc)" test $rc -eq 130
check "Ctrl-C: says it was interrupted ($(head -1 "$T/int.err"))" grep -q "interrupted (Ctrl-C) after [0-9]* documents" "$T/int.err"
held=$(sed -n 's/.*the store holds \([0-9]*\) documents.*/\1/p' "$T/int.err")
check "Ctrl-C: the summary says what the store holds ($held)" \
    test "${held:-x}" = "$(q "$T/int.db" "select count(*) from documents")"
check "Ctrl-C: not every document" test "${held:-0}" -lt 60000
check "Ctrl-C: integrity" test "$(q "$T/int.db" "pragma integrity_check")" = ok

th_finish
