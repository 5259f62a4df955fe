#!/usr/bin/env python3
"""Claims whose own event noun, right after the number (or after a case noun «حالة، حالات»),
names another event than the claim takes: «5 إصابات و3 وفيات» read as 3 injured (issue 16,
Arabic precision, branch ar21prec). Python 3, standard library only; from the repo root:

    python3 tools/mining/own_noun_event.py /tmp/pool /tmp/pool/claims.jsonl [--sample 30 --seed 21]

Counts the claims by (claim event, event of the noun after), and prints a random sample (terminal
only; nothing is written to the repository). The event nouns are those of lexicon/ar.json
(`events.*.counted`, `events.*.cues`) as ar_count_recall.py reads them.
"""
import argparse
import bisect
import collections
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import ar_count_recall as mine  # noqa: E402

CASE = {mine.norm(w) for w in "حالة حالات حاله".split()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=21)
    g = ap.parse_args()
    phrases, _ = mine.load_lexicon()
    text = (Path(g.pool) / "pool.txt").read_text(encoding="utf-8")
    starts = [0] + [m.end() for m in re.finditer("\n\n", text)]
    hits = collections.defaultdict(list)
    for line in open(g.claims, encoding="utf-8"):
        c = json.loads(line)
        if c["event"] == "OTHER":
            continue
        a, b = c["span"]["start"], c["span"]["end"]
        m = re.search(r"[0-9\u0660-\u0669]+\)?\s*$", text[a:b])
        if not m:
            continue
        i = bisect.bisect_right(starts, a) - 1
        end = starts[i + 1] - 2 if i + 1 < len(starts) else len(text)
        after = mine.tokens(text[b:end])[:3]
        words = [t for _, t in after if t not in ")("]
        if words and mine.norm(words[0]) in CASE:
            words = words[1:]
        if not words:
            continue
        ev = None
        for f in mine.stems(words[0]):
            cls = phrases.get((f,))
            if cls and cls.startswith("CUE:"):
                ev = cls[4:]
                break
        if ev and ev != c["event"]:
            hits[(c["event"], ev)].append((i, c, text[max(starts[i], a - 80):a], text[a:b],
                                           text[b:min(end, b + 60)]))
    for k, v in sorted(hits.items(), key=lambda kv: -len(kv[1])):
        print(len(v), *k)
    if g.sample:
        rows = [r for v in hits.values() for r in v]
        for n, (i, c, pre, span, post) in enumerate(
                random.Random(g.seed).sample(rows, min(g.sample, len(rows))), 1):
            print(f"{n:2d} s{i} {c['event']} {c['subject']} {c['quantity']['value']} | "
                  f"{pre}⟦{span}⟧{post}")


if __name__ == "__main__":
    main()
