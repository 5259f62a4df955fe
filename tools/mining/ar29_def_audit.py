#!/usr/bin/env python3
"""The definite singular casualty nouns of the Arabic mining pool (round 29, branch ar29def):
«القتيل، القتيلة، الشهيد، المصاب، الجريح، المتوفى، الفقيد، الضحية، المجني عليه» with a clitic
prefix (و ف ب ل, «لل»), a suffix-free word (no pronoun: «المصابين» and «الشهيدين» are plurals and
duals, not hits), and «جثة / جثمان» in construct with a definite noun. The first draw (seed 2921,
commit bfcc3c23) also took the plural «المجني عليهم» (10 of its 40 hits); it is left out since. Prints the pool
frequency, then a seeded random sample of hits, each sentence whole with the hit marked and the
claims the extractor gave it, for a judge to read.

    python3 tools/mining/ar29_def_audit.py /tmp/pool /tmp/pool/claims.jsonl --n 40 --seed 2921

--after CLAIMS prints the claims of a second extraction beside the first (for a before/after).
Nothing it writes is committed (it quotes the pool).
"""
import argparse
import random
import re

import mining
from ar29_cas_audit import fold

STEMS = ("قتيل", "قتيله", "شهيد", "شهيده", "مصاب", "مصابه", "جريح", "جريحه", "متوفي", "متوفاه",
         "فقيد", "فقيده", "ضحيه")
PREFIXES = ("ال", "وال", "فال", "بال", "لل", "ولل", "فلل", "وبال")
WORD = re.compile(r"[\u0621-\u064A\u064B-\u0652\u0640]+")


def hits(sentence):
    """The (start, end) character spans of the class's words in a sentence."""
    out = []
    for m in WORD.finditer(sentence):
        t = fold(m.group())
        if any(t == p + s for p in PREFIXES for s in STEMS):
            out.append((m.start(), m.end()))
        elif (t in ("المجني", "والمجني", "للمجني")
              and re.match(r" علي(ه|ها)\b", fold(sentence[m.end():m.end() + 8]))):
            out.append((m.start(), m.end()))
        elif t in ("جثه", "جثمان", "وجثه", "وجثمان", "بجثه", "بجثمان", "لجثه", "لجثمان"):
            nxt = WORD.match(sentence, m.end() + 1) if m.end() + 1 < len(sentence) else None
            if nxt and (fold(nxt.group()).startswith("ال") or fold(nxt.group()) in ("شهيد",)):
                out.append((m.start(), m.end()))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=2921)
    ap.add_argument("--after")
    args = ap.parse_args()
    sents, spans = mining.pool_lines(args.pool, args.claims)
    after = mining.pool_lines(args.pool, args.after)[1] if args.after else None
    all_hits = [(i, h) for i, (_, s) in enumerate(sents) for h in hits(s)]
    with_claim = {i for i, _ in all_hits if spans[i]}
    print(f"{len(all_hits)} hits in {len({i for i, _ in all_hits})} of {len(sents)} pool sentences;"
          f" {sum(1 for i, _ in all_hits if i not in with_claim)} hits in sentences with no claim")
    random.Random(args.seed).shuffle(all_hits)
    for k, (i, (a, b)) in enumerate(all_hits[:args.n], 1):
        s = sents[i][1]
        print(f"\n[{k}] #{i}  {s[:a]}[[{s[a:b]}]]{s[b:]}")
        for label, claims in (("", spans[i]), ("after ", after[i] if after else None)):
            for c in sorted(claims or [], key=lambda c: c["span"]["start"]):
                q = c["quantity"]
                print(f"    {label}{c['event']:<12} {c['subject']:<15} {q['kind']:<11} {q['value']}  «{c['text']}»")


if __name__ == "__main__":
    main()
