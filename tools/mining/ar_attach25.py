#!/usr/bin/env python3
"""Counts one construction of Arabic count attachment in the mining pool (branch ar25att, issue
16) and says what the extractor gave the count it holds: a regular expression with a named group
`n` (the number) is run over every sentence of POOL/pool.txt (ar_pool.py), and each hit is sorted
by the claim whose span covers the start of `n` (its event, or NONE).

    python3 tools/mining/ar_attach25.py /tmp/pool CLAIMS.jsonl 'REGEX' [--sample N --seed S] [--verdict EV]

CLAIMS.jsonl is the output of ExtractArPool.java on pool.txt. Prints the verdict counts and, with
--sample, N random hits (sentence number | verdict | 70 characters around the number). Nothing it
writes is committed (it quotes the pool). The expressions used are in the branch's commit messages.
"""
import argparse
import re

import mining

SCORED = ("KILLED", "INJURED", "ARRESTED", "MISSING", "DISPLACED", "PARTICIPATED")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("regex")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=25)
    ap.add_argument("--verdict", help="sample only hits with this verdict")
    ap.add_argument("--after-event", action="store_true",
                    help="only hits after a claim of a casualty, arrest or crowd event in the sentence")
    args = ap.parse_args()
    sents, spans = mining.pool_lines(args.pool, args.claims)
    pat = re.compile(args.regex)
    hits = []
    for i, (at, sentence) in enumerate(sents):
        for m in pat.finditer(sentence):
            pos = at + m.start("n")
            events = sorted({c["event"] for c in spans[i]
                             if c["span"]["start"] <= pos < c["span"]["end"]
                             and str(c["quantity"]["value"]) != "None" or
                             c["span"]["start"] <= pos < c["span"]["end"]})
            verdict = "/".join(events) or "NONE"
            if args.after_event and not any(
                    c["span"]["end"] <= pos and c["event"] in SCORED for c in spans[i]):
                continue
            hits.append((i, verdict, sentence, m.start("n")))
    mining.print_sample(hits, args.verdict, args.sample, args.seed)


if __name__ == "__main__":
    main()
