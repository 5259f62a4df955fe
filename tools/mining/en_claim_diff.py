#!/usr/bin/env python3
"""The claims that differ between two `extract --format jsonl` outputs over english-news-dev, each
with its sentence, leaving out every devset sentence (issue 16, branch en21implicit): what a change
added and removed, to judge by hand (development text; nothing is written but standard output).
A claim is its document, span start, event, subject and low bound; only scored events (not OTHER)
are listed unless --other.

    python3 tools/mining/en_claim_diff.py BEFORE.jsonl AFTER.jsonl [--other] [--sample N --seed S]
"""
import argparse
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import en_implicit  # noqa: E402,F401  (sets the devset list of implicit_mine)
import implicit_mine as m  # noqa: E402


def load(path, other):
    d = collections.defaultdict(dict)
    for line in open(path, encoding="utf-8"):
        c = json.loads(line)
        if c["event"] == "OTHER" and not other:
            continue
        d[c["document"]][(c["span"]["start"], c["event"], c["subject"], c["quantity"]["low"])] = c
    return d


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--other", action="store_true")
    ap.add_argument("--sample", type=int)
    ap.add_argument("--seed", type=int, default=21)
    a = ap.parse_args()
    before, after = load(a.before, a.other), load(a.after, a.other)
    rows = []
    for f, off, s in m.sentences("en", m.corpus_files("en")):
        end = off + len(s)
        for sign, x, y in (("+", after, before), ("-", before, after)):
            for k, c in x.get(f, {}).items():
                if off <= k[0] < end and k not in y.get(f, {}):
                    rows.append((sign, f, k, c["text"], s))
    counts = collections.Counter(r[0] for r in rows)
    print(f"added {counts['+']}, removed {counts['-']} (devset sentences left out)")
    if a.sample:
        random.Random(a.seed).shuffle(rows)
        rows = rows[:a.sample]
    for sign, f, k, t, s in rows:
        print(f"{sign} {k[1]} {k[2]} {k[3]} «{t}» | {s[:300]}")


if __name__ == "__main__":
    main()
