#!/usr/bin/env python3
"""Draw the English sentences of devset2 at random from ../shared/corpus/english-news-dev.

Usage (from the repository root):
    python3 claims/src/test/resources/devset2/sample_en.py ../shared/corpus/english-news-dev > /tmp/drawn.jsonl
    python3 claims/src/test/resources/devset2/sample_en.py --counts ../shared/corpus/english-news-dev

Procedure (every step is deterministic; README-en.md records the figures it prints):
 1. Read every *.txt file of the corpus folder (README.md and manifest.tsv are not text), in
    sorted order of file name. The collection is the file name prefix: agnews-train-* (AG News,
    World) or indiapoliceevents-* (The Times of India, March 2002).
 2. Split each file into sentences: first at line breaks, then after '.', '!' or '?' (optionally
    followed by closing quotes or brackets) when whitespace follows, except after an abbreviation
    of ABBREVIATIONS or a single letter ("u.s.", "j. smith"). Leading and trailing whitespace is
    trimmed; a sentence is kept with its character offsets in the file, so that its text is
    always file_text[start:end].
 3. Keep a sentence when it is 20 to 400 characters long and has a number: an ASCII or
    Arabic-Indic digit outside an HTML entity remnant ('#39;', '#36;', which AG News has instead
    of an apostrophe or a dollar sign), or a whole word (case-insensitive) of NUMBER_WORDS. Nothing
    else is filtered: dates, ages, money and scores stay in the pool.
 4. Draw in proportion to the text of the two collections (UTF-8 bytes of the files): of N
    sentences, round(N * bytes_agnews / bytes_all) from the AG News pool and the rest from the
    Times of India pool, each with random.Random(SEED).sample over the pool in file and offset
    order. The drawn sentences are printed in the order of the draw, AG News first, numbered
    dev2-en-0001 ... as JSON lines with id, source, collection, start, end and text.
 5. The split: random.Random(SPLIT_SEED).shuffle of the ids; the first round(0.6 N) are "dev",
    the rest "measure" (--split prints id<TAB>split).
"""
import json
import os
import random
import re
import sys

SEED = 20261216
SPLIT_SEED = 16
DRAWN = 320
MIN_LEN, MAX_LEN = 20, 400

NUMBER_WORDS = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
    "dozen", "dozens", "score", "scores", "lakh", "lakhs", "crore", "crores",
    "a few", "several", "tens of",
]
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "vs", "lt", "col", "gen", "maj", "capt", "sgt",
    "cpl", "gov", "sen", "rep", "rev", "prof", "jr", "sr", "inc", "co", "corp", "ltd", "rs",
    "govt", "dept", "sq", "km", "approx", "etc", "jan", "feb", "mar", "apr", "aug", "sept", "sep",
    "oct", "nov", "dec", "fig", "ft", "mt", "u.s", "u.n", "u.k",
}

NUMBER_RE = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in NUMBER_WORDS) + r")\b",
                       re.IGNORECASE)
ENTITY_RE = re.compile(r"#\d+;")
DIGIT_RE = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]")
END_RE = re.compile(r"[.!?][\"')\]\u201d\u2019]*(?=\s)")


def sentences(text):
    """Yields (start, end) of each sentence of text, by the rule of step 2."""
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        cut = 0
        for m in END_RE.finditer(line):
            before = line[cut:m.start()].split()
            word = before[-1].lower().lstrip("(\"'") if before else ""
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) \
                    or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
                continue
            yield from trimmed(line, line_start, cut, m.end())
            cut = m.end()
        yield from trimmed(line, line_start, cut, len(line))


def trimmed(line, line_start, a, b):
    s = line[a:b]
    lead = len(s) - len(s.lstrip())
    s = s.strip()
    if s:
        yield line_start + a + lead, line_start + a + lead + len(s)


def has_number(s):
    return bool(DIGIT_RE.search(ENTITY_RE.sub(" ", s))) or bool(NUMBER_RE.search(s))


def pools(folder):
    pool = {"ag_news": [], "times_of_india": []}
    size = {"ag_news": 0, "times_of_india": 0}
    total = {"ag_news": 0, "times_of_india": 0}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        collection = "ag_news" if name.startswith("agnews-") else "times_of_india"
        with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
            text = f.read()
        size[collection] += len(text.encode("utf-8"))
        for a, b in sentences(text):
            total[collection] += 1
            s = text[a:b]
            if MIN_LEN <= len(s) <= MAX_LEN and has_number(s):
                pool[collection].append((name, a, b, s))
    return pool, size, total


def draw(folder, n=DRAWN):
    pool, size, total = pools(folder)
    n_ag = round(n * size["ag_news"] / (size["ag_news"] + size["times_of_india"]))
    drawn = []
    for collection, k in (("ag_news", n_ag), ("times_of_india", n - n_ag)):
        for name, a, b, s in random.Random(SEED).sample(pool[collection], k):
            drawn.append({"source": name, "collection": collection, "start": a, "end": b, "text": s})
    for i, d in enumerate(drawn, 1):
        d["id"] = "dev2-en-%04d" % i
    return drawn, pool, size, total


def split(ids):
    order = list(ids)
    random.Random(SPLIT_SEED).shuffle(order)
    n_dev = round(0.6 * len(order))
    return {i: ("dev" if k < n_dev else "measure") for k, i in enumerate(order)}


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    folder = args[0] if args else "../shared/corpus/english-news-dev"
    drawn, pool, size, total = draw(folder)
    if "--counts" in argv:
        for c in pool:
            print("%s: %d bytes, %d sentences, %d in the pool, %d drawn"
                  % (c, size[c], total[c], len(pool[c]), sum(d["collection"] == c for d in drawn)))
    elif "--split" in argv:
        parts = split(d["id"] for d in drawn)
        for d in drawn:
            print("%s\t%s" % (d["id"], parts[d["id"]]))
    else:
        for d in drawn:
            print(json.dumps({"id": d["id"], "source": d["source"], "collection": d["collection"],
                              "start": d["start"], "end": d["end"], "text": d["text"]},
                             ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
