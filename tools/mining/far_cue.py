#!/usr/bin/env python3
"""Scored Arabic claims whose cue stands four or more words before the count with no toll word
between (issue 16, Arabic precision, branch ar24far), grouped by what stands between: a verb with
a pronoun suffix (its own subject or object: «حضرها»، «شنه»، «متنه»), a measure word before the
count («مسافة»، «عيار»، «مواليد»), else REST. Python 3, standard library only; from the repo root:

    python3 tools/mining/far_cue.py /tmp/pool/claims.jsonl [--group VERB_PRON --show]

Reads the span text of each claim (it runs from the cue to the count); prints the groups ranked,
or with --show the spans of one group to judge by hand (terminal only, nothing is committed).
"""
import argparse
import collections
import json
import re

NUM = re.compile(r"[0-9\u0660-\u0669]")
NUMWORDS = set(("اثنين اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرات مئات آلاف الآلاف العشرات "
                "المئات ثلاث أربع خمس ست سبع ثماني تسع نحو").split())
TOLL = re.compile(r"عدد|حصيلة|ارتفع|بلغ|وصل")
MEASURE = set("مسافة بمسافة عيار مواليد عمق بعمق ارتفاع بارتفاع طول بطول".split())


def num_index(words):
    for i, w in enumerate(words):
        if NUM.search(w) or w.lstrip("وب") in NUMWORDS:
            return i
    return -1


def group(words, i):
    between = words[1:i]
    if i > 0 and words[i - 1].lstrip("وب") in MEASURE:
        return "MEASURE"
    for w in between:
        if re.fullmatch(r"[وف]?(?:[يتن]|س[يت])?\w{2,}(?:ها|ه|هم|هن|هما)", w) and not w.startswith(("ال", "وال")):
            return "VERB_PRON?"
    return "REST"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("claims")
    ap.add_argument("--group")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    groups = collections.defaultdict(list)
    for line in open(a.claims, encoding="utf-8"):
        c = json.loads(line)
        if c["event"] == "OTHER":
            continue
        words = c["text"].split()
        i = num_index(words)
        if i < 4 or TOLL.search(" ".join(words[:i])):
            continue
        groups[group(words, i)].append(c)
    for g, cs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(len(cs), g)
        if a.show and (a.group is None or a.group == g):
            for c in cs:
                print("   ", c["span"]["start"], c["event"], c["subject"], c["quantity"].get("value"), "|", c["text"])


if __name__ == "__main__":
    main()
