#!/usr/bin/env python3
"""Groups the scored claims mined by claims_in_sentences.py by the construction around them, ranks
the groups by frequency and draws a seeded sample of each, for judging by hand (issue 16, precision).

    python3 tools/mining/groups.py [--mined /tmp/mined] [--lang ar|en] [--seed 18] [--n 25] [--group NAME]

A group is a test on the words around a claim (the words before its span, the span, the words
after it), written over normalized text (alef forms, ى/ي, ة/ه folded; Latin lower-cased). The
groups are the non-claim classes of issue 16 (money, ages, years, article and law numbers, seats,
votes, scores, disease cases, places, buildings, vehicles, weapons, labels, attempts, mixed
casualties, hostages and prisoners, contests ...). Prints each group's count; with --group, a
random.Random(seed) sample of n of its claims with their context. Claims may fall in several groups.
"""
import argparse
import json
import os
import random
import re

AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
TASHKEEL = re.compile("[\u064B-\u065F\u0670\u0640]")


def norm(s):
    return TASHKEEL.sub("", s).translate(AR_FOLD).lower()


def words(s):
    return re.findall(r"[\w\u0600-\u06FF]+|[^\s\w]", s)


def context(c):
    base = int(c["sentenceId"].rsplit("@", 1)[1])
    s = c["sentence"]
    a, b = c["span"]["start"] - base, c["span"]["end"] - base
    return words(norm(s[:a])), words(norm(s[a:b])), words(norm(s[b:])), s[:a], s[a:b], s[b:]


def any_of(tokens, pattern):
    return any(re.fullmatch(pattern, t) for t in tokens)


def number_index(span):
    for i, t in enumerate(span):
        if re.search(r"[0-9\u0660-\u0669]", t):
            return i
    return -1


def after_number(span, after):
    """The words after the first digits of the span, then after the span."""
    i = number_index(span)
    return (span[i + 1:] if i >= 0 else []) + after


AR_CLITIC = r"(?:و|ف|ب|ل|ك|ال|وال|بال|لل|فال)?"
AR = {
    "attempt": lambda b, s, a: re.search(r"(شروع|الشروع|محاوله|لمحاوله|بمحاوله|محاولات) (في )?\S*(قتل|اغتيال|خطف|اختطاف)", " ".join(b[-3:] + s[:3])),
    "mixed-verbs": lambda b, s, a: re.search(r"(قتل|قتلوا|استشهد|استشهدوا|توفي|لقي|مات)\s+و(اصيب|اصيبوا|جرح|جرحوا|فقد)", " ".join(b[-3:] + s[:3])),
    "age": lambda b, s, a: any_of(after_number(s, a)[:1], AR_CLITIC + r"(عاما|عام|سنه|سنوات|اعوام|عمره|عمرها)") or any_of(b[-3:], r"(عمر|العمر|عمره|عمرها|يبلغ)"),
    "one-of-thing": lambda b, s, a: re.search(r"\b(احد|احدي)\s+\S+", " ".join(s)),
    "hostage-prisoner": lambda b, s, a: re.search(r"(رهائن|رهينه|رهينتين|اسري|اسير|اسيرا|مختطف|مخطوف|مختطفين|سجين|سجناء|مساجين)", " ".join(b[-6:] + s + a[:4])),
    "exchange-release": lambda b, s, a: re.search(r"(تبادل|يبادل|صفقه|مبادله|الافراج|افراج|اطلاق سراح|حرر|تحرير|اخلاء سبيل|العفو)", " ".join(b[-8:] + s + a[:4])),
    "contest": lambda b, s, a: re.search(r"(مسابقه|بطوله|مهرجان|معرض|مؤتمر|ملتقي|دوره|امتحان|اختبار|انتخابات|منافسه|سباق|مباراه|ماراثون)", " ".join(b[-8:] + s + a[:6])),
    "poison-disease": lambda b, s, a: re.search(r"(تسمم|حمي|الحصبه|كورونا|فيروس|انفلونزا|وباء|مرض|امراض|السرطان|الايدز|الكوليرا|ضربه شمس|ضربات الشمس|الملاريا)", " ".join(b[-5:] + s + a[:5])),
    "year-date": lambda b, s, a: any(re.fullmatch(r"(19|20)\d\d", t) for t in s) or any_of(after_number(s, a)[:1], AR_CLITIC + r"(يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر)"),
    "money": lambda b, s, a: any_of(after_number(s, a)[:3], AR_CLITIC + r"(جنيه|جنيها|دولار|دولارا|ريال|ريالا|يورو|درهم|دينار|ليره|مليون|مليار)"),
    "law-label": lambda b, s, a: any_of(b[-2:] + s[:2], AR_CLITIC + r"(الماده|ماده|البند|بند|الفقره|رقم|القانون|قرار|اليوم|الكيلو|كيلو|الطريق|بوابه|البوابه|عنبر|العنبر|غرفه|الدائره|دائره|المنطقه|الحي|شارع|الجوله|الدقيقه|الاسبوع|النسخه|الدوره|الفصل|الصف|الطابق|المرحله)"),
    "seats-votes": lambda b, s, a: re.search(r"(مقعد|مقاعد|صوت|اصوات|صوتا|نائب|نواب|عضو|اعضاء|ناخب)", " ".join(s + a[:2])),
    "sport": lambda b, s, a: re.search(r"(هدف|اهداف|لاعب|لاعبا|لاعبين|مباراه|الدوري|فريق|نادي|منتخب)", " ".join(b[-6:] + s + a[:4])),
    "things": lambda b, s, a: any_of(after_number(s, a)[:2], AR_CLITIC + r"(منزل|منازل|منزلا|مبني|مباني|قريه|قري|محافظه|محافظات|مدينه|مدن|سياره|سيارات|مركبه|مركبات|مدرعه|مدرعات|دبابه|دبابات|طائره|طائرات|صاروخ|صواريخ|قذيفه|قذائف|بندقيه|سلاح|اسلحه|طلقه|طلقات|خرطوش|عبوه|عبوات|كيلو|كيلومتر|كم|متر|طن|فدان|محل|محلات|مسجد|مساجد|كنيسه|مدرسه|مدارس|مستشفي|مستشفيات|ساعه|ساعات|يوما|ايام|شهرا|اشهر)"),
    "force-size": lambda b, s, a: re.search(r"(قوه|قوات|كتيبه|كتائب|لواء|فرقه|سريه|تشكيل|حمله|دوريه|مجموعه) (من|قوامها|مكونه|تضم|قوامه)", " ".join(b[-6:] + s[:3])),
    "quoted": lambda b, s, a: b.count("«") > b.count("»") or b.count("\"") % 2 == 1,
    "hypothetical": lambda b, s, a: any_of(b[-12:], AR_CLITIC + r"(لو|اذا|ربما|قد|يمكن|يحتمل|سيؤدي|ستؤدي|يهدد|تهدد|خشيه|مخاوف|خطر)"),
}

EN = {
    "mixed-dead-missing": lambda b, s, a: re.search(r"(dead|killed|deaths?) (and|or) (missing|injured|wounded|hurt)|(killed|dead) or (injured|wounded|missing)|(missing|injured|wounded) (and|or) (dead|killed)", " ".join(b[-4:] + s + a[:3])),
    "label": lambda b, s, a: any_of(b[-2:] + s[:2], r"(highway|nh|sh|sector|platform|gate|block|ward|room|no|number|route|road|article|section|day|week|round|phase|camp|coach|bogie|flat|house|building|plot|stage|chapter|rule|act|cell|barrack|line|km)"),
    "capture": lambda b, s, a: re.search(r"captur|seiz|kidnap|abduct|hostage", " ".join(b[-6:] + s + a[:6])),
    "accused": lambda b, s, a: re.search(r"accused|charged|suspected of|convicted|sentenced|on trial|trial", " ".join(b[-6:] + s + a[:6])),
    "age": lambda b, s, a: any_of(after_number(s, a)[:2], r"(year|years|yr|yrs|aged)") or any_of(b[-2:], r"(aged|age)"),
    "year-date": lambda b, s, a: any(re.fullmatch(r"(19|20)\d\d", t) for t in s) or any_of(b[-1:] + after_number(s, a)[:1], r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"),
    "money": lambda b, s, a: any_of(b[-1:] + after_number(s, a)[:2], r"(\$|rs|dollars?|rupees|crores?|lakhs?|euros?|pounds|million|billion|us)"),
    "seats-votes": lambda b, s, a: re.search(r"\b(seats?|votes?|mlas?|mps?|members of parliament|legislators|candidates)\b", " ".join(s + a[:3])),
    "sport": lambda b, s, a: re.search(r"\b(goals?|players?|match|team|runs|wickets|innings|points|medals?|cup|league)\b", " ".join(b[-6:] + s + a[:4])),
    "disease": lambda b, s, a: re.search(r"(disease|virus|flu|cases|infected|infection|cholera|malaria|sars|aids|hiv|outbreak|epidemic|dengue|poison)", " ".join(b[-5:] + s + a[:5])),
    "things": lambda b, s, a: any_of(after_number(s, a)[:2], r"(houses?|homes?|shops?|buildings?|villages?|districts?|towns?|cars?|vehicles?|buses|trucks?|tanks?|rockets?|missiles?|shells?|rounds|bombs?|weapons?|guns?|rifles?|km|kilometres?|kilometers?|miles?|tonnes?|tons?|acres?|hours?|days?|weeks?|months?|years?|percent|per|%)"),
    "force-size": lambda b, s, a: re.search(r"(force|contingent|battalion|company|companies|platoon|team|unit|column|convoy) of", " ".join(b[-6:] + s[:3])),
    "quoted-title": lambda b, s, a: b.count("\"") % 2 == 1 or b.count("'") % 2 == 1,
    "historical": lambda b, s, a: re.search(r"\b(19[0-9]\d|since|anniversary|ago|history|last year|in the past|previous|earlier this)\b", " ".join(b[-12:] + s + a[:10])),
    "hypothetical": lambda b, s, a: any_of(b[-10:], r"(if|could|would|might|may|threat|threatened|fear|fears|feared|risk|plan|planned|plot|aim)"),
    "fled": lambda b, s, a: re.search(r"\bfled|flee|fleeing\b", " ".join(s + a[:3])),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mined", default="/tmp/mined")
    ap.add_argument("--lang", default="ar")
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--group")
    ap.add_argument("--event", help="only claims of this event")
    args = ap.parse_args()
    names = ["saudi-news-2015-dev", "arabic-news-2013"] if args.lang == "ar" else ["english-news-dev"]
    groups = AR if args.lang == "ar" else EN
    claims = []
    for n in names:
        with open(os.path.join(args.mined, n + ".jsonl"), encoding="utf-8") as f:
            claims += [c for c in (json.loads(l) for l in f if l.strip())
                       if c["event"] != "OTHER" and (not args.event or c["event"] == args.event)]
    members = {g: [] for g in groups}
    for c in claims:
        b, s, a, *_ = context(c)
        for g, test in groups.items():
            if test(b, s, a):
                members[g].append(c)
    if not args.group:
        print("%d scored claims" % len(claims))
        for g, m in sorted(members.items(), key=lambda kv: -len(kv[1])):
            print("%-20s %5d" % (g, len(m)))
        return
    m = members[args.group]
    print("%s: %d claims" % (args.group, len(m)))
    for i, c in enumerate(random.Random(args.seed).sample(m, min(args.n, len(m))), 1):
        _, _, _, before, span, after = context(c)
        q = c["quantity"]
        print("%02d %s %s %s-%s  %s" % (i, c["event"], c["subject"], q["low"], q["high"], c["sentenceId"]))
        print("    ...%s[[%s]]%s..." % (before[-160:], span, after[:120]))


if __name__ == "__main__":
    main()
