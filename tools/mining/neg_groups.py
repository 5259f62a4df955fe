#!/usr/bin/env python3
"""Counts the scored claims (event not OTHER) of the Arabic mining pool that stand in one of the
constructions of false claims named in issue 16 (branch ar25neg), and prints a random sample of
one group to judge by hand. Python 3, standard library only; run from the repository root:

    python3 tools/mining/ar_pool.py --corpus ../shared/corpus --out /tmp/pool
    java -cp cli/target/countercheck-cli-all.jar tools/mining/ExtractArPool.java \
        /tmp/pool/pool.txt > /tmp/pool/claims.jsonl
    python3 tools/mining/neg_groups.py /tmp/pool /tmp/pool/claims.jsonl [--group SENTENCE --n 30 --seed 25]

A claim goes to the first group whose expression matches the words around its span (normalized
as the lexicon is: alef forms, ى/ي, ة/ه folded): SENTENCE (a court's sentence, prison, fine,
execution up to eight words before the span's end or five after), SEIZED (arms, drugs, goods or
vehicles right after the number), MONEY, YEAR_AGE (years, ages, durations after the number),
PLACES (places or places' names after the number), LABEL (a label or ordinal noun right before
the number), AFTER_IT («بعده، بعدها» in the span), HOSTAGE (hostages or their release near),
FORCE (an attack whose attackers are counted), QAD («قد» in the span). The rest is REST. Article
text goes to the terminal only.
"""
import argparse
import collections
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mining  # noqa: E402

SCORED = {"KILLED", "INJURED", "ARRESTED", "MISSING", "DISPLACED", "PARTICIPATED", "DEPLOYED"}


def norm(t):
    t = re.sub(r"[\u064B-\u065F\u0640]", "", t)
    t = re.sub("[أإآ]", "ا", t).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return t


W = r"(?:\S+\s+)"
GROUPS = [
    ("SENTENCE", r"(?:سجن|حبس|مؤبد|المويد|اعدام|غرامه|قضت|حكمت|الحكم|بحكم|احكام|عقوبه|بمعاقبه|معاقبه|المشدد)\S*"),
    ("SEIZED", r"^\s*\S*\d*\s*(?:بندقيه|بنادق|خزينه|خزاين|طلقه|طلقات|سلاح|اسلحه|قطعه|قطع|فرد|كيلو|لفافه|لفافات|قرص|اقراص|سياره|سيارات|هاتف|جهاز|اجهزه|طن|عبوه|عبوات|قنبله|قنابل|مسدس|طبنجه|ذخيره|رصاصه|كجم|جرام)"),
    ("MONEY", r"^\s*\S*\d*\s*(?:جنيه|ريال|دولار|درهم|دينار|يورو|الف جنيه|مليون|مليار)"),
    ("YEAR_AGE", r"^\s*\S*\d*\s*(?:عام|عاما|سنه|سنوات|سنين|شهر|شهور|اشهر|يوم|ايام|ساعه|ساعات|عمر)"),
    ("PLACES", r"^\s*\S*\d*\s*(?:محافظه|محافظات|مدن|مدينه|قري|قريه|مواقع|موقع|منطقه|مناطق|دول|دوله|ولايات|احياء|مراكز|مركز|مستشفي|مستشفيات|منازل|منزل|مساجد|مدارس|نقاط|كمين|اكمنه)"),
    ("LABEL", r"(?:اليوم|يوم|الجوله|الماده|البند|البوابه|بوابه|الرصيف|الدقيقه|الحلقه|رقم|القطاع|الكيلو|الكيلومتر|المرحله|الدوره|الفقره|الطابق|العنبر|الحي|الشارع|المربع|البلوك|الدفعه|الاسبوع|المركز)\s+(?:ال)?$"),
    ("AFTER_IT", r"بعد(?:ه|ها|هم)\b"),
    ("HOSTAGE", r"(?:رهين|رهاين|الرهاين|تحرير|الافراج|افرج|اطلاق سراح|سراح)"),
    ("FORCE", r"(?:هاجم|هجوم|اقتحم|شن|شنه|شنوا|مهاجم)\S*"),
    ("QAD", r"(?:^|\s)(?:قد|وقد|فقد|لقد)\s"),
]


def group_of(sent, start, end):
    before = norm(sent[:start])
    span = norm(sent[start:end])
    after = norm(sent[end:])
    bw = " ".join(before.split()[-8:])
    aw = " ".join(after.split()[:5])
    m = re.search(r"[0-9\u0660-\u0669]+", span)
    tail = norm(sent[start:end])[m.end():] + " " + after if m else after
    for name, rx in GROUPS:
        if name == "SENTENCE" and re.search(rx, bw + " " + span + " " + aw):
            return name
        if name in ("SEIZED", "MONEY", "YEAR_AGE", "PLACES") and m and re.search(rx, tail[:40]):
            return name
        if name == "LABEL" and m and re.search(rx, before + span[:m.start()]):
            return name
        if name in ("AFTER_IT", "QAD") and re.search(rx, span):
            return name
        if name in ("HOSTAGE", "FORCE") and re.search(rx, bw + " " + span + " " + aw):
            return name
    return "REST"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--group")
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=25)
    a = ap.parse_args()
    groups = collections.defaultdict(list)
    for i, c, sent, base in mining.pool_claims(a.pool, a.claims, SCORED):
        s, e = c["span"]["start"] - base, c["span"]["end"] - base
        groups[group_of(sent, s, e)].append((i, c, sent, s, e))
    if not a.group:
        for g, v in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            print(f"{len(v):5d} {g:10s} sentences {len({x[0] for x in v})}")
        return
    v = groups[a.group]
    for i, c, sent, s, e in random.Random(a.seed).sample(v, min(a.n, len(v))):
        lo = max(0, s - 160)
        print(f"#{i} {c['event']} {c['subject']} {c['quantity'].get('value')} | "
              f"{sent[lo:s]}[[{sent[s:e]}]]{sent[e:e + 100]}\n")


if __name__ == "__main__":
    main()
