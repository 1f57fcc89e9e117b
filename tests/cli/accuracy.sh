#!/usr/bin/env bash
# accuracy.sh - dev-set figures may not drop more than 2 points below the
# committed baseline (tests/accuracy-baseline.tsv); improvements update it
# with: dyad eval --write-baseline tests/accuracy-baseline.tsv ../shared/eval/dev/*.jsonl
set -u
bin=${DYAD_BIN:?} lex=${DYAD_TEST_LEXB:?} src=${DYAD_SOURCE_DIR:?} shared=${DYAD_SHARED_DIR:?}
if ! ls "$shared"/eval/dev/*.jsonl >/dev/null 2>&1; then
  echo "no gold data in $shared/eval/dev: skipped"; echo "0 passed, 0 failed, 1 skipped"; exit 0
fi
"$bin" eval --lexicon "$lex" --baseline "$src/tests/accuracy-baseline.tsv" \
  "$shared"/eval/dev/*.jsonl >/tmp/dyad-accuracy.$$ 2>&1
rc=$?
grep -E "REGRESSION|below the baseline" /tmp/dyad-accuracy.$$
rm -f /tmp/dyad-accuracy.$$
if [ $rc -eq 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit $rc
