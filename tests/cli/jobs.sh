#!/usr/bin/env bash
# jobs.sh - `dyad code --jobs N` codes on N threads and writes as one job
# does: for every format the same bytes on stdout, the same messages on
# stderr in the same order, the same summary and exit code, with and
# without --db; `dyad ingest --jobs N` stores what one job stores, with
# the same summary; bad --jobs values are usage errors.
# Env: DYAD_BIN (the dyad CLI), DYAD_TEST_LEXB (compiled lexicon),
#      DYAD_SOURCE_DIR (repository root), DYAD_SHARED_DIR (news.jsonl,
#      optional: without it a generated corpus stands in).
set -u
: "${DYAD_BIN:?}" "${DYAD_TEST_LEXB:?}" "${DYAD_SOURCE_DIR:?}"
export DYAD_LEXICON="$DYAD_TEST_LEXB"
. "$DYAD_SOURCE_DIR/tests/lib.sh"
th_tmpdir jobs
cd "$T" || exit 1

# ---- the inputs: real news, then a file of everything that goes wrong,
# a directory, a file that is missing
news="${DYAD_SHARED_DIR:-/nonexistent}/corpus/news.jsonl"
if [ -r "$news" ]; then
    head -n 2000 "$news" >news.jsonl
else
    python3 "$DYAD_SOURCE_DIR/tests/fixtures/shelling_corpus.py" news.jsonl 2000
fi
python3 - <<'PY'
import json
good = "Russian forces shelled Kharkiv on Monday, killing {} people. " \
       "Ukraine accused Russia of war crimes."
with open("bad.jsonl", "w") as f:
    def rec(**r):
        f.write(json.dumps(r) + "\n")
    rec(id="g0", date="2024-11-19", text=good.format(2))
    f.write('{"id": "broken", "text": \n')            # not JSON
    rec(id="e0", date="2024-11-19", text="")          # empty
    rec(id="e1", date="2024-11-19", text="  \n\t ")   # blank
    rec(id="d0", date="NA", text=good.format(3))      # unreadable date
    rec(id="d1", date="31 February 2024", text=good.format(4))
    rec(id="d2", date="2023-02-29", text=good.format(5))
    rec(id="d3", text=good.format(6))                 # no date
    f.write("[1, 2]\n")                               # not an object
    rec(id="big", date="2024-11-19", text=good.format(7) * 400)  # over the cap
    rec(id="many", date="2024-11-19", text=good.format(8) * 30)  # events dropped
    # a run of empty records between coded ones: their messages outgrow
    # the buffer kept for them (64 KB) while documents are in flight
    for i in range(4000):
        rec(id=f"blank{i}", date="2024-11-19", text=" ")
    for i in range(40):
        rec(id=f"g{i + 1}", date="2024-11-19", text=good.format(i + 9))
    f.write('{"id": "last", "text": "unterminated\n')
PY
mkdir -p dir/sub
printf 'Israel struck targets in Gaza on Tuesday.\n' >dir/a.txt
printf '' >dir/empty.txt
printf 'Iran condemned the United States.\n' >dir/sub/b.txt
printf 'China and India agreed to resume talks.\n' >dir/sub/c.txt
ln -s .. dir/sub/loop
inputs=(bad.jsonl news.jsonl dir missing.jsonl news.jsonl)
opts=(--date 2024-11-01 --max-doc-bytes 20000 --max-events 5)

# ---- every format: --jobs 4 and 2 write what --jobs 1 writes (the
# workers format each document's records apart, GeoJSON's excepted; null:
# the summary, from the counts the workers keep)
for fmt in jsonl tsv csv events gdelt gdelt-mentions table acled geojson \
    null; do
    "$DYAD_BIN" code -f "$fmt" "${opts[@]}" --jobs 1 "${inputs[@]}" \
        >"one.$fmt" 2>"one.$fmt.err"
    rc1=$?
    js=4
    [ "$fmt" = jsonl ] && js="4 2"
    for j in $js; do
        "$DYAD_BIN" code -f "$fmt" "${opts[@]}" --jobs "$j" "${inputs[@]}" \
            >"many.$fmt" 2>"many.$fmt.err"
        rcj=$?
        check "$fmt --jobs $j: same exit ($rc1)" test "$rcj" -eq "$rc1"
        check "$fmt --jobs $j: same output" cmp -s "one.$fmt" "many.$fmt"
        check "$fmt --jobs $j: same stderr, in the same order" \
            cmp -s "one.$fmt.err" "many.$fmt.err"
    done
done
check "the inputs are as meant: events written" test -s one.events
check "the inputs are as meant: a failed run" test "$rc1" -ne 0
for what in "bad.jsonl:2:" "bad.jsonl:3: empty" "bad.jsonl:4011: empty" \
    "bad.jsonl:10: rejected" "bad.jsonl:4052: rejected" \
    "were dropped (--max-events)" "missing.jsonl: rejected" \
    "dir/empty.txt: empty" "entries skipped" "'31 February 2024'" \
    "documents: "; do
    check "the inputs are as meant: '$what' said" grep -qF -- "$what" one.jsonl.err
done
# the summary adds up to the inputs: 4052 + 2 x 2000 + 4 files + 1 loop +
# 1 missing; empty: 4002 records and a file; rejected: 4 records, 1 file
check "summary: every input counted" \
    grep -q "^dyad: 8058 documents: .* 4003 empty, 5 rejected, 1 entries skipped" one.jsonl.err

# ---- a document whose events outgrow the output buffer a slot keeps
# between documents (4 KiB), between small ones
python3 - <<'PY'
import json
good = "Russian forces shelled Kharkiv on Monday, killing {} people. " \
       "Ukraine accused Russia of war crimes."
with open("large.jsonl", "w") as f:
    for i in range(3):
        f.write(json.dumps({"id": f"s{i}", "date": "2024-11-19",
                            "text": good.format(i + 2)}) + "\n")
        f.write(json.dumps({"id": f"l{i}", "date": "2024-11-19",
                            "text": good.format(i + 2) * 200}) + "\n")
PY
"$DYAD_BIN" code -f jsonl --jobs 1 large.jsonl >large1 2>large1.err
"$DYAD_BIN" code -f jsonl --jobs 2 large.jsonl >large2 2>large2.err
check "large outputs: as meant, over 64 KiB a document" \
    test "$(grep -c '"l0"' large1)" -gt 100 -a "$(wc -c <large1)" -gt 400000
check "large outputs --jobs 2: same output" cmp -s large1 large2
check "large outputs --jobs 2: same stderr" cmp -s large1.err large2.err

# ---- the default is the cores, and writes the same
"$DYAD_BIN" code -f events "${opts[@]}" "${inputs[@]}" >dflt 2>dflt.err
check "default --jobs: same output" cmp -s one.events dflt
check "default --jobs: same stderr" cmp -s one.events.err dflt.err

# ---- the default for less than 64 KiB of files is one thread, for more
# (or standard input) the cores; --stats says how many coded
cores=$(getconf _NPROCESSORS_ONLN)
[ "$cores" -gt 64 ] && cores=64
threads() { # threads ARGS...: the count --stats gives
    "$DYAD_BIN" code -q --stats -f null "$@" 2>&1 >/dev/null |
        sed -nE 's/.* ([0-9]+) coding threads?$/\1/p'
}
head -c 2000 bad.jsonl >small.jsonl
head -c 1000 news.jsonl >small2.jsonl
check "default --jobs, a small file: one thread" test "$(threads small.jsonl)" = 1
check "default --jobs, two small files: one thread" \
    test "$(threads small.jsonl small2.jsonl)" = 1
check "default --jobs, news.jsonl (over 64 KiB): the cores ($cores)" \
    test "$(threads news.jsonl)" = "$cores"
check "default --jobs, standard input: the cores ($cores)" \
    test "$(threads - <small.jsonl)" = "$cores"
check "default --jobs, a directory: the cores ($cores)" \
    test "$(threads dir)" = "$cores"
check "--jobs 2 on a small file: two threads" \
    test "$(threads --jobs 2 small.jsonl)" = 2
check "--jobs 1: one thread" test "$(threads --jobs 1 news.jsonl)" = 1
"$DYAD_BIN" code -q --stats -f null --jobs 2 news.jsonl 2>cpu2.err >/dev/null
check "--stats --jobs 2: the threads' CPU time" \
    grep -qE '^dyad: stats: CPU: reading and writing [0-9.]+ s, coding [0-9.]+ s, the busiest coding thread [0-9.]+ s$' cpu2.err
"$DYAD_BIN" code -q --stats -f null --jobs 1 news.jsonl 2>cpu1.err >/dev/null
check "--stats --jobs 1: no CPU line" test "$(grep -c 'CPU:' cpu1.err)" = 0
"$DYAD_BIN" code -f events small.jsonl >small1 2>small1.err
"$DYAD_BIN" code -f events --jobs 2 small.jsonl >small2 2>small2.err
check "a small file: the same output on one thread and two" cmp -s small1 small2
check "a small file: the same stderr on one thread and two" \
    cmp -s small1.err small2.err

# ---- --quiet: the same, and no message about documents
"$DYAD_BIN" code -q -f tsv "${opts[@]}" --jobs 1 "${inputs[@]}" >q1 2>q1.err
"$DYAD_BIN" code -q -f tsv "${opts[@]}" --jobs 3 "${inputs[@]}" >q3 2>q3.err
check "--quiet --jobs 3: same output" cmp -s one.tsv q3
check "--quiet --jobs 3: same stderr" cmp -s q1.err q3.err
check "--quiet --jobs 3: no message about a document" \
    test "$(grep -c 'empty\|dropped\|bad.jsonl' q3.err)" -eq 0

# ---- standard input
"$DYAD_BIN" code -f events --jobs 1 - <news.jsonl >in1 2>in1.err
"$DYAD_BIN" code -f events --jobs 4 - <news.jsonl >in4 2>in4.err
check "stdin --jobs 4: same output" cmp -s in1 in4
check "stdin --jobs 4: same stderr" cmp -s in1.err in4.err
# a few documents at a time, fewer than a worker is woken for (a run):
# they are coded all the same, and the run ends with the input
{ head -n 3 news.jsonl; sleep 1; sed -n 4,5p news.jsonl; } |
    timeout 60 "$DYAD_BIN" code -f events --jobs 2 - >tr2 2>tr2.err
check "stdin by trickles --jobs 2: ends, exit 0" test $? -eq 0
head -n 5 news.jsonl | "$DYAD_BIN" code -f events --jobs 1 - >tr1 2>tr1.err
check "stdin by trickles --jobs 2: same output" cmp -s tr1 tr2
check "stdin by trickles --jobs 2: same stderr" cmp -s tr1.err tr2.err
check "stdin by trickles: as meant, events written" test -s tr1

# ---- --db: the store holds the same, its summary is the same
for j in 1 4; do
    "$DYAD_BIN" code -f null "${opts[@]}" --jobs "$j" --db "s$j.db" \
        bad.jsonl dir news.jsonl news.jsonl >/dev/null 2>"db$j.err"
    q "s$j.db" "select id, date, source_code, target_code, cameo, status,
               num_mentions, num_articles, first_doc, first_sentence
               from events order by id" >"db$j.events" 2>&1
    q "s$j.db" "select event_id, doc_id, sentence, trigger_text, status,
               date from mentions order by id" >>"db$j.events" 2>&1
done
check "--db --jobs 4: same summary" cmp -s db1.err db4.err
check "--db --jobs 4: same events stored" cmp -s db1.events db4.events
check "--db: events stored" test "$(wc -l <db1.events)" -gt 100

# ---- ingest --jobs: the same store, exports and summary as one job
# (inputs with every kind of outcome, and news.jsonl twice: skipped);
# then a rerun into the store skips everything, as with one job
iopts=(--date 2024-11-01 --max-doc-bytes 20000)
for j in 1 2 4; do
    "$DYAD_BIN" ingest --no-progress "${iopts[@]}" --jobs "$j" --db "i$j.db" \
        bad.jsonl dir news.jsonl news.jsonl 2>&1 >/dev/null |
        sed "s/i$j\.db/STORE/" >"ing$j.err"
    "$DYAD_BIN" export --db "i$j.db" --status all -f jsonl >"ing$j.jsonl" 2>&1
    # (its columns 2 and 3 are when the event was added)
    "$DYAD_BIN" export --db "i$j.db" --status all -f gdelt-mentions 2>&1 |
        cut -f 1,4- >"ing$j.mentions"
    q "i$j.db" "select id, date, source, bytes, sentences, events, hash,
               content, origin, article, similarity from documents
               order by rowid" >"ing$j.docs" 2>&1
    "$DYAD_BIN" ingest --no-progress "${iopts[@]}" --jobs "$j" --db "i$j.db" \
        news.jsonl 2>&1 >/dev/null | sed "s/i$j\.db/STORE/" >"again$j.err"
done
for j in 2 4; do
    check "ingest --jobs $j: same summary" cmp -s ing1.err "ing$j.err"
    check "ingest --jobs $j: same export (jsonl)" cmp -s ing1.jsonl "ing$j.jsonl"
    check "ingest --jobs $j: same export (mentions)" \
        cmp -s ing1.mentions "ing$j.mentions"
    check "ingest --jobs $j: same documents stored" cmp -s ing1.docs "ing$j.docs"
    check "ingest --jobs $j: a rerun skips as one job's does" \
        cmp -s again1.err "again$j.err"
done
check "ingest: events stored" test "$(wc -l <ing1.jsonl)" -gt 100
check "ingest: the repeated file skipped" \
    grep -q "STORE: 2000 already stored (skipped)" ing1.err
check "ingest: the rerun skipped all" \
    grep -q "STORE: 2000 already stored (skipped)" again1.err
"$DYAD_BIN" ingest --single-thread --jobs 2 --db ix.db news.jsonl >out 2>err
check "ingest --single-thread --jobs 2: exit 2" test $? -eq 2
check "ingest --single-thread --jobs 2: said" grep -q "not with --jobs 2" err
"$DYAD_BIN" ingest --jobs 0 --db ix.db news.jsonl >out 2>err
check "ingest --jobs 0: exit 2" test $? -eq 2
check "ingest --jobs 0: named" grep -qF "bad --jobs '0' (1 to 64)" err

# ---- bad values: usage errors that say so
for bad in 0 -1 abc 100000 65 2x ""; do
    "$DYAD_BIN" code --jobs "$bad" news.jsonl >out 2>err
    rc=$?
    check "--jobs '$bad': exit 2" test "$rc" -eq 2
    check "--jobs '$bad': named" grep -qF "bad --jobs '$bad' (1 to 64)" err
    check "--jobs '$bad': nothing written" test ! -s out
done
"$DYAD_BIN" code --jobs 64 -f events bad.jsonl >j64 2>/dev/null
"$DYAD_BIN" code --jobs 1 -f events bad.jsonl >j1 2>/dev/null
check "--jobs 64: the most, same output" cmp -s j1 j64

th_finish
