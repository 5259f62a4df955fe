#!/usr/bin/env python3
"""Counts people named one by one with their titles after a casualty cue in the Arabic mining pool
(branch ar28people, issue 16): a casualty cue, «كل من» (any spelling) optionally, a singular noun
of people of the lexicon (with or without the article), then within 12 words a «و» and another
such noun: «استشهاد العريف أحمد جعفر، والجندي أول محمد علي». Each hit is sorted by the claims whose
span covers the later noun (EVENT/SUBJECT, or NONE).

    python3 tools/mining/ar28_titled.py /tmp/pool CLAIMS.jsonl [--sample N --seed S]

CLAIMS.jsonl is the output of ExtractArPool.java on POOL/pool.txt (ar_pool.py). Nothing it writes
is committed (it quotes the pool).
"""
import argparse
import collections
import json
import os
import random
import re

import mining

CUE = r"(?:مصرع|إصابة|اصابة|وفاة|مقتل|استشهاد|اعتقال|القبض على|ضبط|إصابه|اصابه)"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=28)
    args = ap.parse_args()
    with open(os.path.join(mining.LEXICON, "ar.json"), encoding="utf-8") as f:
        lex = json.load(f)
    nouns = {w for s, v in lex["subjects"].items() if s not in ("AIRCRAFT", "VEHICLE")
             for w in v.get("singular", [])}
    title = r"(?:ال)?(?:" + "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True)) + r")"
    first = re.compile(r"(?:^|\s)[وبل]?" + CUE + r"\s+(?:كل من\s+|كلا من\s+|كلاً من\s+|كلًا من\s+)?(?P<t>"
                       + title + r")\s")
    item = re.compile(r"(?:،|,|\s)\s*و\s?(?P<t>" + title + r")\s")
    sents, spans = mining.pool_lines(args.pool, args.claims)
    hits = []
    for i, (at, s) in enumerate(sents):
        for m in first.finditer(s):
            rest = s[m.end():m.end() + 300]
            for it in item.finditer(rest):
                gap = rest[:it.start()]
                if not 1 <= len(gap.split()) <= 12 or re.search(CUE, gap):
                    break
                pos = at + m.end() + it.start("t")
                got = sorted({c["event"] + "/" + c["subject"] for c in spans[i]
                              if c["span"]["start"] <= pos + 1 < c["span"]["end"]})
                hits.append((i, "+".join(got) or "NONE", s[m.start():m.end() + it.end()]))
                break
    count = collections.Counter(h[1] for h in hits)
    print(f"{len(hits)} hits in {len({h[0] for h in hits})} sentences: {dict(count)}")
    random.Random(args.seed).shuffle(hits)
    for i, verdict, cut in hits[:args.sample]:
        print(f"{i}\t{verdict}\t{cut[:240]}")


if __name__ == "__main__":
    main()
