#!/usr/bin/env python3
"""Arabic tolls, totals and breakdowns in the mining pool (branch ar28total, issue 16): each group
is a construction that states a whole or its parts (a toll verb and its toll noun, «حصيلة / إجمالي
/ عدد X هو N» with no verb, «البالغ عددهم N», a part after «منهم / بينهم», «N حالة وفاة»); every
number it holds is sorted by the claim whose span covers it (its event, or NONE), and the groups
are ranked by how many hits they have.

    python3 tools/mining/ar_totals28.py /tmp/pool CLAIMS.jsonl                       # the ranked table
    python3 tools/mining/ar_totals28.py /tmp/pool CLAIMS.jsonl --group NOMINAL --sample 25 [--verdict NONE]

POOL is the folder of ar_pool.py, CLAIMS.jsonl the output of ExtractArPool.java on its pool.txt.
A hit is counted in the first group (in the order below) that matches its number. Only sentences
with a casualty or arrest word (CASUALTY) are read, so that totals of money, votes or goods stay
out. Nothing it writes is committed (it quotes the pool).
"""
import argparse
import collections
import random
import re

import mining

# a number: digits, or a number word (with the article or a proclitic)
NUM = (r"(?:[وبل]|لـ|بـ)?(?P<n>[0-9٠-٩]+|(?:ال|لل)?(?:واحد|اثن|إثن|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع|عشر|"
       r"مائة|مئة|مئت|مائت|ألف|الف|عشرات|مئات|آلاف|الاف|بضع|ملايين|مليون)(?:ة|ات|ين|ون|ان|ا|ي|ى|تين|تان)?"
       r"(?=[\s،.,:؛)]|$))")
# a bound before the number
BOUND = (r"(?:(?:نحو|حوالي|حوالى|قرابة|زهاء|أكثر من|اكثر من|ما يزيد عن|ما يزيد على|ما لا يقل عن|"
         r"أقل من|ما يقرب من|ما يقارب|أكثر من|يقرب من)\s+)?")
TOLL_NOUN = r"(?:عدد|حصيلة|حصيله|إجمالي|إجمالى|اجمالي|اجمالى|أعداد|اعداد|مجموع)"
TOLL_VERB = (r"(?:[وف]?(?:ارتفع|ليرتفع|لترتفع|يرتفع|ترتفع|ارتفاع|وصل|يصل|تصل|ليصل|لتصل|قفز|زاد|"
             r"يزيد|تزيد|رفع|رفعت|صعد|تصاعد|وصول))\S*")
REACH = r"(?:\S+\s+){0,12}?"
PASS_VERB = r"(?:[وف]?(?:تجاوز|يتجاوز|تتجاوز|تخطى|يتخطى|تتخطى|فاق|يفوق|تفوق|زاد|يزيد|تزيد))\S*"
REACH_VERB = r"(?:[وف]?(?:بلغ|يبلغ|تبلغ|ليبلغ|لتبلغ|وصل|يصل|تصل|ارتفع|يرتفع|ترتفع|استقر|سجل))\S*"
GROUPS = [
    # a toll verb, its toll noun, … إلى N
    ("TOLL_TO", TOLL_VERB + r"\s+(?:\S+\s+){0,3}?" + TOLL_NOUN + r"\S*\s+" + REACH
     + r"(?:إلى|الى|ل)\s*" + BOUND + NUM),
    # بلغ / يبلغ + toll noun … N (no إلى)
    ("REACHED", r"(?:[وف]?(?:بلغ|يبلغ|تبلغ|ليبلغ|لتبلغ|بلغت))\S*\s+(?:\S+\s+){0,2}?" + TOLL_NOUN
     + r"\S*\s+" + REACH + BOUND + NUM),
    # the toll noun first, its verb after: «عدد المعتقلين في القطيف بلغ 600»، «أعداد المصابين تجاوزت الـ400»
    ("NOUN_VERB", r"(?:^|\s)[وف]?(?:ال)?" + TOLL_NOUN + r"\s+" + REACH + r"(?:" + PASS_VERB + "|" + REACH_VERB
     + r")\s+(?:\S+\s+){0,3}?" + BOUND + NUM),
    # a verb of passing before the toll noun: «تجاوز عدد المصابين الألف مصاب»
    ("PASSED", PASS_VERB + r"\s+" + TOLL_NOUN + r"\S*\s+" + REACH + BOUND + NUM),
    # ليصبح / يصبح إجمالي … N
    ("BECOMES", r"(?:[وف]?(?:ليصبح|لتصبح|يصبح|تصبح|أصبح|اصبح|أصبحت|اصبحت))\s+" + TOLL_NOUN + r"\S*\s+"
     + REACH + BOUND + NUM),
    # the toll noun pointing back: البالغ عددهم N, يتراوح عددهم بين N
    ("COUNT_OF_THEM", r"(?:عددهم|عددهن|عددها|عددهما|حصيلتهم|إجماليهم)\s+(?:\S+\s+){0,3}?" + BOUND + NUM),
    # a toll noun with no verb: «حصيلة / إجمالي / عدد X (هو) N»
    ("NOMINAL", r"(?:^|\s)[وف]?(?:ال)?" + TOLL_NOUN + r"\s+" + REACH + BOUND + NUM),
    # a part after «منهم، بينهم، من بينهم، منها، بينها» (one word may stand between)
    ("PART", r"(?:منهم|بينهم|منهما|بينهما|منها|بينها|منهن|بينهن|ضمنهم)\s+(?:\S+\s+)?" + BOUND + NUM),
    # N حالة/حالات وفاة/إصابة
    ("CASES", NUM + r"\s+(?:حالة|حالات|حالتين|حالتان)\s+(?:\S+\s+)?(?:وفاة|وفيات|إصابة|اصابة|إصابات|اصابات)"),
]
CASUALTY = re.compile(r"قتل|قتيل|مقتل|مصرع|وفاة|وفيات|توفي|ضحايا|شهيد|شهداء|استشهاد|أصيب|اصيب|إصاب|اصاب|مصاب|"
                      r"جرح|جريح|القبض|اعتقال|معتقل|محبوس|حبس|مفقود|نازح|لاجئ|متظاهر")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--group")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=28)
    ap.add_argument("--verdict", help="sample only hits with this verdict (NONE, OTHER, KILLED ...)")
    args = ap.parse_args()
    sents, spans = mining.pool_lines(args.pool, args.claims)
    pats = [(name, re.compile(rx)) for name, rx in GROUPS]
    hits = collections.defaultdict(list)
    for i, (at, sentence) in enumerate(sents):
        if not CASUALTY.search(sentence):
            continue
        taken = set()
        for name, pat in pats:
            for m in pat.finditer(sentence):
                k = m.start("n")
                if k in taken:
                    continue
                taken.add(k)
                pos = at + k
                events = sorted({c["event"] + "/" + c["subject"] for c in spans[i]
                                 if c["span"]["start"] <= pos < c["span"]["end"]})
                hits[name].append((i, "+".join(events) or "NONE", sentence, k))
    if not args.group:
        for name, _ in GROUPS:
            hs = hits[name]
            by = collections.Counter(h[1].split("/")[0] for h in hs)
            print(f"{name:14} {len(hs):5} hits {len({h[0] for h in hs}):5} sentences  {dict(by.most_common())}")
        return
    pool = [h for h in hits[args.group] if not args.verdict or h[1].split("/")[0] == args.verdict]
    random.Random(args.seed).shuffle(pool)
    for i, verdict, sentence, k in pool[:args.sample]:
        print(f"{i}\t{verdict}\t…{sentence[max(0, k - 90):k]}⟦{sentence[k:k + 60]}…")


if __name__ == "__main__":
    main()
