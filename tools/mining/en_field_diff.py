#!/usr/bin/env python3
"""The claims of two `extract --format jsonl` outputs over english-news-dev that keep their
document, span, event and low bound but change another field (time, location, subject, ...), each
with its sentence, leaving out every devset sentence (branch en23time; development text, nothing
written but standard output).

    python3 tools/mining/en_field_diff.py BEFORE.jsonl AFTER.jsonl
"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import en_implicit  # noqa: E402,F401  (sets the devset list of implicit_mine)
import implicit_mine as m  # noqa: E402


def load(path):
    d = collections.defaultdict(dict)
    for line in open(path, encoding="utf-8"):
        c = json.loads(line)
        d[c["document"]][(c["span"]["start"], c["span"]["end"], c["event"], c["quantity"]["low"])] = c
    return d


def main():
    before, after = load(sys.argv[1]), load(sys.argv[2])
    fields = collections.Counter()
    for f, off, s in m.sentences("en", m.corpus_files("en")):
        end = off + len(s)
        for k, c in before.get(f, {}).items():
            if not off <= k[0] < end:
                continue
            d = after.get(f, {}).get(k)
            if d is None:
                print("- %s %s %s | %s" % (k[2], k[3], c["text"], " ".join(s.split())[:300]))
                continue
            diff = sorted(x for x in set(c) | set(d) if c.get(x) != d.get(x))
            if diff:
                fields[tuple(diff)] += 1
                print("~ %s %s %s | %s" % (k[2], k[3], {x: (c.get(x), d.get(x)) for x in diff},
                                         " ".join(s.split())[:300]))
        for k, c in after.get(f, {}).items():
            if off <= k[0] < end and k not in before.get(f, {}):
                print("+ %s %s %s | %s" % (k[2], k[3], c["text"], " ".join(s.split())[:300]))
    print("changed fields (devset sentences left out):", dict(fields))


if __name__ == "__main__":
    main()
