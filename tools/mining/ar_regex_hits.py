#!/usr/bin/env python3
"""Every hit of a regular expression in ALL sentences of the Arabic development corpora outside
every devset (sentences without a numeral too, unlike the pool of ar_pool.py), with the claims the
extractor made over the hit (issue 16, branch ar21implicit). The expression is matched on the
normalized sentence (implicit_mine.norm: alef forms, ى/ي, ة/ه, ؤ/و, ئ/ي folded, tashkeel removed),
which keeps its length, so offsets map back to the original.

    python3 tools/mining/ar_regex_hits.py CLAIMS.jsonl [CLAIMS2.jsonl] --re REGEX [--group N]
        [--sample 25 --seed 21] [--verdict NONE]

prints the number of hits by the text of group N (default 0) with HIT (a claim overlapping the
hit) / NONE counts, and with --sample a random sample of hits with their context and claims.
Nothing is written but standard output.
"""
import argparse
import collections
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import implicit_mine as m  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("claims", nargs="+")
    ap.add_argument("--re", required=True)
    ap.add_argument("--group", type=int, default=0)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--verdict")
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args()
    pat = re.compile(a.re)
    claims = m.load_claims(a.claims)
    rows = []
    for f, off, s in m.sentences("ar", m.corpus_files("ar")):
        ns = m.norm(s)
        if len(ns) != len(s):
            ns = s
        for h in pat.finditer(ns):
            st, en = off + h.start(), off + h.end()
            cov = [c for c in claims.get(f, []) if c["span"]["start"] < en and st < c["span"]["end"]]
            rows.append((f, off, s, h, "HIT" if cov else "NONE", cov))
    by = collections.defaultdict(collections.Counter)
    for r in rows:
        by[r[3].group(a.group)][r[4]] += 1
    print("hits %d, with a claim over them %d" % (len(rows), sum(1 for r in rows if r[4] == "HIT")))
    for k, c in sorted(by.items(), key=lambda kv: -sum(kv[1].values()))[:a.top]:
        print("%5d  hit %4d none %4d  %s" % (sum(c.values()), c["HIT"], c["NONE"], k))
    if a.sample:
        pick = [r for r in rows if not a.verdict or r[4] == a.verdict]
        for f, off, s, h, verdict, cov in random.Random(a.seed).sample(pick, min(a.sample, len(pick))):
            print("%s %s@%d %s" % (verdict, f, off, "; ".join(
                "%s=%s %s %s" % (c["text"], c["quantity"].get("value"), c["event"], c["subject"])
                for c in cov)))
            print("   " + s[max(0, h.start() - 120):h.end() + 100].replace("\n", " "))


if __name__ == "__main__":
    main()
