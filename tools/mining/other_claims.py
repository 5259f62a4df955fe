#!/usr/bin/env python3
"""Ranks the claims of people that the extractor leaves with event OTHER (issue 16, Arabic recall)
by the first event cue after them in their sentence (a verb at the end of the clause, a cue the
count did not take), and prints a random sample of them to judge by hand. Sentences of every
devset are left out. Python 3, standard library only; run from the repository root with the
claims of `extract --format jsonl` of both Arabic development corpora:

    python3 tools/mining/other_claims.py C2013.jsonl C2015.jsonl [--n 40 --seed 5]

Article text goes to the terminal only, never to the repository."""
import argparse
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ar_count_recall as mine  # noqa: E402

CORPUS = os.path.join(mine.ROOT, "..", "shared", "corpus")


def first_cue(text, phrases, grammar):
    toks = mine.tokens(text)
    cls = mine.classify(toks, phrases, grammar)
    for i, c in enumerate(cls):
        if c and c.startswith("CUE:"):
            return c[4:], mine.norm(toks[i][1]), i
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("claims", nargs=2)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=5)
    a = ap.parse_args()
    phrases, grammar = mine.load_lexicon()
    excluded = [x for x in mine.excluded_texts() if len(x) > 20]
    out = []
    for f, corpus in zip(a.claims, ("arabic-news-2013", "saudi-news-2015-dev")):
        texts = {}
        for line in open(f, encoding="utf-8"):
            c = json.loads(line)
            if c["event"] != "OTHER" or c["subject"] in ("OTHER", "VEHICLE", "AIRCRAFT"):
                continue
            doc = c["document"]
            if doc not in texts:
                texts[doc] = open(os.path.join(CORPUS, corpus, doc), encoding="utf-8",
                                  newline="").read()
            t = texts[doc]
            start, end = c["span"]["start"], c["span"]["end"]
            rest = t[end:end + 200]
            rest = rest[:min([i for i in (rest.find("."), rest.find("\n")) if i >= 0] or [200])]
            before = t[max(0, start - 200):start]
            before = before[max(before.rfind("."), before.rfind("\n")) + 1:]
            sentence = " ".join((before + t[start:end] + rest).split())
            if any(sentence in x or x in sentence for x in excluded):
                continue
            out.append((first_cue(rest, phrases, grammar), before[-80:], c["text"], rest[:90]))
    ranked = collections.Counter((cue[0], cue[1]) for cue, *_ in out if cue)
    print(len(out), "OTHER claims of people;", sum(1 for o in out if not o[0]), "with no cue after")
    for (event, word), n in ranked.most_common(30):
        print(n, event, word)
    for cue, before, text, rest in random.Random(a.seed).sample(out, min(a.n, len(out))):
        print(cue[1] if cue else "-", "|", before, "[[", text, "]]", rest)


if __name__ == "__main__":
    main()
