#!/usr/bin/env python3
"""Before/after comparison and judged samples of the mining of tools/mining/mine_ar19.py.

After `mine_ar19.py collect --out DIR`, extract each class twice (a jar of main as
DIR/<cls>.jsonl, the branch's jar as DIR/<cls>.new.jsonl), then, from the repository root:

    python3 tools/mining/compare_ar19.py diff --out DIR --cls cases        # every changed sentence
    python3 tools/mining/compare_ar19.py sample --out DIR --cls cases \\
        --where "k not in ('DEATH','INJURY','CHOKE')" --n 30 --seed 19      # a sample to judge by hand

`--where` is a Python expression over `k`, the group key of `mine_ar19.key_of`. Nothing of the
corpora is written to the repository.
"""
import argparse
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mine_ar19 as m  # noqa: E402


def load(path):
    c = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            x = json.loads(line)
            c[x["document"]].append(x)
    return c


def index(args):
    with open(os.path.join(args.out, args.cls + ".index.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def brief(c):
    return (c["span"]["start"], c["text"], c["event"], c["subject"], c["quantity"]["low"])


def diff(args):
    a = load(os.path.join(args.out, args.cls + ".jsonl"))
    b = load(os.path.join(args.out, args.cls + ".new.jsonl"))
    n = 0
    for r in index(args):
        old = {brief(c) for c in a.get(r["doc"], [])}
        new = {brief(c) for c in b.get(r["doc"], [])}
        if old != new:
            n += 1
            print("==", r["doc"], r["text"][:400])
            for x in sorted(old - new):
                print("  -", x)
            for x in sorted(new - old):
                print("  +", x)
    print(n, "sentences changed", file=sys.stderr)


def pred(claims, r, a, b):
    got = [c for c in claims.get(r["doc"], []) if c["span"]["start"] < b and c["span"]["end"] > a]
    return ",".join(sorted({f'{c["event"]}/{c["subject"]}/{c["quantity"]["low"]}' for c in got})) or "NONE"


def sample(args):
    a = load(os.path.join(args.out, args.cls + ".jsonl"))
    b = load(os.path.join(args.out, args.cls + ".new.jsonl"))
    rows = []
    for r in index(args):
        for x, y in r["spans"]:
            k = m.key_of(args.cls, r["text"], x, y)
            if eval(args.where, {}, {"k": k}):  # noqa: S307 (a filter typed by the miner)
                rows.append((k, r, x, y))
    print(len(rows), "candidates")
    rng = random.Random(args.seed)
    for k, r, x, y in rng.sample(rows, min(args.n, len(rows))):
        t = r["text"]
        lo, hi = max(0, x - 150), min(len(t), y + 100)
        print(f"[{r['doc']}] {k} BEFORE {pred(a, r, x, y)} AFTER {pred(b, r, x, y)}\n   {t[lo:x]}<<{t[x:y]}>>{t[y:hi]}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["diff", "sample"])
    ap.add_argument("--out", required=True)
    ap.add_argument("--cls", required=True, choices=["cases", "deploy"])
    ap.add_argument("--where", default="True")
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=19)
    args = ap.parse_args()
    diff(args) if args.cmd == "diff" else sample(args)


if __name__ == "__main__":
    main()
