#!/usr/bin/env python3
"""Writes the mining pool of english-news-dev: every sentence of the devset sampling pool (the
English procedure of claims/src/test/resources/devset_sampling.py: 20 to 400 characters, a digit
or a number word) that is in no devset, as TSV lines source<TAB>start<TAB>text.

Every devset file (devset/ to devset7/, both languages, all splits) is left out by its place
(source, start) where it has one and by its text (white space collapsed) otherwise; the devset
sentences are only compared, never printed. Run from the repository root:

    python3 tools/mining/en_sentences.py ../shared/corpus/english-news-dev > /tmp/en-pool.tsv
"""
import json
import sys

import mining
from mining import ds


def devset_places_and_texts():
    places, texts = set(), set()
    for path in mining.devset_files():
        with open(path, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if "source" in row and "start" in row:
                    places.add((row["source"], row["start"]))
                if "text" in row:
                    texts.add(ds.collapse(row["text"]))
    return places, texts


def main(folder):
    places, texts = devset_places_and_texts()
    pool, _, _ = ds.english_pools(folder)
    kept = dropped = 0
    for collection in ("ag_news", "times_of_india"):
        for name, a, _, s in pool[collection]:
            if (name, a) in places or ds.collapse(s) in texts:
                dropped += 1
                continue
            kept += 1
            print(f"{name}\t{a}\t{' '.join(s.split())}")
    print(f"kept {kept}, left out {dropped} devset sentences", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
