#!/usr/bin/env python3
"""Draw devset5-en: 200 more English sentences of ../shared/corpus/english-news-dev, none in devset,
devset2, devset3 or devset4, split once at random 60/40 into dev and measure.

Usage (from the repository root):
    python3 claims/src/test/resources/devset5/sample_en5.py --counts ../shared/corpus/english-news-dev
    python3 claims/src/test/resources/devset5/sample_en5.py ../shared/corpus/english-news-dev          # the draw
    python3 claims/src/test/resources/devset5/sample_en5.py --split ../shared/corpus/english-news-dev  # id<TAB>split
    python3 claims/src/test/resources/devset5/sample_en5.py --skeleton ../shared/corpus/english-news-dev > /tmp/skeleton5.jsonl

Procedure: the English procedure of ../devset_sampling.py, steps 1-5, with the pools of devset2's
sample_en.py (same files, same sentence splitter, same filter "20 to 400 characters and a number or
a number word"), less every sentence of devset2, devset3 and devset4 (file and start offset, each
recomputed by its own parameters in the order they were drawn) and less every pool sentence whose
text (white space collapsed) equals, contains or is contained in an English sentence of the first
devset (its English sentences are authored, so this removes none; it is checked all the same).
Then, in proportion to the bytes of the two collections, round(200 * 0.189) = 38 from AG News and
162 from the Times of India, each with random.Random(SEED).sample over the rest of the pool in file
and offset order. Ids dev5-en-0001 ... in draw order, AG News first. Split: random.Random(SPLIT_SEED)
.shuffle of the ids, the first round(0.6 * 200) = 120 "dev", the other 80 "measure".

--skeleton prints the set's lines in the format of devset4-en.jsonl (outlet and date from the
corpus manifest.tsv, split from the split, claims: [] to be annotated).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import devset_sampling  # noqa: E402

SEED = 202612075
SPLIT_SEED = 1207
DRAWN = 200
DEV_SHARE = 0.6
EARLIER = devset_sampling.english_sets("devset2/sample_en", "devset3/sample_en3",
                                       "devset4/sample_en4")
PREFIX = "dev5-en"

if __name__ == "__main__":
    devset_sampling.english_split_main(sys.argv[1:], PREFIX, DRAWN, SEED, EARLIER, SPLIT_SEED,
                                       DEV_SHARE)
