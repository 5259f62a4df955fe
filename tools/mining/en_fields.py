#!/usr/bin/env python3
"""English scored claims of the mining pool grouped by event and subject, to judge their fields
(issue 16, branch en25fields): how many claims each (event, subject) group has and a random
sample of one group with its sentence (development text, printed only, never committed).

    python3 tools/mining/en_sentences.py ../shared/corpus/english-news-dev > /tmp/en-pool.tsv
    java -cp cli/target/countercheck-cli-all.jar tools/mining/ExtractPool.java < /tmp/en-pool.tsv > /tmp/claims.tsv
    python3 tools/mining/en_fields.py /tmp/en-pool.tsv /tmp/claims.tsv                     # groups
    python3 tools/mining/en_fields.py /tmp/en-pool.tsv /tmp/claims.tsv --group KILLED/PERSON --n 30 --seed 25
    python3 tools/mining/en_fields.py /tmp/en-pool.tsv /tmp/claims.tsv --grep 'pilots?' --n 30
    python3 tools/mining/en_fields.py /tmp/en-pool.tsv /tmp/claims.tsv --diff AFTER.tsv    # what changed

--group ALL samples every scored claim; --grep keeps the claims whose sentence matches the
expression (case-insensitive); --other counts OTHER claims too. A claim is (source, start, event,
subject, kind, low, high, text) as ExtractPool.java writes it.
"""
import argparse
import collections
import random
import re


def read_pool(path):
    pool = {}
    for line in open(path, encoding="utf-8"):
        src, start, text = line.rstrip("\n").split("\t", 2)
        pool[(src, start)] = text
    return pool


def read_claims(path, other=False):
    claims = []
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) < 8 or (f[2] == "OTHER" and not other):
            continue
        claims.append(tuple(f[:8]))
    return claims


def show(pool, c):
    print(f"- {c[2]} {c[3]} {c[4]} {c[5]}-{c[6]} «{c[7]}»")
    print("    " + pool[(c[0], c[1])][:400])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--group")
    ap.add_argument("--grep")
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=25)
    ap.add_argument("--other", action="store_true")
    ap.add_argument("--diff")
    a = ap.parse_args()
    pool = read_pool(a.pool)
    claims = read_claims(a.claims, a.other)
    if a.diff:
        after = read_claims(a.diff, a.other)
        before_set, after_set = set(claims), set(after)
        for tag, items in (("REMOVED", [c for c in claims if c not in after_set]),
                           ("ADDED", [c for c in after if c not in before_set])):
            print(f"== {tag} {len(items)}")
            for c in items:
                show(pool, c)
        return
    if a.grep:
        rx = re.compile(a.grep, re.I)
        claims = [c for c in claims if rx.search(pool[(c[0], c[1])])]
    groups = collections.Counter(f"{c[2]}/{c[3]}" for c in claims)
    if not a.group:
        for g, n in groups.most_common():
            print(f"{n:6d} {g}")
        print(f"{sum(groups.values()):6d} in all")
        return
    chosen = [c for c in claims if a.group == "ALL" or f"{c[2]}/{c[3]}" == a.group]
    random.Random(a.seed).shuffle(chosen)
    print(f"{len(chosen)} claims in {a.group}; a sample of {min(a.n, len(chosen))} (seed {a.seed})")
    for c in chosen[:a.n]:
        show(pool, c)


if __name__ == "__main__":
    main()
