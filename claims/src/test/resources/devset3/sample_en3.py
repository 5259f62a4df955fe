#!/usr/bin/env python3
"""Draw devset3-en: 100 more English sentences of ../shared/corpus/english-news-dev, none in devset2.

Usage (from the repository root):
    python3 claims/src/test/resources/devset3/sample_en3.py ../shared/corpus/english-news-dev > /tmp/drawn3.jsonl

Procedure: the pools of devset2's sample_en.py (same files, same sentence splitter, same filter
"20 to 400 characters and a number or a number word"), less every sentence of devset2 (file and
start offset); then, in proportion to the bytes of the two collections, round(100 * 0.189) = 19
from AG News and 81 from the Times of India, each with random.Random(SEED).sample over the pool in
file and offset order. Ids dev3-en-0001 ... in draw order, AG News first. Every sentence is in the
split "measure": the set is only measured, its errors are never listed.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "devset2"))
import sample_en  # noqa: E402

SEED = 20261217
DRAWN = 100


def main(argv):
    folder = argv[0] if argv else "../shared/corpus/english-news-dev"
    drawn2, pool, size, _ = sample_en.draw(folder)
    taken = {(d["source"], d["start"]) for d in drawn2}
    n_ag = round(DRAWN * size["ag_news"] / (size["ag_news"] + size["times_of_india"]))
    out = []
    for collection, k in (("ag_news", n_ag), ("times_of_india", DRAWN - n_ag)):
        rest = [p for p in pool[collection] if (p[0], p[1]) not in taken]
        for name, a, b, s in random.Random(SEED).sample(rest, k):
            out.append({"source": name, "collection": collection, "start": a, "end": b, "text": s})
    for i, d in enumerate(out, 1):
        print(json.dumps({"id": "dev3-en-%04d" % i, "source": d["source"],
                          "collection": d["collection"], "start": d["start"], "end": d["end"],
                          "text": d["text"]}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
