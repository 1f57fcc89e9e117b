#!/usr/bin/env python3
"""compat.py - codes another coder's validation suite with dyad and scores
exact matches of {source, target, cameo} against the suite's expected
events (docs/compat.md).

    tools/compat.py --dyad build/dyad --lexicon OUT.lexb SUITE.jsonl
                    [--by-category] [--diff] [--classify]
                    [--min-recall R] [--min-precision P]
                    [--tabari-options DICT ...]

SUITE.jsonl is TABARI's validation.jsonl or PETRARCH2's unittest.jsonl
(../shared/compat): records with id, text, date and events. Each record is
coded as a document (`dyad code -f jsonl`); a produced event matches an
expected one of the same record with equal source, target and cameo (each
expected event matches at most once). Prints recall (matched / expected)
and precision (matched / produced); exits 1 when either is below the
given minimum. --diff prints each record whose events differ (missed and
extra events); --classify sorts every difference into the classes of
docs/compat.md ("Remaining differences") and prints their counts.

--tabari-options DICT ... (TABARI's suite): the records switch TABARI's
options as its own validation file does, a `{OPTION: DEFAULT: ...}`,
`{OPTION: FORWARD: ...}`, `{OPTION: COMMA: ...}` or `{OPTION: SET: CODE
...}` marker taking effect after its record; each
record is coded with the TABARI dictionaries DICT imported with a
`.options` file holding the commands then in force (`dyad lexicon
import`), the records under none with --lexicon. Under FORWARD the
consecutive records of one story (the N places of its mask in the id)
are coded as one document, a sentence each.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile


def key(src, tgt, cameo):
    return (src or "", tgt or "", cameo or "")


def classify(missed, extra, record):
    """Pairs missed and extra events of one record and names each
    difference; returns a list of class names (one per missed or extra
    event not explained by a pair counted once)."""
    missed, extra, out = list(missed), list(extra), []

    def take(pred, name):
        for m in list(missed):
            for e in extra:
                if pred(m, e):
                    missed.remove(m)
                    extra.remove(e)
                    out.append(name)
                    break

    def detail(a, b):
        return a != b and a and b and (a.startswith(b) or b.startswith(a))

    take(lambda m, e: m[2] == e[2] and (
        (detail(m[0], e[0]) and (m[1] == e[1] or detail(m[1], e[1]))) or
        (m[0] == e[0] and detail(m[1], e[1]))),
        "actor code detail (agent composed or not)")
    take(lambda m, e: m[2] == e[2] and (m[0], m[1]) == (e[1], e[0]),
         "source and target swapped")
    take(lambda m, e: m[2] == e[2] and (m[0] == e[0] or detail(m[0], e[0]))
         and not e[1], "target not found")
    take(lambda m, e: m[2] == e[2] and (m[0] == e[0] or detail(m[0], e[0])),
         "other target")
    take(lambda m, e: m[2] == e[2] and (m[1] == e[1] or detail(m[1], e[1])),
         "other source")
    take(lambda m, e: m[:2] == e[:2] and m[2][:2] == e[2][:2],
         "other code of the same root")
    take(lambda m, e: m[:2] == e[:2], "other code")
    take(lambda m, e: True, "other event")
    commented = "/*" in record["text"] and not record.get("events")
    out += ["not coded"] * len(missed)
    out += ["extra: record is a TABARI comment" if commented else
            "extra event"] * len(extra)
    return out


def option_states(records):
    """the TABARI DEFAULT, FORWARD, COMMA and SET: CODE commands in force
    at each record, as the lines of an options file ("" for none): a record's
    `{OPTION: ...}` markers act after it is coded, as in TABARI's own file,
    where they stand in the comment after the text; a DEFAULT or FORWARD
    command ending in OFF ends it (COMMA: OFF is a state of its own: no
    clause eliminated)"""
    state, out = {}, []
    for r in records:
        out.append("".join(state[k] + "\n" for k in sorted(state)))
        for m in r.get("markers") or []:
            g = re.match(r"\{\s*OPTION:\s*((DEFAULT|FORWARD|COMMA|SET: CODE)"
                         r"\s*:?.*?)\s*\}$", m)
            if not g:
                continue
            if re.search(r"\bOFF$", g.group(1)) and g.group(2) != "COMMA":
                state.pop(g.group(2), None)
            else:
                state[g.group(2)] = g.group(1)
    return out


def story_of(record, mask):
    """the story number of a record under FORWARD's mask (its N places),
    read from the record's id as TABARI's file writes it after the date
    (two blanks, then the id: "  FRWD-001-002")"""
    tail = "  " + record["id"].split("TABARI-", 1)[-1]
    return "".join(tail[i] for i, ch in enumerate(mask)
                   if ch == "N" and i < len(tail))


def code_stories(dyad, lexicon, records, mask):
    """codes the consecutive records of one story (FORWARD) as one
    document, a sentence each, and gives each record the events of its
    sentences (by byte offset)"""
    docs, spans = [], {}
    for r in records:
        key = story_of(r, mask)
        if docs and docs[-1][0] == key:
            docs[-1][1].append(r)
        else:
            docs.append((key, [r]))
    joined = []
    for n, (key, rs) in enumerate(docs):
        text, parts = b"", []
        for r in rs:
            if text:
                text += b"\n\n"
            parts.append((len(text), r["id"]))
            text += r["text"].encode("utf-8")
        doc_id = "story%d" % n
        spans[doc_id] = parts
        joined.append({"id": doc_id, "text": text.decode("utf-8"),
                       "date": rs[0].get("date")})
    produced = collections.defaultdict(list)
    for e in run_dyad(dyad, lexicon, joined):
        start = e["sentence"]["span"][0]
        rid = [i for off, i in spans[e["doc_id"]] if off <= start][-1]
        produced[rid].append(event_key(e))
    return produced


def code_states(dyad, lexicon, records, dictionaries, tmp):
    """codes each record with the dictionaries imported under the options
    in force at it (option_states), or with lexicon under none"""
    states = option_states(records)
    produced = {}
    for n, st in enumerate(sorted(set(states))):
        lex = lexicon
        if st:
            opts = os.path.join(tmp, "state%d.options" % n)
            with open(opts, "w", encoding="utf-8") as f:
                f.write(st)
            lex = opts[:-len(".options")] + ".lexb"
            subprocess.run([dyad, "lexicon", "import", "--format", "tabari",
                            "-o", lex] + dictionaries + [opts],
                           stderr=subprocess.DEVNULL, check=True)
        part = [r for r, s in zip(records, states) if s == st]
        fw = re.search(r"^FORWARD\s*:\s*(\S+)", st, re.M)
        if fw:
            produced.update(code_stories(dyad, lex, part, fw.group(1)))
        else:
            produced.update(code_suite(dyad, lex, part))
    return produced


def run_dyad(dyad, lexicon, docs):
    """the events dyad codes in docs (dicts of id, text, date)"""
    text = "".join(json.dumps(d) + "\n" for d in docs)
    out = subprocess.run([dyad, "code", "-q", "-f", "jsonl", "--lexicon",
                          lexicon, "-"], input=text.encode(),
                         stdout=subprocess.PIPE, check=False)
    if out.returncode not in (0, 1):
        sys.exit("dyad code failed with exit code %d" % out.returncode)
    return [json.loads(line) for line in out.stdout.decode().splitlines()]


def event_key(e):
    src = (e.get("source") or {}).get("code")
    tgt = (e.get("target") or {}).get("code")
    return key(src, tgt, e.get("cameo"))


def code_suite(dyad, lexicon, records):
    produced = collections.defaultdict(list)
    for e in run_dyad(dyad, lexicon, [{"id": r["id"], "text": r["text"],
                                       "date": r.get("date")}
                                      for r in records]):
        produced[e["doc_id"]].append(event_key(e))
    return produced


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", default="build/dyad")
    ap.add_argument("--lexicon", required=True)
    ap.add_argument("--by-category", action="store_true")
    ap.add_argument("--min-recall", type=float, default=0.0)
    ap.add_argument("--min-precision", type=float, default=0.0)
    ap.add_argument("--diff", action="store_true",
                    help="print each record whose events differ")
    ap.add_argument("--classify", action="store_true",
                    help="count the differences by class")
    ap.add_argument("--tabari-options", nargs="+", metavar="DICT",
                    help="switch TABARI's DEFAULT and FORWARD options as "
                    "the records' markers do, importing these dictionaries "
                    "with them")
    ap.add_argument("suite")
    a = ap.parse_args()
    with open(a.suite, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    if a.tabari_options:
        with tempfile.TemporaryDirectory() as tmp:
            produced = code_states(a.dyad, a.lexicon, records,
                                   a.tabari_options, tmp)
    else:
        produced = code_suite(a.dyad, a.lexicon, records)
    tally = collections.defaultdict(lambda: [0, 0, 0])  # matched, exp, prod
    classes = collections.Counter()
    for r in records:
        want = collections.Counter(key(e.get("source"), e.get("target"),
                                       e.get("cameo"))
                                   for e in r.get("events") or [])
        got = collections.Counter(produced.get(r["id"], []))
        matched = sum((want & got).values())
        if a.classify:
            classes.update(classify((want - got).elements(),
                                    (got - want).elements(), r))
        if a.diff and want != got:
            print("%s [%s] %s\n  missed   %s\n  extra    %s" % (
                r["id"], r.get("category", ""), r["text"],
                " ".join("/".join(k) for k in (want - got).elements()),
                " ".join("/".join(k) for k in (got - want).elements())))
        for cat in ("all", r.get("category")) if a.by_category else ("all",):
            if cat is None:
                continue
            t = tally[cat]
            t[0] += matched
            t[1] += sum(want.values())
            t[2] += sum(got.values())
    for cat in sorted(tally, key=lambda c: (c != "all", c)):
        m, e, p = tally[cat]
        print("%-14s expected %4d  produced %4d  matched %4d  recall %.3f  "
              "precision %.3f" % (cat, e, p, m, m / e if e else 0.0,
                                  m / p if p else 0.0))
    for name, n in sorted(classes.items(), key=lambda x: (-x[1], x[0])):
        print("%5d  %s" % (n, name))
    m, e, p = tally["all"]
    recall = m / e if e else 0.0
    precision = m / p if p else 0.0
    if recall < a.min_recall or precision < a.min_precision:
        print("below the recorded level: recall %.3f (min %.3f), precision "
              "%.3f (min %.3f)" % (recall, a.min_recall, precision,
                                   a.min_precision), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
