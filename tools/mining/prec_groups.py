#!/usr/bin/env python3
"""Groups the scored claims (event not OTHER) the extractor makes on the Arabic mining pool by
what kind of number they are read from, to find the constructions that give false claims (issue
16, Arabic precision, branch ar21prec). Python 3, standard library only; run from the repo root:

    python3 tools/mining/ar_pool.py --corpus ../shared/corpus --out /tmp/pool
    java -jar cli/target/countercheck-cli-all.jar extract --format jsonl --lang ar \
        /tmp/pool/pool.txt > /tmp/pool/claims.jsonl
    python3 tools/mining/prec_groups.py /tmp/pool /tmp/pool/claims.jsonl \
        [--group AGE --sample 30 --seed 21] [--other]

Each claim goes to the first group whose test its context passes (the words before and after
its number in its sentence, normalized as the lexicon is): YEAR, REFERENCE (article, law, number
or road label before), AGE, DURATION, MONEY, PERCENT, MEASURE (units), HYPOTHETICAL (a word of
possibility or expectation up to five words before), LIST (a number joined to another by a comma
or a dash), PLACES (a noun of places or things after the number), DUAL_NOUN, SINGULAR (no
numeral in its span), else by event x subject. --other groups the OTHER claims instead. --sample
prints a random sample of a group, its sentence cut around the claim, to judge by hand (terminal
only; nothing is written to the repository).
"""
import argparse
import collections
import json
import random
import re
import sys
from pathlib import Path

NUM = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,٫٬][0-9\u0660-\u0669\u06F0-\u06F9]+)*")
WORD = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9][0-9\u0660-\u0669\u06F0-\u06F9.,:/٫٬]*"
                  r"|[\u0621-\u064A\u0670-\u06D3\u0640\u064B-\u065F]+|[^\s\w]", re.UNICODE)
NUMWORDS = ("واحد اثنان اثنين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني ثمانية "
            "تسع تسعة عشر عشرة عشرين عشرون ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين مئة مائة "
            "مئات ألف آلاف عشرات مليون").split()


def norm(t):
    t = re.sub(r"[\u064B-\u065F\u0640]", "", t)
    t = re.sub("[أإآ]", "ا", t).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return t


def bare(t):
    t = norm(t)
    for p in ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"):
        if t.startswith(p) and len(t) - len(p) >= 3:
            return t[len(p):]
    return t


S = lambda words: {norm(w) for w in words.split()}
REF_BEFORE = S("المادة مادة المواد رقم البند بند الفقرة فقرة القانون قانون قرار القرار الكيلو كيلو "
               "طريق الطريق العدد عدد_ الجولة الدور المرحلة الحلقة الطابق الدفعة الكتيبة اللواء "
               "الفرقة الكيلومتر البوابة بوابة قطعة القطعة المنطقة الحي مربع المربع شارع الشارع "
               "الصفحة ص لوحة اللوحة المجموعة الدائرة الموسم")
AGE_AFTER = S("عاما عام سنة سنوات عامًا أعوام")
AGE_BEFORE = S("عمر العمر عمره عمرها البالغ البالغة يبلغ تبلغ سن")
DURATION = S("ساعة ساعات يوم أيام يوما أسبوع أسابيع أسبوعا شهر أشهر شهرا شهور دقيقة دقائق ثانية "
             "ثوان ليلة ليال سنين عقود عقد قرن")
MONEY = S("جنيه جنيها جنيهات دولار دولارا دولارات ريال ريالا ريالات درهم دينار يورو مليار ليرة "
          "مليون_ قرش")
PERCENT = S("% بالمئة بالمائة المئة المائة بالمية")
MEASURE = S("كيلو كيلومتر كيلومترا كم متر مترا أمتار كيلوجرام كيلوغرام طن أطنان لتر ميل ميلا "
            "فدان فدانا درجة درجات هكتار سم ملم ميجاوات")
HYPO = S("احتمال احتمالية يتوقع يتوقعون متوقع المتوقع توقع توقعات يمكن يمكنه ممكن سوف سيتم "
         "لو إذا اذا حال حالة_ يحتمل يرجح مرجح تخوف مخاوف يخشى خشية تهدد يهدد تحذير حذر يحذر "
         "سيصل ستصل قد_ ربما")
PLACES = S("محافظة محافظات مدينة مدن قرية قرى منطقة مناطق دولة دول بلدا دولا مستشفى مستشفيات "
           "مبنى مباني منزل منازل منزلا مسجد مساجد كنيسة كنائس مدرسة مدارس ولاية ولايات حي أحياء "
           "نقطة نقاط موقع مواقع مركز مراكز مقرا مقار قسم أقسام سجن سجون لجنة لجان حزب أحزاب "
           "شركة شركات قضية قضايا بلاغ بلاغات محضر محاضر قطعة قطع سلاح أسلحة بندقية طلقة "
           "طلقات صاروخ صواريخ قذيفة قذائف عبوة عبوات كيس أكياس حالة_ مرة مرات ميدان شارع "
           "جامعة جامعات")


def sentences(pool):
    text = (Path(pool) / "pool.txt").read_text(encoding="utf-8")
    starts = [0] + [m.end() for m in re.finditer("\n\n", text)]
    return text, starts


def context(text, starts, c):
    import bisect
    i = bisect.bisect_right(starts, c["span"]["start"]) - 1
    s0 = starts[i]
    s1 = starts[i + 1] - 2 if i + 1 < len(starts) else len(text)
    sent = text[s0:s1]
    a, b = c["span"]["start"] - s0, c["span"]["end"] - s0
    # the number: first digit run in span, or a number word, else none
    span = sent[a:b]
    m = NUM.search(span)
    if m:
        na, nb = a + m.start(), a + m.end()
    else:
        toks = [(x.start(), x.end(), x.group()) for x in WORD.finditer(span)]
        hit = [t for t in toks if bare(t[2]) in {norm(w) for w in NUMWORDS}]
        if hit:
            na, nb = a + hit[0][0], a + hit[0][1]
        else:
            na, nb = None, None
    return i, sent, a, b, na, nb


def group_of(c, sent, a, b, na, nb):
    if na is None:
        return "SINGULAR/DUAL"
    num = sent[na:nb]
    before = [norm(x) for x in WORD.findall(sent[:na])]
    after = [norm(x) for x in WORD.findall(sent[nb:])]
    b1 = before[-1] if before else ""
    b2 = before[-2] if len(before) > 1 else ""
    a1 = after[0] if after else ""
    a2 = after[1] if len(after) > 1 else ""
    digits = num.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"))
    if re.fullmatch(r"(19|20)\d\d", digits) or b1 in S("عام العام سنة"):
        return "YEAR"
    if b1 in REF_BEFORE or bare(b1) in REF_BEFORE or b1 in S("رقم") or b2 in S("رقم"):
        return "REFERENCE"
    if a1 in AGE_AFTER and (any(w in AGE_BEFORE for w in before[-4:]) or
                            any(bare(w) in S("عمر") for w in before[-4:])):
        return "AGE"
    if a1 in AGE_AFTER and (a2 in S("من") or b1 in S("ذو ذات")) :
        return "AGE"
    if a1 in DURATION or bare(a1) in DURATION or a1 in AGE_AFTER:
        return "DURATION"
    if a1 in MONEY or bare(a1) in MONEY or (a1 in S("مليون الف ألف مليار") and (a2 in MONEY or bare(a2) in MONEY)):
        return "MONEY"
    if a1 in PERCENT or (a1 in S("في") and a2 in PERCENT):
        return "PERCENT"
    if a1 in MEASURE or bare(a1) in MEASURE:
        return "MEASURE"
    if any(w in HYPO for w in before[-6:]):
        return "HYPOTHETICAL"
    if a1 in {",", "،", "-", "/"} and after[1:2] and NUM.fullmatch(after[1]) or \
            b1 in {",", "،", "-", "/"} and len(before) > 1 and NUM.fullmatch(before[-2]):
        return "LIST"
    if a1 in PLACES or bare(a1) in PLACES:
        return "PLACES:" + bare(a1)
    return "%s/%s" % (c["event"], c["subject"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--group")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--other", action="store_true")
    ap.add_argument("--top", type=int, default=40)
    g = ap.parse_args()
    text, starts = sentences(g.pool)
    groups = collections.defaultdict(list)
    for line in open(g.claims, encoding="utf-8"):
        c = json.loads(line)
        if (c["event"] == "OTHER") != g.other:
            continue
        i, sent, a, b, na, nb = context(text, starts, c)
        key = group_of(c, sent, a, b, na, nb)
        if key.startswith("PLACES:"):
            key = "PLACES"
        groups[key].append((i, sent, a, b, c))
    if not g.group:
        for k, v in sorted(groups.items(), key=lambda kv: -len(kv[1]))[:g.top]:
            print(f"{len(v):5d} {k:30s} sentences {len({x[0] for x in v})}")
        return
    rows = groups.get(g.group, [])
    rnd = random.Random(g.seed)
    pick = rnd.sample(rows, min(g.sample or 30, len(rows)))
    for n, (i, sent, a, b, c) in enumerate(pick, 1):
        lo, hi = max(0, a - 120), min(len(sent), b + 100)
        print(f"{n:2d} s{i} {c['event']} {c['subject']} {c['quantity']['kind']} "
              f"{c['quantity']['value']} [{c['text']}]\n   ...{sent[lo:a]}⟦{sent[a:b]}⟧{sent[b:hi]}...")


if __name__ == "__main__":
    main()
