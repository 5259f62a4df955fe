#!/usr/bin/env python3
"""Words right after a casualty cue that no lexicon section knows (issue 16, helper implicit18):
the lexicon gaps of the singular-after-cue count («مصرع حلاق»), ranked by frequency in the
development corpora outside every devset, with how often the extractor made a claim on them.

    python3 tools/mining/implicit_after_cue.py /tmp/x-2013.jsonl /tmp/x-saudi.jsonl [--top 80]
    python3 tools/mining/implicit_after_cue.py ... --word حلاق --n 10

No article text is written anywhere but standard output.
"""
import argparse
import collections
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import implicit_mine as m  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("claims", nargs="+")
    ap.add_argument("--top", type=int, default=80)
    ap.add_argument("--word")
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--seed", type=int, default=18)
    a = ap.parse_args()
    lex = m.Lex("ar")
    claims = m.load_claims(a.claims)
    count = collections.Counter()
    covered = collections.Counter()
    ex = collections.defaultdict(list)
    for f, off, s in m.sentences("ar", m.corpus_files("ar")):
        toks, normed, tags = m.tag_tokens(lex, s)
        for i, t in enumerate(tags):
            if not (t and t[0] == "CUE" and t[1] in m.CASUALTY):
                continue
            j = i + t[2]
            if j >= len(toks) or tags[j] is not None:
                continue
            w = normed[j]
            if w.startswith("و") and len(w) > 3:
                w = w[1:]
            if w.startswith("ال") and len(w) > 4:
                w = w[2:]
            got = any(c["span"]["start"] < off + toks[j][1] and off + toks[j][0] < c["span"]["end"]
                      for c in claims.get(f, []))
            count[w] += 1
            covered[w] += got
            ex[w].append((got, s[max(0, toks[i][0] - 60):toks[j][1] + 60].replace("\n", " ")))
    if a.word:
        random.seed(a.seed)
        e = ex.get(m.norm(a.word), [])
        for x in random.sample(e, min(a.n, len(e))):
            print(*x)
        return
    for w, n in count.most_common(a.top):
        print("%5d %5d  %s" % (n, covered[w], w))


if __name__ == "__main__":
    main()
