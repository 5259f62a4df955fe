#!/usr/bin/env python3
"""Draw the English sentences of devset2 at random from ../shared/corpus/english-news-dev.

Usage (from the repository root):
    python3 claims/src/test/resources/devset2/sample_en.py ../shared/corpus/english-news-dev > /tmp/drawn.jsonl
    python3 claims/src/test/resources/devset2/sample_en.py --counts ../shared/corpus/english-news-dev

Procedure (every step is deterministic; README-en.md records the figures it prints): the English
procedure of `../devset_sampling.py`, steps 1-5, with the parameters below: DRAWN sentences drawn
with SEED, split 60/40 dev/measure with SPLIT_SEED (--split prints id<TAB>split).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import devset_sampling  # noqa: E402

SEED = 20261216
SPLIT_SEED = 16
DRAWN = 320

if __name__ == "__main__":
    devset_sampling.english_main(sys.argv[1:], "dev2-en", DRAWN, SEED, split_seed=SPLIT_SEED)
