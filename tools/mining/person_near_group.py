#!/usr/bin/env python3
"""Casualty claims of the mining pool whose subject is PERSON while a word of a group or force
(the stem list of subject_groups.py) stands near the number: the candidates of a wrong subject.
Counts them by the shape between the number and the nearest group word (normalised words, the
number as N, the group word as G), ranks the shapes, and shows a few of each.

    python3 tools/mining/person_near_group.py POOL_DIR CLAIMS.jsonl [--top 25] [--show 3]
"""
import argparse
from collections import defaultdict

import mining
import subject_groups as sg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--show", type=int, default=3)
    args = ap.parse_args()
    shapes = defaultdict(list)
    for i, c, sent, start in mining.pool_claims(args.pool, args.claims, sg.EVENTS):
        if c["subject"] != "PERSON":
            continue
        toks, _, n = sg.count_token(c, sent, start)
        if n is None:
            continue
        best = None
        for k in list(range(n + 1, min(len(toks), n + 5))) + list(range(n - 1, max(-1, n - 7), -1)):
            if sg.is_group(toks[k][2]):
                best = k
                break
        if best is None:
            continue
        lo, hi = sorted((n, best))
        words = []
        for k in range(lo, hi + 1):
            words.append("N" if k == n else "G" if k == best else sg.strip(sg.norm(toks[k][2])))
        shapes[" ".join(words)].append((i, c, sent, s))
    ranked = sorted(shapes.items(), key=lambda kv: -len(kv[1]))
    print(f"claims: {sum(len(v) for v in shapes.values())}, shapes: {len(shapes)}")
    for shape, rows in ranked[:args.top]:
        print(f"{len(rows):4d}  {shape}")
        for i, c, sent, s in rows[:args.show]:
            print(f"        #{i} {c['event']} {c['quantity']['value']} | {sent[max(0, s - 50): s + 70]}")


if __name__ == "__main__":
    main()
