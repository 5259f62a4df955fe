#!/usr/bin/env python3
"""A seeded random audit of the Arabic extractor's claims on the mining pool (branch ar29prec, issue
16 precision). Python 3, standard library only; run from the repository root:

    python3 tools/mining/ar_pool.py --corpus ../shared/corpus --out /tmp/pool
    java -cp cli/target/countercheck-cli-all.jar tools/mining/ExtractArPool.java \
        /tmp/pool/pool.txt > /tmp/pool/claims.jsonl
    python3 tools/mining/ar29_audit.py /tmp/pool /tmp/pool/claims.jsonl claims --n 100 --seed 2907
    python3 tools/mining/ar29_audit.py /tmp/pool /tmp/pool/claims.jsonl sentences --n 40 --seed 2908

`claims` draws N of the scored claims (event not OTHER) uniformly, so that each event comes in its
natural proportion; `sentences` draws N of the pool sentences that carry any claim (OTHER too),
to judge whether the sentence should be empty. Each draw prints its sentence whole, the claim drawn
marked [[...]], and every claim of the sentence (event, subject, kind, value), so that the whole
sentence is judged as a devset annotator would. `--after FILE` adds the claims of a second
extraction of the same pool (printed as `after:` where they differ). Article text goes to the
terminal only.
"""
import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mining  # noqa: E402


def describe(c, base):
    q = c["quantity"]
    return (f"{c['event']}/{c['subject']} {q.get('kind')} {q.get('value')} "
            f"@{c['span']['start'] - base} «{c['text']}»")


def show(k, i, sent, base, claims, drawn, after):
    print(f"[{k}] #{i}")
    if drawn is not None:
        s, t = drawn["span"]["start"] - base, drawn["span"]["end"] - base
        print(f"  {sent[:s]}[[{sent[s:t]}]]{sent[t:]}")
        print(f"  DRAWN {describe(drawn, base)}")
    else:
        print(f"  {sent}")
    mine = sorted(describe(c, base) for c in claims)
    for d in mine:
        print(f"    {d}")
    if after is not None:
        theirs = sorted(describe(c, base) for c in after)
        if theirs != mine:
            print("  after:")
            for d in theirs:
                print(f"    {d}")
    print()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("mode", choices=["claims", "sentences"])
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=2907)
    ap.add_argument("--after")
    a = ap.parse_args()
    sents, spans = mining.pool_lines(a.pool, a.claims)
    after = mining.pool_lines(a.pool, a.after)[1] if a.after else None
    rnd = random.Random(a.seed)
    if a.mode == "claims":
        scored = [(i, c) for i in sorted(spans) for c in spans[i] if c["event"] != "OTHER"]
        print(f"{len(scored)} scored claims in {len(spans)} sentences with a claim; drawn {a.n}\n")
        for k, (i, c) in enumerate(rnd.sample(scored, a.n), 1):
            base, sent = sents[i]
            show(k, i, sent, base, spans[i], c, after.get(i, []) if after is not None else None)
    else:
        lines = sorted(spans)
        print(f"{len(lines)} sentences with a claim of {len(sents)}; drawn {a.n}\n")
        for k, i in enumerate(rnd.sample(lines, a.n), 1):
            base, sent = sents[i]
            show(k, i, sent, base, spans[i], None, after.get(i, []) if after is not None else None)


if __name__ == "__main__":
    main()
