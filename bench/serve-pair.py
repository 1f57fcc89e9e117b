#!/usr/bin/env python3
"""serve-pair.py N PORT_A PORT_B PATH... - the same requests to two `dyad
serve` processes in turn (A B, then B A in the next round, N rounds after
one warm-up), each on a fresh loopback connection; prints per path the
median wall time of each server's answer and the median of the per-round
ratios B/A (min-max), then the median ratio over every path and round.
The answers must be equal (the two stores hold the same input), unless
DIFFER=1 (two versions of dyad, whose answers name their schemas). Used
for docs/scale.md ("dyad serve on PostgreSQL"): A serving a SQLite store,
B a PostgreSQL store of the same documents; and ("What a store holds")
the status of two binaries."""
import http.client
import os
import statistics
import sys
import time


def get(port, path):
    t = time.perf_counter()
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    c.request("GET", path, headers={"Host": "127.0.0.1"})
    r = c.getresponse()
    body = r.read()
    c.close()
    assert r.status == 200, (port, path, r.status)
    return time.perf_counter() - t, body


def main():
    n, a, b = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    paths = sys.argv[4:]
    for p in paths:  # warm-up, and the answers compared
        same = get(a, p)[1] == get(b, p)[1]
        assert same or os.environ.get("DIFFER") == "1", "answers differ: " + p
    every = []
    for p in paths:
        ta, tb, ratio = [], [], []
        for i in range(n):
            if i % 2:
                y, x = get(b, p)[0], get(a, p)[0]
            else:
                x, y = get(a, p)[0], get(b, p)[0]
            ta.append(x)
            tb.append(y)
            ratio.append(y / x)
        every += ratio
        print("%-60s A %7.2f ms  B %7.2f ms  B/A %.2f (%.2f-%.2f)" % (
            p[:60], 1e3 * statistics.median(ta), 1e3 * statistics.median(tb),
            statistics.median(ratio), min(ratio), max(ratio)))
    print("median B/A over %d paths x %d rounds: %.2f" % (
        len(paths), n, statistics.median(every)))


if __name__ == "__main__":
    main()
