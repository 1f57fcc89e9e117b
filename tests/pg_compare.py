#!/usr/bin/env python3
"""pg_compare.py - helpers of the PostgreSQL and Slurm tests (tests/cli/pg.sh,
tests/cli/slurm.sh), which compare stores by their exports.

  norm FORMAT FILE      the export with the coding times blanked (GDELT's
                        DATEADDED, the Mentions table's two times): they
                        are when a row was stored, never the same twice
  events FILE           a JSONL export as its events without their ids,
                        sorted: the same events, whatever ids they got
  reorder INPUT IDS OUT INPUT's records in the order of the ids in IDS (one
                        a line: the order a store committed them), then the
                        records it did not store, in input order
  shard INPUT N DIR     INPUT dealt into N shards DIR/shard-1.jsonl ...
                        (record i to shard i mod N): the workers of a test
                        store reports of the same days, and so of the same
                        events, at the same time
"""
import json
import sys


def norm(fmt, path):
    blank = {"gdelt": [59], "gdelt-mentions": [1, 2]}.get(fmt, [])
    with open(path, encoding="utf-8", newline="") as f:
        for line in f:
            if blank:
                cells = line.rstrip("\n").split("\t")
                for c in blank:
                    if c < len(cells):
                        cells[c] = "T"
                line = "\t".join(cells) + "\n"
            sys.stdout.write(line)


def events(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            r.pop("id", None)
            rows.append(json.dumps(r, sort_keys=True))
    for r in sorted(rows):
        print(r)


def reorder(src, ids_path, out):
    with open(ids_path, encoding="utf-8") as f:
        order = [l.rstrip("\n") for l in f if l.strip()]
    recs, rest = {}, []
    with open(src, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            key = r.get("id")
            if key in recs or key is None:
                rest.append(line)
            else:
                recs[key] = line
    with open(out, "w", encoding="utf-8") as f:
        for key in order:
            f.write(recs.pop(key))
        for line in recs.values():
            f.write(line)
        for line in rest:
            f.write(line)


def shard(src, n, outdir):
    with open(src, encoding="utf-8") as f:
        lines = f.readlines()
    for i in range(n):
        with open(f"{outdir}/shard-{i + 1}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(lines[i::n])


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "norm":
        norm(sys.argv[2], sys.argv[3])
    elif cmd == "events":
        events(sys.argv[2])
    elif cmd == "reorder":
        reorder(sys.argv[2], sys.argv[3], sys.argv[4])
    elif cmd == "shard":
        shard(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        sys.exit("pg_compare.py: unknown command " + cmd)
