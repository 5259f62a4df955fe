#!/usr/bin/env python3
"""Draws a seeded random sample of the Arabic mining pool (ar_pool.py: numbered sentences of
arabic-news-2013 and saudi-news-2015-dev, every devset left out) restricted to the sentences that
hold a casualty word anywhere (round 29, branch ar29cas), and prints each sentence whole with the
claims the extractor gave it, for a judge to read.

    python3 tools/mining/ar29_cas_audit.py /tmp/pool /tmp/pool/claims.jsonl --n 90 --seed 2912

The casualty words are taken from the lexicon, not written here: the cues, counted nouns and duals
of the events KILLED, INJURED and MISSING, and the section `casualtyNouns`. A word matches with a
clitic prefix (و ف ب ل ال and their joins) after folding hamza forms, ta marbuta and alef maqsura;
a phrase of several words matches whole. --count prints only how many pool sentences pass.
Nothing it writes is committed (it quotes the pool).
"""
import argparse
import json
import os
import random
import re

import mining

EVENTS = ("KILLED", "INJURED", "MISSING")
PREFIXES = ("", "و", "ف", "ب", "ل", "ال", "وال", "فال", "بال", "لل", "ول", "وب", "فب", "فل", "وبال",
            "ولل", "لي", "ولي")


def fold(text):
    """Folds the spellings the lexicon treats alike: hamza forms of alef, ta marbuta, alef maqsura,
    diacritics and tatweel."""
    text = re.sub("[\u064B-\u0652\u0640]", "", text)
    return text.translate(str.maketrans("أإآٱ", "اااا")).replace("ة", "ه").replace("ى", "ي")


def casualty_words():
    """The casualty words of the Arabic lexicon: single words and phrases, folded."""
    with open(os.path.join(mining.LEXICON, "ar.json"), encoding="utf-8") as f:
        lex = json.load(f)
    words = set(lex["casualtyNouns"])
    for event in EVENTS:
        for key in ("cues", "counted", "dual"):
            words.update(lex["events"][event].get(key, []))
    return {fold(w) for w in words if w.strip()}


def matcher(words):
    """A test of a folded sentence: does it hold one of words (a single word with a clitic prefix,
    a phrase whole)."""
    single = {w for w in words if " " not in w}
    phrases = [w for w in words if " " in w]

    def test(sentence):
        tokens = re.findall(r"[\u0621-\u064A]+", sentence)
        for t in tokens:
            for p in PREFIXES:
                if t.startswith(p) and t[len(p):] in single:
                    return True
        padded = " " + " ".join(tokens) + " "
        return any(" " + p + " " in padded for p in phrases)
    return test


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--n", type=int, default=90)
    ap.add_argument("--seed", type=int, default=2912)
    ap.add_argument("--count", action="store_true")
    args = ap.parse_args()
    sents, spans = mining.pool_lines(args.pool, args.claims)
    test = matcher(casualty_words())
    chosen = [i for i, (_, s) in enumerate(sents) if test(fold(s))]
    print(f"{len(chosen)} of {len(sents)} pool sentences hold a casualty word")
    if args.count:
        return
    random.Random(args.seed).shuffle(chosen)
    for k, i in enumerate(chosen[:args.n], 1):
        at, sentence = sents[i]
        print(f"\n[{k}] #{i}  {sentence}")
        for c in sorted(spans[i], key=lambda c: c["span"]["start"]):
            q = c["quantity"]
            print(f"    {c['event']:<12} {c['subject']:<15} {q['kind']:<11} {q['value']}  «{c['text']}»")


if __name__ == "__main__":
    main()
