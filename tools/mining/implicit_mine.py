#!/usr/bin/env python3
"""Mining of implicit counts (issue 16, helper implicit18): candidate sentences of the
development corpora whose count is written with no numeral, grouped by construction and ranked by
frequency, with what the extractor makes of each.

Run from the repository root, after extracting the corpora with the CLI jar:

    java -jar cli/target/countercheck-cli-all.jar extract --format jsonl \
        ../shared/corpus/arabic-news-2013 > /tmp/x-2013.jsonl      (and saudi-news-2015-dev,
        english-news-dev likewise)
    python3 tools/mining/implicit_mine.py ar /tmp/x-2013.jsonl /tmp/x-saudi.jsonl > groups.txt
    python3 tools/mining/implicit_mine.py en /tmp/x-en.jsonl > groups.txt
    python3 tools/mining/implicit_mine.py ar ... --sample GROUP --n 25 --seed 18

Sentences: cut as `claims/src/test/resources/devset_sampling.py` cuts them; every sentence that
overlaps a sentence of any devset (every devset*/devset*.jsonl, found by file and offset, or by its text in
its source file) or repeats its text is left out, so no devset sentence is read. A candidate is a
sentence with a casualty or arrest cue (lexicon `events.*.cues`, KILLED INJURED ARRESTED MISSING)
and, within four words of it, a human noun in the singular or dual (`subjects.*.singular/dual`,
or a word of the dual form whose stem is a singular of the lexicon), «أحد/إحدى» before a plural,
or, in English, "a/an/another/one" (+ up to two words) before a singular noun of people, or
"one of". The group key is the noun's form and class and the words between it and the cue,
normalized to lexicon classes. Each candidate is judged against the claims the extractor made in
it: a claim whose span covers the noun with value 1 (singular) or 2 (dual) is a HIT, another
claim covering the noun is WRONG, none is NONE. No article text is written anywhere but standard
output.
"""
import argparse
import collections
import glob
import json
import os
import random
import re

import mining
from mining import ds

CORPUS = os.path.normpath(mining.CORPUS)
LEX = mining.LEXICON
RES = mining.RES
DEVSETS = sorted(os.path.relpath(p, RES) for p in glob.glob(os.path.join(RES, "devset*", "devset*.jsonl")))
CASUALTY = ("KILLED", "INJURED", "ARRESTED", "MISSING")
TASHKEEL = re.compile("[\u064B-\u065F\u0670\u0640]")


def norm(s):
    s = TASHKEEL.sub("", s)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"),
                 ("ؤ", "و"), ("ئ", "ي")):
        s = s.replace(a, b)
    return s.lower()


def corpus_files(lang):
    names = ["arabic-news-2013", "saudi-news-2015-dev"] if lang == "ar" else ["english-news-dev"]
    out = {}
    for n in names:
        d = os.path.join(CORPUS, n)
        for f in sorted(os.listdir(d)):
            if f.endswith(".txt") and not f.startswith("README"):
                out[f] = os.path.join(d, f)
    return out


def excluded_ranges(files):
    """(file -> list of (start, end)) of devset sentences, and the set of their collapsed texts."""
    ranges = collections.defaultdict(list)
    texts = set()
    for rel in DEVSETS:
        for line in open(os.path.join(RES, rel), encoding="utf-8"):
            if not line.strip():
                continue
            r = json.loads(line)
            t = r.get("text") or r.get("sentence") or ""
            texts.add(ds.collapse(t))
            src = r.get("source")
            if src not in files:
                continue
            if "start" in r and "end" in r:
                ranges[src].append((r["start"], r["end"]))
                continue
            off = r.get("offset")
            if off is None:
                with open(files[src], encoding="utf-8", newline="") as fh:
                    off = fh.read().find(t)
                if off < 0:
                    continue
            ranges[src].append((off, off + len(t)))
    return ranges, texts


def sentences(lang, files):
    ranges, texts = excluded_ranges(files)
    for f, path in files.items():
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        cut = ds.arabic_sentences(text) if lang == "ar" else (
            (a, text[a:b]) for a, b in ds.english_sentences(text))
        for off, s in cut:
            end = off + len(s)
            if any(a < end and off < b for a, b in ranges.get(f, ())):
                continue
            if ds.collapse(s) in texts:
                continue
            yield f, off, s


class Lex:
    def __init__(self, lang):
        d = json.load(open(os.path.join(LEX, lang + ".json"), encoding="utf-8"))
        self.lang = lang
        self.cues = {}
        for ev, sec in d["events"].items():
            for c in sec.get("cues", []) + sec.get("counted", []):
                self.cues.setdefault(tuple(norm(c).split()), ev)
            for c in sec.get("dual", []):
                self.cues.setdefault(tuple(norm(c).split()), ev)
        self.event_dual = {tuple(norm(c).split()) for sec in d["events"].values()
                           for c in sec.get("dual", [])}
        self.subj = {}
        for s, sec in d["subjects"].items():
            for num in ("singular", "dual", "plural"):
                for c in sec.get(num, []):
                    self.subj.setdefault(tuple(norm(c).split()), (s, num))
        self.singular_stems = {k[0]: v[0] for k, v in self.subj.items()
                               if len(k) == 1 and v[1] == "singular"}
        self.maxlen = max(len(k) for k in list(self.cues) + list(self.subj))
        self.one_of = {norm(w) for w in d["constructions"].get("ONE_OF", [])} if lang == "ar" else set()
        self.partitive = {tuple(norm(w).split()) for w in d.get("partitive", [])}


PROCLITICS = ("و", "ف", "ب", "ك", "ل")


def ar_forms(tok):
    """The token and its forms with proclitics and the article stripped."""
    out = [tok]
    t = tok
    for _ in range(2):
        if len(t) > 3 and t[0] in PROCLITICS:
            t = t[1:]
            out.append(t)
    for x in list(out):
        if x.startswith("ال") and len(x) > 4:
            out.append(x[2:])
        if x.startswith("لل") and len(x) > 4:
            out.append(x[2:])
    return out


AR_TOKEN = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0670-\u06D3\u0640\u064B-\u065F]+|[0-9]+|[A-Za-z]+|[^\s]")
EN_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*|[0-9][0-9,.]*|[^\sA-Za-z0-9]")


def tag_tokens(lex, s):
    """Tokens with offsets and lexicon tags: ('CUE', event, length), ('SUBJ', subject, number,
    length), ('DUALFORM', subject), ('ONE',), ('NUM',), ('PUNCT',), or None."""
    toks = [(m.start(), m.end(), m.group()) for m in (AR_TOKEN if lex.lang == "ar" else EN_TOKEN).finditer(s)]
    normed = [norm(t[2]) for t in toks]
    tags = [None] * len(toks)
    i = 0
    while i < len(toks):
        t = normed[i]
        if not re.match(r"\w", t):
            tags[i] = ("PUNCT", t)
            i += 1
            continue
        if t[0].isdigit() or lex.lang == "ar" and ds.is_number_word(toks[i][2]) and (i, t) and \
                not any(f in lex.event_dual or (f,) in lex.subj for f in ar_forms(t)):
            tags[i] = ("NUM",)
            i += 1
            continue
        found = None
        for n in range(min(lex.maxlen, len(toks) - i), 0, -1):
            firsts = ar_forms(t) if lex.lang == "ar" else [t]
            for f in firsts:
                key = (f,) + tuple(normed[i + 1:i + n])
                if key in lex.cues:
                    found = ("CUE", lex.cues[key], n, key in lex.event_dual)
                    break
                if key in lex.subj:
                    found = ("SUBJ",) + lex.subj[key] + (n,)
                    break
            if found:
                break
        if found:
            tags[i] = found
            i += found[-1] if found[0] == "SUBJ" else found[2]
            continue
        forms = ar_forms(t) if lex.lang == "ar" else [t]
        if lex.lang == "ar":
            if any(f in lex.one_of for f in forms):
                tags[i] = ("ONE",)
            else:
                for f in forms:
                    for suf in ("تان", "تين", "ان", "ين"):
                        if f.endswith(suf) and len(f) > len(suf) + 2:
                            stem = f[:-len(suf)]
                            cand = [stem, stem + "ه"] if suf.startswith("ت") else [stem]
                            for c in cand:
                                if c in lex.singular_stems:
                                    tags[i] = ("DUALFORM", lex.singular_stems[c])
                            if tags[i]:
                                break
                    if tags[i]:
                        break
        i += 1
    return toks, normed, tags


def human(tag):
    return tag and tag[0] == "SUBJ" and tag[1] not in ("AIRCRAFT", "VEHICLE")


def candidates(lex, s):
    """(noun token, expected value, group key) for each implicit candidate of sentence s."""
    toks, normed, tags = tag_tokens(lex, s)
    cues = [j for j, t in enumerate(tags) if t and t[0] == "CUE" and t[1] in CASUALTY]
    if not cues:
        return toks, []
    out = []
    for i, t in enumerate(tags):
        form = None
        if lex.lang == "ar":
            if human(t) and t[2] in ("singular", "dual"):
                form, val = t[2].upper() + ":" + t[1], 1 if t[2] == "singular" else 2
            elif t and t[0] == "DUALFORM" and t[1] not in ("AIRCRAFT", "VEHICLE"):
                form, val = "DUALFORM:" + t[1], 2
            elif t and t[0] == "CUE" and t[3]:
                form, val = "EVENTDUAL:" + t[1], 2
            elif t and t[0] == "ONE" and i + 1 < len(tags) and (human(tags[i + 1]) or (
                    tags[i + 1] and tags[i + 1][0] == "CUE")):
                form, val = "ONEOF", 1
        else:
            w = normed[i]
            if human(t) and t[2] == "singular":
                prev = normed[i - 1] if i else ""
                prev2 = normed[i - 2] if i > 1 else ""
                prev3 = normed[i - 3] if i > 2 else ""
                if prev in ("a", "an", "another", "one") or prev2 in ("a", "an", "another", "one") \
                        or prev3 in ("a", "an", "another", "one"):
                    form, val = "A_SING:" + t[1], 1
            elif w == "one" and i + 2 < len(normed) and normed[i + 1] == "of":
                form, val = "ONE_OF", 1
        if not form:
            continue
        if i > 0 and tags[i - 1] and tags[i - 1][0] == "NUM":
            continue  # a numeral counts it: not implicit
        near = min(cues, key=lambda j: abs(j - i))
        if abs(near - i) > 5:
            continue
        lo, hi = sorted((near, i))
        between = []
        for t2 in tags[lo + 1:hi]:
            between.append("." if t2 is None else t2[0] if t2[0] != "PUNCT" else t2[1])
        side = "CUE<" if near < i else ">CUE"
        key = "%s %s [%s] %s" % (form.split(":")[0], side, " ".join(between), tags[near][1])
        out.append((i, val, key))
    return toks, out


def load_claims(paths):
    by_doc = collections.defaultdict(list)
    for p in paths:
        for line in open(p, encoding="utf-8"):
            c = json.loads(line)
            by_doc[c["document"]].append(c)
    return by_doc


def judge(claims, off, tok, val):
    a, b = off + tok[0], off + tok[1]
    covering = [c for c in claims if c["span"]["start"] < b and a < c["span"]["end"]]
    if any(c["quantity"].get("value") == val for c in covering):
        return "HIT", covering
    if covering:
        return "WRONG", covering
    return "NONE", covering


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("lang", choices=["ar", "en"])
    ap.add_argument("claims", nargs="+", help="extract --format jsonl outputs of the corpora")
    ap.add_argument("--sample", help="print a random sample of this group key (or prefix)")
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--verdict", help="sample only candidates of this verdict (HIT, WRONG, NONE)")
    args = ap.parse_args()
    lex = Lex(args.lang)
    claims = load_claims(args.claims)
    groups = collections.defaultdict(list)
    nsent = 0
    for f, off, s in sentences(args.lang, corpus_files(args.lang)):
        nsent += 1
        toks, cands = candidates(lex, s)
        for i, val, key in cands:
            verdict, cov = judge(claims.get(f, []), off, toks[i], val)
            groups[key].append((f, off, s, toks[i], val, verdict, cov))
    if args.sample:
        print_sample(groups, args.sample, args.verdict, args.n, args.seed)
        return
    print("sentences read (devsets left out): %d" % nsent)
    ranked = sorted(groups.items(), key=lambda kv: -len(kv[1]))
    byform = collections.Counter()
    for k, v in groups.items():
        for r in v:
            byform[(k.split()[0], r[5])] += 1
    print("by form:", dict(sorted(byform.items())))
    for k, v in ranked[:args.top]:
        c = collections.Counter(r[5] for r in v)
        print("%5d  hit %4d wrong %3d none %4d  %s" % (len(v), c["HIT"], c["WRONG"], c["NONE"], k))


def print_sample(groups, prefix, verdict, n, seed, before=100, after=80):
    """A seeded sample of the judged candidates of the groups whose key starts with prefix (of one
    verdict if given): verdict, place, token and value, the claims covering it, the text around."""
    rows = [r for k, v in groups.items() if k.startswith(prefix) for r in v
            if not verdict or r[5] == verdict]
    rows.sort(key=lambda r: (r[0], r[1], r[3][0]))
    rng = random.Random(seed)
    for r in rng.sample(rows, min(n, len(rows))):
        f, off, s, tok, val, v, cov = r
        print("%s %s@%d [%s=%d] %s" % (v, f, off, tok[2], val,
              "; ".join("%s %s %s %s" % (c["text"], c["quantity"].get("value"), c["event"], c["subject"]) for c in cov)))
        print("   " + s[max(0, tok[0] - before):tok[1] + after].replace("\n", " "))
    print("sample %d of %d" % (min(n, len(rows)), len(rows)))


if __name__ == "__main__":
    main()
