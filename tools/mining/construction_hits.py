#!/usr/bin/env python3
"""Every hit of a regular expression in the mining pool, with the casualty claims (KILLED,
INJURED, ARRESTED) that the extractor gave in the same sentence: to count a construction and
judge it before and after a change (branch ar20bodies: bodies found, duals in construct state).

    python3 tools/mining/construction_hits.py /tmp/pool/pool.txt /tmp/pool/claims.jsonl REGEX

prints one line a hit (sentence number | 60 characters around the hit | claims) and the number
of hits on stderr. Nothing it writes is committed (it quotes the pool).

    # bodies found (a find before a body noun)
    '(العثور|عثر|عثرت|انتشال|انتشل|انتشلت|وجود|اكتشاف|استخراج)\\S*\\s+(على\\s+)?(جثة|جثث|جثتين|جثتي|جثمان)\\S*'
    # duals in construct state with a possessive suffix after a cue
    '(مصرع|إصابة|مقتل|وفاة|القبض على)\\s+(شقيق|شقيقت|نجل|ابن|ابنت|طفل|والد)(يه|يها|يهما)\\b'
"""
import bisect
import json
import re
import sys

EVENTS = ("KILLED", "INJURED", "ARRESTED")


def main():
    pool, claims_path, regex = sys.argv[1:4]
    text = open(pool, encoding="utf-8").read()
    sents = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    starts = [s[0] for s in sents]
    by_sentence = {}
    with open(claims_path, encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            i = bisect.bisect_right(starts, c["span"]["start"]) - 1
            by_sentence.setdefault(i, []).append(c)
    pat = re.compile(regex)
    hits = 0
    for i, (_, sentence) in enumerate(sents):
        for m in pat.finditer(sentence):
            hits += 1
            claims = [(c["event"], c["quantity"]["value"], c["text"])
                      for c in by_sentence.get(i, []) if c["event"] in EVENTS]
            around = sentence[max(0, m.start() - 60):m.end() + 40]
            print(i, "|", around, "|", claims[:6])
    print(hits, "hits", file=sys.stderr)


if __name__ == "__main__":
    main()
