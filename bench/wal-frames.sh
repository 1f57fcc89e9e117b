#!/bin/sh
# wal-frames.sh DYAD STORE INPUT - where one ingest's page I/O goes, by
# B-tree (docs/scale.md, "Page I/O by B-tree"): INPUT ingested
# `--bulk --no-near-duplicates` (plus $OPTS) into a copy of STORE under
# strace; every pread64/pwrite64 of a page of the database or its WAL is
# put down to the table or index that owns the page (sqlite3's dbstat of
# the store after the ingest). Columns: pages (distinct pages written to
# the WAL), frame writes (page images written to the WAL: a page spilled
# from the cache and changed again is written again), WAL reads (pages
# read back from the WAL: cache misses and the checkpoint), checksum
# re-reads (frames read again at COMMIT to rechecksum them, done when the
# transaction overwrote one of its own frames), database reads (misses
# served by the database file) and database writes (the checkpoint).
# Needs strace and sqlite3 (with dbstat).
set -eu
[ $# -eq 3 ] || { echo "usage: $0 DYAD STORE INPUT" >&2; exit 2; }
dyad=$1 store=$2 input=$3
d=$(mktemp -d "${TMPDIR:-/tmp}/wal-frames.XXXXXX")
trap 'rm -rf "$d"' EXIT
cp "$store" "$d/b.db"
# shellcheck disable=SC2086 # OPTS is a list of options
strace -f -y -xx -s 4 -e trace=pread64,pwrite64 -o "$d/st" \
    "$dyad" ingest -q --no-near-duplicates --bulk ${OPTS:-} \
    --db "$d/b.db" "$input"
sqlite3 "$d/b.db" "SELECT pageno, name FROM dbstat" >"$d/pages"
python3 - "$d/st" "$d/pages" "$d/b.db" <<'EOF'
import re, sys
trace, pages, db = sys.argv[1:4]
owner = {}
for line in open(pages):
    no, _, name = line.rstrip("\n").partition("|")
    owner[int(no)] = name
call = re.compile(r'^(\d+)\s+(pread64|pwrite64)\((\d+)<([^>]*)>, (.*)$')
resumed = re.compile(r'^(\d+)\s+<\.\.\. (pread64|pwrite64) resumed>(.*)$')
tail = re.compile(r'"((?:\\x[0-9a-f]{2})*)"(?:\.\.\.)?, (\d+), (\d+)\)')
pending = {}  # pid -> (call, path, start of args) of an unfinished call
frame_page = {}  # WAL frame offset -> page number
cols = ("pages", "frame writes", "WAL reads", "checksum re-reads",
        "database reads", "database writes")
count = {}
written = {}


def unhex(s):
    """a path as strace -xx prints it: every byte as \\xNN"""
    if not s.startswith("\\x"):
        return s
    return bytes.fromhex(s.replace("\\x", "")).decode("utf-8", "replace")


def add(page, col):
    name = owner.get(page, "(freed or new)")
    count.setdefault(name, [0] * len(cols))[col] += 1
    if col == 1:
        written.setdefault(name, set()).add(page)


for line in open(trace):
    m = call.match(line)
    if m:
        pid, fn, _, path, rest = m.groups()
        path = unhex(path)
        if "<unfinished" in rest:
            pending[pid] = (fn, path, rest.split("<unfinished")[0])
            continue
    else:
        m = resumed.match(line)
        if not m or m.group(1) not in pending:
            continue
        fn, path, head = pending.pop(m.group(1))
        rest = head + m.group(3)
    t = tail.search(rest)
    if not t:
        continue
    buf, size, off = t.group(1), int(t.group(2)), int(t.group(3))
    if path == db + "-wal":
        if fn == "pwrite64" and size == 24:
            frame_page[off] = int(buf[0:16].replace("\\x", ""), 16)
        elif fn == "pwrite64" and size > 24 and off - 24 in frame_page:
            add(frame_page[off - 24], 1)
        elif fn == "pread64" and off - 24 in frame_page:
            add(frame_page[off - 24], 2)
        elif fn == "pread64" and off in frame_page and size > 24:
            add(frame_page[off], 3)
    elif path == db and size >= 512:
        add(off // size + 1, 4 if fn == "pread64" else 5)
for name, pg in written.items():
    count[name][0] = len(pg)
rows = sorted(count.items(), key=lambda kv: -sum(kv[1][1:]))
print("| B-tree | " + " | ".join(cols) + " |")
print("|---" * (len(cols) + 1) + "|")
total = [0] * len(cols)
for name, c in rows:
    total = [a + b for a, b in zip(total, c)]
    print("| `%s` | %s |" % (name, " | ".join("{:,}".format(v) for v in c)))
print("| all | %s |" % " | ".join("{:,}".format(v) for v in total))
EOF
