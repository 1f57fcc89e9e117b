#!/usr/bin/env bash
# eval_explain.sh - `dyad explain` shows each stage's decision, and `dyad
# eval` scores a gold file it is given (exact figures on a tiny gold set),
# lists misses with their evidence, writes and checks baselines.
set -u
bin=${DYAD_BIN:?} lex=${DYAD_TEST_LEXB:?}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() { # name, condition (0 = ok)
  if [ "$2" -eq 0 ]; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi
}
has() { grep -qF -- "$2" "$1"; echo $?; }

"$bin" explain --lexicon "$lex" --date 2023-03-01 \
  "Russian forces attacked Ukrainian troops near Bakhmut, killing 3 soldiers." >"$tmp/ex" 2>&1
check "explain exit code" $?
check "explain lists tokens with tags and lemmas" "$(has "$tmp/ex" "attacked/VERB(attack)")"
check "explain lists actor mentions" "$(has "$tmp/ex" 'actor: RUSMIL "Russian forces"')"
check "explain names the pattern with its file and line" "$(grep -qE 'pattern: verb 19[0-9]: attack \(verbs.lex:[0-9]+\)' "$tmp/ex"; echo $?)"
check "explain gives the decision" "$(has "$tmp/ex" "event: RUSMIL 19")"
"$bin" explain --lexicon "$lex" --date 2023-03-01 \
  "Kenya urged Uganda to withdraw its troops, which attacked a village." >"$tmp/ex2" 2>&1
check "explain says where an embedded act was told" "$(has "$tmp/ex2" "status embedded (in a relative clause)")"
check "explain says an appeal's act is its complement" "$(has "$tmp/ex2" "status embedded (in the complement of an appeal")"
"$bin" explain --lexicon "$lex" </dev/null >/dev/null 2>&1
check "explain without text is a usage error" "$([ $? -eq 2 ]; echo $?)"

cat >"$tmp/gold.jsonl" <<'G'
{"id":"g1","text":"Russian forces attacked Ukrainian troops near Bakhmut.","date":"2023-03-01","cameo":["190"],"source":["RUSMIL"],"target":["UKRMIL"]}
{"id":"g2","text":"Ukraine accused Russia of shelling Kharkiv.","date":"2023-03-01","cameo":["112"],"source":["UKR"],"target":["RUS"]}
{"id":"g3","text":"The weather was fine in Kyiv on Monday.","date":"2023-03-01","cameo":["040"],"source":["UKR"],"target":["RUS"]}
G
"$bin" eval --lexicon "$lex" --format json "$tmp/gold.jsonl" >"$tmp/ev.json" 2>&1
check "eval exit code" $?
# 3 texts with events in gold, 2 coded: detection P 1, R 2/3
check "eval event recall 2/3" "$(has "$tmp/ev.json" '"event_r": 0.6667')"
check "eval root precision 1" "$(has "$tmp/ev.json" '"root_p": 1.0')"
check "eval source country accuracy" "$(has "$tmp/ev.json" '"source_country_acc": 1.0')"
"$bin" eval --lexicon "$lex" --errors 5 "$tmp/gold.jsonl" >"$tmp/ev.txt" 2>&1
check "eval --errors lists the miss" "$(has "$tmp/ev.txt" "The weather was fine")"
check "eval table has a confusion table" "$(has "$tmp/ev.txt" "root confusion")"
"$bin" eval --lexicon "$lex" --write-baseline "$tmp/base.tsv" "$tmp/gold.jsonl" >/dev/null 2>&1
check "eval writes a baseline" "$(has "$tmp/base.tsv" "root_f1")"
"$bin" eval --lexicon "$lex" --baseline "$tmp/base.tsv" "$tmp/gold.jsonl" >/dev/null 2>&1
check "eval passes its own baseline" $?
sed 's/\troot_f1\t[0-9.]*/\troot_f1\t1.0000/' "$tmp/base.tsv" >"$tmp/high.tsv"
"$bin" eval --lexicon "$lex" --baseline "$tmp/high.tsv" "$tmp/gold.jsonl" >"$tmp/reg.txt" 2>&1
check "eval fails below a baseline" "$([ $? -eq 1 ]; echo $?)"
check "eval names the regression" "$(has "$tmp/reg.txt" "REGRESSION gold.jsonl root_f1")"
# older PLOVER names in gold (the GSR's FIGHT, DEMAND, DISAPPROVE) are
# scored as the 2021 names dyad writes (ASSAULT, REQUEST, ACCUSE)
cat >"$tmp/plv.jsonl" <<'G'
{"id":"p1","text":"Russian forces attacked Ukrainian troops near Bakhmut.","date":"2023-03-01","plover_event":"FIGHT"}
{"id":"p2","text":"Ukraine accused Russia of shelling Kharkiv.","date":"2023-03-01","plover_event":"DISAPPROVE"}
G
"$bin" eval --lexicon "$lex" --format json "$tmp/plv.jsonl" >"$tmp/plv.json" 2>&1
check "eval scores older PLOVER names as 2021 ones" "$(has "$tmp/plv.json" '"plover_macro_f1": 1.0')"
# one label a sentence, as a classifier gives: the text's first event's
# type alone. The attack told first is ASSAULT, the condemnation after it
# the gold's ACCUSE: all types 0.8333 (ASSAULT counted once wrong), the
# first type alone 0.6667 (ACCUSE missed there too)
cat >>"$tmp/plv.jsonl" <<'G'
{"id":"p3","text":"Russian forces shelled Kharkiv on Monday and Ukraine condemned the attack.","date":"2023-03-01","plover_event":"ACCUSE"}
G
"$bin" eval --lexicon "$lex" --format json "$tmp/plv.jsonl" >"$tmp/plv1.json" 2>&1
check "eval scores every PLOVER type of a text" "$(has "$tmp/plv1.json" '"plover_macro_f1": 0.8333')"
check "eval scores the first event's PLOVER type alone" "$(has "$tmp/plv1.json" '"plover_macro_f1_first": 0.6667')"
echo '{"id":"bad","text":' >"$tmp/bad.jsonl"
"$bin" eval --lexicon "$lex" "$tmp/bad.jsonl" >"$tmp/bad.txt" 2>&1
check "eval rejects a malformed gold file" "$([ $? -eq 1 ]; echo $?)"
check "eval names the bad line" "$(has "$tmp/bad.txt" "bad.jsonl:1:")"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
