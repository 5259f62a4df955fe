#!/usr/bin/env python3
"""Draws devset4-ar: 120 more Arabic sentences at random, to develop on (issue 16).

Usage, from the repository root:

    python3 claims/src/test/resources/devset4/sample_ar4.py [--corpus ../shared/corpus] \
        [--per-corpus 60] [--seed 16216] > /tmp/devset4-ar-skeleton.jsonl

It reuses steps 1-3 of `../devset2/sample_ar.py` (files, sentences, the number filter) unchanged.
Pool: per corpus, each distinct text once, minus every sentence whose text (white space
collapsed) equals, contains or is contained in a sentence of the first development set
(`../devset/devset.jsonl`), of devset2 (`../devset2/devset2-ar.jsonl`, both splits) or of
devset3 (`../devset3/devset3-ar.jsonl`), and minus texts already in the other corpus' pool.
Draw: `random.Random(seed).sample(pool, n)` for saudi-news-2015-dev, then with the same generator
for arabic-news-2013; ids interleaved (saudi 1, 2013 1, ...) as dev4-ar-0001 ... dev4-ar-0120.
Every sentence is `dev`: the set is developed on (its errors are listed), unlike devset3.
"""
import argparse
import importlib.util
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("sample_ar", os.path.join(HERE, "..", "devset2", "sample_ar.py"))
sample_ar = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sample_ar)

EXCLUDED = [os.path.join("..", "devset", "devset.jsonl"),
            os.path.join("..", "devset2", "devset2-ar.jsonl"),
            os.path.join("..", "devset3", "devset3-ar.jsonl")]


def excluded_texts():
    out = []
    for f in EXCLUDED:
        with open(os.path.join(HERE, f), encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    d = json.loads(line)
                    if d.get("lang") == "ar":
                        out.append(sample_ar.collapse(d["text"]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--per-corpus", type=int, default=60)
    ap.add_argument("--seed", type=int, default=16216)
    args = ap.parse_args()
    excluded = excluded_texts()
    rng = random.Random(args.seed)
    seen = set()
    draws = []
    for name in sample_ar.CORPORA:
        p = sample_ar.pool(args.corpus, name, excluded, seen)
        drawn = rng.sample(p, args.per_corpus)
        print(f"{name}: pool {len(p)} sentences, drawn {len(drawn)}", file=sys.stderr)
        draws.append(drawn)
    rows = [d for pair in zip(*draws) for d in pair]
    for k, d in enumerate(rows):
        print(json.dumps({
            "id": f"dev4-ar-{k + 1:04d}", "corpus": d["corpus"], "outlet": d["outlet"], "date": d["date"],
            "source": d["source"], "lang": "ar", "text": d["text"], "split": "dev",
            "offset": d["offset"], "claims": []}, ensure_ascii=False))


if __name__ == "__main__":
    main()
