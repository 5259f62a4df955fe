#!/usr/bin/env python3
"""The sampling of the development sets devset2 to devset7 (issue 16), shared by their
scripts: each `devset<n>/sample_*.py` holds only its parameters (seed, counts, ids, split and the
earlier sets it keeps clear of) and calls `arabic_main`, `english_main` or (devset5 on)
`english_split_main` here. Python 3, standard library only; the scripts are run from the
repository root (see the READMEs of the sets).

Arabic procedure (devset2/README-ar.md):

1. Files: every article file of `saudi-news-2015-dev` and of `arabic-news-2013` (every `*.txt`
   except README/manifest), in sorted file-name order, read as UTF-8 without newline translation.
2. Sentences: a document is cut after every `.`, `؟`, `?` and `!` and at every line break
   (`\\n`, `\\r`). A `.` or `٫` between two digits (a decimal mark, `1.5`) does not cut. Each piece
   is stripped of surrounding white space (space, tab, no-break space, bidi marks); empty pieces are
   dropped. The text kept is a contiguous substring of the file.
3. Number filter (the only filter): a sentence enters the pool when it has a digit (ASCII 0-9,
   Arabic-Indic ٠-٩, Persian ۰-۹) or an Arabic number word from ARABIC_NUMBER_WORDS below, matched
   as a whole token after normalization (tashkeel and tatweel removed, أ إ آ ٱ -> ا, ى -> ي,
   ة -> ه) and after stripping at most one of the clitic prefixes in PREFIXES.
4. Pool: per corpus, sentences in file order, each distinct text once (first occurrence), minus
   every sentence whose text (after collapsing white space) equals, contains or is contained in an
   Arabic sentence of the earlier sets, and minus texts already in the other corpus' pool.
5. Draw: `random.Random(seed).sample(pool, n)` for saudi-news-2015-dev first, then, with the same
   generator, for arabic-news-2013.
6. Ids: the two draws are interleaved (saudi 1, 2013 1, saudi 2, 2013 2, ...) and numbered
   <prefix>-0001, <prefix>-0002, ... in that order.
7. Split: one split for the whole set, or `random.Random(split_seed).shuffle(ids)` with the first
   round(0.6 * n) ids `dev` and the rest `measure`.
Output: the skeleton of the set, one JSON object per line (id, corpus, outlet, date, source, lang,
text, split, offset of the sentence in its file, claims: [] to be annotated), in id order. The pool
sizes and the numbers drawn go to standard error.

English procedure (devset2/README-en.md):

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
   of an apostrophe or a dollar sign), or a whole word (case-insensitive) of ENGLISH_NUMBER_WORDS.
   Nothing else is filtered: dates, ages, money and scores stay in the pool.
4. Leave out the sentences (file and start offset) of the earlier sets, as drawn by their
   parameters; then draw in proportion to the text of the two collections (UTF-8 bytes of the
   files): of N sentences, round(N * bytes_agnews / bytes_all) from the AG News pool and the rest
   from the Times of India pool, each with random.Random(seed).sample over the pool in file and
   offset order. The drawn sentences are printed in the order of the draw, AG News first,
   numbered <prefix>-0001 ... as JSON lines with id, source, collection, start, end and text.
5. The split, where the set has two: random.Random(split_seed).shuffle of the ids; the first
   round(0.6 N) are "dev", the rest "measure" (--split prints id<TAB>split).
"""
import argparse
import importlib
import json
import os
import random
import re
import sys

# ---------------------------------------------------------------- Arabic: steps 1-4

ARABIC_CORPORA = ["saudi-news-2015-dev", "arabic-news-2013"]

# Arabic number words, in normalized spelling (see step 3 of the Arabic procedure above). Cardinals 1-10 (masculine,
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
ARABIC_NUMBER_WORDS = frozenset(UNITS + TENS + HUNDREDS + LARGE + VAGUE + DUAL_NOUNS
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
        if t.startswith(p) and t[len(p):] in ARABIC_NUMBER_WORDS:
            return True
    return False


def arabic_has_number(sentence):
    return bool(DIGIT.search(sentence)) or any(is_number_word(m.group()) for m in TOKEN.finditer(sentence))


def arabic_sentences(text):
    """Yields (offset, sentence) for the pieces of a document (step 2 of the Arabic procedure)."""
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


def arabic_pool(corpus_dir, name, excluded, seen):
    folder = os.path.join(corpus_dir, name)
    meta = manifest(folder)
    out = []
    for file in sorted(os.listdir(folder)):
        if not file.endswith(".txt"):
            continue
        with open(os.path.join(folder, file), encoding="utf-8", newline="") as f:
            text = f.read()
        row = meta.get(file, {})
        for offset, s in arabic_sentences(text):
            if not arabic_has_number(s) or s in seen:
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


# ---------------------------------------------------------------- English: steps 1-3

MIN_LEN, MAX_LEN = 20, 400

ENGLISH_NUMBER_WORDS = [
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

NUMBER_RE = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in ENGLISH_NUMBER_WORDS) + r")\b",
                       re.IGNORECASE)
ENTITY_RE = re.compile(r"#\d+;")
DIGIT_RE = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]")
END_RE = re.compile(r"[.!?][\"')\]\u201d\u2019]*(?=\s)")


def english_sentences(text):
    """Yields (start, end) of each sentence of text, by the rule of step 2 of the English procedure above."""
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


def english_has_number(s):
    return bool(DIGIT_RE.search(ENTITY_RE.sub(" ", s))) or bool(NUMBER_RE.search(s))


def english_pools(folder):
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
        for a, b in english_sentences(text):
            total[collection] += 1
            s = text[a:b]
            if MIN_LEN <= len(s) <= MAX_LEN and english_has_number(s):
                pool[collection].append((name, a, b, s))
    return pool, size, total


# ---------------------------------------------------------------- Arabic: exclusions, draw, output


def set_texts(files, lang):
    """The texts in language lang (white space collapsed) of JSON-lines sets."""
    out = []
    for f in files:
        with open(f, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    d = json.loads(line)
                    if d.get("lang") == lang:
                        out.append(collapse(d["text"]))
    return out


def arabic_texts(files):
    """The Arabic texts (white space collapsed) of JSON-lines sets, for step 4."""
    return set_texts(files, "ar")


def arabic_draw(corpus_dir, excluded, per_corpus, seed):
    """Steps 4-6: the drawn sentences of both corpora, interleaved."""
    rng = random.Random(seed)
    seen = set()
    draws = []
    for name in ARABIC_CORPORA:
        p = arabic_pool(corpus_dir, name, excluded, seen)
        drawn = rng.sample(p, per_corpus)
        print(f"{name}: pool {len(p)} sentences, drawn {len(drawn)}", file=sys.stderr)
        draws.append(drawn)
    return [d for pair in zip(*draws) for d in pair]


def arabic_main(prefix, per_corpus, seed, earlier, split=None, split_seed=None, dev_share=0.6):
    """Prints the skeleton of an Arabic set.

    prefix: the ids' prefix (dev2-ar); per_corpus, seed: the draw; earlier: the JSON-lines files
    whose Arabic texts are kept out (with split_seed, the first can be replaced by --devset);
    split: the split of every sentence, or split_seed: the seed of the dev/measure split, which
    puts the first dev_share of the shuffled ids (60 %, or 50 % from devset6 on) in dev.
    """
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="../shared/corpus")
    if split_seed is not None:
        ap.add_argument("--devset", default=earlier[0])
    ap.add_argument("--per-corpus", type=int, default=per_corpus)
    ap.add_argument("--seed", type=int, default=seed)
    if split_seed is not None:
        ap.add_argument("--split-seed", type=int, default=split_seed)
    args = ap.parse_args()
    files = [args.devset] + list(earlier[1:]) if split_seed is not None else earlier
    rows = arabic_draw(args.corpus, arabic_texts(files), args.per_corpus, args.seed)
    ids = [f"{prefix}-{i + 1:04d}" for i in range(len(rows))]
    dev = None
    if split_seed is not None:
        shuffled = list(ids)
        random.Random(args.split_seed).shuffle(shuffled)
        dev = set(shuffled[:round(dev_share * len(ids))])
    for i, d in zip(ids, rows):
        print(json.dumps({
            "id": i, "corpus": d["corpus"], "outlet": d["outlet"], "date": d["date"],
            "source": d["source"], "lang": "ar", "text": d["text"],
            "split": split if dev is None else "dev" if i in dev else "measure",
            "offset": d["offset"], "claims": []}, ensure_ascii=False))
    if dev is not None:
        print(f"split: dev {len(dev)}, measure {len(ids) - len(dev)}", file=sys.stderr)


# ---------------------------------------------------------------- English: draw, split, output


def english_draw(pool, size, n, seed, taken=frozenset()):
    """Step 4: n sentences drawn from the pools less the places (file, start) in taken."""
    n_ag = round(n * size["ag_news"] / (size["ag_news"] + size["times_of_india"]))
    drawn = []
    for collection, k in (("ag_news", n_ag), ("times_of_india", n - n_ag)):
        rest = [p for p in pool[collection] if (p[0], p[1]) not in taken]
        for name, a, b, s in random.Random(seed).sample(rest, k):
            drawn.append({"source": name, "collection": collection, "start": a, "end": b, "text": s})
    return drawn


def english_split(ids, split_seed, dev_share=0.6):
    """Step 5: id -> dev for the first 60 % (dev_share) of the shuffled ids, measure for the rest."""
    order = list(ids)
    random.Random(split_seed).shuffle(order)
    n_dev = round(dev_share * len(order))
    return {i: ("dev" if k < n_dev else "measure") for k, i in enumerate(order)}


def english_sets(*scripts):
    """The (n, seed) of earlier English sets, read from their scripts (folder/module, such as
    "devset2/sample_en"), in the order given: the `earlier` of english_main."""
    out = []
    for script in scripts:
        folder, module = script.split("/")
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), folder)
        if path not in sys.path:
            sys.path.insert(0, path)
        m = importlib.import_module(module)
        out.append((m.DRAWN, m.SEED))
    return out


def english_main(argv, prefix, n, seed, earlier=(), split_seed=None):
    """Prints the draw of an English set: JSON lines, or with --counts the pools and the numbers
    drawn, or (with split_seed) with --split id<TAB>split.

    argv: the options and the corpus folder (default ../shared/corpus/english-news-dev); prefix:
    the ids' prefix (dev3-en); n, seed: the draw; earlier: the (n, seed) of the earlier sets in
    the order they were drawn, each of them drawn clear of those before it.
    """
    args = [a for a in argv if not a.startswith("--")]
    folder = args[0] if args else "../shared/corpus/english-news-dev"
    pool, size, total = english_pools(folder)
    taken = set()
    for k, s in earlier:
        taken |= {(d["source"], d["start"]) for d in english_draw(pool, size, k, s, taken)}
    drawn = english_draw(pool, size, n, seed, taken)
    for i, d in enumerate(drawn, 1):
        d["id"] = "%s-%04d" % (prefix, i)
    if "--counts" in argv:
        for c in pool:
            print("%s: %d bytes, %d sentences, %d in the pool, %d drawn"
                  % (c, size[c], total[c], len(pool[c]), sum(d["collection"] == c for d in drawn)))
    elif "--split" in argv and split_seed is not None:
        parts = english_split((d["id"] for d in drawn), split_seed)
        for d in drawn:
            print("%s\t%s" % (d["id"], parts[d["id"]]))
    else:
        for d in drawn:
            print(json.dumps({"id": d["id"], "source": d["source"], "collection": d["collection"],
                              "start": d["start"], "end": d["end"], "text": d["text"]},
                             ensure_ascii=False))


FIRST_DEVSET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "devset", "devset.jsonl")


def first_devset_places(pool):
    """(file, start) of the pool sentences that equal, contain or are contained in an English
    sentence of the first devset."""
    texts = set_texts([FIRST_DEVSET], "en")
    out = set()
    for rows in pool.values():
        for name, a, _, s in rows:
            c = collapse(s)
            if any(c == e or c in e or e in c for e in texts):
                out.add((name, a))
    return out


def english_split_main(argv, prefix, n, seed, earlier, split_seed, dev_share):
    """Prints the draw of an English set split once (devset5 on), drawn clear of the first devset's
    texts as well as of the earlier sets: JSON lines, or with --counts the pools, what was left out
    and the numbers drawn per split, with --split id<TAB>split, with --skeleton the set's lines
    (outlet and date from the corpus manifest.tsv, claims: [] to be annotated).

    argv, prefix, n, seed, earlier: as for english_main; split_seed, dev_share: the split (step 5
    with dev_share of the ids in dev).
    """
    args = [a for a in argv if not a.startswith("--")]
    folder = args[0] if args else "../shared/corpus/english-news-dev"
    pool, size, total = english_pools(folder)
    first = first_devset_places(pool)
    taken = set(first)
    for k, s in earlier:
        taken |= {(d["source"], d["start"]) for d in english_draw(pool, size, k, s, taken)}
    drawn = english_draw(pool, size, n, seed, taken)
    ids = ["%s-%04d" % (prefix, i) for i in range(1, len(drawn) + 1)]
    parts = english_split(ids, split_seed, dev_share)
    if "--counts" in argv:
        print("first devset: %d pool sentences left out" % len(first))
        print("earlier sets: %d pool sentences left out in all" % len(taken))
        for c in pool:
            rest = sum(1 for p in pool[c] if (p[0], p[1]) not in taken)
            print("%s: %d bytes, %d sentences, %d in the pool, %d left after the earlier sets, %d drawn, %d dev, %d measure"
                  % (c, size[c], total[c], len(pool[c]), rest,
                     sum(d["collection"] == c for d in drawn),
                     sum(d["collection"] == c and parts[i] == "dev" for i, d in zip(ids, drawn)),
                     sum(d["collection"] == c and parts[i] == "measure" for i, d in zip(ids, drawn))))
        return
    if "--split" in argv:
        for i in ids:
            print("%s\t%s" % (i, parts[i]))
        return
    meta = manifest(folder) if "--skeleton" in argv else {}
    for i, d in zip(ids, drawn):
        if "--skeleton" in argv:
            row = meta.get(d["source"], {})
            print(json.dumps({"id": i, "outlet": row.get("outlet") or None, "date": row.get("date") or None,
                              "source": d["source"], "start": d["start"], "end": d["end"], "lang": "en",
                              "split": parts[i], "text": d["text"], "claims": []}, ensure_ascii=False))
        else:
            print(json.dumps({"id": i, "source": d["source"], "collection": d["collection"],
                              "start": d["start"], "end": d["end"], "text": d["text"]},
                             ensure_ascii=False))
