#!/usr/bin/env bash
# bench/store.sh DYAD - the event store at scale (make bench-store;
# docs/scale.md, "SQLite at scale"). The shared corpus repeated 20 times
# (SCALES="1 20 100" for 100 as well) by bench/gen_corpus.py: distinct ids,
# texts and dates, ingested with --no-near-duplicates so that every copy's
# documents and events are stored (copies of one text are otherwise
# near-duplicates of each other). It measures
#   - ingest of the whole store, per document, and its peak RSS;
#   - one more copy of the corpus ingested into an empty store (A) and into
#     the large store (B), A B A B ...: the median of the paired ratios B/A
#     of the time per document (the machine's speed drifts, pairs do not);
#   - `query --cameo 19 --limit 10` and `query --text ceasefire --limit 10`
#     on the 1x store (A) and the large one (B), paired the same way.
# Stores and corpora go to $DYAD_BENCH_DIR (default a temporary directory,
# removed at the end; about 0.6 GB at 20x, 3 GB at 100x).
set -euo pipefail
dyad=$(realpath "${1:-build/dyad}")
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${DYAD_BENCH_CORPUS:-$root/../shared/corpus/news.jsonl}
scales=${SCALES:-1 20}
rounds=${ROUNDS:-3}      # paired ingest rounds
qrounds=${QROUNDS:-7}    # paired query rounds
ingest_opts=${INGEST_OPTS:-}
if [ ! -f "$corpus" ]; then echo "bench: no corpus at $corpus" >&2; exit 1; fi
if [ -n "${DYAD_BENCH_DIR:-}" ]; then
    dir=$DYAD_BENCH_DIR; mkdir -p "$dir"
else
    dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
fi
gen="python3 $root/bench/gen_corpus.py"
docs=$(grep -c . "$corpus")

# measure CMD...: "wall_ms cpu_ms rss_mb" of CMD (its output discarded);
# CPU (user + system, all threads) moves less than wall time when other
# work shares the machine
measure() {
    /usr/bin/time -f '%e %U %S %M' -o "$dir/time.out" "$@" >/dev/null 2>&1
    awk '{ printf "%d %d %.1f\n", $1 * 1000, ($2 + $3) * 1000, $4 / 1024 }' "$dir/time.out"
}
# ms CMD...: wall milliseconds of CMD, to the millisecond (queries)
ms() {
    local s e
    s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
}
median() { tr ' ' '\n' | grep . | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# shellcheck disable=SC2206 # INGEST_OPTS: words
ingest=("$dyad" ingest -q --no-near-duplicates $ingest_opts --db)

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); dyad $("$dyad" --version 2>/dev/null | head -1)"
echo "corpus: $corpus ($docs documents); ingest options: --no-near-duplicates $ingest_opts"
$gen "$corpus" 1 1000 >"$dir/extra.jsonl"   # one more copy, new to every store
largest=""
for n in $scales; do
    $gen "$corpus" "$n" >"$dir/c$n.jsonl"
    rm -f "$dir/s$n.db"*
    read -r t c r < <(measure "${ingest[@]}" "$dir/s$n.db" "$dir/c$n.jsonl")
    rm -f "$dir/c$n.jsonl"
    size=$(du -m "$dir/s$n.db" | cut -f1)
    ev=$(sqlite3 "$dir/s$n.db" "select count(*) from events")
    awk -v n="$n" -v t="$t" -v c="$c" -v d="$((docs * n))" -v r="$r" -v s="$size" -v ev="$ev" \
        'BEGIN { printf "%4sx: ingest %d documents in %.1f s (CPU %.1f s) = %.3f ms/document (CPU %.3f), %d events, %d MB, peak RSS %s MB\n", n, d, t / 1000, c / 1000, t / d, c / d, ev, s, r }'
    largest=$n
done
[ "$largest" != 1 ] || { echo "bench: SCALES needs a scale above 1" >&2; exit 1; }

# one more copy into an empty store (A) and into the largest store (B)
ratios=""; cratios=""; ta=""; tb=""; ca=""; cb=""; rb=0
for i in $(seq "$rounds"); do
    rm -f "$dir/a.db"*
    read -r a ac ar < <(measure "${ingest[@]}" "$dir/a.db" "$dir/extra.jsonl")
    rm -f "$dir/b.db"*; cp "$dir/s$largest.db" "$dir/b.db"
    read -r b bc br < <(measure "${ingest[@]}" "$dir/b.db" "$dir/extra.jsonl")
    ta="$ta $a"; tb="$tb $b"; ca="$ca $ac"; cb="$cb $bc"; rb=$br
    ratios="$ratios $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", b / a }')"
    cratios="$cratios $(awk -v a="$ac" -v b="$bc" 'BEGIN { printf "%.2f", b / a }')"
done
rm -f "$dir/a.db"* "$dir/b.db"*
per() { for x in $1; do awk -v x="$x" -v d="$docs" 'BEGIN { printf " %.3f", x / d }'; done; }
echo "one more copy ($docs documents), ms/document, wall (CPU):"
echo "  into an empty store:$(per "$ta") ($(per "$ca") )"
echo "  into the ${largest}x store:$(per "$tb") ($(per "$cb") ), peak RSS $rb MB"
echo "  ratio ${largest}x/empty, paired: wall$ratios, median $(echo "$ratios" | median); CPU$cratios, median $(echo "$cratios" | median)"

# SEQ more copies in a row into one copy of the largest store (B), each
# new to it, against one copy into an empty store (A) before and after:
# the mean CPU per document over A's, merges of the near-duplicate keys
# (docs/store.md, "At scale") included at the rate they happen
seq_n=${SEQ:-5}
if [ "$seq_n" -gt 0 ]; then
    rm -f "$dir/a.db"*
    read -r _ a1 _ < <(measure "${ingest[@]}" "$dir/a.db" "$dir/extra.jsonl")
    rm -f "$dir/b.db"*; cp "$dir/s$largest.db" "$dir/b.db"
    seqc=""
    for k in $(seq "$seq_n"); do
        $gen "$corpus" 1 $((2000 + k)) >"$dir/more.jsonl"
        read -r _ c _ < <(measure "${ingest[@]}" "$dir/b.db" "$dir/more.jsonl")
        seqc="$seqc $c"
    done
    rm -f "$dir/a.db"*
    read -r _ a2 _ < <(measure "${ingest[@]}" "$dir/a.db" "$dir/extra.jsonl")
    rm -f "$dir/a.db"* "$dir/b.db"* "$dir/more.jsonl"
    echo "$seq_n more copies in a row into the ${largest}x store, CPU ms:$seqc; into an empty store: $a1 $a2"
    echo "$seqc" | awk -v a1="$a1" -v a2="$a2" -v n="$seq_n" -v l="$largest" \
        '{ s = 0; for (i = 1; i <= NF; i++) s += $i; printf "  mean ratio %sx/empty, CPU: %.2f\n", l, (s / n) / ((a1 + a2) / 2) }'
fi

# queries on the 1x store (A) and the largest (B)
query() {
    local name=$1; shift
    local ratios="" ta="" tb="" a b
    for i in $(seq "$qrounds"); do
        a=$(ms "$dyad" query --db "$dir/s1.db" "$@")
        b=$(ms "$dyad" query --db "$dir/s$largest.db" "$@")
        ta="$ta $a"; tb="$tb $b"
        ratios="$ratios $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", (a > 0 ? b / a : 0) }')"
    done
    local r
    r=$(measure "$dyad" query --db "$dir/s$largest.db" "$@" | cut -d' ' -f3)
    echo "query $name: 1x median $(echo "$ta" | median) ms, ${largest}x median $(echo "$tb" | median) ms (peak RSS $r MB); paired ratios$ratios; median $(echo "$ratios" | median)"
}
if [ -f "$dir/s1.db" ]; then
    query "--cameo 19 --limit 10" --cameo 19 --limit 10
    query "--text ceasefire --limit 10" --text ceasefire --limit 10
    query "--limit 10" --limit 10
fi
