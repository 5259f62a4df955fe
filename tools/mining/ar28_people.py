#!/usr/bin/env python3
"""Counts the constructions of Arabic subjects, named people and crowds (branch ar28people, issue
16) in the mining pool and says what the extractor gave each hit: a regular expression with a
named group `n` (the number) is run over every sentence of POOL/pool.txt (ar_pool.py); each hit is
sorted by the claims whose span covers the start of `n` (event and subject, or NONE), and with
--next by the word after a chosen group `w` as well (how the construction's groups rank).

    python3 tools/mining/ar28_people.py /tmp/pool CLAIMS.jsonl 'REGEX' [--by w] [--sample N --seed S] [--verdict V]

CLAIMS.jsonl is the output of ExtractArPool.java on pool.txt. Prints the verdict counts, the
counts of the `--by` group's words, and with --sample N random hits. Nothing it writes is
committed (it quotes the pool). The expressions used are in the branch's commit messages.
"""
import argparse
import collections
import random
import re

import mining

NUM = (r"(?:[0-9٠-٩]+|الآلاف|آلاف|الالاف|الاف|المئات|مئات|العشرات|عشرات|ألف|الف|مئة|مائة|"
       r"اثنين|اثنان|ثلاثة|أربعة|اربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("regex", help="with a group (?P<n>...); {NUM} stands for a number")
    ap.add_argument("--by", help="a named group whose text is counted too")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=28)
    ap.add_argument("--verdict", help="sample only hits whose verdict starts with this")
    ap.add_argument("--top", type=int, default=40, help="how many words of --by to print")
    args = ap.parse_args()
    sents, spans = mining.pool_lines(args.pool, args.claims)
    pat = re.compile(args.regex.replace("{NUM}", NUM))
    hits = []
    for i, (at, sentence) in enumerate(sents):
        for m in pat.finditer(sentence):
            pos = at + m.start("n")
            got = sorted({c["event"] + "/" + c["subject"] for c in spans[i]
                          if c["span"]["start"] <= pos < c["span"]["end"]})
            hits.append((i, "+".join(got) or "NONE", sentence, m.start("n"),
                         m.group(args.by) if args.by else None))
    count = collections.Counter(h[1] for h in hits)
    print(f"{len(hits)} hits in {len({h[0] for h in hits})} sentences: {dict(count.most_common())}")
    pool = [h for h in hits if not args.verdict or h[1].startswith(args.verdict)]
    if args.by:
        by = collections.Counter(h[4] for h in pool)
        print("by", args.by, "(hits of the verdict)", by.most_common(args.top))
    random.Random(args.seed).shuffle(pool)
    for i, verdict, sentence, k, _ in pool[:args.sample]:
        print(f"{i}\t{verdict}\t…{sentence[max(0, k - 80):k + 80]}…")


if __name__ == "__main__":
    main()
