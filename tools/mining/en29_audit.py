#!/usr/bin/env python3
"""A seeded random audit of the English claims on the mining pool (issue 16, branch en29prec;
development text, printed only, never committed).

    python3 tools/mining/en_sentences.py ../shared/corpus/english-news-dev > /tmp/en-pool.tsv
    java -cp cli/target/countercheck-cli-all.jar tools/mining/ExtractPool.java < /tmp/en-pool.tsv > /tmp/claims.tsv
    python3 tools/mining/en29_audit.py /tmp/en-pool.tsv /tmp/claims.tsv --mode claims --n 100 --seed 29
    python3 tools/mining/en29_audit.py /tmp/en-pool.tsv /tmp/claims.tsv --mode sentences --n 40 --seed 29

`claims` draws N scored claims (event not OTHER) at random from all of the pool's, so each event
comes in its natural proportion; each is printed with its sentence and the other claims of that
sentence (the same claim twice shows there). `sentences` draws N pool sentences at random among
those with at least one scored claim, leaving out the sentences of the `claims` draw of the same
seed, and prints each whole with all its claims (OTHER too), to judge every claim the extractor
emits where an annotator would emit none. With --after, the claims of a second extraction of the
same pool are printed beside the first (what a change did on the same draw). The pool
(en_sentences.py) leaves every devset*/devset*.jsonl out.
"""
import argparse
import collections
import random

from en_fields import read_pool


def read_all(path):
    """Every claim line of ExtractPool.java (OTHER too), by sentence."""
    by_sentence = collections.defaultdict(list)
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) >= 8:
            by_sentence[(f[0], f[1])].append(tuple(f[:8]))
    return by_sentence


def scored(claims):
    return [c for c in claims if c[2] != "OTHER"]


def fmt(c):
    return f"{c[2]} {c[3]} {c[4]} {c[5]}-{c[6]} «{c[7]}»"


def draw_claims(by_sentence, n, seed):
    everything = [c for key in sorted(by_sentence) for c in scored(by_sentence[key])]
    return random.Random(seed).sample(everything, min(n, len(everything)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--mode", choices=("claims", "sentences"), default="claims")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=29)
    ap.add_argument("--after")
    a = ap.parse_args()
    pool = read_pool(a.pool)
    by_sentence = read_all(a.claims)
    after = read_all(a.after) if a.after else None
    drawn = draw_claims(by_sentence, a.n, a.seed)
    print(f"{sum(len(scored(v)) for v in by_sentence.values())} scored claims in "
          f"{sum(1 for v in by_sentence.values() if scored(v))} of {len(pool)} pool sentences")
    if a.mode == "claims":
        items = [((c[0], c[1]), c) for c in drawn]
    else:
        taken = {(c[0], c[1]) for c in drawn}
        keys = sorted(k for k, v in by_sentence.items() if scored(v) and k not in taken)
        items = [(k, None) for k in random.Random(a.seed).sample(keys, min(a.n, len(keys)))]
    for i, (key, c) in enumerate(items, 1):
        print(f"[{i}] {key[0]}:{key[1]}" + (f"  CLAIM {fmt(c)}" if c else ""))
        for o in by_sentence[key]:
            if o != c:
                print(f"      {'also ' if c else ''}{fmt(o)}")
        if after is not None:
            for o in after.get(key, []):
                print(f"      after {fmt(o)}")
        print("    " + pool[key])


if __name__ == "__main__":
    main()
