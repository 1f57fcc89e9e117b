# lib.sh - shared by the CLI test scripts that check conditions as commands
# (crash_safety.sh, store_faults.sh, store.sh). Source it after `set -u`:
#   . "$DYAD_SOURCE_DIR/tests/lib.sh"; th_tmpdir NAME
#   check "what" test ...        # counts a pass, or prints FAIL: what
#   q DB SQL                     # one sqlite3 query
#   th_finish                    # prints the counts; exit status = failures
passed=0
failed=0

# T: a fresh temporary directory, removed (and any tmpfs under it unmounted)
# when the script exits
th_tmpdir() {
    T=$(mktemp -d "${TMPDIR:-/tmp}/dyad-$1.XXXXXX") || exit 1
    trap 'umount "$T"/* 2>/dev/null; rm -rf "$T"' EXIT
}

check() { # check "what" COMMAND...
    local what=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
    else
        echo "FAIL: $what"
        failed=$((failed + 1))
    fi
}

q() { sqlite3 "$1" "$2"; }

th_finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}
