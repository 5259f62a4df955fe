#!/usr/bin/env python3
"""Draw devset10-en: 200 more English sentences of ../shared/corpus/english-news-dev, none in devset,
devset2, devset3, devset4, devset5, devset6, devset7, devset8 or devset9, split once at random 50/50 into dev and measure.

Usage (from the repository root):
    python3 claims/src/test/resources/devset10/sample_en10.py --counts ../shared/corpus/english-news-dev
    python3 claims/src/test/resources/devset10/sample_en10.py ../shared/corpus/english-news-dev          # the draw
    python3 claims/src/test/resources/devset10/sample_en10.py --split ../shared/corpus/english-news-dev  # id<TAB>split
    python3 claims/src/test/resources/devset10/sample_en10.py --skeleton ../shared/corpus/english-news-dev > /tmp/skeleton10.jsonl

Procedure: that of devset9 (sample_en9.py) and devset8 (sample_en8.py), with new seeds, 200
sentences, devset9 added to the sets kept clear of, and a 50/50 split. The English procedure of
../devset_sampling.py, steps 1-4, with the pools of devset2's sample_en.py (same files, same sentence
splitter, same filter "20 to 400 characters and a number or a number word"), less every sentence of
devset2, devset3, devset4, devset5, devset6, devset7, devset8 and devset9 (file and start offset, each recomputed by its own
parameters in the order they were drawn) and less every pool sentence whose text (white space
collapsed) equals, contains or is contained in an English sentence of the first devset (its English
sentences are authored, so this removes none; it is checked all the same). Then, in proportion to
the bytes of the two collections, round(200 * 0.189) = 38 from AG News and the rest from the Times of
India, each with random.Random(SEED).sample over the rest of the pool in file and offset order. Ids
dev10-en-0001 ... in draw order, AG News first. Split: random.Random(SPLIT_SEED).shuffle of the ids,
the first round(0.5 * 200) = 100 "dev", the other 100 "measure" (step 5 of the procedure with a
half share instead of 60 %).

--skeleton prints the set's lines in the format of devset9-en.jsonl (outlet and date from the
corpus manifest.tsv, split from the split, claims: [] to be annotated).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import devset_sampling  # noqa: E402

SEED = 20261207103
SPLIT_SEED = 20261207104
DRAWN = 200
DEV_SHARE = 0.5
EARLIER = devset_sampling.english_sets("devset2/sample_en", "devset3/sample_en3",
                                       "devset4/sample_en4", "devset5/sample_en5",
                                       "devset6/sample_en6", "devset7/sample_en7",
                                       "devset8/sample_en8", "devset9/sample_en9")
PREFIX = "dev10-en"

if __name__ == "__main__":
    devset_sampling.english_split_main(sys.argv[1:], PREFIX, DRAWN, SEED, EARLIER, SPLIT_SEED,
                                       DEV_SHARE)
