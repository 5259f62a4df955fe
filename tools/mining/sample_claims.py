#!/usr/bin/env python3
"""A seeded random sample of the scored claims mined by claims_in_sentences.py, for judging by
hand (issue 16, precision). Run from the repository root:

    python3 tools/mining/sample_claims.py [--mined /tmp/mined] [--seed 18] [--ar 75] [--en 150]

Draws, with one random.Random(seed), --ar claims of saudi-news-2015-dev, then --ar of
arabic-news-2013, then --en of english-news-dev, each with random.Random.sample over the corpus'
scored claims (event other than OTHER) in the order of the mined file. Prints one block a claim:
sample id, event, subject, quantity, and the sentence with the claim's span in [[ ]]. Judging
notes are kept outside the repository (they quote the corpus).
"""
import argparse
import json
import os
import random


def load(path):
    with open(path, encoding="utf-8") as f:
        return [c for c in (json.loads(l) for l in f if l.strip()) if c["event"] != "OTHER"]


def marked(c):
    base = int(c["sentenceId"].rsplit("@", 1)[1])
    a, b = c["span"]["start"] - base, c["span"]["end"] - base
    s = c["sentence"]
    return s[:a] + "[[" + s[a:b] + "]]" + s[b:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mined", default="/tmp/mined")
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--ar", type=int, default=75)
    ap.add_argument("--en", type=int, default=150)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    for name, n, tag in (("saudi-news-2015-dev", args.ar, "sa"), ("arabic-news-2013", args.ar, "eg"),
                         ("english-news-dev", args.en, "en")):
        for i, c in enumerate(rng.sample(load(os.path.join(args.mined, name + ".jsonl")), n), 1):
            q = c["quantity"]
            print("%s-%03d\t%s %s %s %s-%s\t%s" % (tag, i, c["event"], c["subject"], q["kind"], q["low"],
                                                q["high"], c["sentenceId"]))
            print("    " + marked(c).replace("\n", " "))


if __name__ == "__main__":
    main()
