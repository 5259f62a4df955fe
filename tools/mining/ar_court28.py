#!/usr/bin/env python3
"""Arabic arrests, detention and court (branch ar28court, issue 16): the constructions of the
brief as regular expressions over the mining pool (ar_pool.py), each hit with the claims that start
within REACH characters after it (their event), to see what the extractor makes of a verdict, a
release, a kidnapping, a detention order in absentia, held defendants, captives, a time word in
«القبض ... على». Nothing it writes is committed (it quotes the pool).

    python3 tools/mining/ar_court28.py POOL CLAIMS.jsonl                 # every group: hits, claim events
    python3 tools/mining/ar_court28.py POOL CLAIMS.jsonl --group VERDICT --sample 30 --seed 28

CLAIMS.jsonl is the output of ExtractArPool.java on POOL/pool.txt.
"""
import argparse
import bisect
import collections
import random
import re

import mining

TIME = (r"(?:أمس|امس|اليوم|الليلة|مساء|صباح|فجر|ظهر|عصر|الأحد|الاثنين|الإثنين|الثلاثاء|"
        r"الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الماضي|الماضية|الأول)")
GROUPS = {
    "QABD_TIME": r"القبض\s+(?:" + TIME + r"\S*\s+){1,3}(?:على|علي)\s",
    "ABSENTIA": r"(?:حبس|بحبس|بالسجن|بسجن|بالحبس|بإعدام|بالإعدام|بالمؤبد)[^.،]{0,80}غيابي",
    "HELD_DEFENDANTS": r"محبوس\S*",
    "CAPTIVES": r"(?:^|\s)(?:و|ب|من\s|ل)?(?:أسر|اسر)\s",
    "VERDICT": r"(?:قضت|حكمت|حكم|قضى|عاقبت|بمعاقبة|معاقبة)\s+(?:\S+\s+){0,4}?"
               r"(?:بحبس|بسجن|بالسجن|بالحبس|بالإعدام|بإعدام|بالمؤبد|بالأشغال)\s",
    "SENTENCED": r"(?:الحكم|حكم|أحكام)\s+(?:\S+\s+){0,2}?(?:بالسجن|بالحبس|بسجن|بحبس|بالإعدام|بإعدام)",
    "RELEASE": r"(?:إخلاء سبيل|اخلاء سبيل|أخلت سبيل|أخلي سبيل|الإفراج عن|الافراج عن|أفرج\S* عن|"
               r"إطلاق سراح|اطلاق سراح|مخلى سبيل\S*|أطلق\S* سراح)",
    "KIDNAP": r"(?:اختطاف|خطف|اختطف\S*|خطفت|خطفوا|مختطف\S*|المختطف\S*|رهائن|رهينة|الرهائن)",
    "VERB_FINAL": r"\s(?:ضبطا|ضبطوا|اعتقلوا|احتجزوا|أوقفوا|اوقفوا|اعتقلا|أوقفا)(?=\s|$|[.،])",
    "ADMIN_DETENTION": r"الاعتقال الإداري|للاعتقال الإداري",
}
REACH = 60


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--group")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=28)
    ap.add_argument("--event", help="sample only hits with a claim of this event (NONE: no claim)")
    args = ap.parse_args()
    text = mining.pool_text(args.pool)
    claims = sorted(mining.read_jsonl(args.claims), key=lambda c: c["span"]["start"])
    starts = [c["span"]["start"] for c in claims]
    for name, rx in GROUPS.items():
        if args.group and name != args.group:
            continue
        hits = []
        for m in re.finditer(rx, text):
            line_end = text.find("\n", m.end())
            lo = bisect.bisect_left(starts, m.start())
            hi = bisect.bisect_right(starts, min(line_end, m.end() + REACH))
            near = claims[lo:hi]
            events = sorted({c["event"] for c in near}) or ["NONE"]
            hits.append((m, "/".join(events), near))
        verdicts = collections.Counter(h[1] for h in hits)
        print(f"{name}: {len(hits)} hits {dict(verdicts.most_common())}")
        if args.sample:
            pool = [h for h in hits if not args.event or args.event in h[1].split("/")]
            random.seed(args.seed)
            for m, ev, near in random.sample(pool, min(args.sample, len(pool))):
                ls = text.rfind("\n", 0, m.start()) + 1
                ctx = text[max(ls, m.start() - 60):m.end() + 80].replace("\n", " ")
                got = "; ".join(f"{c['event']} {c['quantity']['value']} '{c['text']}'" for c in near)
                print(f"  {ev:10} | {ctx}\n             -> {got}")


if __name__ == "__main__":
    main()
