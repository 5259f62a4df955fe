#!/usr/bin/env python3
"""(en20strong) A group told by its strength ("a 2,800-strong contingent", "a 5,000 strong mob") in
the English mining pool of en_sentences.py, grouped by the noun after "strong" and ranked by
frequency, with the claims of the extractor on each sentence (development text only; the pool
already leaves every devset out). Run from the repository root:

    python3 tools/mining/en_strength.py /tmp/en-pool.tsv cli/target/countercheck-cli-all.jar [--show]
"""
import collections
import os
import re
import sys
import tempfile

import mining

STRENGTH = re.compile(r"\b(\d[\d,]*|\d+-\d[\d,]*)(?:-| )strong\b(?:\s+(\w+))?(?:\s+(\w+))?", re.I)


def main(pool, jar, show):
    rows = []
    with open(pool, encoding="utf-8") as f:
        for line in f:
            source, start, text = line.rstrip("\n").split("\t", 2)
            m = STRENGTH.search(text)
            if m:
                rows.append((text, (m.group(2) or "").lower()))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as t:
        t.write("\n\n".join(text for text, _ in rows) + "\n")
    claims = mining.extract(jar, "en", t.name)
    os.unlink(t.name)
    offsets, at = [], 0
    for text, _ in rows:
        offsets.append((at, at + len(text)))
        at += len(text) + 2
    groups = collections.Counter(noun for _, noun in rows)
    print(f"{len(rows)} sentences with a number told as a strength")
    for noun, n in groups.most_common():
        print(f"  {n:3d}  strong {noun}")
    for (text, noun), (a, b) in zip(rows, offsets):
        found = [f"{c['event']} {c['subject']} {c['quantity'].get('value')}"
                 for c in claims if a <= c["span"]["start"] < b and "strong" in c["text"].lower()]
        print(f"- strong {noun}: {'; '.join(found) or 'no claim'}" + (f"  | {text}" if show else ""))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--show" in sys.argv[3:])
