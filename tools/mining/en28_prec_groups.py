#!/usr/bin/env python3
"""English scored claims of the mining pool sorted into the mechanisms of false claims and wrong
fields that issue 16 names (labels after a noun, relief camps, attackers, hypothetical or negated
events, ages, years and dates, money, percentages, scores, things counted as people, the same
claim twice), to rank the mechanisms by their size in the pool and read a sample of one
(issue 16, branch en28prec; development text, printed only, never committed).

    python3 tools/mining/en_sentences.py ../shared/corpus/english-news-dev > /tmp/en-pool.tsv
    java -cp cli/target/countercheck-cli-all.jar tools/mining/ExtractPool.java --spans < /tmp/en-pool.tsv > /tmp/spans.tsv
    python3 tools/mining/en28_prec_groups.py /tmp/en-pool.tsv /tmp/spans.tsv                  # groups, ranked
    python3 tools/mining/en28_prec_groups.py /tmp/en-pool.tsv /tmp/spans.tsv --group LABEL --n 30 --seed 28

The expressions are rough, a first sort (a claim may fall in several groups): read the samples.
"""
import argparse
import collections
import random
import re

from en_fields import read_pool

NUM = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)"
GROUPS = {
    # a number right after a noun that it names (highway 28, grade-one, sector 5, no. 23)
    "LABEL": re.compile(r"\b(?:highway|nh|no\.?|number|sector|block|gate|ward|platform|coach|room|"
                        r"phase|day|route|flight|section|article|grade|class|chapter|page|plot|"
                        r"road|street|item|rule|level|stage|lane|zone|pier|terminal|bay|camp|"
                        r"division|battalion|brigade|regiment|corps|bus|train|express|typhoon)"
                        r"[ -]" + NUM + r"$", re.I),
    "RELIEF_CAMP": re.compile(r"\b(?:relief|refugee|riot)[- ]camps?\b|\bcamps?\b", re.I),
    "ATTACKERS": re.compile(r"\b(?:gunmen|fighters|militants|attackers|rebels|insurgents|guerrillas|"
                            r"terrorists|assailants|men|mob)\b[^.;]{0,40}\b(?:stormed|attacked|raided|"
                            r"ambushed|opened fire|fired|seized|overran|struck|besieged|surrounded)", re.I),
    "HYPOTHETICAL": re.compile(r"\b(?:could|would|might|may|if|unless|threat(?:en)?(?:ed|s)?|plans?|"
                               r"planned|vow(?:ed|s)?|warn(?:ed|s)?|fear(?:ed|s)?|risk|expected|will)\b", re.I),
    "NEGATED": re.compile(r"\b(?:no|not|none|never|nobody|no one|neither|without|denied|denies)\b", re.I),
    "AGE": re.compile(r"-year-old|\baged?\b|\byears? old\b|, \d{1,2},", re.I),
    "YEAR_DATE": re.compile(r"\b(?:19|20)\d\d\b|\b(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)\w*\.? \d", re.I),
    "MONEY": re.compile(r"\brs\.?\b|\$|\brupees?\b|\bdollars?\b|\blakh|\bcrore|\beuros?\b|\bpounds?\b|compensation", re.I),
    "PERCENT": re.compile(r"\bper ?cent\b|%", re.I),
    "SCORE": re.compile(r"\b(?:beat|beats|won|win|wins|defeat(?:ed|s)?|goals?|match|innings|runs|wickets?|"
                        r"score[ds]?|points?|seed(?:ed)?|round|game|season|cup|league)\b", re.I),
}


def read_spans(path):
    claims = []
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) < 9 or f[4] == "OTHER":
            continue
        claims.append((f[0], f[1], int(f[2]), int(f[3]), f[4], f[5], f[6], f[7], f[8]))
    return claims


def groups_of(c, sentence, siblings):
    before, text, after = sentence[:c[2]], sentence[c[2]:c[3]], sentence[c[3]:]
    near = sentence[max(0, c[2] - 60):c[3] + 60]
    out = []
    m = re.search(NUM, text, re.I)
    head = before + text[:m.end()] if m else before + text
    if GROUPS["LABEL"].search(head.rstrip()):
        out.append("LABEL")
    if GROUPS["RELIEF_CAMP"].search(sentence):
        out.append("RELIEF_CAMP")
    if c[4] in ("PARTICIPATED", "KILLED", "INJURED") and GROUPS["ATTACKERS"].search(text + after[:60]):
        out.append("ATTACKERS")
    for g in ("HYPOTHETICAL", "NEGATED", "AGE", "YEAR_DATE", "MONEY", "PERCENT", "SCORE"):
        if GROUPS[g].search(near):
            out.append(g)
    if any(o is not c and o[2] < c[3] and c[2] < o[3] and o[4] == c[4] for o in siblings):
        out.append("OVERLAP_SAME_EVENT")
    if any(o is not c and o[4] == c[4] and o[7:9] == c[7:9] and o[6] == c[6] for o in siblings):
        out.append("SAME_VALUE_TWICE")
    return out or ["NONE"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("spans")
    ap.add_argument("--group")
    ap.add_argument("--event")
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=28)
    a = ap.parse_args()
    pool = read_pool(a.pool)
    claims = read_spans(a.spans)
    if a.event:
        claims = [c for c in claims if c[4] == a.event]
    by_sentence = collections.defaultdict(list)
    for c in claims:
        by_sentence[(c[0], c[1])].append(c)
    tagged = [(c, groups_of(c, pool[(c[0], c[1])], by_sentence[(c[0], c[1])])) for c in claims]
    if not a.group:
        counts = collections.Counter(g for _, gs in tagged for g in gs)
        sents = collections.defaultdict(set)
        for c, gs in tagged:
            for g in gs:
                sents[g].add((c[0], c[1]))
        for g, n in counts.most_common():
            print(f"{n:6d} claims {len(sents[g]):5d} sentences  {g}")
        print(f"{len(claims):6d} scored claims in all")
        return
    chosen = [c for c, gs in tagged if a.group in gs]
    random.Random(a.seed).shuffle(chosen)
    print(f"{len(chosen)} claims in {a.group}; a sample of {min(a.n, len(chosen))} (seed {a.seed})")
    for c in chosen[:a.n]:
        s = pool[(c[0], c[1])]
        print(f"- {c[4]} {c[5]} {c[6]} {c[7]}-{c[8]} «{s[c[2]:c[3]]}»  ({c[0]}:{c[1]})")
        print("    " + s[:400])


if __name__ == "__main__":
    main()
