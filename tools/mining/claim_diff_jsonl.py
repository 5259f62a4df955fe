#!/usr/bin/env python3
"""Prints the claims that differ between two `extract --format jsonl` outputs of the same corpus
(a claim is its document, span start, event, subject and value): what a rule change added and
removed, for judging by hand. Usage: claim_diff_jsonl.py BEFORE.jsonl AFTER.jsonl"""
import collections
import json
import sys


def load(f):
    d = collections.defaultdict(dict)
    for line in open(f, encoding="utf-8"):
        c = json.loads(line)
        key = (c["span"]["start"], c["event"], c["subject"], c["quantity"]["value"])
        d[c["document"]][key] = c["text"]
    return d


def main():
    a, b = load(sys.argv[1]), load(sys.argv[2])
    added = removed = 0
    for doc in sorted(set(a) | set(b)):
        for k, t in b[doc].items():
            if k not in a[doc]:
                added += 1
                print(f"+ {doc}@{k[0]} {k[1]} {k[2]} {k[3]} | {t}")
        for k, t in a[doc].items():
            if k not in b[doc]:
                removed += 1
                print(f"- {doc}@{k[0]} {k[1]} {k[2]} {k[3]} | {t}")
    print(f"added {added}, removed {removed}", file=sys.stderr)


if __name__ == "__main__":
    main()
