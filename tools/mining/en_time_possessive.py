#!/usr/bin/env python3
"""English time words with a possessive (issue 16, branch en23time): "yesterday's attack", "last
week's blast", "Sunday's bombing", "Friday night's raid", with 's, ’s or a character reference
(&#39;s, #39;s). Counts them over english-news-dev outside every devset (development text), by
time word, and says for each occurrence in a sentence with a scored claim (not OTHER) whether
the sentence's claims carry a time (TIME) or none (NOTIME). No article text is written anywhere
but standard output.

    java -jar cli/target/countercheck-cli-all.jar extract --format jsonl \
        ../shared/corpus/english-news-dev/*.txt > /tmp/x-en.jsonl
    python3 tools/mining/en_time_possessive.py /tmp/x-en.jsonl [--show GROUP --n 25 --seed S]
"""
import argparse
import collections
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import en_implicit  # noqa: E402,F401  (sets the devset list of implicit_mine)
import implicit_mine as m  # noqa: E402


def time_words():
    d = json.load(open(os.path.join(m.LEX, "en.json"), encoding="utf-8"))["time"]
    return d["days"] + d["relative"] + ["night", "morning", "evening", "afternoon"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("claims")
    ap.add_argument("--show")
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--seed", type=int, default=23)
    a = ap.parse_args()
    words = sorted(time_words(), key=len, reverse=True)
    pat = re.compile(r"\b(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                     + r")\s?(?:'|’|&#39;|#39;)s\b", re.I)
    claims = m.load_claims([a.claims])
    total = collections.Counter()
    status = collections.Counter()
    rows = collections.defaultdict(list)
    for f, off, s in m.sentences("en", m.corpus_files("en")):
        for x in pat.finditer(s):
            w = re.sub(r"\s+", " ", x.group(1).lower())
            total[w] += 1
            cs = [c for c in claims.get(f, []) if c["event"] != "OTHER"
                  and off <= c["span"]["start"] < off + len(s)]
            if not cs:
                st = "NOCLAIM"
            else:
                st = "TIME" if all(c.get("time") for c in cs) else "NOTIME"
            status[st] += 1
            rows[st].append((w, s, [(c["event"], c["quantity"]["low"], c.get("time")) for c in cs]))
    print("occurrences (devsets left out): %d" % sum(total.values()))
    for w, n in total.most_common():
        print("  %-20s %d" % (w, n))
    print("in sentences with a scored claim:", dict(status))
    if a.show:
        r = rows[a.show]
        random.Random(a.seed).shuffle(r)
        for w, s, cs in r[:a.n]:
            print("%s | %s | %s" % (w, cs, re.sub(r"\s+", " ", s)[:300]))


if __name__ == "__main__":
    main()
