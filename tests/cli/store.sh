#!/usr/bin/env bash
# store.sh - the event store commands end to end: ingest (idempotent,
# resumable after kill -9 at several points), `code --db`, query formats
# and filters, stats, export (61 GDELT columns), plot files, exit codes.
# Env: DYAD_BIN (the dyad CLI), DYAD_TEST_LEXB (compiled lexicon),
#      DYAD_SOURCE_DIR (repository root).
set -u

: "${DYAD_BIN:?DYAD_BIN is not set}"
: "${DYAD_TEST_LEXB:?DYAD_TEST_LEXB is not set}"
: "${DYAD_SOURCE_DIR:?DYAD_SOURCE_DIR is not set}"
export DYAD_LEXICON="$DYAD_TEST_LEXB"

. "$DYAD_SOURCE_DIR/tests/lib.sh"
th_tmpdir store

# ---- a generated corpus: 3000 small documents, some repeated reports
python3 - "$T/corpus.jsonl" <<'EOF'
import json, sys
actors = ["Russian forces", "Ukrainian troops", "Israeli aircraft", "Syrian rebels", "Police"]
places = ["Kharkiv", "Odesa", "Gaza", "Aleppo", "Kyiv", "Homs"]
verbs = ["shelled", "attacked", "bombed"]
with open(sys.argv[1], "w") as f:
    for i in range(3000):
        a, p, v = actors[i % 5], places[(i // 5) % 6], verbs[(i // 30) % 3]
        day = 1 + (i // 90) % 28
        text = f"{a} {v} {p} on {i % 7 + 1} occasions, officials said. Talks are planned in Geneva next week. " + \
            " ".join(f"The {k}th report from the region described damaged roads, schools and a market near the river." for k in range(12))
        f.write(json.dumps({"id": f"g{i}", "date": f"2024-02-{day:02d}",
                            "source": ["AP", "AFP", "Reuters"][i % 3], "text": text}) + "\n")
EOF
N=3000

# ---- the reference: one uninterrupted run
"$DYAD_BIN" ingest -q --db "$T/ref.db" "$T/corpus.jsonl"
check "reference ingest exit 0" test $? -eq 0
ref_docs=$(q "$T/ref.db" "select count(*) from documents")
ref_men=$(q "$T/ref.db" "select count(*) from mentions")
ref_ev=$(q "$T/ref.db" "select count(*) from events")
check "reference stores every document ($ref_docs)" test "$ref_docs" -eq $N
check "reference has mentions ($ref_men)" test "$ref_men" -gt 1000
check "repeated reports merged ($ref_ev events < $ref_men mentions)" test "$ref_ev" -lt "$ref_men"

# ---- idempotent: a second run adds nothing
"$DYAD_BIN" ingest --db "$T/ref.db" "$T/corpus.jsonl" 2>"$T/err"
check "second ingest exit 0" test $? -eq 0
check "second ingest skips all" grep -q "$N already stored" "$T/err"
check "second ingest: same mentions" test "$(q "$T/ref.db" "select count(*) from mentions")" -eq "$ref_men"
check "second ingest: same events" test "$(q "$T/ref.db" "select count(*) from events")" -eq "$ref_ev"
check "no progress bar on a pipe" sh -c "! grep -q 'ETA' '$T/err'"
check "summary line" grep -q "dyad: 0 documents: 0 coded with events" "$T/err"

# ---- with --jobs 1 the writer thread codes documents too when it would
# wait; with --jobs 2 two threads code and the writer only stores: the
# summary counts and the stored rows are those of a single-thread run
"$DYAD_BIN" ingest --single-thread --db "$T/one.db" "$T/corpus.jsonl" 2>"$T/one.err"
"$DYAD_BIN" ingest --jobs 1 --stats --db "$T/two.db" "$T/corpus.jsonl" 2>"$T/two.err"
"$DYAD_BIN" ingest --jobs 2 --stats --db "$T/jobs.db" "$T/corpus.jsonl" 2>"$T/jobs.err"
mentions_of() {
    q "$1" "select group_concat(doc_id || sentence || event_id, ',') from (select * from mentions order by id)"
}
for m in two jobs; do
    check "thread modes ($m): same summary" \
        test "$(grep 'documents:' "$T/one.err")" = "$(grep 'documents:' "$T/$m.err")"
    check "thread modes ($m): same mentions" \
        test "$(mentions_of "$T/one.db")" = "$(mentions_of "$T/$m.db")"
done
check "stats say how many the writer coded" grep -q "which also coded" "$T/two.err"
check "stats say the coding threads' time" grep -q "coding (2 threads)" "$T/jobs.err"

# ---- a document repeated within one run into a fresh store: the repeat
# is looked up (its key was seen) and skipped once stored, not re-coded and
# re-stored; the store holds it once either way
cat "$T/corpus.jsonl" "$T/corpus.jsonl" >"$T/twice.jsonl"
"$DYAD_BIN" ingest --single-thread --db "$T/twice.db" "$T/twice.jsonl" 2>"$T/err"
check "repeats in one run: exit 0" test $? -eq 0
check "repeats in one run: all skipped" grep -q "$N already stored (skipped)" "$T/err"
check "repeats in one run: each stored once" \
    test "$(q "$T/twice.db" "select count(*) from documents")" -eq $N
check "repeats in one run: same mentions as one copy" \
    test "$(q "$T/twice.db" "select count(*) from mentions")" -eq "$ref_men"
"$DYAD_BIN" ingest --db "$T/twice2.db" "$T/twice.jsonl" 2>"$T/err"
check "repeats, two threads: each stored once" \
    test "$(q "$T/twice2.db" "select count(*) from documents")" -eq $N
check "repeats, two threads: same mentions as one copy" \
    test "$(q "$T/twice2.db" "select count(*) from mentions")" -eq "$ref_men"

# ---- kill -9 at several points, then a rerun completes exactly once
for when in 0.05 0.1 0.15 0.2 0.25 0.5; do
    "$DYAD_BIN" ingest -q --batch 50 --db "$T/kill.db" "$T/corpus.jsonl" &
    pid=$!
    sleep "$when"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    ic=$(q "$T/kill.db" "pragma integrity_check" 2>&1)
    check "integrity after kill at ${when}s ($ic)" test "$ic" = "ok"
    docs=$(q "$T/kill.db" "select count(*) from documents" 2>/dev/null || echo 0)
    echo "  killed after ${when}s: $docs documents committed"
done
"$DYAD_BIN" ingest -q --db "$T/kill.db" "$T/corpus.jsonl"
check "rerun exit 0" test $? -eq 0
check "rerun: integrity" test "$(q "$T/kill.db" "pragma integrity_check")" = "ok"
check "rerun: every document once" test "$(q "$T/kill.db" "select count(*) from documents")" -eq $N
check "rerun: same mentions as one run" test "$(q "$T/kill.db" "select count(*) from mentions")" -eq "$ref_men"
check "rerun: same events as one run" test "$(q "$T/kill.db" "select count(*) from events")" -eq "$ref_ev"
check "rerun: no mention twice" test "$(q "$T/kill.db" "select count(*) from (select doc_id, sentence, event_id from mentions group by 1,2,3 having count(*)>1)")" -eq 0
check "rerun: counts agree with mentions" test "$(q "$T/kill.db" "select count(*) from events e where num_mentions <> (select count(*) from mentions m where m.event_id=e.id)")" -eq 0
check "rerun: full-text index complete" test "$(q "$T/kill.db" "select count(*) from sentences_fts where sentences_fts match 'occasions'")" -eq "$(q "$T/kill.db" "select count(*) from sentences where text like '%occasions%'")"
check "single-thread ingest gives the same store" sh -c "'$DYAD_BIN' ingest -q --single-thread --db '$T/single.db' '$T/corpus.jsonl' && test \"\$(sqlite3 '$T/single.db' 'select count(*) from events')\" -eq $ref_ev"

# ---- the bundled example, through `code --db` and `ingest`
ex="$DYAD_SOURCE_DIR/examples/driscoll-kyiv.txt"
"$DYAD_BIN" code --date 2025-11-20 --db "$T/ex.db" --format null "$ex" 2>/dev/null
check "code --db exit 0" test $? -eq 0
check "code --db stores events" test "$(q "$T/ex.db" "select count(*) from mentions")" -gt 0
"$DYAD_BIN" show --db "$T/ex.db" >"$T/out"
check "show lists mentions" test "$(wc -l <"$T/out")" -gt 1
"$DYAD_BIN" ingest -q --date 2025-11-20 --db "$T/ex2.db" "$ex"
check "ingest of the example" test "$(q "$T/ex2.db" "select count(*) from mentions")" -eq "$(q "$T/ex.db" "select count(*) from mentions")"

# ---- query
db="$T/ref.db"
"$DYAD_BIN" query --db "$db" --format jsonl >"$T/all.jsonl"
check "query jsonl: one line per event" test "$(wc -l <"$T/all.jsonl")" -eq "$ref_ev"
check "query jsonl is JSON" python3 -c "import json,sys; [json.loads(l) for l in open('$T/all.jsonl')]"
"$DYAD_BIN" query --db "$db" --format csv >"$T/all.csv"
check "query csv: header + rows" test "$(python3 -c "import csv; print(len(list(csv.reader(open('$T/all.csv')))))")" -eq $((ref_ev + 1))
"$DYAD_BIN" query --db "$db" --limit 5 >"$T/out"
check "query table --limit 5" test "$(wc -l <"$T/out")" -eq 6
count() { "$DYAD_BIN" query --db "$db" --format jsonl "$@" | wc -l; }
sqlc() { q "$db" "$1"; }
check "--from/--to" test "$(count --from 2024-02-05 --to 2024-02-10)" -eq "$(sqlc "select count(*) from events where date between '2024-02-05' and '2024-02-10'")"
check "--actor ISR" test "$(count --actor ISR)" -eq "$(sqlc "select count(*) from events where source_code like 'ISR%' or target_code like 'ISR%'")"
check "--actor ISR > 0" test "$(count --actor ISR)" -gt 0
check "--dyad ISR,PSE" test "$(count --dyad ISR,PSE)" -eq "$(sqlc "select count(*) from events where (source_code like 'ISR%' and target_code like 'PSE%') or (source_code like 'PSE%' and target_code like 'ISR%')")"
check "--cameo 19" test "$(count --cameo 19)" -eq "$(sqlc "select count(*) from events where cameo like '19%'")"
check "--quad 4" test "$(count --quad 4)" -eq "$(sqlc "select count(*) from events where quad_class=4")"
check "--plover ASSAULT" test "$(count --plover assault)" -eq "$(sqlc "select count(*) from events where plover_type='ASSAULT'")"
check "--status asserted" test "$(count --status asserted)" -eq "$(sqlc "select count(*) from events e where exists (select 1 from mentions m where m.event_id=e.id and m.status='asserted')")"
check "--country UKR" test "$(count --country UKR)" -eq "$(sqlc "select count(*) from events where country='UKR'")"
check "--place Gaza" test "$(count --place gaza)" -eq "$(sqlc "select count(*) from events where location='Gaza'")"
check "--text Geneva (every sentence with an event)" test "$(count --text 'officials said')" -gt 0
check "--text nothing" test "$(count --text 'zanzibar')" -eq 0

# ---- stats
"$DYAD_BIN" stats --db "$db" --actor RUS --by week --format json >"$T/stats.json"
check "stats json" python3 -c "import json; d=json.load(open('$T/stats.json')); assert d['by']=='week' and len(d['series'])>0"
"$DYAD_BIN" stats --db "$db" --top-dyads 3 --top-actors 4 --format csv >"$T/stats.csv"
check "stats csv: totals first" test "$(head -1 "$T/stats.csv" | cut -d, -f1)" = total
check "stats csv top dyads" test "$(sed -n '/^dyad,events/,/^$/p' "$T/stats.csv" | grep -c ',')" -eq 4
check "stats csv top actors" test "$(sed -n '/^actor,events/,/^$/p' "$T/stats.csv" | grep -c ',')" -eq 5
"$DYAD_BIN" stats --db "$db" --dyad RUS,UKR --by day >"$T/out"
check "stats table" grep -q "GOLDSTEIN" "$T/out"

# ---- export
"$DYAD_BIN" export --db "$db" >"$T/gdelt.tsv"
check "export gdelt: one row per event" test "$(wc -l <"$T/gdelt.tsv")" -eq "$ref_ev"
check "export gdelt: 61 columns everywhere" test "$(awk -F'\t' 'NF != 61' "$T/gdelt.tsv" | wc -l)" -eq 0
"$DYAD_BIN" export --db "$db" --format csv -o "$T/e.csv"
check "export csv -o" test "$(wc -l <"$T/e.csv")" -eq $((ref_ev + 1))
"$DYAD_BIN" export --db "$db" --format jsonl --actor ISR >"$T/e.jsonl"
check "export jsonl with a filter" test "$(wc -l <"$T/e.jsonl")" -eq "$(count --actor ISR)"

# ---- plot
"$DYAD_BIN" plot --db "$db" --dyad RUS,UKR --by day -o "$T/t.png"
check "plot png exit 0" test $? -eq 0
check "plot png signature" test "$(head -c 8 "$T/t.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a"
check "plot png size" test "$(wc -c <"$T/t.png")" -gt 10000
"$DYAD_BIN" plot --db "$db" --top 8 -o "$T/d.svg"
check "plot svg root" grep -q "<svg" "$T/d.svg"
check "plot svg well-formed" python3 -c "import xml.etree.ElementTree as E; assert E.parse('$T/d.svg').getroot().tag.endswith('svg')"

# ---- exit codes
"$DYAD_BIN" query --db "$T/none.db" >/dev/null 2>&1
check "missing db: exit 3" test $? -eq 3
"$DYAD_BIN" query --db "$db" --quad 7 >/dev/null 2>&1
check "bad --quad: exit 2" test $? -eq 2
"$DYAD_BIN" query --db "$db" --from yesterday >/dev/null 2>&1
check "bad date: exit 2" test $? -eq 2
# a day its month does not have is a usage error naming it (it was read as
# 3 March), for every command that filters, and for a month too
for cmd in query stats export; do
    "$DYAD_BIN" $cmd --db "$db" --from 2023-02-31 >/dev/null 2>"$T/baddate.err"
    check "$cmd --from 2023-02-31: exit 2" test $? -eq 2
    check "$cmd --from 2023-02-31: names it" grep -q "bad date '2023-02-31'" "$T/baddate.err"
done
"$DYAD_BIN" query --db "$db" --to 2024-13 >/dev/null 2>"$T/baddate.err"
check "--to 2024-13: exit 2" test $? -eq 2
check "--to 2024-13: names it" grep -q "bad date '2024-13'" "$T/baddate.err"
"$DYAD_BIN" plot --db "$db" --from 2024-02-30 -o "$T/bad.png" >/dev/null 2>&1
check "plot --from 2024-02-30: exit 2" test $? -eq 2
"$DYAD_BIN" export --db "$db" --format table >/dev/null 2>&1
check "export table: exit 2" test $? -eq 2
"$DYAD_BIN" plot --db "$db" >/dev/null 2>&1
check "plot without -o: exit 2" test $? -eq 2
"$DYAD_BIN" plot --db "$db" --actor ZZZ -o "$T/z.png" >/dev/null 2>&1
check "plot of nothing: exit 1" test $? -eq 1

th_finish
