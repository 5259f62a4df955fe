#!/usr/bin/env python3
"""Draws the Arabic sentences of devset2 at random from two corpora (issue 16).

Usage, from the repository root:

    python3 claims/src/test/resources/devset2/sample_ar.py [--corpus ../shared/corpus] \
        [--per-corpus 180] [--seed 16016] > /tmp/drawn-ar.jsonl

Procedure (also in README-ar.md):

1. Files: every article file of `saudi-news-2015-dev` and of `arabic-news-2013` (every `*.txt`
   except README/manifest), in sorted file-name order, read as UTF-8 without newline translation.
2. Sentences: a document is cut after every `.`, `؟`, `?` and `!` and at every line break
   (`\\n`, `\\r`). A `.` or `٫` between two digits (a decimal mark, `1.5`) does not cut. Each piece
   is stripped of surrounding white space (space, tab, no-break space, bidi marks); empty pieces are
   dropped. The text kept is a contiguous substring of the file.
3. Number filter (the only filter): a sentence enters the pool when it has a digit (ASCII 0-9,
   Arabic-Indic ٠-٩, Persian ۰-۹) or an Arabic number word from NUMBER_WORDS below, matched as a
   whole token after normalization (tashkeel and tatweel removed, أ إ آ ٱ -> ا, ى -> ي, ة -> ه) and
   after stripping at most one of the clitic prefixes in PREFIXES.
4. Pool: per corpus, sentences in file order, each distinct text once (first occurrence), minus
   every sentence whose text (after collapsing white space) equals, contains or is contained in a
   sentence of the existing dev set (`claims/src/test/resources/devset/devset.jsonl`), and minus
   texts already in the other corpus' pool.
5. Draw: `random.Random(seed).sample(pool, n)` for saudi-news-2015-dev first, then, with the same
   generator, for arabic-news-2013.
6. Ids: the two draws are interleaved (saudi 1, 2013 1, saudi 2, 2013 2, ...) and numbered
   dev2-ar-0001, dev2-ar-0002, ... in that order.
7. Split: `random.Random(split_seed).shuffle(ids)`; the first round(0.6 * n) ids are `dev`, the
   rest `measure`.
Output: the skeleton of devset2-ar.jsonl, one JSON object per line (id, corpus, outlet, date, source, lang,
text, split, offset of the sentence in its file, claims: [] to be annotated), in id order. The pool
sizes and the numbers drawn go to standard error.
"""
import argparse
import json
import os
import random
import re
import sys

CORPORA = ["saudi-news-2015-dev", "arabic-news-2013"]

# Arabic number words, in normalized spelling (see step 3 above). Cardinals 1-10 (masculine,
# feminine, construct, accusative), teens, tens, hundreds (also fused: ثلاثمائة), thousands,
# millions and billions, vague amounts of the spec's table (بضع، بضعة، عدة، عشرات، مئات، آلاف،
# ملايين) and dual count nouns that state a number without a numeral.
UNITS = [
    "واحد", "واحده", "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي",
    "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه",
    "ثمان", "ثماني", "ثمانيه", "تسع", "تسعه", "عشر", "عشره",
]
TENS = [
    "عشرون", "عشرين", "ثلاثون", "ثلاثين", "اربعون", "اربعين", "خمسون", "خمسين",
    "ستون", "ستين", "سبعون", "سبعين", "ثمانون", "ثمانين", "تسعون", "تسعين",
]
HUNDREDS = ["مئه", "مائه", "مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مئتي", "مائتا", "مائتي",
            "مئات", "ماات"]
HUNDRED_PREFIXES = ["ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"]
LARGE = [
    "الف", "الفا", "الاف", "الفان", "الفين", "الفا", "الفي", "الوف",
    "مليون", "مليونا", "مليونان", "مليونين", "ملايين",
    "مليار", "مليارا", "ملياران", "مليارين", "مليارات",
]
VAGUE = ["بضع", "بضعه", "عده", "عشرات"]
DUAL_NOUNS = [
    "شخصين", "شخصان", "قتيلين", "قتيلان", "جريحين", "جريحان", "مصابين", "مصابان",
    "جنديين", "جنديان", "شرطيين", "شرطيان", "ضابطين", "ضابطان", "مسلحان", "عنصرين", "عنصران",
    "طفلين", "طفلان", "رجلين", "رجلان", "امراتين", "امراتان", "سيدتين", "فتاتين", "شابين", "شابان",
    "مواطنين", "مواطنان", "شقيقين", "شقيقان", "سيارتين", "سيارتان", "طائرتين", "طائرتان",
    "حالتين", "حالتان", "مرتين", "يومين", "يومان", "عامين", "عامان", "ساعتين", "شهرين",
]
NUMBER_WORDS = frozenset(UNITS + TENS + HUNDREDS + LARGE + VAGUE + DUAL_NOUNS
                         + [p + h for p in HUNDRED_PREFIXES for h in ("مئه", "مائه")])
# Clitic prefixes: conjunction, preposition and article, at most one of these strings.
PREFIXES = ["", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "فب",
            "فل", "وبال", "ولل", "ك"]
# The weekday الاثنين (Monday) is the article form of اثنين; it is not taken as a number word.
EXCLUDED_FORMS = frozenset(["الاثنين", "والاثنين", "بالاثنين", "للاثنين"])

DIGIT = re.compile("[0-9\u0660-\u0669\u06F0-\u06F9]")
TASHKEEL = re.compile("[\u064B-\u065F\u0670\u0640]")
TOKEN = re.compile("[\u0621-\u064A\u0660-\u0669\u0670-\u06D3\u0640\u064B-\u065F]+")
# a cut after . ؟ ? ! or at a line break; a '.' or '٫' between two digits is a decimal mark
CUT = re.compile(r"(?<=[.؟?!])(?<![0-9\u0660-\u0669\u06F0-\u06F9][.\u066B](?=[0-9\u0660-\u0669\u06F0-\u06F9]))|[\r\n]+")
STRIP = " \t\u00A0\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\ufeff"


def normalize(token):
    t = TASHKEEL.sub("", token)
    return (t.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ٱ", "ا")
            .replace("ى", "ي").replace("ة", "ه"))


def is_number_word(token):
    t = normalize(token)
    if t in EXCLUDED_FORMS:
        return False
    for p in PREFIXES:
        if t.startswith(p) and t[len(p):] in NUMBER_WORDS:
            return True
    return False


def has_number(sentence):
    return bool(DIGIT.search(sentence)) or any(is_number_word(m.group()) for m in TOKEN.finditer(sentence))


def sentences(text):
    """Yields (offset, sentence) for the pieces of a document (step 2)."""
    start = 0
    pieces = []
    for m in CUT.finditer(text):
        pieces.append((start, m.start()))
        start = m.end()
    pieces.append((start, len(text)))
    for a, b in pieces:
        piece = text[a:b]
        left = len(piece) - len(piece.lstrip(STRIP))
        s = piece.strip(STRIP)
        if s:
            yield a + left, s


def collapse(s):
    return " ".join(s.split())


def manifest(folder):
    rows = {}
    with open(os.path.join(folder, "manifest.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            cells = line.rstrip("\n").split("\t")
            row = dict(zip(header, cells))
            rows[row["file"]] = row
    return rows


def pool(corpus_dir, name, excluded, seen):
    folder = os.path.join(corpus_dir, name)
    meta = manifest(folder)
    out = []
    for file in sorted(os.listdir(folder)):
        if not file.endswith(".txt"):
            continue
        with open(os.path.join(folder, file), encoding="utf-8", newline="") as f:
            text = f.read()
        row = meta.get(file, {})
        for offset, s in sentences(text):
            if not has_number(s) or s in seen:
                continue
            seen.add(s)
            c = collapse(s)
            if any(c == e or c in e or e in c for e in excluded):
                continue
            out.append({
                "corpus": name, "source": file, "offset": offset,
                "outlet": row.get("outlet"),
                "date": (row.get("date") or row.get("timestamp") or "")[:10] or None,
                "text": s,
            })
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--devset", default=os.path.join(here, "..", "devset", "devset.jsonl"))
    ap.add_argument("--per-corpus", type=int, default=180)
    ap.add_argument("--seed", type=int, default=16016)
    ap.add_argument("--split-seed", type=int, default=16017)
    args = ap.parse_args()
    excluded = []
    with open(args.devset, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                if d.get("lang") == "ar":
                    excluded.append(collapse(d["text"]))
    rng = random.Random(args.seed)
    seen = set()
    draws = []
    for name in CORPORA:
        p = pool(args.corpus, name, excluded, seen)
        drawn = rng.sample(p, args.per_corpus)
        print(f"{name}: pool {len(p)} sentences, drawn {len(drawn)}", file=sys.stderr)
        draws.append(drawn)
    rows = [d for pair in zip(*draws) for d in pair]
    ids = [f"dev2-ar-{i + 1:04d}" for i in range(len(rows))]
    shuffled = list(ids)
    random.Random(args.split_seed).shuffle(shuffled)
    dev = set(shuffled[:round(0.6 * len(ids))])
    for i, d in zip(ids, rows):
        print(json.dumps({
            "id": i, "corpus": d["corpus"], "outlet": d["outlet"], "date": d["date"], "source": d["source"], "lang": "ar",
            "text": d["text"], "split": "dev" if i in dev else "measure", "offset": d["offset"],
            "claims": []}, ensure_ascii=False))
    print(f"split: dev {len(dev)}, measure {len(ids) - len(dev)}", file=sys.stderr)


if __name__ == "__main__":
    main()
