#!/usr/bin/env bash
# actors_unknown.sh - `dyad actors --unknown` over a small corpus written
# here: the lexicon lines (lex), tsv and jsonl reports, counts of mentions
# and documents, --min-count, --limit, --max-names, bad input (file and
# line named, the run summary adding up) and usage errors, and the review
# workflow: the lines pasted into a lexicon make the names known.
set -u
. "${DYAD_SOURCE_DIR:?}/tests/lib.sh"
bin=${DYAD_BIN:?} lex=${DYAD_TEST_LEXB:?} build=${DYAD_BUILD_DIR:?}
th_tmpdir actors-unknown

cat >"$T/corpus.jsonl" <<'J'
{"id":"a1","date":"2024-05-02","text":"The Kano Youth Front attacked police stations in northern Nigeria on Tuesday."}
{"id":"a2","date":"2024-05-03","text":"Members of the Kano Youth Front clashed with soldiers in Kano. General Tunde Bakare met local elders in Maiduguri on Monday. Later, Bakare criticized the governor of Borno."}
{"id":"a3","date":"2024-05-04","text":"Police said the Kano Youth Front attacked a market in Kano."}
{"id":"a4","date":"2024-05-05","text":"Protesters attacked the Isreal embassy in Amman."}
{"id":"a5","date":"2024-05-06","text":"Jaysh Al-Nasr attacked Liwaa Al-Haqq positions near Idlib on Sunday."}
{"id":"a6","date":"2024-05-07","text":"Troops attacked the Sambisa Forest on Monday."}
J

run() { "$bin" actors --lexicon "$lex" "$@"; }

# ---- lex: lexicon lines with comments, default --min-count 2
run --unknown "$T/corpus.jsonl" >"$T/lex" 2>"$T/lex.err"
check "lex: exit 0" [ $? -eq 0 ]
check "lex: the organisation as a lexicon line with its counts and how" \
  grep -qxF 'actor NGAPTY : Kano Youth Front   # 3 mentions in 3 documents; organisation by shape (org-pty)' "$T/lex"
check "lex: the person named twice in one document" \
  grep -qF 'actor NGAMIL : Tunde Bakare   # 2 mentions in 1 document; person named after a title (title-mil); country from context' "$T/lex"
check "lex: an example sentence per document as a comment" \
  grep -qxF '#   a2: Members of the Kano Youth Front clashed with soldiers in Kano.' "$T/lex"
check "lex: names of one mention are left out by default" \
  bash -c "! grep -q 'Isreal\|Jaysh' '$T/lex'"
check "lex: a forest is no actor" bash -c "! grep -q Sambisa '$T/lex'"
check "lex: two names listed" [ "$(grep -c '^actor ' "$T/lex")" -eq 2 ]
check "lex: the summary adds up" \
  grep -qF 'dyad: 6 documents: 6 coded, 0 empty, 0 rejected; 8 unknown-actor mentions of 5 names (0 names too long to count), 2 listed with 2+ mentions' "$T/lex.err"

# ---- --min-count 1: every name, most mentioned first, ties by name
run --unknown --min-count 1 -q "$T/corpus.jsonl" >"$T/all" 2>"$T/all.err"
rc=$?
check "min-count 1: exit 0" [ $rc -eq 0 ]
check "min-count 1: quiet" [ ! -s "$T/all.err" ]
grep '^actor' "$T/all" | sed 's/   #.*//' >"$T/all.lines"
printf '%s\n' 'actor NGAPTY : Kano Youth Front' 'actor NGAMIL : Tunde Bakare' \
  'actor ISR : Isreal' 'actor SYR : Jaysh Al-Nasr' 'actor SYR : Liwaa Al-Haqq' \
  >"$T/all.want"
check "min-count 1: all five names in order" cmp -s "$T/all.lines" "$T/all.want"
check "min-count 1: the misspelling names its lexicon name" \
  grep -qF 'actor ISR : Isreal   # 1 mention in 1 document; misspelling of Israel (country)' "$T/all"
check "min-count 1: an uncoded name says the role is unknown" \
  grep -qF 'actor SYR : Jaysh Al-Nasr   # 1 mention in 1 document; uncoded name as subject of an event; country from context, role unknown' "$T/all"

# ---- --limit
run --unknown -m 1 --limit 3 -q "$T/corpus.jsonl" >"$T/lim"
check "limit 3: three names, the most mentioned" \
  [ "$(grep '^actor' "$T/lim" | sed 's/   #.*//' | tr '\n' '|')" = \
    'actor NGAPTY : Kano Youth Front|actor NGAMIL : Tunde Bakare|actor ISR : Isreal|' ]
run --unknown --min-count 3 -q "$T/corpus.jsonl" >"$T/m3"
check "min-count 3: only the organisation" \
  [ "$(grep '^actor' "$T/m3" | sed 's/   #.*//')" = 'actor NGAPTY : Kano Youth Front' ]

# ---- tsv
run --unknown -m 1 -f tsv -q "$T/corpus.jsonl" >"$T/tsv"
check "tsv: exit 0" [ $? -eq 0 ]
check "tsv: header" [ "$(head -1 "$T/tsv")" = "$(printf 'name\tcode\tmentions\tdocuments\thow\tevidence\tmatched\tcodes\tcountry_inferred\texample_doc\texample')" ]
check "tsv: a header and five rows of 11 fields" \
  [ "$(awk -F'\t' 'NF == 11' "$T/tsv" | wc -l)" -eq 6 ]
check "tsv: the organisation row" \
  grep -qF "$(printf 'Kano Youth Front\tNGAPTY\t3\t3\tshape\torg-pty\t\tNGAPTY:3\t0\ta1\t')" "$T/tsv"
check "tsv: the misspelling row" \
  grep -qF "$(printf 'Isreal\tISR\t1\t1\tmisspelling\tcountry\tIsrael\tISR:1\t0\ta4\t')" "$T/tsv"
check "tsv: an uncoded object, country inferred" \
  grep -qF "$(printf 'Liwaa Al-Haqq\tSYR\t1\t1\tuncoded\tobject\t\tSYR:1\t1\ta5\t')" "$T/tsv"

# ---- jsonl
run --unknown -m 1 -f jsonl -q "$T/corpus.jsonl" >"$T/jsonl"
check "jsonl: exit 0" [ $? -eq 0 ]
check "jsonl: five valid records" [ "$(jq -c . "$T/jsonl" | wc -l)" -eq 5 ]
check "jsonl: the organisation's counts and examples" \
  [ "$(jq -r 'select(.name == "Kano Youth Front") | [.code, .mentions, .documents, .how, .evidence, (.examples | length), .examples[0].doc] | join(" ")' "$T/jsonl")" = \
    "NGAPTY 3 3 shape org-pty 2 a1" ]
check "jsonl: the person, two mentions in one document" \
  [ "$(jq -r 'select(.key == "tunde bakare") | "\(.mentions) \(.documents) \(.how) \(.country_inferred)"' "$T/jsonl")" = "2 1 title 2" ]
check "jsonl: the misspelling's matched name" \
  [ "$(jq -r 'select(.name == "Isreal") | .matched' "$T/jsonl")" = "Israel" ]

# ---- --max-names: the cap is said, not silent
run --unknown -m 1 --max-names 1 "$T/corpus.jsonl" >"$T/cap" 2>"$T/cap.err"
check "max-names 1: exit 0" [ $? -eq 0 ]
check "max-names 1: one name listed" [ "$(grep -c '^actor' "$T/cap")" -eq 1 ]
check "max-names 1: the cap is reported" \
  grep -qF 'dyad actors: the cap of 1 distinct names was hit: 5 mentions of later names were not counted (--max-names)' "$T/cap.err"

# ---- bad input: named by file and line, the rest counted, exit 1
printf '%s\n' '{"id":"b1","text":"The Kano Youth Front attacked police in Kano."}' \
  '{"id":"b2","text": broken' \
  '{"id":"b3","text":"The Kano Youth Front attacked soldiers in Kano."}' >"$T/bad.jsonl"
run --unknown "$T/bad.jsonl" >"$T/bad" 2>"$T/bad.err"
check "bad line: exit 1" [ $? -eq 1 ]
check "bad line: file, line and byte named" grep -qF "$T/bad.jsonl:2:25: malformed JSON" "$T/bad.err"
check "bad line: the other documents still counted" \
  grep -qF 'actor NGAPTY : Kano Youth Front   # 2 mentions in 2 documents' "$T/bad"
check "bad line: the summary adds up" \
  grep -qF 'dyad: 3 documents: 2 coded, 0 empty, 1 rejected;' "$T/bad.err"
run --unknown "$T/nosuch.jsonl" >/dev/null 2>"$T/nosuch.err"
check "missing file: exit 3" [ $? -eq 3 ]
check "missing file: named" grep -qF "$T/nosuch.jsonl: No such file or directory" "$T/nosuch.err"

# ---- usage errors: exit 2 with a message
run "$T/corpus.jsonl" >/dev/null 2>"$T/u1"
check "no --unknown: exit 2" [ $? -eq 2 ]
check "no --unknown: says so" grep -qF 'dyad actors: say what to list (--unknown)' "$T/u1"
run --unknown --min-count x "$T/corpus.jsonl" >/dev/null 2>"$T/u2"
check "bad --min-count: exit 2" [ $? -eq 2 ]
check "bad --min-count: named" grep -qF "dyad actors: bad --min-count 'x'" "$T/u2"
run --unknown --limit -3 "$T/corpus.jsonl" >/dev/null 2>"$T/u3"
check "bad --limit: exit 2" [ $? -eq 2 ]
run --unknown -f xml "$T/corpus.jsonl" >/dev/null 2>"$T/u4"
check "bad --format: exit 2" [ $? -eq 2 ]
check "bad --format: named" grep -qF "dyad actors: unknown format 'xml'" "$T/u4"
"$bin" actors --unknown --lexicon "$T/nosuch.lexb" "$T/corpus.jsonl" >/dev/null 2>&1
check "missing lexicon: exit 3" [ $? -eq 3 ]
"$bin" actors --help >"$T/help"
check "help: exit 0" [ $? -eq 0 ]
check "help: usage" grep -q 'usage: dyad actors --unknown' "$T/help"

# ---- the workflow: the reviewed lines pasted into a lexicon make the
# names known; the report lists them no more and the events carry them
src=${DYAD_SOURCE_DIR}/data
{ echo '# dyad-lexicon 1'; grep '^actor' "$T/all"; } >"$T/reviewed.lex"
"$bin" lexicon compile --wordnet /usr/share/wordnet -o "$T/with.lexb" \
  "$build/countries.lex" "$src"/*.lex "$src/cameo.tsv" "$build/gazetteer.tsv" \
  "$T/reviewed.lex" 2>"$T/compile.err"
check "workflow: the report's lines compile into the lexicon" [ $? -eq 0 ]
"$bin" actors --unknown -m 1 -q --lexicon "$T/with.lexb" "$T/corpus.jsonl" >"$T/after"
check "workflow: the organisation is known now" bash -c "! grep -q 'Kano Youth Front' '$T/after'"
check "workflow: the uncoded names are known now" bash -c "! grep -q 'Jaysh\|Liwaa' '$T/after'"
"$bin" code -q -f events --lexicon "$T/with.lexb" "$T/corpus.jsonl" >"$T/events"
check "workflow: the uncoded subject now codes" grep -q '^S0 SYR 190 SYR ' "$T/events"

th_finish
