#!/usr/bin/env python3
"""Draws devset5-ar: 200 more Arabic sentences at random, split once into dev and measure (issue 16).

Usage, from the repository root:

    python3 claims/src/test/resources/devset5/sample_ar5.py [--corpus ../shared/corpus] \
        [--per-corpus 100] [--seed 20261212] [--split-seed 20261213] > /tmp/devset5-ar-skeleton.jsonl

The Arabic procedure of `../devset_sampling.py` (that of devset2), with the parameters below: the
pool leaves out the first development set, devset2 (both splits), devset3 and devset4; ids
dev5-ar-0001 ... dev5-ar-0200 (odd Saudi, even Egyptian); the split, once, is
`random.Random(20261213).shuffle(ids)` with the first 60 % (120) `dev` and the other 80 `measure`.
The seeds are the date of the draw, 2026-12-07, plus 5 (devset5) and plus 6.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import devset_sampling  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PER_CORPUS = 100
SEED = 20261212
SPLIT_SEED = 20261213
EARLIER = [os.path.join(HERE, "..", "devset", "devset.jsonl"),
           os.path.join(HERE, "..", "devset2", "devset2-ar.jsonl"),
           os.path.join(HERE, "..", "devset3", "devset3-ar.jsonl"),
           os.path.join(HERE, "..", "devset4", "devset4-ar.jsonl")]

if __name__ == "__main__":
    devset_sampling.arabic_main("dev5-ar", PER_CORPUS, SEED, EARLIER, split_seed=SPLIT_SEED)
