#!/usr/bin/env bash
# identity.sh - which document an input is (docs/store.md, "Identity"):
# standard input and records without an id are keyed by the SHA-256 of
# their text, paths by their real path; an id read again with another
# text keeps the stored one (first wins, reported) unless --replace (last
# wins), with the same outcome whatever the threads and batches; the
# summary counts every input once.
# Env: DYAD_BIN (the dyad CLI), DYAD_TEST_LEXB (compiled lexicon),
#      DYAD_SOURCE_DIR (repository root).
set -u
: "${DYAD_BIN:?}" "${DYAD_TEST_LEXB:?}" "${DYAD_SOURCE_DIR:?}"
export DYAD_LEXICON="$DYAD_TEST_LEXB"
. "$DYAD_SOURCE_DIR/tests/lib.sh"
th_tmpdir identity
cd "$T" || exit 1

# ---- standard input: keyed by its text, not by the name "<stdin>"
echo "Russia attacked Ukraine on Monday." | "$DYAD_BIN" ingest --db s.db - 2>err1
echo "Israel bombed Gaza on Tuesday." | "$DYAD_BIN" ingest --db s.db - 2>err2
check "stdin: a second text is a second document" \
    test "$(q s.db "select count(*) from documents")" -eq 2
check "stdin: not reported as stored" grep -q "0 already stored" err2
check "stdin: keyed sha256:<hex of the text>" \
    test "$(q s.db "select count(*) from documents where id = 'sha256:' || content and length(content) = 64")" -eq 2
check "stdin: the key is the SHA-256 of the text" \
    test "$(q s.db "select content from documents where origin='<stdin>' order by rowid limit 1")" = \
         "$(printf 'Russia attacked Ukraine on Monday.\n' | sha256sum | cut -d' ' -f1)"
echo "Russia attacked Ukraine on Monday." | "$DYAD_BIN" ingest --db s.db - 2>err3
check "stdin: the same text again is skipped" grep -q "1 already stored (skipped)" err3
check "stdin: still 2 documents" test "$(q s.db "select count(*) from documents")" -eq 2

# ---- a path, however it is written, is one document
mkdir -p sub
printf 'Russian forces shelled Kharkiv on Monday, officials said.\n' >x.txt
ln -s x.txt link.txt
"$DYAD_BIN" ingest --db p.db x.txt sub/../x.txt "$T/x.txt" ./x.txt 2>err
check "paths: one document" test "$(q p.db "select count(*) from documents")" -eq 1
check "paths: keyed by the real path" test "$(q p.db "select id from documents")" = "$(realpath x.txt)"
check "paths: the others skipped" grep -q "3 already stored (skipped)" err
"$DYAD_BIN" ingest --db p.db link.txt 2>err
check "paths: a link to it is the same document" grep -q "1 already stored (skipped)" err

# ---- a file rewritten under its name: reported, kept; --replace stores it
printf 'Russian forces shelled Odesa on Tuesday, officials said.\n' >x.txt
"$DYAD_BIN" ingest --db p.db x.txt 2>err
check "rewritten: exit 0" test $? -eq 0
check "rewritten: counted as a conflicting duplicate" grep -q "1 conflicting duplicates" err
check "rewritten: named, with the option that stores it" \
    grep -q "whose id is stored with another text: the stored one is kept (--replace stores the later): x.txt" err
check "rewritten: the stored text is kept" \
    test "$(q p.db "select count(*) from sentences where text like '%Kharkiv%'")" -eq 1
"$DYAD_BIN" ingest --replace --db p.db x.txt 2>err
check "--replace: replaced" grep -q "1 documents replaced a stored document" err
check "--replace: the new text is stored" \
    test "$(q p.db "select count(*) from sentences where text like '%Odesa%'")" -eq 1
check "--replace: the old events are gone" \
    test "$(q p.db "select count(*) from sentences where text like '%Kharkiv%'")" -eq 0
check "--replace: still one document" test "$(q p.db "select count(*) from documents")" -eq 1

# ---- records without an id: keyed by their text, so a rotated file (old
# records shifted, new ones added) stores exactly the new ones
python3 - <<'PY'
import json
texts = [f"Russian forces shelled Kharkiv on day {i}, killing {i} people." for i in range(6)]
with open("feed1.jsonl", "w") as f:
    for t in texts[:4]:
        f.write(json.dumps({"date": "2024-03-01", "text": t}) + "\n")
with open("feed2.jsonl", "w") as f:
    for t in texts[2:]:
        f.write(json.dumps({"date": "2024-03-01", "text": t}) + "\n")
PY
"$DYAD_BIN" ingest --no-near-duplicates --db f.db feed1.jsonl 2>/dev/null
"$DYAD_BIN" ingest --no-near-duplicates --db f.db feed2.jsonl 2>err
check "rotated feed: the two new records stored" \
    test "$(q f.db "select count(*) from documents")" -eq 6
check "rotated feed: the two old ones skipped" grep -q "2 already stored (skipped)" err
check "rotated feed: origin is file:line" \
    test "$(q f.db "select origin from documents order by rowid desc limit 1")" = "feed2.jsonl:4"

# ---- one id, two texts in one input: the first wins, whatever the threads
# and batches; reported as a conflicting duplicate
python3 - <<'PY'
import json
with open("dup.jsonl", "w") as f:
    for i in range(400):
        f.write(json.dumps({"id": f"d{i}", "date": "2024-03-02",
                            "text": f"Police arrested {i} protesters in Minsk, officials said."}) + "\n")
    # the same ids again, some with another text, some with the same
    for i in range(0, 400, 7):
        t = f"Police arrested {i} protesters in Minsk, officials said." if i % 2 else \
            f"Rebels attacked an army base near Aleppo {i} times."
        f.write(json.dumps({"id": f"d{i}", "date": "2024-03-02", "text": t}) + "\n")
PY
for mode in "--single-thread" "--batch 1" "--batch 1000" "--batch 3"; do
    db="dup-${mode// /}.db"
    # shellcheck disable=SC2086
    "$DYAD_BIN" ingest $mode --db "$db" dup.jsonl 2>"$db.err"
    check "dup ($mode): exit 0" test $? -eq 0
    check "dup ($mode): 400 documents" test "$(q "$db" "select count(*) from documents")" -eq 400
    check "dup ($mode): the first texts kept" \
        test "$(q "$db" "select count(*) from sentences where text like '%Aleppo%'")" -eq 0
    check "dup ($mode): 29 conflicting" grep -q "29 conflicting duplicates" "$db.err"
    check "dup ($mode): 29 skipped" grep -q "29 already stored (skipped)" "$db.err"
    check "dup ($mode): the conflict named with where the stored one came from" \
        grep -q "dup.jsonl:401 (id d0, stored from dup.jsonl:1)" "$db.err"
done
check "dup: same summary single-thread and threaded" \
    test "$(grep documents: dup---single-thread.db.err)" = "$(grep documents: dup---batch1000.db.err)"
check "dup: same rows single-thread and threaded, any batch" \
    test "$(q dup---single-thread.db "select group_concat(id || ':' || content) from documents")" = \
         "$(q dup---batch3.db "select group_concat(id || ':' || content) from documents")"
"$DYAD_BIN" ingest --replace --db dupr.db dup.jsonl 2>err
check "dup --replace: the later texts replace (last wins)" \
    test "$(q dupr.db "select count(*) from sentences where text like '%Aleppo%'")" -eq 29
check "dup --replace: 400 documents" test "$(q dupr.db "select count(*) from documents")" -eq 400
"$DYAD_BIN" ingest --replace --single-thread --batch 1 --db dupr1.db dup.jsonl 2>err1
check "dup --replace: same rows with one thread and batch 1" \
    test "$(q dupr.db "select group_concat(id || ':' || content) from documents")" = \
         "$(q dupr1.db "select group_concat(id || ':' || content) from documents")"

# ---- a store's documents after a long run of new ones: past 256 look-ups
# that found nothing, ingest looks up one document in 16 before coding
# (cli/ingest_engine.c); the writer still finds every stored one, so
# they are skipped, a changed text is a conflict, and the store is the
# one that looking each up gives (the same rows as one thread, batch 1)
for i in $(seq 300); do
    printf '{"id":"old%d","text":"Russia attacked Ukraine on day %d."}\n' "$i" "$i"
done >old.jsonl
for i in $(seq 600); do
    printf '{"id":"new%d","text":"Israel bombed Gaza on day %d."}\n' "$i" "$i"
done >new.jsonl
{ cat new.jsonl old.jsonl
  printf '{"id":"old7","text":"Russia attacked Ukraine again."}\n'
  printf '{"id":"late","text":"Iran condemned Iraq."}\n'; } >late.jsonl
"$DYAD_BIN" ingest --db probe.db old.jsonl 2>/dev/null
cp probe.db probe1.db
"$DYAD_BIN" ingest --db probe.db late.jsonl 2>err
check "probe: the 300 stored after 600 new ones are skipped" \
    grep -q "300 already stored (skipped)" err
check "probe: the changed text is a conflict" grep -q "1 conflicting duplicates" err
check "probe: 901 documents" test "$(q probe.db "select count(*) from documents")" -eq 901
"$DYAD_BIN" ingest --single-thread --batch 1 --db probe1.db late.jsonl 2>err1
check "probe: one thread, batch 1 skips as many" \
    grep -q "300 already stored (skipped)" err1
check "probe: the same rows as one thread and batch 1" \
    test "$(q probe.db "select group_concat(id || ':' || content || ':' || events) from documents")" = \
         "$(q probe1.db "select group_concat(id || ':' || content || ':' || events) from documents")"

# ---- the summary adds up: documents = coded + without events + empty +
# rejected + near-duplicates + conflicting (+ entries); the skipped apart
printf '{"id":"e1","text":"   "}\n{"id":"e2","text":"Russia attacked Ukraine."}\n{oops\n{"id":"e2","text":"Israel bombed Gaza."}\n{"id":"e3","text":"The weather was fine."}\n{"id":"e1","text":"   "}\n' >mix.jsonl
"$DYAD_BIN" ingest --db m.db mix.jsonl 2>err
line=$(grep "documents:" err)
read -r n c w e r nd cd <<<"$(echo "$line" | sed -E 's/dyad: ([0-9]+) documents: ([0-9]+) coded with events \([0-9]+ events\), ([0-9]+) without events, ([0-9]+) empty, ([0-9]+) rejected, ([0-9]+) near-duplicates, ([0-9]+) conflicting duplicates.*/\1 \2 \3 \4 \5 \6 \7/')"
sk=$(sed -n 's/.* \([0-9]*\) already stored (skipped).*/\1/p' err)
check "summary adds up ($line; $sk skipped)" test "$n" -eq $((c + w + e + r + nd + cd))
check "summary: 6 inputs in all" test $((n + sk)) -eq 6
check "summary: the counts ($c $w $e $r $cd)" test "$c $w $e $r $cd" = "1 1 2 1 1"

th_finish
