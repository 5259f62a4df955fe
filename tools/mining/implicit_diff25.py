#!/usr/bin/env python3
"""What a change of the implicit-count rules did on the Arabic development corpora (issue 16,
branch ar25implicit): the claims added and removed between two `extract --format jsonl` runs of
arabic-news-2013 and saudi-news-2015-dev (a claim is its document, span start, event, subject
and value), each printed with its sentence; sentences of every devset are left out (as
implicit_mine.sentences leaves them out). With --sample N a random sample of the changes.

    python3 tools/mining/implicit_diff25.py BEFORE-2013.jsonl BEFORE-SAUDI.jsonl \
        AFTER-2013.jsonl AFTER-SAUDI.jsonl [--sample 25 --seed 25]

Nothing is written but standard output (no article text is committed).
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import implicit_mine as m  # noqa: E402


def load(paths):
    out = {}
    for p in paths:
        for line in open(p, encoding="utf-8"):
            c = json.loads(line)
            key = (c["document"], c["span"]["start"], c["event"], c["subject"],
                   c["quantity"]["value"])
            out[key] = c["text"]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("claims", nargs=4)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=25)
    a = ap.parse_args()
    before, after = load(a.claims[:2]), load(a.claims[2:])
    files = m.corpus_files("ar")
    sents = {}
    for f, off, s in m.sentences("ar", files):
        sents.setdefault(f, []).append((off, s))
    changes = []
    for sign, one, other in (("+", after, before), ("-", before, after)):
        for key, text in one.items():
            if key in other:
                continue
            doc, start = key[0], key[1]
            hit = [(o, s) for o, s in sents.get(doc, ()) if o <= start < o + len(s)]
            if hit:
                changes.append((sign, key, text, hit[0][1]))
    print(f"changed claims outside the devsets: {len(changes)} "
          f"(+{sum(c[0] == '+' for c in changes)} -{sum(c[0] == '-' for c in changes)})")
    shown = changes
    if a.sample and len(changes) > a.sample:
        shown = random.Random(a.seed).sample(changes, a.sample)
    for sign, key, text, s in sorted(shown, key=lambda c: (c[1][0], c[1][1])):
        print(f"{sign} {key[2]} {key[3]} {key[4]} [{text}] {key[0]}@{key[1]}\n    {s.strip()[:300]}")


if __name__ == "__main__":
    main()
