#!/usr/bin/env python3
"""English singular passives with no claim (issue 16, helper implicit18): sentences of
english-news-dev outside every devset with "was/has been + killed, wounded, injured, arrested,
shot dead, kidnapped ..." or "died", grouped by the two words before the verb, ranked by how
often no claim of the extractor covers the verb.

    python3 tools/mining/implicit_en_passive.py /tmp/x-en.jsonl [--top 50]
    python3 tools/mining/implicit_en_passive.py /tmp/x-en.jsonl --key "a man" --n 10

No article text is written anywhere but standard output.
"""
import argparse
import collections
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import implicit_mine as m  # noqa: E402

VERB = re.compile(r"\b(?:was|has been|had been|is)\s+(?:also\s+|later\s+|reportedly\s+)?"
                  r"(?:killed|shot dead|shot|stabbed to death|stabbed|wounded|injured|hurt|arrested|"
                  r"detained|kidnapped|abducted|beheaded|executed|hanged|murdered|missing)\b|"
                  r"\b(?:died|dies)\b", re.I)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("claims", nargs="+")
    ap.add_argument("--top", type=int, default=50)
    ap.add_argument("--key")
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--seed", type=int, default=18)
    a = ap.parse_args()
    claims = m.load_claims(a.claims)
    count = collections.Counter()
    none = collections.Counter()
    ex = collections.defaultdict(list)
    for f, off, s in m.sentences("en", m.corpus_files("en")):
        for mm in VERB.finditer(s):
            before = re.findall(r"[A-Za-z'\-]+", s[max(0, mm.start() - 40):mm.start()])
            key = " ".join(w.lower() for w in before[-2:])
            got = any(c["span"]["start"] < off + mm.end() and off + mm.start() - 40 < c["span"]["end"]
                      for c in claims.get(f, []))
            count[key] += 1
            none[key] += not got
            ex[key].append((got, s[max(0, mm.start() - 100):mm.end() + 40].replace("\n", " ")))
    if a.key:
        random.seed(a.seed)
        e = [x for x in ex.get(a.key, []) if not x[0]]
        for x in random.sample(e, min(a.n, len(e))):
            print(*x)
        return
    for k, n in sorted(count.items(), key=lambda x: -none[x[0]])[:a.top]:
        print("%5d %5d  %s" % (n, none[k], k))


if __name__ == "__main__":
    main()
