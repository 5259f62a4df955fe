#!/usr/bin/env python3
"""A random sample of the English scored claims of the mining pool, stratified by event, to judge
each claim's value, kind, event and subject by ../shared/spec/claims.md (issue 16, branch
en28prec; development text, printed only, never committed).

    python3 tools/mining/en_sentences.py ../shared/corpus/english-news-dev > /tmp/en-pool.tsv
    java -cp cli/target/countercheck-cli-all.jar tools/mining/ExtractPool.java < /tmp/en-pool.tsv > /tmp/claims.tsv
    python3 tools/mining/en28_sample.py /tmp/en-pool.tsv /tmp/claims.tsv [--n 150 --floor 8 --seed 28]

Each event gets its share of N by its number of claims, at least FLOOR (the largest event gives
up what the floors take), so that the small events are judged too; the per-event counts are
printed first, for weighting the judged precision back to the pool. Every claim of a sampled
claim's sentence is printed with it (the same claim twice shows there).
"""
import argparse
import collections
import random

from en_fields import read_claims, read_pool


def allocate(sizes, n, floor):
    total = sum(sizes.values())
    share = {e: max(min(floor, k), round(n * k / total)) for e, k in sizes.items()}
    biggest = max(sizes, key=sizes.get)
    share[biggest] += n - sum(share.values())
    return share


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--floor", type=int, default=8)
    ap.add_argument("--seed", type=int, default=28)
    a = ap.parse_args()
    pool = read_pool(a.pool)
    claims = read_claims(a.claims)
    by_event = collections.defaultdict(list)
    by_sentence = collections.defaultdict(list)
    for c in claims:
        by_event[c[2]].append(c)
        by_sentence[(c[0], c[1])].append(c)
    share = allocate({e: len(v) for e, v in by_event.items()}, a.n, a.floor)
    rnd = random.Random(a.seed)
    i = 0
    for e in sorted(by_event, key=lambda e: -len(by_event[e])):
        print(f"== {e}: {share[e]} of {len(by_event[e])}")
        for c in rnd.sample(by_event[e], share[e]):
            i += 1
            print(f"[{i}] {c[2]} {c[3]} {c[4]} {c[5]}-{c[6]} «{c[7]}»   ({c[0]}:{c[1]})")
            others = [o for o in by_sentence[(c[0], c[1])] if o != c]
            for o in others:
                print(f"      also {o[2]} {o[3]} {o[4]} {o[5]}-{o[6]} «{o[7]}»")
            print("    " + pool[(c[0], c[1])][:500])


if __name__ == "__main__":
    main()
