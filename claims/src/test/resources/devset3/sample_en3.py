#!/usr/bin/env python3
"""Draw devset3-en: 100 more English sentences of ../shared/corpus/english-news-dev, none in devset2.

Usage (from the repository root):
    python3 claims/src/test/resources/devset3/sample_en3.py ../shared/corpus/english-news-dev > /tmp/drawn3.jsonl

Procedure: the English procedure of ../devset_sampling.py, with the pools of devset2's
sample_en.py (same files, same sentence splitter, same filter
"20 to 400 characters and a number or a number word"), less every sentence of devset2 (file and
start offset); then, in proportion to the bytes of the two collections, round(100 * 0.189) = 19
from AG News and 81 from the Times of India, each with random.Random(SEED).sample over the pool in
file and offset order. Ids dev3-en-0001 ... in draw order, AG News first. Every sentence is in the
split "measure": the set is only measured, its errors are never listed.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import devset_sampling  # noqa: E402

SEED = 20261217
DRAWN = 100
EARLIER = devset_sampling.english_sets("devset2/sample_en")

if __name__ == "__main__":
    devset_sampling.english_main(sys.argv[1:], "dev3-en", DRAWN, SEED, EARLIER)
