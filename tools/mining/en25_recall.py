#!/usr/bin/env python3
"""English recall of explicit counts, round en25mine (issue 16): the numerals of the mining pool
(en_sentences.py, every devset left out) near a casualty, arrest, displacement, crowd or damage
word in their clause that no claim of the extractor covers, or only one of event OTHER; grouped by
the construction between the numeral and the nearest cue, ranked by frequency. Unlike en_counts.py
the numerals are found in the text (digits and number words), not from the numbers module's COUNT
label, so numbers it reads as years or times are candidates too.

    python3 tools/mining/en_sentences.py ../shared/corpus/english-news-dev > /tmp/pool.tsv
    java -cp cli/target/countercheck-cli-all.jar tools/mining/ExtractPool.java --spans < /tmp/pool.tsv > /tmp/claims.tsv
    python3 tools/mining/en25_recall.py /tmp/pool.tsv /tmp/claims.tsv [--re REGEX] [--sample GROUP N SEED]

--re counts the sentences of the pool that match a regular expression (lower-cased text) and
what the extractor made of the numeral in its group `n`; --sample prints a random sample of one
group (or ALL) to read, never to commit.
"""
import collections
import random
import re
import sys

import en_counts

WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
         "hundred hundreds thousand thousands dozen dozens scores lakh lakhs million millions").split()
TOKEN = re.compile(r"[a-z0-9][a-z0-9'\-.,]*[a-z0-9]|[a-z0-9]|[;:()\"\[\]]|,|-")
NUMERAL = re.compile(r"\d[\d,.]*|(?:%s)(?:-(?:%s))?" % ("|".join(WORDS), "|".join(WORDS)))
MARKS = {";", ":", "(", ")", "\"", "[", "]", "-"}
WINDOW = 10
DAMAGE = ["destroy", "damag", "torch", "gutted", "razed", "set ablaze", "set afire", "looted"]


def load(pool_path, claims_path):
    pool = []
    for line in open(pool_path, encoding="utf-8"):
        src, start, text = line.rstrip("\n").split("\t", 2)
        pool.append((src, int(start), text))
    claims = collections.defaultdict(list)
    for line in open(claims_path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[2] == "-":
            continue
        claims[(f[0], int(f[1]))].append((int(f[2]), int(f[3]), f[4], f[5]))
    return pool, claims


def stem_or_damage(word):
    """en_counts.stem_event, or DAMAGE for a word of destruction."""
    e = en_counts.stem_event(word)
    if e is None and any(word.startswith(d) for d in DAMAGE):
        e = "DAMAGE"
    return e


def cues_of(toks, cues):
    """Per token index: (event, length) of the cue starting there, damage words too."""
    return en_counts.find_cues(toks, cues, stem_or_damage)


def candidates(pool, claims):
    cues, subjects, aux, function = en_counts.load_lexicon()
    lex = (subjects, aux, function)
    for src, start, text in pool:
        low = text.lower()
        toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(low)]
        cuemap = None
        for i, t in enumerate(toks):
            w = t[2].rstrip(".,")
            if not NUMERAL.fullmatch(w):
                continue
            if w == "one" and i + 1 < len(toks) and toks[i + 1][2] in ("of",):
                pass
            if cuemap is None:
                cuemap = cues_of(toks, cues)
            best = None
            for k in cuemap:
                if k == i or abs(k - i) > WINDOW:
                    continue
                lo, hi = (i + 1, k) if k > i else (k, i)
                if any(toks[m][2] in MARKS for m in range(lo, hi)):
                    continue
                if best is None or abs(k - i) < abs(best - i):
                    best = k
            if best is None:
                continue
            if toks[best][2] == "march" and abs(best - i) <= 2:
                continue  # the month ("on march 15", "15 march")
            cov = [c for c in claims[(src, start)] if c[0] <= t[0] and t[1] <= c[1]]
            if cov and any(c[2] != "OTHER" for c in cov):
                continue
            status = "OTHER" if cov else "NONE"
            key = en_counts.pattern(toks, i, i, best, lex, cuemap)
            if re.fullmatch(r"(1[89]|20)\d\d", w):
                key = "YEAR? " + key
            yield key, status, w, src, start, text


def main(argv):
    pool, claims = load(argv[0], argv[1])
    if "--re" in argv:
        rx = re.compile(argv[argv.index("--re") + 1])
        seen = collections.Counter()
        rows = []
        for src, start, text in pool:
            m = rx.search(text.lower())
            if not m:
                continue
            g = m.groupdict().get("n")
            st = "MATCH"
            if g is not None:
                cov = [c for c in claims[(src, start)] if c[0] <= m.start("n") and m.end("n") <= c[1]]
                st = ",".join(sorted({c[2] for c in cov})) or "NONE"
            seen[st] += 1
            rows.append((st, src, start, text))
        print("matches %d: %s" % (len(rows), dict(seen)))
        n = int(argv[argv.index("--n") + 1]) if "--n" in argv else 30
        for r in random.Random(25).sample(rows, min(n, len(rows))):
            print("[%s] %s:%d | %s" % r)
        return
    groups = collections.defaultdict(list)
    for key, status, w, src, start, text in candidates(pool, claims):
        groups[key].append((status, w, src, start, text))
    if "--sample" in argv:
        i = argv.index("--sample")
        key, n, seed = argv[i + 1], int(argv[i + 2]), int(argv[i + 3])
        rows = [r + (k,) for k, v in sorted(groups.items()) for r in v if key in ("ALL", k)]
        for r in random.Random(seed).sample(rows, min(n, len(rows))):
            print("[%s %s] {%s} %s:%d | %s" % (r[1], r[0], r[5], r[2], r[3], r[4]))
        return
    print("candidates %d in %d groups" % (sum(map(len, groups.values())), len(groups)))
    for key, rows in sorted(groups.items(), key=lambda kv: -len(kv[1]))[:int(argv[2]) if len(argv) > 2 and argv[2].isdigit() else 70]:
        print("%4d  %-60s (none %d, OTHER %d)" % (len(rows), key, sum(r[0] == "NONE" for r in rows),
                                                  sum(r[0] == "OTHER" for r in rows)))


if __name__ == "__main__":
    main(sys.argv[1:])
