#!/usr/bin/env python3
"""gen_store.py BASE OUT COPIES - a large store for the serve load test
(docs/performance.md): the store BASE (the corpus ingested once by
`dyad ingest`) repeated COPIES times into OUT, each copy's documents,
events and reports with distinct ids (doc ids get '~copyK') and dates shifted
by 7*k days. The sentences and their full-text index are not repeated:
the reports of every copy point at the first copy's sentences."""
import os
import sqlite3
import sys


def columns(con, table):
    return [r[1] for r in con.execute("PRAGMA table_info(%s)" % table)]


def shifted(cols, k, ids):
    """the SELECT list of copy k: ids moved past the earlier copies"""
    out = []
    for c in cols:
        if c in ids:
            out.append("%s + %d" % (c, ids[c] * k))
        elif c in ("id", "doc_id", "first_doc") and not ids.get(c):
            out.append("%s || '~copy%d'" % (c, k))
        elif c == "date":
            out.append("date(date, '+%d days')" % (7 * k))
        elif c == "day":
            out.append("day + %d" % (7 * k))
        else:
            out.append(c)
    return ", ".join(out)


def main():
    base, out, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if os.path.exists(out):
        os.remove(out)
    src = sqlite3.connect(base)
    src.execute("VACUUM INTO ?", (out,))
    src.close()
    con = sqlite3.connect(out)
    con.execute("ATTACH ? AS b", (base,))
    max_ev = con.execute("SELECT max(id) FROM b.events").fetchone()[0]
    max_men = con.execute("SELECT max(id) FROM b.mentions").fetchone()[0]
    plans = {
        "documents": {},
        "events": {"id": max_ev},
        "mentions": {"id": max_men, "event_id": max_ev},
    }
    for k in range(1, copies):
        for table, ids in plans.items():
            cols = columns(con, table)
            con.execute("INSERT INTO main.%s(%s) SELECT %s FROM b.%s" %
                        (table, ", ".join(cols), shifted(cols, k, ids), table))
        if k % 20 == 0:
            con.commit()
            print("copy %d of %d" % (k, copies), flush=True)
    con.commit()
    n = con.execute("SELECT count(*) FROM events").fetchone()[0]
    print("%s: %d events" % (out, n))


if __name__ == "__main__":
    main()
