#!/usr/bin/env python3
"""Groups the casualty claims of the mining pool whose subject may be wrong, by construction.

    python3 tools/mining/subject_groups.py POOL_DIR CLAIMS.jsonl [--sample N --seed S --group G]

POOL_DIR is what ar_pool.py wrote; CLAIMS.jsonl is `countercheck extract --format jsonl --lang ar
POOL_DIR/pool.txt`. For every claim of a casualty or arrest event, the words around its number are
read for a word of a group or force (a stem list below, wider than the lexicon on purpose: it is
meant to find what the lexicon misses) and the claim is put in a construction group:

  PART_OF      N [noun] من [member noun] GROUP       «إصابة 5 من مجندي الجيش»، «19 مسلحا من تنظيم»
  OTHERS_OF    N آخرين من GROUP                       «و3 آخرين من الشرطة»
  CONSTRUCT    casualty noun in construct with GROUP before N (a toll)  «عدد مصابي الشرطة إلى 120»
  NOUN_GROUP   N casualty-noun-in-construct GROUP     «5 مجندي الجيش»، «3 قتلى الشرطة»
  PARTITIVE    بينهم/منهم N, the whole's subject not PERSON  «بينهم 20 مصابا»
  PRONOUN      لها/منها/لهم right before the cue        «وسقط لها خمسة قتلى»
Each group is split by the extracted subject (PERSON or other), and counted; --sample prints a
random sample of a group (its sentence cut around the claim), to be judged by hand.
"""
import argparse
import random
import re
from collections import Counter, defaultdict

import mining

TASHKEEL = re.compile("[\u064B-\u065F\u0670\u0640]")
TOKEN = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0670-\u06D3\u0640\u064B-\u065F]+|[0-9\u0660-\u0669]+|[^\s]")
GROUP = re.compile("^(مجند|جند|جنود|ضباط|ضابط|شرط|جيش|امن|قوات|قوه|عسكري|مسلح|ارهابي|حوثي|داعش|"
                   "تنظيم|متظاهر|محتج|مدني|ثوار|معتصم|بلطجي|حرس|امناء|امين|مخبر|بشمرك|بيشمرك|"
                   "مقاتل|ميليشي|مليشي|انقلابي|متمرد|مخابرات|صاعقه|درك|مارينز|طالبان|حزب)")
MEMBER = {"عناصر", "افراد", "رجال", "مقاتلي", "منتسبي", "اعضاء", "مجندي", "جنود", "ضباط", "امناء"}
CASUALTY_CONSTRUCT = re.compile("^(مصابي|قتلي|شهداء|ضحايا|جرحي|مفقودي|معتقلي|مصابو|جرحي|اصابات|"
                                "وفيات|مصاب|قتيل|شهيد|جريح)$")
PARTITIVE = {"بينهم", "منهم", "بينها", "منها"}
PRONOUN = {"لها", "لهم", "منها", "لديها", "صفوفها", "صفوفهم"}
EVENTS = {"KILLED", "INJURED", "ARRESTED", "MISSING"}


def norm(t):
    t = TASHKEEL.sub("", t)
    t = (t.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي")
         .replace("ة", "ه"))
    return t


def strip(t):
    for p in ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل"):
        if t.startswith(p) and len(t) - len(p) >= 3:
            return t[len(p):]
    return t


def is_group(t):
    return bool(GROUP.match(strip(norm(t))))


def tokens(text):
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def count_token(claim, sent, sent_start):
    """The tokens of a claim's sentence, those inside the claim's span, and the claim's number
    among them (the first digit token inside, else the first inside; None if none is inside)."""
    s, e = claim["span"]["start"] - sent_start, claim["span"]["end"] - sent_start
    toks = tokens(sent)
    inside = [i for i, (a, b, t) in enumerate(toks) if a >= s and b <= e]
    num = [i for i in inside if re.match(r"[0-9\u0660-\u0669]", toks[i][2])]
    return toks, inside, (num or inside or [None])[0]


def classify(claim, sent, sent_start, prev_subject):
    toks, inside, n = count_token(claim, sent, sent_start)
    if n is None:
        return None
    last = inside[-1]
    w = [strip(norm(t)) for _, _, t in toks]
    raw = [norm(t) for _, _, t in toks]
    after = list(range(n + 1, min(len(toks), max(last, n) + 5)))
    # PART_OF / OTHERS_OF: من within two words after the number, a group word within two after it
    for k in after[:3]:
        if raw[k] in ("من", "ومن"):
            between = [w[j] for j in range(n + 1, k)]
            nxt = [j for j in range(k + 1, min(len(toks), k + 3))]
            if any(is_group(toks[j][2]) or w[j] in MEMBER for j in nxt):
                if any(b in ("اخرين", "اخرون") for b in between):
                    return "OTHERS_OF"
                return "PART_OF"
            break
    # NOUN_GROUP: N then a casualty or member noun in construct, then a group
    if n + 2 < len(toks) and (CASUALTY_CONSTRUCT.match(w[n + 1]) or w[n + 1] in MEMBER) \
            and is_group(toks[n + 2][2]):
        return "NOUN_GROUP"
    # CONSTRUCT: a casualty noun in construct with a group before the number (a toll)
    for k in range(max(0, n - 8), n):
        if CASUALTY_CONSTRUCT.match(w[k]) and k + 1 < n and is_group(toks[k + 1][2]):
            return "CONSTRUCT"
    for k in range(max(0, n - 3), n):
        if raw[k] in PARTITIVE or w[k] in PARTITIVE:
            if prev_subject and prev_subject != "PERSON":
                return "PARTITIVE"
        if w[k] in PRONOUN or raw[k] in PRONOUN:
            return "PRONOUN"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--group", default=None)
    ap.add_argument("--subject", default=None, help="sample only claims of this subject")
    args = ap.parse_args()
    groups = defaultdict(list)
    prev, starts = {}, {}
    for i, c, sent, start in mining.pool_claims(args.pool, args.claims, EVENTS):
        starts[i] = start
        g = classify(c, sent, start, prev.get(i))
        prev[i] = c["subject"]
        if g:
            groups[g].append((i, c, sent))
    counts = Counter()
    for g, rows in groups.items():
        for _, c, _ in rows:
            counts[(g, "PERSON" if c["subject"] == "PERSON" else "other")] += 1
    for g in sorted(groups, key=lambda g: -len(groups[g])):
        sentences = len({i for i, _, _ in groups[g]})
        print(f"{g:12s} claims {len(groups[g]):4d} (sentences {sentences:4d}): "
              f"PERSON {counts[(g, 'PERSON')]}, other {counts[(g, 'other')]}")
    if args.sample and args.group:
        rows = [r for r in groups[args.group] if not args.subject or r[1]["subject"] == args.subject]
        rnd = random.Random(args.seed)
        for i, c, sent in rnd.sample(rows, min(args.sample, len(rows))):
            s = c["span"]["start"] - starts[i]
            print(f"--- #{i} {c['event']} {c['subject']} {c['quantity']['value']} '{c['text']}'")
            print("    " + sent[max(0, s - 90): s + 110])


if __name__ == "__main__":
    main()
