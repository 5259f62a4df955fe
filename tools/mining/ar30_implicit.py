#!/usr/bin/env python3
"""The Arabic counts with no numeral that round 30's study left (branch ar30impl): each shape of
SHAPES, a regular expression over the sentences of the mining pool (ar_pool.py), is counted, and
each sentence it hits is sorted by whether the extractor gave it a scored claim of one (KILLED,
INJURED, ARRESTED, MISSING, with value 1) or none; a seeded sample of the sentences without one is
printed whole, the hit marked, with the claims they got, for a judge to read.

    python3 tools/mining/ar30_implicit.py /tmp/pool CLAIMS.jsonl [--shape NAME] [--sample N --seed S]

CLAIMS.jsonl is the output of ExtractArPool.java on pool.txt. Nothing it writes is committed (it
quotes the pool).
"""
import argparse
import random
import re

import mining

ONE_EVENTS = ("KILLED", "INJURED", "ARRESTED", "MISSING")
SHAPES = {
    # the study's "a later verb tells one death" (tools/annotation/drawtime_errors.py, AR_SHAPES)
    "later-verb": r"(?:لقي|لقى|فلقى|فلقي|ولقي|ولقى)\s+(?:حتفه|حتفها|مصرعه|مصرعها)"
                  r"|أد[ىي]\s+(?:إلى|الى|ل)\s*(?:وفاته|وفاتها|مقتله|مقتلها|مصرعه|مصرعها)"
                  r"|[أا]ود[تى]\s+بحيات(?:ه|ها)",
    "breakdown": r"(?:بينهم|بينها|بينهما|منهم)\s+(?:\S+)",
    "cue-before-name": r"(?:مصرع|مقتل|وفاة|لوفاة|إصابة|اصابة|توقيف|اعتقال|القبض على)\s+"
                       r"(?:المدعو|المدعوة|المتهم|المجني عليه|المجنى عليه|أبو|ابو)\b",
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--shape", default="later-verb", choices=sorted(SHAPES))
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=30)
    ap.add_argument("--all", action="store_true", help="sample every hit, not only those without")
    args = ap.parse_args()
    sents, spans = mining.pool_lines(args.pool, args.claims)
    pat = re.compile(SHAPES[args.shape])
    hits = []
    for i, (at, sentence) in enumerate(sents):
        m = pat.search(sentence)
        if not m:
            continue
        one = any(c["event"] in ONE_EVENTS and str(c["quantity"].get("value")) == "1"
                  for c in spans[i])
        hits.append((i, "one" if one else "none", sentence, m))
    counts = {v: sum(1 for h in hits if h[1] == v) for v in ("one", "none")}
    print(f"{args.shape}: {len(hits)} sentences, {counts}")
    pool = [h for h in hits if args.all or h[1] == "none"]
    random.Random(args.seed).shuffle(pool)
    for i, _, sentence, m in pool[:args.sample]:
        print(f"\n#{i} {sentence[:m.start()]}[[{m.group()}]]{sentence[m.end():]}")
        for c in spans[i]:
            print(f"   {c['event']} {c['subject']} {c['quantity'].get('value')} «{c['text']}»")


if __name__ == "__main__":
    main()
