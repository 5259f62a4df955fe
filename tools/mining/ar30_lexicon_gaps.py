#!/usr/bin/env python3
"""Arabic lexicon coverage by distribution and by paradigm (branch ar30lex). Python 3, standard
library only; run from the repository root on the pool of ar_pool.py and its claims
(ExtractArPool.java):

    python3 tools/mining/ar30_lexicon_gaps.py distribution POOL CLAIMS [--top 200] [--min 4] [--people]
    python3 tools/mining/ar30_lexicon_gaps.py paradigm POOL CLAIMS [--all]
    python3 tools/mining/ar30_lexicon_gaps.py context POOL CLAIMS WORD [--n 12 --seed 30]

`distribution`: every numeral of the pool (digits or an Arabic number word, years and clock
times left out) that no claim covers, or only a claim of event OTHER, is a *missed count*; the
words of its clause (up to six words either side, not past a mark . ، ؛ : ? !) that match no
entry of any section of `ar.json` (as the extractor matches: normalized, proclitics and article
stripped; a word of a multi-word entry counts as known) are ranked by how often they stand near a
missed count against how often they occur in the pool at all (near, total, near/total), for
words seen near at least --min missed counts.

`paradigm`: the regular forms of the lexicon's event verbs (table ROOTS below: perfect and
imperfect, active and passive, 3rd person masc./fem., singular, dual and plural, the future with
«س», object suffixes, verbal nouns and participles that count) that no `events.*` section lists (the section that lists it otherwise is shown), with how
often each occurs in the pool, how often near a missed count, and near a count the claims cover.
Without --all only forms seen in the pool are printed.

`context`: a seeded sample of the pool sentences holding WORD (normalized, proclitics stripped)
near a numeral, with the claims over them, to judge a candidate. Article text goes to the
terminal only.
"""
import argparse
import collections
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mining  # noqa: E402
import ar_count_recall as acr  # noqa: E402

BREAKS = {".", "؟", "?", "!", "؛", ";", ":", "،", ","}
SPAN = 6


def lexicon_words():
    """Every normalized single-word entry of ar.json, and every word of its multi-word entries."""
    d = json.load(open(os.path.join(mining.LEXICON, "ar.json"), encoding="utf-8"))
    out = set()

    def walk(o):
        if isinstance(o, dict):
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
        elif isinstance(o, str) and len(o) < 60:
            out.update(acr.norm(w) for w in o.split())
    walk(d.get("events"))
    for k, v in d.items():
        if k not in ("language", "about", "events"):
            walk(v)
    return out


def section_of():
    """Normalized single-word entry -> the first section path of ar.json that lists it."""
    d = json.load(open(os.path.join(mining.LEXICON, "ar.json"), encoding="utf-8"))
    out = {}

    def walk(o, path):
        if isinstance(o, dict):
            for k, v in o.items():
                walk(v, path + "." + k if path else k)
        elif isinstance(o, list):
            for v in o:
                if isinstance(v, str) and " " not in v:
                    out.setdefault(acr.norm(v), path)
    walk(d, "")
    return out


def known(token, lex):
    return any(s in lex for s in acr.stems(token))


def pool_numerals(pool, claims):
    """Yields (tokens, index of a numeral, state) for every numeral of the pool: state MISSED (no
    claim, or only OTHER, covers it) or CLAIMED."""
    sents, spans = mining.pool_lines(pool, claims)
    for i, (start, text) in enumerate(sents):
        toks = acr.tokens(text)
        for j, (off, t) in enumerate(toks):
            if not acr.is_number(t):
                continue
            pos = start + off
            cover = [c for c in spans.get(i, [])
                     if c["span"]["start"] <= pos < c["span"]["end"]]
            state = "CLAIMED" if any(c["event"] != "OTHER" for c in cover) else "MISSED"
            yield text, start, toks, j, state, spans.get(i, [])


def clause(toks, j):
    """The indices of the words up to SPAN either side of j, not past a break."""
    out = []
    for step in (-1, 1):
        k = j + step
        while 0 <= k < len(toks) and abs(k - j) <= SPAN and toks[k][1] not in BREAKS:
            out.append(k)
            k += step
    return out


def word_counts(pool):
    counts = collections.Counter()
    for t in re.findall(acr.WORD, mining.pool_text(pool)):
        if re.match("[\u0621-\u064A]", t):
            for s in set(acr.stems(t)):
                counts[s] += 1
    return counts


def subject_words():
    """Normalized single-word entries of the subjects and the counted event nouns."""
    d = json.load(open(os.path.join(mining.LEXICON, "ar.json"), encoding="utf-8"))
    out = set()
    for sec in d["subjects"].values():
        for words in sec.values():
            out.update(acr.norm(w) for w in words if " " not in w)
    return out


NON_HUMAN = {acr.norm(w) for w in json.load(open(os.path.join(mining.LEXICON, "ar.json"),
                                                  encoding="utf-8"))["nonHumanPlurals"]}


def of_people(toks, j, people):
    """Whether the numeral at j counts people: the word after it (or after «من») is a subject
    noun, or an unknown word with a human plural ending."""
    for k in (j + 1, j + 2):
        if k >= len(toks):
            return False
        st = acr.stems(toks[k][1])
        if acr.is_number(toks[k][1]) or any(x in NON_HUMAN for x in st):
            return False
        if any(s in people for s in st) or st[-1].endswith(("ين", "ون")) and len(st[-1]) > 4:
            return True
        if acr.norm(toks[k][1]) != "من":
            return False
    return False


def distribution(args):
    lex = lexicon_words()
    people = subject_words() if args.people else None
    near = collections.Counter()
    total = word_counts(args.pool)
    last = None
    for text, _, toks, j, state, _ in pool_numerals(args.pool, args.claims):
        if text is not last:
            last, marked = text, set()
        if state != "MISSED" or people is not None and not of_people(toks, j, people):
            continue
        for k in clause(toks, j):
            t = toks[k][1]
            if k in marked or not re.match("[\u0621-\u064A]", t) or acr.is_number(t) \
                    or known(t, lex):
                continue
            marked.add(k)
            near[acr.stems(t)[-1]] += 1
    rows = [(n / max(total[w], n), n, total[w], w) for w, n in near.items() if n >= args.min]
    rows.sort(key=lambda r: (-r[0] * r[1] ** 0.5, -r[1]))
    print(f"{'rank':>4} {'near':>5} {'total':>6} {'ratio':>6}  word")
    for i, (ratio, n, tot, w) in enumerate(rows[:args.top], 1):
        print(f"{i:4d} {n:5d} {tot:6d} {ratio:6.2f}  {w}")


# Each root: (event, perfect 3sg masc., imperfect stem after the prefix, passive imperfect stem,
# verbal nouns, participles that count). Forms are written normalized (no hamza on alef).
ROOTS = [
    ("KILLED", "قتل", "قتل", "قتل", ["قتل", "مقتل"], ["مقتول"]),
    ("KILLED", "استشهد", "ستشهد", "ستشهد", ["استشهاد"], []),
    ("KILLED", "توفي", "توفي", "توفي", ["وفاه"], []),
    ("KILLED", "اعدم", "عدم", "عدم", ["اعدام"], []),
    ("KILLED", "غرق", "غرق", "غرق", ["غرق"], []),
    ("KILLED", "ذبح", "ذبح", "ذبح", ["ذبح"], ["مذبوح"]),
    ("KILLED", "اغتال", "غتال", "غتال", ["اغتيال"], []),
    ("KILLED", "صفي", "صفي", "صفي", ["تصفيه"], []),
    ("KILLED", "نحر", "نحر", "نحر", [], []),
    ("KILLED", "حرق", "حرق", "حرق", [], []),
    ("INJURED", "جرح", "جرح", "جرح", ["جرح"], ["مجروح"]),
    ("INJURED", "اصيب", "صيب", "صاب", ["اصابه"], ["مصاب"]),
    ("INJURED", "اسعف", "سعف", "سعف", ["اسعاف"], []),
    ("ARRESTED", "اعتقل", "عتقل", "عتقل", ["اعتقال"], ["معتقل"]),
    ("ARRESTED", "اوقف", "وقف", "وقف", ["توقيف", "ايقاف"], ["موقوف"]),
    ("ARRESTED", "احتجز", "حتجز", "حتجز", ["احتجاز"], ["محتجز"]),
    ("ARRESTED", "ضبط", "ضبط", "ضبط", ["ضبط"], ["مضبوط"]),
    ("ARRESTED", "حبس", "حبس", "حبس", ["حبس"], ["محبوس"]),
    ("ARRESTED", "سجن", "سجن", "سجن", ["سجن"], ["مسجون"]),
    ("ARRESTED", "اسر", "اسر", "اسر", ["اسر"], []),
    ("ARRESTED", "خطف", "خطف", "خطف", ["خطف"], ["مخطوف"]),
    ("ARRESTED", "اختطف", "ختطف", "ختطف", ["اختطاف"], ["مختطف"]),
    ("ARRESTED", "داهم", "داهم", "داهم", ["مداهمه"], []),
    ("MISSING", "فقد", "فقد", "فقد", ["فقدان"], ["مفقود"]),
    ("MISSING", "اختفي", "ختفي", "ختفي", ["اختفاء"], []),
    ("DISPLACED", "نزح", "نزح", "نزح", ["نزوح"], ["نازح"]),
    ("DISPLACED", "شرد", "شرد", "شرد", ["تشريد"], ["مشرد"]),
    ("DISPLACED", "هجر", "هجر", "هجر", ["تهجير"], ["مهجر"]),
    ("DISPLACED", "لجا", "لجا", "لجا", ["لجوء"], ["لاجي"]),
    ("DISPLACED", "اجلي", "جلي", "جلي", ["اجلاء"], []),
    ("PARTICIPATED", "تظاهر", "تظاهر", "تظاهر", ["تظاهر"], ["متظاهر"]),
    ("PARTICIPATED", "احتشد", "حتشد", "حتشد", ["احتشاد"], ["محتشد"]),
    ("PARTICIPATED", "تجمهر", "تجمهر", "تجمهر", ["تجمهر"], ["متجمهر"]),
    ("PARTICIPATED", "اعتصم", "عتصم", "عتصم", ["اعتصام"], ["معتصم"]),
    ("PARTICIPATED", "شارك", "شارك", "شارك", ["مشاركه"], ["مشارك"]),
    ("PARTICIPATED", "احتج", "حتج", "حتج", ["احتجاج"], ["محتج"]),
    ("PARTICIPATED", "تجمع", "تجمع", "تجمع", ["تجمع"], ["متجمع"]),
    ("PARTICIPATED", "شيع", "شيع", "شيع", ["تشييع"], ["مشيع"]),
    ("DEPLOYED", "نشر", "نشر", "نشر", ["نشر"], []),
    ("DEPLOYED", "ارسل", "رسل", "رسل", ["ارسال"], []),
    ("DEPLOYED", "انتشر", "نتشر", "نتشر", ["انتشار"], []),
    ("DEPLOYED", "عزز", "عزز", "عزز", ["تعزيز"], []),
    ("DEPLOYED", "دفع", "دفع", "دفع", ["دفع"], []),
]
OBJECTS = ["ه", "ها", "هم", "هما", "هن"]


def paradigm_forms(perf, imp, pas, nouns, parts):
    """(kind, form) pairs of one root's regular paradigm, normalized."""
    weak = perf.endswith("ي")
    base = perf[:-1] if weak else perf
    forms = [("perf.3ms", perf), ("perf.3fs", perf + "ت"), ("perf.3fs", base + "ت"),
             ("perf.3mp", base + "وا"), ("perf.3md", perf + "ا"), ("perf.3fd", base + "تا"),
             ("perf.3fp", perf + "ن")]
    for p, tag in (("ي", "3m"), ("ت", "3f")):
        forms += [(f"imp.{tag}s", p + imp), (f"imp.{tag}d", p + imp + "ان"),
                  (f"fut.{tag}s", "س" + p + imp)]
        if pas != imp:
            forms.append((f"pass.{tag}s", p + pas))
    iw = imp[:-1] if imp.endswith("ي") else imp
    forms += [("imp.3mp", "ي" + iw + "ون"), ("subj.3mp", "ي" + iw + "وا"), ("imp.3fp", "ي" + imp + "ن"),
              ("fut.3mp", "سي" + iw + "ون")]
    if pas != imp:
        forms += [("pass.3mp", "ي" + pas + "ون")]
    for o in OBJECTS:
        forms += [("perf+obj", perf + o), ("perf.3fs+obj", (base if weak else perf) + "ت" + o),
                  ("perf.3mp+obj", (base if weak else perf) + "و" + o),
                  ("imp+obj", "ي" + imp + o), ("impf+obj", "ت" + imp + o)]
    for n in nouns:
        st = n[:-1] if n.endswith("ه") else n
        forms += [("noun", n)] + [("noun+poss", st + ("ت" if n.endswith("ه") else "") + o)
                                  for o in OBJECTS]
        if n.endswith("ه"):
            forms += [("noun.pl", st + "ات")]
    for p in parts:
        forms += [("part", p), ("part.f", p + "ه"), ("part.acc", p + "ا"), ("part.pl", p + "ين"),
                  ("part.pl", p + "ون"), ("part.fpl", p + "ات"), ("part.constr", p + "ي"),
                  ("part.constr", p + "و"), ("part.dual", p + "ان"), ("part.fdual", p + "تان"),
                  ("part.fdual", p + "تين")]
    seen, out = set(), []
    for k, f in forms:
        if f not in seen:
            seen.add(f)
            out.append((k, f))
    return out


def near_states(pool, claims):
    """word stem -> Counter of states (MISSED, CLAIMED) of the numerals it stands near."""
    out = collections.defaultdict(collections.Counter)
    for _, _, toks, j, state, _ in pool_numerals(pool, claims):
        for s in {x for k in clause(toks, j) for x in acr.stems(toks[k][1])}:
            out[s][state] += 1
    return out


def paradigm(args):
    sections = section_of()
    lex = {w for w, sec in sections.items() if sec.startswith("events.")}
    total = word_counts(args.pool)
    near = near_states(args.pool, args.claims)
    print(f"{'event':12s} {'root':8s} {'kind':14s} {'form':12s} {'pool':>5} {'missed':>6} {'claimed':>7}")
    for ev, perf, imp, pas, nouns, parts in ROOTS:
        for kind, f in paradigm_forms(perf, imp, pas, nouns, parts):
            if f in lex or (total[f] == 0 and not args.all):
                continue
            n = near.get(f, {})
            print(f"{ev:12s} {perf:8s} {kind:14s} {f:12s} {total[f]:5d} {n.get('MISSED', 0):6d} "
                  f"{n.get('CLAIMED', 0):7d}  {sections.get(f, '')}")


def context(args):
    word = acr.norm(args.word)
    hits = []
    for text, start, toks, j, state, claims in pool_numerals(args.pool, args.claims):
        if any(word in acr.stems(toks[k][1]) for k in clause(toks, j)):
            hits.append((state, text, toks[j][1], claims))
    random.Random(args.seed).shuffle(hits)
    print(f"{len(hits)} numerals near {word}: "
          f"{collections.Counter(h[0] for h in hits).most_common()}")
    for state, text, num, claims in hits[:args.n]:
        print(f"--- {state} at {num}: {text[:400]}")
        for c in claims:
            print(f"    {c['event']}/{c['subject']} {c['quantity'].get('value')} «{c['text']}»")


OPTIONS = {"--top": 200, "--min": 4, "--n": 12, "--seed": 30}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["distribution", "paradigm", "context"])
    for name in ("pool", "claims"):
        ap.add_argument(name)
    ap.add_argument("word", nargs="?")
    for name, default in OPTIONS.items():
        ap.add_argument(name, type=int, default=default)
    for flag in ("--all", "--people"):
        ap.add_argument(flag, action="store_true")
    args = ap.parse_args()
    {"distribution": distribution, "paradigm": paradigm, "context": context}[args.mode](args)


if __name__ == "__main__":
    main()
