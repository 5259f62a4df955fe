#!/usr/bin/env python3
"""Lists the casualty claims of the mining pool whose number is followed, within three words, by
«من» and a word of a group or force (the stem list of subject_groups.py), with the extracted
subject and the two words after «من», normalised; counts them by (subject, word before من, word
after من).

    python3 tools/mining/after_of.py POOL_DIR CLAIMS.jsonl [--subject PERSON] [--show]
"""
import argparse
from collections import Counter

import mining
import subject_groups as sg


def rows(pool, claims):
    for i, c, sent, start in mining.pool_claims(pool, claims, sg.EVENTS):
        toks, _, n = sg.count_token(c, sent, start)
        if n is None:
            continue
        for k in range(n + 1, min(n + 4, len(toks))):
            if sg.norm(toks[k][2]) in ("من", "ومن"):
                nxt = [j for j in range(k + 1, min(len(toks), k + 3))]
                if any(sg.is_group(toks[j][2]) or sg.strip(sg.norm(toks[j][2])) in sg.MEMBER
                       for j in nxt):
                    before = sg.norm(toks[n + 1][2]) if n + 1 < k else ""
                    yield i, c, sent, s, before, " ".join(sg.norm(toks[j][2]) for j in nxt)
                break


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--subject")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    cnt = Counter()
    for i, c, sent, s, before, after in rows(args.pool, args.claims):
        if args.subject and c["subject"] != args.subject:
            continue
        cnt[(c["subject"], before, after.split(" ")[0])] += 1
        if args.show:
            print(f"#{i} {c['event']} {c['subject']} {c['quantity']['value']} [{before}] من [{after}]"
                  f" | {sent[max(0, s - 30): s + 90]}")
    for k, v in cnt.most_common():
        print(v, *k)


if __name__ == "__main__":
    main()
