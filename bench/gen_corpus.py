#!/usr/bin/env python3
"""gen_corpus.py CORPUS COPIES [FIRST] - the JSONL corpus CORPUS repeated
on standard output: copies FIRST .. FIRST+COPIES-1 (FIRST 0 by default).
Copy 0 is the corpus as it is; copy k gives every record the id
'<id>~copyk', ends its text with a line "Copy k." and moves its date 7*k
days later, so that each copy is new to the store (another key and
another text; too far in time to be a near duplicate of an earlier copy)
and the events dated by the document fall on other days (those dated by
the text itself, "on March 10, 2002", merge with the earlier copies' as
repeated reports do). Records without an id or
a date keep them (a text without an id is keyed by its text and is then
a duplicate). For bench/store.sh (make bench-store)."""
import datetime
import json
import sys


def shifted(rec, k):
    if k == 0:
        return rec
    out = dict(rec)
    if isinstance(out.get("id"), str):
        out["id"] = "%s~copy%d" % (out["id"], k)
    if isinstance(out.get("text"), str):
        out["text"] = out["text"] + "\n\nCopy %d." % k
    d = out.get("date")
    if isinstance(d, str) and len(d) >= 10:
        try:
            day = datetime.date.fromisoformat(d[:10])
            out["date"] = (day + datetime.timedelta(days=7 * k)).isoformat() + d[10:]
        except (ValueError, OverflowError):
            pass
    return out


def main():
    path, copies = sys.argv[1], int(sys.argv[2])
    first = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    out = sys.stdout
    for k in range(first, first + copies):
        for line in lines:
            out.write(json.dumps(shifted(json.loads(line), k)) + "\n")


if __name__ == "__main__":
    main()
