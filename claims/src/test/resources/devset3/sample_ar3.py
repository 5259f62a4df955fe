#!/usr/bin/env python3
"""Draws devset3-ar: 100 more Arabic sentences at random, a second untouched check (issue 16).

Usage, from the repository root:

    python3 claims/src/test/resources/devset3/sample_ar3.py [--corpus ../shared/corpus] \
        [--per-corpus 50] [--seed 16116] > /tmp/devset3-ar-skeleton.jsonl

The Arabic procedure of `../devset_sampling.py` (that of devset2), with the parameters below: the
pool leaves out the first development set and devset2 (both splits); ids dev3-ar-0001 ...
dev3-ar-0100. Every sentence is `measure`: the set is measured only, once the rules are final,
and never developed on.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import devset_sampling  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PER_CORPUS = 50
SEED = 16116
EARLIER = [os.path.join(HERE, "..", "devset", "devset.jsonl"),
           os.path.join(HERE, "..", "devset2", "devset2-ar.jsonl")]

if __name__ == "__main__":
    devset_sampling.arabic_main("dev3-ar", PER_CORPUS, SEED, EARLIER, split="measure")
