#!/usr/bin/env python3
"""Frequencies of named implicit-count constructions (issue 16, helper implicit18), Arabic, in the
development corpora outside every devset, with what the extractor makes of each occurrence.

Run from the repository root, with the extractor's outputs as for implicit_mine.py:

    python3 tools/mining/implicit_probe.py /tmp/x-2013.jsonl /tmp/x-saudi.jsonl
    python3 tools/mining/implicit_probe.py ... --sample POSTPOSED_AMONG --n 25 --seed 18

Constructions (tokens tagged by implicit_mine.tag_tokens; a "person" is a singular or dual noun of
people of the lexicon, or a word of the dual form whose stem is one):
  POSTPOSED_AMONG   a person right before «(من) بين / ضمن» and a casualty noun with the article
                    («وجود طفلين بين الضحايا»)
  DUAL_ADJ          a dual person right before a casualty word in «-ين/-ان» («شخصين مفقودين»)
  COORD_AFTER_CUE   a casualty cue, a person, «و» + a person («إصابة فتاة وطفلين»): judged on the
                    second person
  DUAL_VERB_FINAL   a dual person, at most five words, a dual casualty verb («شخصين ... قتلا»)
  EACH_OF           a casualty cue right before «كل من» (a list of named victims)
  VSO_ONE_VICTIM    «لقي/لقيت» + a person + «مصرعه/مصرعها/حتفه/حتفها»
Each occurrence is judged as implicit_mine.judge does (HIT, WRONG, NONE on the person's token).
No article text is written anywhere but standard output.
"""
import argparse
import collections
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import implicit_mine as m  # noqa: E402

AMONG = {"بين", "ضمن"}
DUAL_VERBS = {"قتلا", "اصيبا", "جرحا", "توفيا", "اعتقلا", "اختفيا", "فقدا", "استشهدا", "لقيا"}
ONE_VICTIM = {"مصرعه", "مصرعها", "حتفه", "حتفها"}


def person(tag):
    if m.human(tag) and tag[2] in ("singular", "dual"):
        return 1 if tag[2] == "singular" else 2
    if tag and tag[0] == "DUALFORM" and tag[1] not in ("AIRCRAFT", "VEHICLE"):
        return 2
    return None


def casualty_cue(tag):
    return tag and tag[0] == "CUE" and tag[1] in m.CASUALTY


def find(toks, normed, tags):
    """(construction, token index of the judged person, its value) of one sentence."""
    out = []
    n = len(toks)
    for i in range(n):
        v = person(tags[i])
        if v is not None and i + 2 < n:
            j = i + 1
            if normed[j] == "من" and j + 1 < n:
                j += 1
            if normed[j] in AMONG and j + 1 < n and casualty_cue(tags[j + 1]) \
                    and normed[j + 1].startswith("ال"):
                out.append(("POSTPOSED_AMONG", i, v))
        if v == 2 and i + 1 < n and casualty_cue(tags[i + 1]) and normed[i + 1][-2:] in ("ين", "ان"):
            out.append(("DUAL_ADJ", i, v))
        if v == 2:
            for k in range(i + 1, min(n, i + 7)):
                if normed[k] in DUAL_VERBS or normed[k][1:] in DUAL_VERBS and normed[k][0] in "وف":
                    out.append(("DUAL_VERB_FINAL", i, v))
                    break
        if casualty_cue(tags[i]) and i + 3 < n:
            a = i + 1 + (tags[i][2] - 1 if tags[i][0] == "CUE" else 0)
            if a < n and person(tags[a]) is not None:
                b = a + (tags[a][3] if tags[a][0] == "SUBJ" else 1)
                if b < n and normed[b].startswith("و") and person(tags[b]) is not None:
                    out.append(("COORD_AFTER_CUE", b, person(tags[b])))
            if a + 1 < n and normed[a] == "كل" and normed[a + 1] == "من":
                out.append(("EACH_OF", a, None))
        if normed[i] in ("لقي", "لقيت", "لقى") and i + 2 < n and person(tags[i + 1]) == 1:
            for k in range(i + 2, min(n, i + 5)):
                if normed[k] in ONE_VICTIM:
                    out.append(("VSO_ONE_VICTIM", i + 1, 1))
                    break
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("claims", nargs="+")
    ap.add_argument("--sample")
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--verdict")
    a = ap.parse_args()
    lex = m.Lex("ar")
    claims = m.load_claims(a.claims)
    stats = collections.defaultdict(collections.Counter)
    examples = collections.defaultdict(list)
    for f, off, s in m.sentences("ar", m.corpus_files("ar")):
        toks, normed, tags = m.tag_tokens(lex, s)
        for name, i, v in find(toks, normed, tags):
            if v is None:
                verdict = "HIT" if any(c["span"]["start"] < off + toks[i][1] + 200
                                       and off + toks[i][0] < c["span"]["end"]
                                       for c in claims.get(f, [])) else "NONE"
            else:
                verdict, _ = m.judge(claims.get(f, []), off, toks[i], v)
            stats[name][verdict] += 1
            ctx = s[max(0, toks[i][0] - 90):toks[i][1] + 70].replace("\n", " ")
            got = [(c["text"], c["quantity"].get("value"), c["event"], c["subject"])
                   for c in claims.get(f, []) if off <= c["span"]["start"] < off + len(s)]
            examples[name].append((verdict, f, ctx, got))
    for name, c in sorted(stats.items(), key=lambda x: -sum(x[1].values())):
        print("%5d  %-18s %s" % (sum(c.values()), name, dict(c)))
    if a.sample:
        ex = [e for e in examples[a.sample] if not a.verdict or e[0] == a.verdict]
        random.seed(a.seed)
        for e in random.sample(ex, min(a.n, len(ex))):
            print(e[0], e[1], "|", e[2], "|", e[3])


if __name__ == "__main__":
    main()
