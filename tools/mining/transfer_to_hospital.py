#!/usr/bin/env python3
"""Counts the group of `TakenToHospital` (issue 16, Arabic recall): a count within two words after a
verb of transfer («نقل، تم نقل، نقلت ...») with a hospital («مستشفى») at most 40 characters later,
in `arabic-news-2013` and `saudi-news-2015-dev`, and tallies the events of the extractor's claims
that cover each count (none, OTHER, INJURED, KILLED for bodies ...). Run from the repository root
with the claims of `extract --format jsonl` of both corpora before and after a change:

    python3 tools/mining/transfer_to_hospital.py BEFORE-2013.jsonl BEFORE-2015.jsonl \
        AFTER-2013.jsonl AFTER-2015.jsonl [--show]

Prints one line per side; --show also prints each count of the after side left with no claim or
OTHER (article text goes to the terminal only, never to the repository)."""
import collections
import json
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
CORPORA = ("arabic-news-2013", "saudi-news-2015-dev")
NUMBER = r"(\d+|[^\s]*(?:عشرات|مئات|آلاف|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|اثن|ضابطين))"
PATTERN = re.compile(r"(?:نقل|نُقل|ونقل|تم نقل|وتم نقل|نقلت|ونقلت|نقلوا|بنقل)\s+(?:\S+\s+){0,2}?"
                     + NUMBER + r"\b[^.]{0,40}?(?:مستشف|المستشفى)")


def load(files):
    claims = collections.defaultdict(list)
    for f in files:
        for line in open(f, encoding="utf-8"):
            c = json.loads(line)
            claims[c["document"]].append((c["span"]["start"], c["span"]["end"], c["event"]))
    return claims


def tally(files, show):
    claims = load(files)
    hits = collections.Counter()
    for corpus in CORPORA:
        folder = os.path.join(CORPUS, corpus)
        for fn in sorted(os.listdir(folder)):
            text = open(os.path.join(folder, fn), encoding="utf-8", newline="").read()
            for m in PATTERN.finditer(text):
                p = m.start(1)
                events = tuple(sorted({e for a, b, e in claims[fn] if a <= p < b}))
                hits[events] += 1
                if show and events in ((), ("OTHER",)):
                    print(events, "|", text[max(0, m.start() - 40):m.end() + 20].replace("\n", " "))
    return hits


def main():
    args = [a for a in sys.argv[1:] if a != "--show"]
    show = "--show" in sys.argv
    for side, files in (("before", args[0:2]), ("after", args[2:4])):
        hits = tally(files, show and side == "after")
        print(side, sum(hits.values()), dict(hits))


if __name__ == "__main__":
    main()
