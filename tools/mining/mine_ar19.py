#!/usr/bin/env python3
"""Mining of two Arabic constructions in the development corpora (issue 16, branch ar19cases).

Run from the repository root:

    python3 tools/mining/mine_ar19.py collect --out /tmp/mine     # candidate sentences, one file each
    java -jar cli/target/countercheck-cli-all.jar extract --format jsonl --lang ar \
        /tmp/mine/cases > /tmp/mine/cases.jsonl                   # (and /tmp/mine/deploy)
    python3 tools/mining/mine_ar19.py groups --out /tmp/mine --cls cases [--sample 25 --seed 19]

Classes:
- cases:  a numeral (digits or a number word) right before «حالة/حالات», or a dual «حالتين/حالتان/
          حالتي»: casualties counted as hospital cases, deaths as «حالات وفاة», disease cases,
          divorces, legal cases.
- deploy: a numeral right before a noun of a team, unit, vehicle or aircraft (فرق، فريق، سيارة،
          كتيبة، آلية ...), or a verb of sending (إرسال، توجيه، تحريك، استنفار، نشر، الدفع) at most
          three words before a numeral.

Sentences are cut and kept out of every devset as `claims/src/test/resources/devset_sampling.py`
does (a sentence equal to, inside, or holding an Arabic text of any devset*.jsonl is left out).
Nothing of the corpora is written to the repository: the candidates go to --out.
"""
import argparse
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
import mining
from mining import ds

CORPORA = ["saudi-news-2015-dev", "arabic-news-2013"]
TOKEN = re.compile(r"[\w\u0600-\u06FF]+", re.UNICODE)
DIGITS = re.compile(r"^[0-9\u0660-\u0669\u06F0-\u06F9][0-9\u0660-\u0669\u06F0-\u06F9.,٬٫]*$")
CLITICS = ("وب", "ول", "فب", "و", "ف", "ب", "ل", "ك")

CASE_FORMS = {"حاله", "حالات", "حالتين", "حالتان", "حالتي", "حالتا"}
CASE_DUALS = {"حالتين", "حالتان", "حالتي", "حالتا"}
DEPLOY_NOUNS = {
    "فرق": "TEAM", "فرقه": "TEAM", "فرقتين": "TEAM", "فرقتان": "TEAM", "فريق": "TEAM", "فريقا": "TEAM",
    "فريقين": "TEAM", "فرقا": "TEAM", "طواقم": "TEAM", "طاقم": "TEAM", "طاقما": "TEAM",
    "سياره": "CAR", "سيارات": "CAR", "سيارتين": "CAR", "عربه": "CAR", "عربات": "CAR",
    "اليه": "CAR", "اليات": "CAR", "مدرعه": "CAR", "مدرعات": "CAR", "دبابه": "CAR", "دبابات": "CAR",
    "مركبه": "CAR", "مركبات": "CAR", "حافله": "CAR", "حافلات": "CAR", "شاحنه": "CAR", "شاحنات": "CAR",
    "كتيبه": "UNIT", "كتائب": "UNIT", "سريه": "UNIT", "سرايا": "UNIT", "تشكيل": "UNIT", "تشكيلا": "UNIT",
    "تشكيلات": "UNIT", "وحده": "UNIT", "وحدات": "UNIT", "لواء": "UNIT", "الويه": "UNIT", "قطعه": "UNIT",
    "قطع": "UNIT", "قطعا": "UNIT",
    "طائره": "AIR", "طائرات": "AIR", "مروحيه": "AIR", "مروحيات": "AIR", "طائرتين": "AIR", "مروحيتين": "AIR",
}
SEND_VERBS = {"ارسال", "ارسل", "ارسلت", "توجيه", "وجه", "وجهت", "تحريك", "حرك", "حركت", "استنفار",
              "نشر", "نشرت", "الدفع", "دفع", "دفعت", "تعزيز", "انتشار", "تخصيص", "خصصت", "توفير",
              "سيتم", "تم", "يوجد", "توجد", "وصول", "وصلت", "وصل", "تعزيزات"}
HOSPITAL = ("مستشف", "اسعاف", "طوارئ", "تنويم", "مصاب", "اصاب", "وفا", "جرح", "الهلال الاحمر",
            "الصحه", "علاج", "مشرح", "حادث", "اختناق", "قتل", "مصرع")


def known(words):
    KNOWN.update(words)


def norm(tok):
    return ds.normalize(tok)


KNOWN = set()


def strip(tok):
    t = norm(tok)
    if t in KNOWN:
        return t
    if t.startswith("ال") and len(t) > 4:
        t = t[2:]
    if t in KNOWN:
        return t
    for c in CLITICS:
        if t.startswith(c) and len(t) - len(c) >= 3:
            rest = t[len(c):]
            if rest.startswith("ال") and len(rest) > 4:
                rest = rest[2:]
            return rest
    return t


def is_number(tok):
    return bool(DIGITS.match(tok)) or ds.is_number_word(tok)


def excluded_texts():
    return ds.arabic_texts(mining.devset_files())


def candidates(tokens):
    """Yields (cls, token index of the count, key) for the tokens (text, start, end) of a sentence."""
    words = [norm(t) for t, _, _ in tokens]
    stripped = [strip(t) for t, _, _ in tokens]
    for i, w in enumerate(words):
        s = stripped[i]
        if s in CASE_FORMS or w in CASE_FORMS:
            dual = s in CASE_DUALS or w in CASE_DUALS
            if dual or (i > 0 and is_number(tokens[i - 1][0])):
                yield "cases", (i if dual else i - 1), i
        if s in DEPLOY_NOUNS or w in DEPLOY_NOUNS:
            if i > 0 and is_number(tokens[i - 1][0]):
                yield "deploy", i - 1, i
            elif s.endswith("تين") or s.endswith("تان") or w in ("فريقين",):
                yield "deploy", i, i


def collect(args):
    excluded = excluded_texts()
    exset = set(excluded)
    out = {c: [] for c in ("cases", "deploy")}
    for name in CORPORA:
        folder = os.path.join(args.corpus, name)
        for file in sorted(os.listdir(folder)):
            if not file.endswith(".txt"):
                continue
            with open(os.path.join(folder, file), encoding="utf-8", newline="") as f:
                text = f.read()
            for offset, s in ds.arabic_sentences(text):
                toks = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(s)]
                found = {}
                for cls, count_at, noun_at in candidates(toks):
                    found.setdefault(cls, []).append((toks[count_at][1], toks[noun_at][2]))
                if not found:
                    continue
                c = ds.collapse(s)
                if c in exset or any(e in c or c in e for e in excluded):
                    continue
                for cls, spans in found.items():
                    out[cls].append({"corpus": name, "file": file, "offset": offset, "text": s, "spans": spans})
    for cls, rows in out.items():
        d = os.path.join(args.out, cls)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(args.out, cls + ".index.jsonl"), "w", encoding="utf-8") as idx:
            for n, r in enumerate(rows):
                r["doc"] = f"{n:05d}.txt"
                with open(os.path.join(d, r["doc"]), "w", encoding="utf-8") as f:
                    f.write(r["text"])
                idx.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{cls}: {len(rows)} sentences", file=sys.stderr)


def key_of(cls, text, a, b):
    """The construction of a candidate: for cases the word after the noun (a class of it) and
    whether a casualty or hospital word stands in the sentence; for deploy the noun class and the
    verb class before the count."""
    toks = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
    at = next(i for i, t in enumerate(toks) if t[1] == a)
    end = next(i for i, t in enumerate(toks) if t[2] == b)
    nxt = strip(toks[end + 1][0]) if end + 1 < len(toks) else "<end>"
    if cls == "cases":
        classes = CASE_CLASSES
        k = classes.get(nxt, "w:" + nxt)
        return k
    noun = strip(toks[end][0])
    ncls = DEPLOY_NOUNS.get(noun, DEPLOY_NOUNS.get(norm(toks[end][0]), "?"))
    if ncls == "CAR" and nxt in ("اسعاف", "الاسعاف"):
        ncls = "AMBULANCE"
    if ncls == "TEAM" and nxt.startswith("اسعاف"):
        ncls = "AMB_TEAM"
    before = [strip(t[0]) for t in toks[max(0, at - 3):at]]
    verb = next((w for w in reversed(before) if w in SEND_VERBS), "-")
    return f"{ncls}|{verb}"


CASE_CLASSES = {"وفاه": "DEATH", "وفيات": "DEATH", "اصابه": "INJURY", "اصابات": "INJURY",
                   "اختناق": "CHOKE", "تسمم": "POISON", "خطيره": "STATE", "حرجه": "STATE",
                   "متوسطه": "STATE", "بسيطه": "STATE", "مستقره": "STATE", "طلاق": "DIVORCE",
                   "زواج": "MARRIAGE", "اشتباه": "SUSPECT", "مرضيه": "DISEASE", "انتحار": "SUICIDE",
                   "غرق": "DROWN", "اغماء": "FAINT", "ولاده": "BIRTH", "اجهاض": "BIRTH",
                   "وفيات": "DEATH", "الوفاه": "DEATH", "الاصابه": "INJURY", "الاختناق": "CHOKE"}


def groups(args):
    claims = collections.defaultdict(list)
    with open(os.path.join(args.out, args.cls + ".jsonl"), encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            claims[c["document"]].append(c)
    rows = []
    with open(os.path.join(args.out, args.cls + ".index.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for a, b in r["spans"]:
                got = [c for c in claims.get(r["doc"], [])
                       if c["span"]["start"] < b and c["span"]["end"] > a]
                pred = ",".join(sorted({f'{c["event"]}/{c["subject"]}/{c["quantity"]["low"]}' for c in got})) or "NONE"
                rows.append((key_of(args.cls, r["text"], a, b), pred, r, a, b))
    by = collections.defaultdict(list)
    for row in rows:
        by[row[0]].append(row)
    ranked = sorted(by.items(), key=lambda kv: -len(kv[1]))
    print(f"{args.cls}: {len(rows)} candidates in {len(by)} groups")
    for k, rs in ranked[: args.top]:
        events = collections.Counter(p.split("/")[0] if p != "NONE" else "NONE" for _, p, _, _, _ in rs)
        print(f"{len(rs):5d}  {k:30s}  {dict(events.most_common(5))}")
    if args.sample:
        rng = random.Random(args.seed)
        for k, rs in ranked[: args.sample_groups]:
            print(f"\n=== {k} ({len(rs)})")
            for _, p, r, a, b in rng.sample(rs, min(args.sample, len(rs))):
                t = r["text"]
                lo, hi = max(0, a - 120), min(len(t), b + 120)
                print(f"[{r['doc']}] {p} :: {t[lo:a]}<<{t[a:b]}>>{t[b:hi]}")


known(CASE_FORMS | set(DEPLOY_NOUNS) | SEND_VERBS | set(CASE_CLASSES)
      | {"وقعت", "وفاه", "وفيات", "وصول", "وصلت", "وصل", "وجه", "وجهت"})


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--corpus", default=mining.CORPUS)
    c.add_argument("--out", required=True)
    g = sub.add_parser("groups")
    g.add_argument("--out", required=True)
    g.add_argument("--cls", required=True, choices=["cases", "deploy"])
    g.add_argument("--top", type=int, default=40)
    g.add_argument("--sample", type=int, default=0)
    g.add_argument("--sample-groups", type=int, default=8)
    g.add_argument("--seed", type=int, default=19)
    a = ap.parse_args()
    collect(a) if a.cmd == "collect" else groups(a)


if __name__ == "__main__":
    main()
