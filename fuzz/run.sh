#!/usr/bin/env bash
# fuzz/run.sh BUILD_DIR [TARGET...] - runs libFuzzer targets built by
# `make fuzz-build` for FUZZ_SECONDS each (default 60), FUZZ_PARALLEL at a
# time (default 2), on a working copy of fuzz/corpus/<target>/ (the seeds in
# the repo are not touched). Output under FUZZ_OUT (default BUILD_DIR/fuzz-out):
# <target>.log, corpus-<target>/, artifacts-<target>/.
#
# Outcome: a crash (sanitizer report, deadly signal, leak) fails the run
# (exit 1) and names the reproducer; a slow input (libFuzzer timeout, default
# FUZZ_TIMEOUT=60 s) or the RSS limit is reported as a warning only, so a
# loaded CI machine does not fail spuriously. Reproduce a file with
#   BUILD_DIR/fuzz/fuzz_<target> FILE   or   BUILD_DIR/fuzz/fuzz_<target>_replay FILE
# and add it to fuzz/corpus/<target>/ with the fix (docs/reliability.md).
# DYAD_FUZZ_LEXB=path makes fuzz_code use that lexicon image.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
b="${1:?usage: fuzz/run.sh BUILD_DIR [TARGET...]}"
shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(code lexicon jsonl eval feed import)
secs="${FUZZ_SECONDS:-60}"
par="${FUZZ_PARALLEL:-2}"
tmo="${FUZZ_TIMEOUT:-60}"
out="${FUZZ_OUT:-$b/fuzz-out}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

run_one() {
    local t="$1" bin="$b/fuzz/fuzz_$1"
    mkdir -p "$out/corpus-$t" "$out/artifacts-$t"
    cp -n "$here/corpus/$t/"* "$out/corpus-$t/" 2>/dev/null
    ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    "$bin" -max_total_time="$secs" -timeout="$tmo" -rss_limit_mb=2560 \
        -max_len=65536 -print_final_stats=1 -dict="$here/$t.dict" \
        -artifact_prefix="$out/artifacts-$t/" "$out/corpus-$t" \
        >"$out/$t.log" 2>&1
    echo $? >"$out/$t.rc"
}

for t in "${targets[@]}"; do
    if [ ! -x "$b/fuzz/fuzz_$t" ]; then
        echo "fuzz: $b/fuzz/fuzz_$t missing (make fuzz-build)" >&2
        exit 2
    fi
done
echo "fuzz: ${targets[*]}: ${secs}s each, $par at a time, output in $out"
running=0
for t in "${targets[@]}"; do
    run_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$par" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

fail=0
for t in "${targets[@]}"; do
    log="$out/$t.log"
    rc="$(cat "$out/$t.rc" 2>/dev/null || echo 99)"
    last="$(grep -E '^#[0-9]+' "$log" | tail -1)"
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
    cov="$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')"
    ft="$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')"
    corp="$(ls "$out/corpus-$t" | wc -l)"
    if grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer)|runtime error:|deadly signal|ERROR: libFuzzer: (fuzz target exited|.*overwrites)' "$log"; then
        status="CRASH"
        fail=1
    elif grep -qE 'ERROR: libFuzzer: (timeout|out-of-memory)' "$log"; then
        status="warning: $(grep -oE 'ERROR: libFuzzer: (timeout|out-of-memory)' "$log" | head -1 | cut -d' ' -f3)"
    elif [ "$rc" != 0 ]; then
        status="FAILED (exit $rc)"
        fail=1
    else
        status="ok"
    fi
    printf 'fuzz_%-8s %-9s execs %-10s cov %-6s ft %-7s corpus %s\n' \
        "$t" "$status" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$corp"
    if [ "$status" != ok ]; then
        grep -E 'ERROR|SUMMARY|Test unit written|artifact' "$log" | head -8 | sed 's/^/    /'
    fi
done
exit $fail
