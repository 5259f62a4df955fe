#!/usr/bin/env python3
"""A seeded random sample of the English mining pool for a recall audit (issue 16, branch
en29recall): sentences with a number or a count word (the pool's own filter) AND an event word of
any event (the cues and counted nouns of every event of `lexicon/en.json`, the toll verbs and the
casualty nouns, matched whole, case-insensitive), each printed whole with every claim the
extractor gives it (OTHER too), to be judged by ../shared/spec/claims.md as a devset annotator
would. Development text, printed only, never committed.

    python3 tools/mining/en_sentences.py ../shared/corpus/english-news-dev > /tmp/pool.tsv
    java -cp cli/target/countercheck-cli-all.jar tools/mining/ExtractPool.java < /tmp/pool.tsv > /tmp/claims.tsv
    python3 tools/mining/en29_recall_audit.py /tmp/pool.tsv /tmp/claims.tsv --n 90 --seed 2929
    python3 tools/mining/en29_recall_audit.py /tmp/pool.tsv /tmp/claims.tsv --count     # size of the restricted pool

The pool (en_sentences.py) already leaves out every devset*/devset*.jsonl sentence.
"""
import argparse
import collections
import json
import random
import re

import mining
from en_fields import read_pool


def event_words():
    """Every cue and counted noun of every event, the toll verbs and casualty nouns, lower case."""
    with open(mining.os.path.join(mining.LEXICON, "en.json"), encoding="utf-8") as f:
        lex = json.load(f)
    words = set()
    for event in lex["events"].values():
        for key in ("cues", "counted"):
            words.update(w.lower() for w in event.get(key, []))
    for key in ("tollVerbs", "casualtyNouns"):
        section = lex.get(key, [])
        if isinstance(section, dict):
            for v in section.values():
                words.update(w.lower() for w in v)
        else:
            words.update(w.lower() for w in section)
    return words


def matcher(words):
    alternatives = sorted((re.escape(w) for w in words if w.strip()), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


def read_all_claims(path):
    by_sentence = collections.defaultdict(list)
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) >= 8:
            by_sentence[(f[0], f[1])].append(f[2:8])
    return by_sentence


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--n", type=int, default=90)
    ap.add_argument("--seed", type=int, default=2929)
    ap.add_argument("--count", action="store_true")
    ap.add_argument("--skip", type=int, default=0, help="leave out the first SKIP of the draw")
    a = ap.parse_args()
    pool = read_pool(a.pool)
    rx = matcher(event_words())
    keys = [k for k, text in pool.items() if rx.search(text)]
    if a.count:
        print(f"{len(keys)} of {len(pool)} pool sentences have an event word")
        return
    claims = read_all_claims(a.claims)
    drawn = random.Random(a.seed).sample(keys, a.n)[a.skip:]
    for i, key in enumerate(drawn, a.skip + 1):
        text = pool[key]
        print(f"[{i}] {key[0]}:{key[1]}")
        print("    " + text)
        print("    cues: " + ", ".join(sorted({m.group(1).lower() for m in rx.finditer(text)})))
        for c in claims.get(key, []):
            print(f"    -> {c[0]} {c[1]} {c[2]} {c[3]}-{c[4]} «{c[5]}»")
        print()


if __name__ == "__main__":
    main()
