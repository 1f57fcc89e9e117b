#!/usr/bin/env bash
# officeholders.sh - every actor line of data/officeholders.lex codes as its
# own code: "<first alias> criticised the United Nations on Monday.", dated
# the line's FROM date (the first day in office; TO is the first day out of
# it, so on a handover day the successor's spell fits), must have that code
# as the event's source.  Also: no phrase of officeholders.lex
# may be listed in data/actors.lex or officeholders.lex itself with a
# different code over overlapping dates (the coder could not tell them apart).
# Failures print as  officeholders.lex:LINE: expected CODE, got X for "sentence"
set -u
bin=${DYAD_BIN:?} lex=${DYAD_TEST_LEXB:?} src=${DYAD_SOURCE_DIR:?}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dyad-officeholders.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
data=$src/data/officeholders.lex

python3 - "$data" "$src/data/actors.lex" "$tmp/docs.jsonl" >"$tmp/conflicts" <<'PY' || exit 1
import datetime, json, re, sys
data, actors, out = sys.argv[1:4]

def entries(path):
    """(line number, code, from, to, [phrases]) of every actor line."""
    res, last = [], None
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.split("#", 1)[0].rstrip()
        if line.startswith("|") and last is not None:
            last[4].extend(p.strip() for p in line[1:].split("|") if p.strip())
            continue
        m = re.match(r"actor\s+(\S+)(?:\s+(\d{4}-\d\d-\d\d)?\.\.(\d{4}-\d\d-\d\d)?)?\s*:(.*)", line)
        if not m:
            last = None
            continue
        code, fr, to, phrases = m.groups()
        last = (n, code, fr or "0000-00-00", to or "9999-99-99",
                [p.strip() for p in phrases.split("|") if p.strip()])
        res.append(last)
    return res

mine, theirs = entries(data), entries(actors)
docs = open(out, "w", encoding="utf-8")
for n, code, fr, to, phrases in mine:
    date = fr if fr != "0000-00-00" else "2015-01-01"
    sentence = "%s criticised the United Nations on Monday." % phrases[0]
    docs.write(json.dumps({"id": "L%d" % n, "date": date, "text": sentence}) + "\n")

index = {}
for src, lst in (("actors.lex", theirs), ("officeholders.lex", mine)):
    for n, code, fr, to, phrases in lst:
        for p in phrases:
            index.setdefault(p.lower(), []).append((src, n, code, fr, to))
for n, code, fr, to, phrases in mine:
    for p in phrases:
        for src, n2, code2, fr2, to2 in index[p.lower()]:
            if code2 != code and fr < to2 and fr2 < to:
                print('officeholders.lex:%d: "%s" is also %s in %s:%d over overlapping dates'
                      % (n, p, code2, src, n2))
PY

"$bin" code --lexicon "$lex" --format jsonl --quiet "$tmp/docs.jsonl" >"$tmp/events.jsonl" 2>"$tmp/err"

python3 - "$data" "$tmp/docs.jsonl" "$tmp/events.jsonl" "$tmp/conflicts" <<'PY'
import json, re, sys
data, docs, events, conflicts = sys.argv[1:5]
expected = {}
for n, raw in enumerate(open(data, encoding="utf-8"), 1):
    m = re.match(r"actor\s+(\S+)", raw)
    if m:
        expected["L%d" % n] = m.group(1)
text = {}
for line in open(docs, encoding="utf-8"):
    d = json.loads(line)
    text[d["id"]] = d["text"]
got = {}
for line in open(events, encoding="utf-8"):
    e = json.loads(line)
    got.setdefault(e["doc_id"], (e.get("source") or {}).get("code") or "none")
passed = failed = 0
for doc_id, code in expected.items():
    g = got.get(doc_id, "no event")
    if g == code:
        passed += 1
    else:
        failed += 1
        print('officeholders.lex:%s: expected %s, got %s for "%s"' % (doc_id[1:], code, g, text[doc_id]))
for line in open(conflicts, encoding="utf-8"):
    failed += 1
    print(line.rstrip())
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
PY
