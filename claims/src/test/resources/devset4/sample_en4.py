#!/usr/bin/env python3
"""Draw devset4-en: 120 more English sentences of ../shared/corpus/english-news-dev, none in devset2 or devset3.

Usage (from the repository root):
    python3 claims/src/test/resources/devset4/sample_en4.py ../shared/corpus/english-news-dev > /tmp/drawn4.jsonl

Procedure: the English procedure of ../devset_sampling.py, with the pools of devset2's
sample_en.py (same files, same sentence splitter, same filter
"20 to 400 characters and a number or a number word"), less every sentence of devset2 and of
devset3 (file and start offset, as drawn by their scripts); then, in proportion to the bytes of
the two collections, round(120 * 0.189) = 23 from AG News and 97 from the Times of India, each
with random.Random(SEED).sample over the pool in file and offset order. Ids dev4-en-0001 ... in
draw order, AG News first. Every sentence is in the split "dev": the set is for development, its
errors are listed.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import devset_sampling  # noqa: E402

SEED = 20261218
DRAWN = 120
EARLIER = devset_sampling.english_sets("devset2/sample_en", "devset3/sample_en3")

if __name__ == "__main__":
    devset_sampling.english_main(sys.argv[1:], "dev4-en", DRAWN, SEED, EARLIER)
