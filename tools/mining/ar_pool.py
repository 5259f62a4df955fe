#!/usr/bin/env python3
"""Writes the Arabic mining pool: every numbered sentence of the Arabic development corpora
(arabic-news-2013, saudi-news-2015-dev) less the sentences of every devset (1 to 7, all splits),
by the procedure of claims/src/test/resources/devset_sampling.py.

    python3 tools/mining/ar_pool.py --corpus ../shared/corpus --out /tmp/pool

writes OUT/pool.txt (the sentences, one per line, a blank line between) and OUT/pool.tsv
(line number in pool.txt, corpus, source file, offset). Nothing it writes is committed.
"""
import argparse
import os
import sys

import mining
from mining import ds as devset_sampling


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    sets = mining.devset_files(os.path.join("devset*", "devset*.jsonl"))
    excluded = devset_sampling.arabic_texts(sets)
    seen = set()
    os.makedirs(args.out, exist_ok=True)
    n = 0
    with open(os.path.join(args.out, "pool.txt"), "w", encoding="utf-8") as txt, \
            open(os.path.join(args.out, "pool.tsv"), "w", encoding="utf-8") as tsv:
        for name in devset_sampling.ARABIC_CORPORA:
            pool = devset_sampling.arabic_pool(args.corpus, name, excluded, seen)
            print(f"{name}: {len(pool)} sentences", file=sys.stderr)
            for d in pool:
                text = " ".join(d["text"].split())
                txt.write(text + "\n\n")
                tsv.write(f"{n}\t{name}\t{d['source']}\t{d['offset']}\n")
                n += 1


if __name__ == "__main__":
    main()
