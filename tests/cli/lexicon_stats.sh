#!/usr/bin/env bash
# lexicon_stats.sh - `dyad lexicon stats` on a tiny lexicon and corpus
# written here: entries per CAMEO code, the events of each entry (the
# back-off of a slotted head counted under its family code), the entries of
# 3+ words that fire on nothing, the codes with no entry, the summary.
set -u
. "${DYAD_SOURCE_DIR:?}/tests/lib.sh"
bin=${DYAD_BIN:?} lex=${DYAD_TEST_LEXB:?}
th_tmpdir lexstats

printf '# code\tgoldstein\tquad_class\tpenta_class\tplover_type\tplover_mode\tname\n' >"$T/cameo.tsv"
cat >>"$T/cameo.tsv" <<'C'
01	0	1	0	-	-	MAKE PUBLIC STATEMENT
010	0	1	0	-	-	Make statement, not specified below
08	5	2	2	-	-	YIELD
084	7	2	2	YIELD	-	Return, release, not specified below
0841	7	2	2	YIELD	-	Return, release person(s)
0842	7	2	2	YIELD	-	Return, release property
11	-2	3	3	-	-	DISAPPROVE
111	-2	3	3	DISAPPROVE	-	Criticize or denounce
19	-10	4	4	-	-	FIGHT
190	-10	4	4	ASSAULT	-	Use conventional military force
195	-10	4	4	ASSAULT	aerial	Employ aerial weapons
C
cat >"$T/tiny.lex" <<'L'
# dyad-lexicon 1
country RUS 60 100 : Russia
country UKR 49 32 : Ukraine
verb 190 : attack | launch attack on +
verb 0841 : release &person | set free &person
verb 111 : condemn | strongly condemn the attack
noun 195 : missile strike
class person : prisoner | hostage
L
cat >"$T/corpus.jsonl" <<'J'
{"id":"1","date":"2023-03-01","text":"Russia attacked Ukraine."}
{"id":"2","date":"2023-03-01","text":"Russia attacked Ukraine again on Monday."}
{"id":"3","date":"2023-03-01","text":"Russia launched an attack on Ukraine."}
{"id":"4","date":"2023-03-01","text":"Russia released 20 prisoners."}
{"id":"5","date":"2023-03-01","text":"Ukraine released a statement."}
{"id":"6","date":"2023-03-01","text":"Ukraine condemned Russia."}
J

"$bin" lexicon compile --wordnet /usr/share/wordnet -o "$T/tiny.lexb" \
  "$T/tiny.lex" "$T/cameo.tsv" 2>"$T/compile.err"
check "the tiny lexicon compiles" [ $? -eq 0 ]

# without a corpus: entries per code, no event column
"$bin" lexicon stats --lexicon "$T/tiny.lexb" >"$T/plain" 2>&1
check "stats exit code" [ $? -eq 0 ]
check "stats: header without events" grep -qE '^code +verbs +nouns +name$' "$T/plain"
check "stats: 190 has 2 verbs, 0 nouns" grep -qE '^190 +2 +0 +Use conventional' "$T/plain"
check "stats: 195 has 1 noun" grep -qE '^195 +0 +1 +Employ aerial' "$T/plain"
check "stats: summary counts entries, back-offs and codes" \
  grep -qF 'summary: 7 entries (6 verb, 1 noun) and 2 back-offs; 4 of 7 codes have entries' "$T/plain"
check "stats: codes with no entry listed" grep -qE '^  0842 Return, release property$' "$T/plain"
check "stats: a root row is no code to cover" bash -c "! grep -qE '^  01 ' '$T/plain'"
check "stats: no corpus, no review list" bash -c "! grep -q 'too specific' '$T/plain'"

# with the corpus: events per code and per entry
"$bin" lexicon stats --lexicon "$T/tiny.lexb" --corpus "$T/corpus.jsonl" >"$T/stats" 2>&1
check "stats --corpus exit code" [ $? -eq 0 ]
check "stats: 190 produced 3 events" grep -qE '^190 +2 +0 +3 +Use conventional' "$T/stats"
check "stats: 'attack' produced 2" grep -qE '^ +2  tiny.lex:4: attack$' "$T/stats"
check "stats: 'launch attack on +' produced 1" grep -qE '^ +1  tiny.lex:4: launch attack on \+$' "$T/stats"
check "stats: 0841 produced 1 event" grep -qE '^0841 +2 +0 +1 +Return, release person' "$T/stats"
check "stats: the back-off counts under 084" grep -qE '^084 +0 +0 +1 +Return, release, not' "$T/stats"
check "stats: the back-off entry is named" grep -qE '^ +1  tiny.lex:5: release \(back-off\)$' "$T/stats"
check "stats: 111 produced 1 event" grep -qE '^111 +2 +0 +1 +Criticize' "$T/stats"
check "stats: the noun entry is marked" grep -qE '^ +0  tiny.lex:7: missile strike \(noun\)$' "$T/stats"
sed -n '/^too specific/,/^$/p' "$T/stats" >"$T/review"
check "stats: review lists 'set free &person'" grep -qF 'tiny.lex:5: verb 0841: set free &person' "$T/review"
check "stats: review lists 'strongly condemn the attack'" grep -qF 'tiny.lex:6: verb 111: strongly condemn the attack' "$T/review"
check "stats: review skips an entry that fired" bash -c "! grep -q 'launch attack' '$T/review'"
check "stats: review skips short entries" bash -c "! grep -q 'missile strike' '$T/review'"
check "stats: corpus summary" \
  grep -qF 'corpus: 6 documents, 6 events; 2 entries of 3+ words fire on no corpus sentence' "$T/stats"

# errors: a missing corpus is an I/O error, an extra argument a usage error
"$bin" lexicon stats --lexicon "$T/tiny.lexb" --corpus "$T/none.jsonl" >/dev/null 2>"$T/err"
check "stats: missing corpus exits 3" [ $? -eq 3 ]
"$bin" lexicon stats --lexicon "$T/tiny.lexb" extra >/dev/null 2>&1
check "stats: stray argument exits 2" [ $? -eq 2 ]
"$bin" lexicon stats --lexicon "$T/none.lexb" >/dev/null 2>&1
check "stats: missing image exits 3" [ $? -eq 3 ]

# lexicon info --verify: the full check passes on a compiled image and
# names a changed byte, which a plain load does not read (exit 1); a
# truncated image is refused by every load
"$bin" lexicon info --verify --lexicon "$T/tiny.lexb" >"$T/info" 2>&1
check "info --verify passes on a compiled image" [ $? -eq 0 ]
check "info --verify says so" grep -q '^verified ok' "$T/info"
cp "$T/tiny.lexb" "$T/flip.lexb"
size=$(stat -c %s "$T/flip.lexb")
# a byte inside the string pool (section 0, whose offset is at byte 40),
# which no record check reads
strings=$(od -An -t u8 -j 40 -N 8 "$T/flip.lexb" | tr -d ' ')
printf '\x5a' | dd of="$T/flip.lexb" bs=1 seek=$((strings + 8)) conv=notrunc 2>/dev/null
check "the flipped image differs" bash -c "! cmp -s '$T/tiny.lexb' '$T/flip.lexb'"
"$bin" lexicon info --lexicon "$T/flip.lexb" >/dev/null 2>&1
check "a plain load does not read the body" [ $? -eq 0 ]
"$bin" lexicon info --verify --lexicon "$T/flip.lexb" >/dev/null 2>"$T/err"
check "info --verify on a changed image exits 1" [ $? -eq 1 ]
check "info --verify names the file and the checksum" \
  grep -q "flip.lexb: corrupt lexicon image: checksum mismatch" "$T/err"
head -c $((size - 8)) "$T/tiny.lexb" >"$T/short.lexb"
"$bin" lexicon info --lexicon "$T/short.lexb" >/dev/null 2>"$T/err"
check "a truncated image is refused" [ $? -ne 0 ]
check "the truncated image is named" grep -q "short.lexb: corrupt lexicon image: truncated" "$T/err"

# the shipped lexicon has an entry for every code of three or four digits
"$bin" lexicon stats --lexicon "$lex" >"$T/shipped" 2>&1
check "stats on the shipped lexicon" [ $? -eq 0 ]
check "shipped lexicon: every code has an entry" \
  bash -c "[ -z \"\$(sed -n '/^codes with no entry/,/^\$/p' '$T/shipped' | grep -E '^  [0-9]')\" ]"
check "shipped lexicon: all codes counted" grep -qE '^summary: .* ([0-9]+) of \1 codes have entries$' "$T/shipped"

th_finish
