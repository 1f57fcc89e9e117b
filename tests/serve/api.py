#!/usr/bin/env python3
"""api.py - `dyad serve` end to end over loopback (docs/api.md): every
endpoint on a fixture store, the filters, the error catalogue (400, 401,
403, 404, 405, 413, 429, 500, 503, each JSON naming the parameter), many
parallel clients, a slow client that must not stall the others, raw bad
requests, the security headers, the token, and a clean stop on SIGTERM.
Under the sanitizer build any memory error fails the server's exit code.
Env: DYAD_BIN, DYAD_TEST_LEXB, DYAD_SOURCE_DIR. Stdlib only."""
import http.client
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

BIN = os.environ["DYAD_BIN"]
LEXB = os.environ["DYAD_TEST_LEXB"]
SRC = os.environ["DYAD_SOURCE_DIR"]
FIXTURE = os.path.join(SRC, "tests", "fixtures", "serve_news.jsonl")
TOKEN = "test-token-0123456789abcdef"

passed = 0
failed = 0


def check(what, cond):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what, flush=True)


class Server:
    """one `dyad serve` on an ephemeral loopback port"""

    def __init__(self, tmp, name, db, *args):
        self.port_file = os.path.join(tmp, name + ".port")
        self.log = open(os.path.join(tmp, name + ".log"), "w+")
        cmd = [BIN, "serve", "--db", db, "--lexicon", LEXB,
               "--listen", "127.0.0.1:0", "--port-file", self.port_file]
        self.proc = subprocess.Popen(cmd + list(args), stdout=self.log,
                                     stderr=subprocess.STDOUT)
        for _ in range(600):
            if os.path.exists(self.port_file) or self.proc.poll() is not None:
                break
            time.sleep(0.05)
        with open(self.port_file) as f:
            self.port = int(f.read())

    def request(self, method, path, body=None, headers=None, timeout=30):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        h = {"Host": "127.0.0.1"}
        h.update(headers or {})
        c.request(method, path, body=body, headers=h)
        r = c.getresponse()
        data = r.read()
        c.close()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), data

    def get(self, path, **kw):
        status, headers, data = self.request("GET", path, **kw)
        try:
            doc = json.loads(data)
        except ValueError:
            doc = None
        return status, headers, doc

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            rc = self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rc = -9
        self.log.seek(0)
        return rc, self.log.read()


def api(srv, path, **kw):
    return srv.get("/api/v1/" + path, **kw)


def is_error(srv, path, status, parameter, what):
    got, headers, doc = api(srv, path)
    ok = got == status and doc and doc["error"]["status"] == status and \
        doc["error"]["parameter"] == parameter and doc["error"]["message"]
    check("%s: %s -> %s %s (got %s %s)" % (what, path, status, parameter,
                                           got, doc), ok)
    check("%s: JSON error type" % what,
          headers.get("content-type") == "application/json")


def test_endpoints(srv):
    s, h, st = api(srv, "status")
    check("status 200", s == 200 and st["events"] == 10 and st["api"] == 1)
    s, h, page = api(srv, "events")
    check("events: all 10", s == 200 and page["total"] == 10 and
          len(page["events"]) == 10 and page["total_exact"])
    dates = [e["date"] for e in page["events"]]
    check("events: newest first", dates == sorted(dates, reverse=True))
    check("events: no mentions in a page",
          all("mentions" not in e and e["num_mentions"] >= 1
              for e in page["events"]))
    filters = {
        "country=UKR": 2, "quad=1": 3, "actor=RUS": 2, "dyad=RUS,UKR": 2,
        "dyad=UKR,RUS&directed=1": 0, "cameo=19": 4, "plover=ASSAULT": 4,
        "status=asserted": 4, "place=kharkiv": 1, "text=Kharkiv": 1,
        "from=2024-04-01": 5, "to=2024-03": 5, "publisher=AP": 2,
        "min_mentions=2": 1, "bbox=22,44,41,53": 2, "bbox=170,-10,-170,10": 0,
        "from=2024-03-01&to=2024-03-31&quad=4": 3,
    }
    for q, n in filters.items():
        s, h, page = api(srv, "events?" + q)
        check("events?%s: %d (got %s)" % (q, n, page and page.get("total")),
              s == 200 and page["total"] == n and len(page["events"]) == n)
    s, h, page = api(srv, "events?sort=-fatalities&limit=1")
    check("sort by fatalities", page["events"][0]["fatalities"]["value"] == 12)
    ids = []
    for off in range(0, 10, 3):
        s, h, page = api(srv, "events?sort=id&limit=3&offset=%d" % off)
        ids += [e["id"] for e in page["events"]]
    check("paging visits every event once", ids == sorted(set(ids)) and
          len(ids) == 10)
    s, h, page = api(srv, "events?limit=2")
    check("count cap: total stays exact", page["total"] == 10)
    s, h, full = api(srv, "events?limit=50")
    for lim, off in ((3, 0), (3, 2), (4, 6)):
        s, h, part = api(srv, "events?limit=%d&offset=%d" % (lim, off))
        check("newest page %d+%d: the same rows as the whole list" %
              (off, lim), [e["id"] for e in part["events"]] ==
              [e["id"] for e in full["events"]][off:off + lim])

    s, h, d = api(srv, "events/1")
    rep = d["reports"][0]
    text = rep["sentence"]["text"].encode()
    kinds = {e["kind"]: text[e["start"]:e["start"] + e["len"]].decode()
             for e in rep["evidence"]}
    check("detail: two reports", len(d["reports"]) == 2 and
          d["event"]["num_mentions"] == 2)
    check("detail: evidence spans (%s)" % kinds,
          kinds.get("trigger") == "shelled" and
          kinds.get("source") == "Russian forces" and
          kinds.get("place") == "Kharkiv" and kinds.get("fatalities") == "4")
    check("detail: publishers", {r["publisher"] for r in d["reports"]} ==
          {"Reuters", "AP"})
    check("detail: status and attribution", rep["status"] == "reported" and
          rep["attributed_to"] is not None)

    s, h, g = api(srv, "events.geojson")
    check("geojson type", s == 200 and
          h["content-type"] == "application/geo+json" and
          g["type"] == "FeatureCollection")
    check("geojson: the placed events", len(g["features"]) == 8 and all(
        -180 <= f["geometry"]["coordinates"][0] <= 180 and
        -90 <= f["geometry"]["coordinates"][1] <= 90 for f in g["features"]))
    s, h, g = api(srv, "events.geojson?country=UKR")
    check("geojson filtered", len(g["features"]) == 2)

    s, h, st = api(srv, "stats?by=month")
    check("stats: series sums to the events",
          sum(p["events"] for p in st["series"]) == 10 and
          [p["key"] for p in st["series"]] == ["2024-03", "2024-04",
                                                "2024-05"])
    check("stats: fatalities", sum(p["fatalities"] for p in st["series"])
          == 25)
    s, h, st = api(srv, "stats?by=week&actor=RUS")
    check("stats: filtered by actor", sum(p["events"] for p in st["series"])
          == 2)
    s, h, dy = api(srv, "dyads?limit=3")
    check("dyads", s == 200 and len(dy["top_dyads"]) == 3)
    s, h, ac = api(srv, "actors?country=UKR")
    check("actors", s == 200 and ac["top_actors"][0]["events"] == 2)
    s, h, pl = api(srv, "places")
    names = {p["name"] for p in pl["places"]}
    check("places", s == 200 and {"Kharkiv", "Rafah", "Odesa"} <= names)


def test_code(srv):
    s, h, body = srv.request("POST", "/api/v1/code?date=2024-03-01",
                             body=b"Russian forces shelled Kharkiv on Monday.")
    d = json.loads(body)
    ev = d["documents"][0]["events"]
    check("code: text coded", s == 200 and len(ev) == 1 and
          ev[0]["cameo"] == "194" and ev[0]["date"] == "2024-02-26")
    jsonl = (b'{"id":"a","text":"Israeli aircraft bombed Rafah."}\n'
             b'not json\n'
             b'{"id":"b","date":"2024-01-02","text":"Police arrested 20 '
             b'protesters in Nairobi."}\n')
    s, h, body = srv.request("POST", "/api/v1/code?explain=1", body=jsonl)
    d = json.loads(body)
    check("code: JSONL documents", [x["id"] for x in d["documents"]] ==
          ["a", "b"])
    check("code: the bad line rejected with its line",
          len(d["rejected"]) == 1 and d["rejected"][0]["line"] == 2)
    check("code: explanation", "explain" in d["documents"][0] and
          len(d["documents"][0]["explain"]) > 20)
    s, h, body = srv.request("POST", "/api/v1/code", body=b"")
    check("code: empty body 400", s == 400)
    s, h, body = srv.request("POST", "/api/v1/code", body=b"bad \xff\xfe bytes")
    d = json.loads(body)
    check("code: invalid UTF-8 rejected", s == 200 and len(d["rejected"]) == 1)
    s, h, body = srv.request("GET", "/api/v1/code")
    check("code: GET is 405", s == 405 and json.loads(body)["error"])
    many = b"".join(b'{"id":"%d","text":"x"}\n' % i for i in range(60))
    s, h, body = srv.request("POST", "/api/v1/code", body=many)
    check("code: too many documents 413", s == 413)


def test_errors(srv):
    bad = [
        ("events?foo=1", 400, "foo"), ("events?from=2024-13-01", 400, "from"),
        ("events?from=yesterday", 400, "from"), ("events?to=2024-02-30", 400,
                                                 "to"),
        ("events?limit=0", 400, "limit"), ("events?limit=5001", 400, "limit"),
        ("events?limit=-1", 400, "limit"), ("events?offset=x", 400, "offset"),
        ("events?sort=zz", 400, "sort"), ("events?sort=-", 400, "sort"),
        ("events?bbox=1,2,3", 400, "bbox"), ("events?bbox=0,80,10,70", 400,
                                             "bbox"),
        ("events?bbox=nan,0,1,1", 400, "bbox"), ("events?quad=5", 400, "quad"),
        ("events?dyad=RUS", 400, "dyad"), ("events?actor=R%20S", 400, "actor"),
        ("events?actor=RUS&actor=UKR", 400, "actor"),
        ("events?min_mentions=-2", 400, "min_mentions"),
        ("events?directed=yes", 400, "directed"),
        ("events?text=" + "a" * 300, 400, "text"),
        ("events?publisher=" + "p" * 201, 400, "publisher"),
        ("events?" + "&".join("k%d=1" % i for i in range(40)), 400, "k0"),
        ("stats?by=year", 400, "by"), ("stats?top=0", 400, "top"),
        ("dyads?limit=201", 400, "limit"), ("places?limit=9999", 400, "limit"),
        ("events/abc", 400, "id"), ("events/99999999999999999999", 400, "id"),
        ("events/999", 404, "id"), ("nothing", 404, None),
        ("events?" + "&".join(["limit=1", "offset=0", "sort=id"] * 1) +
         "&limit=2", 400, "limit"),
        ("status?x=1", 400, "x"), ("events?cameo=%FF", 400, "cameo"),
    ]
    for path, status, param in bad:
        is_error(srv, path, status, param, "bad request")
    s, h, body = srv.request("DELETE", "/api/v1/events")
    check("DELETE is 405", s == 405)
    s, h, body = srv.request("GET", "/no/such/page")
    check("unknown page 404", s == 404)
    s, h, body = srv.request("GET", "/api/v1/events", headers={
        "Host": "evil.example"})
    check("foreign Host 403 (DNS rebinding)", s == 403)


def raw(port, data, read=True, timeout=10):
    """bytes sent as they are; the reply, or b'' when the server closed"""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        s.sendall(data)
        out = b""
        while read:
            chunk = s.recv(65536)
            if not chunk:
                break
            out += chunk
        return out
    except (ConnectionResetError, BrokenPipeError, socket.timeout):
        return b""
    finally:
        s.close()


def test_raw(srv):
    p = srv.port
    cases = [
        b"GARBAGE\r\n\r\n",
        b"GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX: " +
        b"a" * 100000 + b"\r\n\r\n",
        b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        b"GET /api/v1/events?x=%00%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Connection: close\r\n\r\n",
        b"POST /api/v1/code HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Length: -5\r\nConnection: close\r\n\r\n",
        b"POST /api/v1/code HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\n",
        b"\x00\x01\x02\xff" * 100,
        b"GET /../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Connection: close\r\n\r\n",
        b"GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Connection: close\r\n\r\n",
    ]
    for i, data in enumerate(cases):
        out = raw(p, data)
        check("raw case %d: no file leaked" % i, b"root:" not in out)
        check("raw case %d: still serving" % i,
              api(srv, "status")[0] == 200)
    # an oversized body announced: 413 before it is sent
    out = raw(p, b"POST /api/v1/code HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              b"Content-Length: 99999999\r\nConnection: close\r\n\r\n")
    check("announced oversized body 413", out.startswith(b"HTTP/1.1 413"))
    big = b"x" * (64 * 1024 + 1)
    s, h, body = srv.request("POST", "/api/v1/code", body=big)
    check("oversized body 413 JSON", s == 413 and
          json.loads(body)["error"]["status"] == 413)
    # a chunked body that grows past the limit
    chunks = b"".join(b"%x\r\n%s\r\n" % (8192, b"y" * 8192)
                      for _ in range(10)) + b"0\r\n\r\n"
    out = raw(p, b"POST /api/v1/code HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" +
              chunks)
    check("chunked oversized body 413", out.startswith(b"HTTP/1.1 413") or
          out == b"")


def test_parallel(srv):
    results = []
    lock = threading.Lock()

    def client(i):
        for j in range(8):
            try:
                s, h, d = api(srv, ["events?limit=5", "stats", "places",
                                    "events.geojson", "events/%d" % (1 + j)]
                              [(i + j) % 5])
                ok = s == 200 and d is not None
            except OSError:
                ok = False
            with lock:
                results.append(ok)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    check("24 parallel clients, %d requests, all answered (%d bad)" %
          (len(results), results.count(False)),
          len(results) == 192 and all(results))


def test_slow_client(srv):
    # a client that sends its request a byte at a time, and one that never
    # reads its (large) answer; the others are served meanwhile
    stop = threading.Event()

    def dribble():
        s = socket.create_connection(("127.0.0.1", srv.port), timeout=30)
        try:
            for b in b"GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n":
                if stop.is_set():
                    break
                s.send(bytes([b]))
                time.sleep(0.05)
        except OSError:
            pass
        finally:
            s.close()

    sleepers = [threading.Thread(target=dribble) for _ in range(4)]
    for t in sleepers:
        t.start()
    nonreader = socket.create_connection(("127.0.0.1", srv.port))
    for _ in range(20):
        nonreader.send(b"GET /api/v1/events.geojson?limit=5000 HTTP/1.1\r\n"
                       b"Host: 127.0.0.1\r\n\r\n")
    time.sleep(0.3)
    t0 = time.time()
    ok = all(api(srv, "events?limit=3")[0] == 200 for _ in range(20))
    took = time.time() - t0
    check("others served while slow clients hang on (%.2f s)" % took,
          ok and took < 20)
    stop.set()
    nonreader.close()
    for t in sleepers:
        t.join()


def test_headers(srv, webdir):
    for path in ["/api/v1/status", "/api/v1/nothing", "/", "/app.js"]:
        s, h, body = srv.request("GET", path)
        check("%s: CSP" % path, "default-src 'none'" in
              h.get("content-security-policy", ""))
        check("%s: nosniff" % path, h.get("x-content-type-options") ==
              "nosniff")
        check("%s: referrer" % path, h.get("referrer-policy") ==
              "no-referrer")
        check("%s: frames" % path, h.get("x-frame-options") == "DENY")
    s, h, body = srv.request("GET", "/")
    check("/ is the dashboard", s == 200 and
          h["content-type"].startswith("text/html") and b"dyad" in body)
    s, h, body = srv.request("GET", "/app.js")
    check("/app.js", s == 200 and h["content-type"].startswith(
        "text/javascript"))
    s, h, body = srv.request("GET", "/secret.db")
    check("files of other types are not served", s == 404)


def test_token(tmp, db):
    srv = Server(tmp, "token", db, "--token", TOKEN, "--quiet")
    s, h, d = api(srv, "status")
    check("token: missing 401", s == 401 and d["error"]["status"] == 401)
    s, h, d = api(srv, "status", headers={"Authorization": "Bearer wrong"})
    check("token: wrong 401", s == 401)
    s, h, d = api(srv, "status", headers={"Authorization": "Bearer " +
                                          TOKEN})
    check("token: bearer 200", s == 200)
    s, h, d = api(srv, "status?token=" + TOKEN)
    check("token: query 200 sets a cookie", s == 200 and
          "HttpOnly" in h.get("set-cookie", ""))
    s, h, d = api(srv, "status", headers={"Cookie": "dyad_token=" + TOKEN})
    check("token: cookie 200", s == 200)
    s, h, d = api(srv, "status", headers={"Host": "dyad.example.org",
                                          "Authorization": "Bearer " + TOKEN})
    check("token: any Host with the token", s == 200)
    rc, log = srv.stop()
    check("token server stops cleanly (%d)" % rc, rc == 0)
    r = subprocess.run([BIN, "serve", "--db", db, "--no-code", "--listen",
                        "0.0.0.0:0"], capture_output=True, text=True,
                       timeout=60)
    check("beyond loopback without a token: refused", r.returncode == 2 and
          "token" in r.stderr)
    r = subprocess.run([BIN, "serve", "--db", db, "--no-code", "--token",
                        "short"], capture_output=True, text=True, timeout=60)
    check("short token refused", r.returncode == 2)


def test_limits(tmp, db):
    # 429: three requests a second, bursts of six
    srv = Server(tmp, "rate", db, "--rate", "3", "--quiet", "--no-code")
    codes = [api(srv, "status")[0] for _ in range(30)]
    check("rate limit answers 429 (%s)" % codes, 429 in codes and
          codes[0] == 200)
    s, h, d = api(srv, "status")
    check("429 is JSON with Retry-After", s != 429 or (
        d["error"]["status"] == 429 and h.get("retry-after") == "1"))
    srv.stop()
    # 503: a store of many events and a deadline of 1 ms
    big = os.path.join(tmp, "big.db")
    con = sqlite3.connect(db)
    con.execute("VACUUM INTO ?", (big,))
    con.close()
    con = sqlite3.connect(big)
    cols = [r[1] for r in con.execute("PRAGMA table_info(events)")
            if r[1] != "id"]
    for _ in range(12):
        con.execute("INSERT INTO events(%s) SELECT %s FROM events" %
                    (",".join(cols), ",".join(cols)))
    con.commit()
    con.close()
    # the newest page looks at the newest 5000 events first: the same rows
    # as the general plan (offset + limit past 1250 takes that one)
    srv = Server(tmp, "pages", big, "--quiet", "--no-code", "--rate", "0",
                 "--timeout-ms", "60000")
    for f in ("", "&quad=4", "&country=KEN"):
        s, h, probe = api(srv, "events?offset=1240&limit=10" + f)
        s, h, general = api(srv, "events?offset=1246&limit=5" + f)
        check("probe and general plan agree (%s)" % f,
              len(general["events"]) == 5 and
              [e["id"] for e in probe["events"]][6:10] ==
              [e["id"] for e in general["events"]][0:4])
    # a dyad both ways is read as two directed ones merged
    s, h, both = api(srv, "events?dyad=RUS,UKR&offset=1300&limit=20")
    s, h, one = api(srv, "events?dyad=RUS,UKR&directed=1&offset=1300"
                    "&limit=20")
    s, h, none = api(srv, "events?dyad=UKR,RUS&directed=1")
    check("dyad both ways = the directed pages merged",
          none["total"] == 0 and len(both["events"]) == 20 and
          [e["id"] for e in both["events"]] ==
          [e["id"] for e in one["events"]])
    s, h, rare = api(srv, "events?limit=3&place=Nairobi")
    check("a rare filter falls back to the general plan",
          len(rare["events"]) == 3 and rare["total"] == 1000 and
          not rare["total_exact"])
    srv.stop()
    srv = Server(tmp, "slow", big, "--timeout-ms", "1", "--quiet",
                 "--no-code")
    s, h, d = api(srv, "stats?by=day")
    check("deadline: 503 JSON (%s %s)" % (s, d), s == 503 and
          "longer than 1 ms" in d["error"]["message"])
    check("deadline: the next request still works",
          api(srv, "events/1")[0] in (200, 503))
    # 500: the store file destroyed under the server
    with open(big, "r+b") as f:
        f.write(os.urandom(4096) * 4)
    s, h, d = api(srv, "events")
    check("destroyed store: 500 JSON (%s %s)" % (s, d), s == 500 and
          d["error"]["status"] == 500)
    rc, log = srv.stop()
    check("server with a broken store stops cleanly (%d)" % rc, rc == 0)


def main():
    tmp = tempfile.mkdtemp(prefix="dyad-serve-")
    db = os.path.join(tmp, "fx.db")
    subprocess.run([BIN, "ingest", "-q", "--db", db, "--lexicon", LEXB,
                    FIXTURE], check=True, timeout=300)
    webdir = os.path.join(tmp, "web")
    os.mkdir(webdir)
    with open(os.path.join(webdir, "index.html"), "w") as f:
        f.write("<!doctype html><title>dyad</title>")
    with open(os.path.join(webdir, "app.js"), "w") as f:
        f.write("'use strict';")
    with open(os.path.join(webdir, "secret.db"), "w") as f:
        f.write("no")
    srv = Server(tmp, "main", db, "--web", webdir, "--rate", "0",
                 "--max-body", "64k", "--threads", "4",
                 "--max-connections", "64")
    try:
        test_endpoints(srv)
        test_code(srv)
        test_errors(srv)
        test_raw(srv)
        test_parallel(srv)
        test_slow_client(srv)
        test_headers(srv, webdir)
    finally:
        rc, log = srv.stop()
    check("SIGTERM: exit 0 (%d)" % rc, rc == 0)
    check("SIGTERM: says it stops", "SIGTERM, stopping" in log)
    check("no sanitizer report", "ERROR: AddressSanitizer" not in log and
          "runtime error" not in log)
    if rc != 0:
        print(log[-3000:])
    test_token(tmp, db)
    test_limits(tmp, db)
    print("%d passed, %d failed" % (passed, failed))
    subprocess.run(["rm", "-rf", tmp])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
