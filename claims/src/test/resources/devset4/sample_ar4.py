#!/usr/bin/env python3
"""Draws devset4-ar: 120 more Arabic sentences at random, to develop on (issue 16).

Usage, from the repository root:

    python3 claims/src/test/resources/devset4/sample_ar4.py [--corpus ../shared/corpus] \
        [--per-corpus 60] [--seed 16216] > /tmp/devset4-ar-skeleton.jsonl

The Arabic procedure of `../devset_sampling.py` (that of devset2), with the parameters below: the
pool leaves out the first development set, devset2 (both splits) and devset3; ids dev4-ar-0001 ...
dev4-ar-0120. Every sentence is `dev`: the set is developed on (its errors are listed), unlike
devset3.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import devset_sampling  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PER_CORPUS = 60
SEED = 16216
EARLIER = [os.path.join(HERE, "..", "devset", "devset.jsonl"),
           os.path.join(HERE, "..", "devset2", "devset2-ar.jsonl"),
           os.path.join(HERE, "..", "devset3", "devset3-ar.jsonl")]

if __name__ == "__main__":
    devset_sampling.arabic_main("dev4-ar", PER_CORPUS, SEED, EARLIER, split="dev")
