#!/usr/bin/env python3
"""Draws the Arabic sentences of devset2 at random from two corpora (issue 16).

Usage, from the repository root:

    python3 claims/src/test/resources/devset2/sample_ar.py [--corpus ../shared/corpus] \
        [--per-corpus 180] [--seed 16016] > /tmp/drawn-ar.jsonl

Procedure (also in README-ar.md): the Arabic procedure of `../devset_sampling.py`, steps 1-7,
with the parameters below: 180 sentences per corpus (seed 16016), none of the first development
set (`../devset/devset.jsonl`, or --devset), ids dev2-ar-0001 ..., split 60/40 dev/measure with
`random.Random(16017)` (--split-seed).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import devset_sampling  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PER_CORPUS = 180
SEED = 16016
SPLIT_SEED = 16017
EARLIER = [os.path.join(HERE, "..", "devset", "devset.jsonl")]

if __name__ == "__main__":
    devset_sampling.arabic_main("dev2-ar", PER_CORPUS, SEED, EARLIER, split_seed=SPLIT_SEED)
