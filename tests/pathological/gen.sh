#!/usr/bin/env bash
# gen.sh CASE SCALE OUT - writes one pathological input (STYLE.md 8.6,
# cmark's test/pathological_tests.py) of SCALE units to OUT. Used by
# run.sh (ctest, SCALE fixed) and bench/scaling.sh (SCALE n, 2n, 4n).
#   nopunct   SCALE KiB of text with no punctuation at all (1024: 1 MB)
#   actors    SCALE repetitions of an actor name, then a verb and a target
#   quotes    SCALE nested quotation marks of four kinds around a clause
#   badutf8   SCALE lines of text with invalid UTF-8 in every line (a .txt)
#   badjsonl  SCALE JSONL records, each with invalid UTF-8 in its text
#   lexicon   SCALE near-duplicate verb patterns (a lexicon source file)
#   tinydocs  SCALE tiny JSONL documents
#   deepjson  a JSONL record nested SCALE deep, then a good record
# Only POSIX tools (awk, head, printf): nothing to install.
set -eu
export LC_ALL=C
case_="$1" n="$2" out="$3"
case "$case_" in
nopunct)
    # 44-byte phrase repeated to SCALE KiB, no '.', ',' or newline
    awk -v n="$n" 'BEGIN { p = "Russian troops attacked Ukrainian forces and ";
        want = n * 1024; s = "";
        while (length(s) < 65536) s = s p;
        for (got = 0; got + length(s) <= want; got += length(s)) printf "%s", s;
        printf "%s", substr(s, 1, want - got) }' >"$out" ;;
actors)
    awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) printf "Russia ";
        printf "attacked Ukraine.\n" }' >"$out" ;;
quotes)
    awk -v n="$n" 'BEGIN { split("\" \xe2\x80\x9c \x27 \xe2\x80\x98", q, " ");
        split("\" \xe2\x80\x9d \x27 \xe2\x80\x99", c, " ");
        for (i = 0; i < n; i++) printf "%s said %s", (i % 2 ? "Kyiv" : "Moscow"), q[i % 4 + 1];
        printf "Russian troops attacked Ukraine";
        for (i = n - 1; i >= 0; i--) printf "%s", c[i % 4 + 1];
        printf ".\n" }' >"$out" ;;
badutf8)
    awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++)
        printf "Russia attacked \xff\xfe Ukraine \xc0\xaf on \xed\xa0\x80 day %d \xe2\x82\n", i }' >"$out" ;;
badjsonl)
    awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++)
        printf "{\"id\":\"b%d\",\"text\":\"Russia \xff attacked \xc0\xaf Ukraine.\"}\n", i;
        printf "{\"id\":\"good\",\"text\":\"Russia attacked Ukraine.\"}\n" }' >"$out" ;;
lexicon)
    awk -v n="$n" 'BEGIN { print "# dyad-lexicon 1";
        for (i = 0; i < n; i++) printf "verb 190 : attack + near village%07d\n", i }' >"$out" ;;
tinydocs)
    awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++)
        printf "{\"id\":\"d%d\",\"text\":\"Russia attacked Ukraine.\"}\n", i }' >"$out" ;;
deepjson)
    awk -v n="$n" 'BEGIN { printf "{\"id\":\"deep\",\"text\":";
        for (i = 0; i < n; i++) printf "[";
        for (i = 0; i < n; i++) printf "]";
        printf "}\n{\"id\":\"good\",\"text\":\"Russia attacked Ukraine.\"}\n" }' >"$out" ;;
*)
    echo "gen.sh: unknown case $case_" >&2
    exit 2 ;;
esac
