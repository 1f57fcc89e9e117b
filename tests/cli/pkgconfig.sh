#!/usr/bin/env bash
# pkgconfig.sh - the installed libraries as a consumer sees them: install
# the build into a scratch prefix and ask pkg-config. libdyad codes text
# without cairo (only libdyad_tools, the charts, names it), and each
# library's header and archive are where its .pc file says.
# Env: DYAD_BUILD_DIR (the build tree), DYAD_SOURCE_DIR.
set -u
: "${DYAD_BUILD_DIR:?DYAD_BUILD_DIR is not set}"
: "${DYAD_SOURCE_DIR:?DYAD_SOURCE_DIR is not set}"
. "$DYAD_SOURCE_DIR/tests/lib.sh"
th_tmpdir pkgconfig

if ! command -v pkg-config >/dev/null 2>&1; then
    echo "pkg-config missing: skipped"; echo "0 passed, 0 failed, 1 skipped"
    exit 0
fi
cmake --install "$DYAD_BUILD_DIR" --prefix "$T/prefix" >"$T/install.log" 2>&1
check "install into a scratch prefix" test $? -eq 0
pc=$(dirname "$(find "$T/prefix" -name dyad.pc | head -1)")
check "dyad.pc installed" test -f "$pc/dyad.pc"
check "dyad_tools.pc installed" test -f "$pc/dyad_tools.pc"
export PKG_CONFIG_PATH="$pc"

has() { grep -q -- "$2" <<<"$1"; }      # has TEXT WORD
lacks() { ! grep -qi -- "$2" <<<"$1"; } # lacks TEXT WORD (any case)

libs=$(pkg-config --libs --static dyad)
check "pkg-config --libs --static dyad: -ldyad ($libs)" has "$libs" "-ldyad"
check "pkg-config --libs --static dyad does not name cairo ($libs)" \
    lacks "$libs" cairo
check "dyad.pc requires no cairo" \
    lacks "$(pkg-config --print-requires-private dyad)" cairo
tools=$(pkg-config --libs --static dyad_tools)
check "dyad_tools: -ldyad_tools ($tools)" has "$tools" "-ldyad_tools"
check "dyad_tools: -ldyad ($tools)" has "$tools" "-ldyad "
check "dyad_tools: cairo ($tools)" has "$tools" "cairo"
inc=$(pkg-config --variable=includedir dyad)
check "dyad.h installed" test -f "$inc/dyad.h"
check "dyad_tools.h installed" test -f "$inc/dyad_tools.h"
lib=$(pkg-config --variable=libdir dyad)
check "libdyad.a installed" test -f "$lib/libdyad.a"
check "libdyad_tools.a installed" test -f "$lib/libdyad_tools.a"
check "libdyad.a has no cairo symbol" sh -c "! nm '$lib/libdyad.a' 2>/dev/null | grep -qi cairo"
th_finish
