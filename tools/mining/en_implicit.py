#!/usr/bin/env python3
"""English counts written without a numeral (issue 16, branch en21implicit): the constructions of
english-news-dev, outside every devset (devset to devset7, by place and by text), ranked by how
often they occur, with what the extractor makes of each occurrence.

    java -jar cli/target/countercheck-cli-all.jar extract --format jsonl \
        ../shared/corpus/english-news-dev/*.txt > /tmp/x-en.jsonl
    python3 tools/mining/en_implicit.py /tmp/x-en.jsonl                       # the ranking
    python3 tools/mining/en_implicit.py /tmp/x-en.jsonl --group SING_BEFORE_CUE:unknown --n 25
    python3 tools/mining/en_implicit.py /tmp/x-en.jsonl --nouns SING_BEFORE_CUE  # words, ranked

Constructions (regular expressions over the lower-cased sentence; the group `c` is what counts):
  SING_BEFORE_CUE  "a/an/another (up to three words) NOUN (was|has been|...) CUE": "a cook was
                   stabbed to death", "a policeman was killed"
  CUE_THEN_SING    a casualty verb, then "a/an (up to three words) NOUN": "killed a shopkeeper"
  INCLUDING_SING   "including a/an (words) NOUN": a singular part of a count
  ANOTHER_NOUN     "another NOUN (words) CUE": "another victim ... succumbed"
  KIN_LIST         "his/her/their KIN and (his/her) KIN were CUE": "his wife and son were killed"
  ONE_OF_THE       "one of the (N) (words)" with a casualty cue in the sentence
  N_OF_THEM        "two/three ... of them/whom"
  BOTH             "both (the) NOUN" or ", both" near a cue
  COUPLE           "a couple" near a cue
  DEF_SING         "the NOUN (was|has been) CUE": a definite singular (mostly one told of before)
Each occurrence is judged against the claims that cover the counting words: HIT (a claim of the
expected value: 1, or 2 for "both"/"a couple", or the numeral), OTHERVAL (a claim covering it with
another value or event OTHER), NONE. The noun class is the lexicon's (`subjects.*.singular`) or
"unknown". No article text is written anywhere but standard output.
"""
import argparse
import collections
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import implicit_mine as m  # noqa: E402

RES = m.RES
m.DEVSETS = sorted(os.path.relpath(os.path.join(d, f), RES)
                   for d in [os.path.join(RES, x) for x in os.listdir(RES) if x.startswith("devset")]
                   if os.path.isdir(d) for f in os.listdir(d) if f.endswith(".jsonl"))

CUE = (r"(?:killed|shot dead|shot|stabbed to death|stabbed|wounded|injured|hurt|arrested|detained|"
       r"beheaded|executed|hanged|murdered|missing|died|dies|dead|burnt alive|burned alive|"
       r"burnt to death|burned to death|lynched|gunned down|hacked to death|beaten to death|"
       r"succumbed|perished|drowned|taken into custody|picked up|rounded up|nabbed|held|"
       r"hospitali[sz]ed|admitted|rushed to|slain|assassinated|electrocuted|crushed)")
AUX = r"(?:(?:was|were|is|are|has been|had been|have been|got|has|had|also|later|reportedly|allegedly|" \
      r"critically|seriously|grievously|badly|fatally|severely|too|then|subsequently|been|being)\s+)*"
W = r"[a-z][a-z\-']*"
NUMW = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
KIN = r"(?:wife|husband|son|sons|daughter|daughters|mother|father|brother|brothers|sister|sisters|" \
      r"child|children|nephew|niece|grandson|granddaughter|uncle|aunt|cousin|parents|family)"
CONS = {
    "SING_BEFORE_CUE": re.compile(r"\b(?P<c>an?|another|one)\s+(?P<mod>(?:" + W + r"\s+){0,3}?)(?P<n>" + W
                                  + r")\s*(?:,[^,]{1,60},\s*)?" + AUX + r"(?P<cue>" + CUE + r")\b"),
    "CUE_THEN_SING": re.compile(r"\b(?P<cue>" + CUE + r"|kill|killing|kills|arresting|arrests|injuring|"
                                r"wounding|stabbing|shooting)\s+(?P<c>an?)\s+(?P<mod>(?:" + W
                                + r"\s+){0,3}?)(?P<n>" + W + r")\b"),
    "INCLUDING_SING": re.compile(r"\bincluding\s+(?P<c>an?)\s+(?P<mod>(?:" + W + r"\s+){0,3}?)(?P<n>" + W
                                 + r")\b"),
    "ANOTHER_NOUN": re.compile(r"\b(?P<c>another)\s+(?P<n>" + W + r")\b(?:\s+" + W + r"){0,6}\s+"
                               + AUX + r"(?P<cue>" + CUE + r")\b"),
    "KIN_LIST": re.compile(r"\b(?P<c>(?:his|her|their)\s+" + KIN + r"(?:\s*,\s*(?:his|her|their)?\s*" + KIN
                           + r")*\s+and\s+(?:his|her|their\s+)?(?:\w+\s+)?" + KIN + r")\s+" + AUX
                           + r"(?P<cue>" + CUE + r")\b"),
    "ONE_OF_THE": re.compile(r"\b(?P<c>one of (?:the|them|those|whom|these))\b"),
    "N_OF_THEM": re.compile(r"\b(?P<c>" + NUMW + r" of (?:them|whom|those|these))\b"),
    "BOTH": re.compile(r"\b(?P<c>both)\b(?:\s+(?:the|of\s+them|of\s+the))?\s+(?P<n>" + W + r")"),
    "COUPLE": re.compile(r"\b(?P<c>a couple)\b(?!\s+of\s+(?:days|hours|weeks|months|years|times|minutes))"),
    "DEF_SING": re.compile(r"\b(?P<c>the)\s+(?P<mod>(?:" + W + r"\s+){0,2}?)(?P<n>" + W + r")\s+"
                           + r"(?:was|has been|had been)\s+(?:also\s+|later\s+)?(?P<cue>" + CUE + r")\b"),
}
ANYCUE = re.compile(r"\b" + CUE + r"\b|\bkill(?:s|ing)?\b|\binjur|\bwound")
EXPECT = {"BOTH": 2, "COUPLE": 2}


def noun_classes():
    d = json.load(open(os.path.join(m.LEX, "en.json"), encoding="utf-8"))
    out = {}
    for subj, sec in d["subjects"].items():
        for form in ("singular", "plural"):
            for wd in sec.get(form, []):
                out.setdefault(wd, subj + ("" if form == "singular" else ":pl"))
    return out


def judge(claims, f, off, a, b, expect):
    got = [c for c in claims.get(f, ()) if c["span"]["start"] < off + b and off + a < c["span"]["end"]]
    if any(c["quantity"]["low"] == expect and c["event"] != "OTHER" for c in got):
        return "HIT"
    return "OTHERVAL" if got else "NONE"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("claims", nargs="+")
    ap.add_argument("--group")
    ap.add_argument("--nouns")
    ap.add_argument("--verdict")
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--seed", type=int, default=21)
    a = ap.parse_args()
    claims = m.load_claims(a.claims)
    classes = noun_classes()
    count = collections.Counter()
    verdicts = collections.defaultdict(collections.Counter)
    nouns = collections.defaultdict(collections.Counter)
    ex = collections.defaultdict(list)
    sentences = 0
    for f, off, s in m.sentences("en", m.corpus_files("en")):
        sentences += 1
        low = s.lower()
        for name, rx in CONS.items():
            for mt in rx.finditer(low):
                if name in ("ONE_OF_THE", "N_OF_THEM", "BOTH", "COUPLE") and not ANYCUE.search(low):
                    continue
                noun = mt.groupdict().get("n")
                cls = "-"
                if noun is not None:
                    mod = (mt.groupdict().get("mod") or "")
                    two = (mod.split()[-1] + " " + noun) if mod.split() else None
                    cls = classes.get(two) or classes.get(noun) or "unknown"
                    if cls.endswith(":pl") and name not in ("BOTH",):
                        continue
                    if cls in ("AIRCRAFT", "VEHICLE"):
                        continue
                expect = EXPECT.get(name, 1)
                if name == "N_OF_THEM":
                    w0 = mt.group("c").split()[0]
                    expect = int(w0) if w0.isdigit() else ["two", "three", "four", "five", "six", "seven",
                                                           "eight", "nine", "ten"].index(w0) + 2
                start = mt.start("c")
                end = mt.end("n") if noun is not None and name != "BOTH" else mt.end("c")
                v = judge(claims, f, off, start, end, expect)
                key = name + ":" + ("known" if cls not in ("unknown", "-") else cls)
                count[key] += 1
                verdicts[key][v] += 1
                if noun is not None:
                    nouns[name][(noun, v)] += 1
                ex[key].append((v, f, s, mt.group(0)))
    if a.nouns:
        tot = collections.Counter()
        for (n, v), k in nouns[a.nouns].items():
            tot[n] += k
        for n, k in tot.most_common(80):
            print(f"{k:5d} {n:20s} HIT {nouns[a.nouns][(n, 'HIT')]:4d} NONE {nouns[a.nouns][(n, 'NONE')]:4d}"
                  f" {classes.get(n, 'unknown')}")
        return
    if a.group:
        rows = [e for e in ex[a.group] if not a.verdict or e[0] == a.verdict]
        random.Random(a.seed).shuffle(rows)
        for v, f, s, mt in rows[:a.n]:
            print(f"[{v}] {f} «{mt}»\n    {s[:400]}\n")
        return
    print(f"{sentences} sentences of english-news-dev outside every devset")
    for key, k in count.most_common():
        vs = verdicts[key]
        print(f"{key:28s} {k:5d}  HIT {vs['HIT']:4d}  OTHERVAL {vs['OTHERVAL']:4d}  NONE {vs['NONE']:4d}")


if __name__ == "__main__":
    main()
