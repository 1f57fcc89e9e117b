#!/usr/bin/env bash
# compat.sh - other coders' validation suites coded with their own
# dictionaries imported (docs/compat.md): TABARI's validation.jsonl with
# the TABARI demo dictionaries, PETRARCH2's unittest.jsonl with the
# PETR.Validate.* dictionaries. Fails when recall or precision of exact
# {source, target, cameo} matches drops below the level recorded in
# docs/compat.md. The suites are read from ../shared/compat, never copied.
set -u
. "${DYAD_SOURCE_DIR:?}/tests/lib.sh"
bin=${DYAD_BIN:?} src=${DYAD_SOURCE_DIR:?}
C=${DYAD_SHARED_DIR:-$src/../shared}/compat
if [ ! -d "$C/tabari" ] || [ ! -d "$C/petrarch2" ]; then
    echo "SKIP: $C (TABARI and PETRARCH2 suites) is absent"
    exit 0
fi
th_tmpdir compat

"$bin" lexicon import --format tabari -o "$T/tabari.lexb" \
    "$C/tabari/TABARI.Demo.actors" "$C/tabari/TABARI.Demo.verbs" \
    "$C/tabari/Validate.agents" 2>"$T/tabari.err"
check "TABARI dictionaries import" test $? -eq 0
check "TABARI reports name file:line:col" \
    grep -q '^.*TABARI.Demo.verbs:[0-9]*:[0-9]*: ' "$T/tabari.err"
# the records switch TABARI's DEFAULT, FORWARD, COMMA and SET: CODE options
# as its own file does: each is coded under the options then in force
check "TABARI suite at its recorded level" python3 "$src/tools/compat.py" \
    --dyad "$bin" --lexicon "$T/tabari.lexb" --min-recall 0.905 \
    --min-precision 0.803 "$C/tabari/validation.jsonl" --tabari-options \
    "$C/tabari/TABARI.Demo.actors" "$C/tabari/TABARI.Demo.verbs" \
    "$C/tabari/Validate.agents"

"$bin" lexicon import --format petrarch -o "$T/petr.lexb" \
    "$C/petrarch2/PETR.Validate.actors.txt" \
    "$C/petrarch2/PETR.Validate.agents.txt" \
    "$C/petrarch2/PETR.Validate.verbs.txt" 2>"$T/petr.err"
check "PETRARCH2 dictionaries import" test $? -eq 0
check "PETRARCH2 suite at its recorded level" python3 "$src/tools/compat.py" \
    --dyad "$bin" --lexicon "$T/petr.lexb" --min-recall 0.844 \
    --min-precision 0.904 --by-category "$C/petrarch2/unittest.jsonl"
th_finish
