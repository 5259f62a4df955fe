#!/usr/bin/env python3
"""Counts taken by a verb of taking part (issue 16, branch en21mine): which ones the extractor makes
a crowd, and what the count takes part in.

    python3 tools/mining/en_sentences.py ../shared/corpus/english-news-dev > /tmp/en-pool.tsv
    java -cp cli/target/countercheck-cli-all.jar tools/mining/ExtractPool.java < /tmp/en-pool.tsv > /tmp/claims.tsv
    python3 tools/mining/taking_part.py /tmp/en-pool.tsv /tmp/claims.tsv [--show]

A candidate is a number (digits, a number word, a vague amount) followed within six words by a
verb of taking part (participate, take part, join, attend in their forms), in a sentence of the
pool (devsets left out by en_sentences.py). Per candidate: the verb's form, the claim the
extractor gave for that number (event, or "none"), and the two words after "in" / the verb (what
the count takes part in). Prints the table by form and event; --show prints every candidate
(to read, never to commit).
"""
import collections
import re
import sys

NUM = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
       r"thirty|forty|fifty|sixty|hundred|hundreds|thousand|thousands|lakh|lakhs|dozens|dozen|scores|"
       r"several|many)(?:[- ](?:hundred|thousand|lakh|lakhs|million))*")
VERB = (r"(?:participated|participating|participate|participates|took part|take part|taking part|"
        r"takes part|joined|joining|join|joins|attended|attending|attend|attends)")
PAT = re.compile(r"\b(?P<n>" + NUM + r")\b(?P<mid>(?: [a-z\"'\-]+){0,6}?) (?P<v>" + VERB
                 + r")\b(?P<obj>(?: [a-z\-]+){0,4})")


def main(pool, claims, show):
    got = collections.defaultdict(list)
    for line in open(claims, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[2] != "-":
            got[(f[0], f[1])].append((f[2], f[7].lower()))
    table = collections.Counter()
    rows = []
    for line in open(pool, encoding="utf-8"):
        src, start, text = line.rstrip("\n").split("\t", 2)
        low = text.lower()
        for m in PAT.finditer(low):
            n = m.group("n")
            ev = [e for e, t in got[(src, start)] if re.search(r"\b" + re.escape(n) + r"\b", t)]
            event = ev[0] if ev else "none"
            verb = m.group("v")
            table[(verb, event)] += 1
            rows.append((verb, event, n, m.group("obj").strip(), src, start, text))
    for (verb, event), k in sorted(table.items(), key=lambda kv: -kv[1]):
        print("%4d  %-14s %s" % (k, verb, event))
    if show:
        for r in sorted(rows):
            print("%s | %s | [%s] -> %s | %s:%s | %s" % r)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--show" in sys.argv)
