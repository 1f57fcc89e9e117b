#!/usr/bin/env bash
# executables.sh - the two executables (ARCHITECTURE.md, "Two
# executables"): `dyad` loads only the coder's libraries and hands every
# other command, and `code --db`, to dyad-full, found beside it in the
# build tree and in libexec/dyad once installed (also after the prefix is
# moved); without dyad-full it says so and exits 3.
# Env: DYAD_BIN, DYAD_TEST_LEXB, DYAD_BUILD_DIR, DYAD_SOURCE_DIR.
set -u
: "${DYAD_BIN:?}" "${DYAD_TEST_LEXB:?}" "${DYAD_BUILD_DIR:?}" "${DYAD_SOURCE_DIR:?}"
export DYAD_LEXICON="$DYAD_TEST_LEXB"
. "$DYAD_SOURCE_DIR/tests/lib.sh"
th_tmpdir executables
echo 'Russia attacked Ukraine.' >"$T/one.txt"

# the coding command links none of the store's, feeds', charts' or the
# server's libraries
lacks() { ! grep -q -- "$2" <<<"$1"; } # lacks TEXT WORD
libs=$(ldd "$DYAD_BIN")
for l in libcurl libpq libxml2 libmicrohttpd libcairo libsqlite3; do
    check "dyad does not load $l" lacks "$libs" "$l"
done
check "dyad-full loads libcurl (it holds ingest)" \
    grep -q libcurl <<<"$(ldd "$(dirname "$DYAD_BIN")/dyad-full")"

# build tree: a command of dyad-full, through dyad, with its usage and
# exit codes as dyad-full gives them
"$DYAD_BIN" show --help >"$T/show.out" 2>"$T/show.err"
check "build tree: dyad show --help exits 0" test $? -eq 0
check "build tree: show's usage" grep -q "usage: dyad show" "$T/show.out"
"$DYAD_BIN" query --no-such-option >/dev/null 2>"$T/bad.err"
check "build tree: a bad option of query exits 2" test $? -eq 2
check "build tree: getopt names the command" grep -q "^query: " "$T/bad.err"
"$DYAD_BIN" code -q -f null --db "$T/c.db" "$T/one.txt"
check "build tree: code --db exits 0" test $? -eq 0
check "build tree: code --db stored the event" \
    test "$(q "$T/c.db" 'select count(*) from events')" = 1
"$DYAD_BIN" show --db "$T/c.db" --format tsv >"$T/show.tsv"
check "build tree: show reads it back" grep -q "RUS" "$T/show.tsv"
"$DYAD_BIN" code -q -f events -- "$T/one.txt" >"$T/code.out"
check "build tree: code after -- codes in dyad" grep -q "RUS 190 UKR" "$T/code.out"

# installed: bin/dyad finds libexec/dyad/dyad-full of its own prefix
cmake --install "$DYAD_BUILD_DIR" --prefix "$T/prefix" >"$T/install.log" 2>&1
check "install into a scratch prefix" test $? -eq 0
full=$(find "$T/prefix" -name dyad-full -type f | head -1)
check "dyad-full installed under libexec/dyad ($full)" \
    sh -c "case '$full' in */libexec/dyad/dyad-full) exit 0;; esac; exit 1"
check "dyad-full not in bin" test ! -e "$T/prefix/bin/dyad-full"
"$T/prefix/bin/dyad" show --db "$T/c.db" --format tsv >"$T/inst.tsv"
check "installed: show through dyad-full exits 0" test $? -eq 0
check "installed: same rows as the build tree" cmp -s "$T/show.tsv" "$T/inst.tsv"
# moved: the prefix found from the executable, not from where it was built
mv "$T/prefix" "$T/moved"
"$T/moved/bin/dyad" stats --db "$T/c.db" >/dev/null
check "moved prefix: stats through dyad-full exits 0" test $? -eq 0
# dyad alone: no dyad-full beside it, none in its libexec
mkdir -p "$T/alone/bin"
cp "$T/moved/bin/dyad" "$T/alone/bin/dyad"
"$T/alone/bin/dyad" code -q -f events "$T/one.txt" >"$T/alone.out"
check "dyad alone still codes" grep -q "RUS 190 UKR" "$T/alone.out"
# (unless a dyad is installed where this one was configured to go)
configured=$(grep -ao '/[[:print:]]*/libexec/dyad/dyad-full' "$DYAD_BIN" | head -1)
if [ -n "$configured" ] && [ ! -e "$configured" ]; then
    "$T/alone/bin/dyad" show --db "$T/c.db" >/dev/null 2>"$T/alone.err"
    check "dyad alone: show exits 3" test $? -eq 3
    check "dyad alone: says it cannot run dyad-full" \
        grep -q "cannot run .*dyad-full for 'show'" "$T/alone.err"
fi
th_finish
