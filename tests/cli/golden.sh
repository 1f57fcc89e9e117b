#!/usr/bin/env bash
# golden.sh - the example article codes to exactly the events listed in
# docs/example.md (tests/golden/driscoll-kyiv.events, canonical dump).
set -u
bin=${DYAD_BIN:?} lex=${DYAD_TEST_LEXB:?} src=${DYAD_SOURCE_DIR:?}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
"$bin" code --lexicon "$lex" --date 2025-11-20 --format events -q \
  "$src/examples/driscoll-kyiv.txt" >"$tmp/got" 2>"$tmp/err"
rc=$?
if [ $rc -eq 0 ] && diff -u "$src/tests/golden/driscoll-kyiv.events" "$tmp/got"; then
  pass=$((pass + 1))
else
  echo "FAIL: example article (exit $rc)"; cat "$tmp/err"; fail=$((fail + 1))
fi
# every event in the JSONL output carries the fields docs/output.md promises
"$bin" code --lexicon "$lex" --date 2025-11-20 -q "$src/examples/driscoll-kyiv.txt" >"$tmp/jsonl"
missing=0
while IFS= read -r line; do
  for key in '"schema":1' '"doc_id"' '"sentence"' '"date":"2025-11-20"' '"source"' \
             '"target"' '"cameo"' '"plover"' '"goldstein"' '"quad_class"' '"status"' \
             '"attributed_to"' '"location"' '"evidence"' '"trigger"'; do
    case $line in *"$key"*) ;; *) echo "FAIL: $key missing in: $line"; missing=1 ;; esac
  done
done <"$tmp/jsonl"
if [ $missing -eq 0 ] && [ -s "$tmp/jsonl" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
# the Ternopil attack: RUS -> UKR, 19x, at least 26 killed, Ternopil, Ukraine
if grep -q '"cameo":"19' "$tmp/jsonl" && grep '"cameo":"19' "$tmp/jsonl" | grep -q '"fatalities":{"value":26,"approximate":true' \
   && grep '"cameo":"19' "$tmp/jsonl" | grep -q '"name":"Ternopil","country":"UKR"'; then
  pass=$((pass + 1))
else
  echo "FAIL: Ternopil attack fields"; fail=$((fail + 1))
fi
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
