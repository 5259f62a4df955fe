#!/usr/bin/env python3
"""English recall, round en28mine (issue 16): the candidates of en25_recall.py (a numeral near a
casualty, arrest, displacement, crowd or damage word in its clause with no claim, or only OTHER)
less the numerals that are plainly no count (a year, a numeral after '#', 'rs', '$', a month,
'section', 'article', 'no.', or before a unit of time, distance, percent, money, rounds or an
ordinal suffix), as a random sample to read; or, with --pairs, the claims of event OTHER right
before a claim with an event, joined by 'and' or a comma (counts that may share one verb).

    python3 tools/mining/en_sentences.py ../shared/corpus/english-news-dev > /tmp/pool.tsv
    java -cp cli/target/countercheck-cli-all.jar tools/mining/ExtractPool.java --spans < /tmp/pool.tsv > /tmp/claims.tsv
    python3 tools/mining/en28_candidates.py /tmp/pool.tsv /tmp/claims.tsv SEED N     # a sample
    python3 tools/mining/en28_candidates.py /tmp/pool.tsv /tmp/claims.tsv --pairs    # OTHER + event

Prints sentences to read, never to commit.
"""
import random
import re
import sys

import en25_recall

MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
          "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
UNIT_AFTER = re.compile(r"^\W*(per ?cent|%|pm|am|p\.m|a\.m|hours?|days?|years?|year-old|weeks?|months?"
                        r"|minutes?|km|kms|kilomet|miles?|mm|crore|rounds?|acres?|metres?|meters?|feet"
                        r"|tonnes?|tons?|kg|seats?|points?|percent|st|nd|rd|th|" + MONTHS + r")\b")
LABEL_BEFORE = re.compile(r"(#|rs\.? ?|\$|\b(" + MONTHS + r")\.? |section |article |no\. ?)$")
YEAR = re.compile(r"(1[89]|20)\d\d")


def plain_candidates(pool, claims):
    """The en25_recall candidates whose numeral is no year, label, date or measure."""
    for key, status, w, src, start, text in en25_recall.candidates(pool, claims):
        if YEAR.fullmatch(w):
            continue
        low = text.lower()
        for m in re.finditer(r"(?<![\w#])" + re.escape(w) + r"(?!\w)", low):
            if LABEL_BEFORE.search(low[max(0, m.start() - 12):m.start()]):
                continue
            if UNIT_AFTER.match(low[m.end():m.end() + 14]):
                continue
            yield key, status, w, src, start, text
            break


def pairs(pool, claims):
    """Claims of event OTHER right before a claim with an event, joined by 'and' or a comma."""
    texts = {(src, start): text for src, start, text in pool}
    for place, found in claims.items():
        found = sorted(found)
        text = texts[place]
        for a, b in zip(found, found[1:]):
            gap = text[a[1]:b[0]]
            if a[2] == "OTHER" and b[2] != "OTHER" and b[0] >= a[1] and len(gap) < 40 \
                    and re.search(r"\band\b|,", gap):
                yield a[2], b[2], text[max(0, a[0] - 60):b[1] + 40]


def main(argv):
    pool, claims = en25_recall.load(argv[0], argv[1])
    if "--pairs" in argv:
        rows = list(pairs(pool, claims))
        for a, b, text in rows:
            print(a, b, "|", text)
        print(len(rows), "pairs")
        return
    rows = list(plain_candidates(pool, claims))
    print(len(rows), "candidates", file=sys.stderr)
    seed, n = int(argv[2]), int(argv[3])
    for key, status, w, src, start, text in random.Random(seed).sample(rows, min(n, len(rows))):
        print("[%s %s] {%s} %s:%d | %s" % (w, status, key, src, start, text[:330]))


if __name__ == "__main__":
    main(sys.argv[1:])
