#!/usr/bin/env python3
"""The claims that changed between two mining runs of claims_in_sentences.py (run with --all), for
judging a rule on the development corpora (issue 16, precision). Run from the repository root:

    python3 tools/mining/diff_claims.py BEFORE_DIR AFTER_DIR [--lang ar|en]

A claim is keyed by its document and span start; prints the claims whose event, subject or
quantity changed, and those only one run has, with their sentence around the span, and a count
of each kind of change (scored: event other than OTHER).
"""
import argparse
import collections
import json
import os
import sys


def load(folder, names):
    out = {}
    for n in names:
        with open(os.path.join(folder, n + ".jsonl"), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    c = json.loads(line)
                    out[(c["document"], c["span"]["start"])] = c
    return out


def brief(c):
    if c is None:
        return "-"
    q = c["quantity"]
    return "%s %s %s-%s" % (c["event"], c["subject"], q["low"], q["high"])


def show(c):
    base = int(c["sentenceId"].rsplit("@", 1)[1])
    s = c["sentence"]
    a, b = c["span"]["start"] - base, c["span"]["end"] - base
    return "...%s[[%s]]%s..." % (s[max(0, a - 120):a], s[a:b], s[b:b + 80])


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--lang", default="ar")
    args = ap.parse_args(argv)
    names = ["english-news-dev"] if args.lang == "en" else ["saudi-news-2015-dev", "arabic-news-2013"]
    before, after = load(args.before, names), load(args.after, names)
    kinds = collections.Counter()
    for key in sorted(set(before) | set(after)):
        b, a = before.get(key), after.get(key)
        if brief(b) == brief(a):
            continue
        kind = "%s -> %s" % (b["event"] if b else "none", a["event"] if a else "none")
        kinds[kind] += 1
        c = a or b
        print("%s => %s  %s" % (brief(b), brief(a), c["sentenceId"]))
        print("    " + show(c))
    for k, n in kinds.most_common():
        print("%5d  %s" % (n, k))


if __name__ == "__main__":
    main(sys.argv[1:])
