#!/usr/bin/env python3
"""compare.py - the same requests to two `dyad serve` processes (one on a
SQLite store, one on a PostgreSQL store of the same input) and their
answers compared byte for byte: status, content type and body of every
endpoint and page (tests/cli/pg_serve.sh). Where the two stores may
differ by design (docs/scale.md: full-text search, the order of
PostgreSQL's sums) the request is listed in the report only when they do.

  compare.py PORT_A PORT_B OUTDIR      every request of REQUESTS; exit 1
                                        when an answer differs
  compare.py --list                    the requests, one a line

Each answer is written to OUTDIR/{a,b}/NNN so that a failure can be read.
Also checks that a page of events is not empty where the store is not,
so that two servers answering nothing alike cannot pass. Stdlib only."""
import http.client
import json
import os
import sys

# every endpoint of docs/api.md that reads the store, with the filters and
# page options of server/params.c; event ids are filled in from the pages
REQUESTS = [
    "/api/v1/status",
    "/api/v1/events",
    "/api/v1/events?limit=200",
    "/api/v1/events?limit=50&offset=100",
    "/api/v1/events?sort=date&limit=100",
    # pages across the last dated events (PostgreSQL reads the dated ones
    # first, then the general statement: pg/browse.c)
    "/api/v1/events?limit=500&offset=500",
    "/api/v1/events?limit=500&offset=1500",
    "/api/v1/events?sort=date&limit=500&offset=500",
    "/api/v1/events?sort=date&limit=500&offset=1500",
    "/api/v1/events?sort=-mentions&limit=100",
    "/api/v1/events?sort=mentions&limit=100",
    "/api/v1/events?sort=-goldstein&limit=100",
    "/api/v1/events?sort=goldstein&limit=100",
    "/api/v1/events?sort=-fatalities&limit=100",
    "/api/v1/events?sort=fatalities&limit=100",
    "/api/v1/events?sort=-id&limit=100",
    "/api/v1/events?sort=id&limit=100&offset=5000",
    "/api/v1/events?limit=5000&sort=id",
    "/api/v1/events?cameo=19&limit=100",
    "/api/v1/events?quad=4&min_mentions=2",
    "/api/v1/events?actor=IND&from=2002-03-01&to=2002-03-31",
    "/api/v1/events?dyad=USA,IRQ",
    "/api/v1/events?dyad=USA,IRQ&directed=1",
    "/api/v1/events?dyad=ISR,PSE&limit=20&offset=10",
    "/api/v1/events?country=IND&status=all",
    "/api/v1/events?plover=ASSAULT&status=denied",
    "/api/v1/events?status=all&sort=-mentions&limit=500",
    "/api/v1/events?publisher=doc:ipe-1158",
    "/api/v1/events?publisher=nobody&limit=5",
    "/api/v1/events?bbox=60,5,100,40&limit=20",
    "/api/v1/events?bbox=170,-50,-170,50",
    "/api/v1/events?place=Baghdad",
    "/api/v1/events?text=ceasefire",
    "/api/v1/events?text=police%20fired&sort=-id",
    "/api/v1/events?from=2003-01&to=2003-06&sort=-fatalities",
    "/api/v1/events?sort=sideways",
    "/api/v1/events?limit=6000",
    "/api/v1/events?from=2003-02-30",
    "/api/v1/events?status=maybe",
    "/api/v1/events.geojson",
    "/api/v1/events.geojson?limit=300&sort=-mentions",
    "/api/v1/events.geojson?country=IRQ&sort=date",
    "/api/v1/events.geojson?sort=date&limit=5000",
    "/api/v1/events.geojson?bbox=30,20,60,40&quad=4",
    "/api/v1/events.geojson?sort=nowhere",
    "/api/v1/places",
    "/api/v1/places?limit=500",
    "/api/v1/places?country=IND&limit=20&offset=3",
    "/api/v1/places?quad=4&from=2002-01",
    "/api/v1/places?place=Aleppo&status=all",
    "/api/v1/places?cameo=19&status=all",
    "/api/v1/stats",
    "/api/v1/stats?by=month&top=20",
    "/api/v1/stats?by=week&actor=USA",
    "/api/v1/stats?by=day&from=2003-03-01&to=2003-04-30",
    "/api/v1/stats?quad=4&status=all",
    "/api/v1/dyads",
    "/api/v1/dyads?limit=200&cameo=19",
    "/api/v1/actors",
    "/api/v1/actors?limit=50&country=IRQ",
    "/api/v1/events/0",
    "/api/v1/events/999999999",
    "/api/v1/events/abc",
    "/api/v1/nothing",
    "/",
    "/index.html",
    "/app.js",
    "/app.css",
]

# answers that may differ by design (docs/scale.md, "Where the two
# differ"): reported, not failed, when they do
MAY_DIFFER = {"/api/v1/events?text=police%20fired&sort=-id"}

DETAILS = 40  # events whose /events/{id} is compared, from the pages


def get(port, path):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    c.request("GET", path, headers={"Host": "127.0.0.1"})
    r = c.getresponse()
    body = r.read()
    c.close()
    return r.status, r.getheader("Content-Type", ""), body


def event_ids(body):
    try:
        return [e["id"] for e in json.loads(body)["events"]]
    except (ValueError, KeyError, TypeError):
        return []


def main():
    if sys.argv[1:] == ["--list"]:
        print("\n".join(REQUESTS))
        return 0
    a, b, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    for d in ("a", "b"):
        os.makedirs(os.path.join(out, d), exist_ok=True)
    failed = same = 0
    requests = list(REQUESTS)
    ids = []
    n = 0
    while n < len(requests):
        path = requests[n]
        ra, rb = get(a, path), get(b, path)
        for d, r in (("a", ra), ("b", rb)):
            with open(os.path.join(out, d, "%03d" % n), "wb") as f:
                f.write(b"%d %s\n" % (r[0], r[1].encode()) + r[2])
        if ra == rb:
            same += 1
        elif path in MAY_DIFFER:
            print("differs (documented):", path)
        else:
            failed += 1
            print("FAIL: %s differs (%03d: %d/%d, %d/%d bytes)"
                  % (path, n, ra[0], rb[0], len(ra[2]), len(rb[2])))
        if path.startswith("/api/v1/events?") and ra[0] == 200:
            ids += event_ids(ra[2])
        if n == len(REQUESTS) - 1:  # then the details of events seen
            picked = sorted(set(ids))
            step = max(1, len(picked) // DETAILS)
            requests += ["/api/v1/events/%d" % i for i in picked[::step]]
        n += 1
    status, _, body = get(a, "/api/v1/events?limit=5")
    if status != 200 or not event_ids(body):
        failed += 1
        print("FAIL: the first store's page of events is empty")
    print("%d requests: %d the same, %d differ" % (n, same, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
