#!/usr/bin/env python3
"""Draw devset4-en: 120 more English sentences of ../shared/corpus/english-news-dev, none in devset2 or devset3.

Usage (from the repository root):
    python3 claims/src/test/resources/devset4/sample_en4.py ../shared/corpus/english-news-dev > /tmp/drawn4.jsonl

Procedure: the pools of devset2's sample_en.py (same files, same sentence splitter, same filter
"20 to 400 characters and a number or a number word"), less every sentence of devset2 and of
devset3 (file and start offset, as drawn by their scripts); then, in proportion to the bytes of
the two collections, round(120 * 0.189) = 23 from AG News and 97 from the Times of India, each
with random.Random(SEED).sample over the pool in file and offset order. Ids dev4-en-0001 ... in
draw order, AG News first. Every sentence is in the split "dev": the set is for development, its
errors are listed.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "devset2"))
sys.path.insert(0, os.path.join(HERE, "..", "devset3"))
import sample_en  # noqa: E402

SEED = 20261218
DRAWN = 120


def taken_by_devset3(folder, drawn2, pool, size):
    """The (file, start) of devset3's draw, by the procedure of devset3/sample_en3.py."""
    import sample_en3  # noqa: F401  (same seed and count as recorded there)
    taken2 = {(d["source"], d["start"]) for d in drawn2}
    n_ag = round(sample_en3.DRAWN * size["ag_news"] / (size["ag_news"] + size["times_of_india"]))
    out = set()
    for collection, k in (("ag_news", n_ag), ("times_of_india", sample_en3.DRAWN - n_ag)):
        rest = [p for p in pool[collection] if (p[0], p[1]) not in taken2]
        for name, a, _, _ in random.Random(sample_en3.SEED).sample(rest, k):
            out.add((name, a))
    return out


def main(argv):
    folder = argv[0] if argv else "../shared/corpus/english-news-dev"
    drawn2, pool, size, _ = sample_en.draw(folder)
    taken = {(d["source"], d["start"]) for d in drawn2}
    taken |= taken_by_devset3(folder, drawn2, pool, size)
    n_ag = round(DRAWN * size["ag_news"] / (size["ag_news"] + size["times_of_india"]))
    out = []
    for collection, k in (("ag_news", n_ag), ("times_of_india", DRAWN - n_ag)):
        rest = [p for p in pool[collection] if (p[0], p[1]) not in taken]
        for name, a, b, s in random.Random(SEED).sample(rest, k):
            out.append({"source": name, "collection": collection, "start": a, "end": b, "text": s})
    for i, d in enumerate(out, 1):
        print(json.dumps({"id": "dev4-en-%04d" % i, "source": d["source"],
                          "collection": d["collection"], "start": d["start"], "end": d["end"],
                          "text": d["text"]}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
