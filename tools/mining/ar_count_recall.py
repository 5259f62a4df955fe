#!/usr/bin/env python3
"""Mines the Arabic development corpora for explicit counts near a casualty, arrest,
displacement or crowd cue that the extractor leaves without a claim of that event (issue 16,
Arabic recall). Python 3, standard library only; run from the repository root:

    java -jar cli/target/countercheck-cli-all.jar extract --format jsonl --lang ar \
        ../shared/corpus/arabic-news-2013 > /tmp/c2013.jsonl
    java -jar cli/target/countercheck-cli-all.jar extract --format jsonl --lang ar \
        ../shared/corpus/saudi-news-2015-dev > /tmp/c2015.jsonl
    python3 tools/mining/ar_count_recall.py --claims /tmp/c2013.jsonl /tmp/c2015.jsonl \
        --out /tmp/candidates.tsv [--top 40] [--sample GROUP --n 25 --seed 1]

Procedure:
1. Sentences: every article of `saudi-news-2015-dev` and `arabic-news-2013`, cut as the devsets
   are (`devset_sampling.arabic_sentences`); a sentence whose text (white space collapsed) equals,
   contains or is contained in an Arabic sentence of any devset (devset to devset5) is left out.
2. Numbers: a token of digits, or an Arabic number word of `devset_sampling` (cardinals, vague
   amounts; the dual nouns are left out: they are implicit counts, another helper's class). Years
   (1900-2099 in digits), clock times and dates (a digit token with ':' or '/') are left out.
3. Cues: the words of `lexicon/ar.json` `events.*.cues`, `events.*.counted` (all events but
   DEPLOYED), matched as the extractor matches them (normalized, proclitics و ف ب ك ل and ال
   stripped, multi-word entries word for word). A number is a candidate when the nearest cue
   within WINDOW tokens (before or after, no full stop between) gives an event and the
   extractor's claims (`--claims`, JSON lines of `extract`) hold no claim whose span covers the
   number with that event (no claim, OTHER, or another event).
4. Groups: the construction is the word pattern from the cue to the number (or the number to the
   cue), each word replaced by its lexicon class (CUE:<event>, SUBJ:<subject>, NUM, PART for a
   partitive, TOLL for a toll noun or verb), grammar words (function words, prepositions,
   conjunctions) kept as they are, other words as `w`; plus the class of the word after the
   number. Groups are ranked by how many candidates they hold.
No article text is written to the repository: the candidates go to --out (outside the repo).
"""
import argparse
import collections
import json
import os
import random
import re
import sys

import mining
from mining import ds

LEXICON = os.path.join(mining.LEXICON, "ar.json")
DEVSETS = ["devset/devset.jsonl", "devset2/devset2-ar.jsonl", "devset3/devset3-ar.jsonl",
           "devset4/devset4-ar.jsonl", "devset5/devset5-ar.jsonl"]
WINDOW = 6
EVENTS = ["KILLED", "INJURED", "ARRESTED", "MISSING", "DISPLACED", "PARTICIPATED"]
WORD = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9][0-9\u0660-\u0669\u06F0-\u06F9.,:/٫٬]*"
                  r"|[\u0621-\u064A\u0670-\u06D3\u0640\u064B-\u065F]+|[^\s\w]", re.UNICODE)
DIGITS = re.compile(r"^[0-9\u0660-\u0669\u06F0-\u06F9]")
STOPS = {".", "؟", "?", "!", "؛", ";", ":"}
CLITICS = ["و", "ف", "ب", "ك", "ل"]


def norm(token):
    t = ds.normalize(token)
    return t.replace("ؤ", "و").replace("ئ", "ي")


def stems(token):
    """The forms of a token the matcher compares: whole, without one or two proclitics, without
    the article."""
    t = norm(token)
    out = [t]
    cur = [t]
    for _ in range(2):
        nxt = []
        for c in cur:
            if len(c) > 3 and c[0] in CLITICS:
                nxt.append(c[1:])
            if c.startswith("ال") and len(c) > 4:
                nxt.append(c[2:])
            if c.startswith("لل") and len(c) > 4:
                nxt.append(c[2:])
        out += nxt
        cur = nxt
    return out


def load_lexicon():
    d = json.load(open(LEXICON, encoding="utf-8"))
    phrases = {}  # tuple of normalized words -> class

    def add(entries, cls):
        for e in entries:
            key = tuple(norm(w) for w in e.split())
            phrases.setdefault(key, cls)

    for ev, sec in d["events"].items():
        if ev in EVENTS:
            add(sec.get("cues", []), "CUE:" + ev)
            add(sec.get("counted", []), "CUE:" + ev)
    for subj, sec in d["subjects"].items():
        for k in ("singular", "plural", "dual"):
            add(sec.get(k, []), "SUBJ:" + subj)
    add(d.get("partitive", []), "PART")
    add(d.get("others", []), "OTHERS")
    add(d.get("tollVerbs", []), "TOLL")
    c = d.get("constructions", {})
    add(c.get("TOLL_NOUN", []), "TOLL")
    add(c.get("TOLL_HEAD", []), "TOLL")
    grammar = set()
    for e in d.get("functionWords", []) + d.get("conjunctions", []) + d.get("clauseOpeners", []):
        grammar.add(norm(e))
    for v in d.get("words", {}).values():
        if isinstance(v, list):
            grammar.update(norm(e) for e in v)
    return phrases, grammar


def tokens(sentence):
    return [(m.start(), m.group()) for m in WORD.finditer(sentence)]


def is_number(tok):
    if DIGITS.match(tok):
        if ":" in tok or "/" in tok:
            return False
        digits = tok.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"))
        if re.fullmatch(r"(19|20)\d\d", digits):
            return False
        return True
    return ds.is_number_word(tok) and norm(tok) not in ds.DUAL_NOUNS and not any(
        norm(tok) == p + d for p in ds.PREFIXES for d in ds.DUAL_NOUNS)


def classify(toks, phrases, grammar):
    """Per token: its class and the length of the phrase it opens (classes of multi-word
    phrases go to their first token)."""
    n = len(toks)
    cls = [None] * n
    i = 0
    maxlen = max(len(k) for k in phrases)
    while i < n:
        hit = None
        for L in range(min(maxlen, n - i), 0, -1):
            forms = [stems(toks[i][1])] + [[norm(t[1])] for t in toks[i + 1:i + L]]
            for f in forms[0]:
                key = (f,) + tuple(x[0] for x in forms[1:])
                if key in phrases:
                    hit = (phrases[key], L)
                    break
            if hit:
                break
        if hit:
            for j in range(i, i + hit[1]):
                cls[j] = hit[0] if j == i else "+"
            i += hit[1]
            continue
        t = toks[i][1]
        if is_number(t):
            cls[i] = "NUM"
        elif norm(t) in grammar or len(t) == 1 and not t.isalnum():
            cls[i] = norm(t)
        else:
            cls[i] = "w"
        i += 1
    return cls


def excluded_texts():
    out = []
    for f in DEVSETS:
        out += ds.arabic_texts([os.path.join(mining.RES, f)])
    return out


def load_claims(files):
    by_doc = collections.defaultdict(list)
    for f in files:
        for line in open(f, encoding="utf-8"):
            c = json.loads(line)
            by_doc[c["document"]].append((c["span"]["start"], c["span"]["end"], c["event"],
                                          c["subject"]))
    return by_doc


def status(claims, pos, end):
    evs = [(e, s) for a, b, e, s in claims if a <= pos < b or a < end <= b]
    return evs


def sentence_candidates(s, off, claims, phrases, grammar):
    """The candidates of one sentence at offset off: (number index, cue index, event, state,
    offset), with the tokens and their classes."""
    toks = tokens(s)
    cls = classify(toks, phrases, grammar)
    cands = []
    for i, c in enumerate(cls):
        if c != "NUM":
            continue
        cue = nearest_cue(cls, i)
        if cue is None or unit_after(toks, i):
            continue
        j, ev = cue
        pos = off + toks[i][0]
        got = status(claims, pos, pos + len(toks[i][1]))
        near = cues_near(cls, i)
        if any(e in near for e, _ in got):
            continue
        state = "NONE" if not got else "/".join(sorted({e for e, _ in got}))
        cands.append((i, j, ev, state, pos))
    return toks, cls, cands


def rows_of(name, fn, s, toks, cls, cands):
    return [dict(corpus=name, file=fn, offset=pos, event=ev, state=state,
                 pattern=pattern(cls, toks, i, j), after=after_class(toks, cls, i),
                 sentence=" ".join(s.split()), number=toks[i][1], cue=toks[j][1])
            for i, j, ev, state, pos in cands]


def mine(corpus, claim_files):
    phrases, grammar = load_lexicon()
    by_doc = load_claims(claim_files)
    excl = excluded_texts()
    out = []
    for name in ds.ARABIC_CORPORA:
        folder = os.path.join(corpus, name)
        for fn in sorted(os.listdir(folder)):
            if not fn.endswith(".txt"):
                continue
            text = open(os.path.join(folder, fn), encoding="utf-8", newline="").read()
            claims = by_doc.get(fn, [])
            for off, s in ds.arabic_sentences(text):
                if not ds.arabic_has_number(s):
                    continue
                toks, cls, cands = sentence_candidates(s, off, claims, phrases, grammar)
                if not cands:
                    continue
                cs = ds.collapse(s)
                if any(x in cs or cs in x for x in excl):
                    continue
                out += rows_of(name, fn, s, toks, cls, cands)
    return out


def mine_pool(pool_dir, claim_files):
    """The same over the mining pool of ar_pool.py (pool.txt, one sentence a line, every devset
    already left out; the claims of `extract` over pool.txt)."""
    phrases, grammar = load_lexicon()
    text = open(os.path.join(pool_dir, "pool.txt"), encoding="utf-8").read()
    # the spans of `extract` count UTF-16 units; Python strings count code points
    units, cp = {}, 0
    for k, ch in enumerate(text):
        units[cp] = k
        cp += 2 if ord(ch) > 0xFFFF else 1
    units[cp] = len(text)
    claims = [(units.get(a, a), units.get(b, b), e, sj)
              for cs in load_claims(claim_files).values() for a, b, e, sj in cs]
    claims.sort()
    out = []
    k = 0
    for n, m in enumerate(re.finditer(r"[^\n]+", text)):
        s, off, end = m.group(), m.start(), m.end()
        while k < len(claims) and claims[k][0] < off:
            k += 1
        here = []
        q = k
        while q < len(claims) and claims[q][0] < end:
            here.append(claims[q])
            q += 1
        toks, cls, cands = sentence_candidates(s, off, here, phrases, grammar)
        out += rows_of("pool", str(n), s, toks, cls, cands)
    return out


UNITS = None


def unit_after(toks, i):
    """Whether the word after number i is a unit of time, age, money, measure or share (the
    number is a duration, an age, a price: no count of people)."""
    global UNITS
    if UNITS is None:
        UNITS = {norm(x) for x in (
            "سنة سنوات عاما عام يوما يوم أيام ساعة ساعات شهر شهرا أشهر شهور دقيقة دقائق أسبوع"
            " أسابيع % بالمائة بالمئة المائة المئة جنيه جنيها دولار دولارا ريال ريالا درهم مترا"
            " متر كيلو كم طن هجرية هـ م").split()}
    if i + 1 >= len(toks):
        return False
    a = norm(toks[i + 1][1])
    return a in UNITS or a[:1] in "بلو" and a[1:] in UNITS


def cues_near(cls, i):
    """The events of every cue within WINDOW tokens of number i, no full stop between."""
    out = set()
    for j in range(max(0, i - WINDOW), min(len(cls), i + WINDOW + 1)):
        if cls[j] and cls[j].startswith("CUE:"):
            lo, hi = min(i, j), max(i, j)
            if not any(cls[k] in STOPS for k in range(lo, hi)):
                out.add(cls[j][4:])
    return out


def after_class(toks, cls, i):
    """The class of the word right after number i, finer than `classify` for the words no lexicon
    knows: a preposition on an indefinite word (بطلقات), a construct plural in ي (فنيي), «ممن», a
    verb form (…وا، يـ…ون), a human plural form (…ين، …ون), or `w`."""
    if i + 1 >= len(toks):
        return "END"
    c = cls[i + 1]
    if c != "w":
        return "CUE" if c and c.startswith("CUE:") else c
    a = norm(toks[i + 1][1])
    if a in ("ممن", "مما"):
        return a
    b = a[1:] if a[:1] in "وف" else a
    if b[:1] in "بل" and not b.startswith("ال") and not b.startswith("لل"):
        return "bPREP"
    if b.startswith("بال") or b.startswith("لل"):
        return "PREP-al"
    if b.endswith("وا") or (b[:1] in "يت" and b.endswith("ون")):
        return "VERB"
    if b.endswith("ين") or b.endswith("ون"):
        return "HPL"
    if b.endswith("ي") and i + 2 < len(toks) and cls[i + 2] == "w":
        return "CONSTR"
    return "w"


def nearest_cue(cls, i):
    best = None
    for d in range(1, WINDOW + 1):
        for j in (i + d, i - d):
            if 0 <= j < len(cls) and cls[j] and cls[j].startswith("CUE:"):
                lo, hi = min(i, j), max(i, j)
                if any(cls[k] in STOPS for k in range(lo, hi)):
                    continue
                return j, cls[j][4:]
    return best


def pattern(cls, toks, i, j):
    def c(k):
        x = cls[k]
        if x == "+":
            return None
        if x.startswith("CUE:"):
            return "CUE"
        return x
    lo, hi = min(i, j), max(i, j)
    seq = [c(k) for k in range(lo, hi + 1)]
    seq = [x for x in seq if x is not None]
    after = c(i + 1) if i + 1 < len(cls) and j != i + 1 else None
    if i < j:
        return " ".join(seq) + ("" if after is None else "")
    return " ".join(seq) + (" | " + after if after else " |")


def group(r):
    """The construction: the cue's side and distance (words between), and the class of the word
    after the number."""
    p = r["pattern"].split(" | ")[0].split()
    side = "CUE<" if p[0] == "CUE" else ">CUE"
    inner = p[1:-1]
    between = " ".join(x for x in inner if x not in ("w",)) or "-"
    gap = sum(1 for x in inner if x == "w")
    return f"{side} gap{min(gap, 3)} [{between}] after:{r['after']}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=mining.CORPUS)
    ap.add_argument("--claims", nargs="+", required=True)
    ap.add_argument("--pool", help="the folder of ar_pool.py: mine pool.txt instead of the corpora")
    ap.add_argument("--out", required=True)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--sample")
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rows = mine_pool(a.pool, a.claims) if a.pool else mine(a.corpus, a.claims)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in rows:
        r["group"] = group(r)
    groups = collections.Counter(r["group"] for r in rows)
    print(f"{len(rows)} candidates, {len(groups)} groups", file=sys.stderr)
    for p, n in groups.most_common(a.top):
        states = collections.Counter(r["state"] for r in rows if r["group"] == p)
        print(f"{n}\t{p}\t{dict(states)}")
    if a.sample:
        members = [r for r in rows if r["group"] == a.sample]
        for r in random.Random(a.seed).sample(members, min(a.n, len(members))):
            print(f"{r['file']}@{r['offset']}\t{r['state']}\t{r['number']}~{r['cue']}\t{r['sentence']}")


if __name__ == "__main__":
    main()
