#!/usr/bin/env python3
"""Counts one construction of Arabic deployments in the mining pool (branch ar28deploy, issue 16)
and says what the extractor gave the word it holds: a regular expression with a named group `n`
(the number, or the noun of a count without numeral) is run over every sentence of POOL/pool.txt
(ar_pool.py); each hit is sorted by the claims whose span covers the start of `n` (their events,
or NONE).

    python3 tools/mining/ar_deploy28.py /tmp/pool CLAIMS.jsonl 'REGEX' [--after DEPLOYED] \
        [--sample N --seed S] [--verdict EV] [--diff AFTER.jsonl]

--after keeps only hits that follow a claim of one of the given events (comma-separated) in their
sentence (list items after a first count); --diff also gives each hit's verdict under a second
extraction and counts the changes. CLAIMS.jsonl is the output of ExtractArPool.java on pool.txt.
Prints the verdict counts and, with --sample, N random hits (sentence number | verdict | 70
characters around the hit). Nothing it writes is committed (it quotes the pool).
"""
import argparse
import re

import mining


def verdict(claims, pos):
    return "/".join(sorted({c["event"] for c in claims
                            if c["span"]["start"] <= pos < c["span"]["end"]})) or "NONE"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("regex")
    ap.add_argument("--after", help="events (comma-separated) a claim before the hit must have")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=28)
    ap.add_argument("--verdict", help="sample only hits with this verdict")
    ap.add_argument("--diff", help="a second extraction of the pool: each hit's verdict there too")
    args = ap.parse_args()
    sents, spans = mining.pool_lines(args.pool, args.claims)
    other = mining.pool_lines(args.pool, args.diff)[1] if args.diff else None
    after = set(args.after.split(",")) if args.after else None
    pat = re.compile(args.regex)
    hits = []
    for i, (at, sentence) in enumerate(sents):
        for m in pat.finditer(sentence):
            pos = at + m.start("n")
            if after and not any(c["span"]["end"] <= pos and c["event"] in after for c in spans[i]):
                continue
            v = verdict(spans[i], pos)
            if other is not None:
                v = v + " -> " + verdict(other[i], pos)
            hits.append((i, v, sentence, m.start("n")))
    mining.print_sample(hits, args.verdict, args.sample, args.seed, before=90)


if __name__ == "__main__":
    main()
