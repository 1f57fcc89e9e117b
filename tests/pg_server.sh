# pg_server.sh - a throwaway PostgreSQL server for the tests that need one
# (tests/cli/pg.sh, tests/cli/slurm.sh): initdb into $T/pg, started with
# pg_ctl on a unix socket in $T/pg (no TCP), as the `postgres` system user
# when the tests run as root (the server refuses root), stopped when the
# script exits. Source it after tests/lib.sh and th_tmpdir:
#   pg_start || exit 1         # sets PG_BIN, PG_SOCK
#   pg_url NAME                # creates database NAME, prints its URL
#   pg_sql NAME SQL            # one query, unaligned output
#   pg_restart                 # stops (immediate) and starts the server
# Without the PostgreSQL binaries the test fails when DYAD_REQUIRE_PG is
# set (.ci/run sets it; tools/deps.sh installs postgresql-15), and is
# skipped loudly (exit 77, "Skipped" in ctest) otherwise.

pg_find_bin() {
    local d
    for d in "${DYAD_PG_BIN:-}" "$(pg_config --bindir 2>/dev/null)" \
        /usr/lib/postgresql/*/bin; do
        if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] &&
            [ -x "$d/postgres" ]; then
            echo "$d"
            return 0
        fi
    done
    return 1
}

# runs a command as the server's user
pg_as() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$PG_USER" -- "$@"
    else
        "$@"
    fi
}

pg_start() {
    if ! PG_BIN=$(pg_find_bin); then
        echo "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found:"
        echo "install postgresql-15 (tools/deps.sh) or set DYAD_PG_BIN"
        if [ -n "${DYAD_REQUIRE_PG:-}" ]; then
            echo "FAIL: DYAD_REQUIRE_PG is set: the PostgreSQL tests must run"
            exit 1
        fi
        echo "SKIPPED (exit 77)"
        exit 77
    fi
    PG_USER=$(id -un)
    if [ "$(id -u)" -eq 0 ]; then
        PG_USER=postgres
        if ! id "$PG_USER" >/dev/null 2>&1; then
            echo "FAIL: running as root, and there is no postgres user to run"
            echo "the server as (it refuses root)"
            exit 1
        fi
        chmod 755 "$T"
    fi
    PG_DIR="$T/pg"
    PG_SOCK="$PG_DIR"
    mkdir -p "$PG_DIR" && chown "$PG_USER" "$PG_DIR" 2>/dev/null
    if ! pg_as "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U dyad -E UTF8 \
        --locale=C.UTF-8 --no-sync >"$T/initdb.log" 2>&1; then
        echo "FAIL: initdb"; cat "$T/initdb.log"; exit 1
    fi
    pg_up || exit 1
    trap 'pg_stop; umount "$T"/* 2>/dev/null; rm -rf "$T"' EXIT
    pg_watchdog
}

# Stops the server if the test is killed without running its EXIT trap
# (ctest's timeout): a background watcher of the test's pid.
pg_watchdog() {
    local test_pid=$$
    (
        trap '' HUP INT TERM
        while kill -0 "$test_pid" 2>/dev/null; do sleep 2; done
        pg_stop
        rm -rf "$T"
    ) >/dev/null 2>&1 &
}

pg_up() {
    if ! pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -w -t 60 -l "$PG_DIR/log" \
        -o "-k $PG_SOCK -c listen_addresses= -c fsync=off -c max_connections=60" \
        start >/dev/null; then
        echo "FAIL: pg_ctl start"; cat "$PG_DIR/log"; return 1
    fi
}

pg_stop() {
    [ -n "${PG_DIR:-}" ] && [ -f "$PG_DIR/data/postmaster.pid" ] &&
        pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop \
            >/dev/null 2>&1
    return 0
}

pg_restart() {
    pg_stop
    pg_up
}

pg_sql() { # pg_sql DB SQL
    "$PG_BIN/psql" -X -q -A -t -h "$PG_SOCK" -U dyad -d "$1" -c "$2"
}

pg_url() { # pg_url NAME: a new database, its URL
    pg_sql postgres "CREATE DATABASE $1" >/dev/null || return 1
    echo "postgresql://dyad@/$1?host=$PG_SOCK"
}
