#!/usr/bin/env python3
"""A random sample of the scored claims (event not OTHER) of the Arabic mining pool, stratified by
event, to judge by hand by ../shared/spec/claims.md (branch ar28neg). Python 3, standard library
only; run from the repository root:

    python3 tools/mining/ar_pool.py --corpus ../shared/corpus --out /tmp/pool
    java -cp cli/target/countercheck-cli-all.jar tools/mining/ExtractArPool.java \
        /tmp/pool/pool.txt > /tmp/pool/claims.jsonl
    python3 tools/mining/neg28_sample.py /tmp/pool /tmp/pool/claims.jsonl [--n 100 --seed 28 --min 5]

Each event gets a share of N proportional to its claims in the pool, at least MIN (so the small
events are read too); the stratum sizes are printed first, so that a precision read off the
sample can be weighted back to the pool (the weight of a claim of event E is count(E) / sample(E)).
Article text goes to the terminal only.
"""
import argparse
import collections
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mining  # noqa: E402

SCORED = {"KILLED", "INJURED", "ARRESTED", "MISSING", "DISPLACED", "PARTICIPATED", "DEPLOYED"}


def shares(sizes, n, least):
    small = {e: min(least, k) for e, k in sizes.items() if k * n / sum(sizes.values()) < least}
    rest = n - sum(small.values())
    big = {e: k for e, k in sizes.items() if e not in small}
    out = dict(small)
    tot = sum(big.values())
    for e, k in big.items():
        out[e] = round(k * rest / tot)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=28)
    ap.add_argument("--min", type=int, default=5)
    a = ap.parse_args()
    by = collections.defaultdict(list)
    for i, c, sent, base in mining.pool_claims(a.pool, a.claims, SCORED):
        by[c["event"]].append((i, c, sent, c["span"]["start"] - base, c["span"]["end"] - base))
    sizes = {e: len(v) for e, v in by.items()}
    share = shares(sizes, a.n, a.min)
    rnd = random.Random(a.seed)
    k = 0
    for e in sorted(by):
        print(f"== {e}: {sizes[e]} claims, {share[e]} in the sample")
        for i, c, sent, s, t in rnd.sample(by[e], share[e]):
            k += 1
            lo = max(0, s - 180)
            print(f"[{k}] #{i} {c['event']} {c['subject']} {c['quantity'].get('value')} | "
                  f"{sent[lo:s]}[[{sent[s:t]}]]{sent[t:t + 120]}\n")


if __name__ == "__main__":
    main()
