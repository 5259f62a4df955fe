#!/usr/bin/env python3
"""Draws devset10-ar: 200 more Arabic sentences at random, split once 50/50 into dev and measure
(issue 16), drawn at c59bed22 before any rule work of round 30.

Usage, from the repository root:

    python3 claims/src/test/resources/devset10/sample_ar10.py [--corpus ../shared/corpus] \
        [--per-corpus 100] [--seed 20261207101] [--split-seed 20261207102] > /tmp/devset10-ar-skeleton.jsonl

The Arabic procedure of `../devset_sampling.py` (that of devset2, devset5 and devset6: files,
sentences, the number filter, the pool, the draw, interleaved ids), with the parameters below: the
pool leaves out the first development set, devset2 (both splits), devset3, devset4, devset5,
devset6, devset7, devset8 and devset9 (both splits); 100 sentences per corpus; ids dev10-ar-0001 ... dev10-ar-0200 (odd Saudi,
even Egyptian). The split, as in devset6 to devset9, once: `random.Random(20261207102).shuffle(ids)` with the
first half (100) `dev` and the other 100 `measure` (issue 16 asks for at least 40 % measured; this
set measures 50 %). The seeds are the date of the draw, 2026-12-07, followed by 10 (devset10) and 1
for the draw, 2 for the split; no earlier set used them.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import devset_sampling  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "dev10-ar"
PER_CORPUS = 100
SEED = 20261207101
SPLIT_SEED = 20261207102
DEV_SHARE = 0.5
EARLIER = [os.path.join(HERE, "..", "devset", "devset.jsonl"),
           os.path.join(HERE, "..", "devset2", "devset2-ar.jsonl"),
           os.path.join(HERE, "..", "devset3", "devset3-ar.jsonl"),
           os.path.join(HERE, "..", "devset4", "devset4-ar.jsonl"),
           os.path.join(HERE, "..", "devset5", "devset5-ar.jsonl"),
           os.path.join(HERE, "..", "devset6", "devset6-ar.jsonl"),
           os.path.join(HERE, "..", "devset7", "devset7-ar.jsonl"),
           os.path.join(HERE, "..", "devset8", "devset8-ar.jsonl"),
           os.path.join(HERE, "..", "devset9", "devset9-ar.jsonl")]


if __name__ == "__main__":
    devset_sampling.arabic_main(PREFIX, PER_CORPUS, SEED, EARLIER, split_seed=SPLIT_SEED,
                                dev_share=DEV_SHARE)
