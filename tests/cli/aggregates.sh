#!/usr/bin/env bash
# aggregates.sh - what an analyst publishes from a store, on the shared
# corpus (issue 13): the GDELT export's country columns and FractionDate,
# tolls (no event carries a running toll, the victims' number), statuses
# out of default figures and said, bad filters exit 2 naming the value,
# --place by any name, the period picked from the span, and the exports
# loaded by real readers: GeoJSON by ogrinfo (gdal-bin), the ACLED CSV by
# Python's csv module and sqlite3's CSV import, the Mentions table.
# Env: DYAD_BIN, DYAD_TEST_LEXB, DYAD_SOURCE_DIR, DYAD_SHARED_DIR.
set -u
: "${DYAD_BIN:?}" "${DYAD_TEST_LEXB:?}" "${DYAD_SOURCE_DIR:?}"
export DYAD_LEXICON="$DYAD_TEST_LEXB"
. "$DYAD_SOURCE_DIR/tests/lib.sh"
th_tmpdir aggregates

corpus="${DYAD_SHARED_DIR:-$DYAD_SOURCE_DIR/../shared}/corpus/news.jsonl"
if [ ! -r "$corpus" ]; then
    echo "  the shared corpus is not here ($corpus): a generated one instead"
    corpus="$T/corpus.jsonl"
    python3 "$DYAD_SOURCE_DIR/tests/fixtures/shelling_corpus.py" "$corpus" 2000
fi
db="$T/news.db"
"$DYAD_BIN" ingest -q --db "$db" "$corpus"
check "ingest of the corpus: exit 0" test $? -eq 0

# ---- GDELT: country columns hold countries; FractionDate in its year
"$DYAD_BIN" export --db "$db" --status all -o "$T/events.tsv" 2>/dev/null
check "export -o: exit 0" test $? -eq 0
roles="AGR BUS COP CRM CVL DEV EDU ELI ENV GOV HLH HRI INS JUD LAB LEG MED MIL MOD OPP PTY RAD REB REF REL SEP SET SPY UAF IGO IMG INT MNC NGM NGO UIS XXX UNK"
bad_cc=$(awk -F'\t' -v roles="$roles" 'BEGIN { n = split(roles, r, " "); for (i = 1; i <= n; i++) role[r[i]] = 1 }
    ($8 in role) || ($18 in role) { c++ } END { print c + 0 }' "$T/events.tsv")
check "GDELT: no Actor CountryCode holds a role code ($bad_cc)" test "$bad_cc" -eq 0
bad_frac=$(awk -F'\t' '$5 != "" && (int($5) != $4 || $5 >= $4 + 1) { c++ } END { print c + 0 }' "$T/events.tsv")
check "GDELT: no FractionDate leaves its year ($bad_frac)" test "$bad_frac" -eq 0
check "GDELT: 61 columns" test "$(awk -F'\t' 'NF != 61' "$T/events.tsv" | wc -l)" -eq 0
check "GDELT: IMGREB is types IMG and REB, no known group" \
    test "$(awk -F'\t' '$6 == "IMGREB" && ($9 != "" || $13 != "IMG" || $14 != "REB")' "$T/events.tsv" | wc -l)" -eq 0
loose=$(q "$db" "select count(*) from events where loose=1 and lat is not null")
check "GDELT: no ActionGeo from a loose place ($loose loose)" \
    test "$(awk -F'\t' 'NR == FNR { if ($1) l[$1] = 1; next } ($1 in l) && $52 != "0"' \
        <(q "$db" "select id from events where loose=1") "$T/events.tsv" | wc -l)" -eq 0
echo "  GDELT: $(wc -l <"$T/events.tsv") rows, $bad_cc role codes in country columns, $bad_frac FractionDates out of their year"

# ---- tolls: no event carries a running toll; the victims' number
carried=$(q "$db" "select count(*) from events e where e.killed is not null and not exists (select 1 from mentions m where m.event_id=e.id and m.killed=e.killed and m.killed_cumulative=0)")
check "no event's toll is a running toll ($carried)" test "$carried" -eq 0
huge=$(q "$db" "select count(*) from events where killed >= 10000")
check "no event carries a toll of 10,000 or more ($huge)" test "$huge" -eq 0
running=$(q "$db" "select count(*) from events where killed_cumulative is not null")
check "running tolls are kept, apart ($running)" test "$running" -gt 0
check "the corpus's running tolls are marked (290,000 since March 2011)" \
    test "$(q "$db" "select count(*) from mentions where killed=290000 and killed_cumulative=1")" -ge 1
check "no event dated from a running toll's 'since'" \
    test "$(q "$db" "select count(*) from events e join sentences s on s.id=e.first_sentence_id where s.text like '%since March 2011%' and e.date='2011-03-01'")" -eq 0
mob=$(q "$db" "select group_concat(m.killed) from mentions m join sentences s on s.id=m.sentence_id where s.text like '%mob of around 5,000 persons killed nearly 65%' and m.killed is not null")
check "a mob of around 5,000 persons killed nearly 65: 65 ($mob)" test "$mob" = 65
"$DYAD_BIN" stats --db "$db" --format json >"$T/stats.json"
check "stats: fatalities are the events' own tolls" python3 - "$T/stats.json" "$(q "$db" "select coalesce(sum(killed),0) from events where status_mask & 7")" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["total"]["fatalities"] == int(sys.argv[2]), (d["total"], sys.argv[2])
assert d["left_out"]["cumulative"] > 0
EOF
"$DYAD_BIN" stats --db "$db" --explain >"$T/explain.txt"
check "stats --explain lists each toll with its report" grep -q "^FATALITIES: each event's own toll" "$T/explain.txt"

# ---- statuses: out of default figures, and said
denied=$(q "$db" "select count(*) from events where status='denied' and (status_mask & 7) = 0")
check "the corpus has events only denied ($denied)" test "$denied" -gt 0
check "stats: denied events out of the total, and counted" python3 - "$T/stats.json" "$denied" "$(q "$db" "select count(*) from events where status_mask & 7")" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["left_out"]["denied"] == int(sys.argv[2]), d["left_out"]
assert d["total"]["events"] == int(sys.argv[3]), d["total"]
EOF
"$DYAD_BIN" stats --db "$db" >"$T/stats.txt"
check "stats: totals first" test "$(head -1 "$T/stats.txt" | cut -c1-5)" = TOTAL
check "stats: says what it left out" grep -q "^left out: .*denied.*(of every figure)" "$T/stats.txt"
check "stats: says how many undated events the series leaves out" grep -q "undated (of the series)" "$T/stats.txt"
check "stats with no options: the period from the span, few rows ($(wc -l <"$T/stats.txt"))" \
    test "$(wc -l <"$T/stats.txt")" -lt 150
"$DYAD_BIN" query --db "$db" --status denied --format jsonl >"$T/denied.jsonl" 2>/dev/null
check "--status denied finds them" test "$(wc -l <"$T/denied.jsonl")" -ge "$denied"
"$DYAD_BIN" query --db "$db" --format jsonl >"$T/default.jsonl" 2>"$T/default.err"
check "the default query leaves them out" python3 - "$T/default.jsonl" <<'EOF'
import json, sys
assert all(json.loads(l)["status"] != "denied" or any(m["status"] in ("asserted", "reported", "confirmed") for m in json.loads(l)["mentions"]) for l in open(sys.argv[1]))
EOF
check "query says what it left out" grep -q "left out: .*denied" "$T/default.err"
"$DYAD_BIN" stats --db "$db" --by year >"$T/years.txt"
check "--by year" grep -q "^YEAR " "$T/years.txt"

# ---- bad filters: exit 2, the value named
for f in "--status bogus" "--cameo abc" "--country UA" "--from 2024-05-01 --to 2024-03-01" \
         "--plover NOPE" "--bbox 1,2,3" "--quad 9" "--by fortnight" "--min-mentions -1"; do
    for cmd in query stats export plot; do
        out=""
        [ $cmd = plot ] && out="-o $T/x.png"
        case "$cmd $f" in "query --by"* | "export --by"*) continue ;; esac
        # shellcheck disable=SC2086
        "$DYAD_BIN" $cmd --db "$db" $f $out >/dev/null 2>"$T/bad.err"
        rc=$?
        v=${f##* }
        [ "$f" = "--from 2024-05-01 --to 2024-03-01" ] && v=2024-05-01
        check "$cmd $f: exit 2 (got $rc)" test $rc -eq 2
        check "$cmd $f: names '$v' ($(head -c 120 "$T/bad.err"))" grep -q -- "$v" "$T/bad.err"
    done
done
"$DYAD_BIN" plot --db "$db" -o "$T/chart.jpg" 2>"$T/jpg.err"
check "plot -o x.jpg: exit 2" test $? -eq 2
check "plot -o x.jpg: says png or svg" grep -q ".png or .svg" "$T/jpg.err"
check "plot -o x.jpg: nothing written" test ! -e "$T/chart.jpg"

# ---- --place by any name of the place
printf '%s\n' '{"id":"k1","date":"2024-03-01","text":"Russian forces shelled Kyiv."}' \
    '{"id":"k2","date":"2024-03-04","text":"Russian forces shelled Kiev on Monday."}' >"$T/kyiv.jsonl"
"$DYAD_BIN" ingest -q --db "$T/kyiv.db" "$T/kyiv.jsonl"
check "--place Kiev finds Kyiv too" test "$("$DYAD_BIN" query --db "$T/kyiv.db" --place Kiev --format jsonl | wc -l)" -eq 2
check "--place kyiv finds Kiev too" test "$("$DYAD_BIN" query --db "$T/kyiv.db" --place kyiv --format jsonl | wc -l)" -eq 2
check "--bbox around Kyiv" test "$("$DYAD_BIN" query --db "$T/kyiv.db" --bbox 30,50,31,51 --format jsonl | wc -l)" -eq 2
check "JSON latitudes with 4 decimals" grep -q '"lat":50.4547,"lon":30.5238' <("$DYAD_BIN" query --db "$T/kyiv.db" --format jsonl)
check "no 17-digit coordinates in JSONL" test "$(grep -cE '"(lat|lon)":-?[0-9]+\.[0-9]{5,}' "$T/default.jsonl")" -eq 0

# ---- the exports in their readers
"$DYAD_BIN" export --db "$db" --format geojson -o "$T/events.geojson" 2>"$T/geo.err"
check "export geojson: exit 0" test $? -eq 0
check "export geojson: says what it left out" grep -q "loose place" "$T/geo.err"
n_geo=$(sed -n 's/.*: \([0-9]*\) written.*/\1/p' "$T/geo.err")
if command -v ogrinfo >/dev/null; then
    ogrinfo -ro -al -so "$T/events.geojson" >"$T/ogr.txt" 2>&1
    check "ogrinfo reads the GeoJSON ($(head -c 200 "$T/ogr.txt"))" grep -q "Geometry: Point" "$T/ogr.txt"
    check "ogrinfo: every feature ($n_geo)" grep -q "Feature Count: $n_geo\$" "$T/ogr.txt"
    check "ogrinfo: fatalities and cameo fields" grep -q "^cameo: String" "$T/ogr.txt"
else
    echo "  GeoJSON: ogrinfo is not installed (Debian's gdal-bin, tools/deps.sh): the GeoJSON reader test is skipped"
fi
check "the GeoJSON is one FeatureCollection (python json)" python3 - "$T/events.geojson" "$n_geo" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["type"] == "FeatureCollection" and len(d["features"]) == int(sys.argv[2])
for f in d["features"]:
    lon, lat = f["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90
EOF
"$DYAD_BIN" export --db "$db" --format acled -o "$T/acled.csv" 2>"$T/acled.err"
check "export acled: exit 0" test $? -eq 0
n_acled=$(sed -n 's/.*: \([0-9]*\) written.*/\1/p' "$T/acled.err")
check "Python's csv module reads the ACLED CSV" python3 - "$T/acled.csv" "$n_acled" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert len(rows) == int(sys.argv[2]), (len(rows), sys.argv[2])
types = {"Battles", "Violence against civilians", "Explosions/Remote violence",
         "Riots", "Protests", "Strategic developments"}
for r in rows:
    assert r["event_type"] in types and r["sub_event_type"], r
    assert len(r["event_date"]) == 10 and r["year"] == r["event_date"][:4]
    assert r["fatalities"].isdigit() and r["notes"]
    assert not r["latitude"] or -90 <= float(r["latitude"]) <= 90
EOF
check "sqlite3 imports the ACLED CSV" test "$(sqlite3 "$T/acled-import.db" ".import --csv $T/acled.csv acled" "select count(*) from acled")" -eq "$n_acled"
"$DYAD_BIN" export --db "$db" --format gdelt-mentions -o "$T/mentions.tsv" 2>/dev/null
check "GDELT Mentions: 16 columns" test "$(awk -F'\t' 'NF != 16' "$T/mentions.tsv" | wc -l)" -eq 0
check "GDELT Mentions: one row per report of the events written" \
    test "$(wc -l <"$T/mentions.tsv")" -eq "$(q "$db" "select count(*) from mentions m join events e on e.id=m.event_id where e.status_mask & 7")"

th_finish
