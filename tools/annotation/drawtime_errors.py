#!/usr/bin/env python3
"""What unseen text gets wrong (branch study30): the errors of the `dev` splits of devset5 to
devset9, each scored with the code of the commit the set was drawn at (before any rule saw it),
and whether main's code still makes them.

    python3 tools/annotation/drawtime_errors.py prepare --out /tmp/study30
    python3 tools/annotation/drawtime_errors.py extract --out /tmp/study30 --jars /tmp/study30-jars
    python3 tools/annotation/drawtime_errors.py errors  --out /tmp/study30 [--lang ar]
    python3 tools/annotation/drawtime_errors.py table   --out /tmp/study30 [--sets devset8,devset9] [--sub]
    python3 tools/annotation/drawtime_errors.py pool    --jars /tmp/study30-jars

`prepare` writes, per set and language, the dev split only (the measure splits are never read
beyond their `split` field): OUT/in-<set>-<lang>.tsv (id, lang, base64 of the text; the input of
ExtractDevSentences.java) and OUT/gold-<set>-<lang>.jsonl (the gold claims as they are now, in the
authored form {"id", "claims"} of shared/tools/score-claims).

`extract` runs ExtractDevSentences.java (each sentence alone, as the devset tests extract) with the
CLI jar JARS/<commit>.jar of the set's draw commit (DRAW) and of main (MAIN), writing
OUT/pred-<set>-<lang>-<commit>.jsonl. Each jar is built in a scratch clone:
`git clone -q REPO /tmp/study30-build; git checkout -q C; mvn -B -q -o package -pl cli -am
-DskipTests -Dmaven.javadoc.skip=true -Dcountercheck.reproducible.skip=true`.

`errors` scores both with the matching of shared/tools/score-claims (imported from it: a claim
matches a gold claim on the event, a subject and a kind among the gold's, and the numbers; claims
of event OTHER are ignored; gold claims matched greedily in order) and prints every draw-time error
of the dev split with its sentence (for classing by hand; nothing of it is committed): MISS, EXTRA,
and PAIR (a MISS and an EXTRA of the same sentence with the same numbers: a claim with a wrong
event, subject or kind; one miss and one extra), each with `main: still` or `main: fixed`.
It also checks its totals against the summary line of score-claims itself.

`table` reads the hand classes (drawtime-classes.tsv beside this file: set, lang, id, error key,
class, note) and prints per language the count of each class at draw time and at main, its share of
the draw-time errors (a PAIR weighs 2: one miss, one extra) and the F1 the draw-time code would have
had with that class alone fixed. Every draw-time error must have a class (the script says which
lack one).

`pool` counts constructions on the development corpora with main's jar (unjudged counts: the
devsets' sentences are not left out): the numbered Arabic sentences of arabic-news-2013 and
saudi-news-2015-dev with a death, injury or arrest cue right before a singular person noun
(AR_SINGULAR) or with one of the shapes of AR_SHAPES, and how many of them get no scored claim of 1;
and the sentences of
english-news-dev holding one of the toll and total constructions of EN_TOTALS, and how many of them
leave a number of the construction without a scored claim.
"""
import argparse
import base64
import collections
import importlib.machinery
import importlib.util
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
RES = os.path.join(ROOT, "claims", "src", "test", "resources")
SCORER = os.path.join(ROOT, "..", "shared", "tools", "score-claims")
CLASSES = os.path.join(HERE, "drawtime-classes.tsv")

# the commit each set was drawn at (its README, "When drawn" / "Figures when drawn")
DRAW = {"devset5": "7cadba3", "devset6": "e6f7aa5", "devset7": "e6f7aa5",
        "devset8": "e8fa825", "devset9": "166b76cd"}
MAIN = "d54d6715"
LANGS = ("ar", "en")


def scorer():
    """The module shared/tools/score-claims (its matches and EVENTS)."""
    loader = importlib.machinery.SourceFileLoader("score_claims", SCORER)
    spec = importlib.util.spec_from_loader("score_claims", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def dev_rows(s, lang):
    """The dev split of a set in one language (measure lines are dropped unread)."""
    rows = read_jsonl(os.path.join(RES, s, f"{s}-{lang}.jsonl"))
    return [r for r in rows if r.get("split") == "dev"]


def prepare(out):
    os.makedirs(out, exist_ok=True)
    for s in DRAW:
        for lang in LANGS:
            rows = dev_rows(s, lang)
            with open(os.path.join(out, f"in-{s}-{lang}.tsv"), "w", encoding="utf-8") as f:
                for r in rows:
                    b64 = base64.b64encode(r["text"].encode("utf-8")).decode("ascii")
                    f.write(f"{r['id']}\t{lang}\t{b64}\n")
            with open(os.path.join(out, f"gold-{s}-{lang}.jsonl"), "w", encoding="utf-8") as f:
                for r in rows:
                    f.write(json.dumps({"id": r["id"], "lang": lang, "text": r["text"],
                                        "claims": r["claims"]}, ensure_ascii=False) + "\n")
            print(s, lang, len(rows), "dev sentences", file=sys.stderr)


def extract(out, jars):
    driver = os.path.join(HERE, "ExtractDevSentences.java")
    for s, draw in DRAW.items():
        for lang in LANGS:
            for commit in (draw, MAIN):
                dest = os.path.join(out, f"pred-{s}-{lang}-{commit}.jsonl")
                if os.path.exists(dest):
                    continue
                jar = os.path.join(jars, commit + ".jar")
                with open(os.path.join(out, f"in-{s}-{lang}.tsv"), "rb") as fin, \
                        open(dest + ".tmp", "wb") as fout:
                    subprocess.run(["java", "-cp", jar, driver], stdin=fin, stdout=fout,
                                   check=True)
                os.replace(dest + ".tmp", dest)
                print(s, lang, commit, file=sys.stderr)


def numbers(q):
    """The numbers of a predicted quantity or a gold claim, as the scorer compares them."""
    return (q.get("value"), q.get("low"), q.get("high"))


def score(sc, gold, preds):
    """Per sentence id: (misses, extras, tp) by the greedy matching of score-claims."""
    by_doc = collections.defaultdict(list)
    for p in preds:
        if p.get("event") in sc.EVENTS:
            by_doc[p["document"]].append(p)
    result = {}
    for g in gold:
        cands = by_doc.get(g["id"] + ".txt", [])
        used, misses = set(), []
        for gc in g["claims"]:
            hit = next((i for i, p in enumerate(cands) if i not in used and sc.matches(gc, p)),
                       None)
            if hit is None:
                misses.append(gc)
            else:
                used.add(hit)
        extras = [p for i, p in enumerate(cands) if i not in used]
        result[g["id"]] = (misses, extras, len(used))
    return result


def gold_key(gc):
    kind = "/".join(gc["kinds"])
    return f"MISS {gc['event']} {'/'.join(gc['subjects'])} {kind} {gc['value']} {gc['low']}-{gc['high']}"


def pred_key(p):
    q = p["quantity"]
    return f"EXTRA {p['event']} {p['subject']} {q['kind']} {q.get('value')} {q.get('low')}-{q.get('high')}"


def same_numbers(gc, p):
    """Whether a predicted claim carries the gold claim's numbers (any event, subject, kind)."""
    q = p["quantity"]
    if q.get("kind") in ("RANGE", "VAGUE") or gc["value"] is None:
        return sc_num(q.get("low")) == sc_num(gc["low"]) and sc_num(q.get("high")) == sc_num(gc["high"])
    return sc_num(q.get("value")) == sc_num(gc["value"])


def sc_num(x):
    try:
        return None if x is None else float(x)
    except (TypeError, ValueError):
        return None


def errors_of(sc, s, lang, out, commit):
    """The errors of one set, language and commit: a list of (id, key) with PAIRs formed, and the
    totals (tp, fp, fn)."""
    gold = read_jsonl(os.path.join(out, f"gold-{s}-{lang}.jsonl"))
    preds = read_jsonl(os.path.join(out, f"pred-{s}-{lang}-{commit}.jsonl"))
    res = score(sc, gold, preds)
    errs, tp, fp, fn = [], 0, 0, 0
    for sid, (misses, extras, t) in res.items():
        tp, fp, fn = tp + t, fp + len(extras), fn + len(misses)
        extras = list(extras)
        for gc in misses:
            pair = next((p for p in extras if same_numbers(gc, p)), None)
            if pair is not None:
                extras.remove(pair)
                errs.append((sid, "PAIR " + gold_key(gc)[5:] + " <- " + pred_key(pair)[6:],
                             gc, pair))
            else:
                errs.append((sid, gold_key(gc), gc, None))
        for p in extras:
            errs.append((sid, pred_key(p), None, p))
    return errs, (tp, fp, fn)


def f1(tp, fp, fn):
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def check_totals(s, lang, out, commit, totals):
    """The summary line of score-claims itself on the same files must give the same P, R, F1."""
    line = subprocess.run([sys.executable, SCORER, os.path.join(out, f"gold-{s}-{lang}.jsonl"),
                           os.path.join(out, f"pred-{s}-{lang}-{commit}.jsonl")],
                          capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    tp, fp, fn = totals
    mine = f"F1={f1(tp, fp, fn):.3f}"
    if mine not in line:
        print(f"!! {s} {lang} {commit}: mine {mine} {totals}, score-claims: {line}", file=sys.stderr)
    return line


def errors(out, langs):
    sc = scorer()
    for lang in langs:
        for s, draw in DRAW.items():
            golds = {g["id"]: g for g in read_jsonl(os.path.join(out, f"gold-{s}-{lang}.jsonl"))}
            derrs, dt = errors_of(sc, s, lang, out, draw)
            merrs, mt = errors_of(sc, s, lang, out, MAIN)
            check_totals(s, lang, out, draw, dt)
            check_totals(s, lang, out, MAIN, mt)
            still = collections.Counter((sid, key) for sid, key, _, _ in merrs)
            print(f"#### {s} {lang} draw {draw} tp/fp/fn {dt} F1 {f1(*dt):.3f} | main {mt} F1 {f1(*mt):.3f}")
            allp = collections.defaultdict(list)
            for p in read_jsonl(os.path.join(out, f"pred-{s}-{lang}-{draw}.jsonl")):
                allp[p["document"][:-4]].append(p)
            last = None
            for sid, key, gc, p in derrs:
                if sid != last:
                    print(f"\n== {sid}: {golds[sid]['text']}")
                    for g in golds[sid]["claims"]:
                        print(f"     gold: {gold_key(g)[5:]} {g.get('note', '')!r}")
                    for q in allp[sid]:
                        print(f"     draw claim: {pred_key(q)[6:]} {q['text']!r}")
                    last = sid
                state = "still" if still[(sid, key)] > 0 else "fixed"
                if still[(sid, key)] > 0:
                    still[(sid, key)] -= 1
                note = (gc or {}).get("note", "")
                span = (p or {}).get("text", "")
                print(f"  {s}\t{lang}\t{sid}\t{key}\tmain:{state}\tnote={note!r}\tspan={span!r}")
            new = [(sid, key) for (sid, key), n in still.items() for _ in range(n)]
            print(f"\n  -- main's errors absent at draw time: {len(new)}: {new}")


def read_classes(classes_file, sub=False):
    """The hand classes: (set, lang, id, key) -> a list of (class, forced state or None), in the
    order of the errors of that key in that sentence; with sub, the class is followed by the
    [tag] its note begins with, if any."""
    marks = collections.defaultdict(list)
    with open(classes_file, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            s, lang, sid, key, cls, state, note = line.rstrip("\n").split("\t")[:7]
            if sub and note.startswith("["):
                cls += " " + note[:note.index("]") + 1]
            marks[(s, lang, sid, key)].append((cls, state[:-1] if state.endswith("*") else None))
    return marks


def table(out, classes_file, sets=None, sub=False):
    """Per language: each class's errors at draw time and still at main, by side; over the sets
    named (all five by default); with sub, each class split by the [tag] its notes begin with."""
    sc = scorer()
    marks = read_classes(classes_file, sub)
    draws = {s: c for s, c in DRAW.items() if not sets or s in sets}
    for lang in LANGS:
        # per class: [misses, extras, pairs, misses still, extras still, pairs still]
        rows = collections.defaultdict(lambda: [0] * 6)
        tot, mtot, missing, new = [0, 0, 0], [0, 0, 0], [], 0
        for s, draw in draws.items():
            derrs, dt = errors_of(sc, s, lang, out, draw)
            merrs, mt = errors_of(sc, s, lang, out, MAIN)
            tot = [a + b for a, b in zip(tot, dt)]
            mtot = [a + b for a, b in zip(mtot, mt)]
            still = collections.Counter((sid, key) for sid, key, _, _ in merrs)
            used = collections.Counter()
            for sid, key, _, _ in derrs:
                k = (s, lang, sid, key)
                if used[k] >= len(marks.get(k, [])):
                    missing.append(k)
                    continue
                cls, forced = marks[k][used[k]]
                used[k] += 1
                side = {"MISS": 0, "EXTRA": 1, "PAIR": 2}[key.split()[0]]
                rows[cls][side] += 1
                if still[(sid, key)] > 0:
                    still[(sid, key)] -= 1
                    rows[cls][3 + side] += 1
                elif forced == "still":
                    rows[cls][3 + side] += 1
            new += sum(still.values())
        tp, fp, fn = tot
        base = f1(tp, fp, fn)
        units = fp + fn
        print(f"\n{lang}: dev parts of {', '.join(draws)} when drawn: tp {tp} fp {fp} fn {fn} F1 {base:.3f}; "
              f"at main: tp {mtot[0]} fp {mtot[1]} fn {mtot[2]} F1 {f1(*mtot):.3f}; "
              f"errors of main absent when drawn (new or moved): {new}")
        print("| class | miss | extra | pair | errors (units) | still at main (units) "
              "| share of the draw-time loss | F1 when drawn with the class fixed |")
        print("|---|---|---|---|---|---|---|---|")
        for cls, r in sorted(rows.items(), key=lambda kv: -(kv[1][0] + kv[1][1] + 2 * kv[1][2])):
            m, e, p = r[0], r[1], r[2]
            u = m + e + 2 * p
            us = r[3] + r[4] + 2 * r[5]
            fixed = f1(tp + m + p, fp - e - p, fn - m - p)
            print(f"| {cls} | {m} | {e} | {p} | {m + e + p} ({u}) | {r[3] + r[4] + r[5]} ({us}) "
                  f"| {u / units:.1%} | {fixed:.3f} (+{fixed - base:.3f}) |")
        if missing:
            print(f"!! {len(missing)} errors without a class:", *missing[:20], sep="\n  ")


AR_SINGULAR = re.compile(
    r"(?:مصرع|مقتل|وفاة|لوفاة|بوفاة|إصابة|اصابة|توقيف|ضبط|القبض على)\s+(?:المدعو|المدعوة|المواطن|"
    r"المواطنة|الشهيد|شاب|طفل|طفلة|سيدة|رجل|فتاة|سائق|مجند|ضابط|شخص|مواطن|عامل)\b")
_PERSON = r"(?:طفل|طفلة|سيدة|امرأة|شاب|فتاة|رجل|سائق|مجند|ضابط|مواطن|مقيم|عامل|قيادي|مرشدة|مسن|مسنة)"
# shapes of the implicit counts left at main (drawtime-errors.md, "Two checks")
AR_SHAPES = {
    "a later verb tells one death": re.compile(
        r"(?:لقي|لقى|فلقى|فلقي)\s+(?:حتفه|حتفها|مصرعه|مصرعها)|أدى\s+(?:إلى|الى|ل)\s*"
        r"(?:وفاته|وفاتها|مقتله|مقتلها|مصرعه|مصرعها)"),
    "a singular person in a breakdown": re.compile(r"(?:بينهم|بينها|بينهما)\s+" + _PERSON + r"\b"),
    "a singular person coordinated after a count": re.compile(r"\d+\s+\S+\s+و" + _PERSON + r"\b"),
    "a cue before a name marker": re.compile(
        r"(?:مصرع|مقتل|وفاة|لوفاة|إصابة|اصابة|توقيف)\s+(?:المدعو|المدعوة|المتهم|المجني عليه|المجنى عليه)"),
}
_N = r"\d[\d,]*"
_TOLL = r"(toll|number of (the )?(dead|deaths|fatalities|killed|injured)|figure)\b.{0,60}\b"
EN_TOTALS = {
    "toll from N to M": re.compile(_TOLL + r"from (about |over )?" + _N + r"\b.{0,20}\bto " + _N, re.I),
    "toll/figure ... to/at N": re.compile(
        _TOLL + r"(to|at|reached|stood at|touched) (at least |over |about |nearly )?" + _N, re.I),
    "figure of N": re.compile(r"\bfigure of " + _N, re.I),
    "N out of M": re.compile(_N + r" (out )?of (the |these |those )?" + _N + r"\b", re.I),
    "N seriously": re.compile(r", (\d+|two|three|four|five|six|seven|eight|nine|ten) (of them )?"
                              r"(seriously|critically|grievously)", re.I),
}


def extract_texts(jar, lang, texts):
    """The scored claims of main's jar on each text alone: {index: set of values}."""
    inp = "".join(f"q{i}\t{lang}\t{base64.b64encode(t.encode('utf-8')).decode('ascii')}\n"
                  for i, t in enumerate(texts))
    out = subprocess.run(["java", "-cp", jar, os.path.join(HERE, "ExtractDevSentences.java")],
                         input=inp.encode("utf-8"), capture_output=True, check=True).stdout
    got = collections.defaultdict(set)
    for line in out.decode("utf-8").splitlines():
        c = json.loads(line)
        if c["event"] != "OTHER":
            got[int(c["document"][1:-4])].add(c["quantity"].get("value"))
    return got


def pool(jars):
    sys.path.insert(0, RES)
    import devset_sampling as ds  # the corpus readers of the devsets' sampling
    corpus = os.path.join(ROOT, "..", "shared", "corpus")
    jar = os.path.join(jars, MAIN + ".jar")
    n, hits = 0, collections.defaultdict(list)
    shapes = {"a cue right before a singular person noun": AR_SINGULAR, **AR_SHAPES}
    for name in ds.ARABIC_CORPORA:
        folder = os.path.join(corpus, name)
        for file in sorted(f for f in os.listdir(folder) if f.endswith(".txt")):
            with open(os.path.join(folder, file), encoding="utf-8") as f:
                text = f.read()
            for _, s in ds.arabic_sentences(text):
                if ds.arabic_has_number(s):
                    n += 1
                    for k, p in shapes.items():
                        if p.search(s):
                            hits[k].append(s)
    print(f"ar: {n} numbered sentences")
    for k in shapes:
        got = extract_texts(jar, "ar", hits[k])
        left = sum(1 for i in range(len(hits[k])) if 1 not in got[i])
        print(f"  {k}: {len(hits[k])} sentences, {left} without a scored claim of 1 at main")
    folder = os.path.join(corpus, "english-news-dev")
    n, hits = 0, []
    for file in sorted(f for f in os.listdir(folder) if f.endswith(".txt")):
        with open(os.path.join(folder, file), encoding="utf-8") as f:
            text = f.read()
        for a, b in ds.english_sentences(text):
            n += 1
            hits += [(k, text[a:b]) for k, p in EN_TOTALS.items() if p.search(text[a:b])]
    got = extract_texts(jar, "en", [s for _, s in hits])
    print(f"en: {n} sentences")
    for k, p in EN_TOTALS.items():
        rows = [(i, s) for i, (kk, s) in enumerate(hits) if kk == k]
        left = 0
        for i, s in rows:
            nums = [int(x.replace(",", "")) for x in re.findall(_N, p.search(s).group(0))
                    if x.replace(",", "").isdigit()]
            left += any(v not in got[i] for v in nums)
        print(f"  {k}: {len(rows)} sentences, {left} with a number of it unclaimed at main")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=("prepare", "extract", "errors", "table", "pool"))
    ap.add_argument("--out", default="/tmp/study30")
    ap.add_argument("--jars", default="/tmp/study30-jars")
    ap.add_argument("--lang", choices=LANGS)
    ap.add_argument("--classes", default=CLASSES)
    ap.add_argument("--sets", help="table: the sets to count, e.g. devset8,devset9")
    ap.add_argument("--sub", action="store_true", help="table: split classes by their [tag]")
    a = ap.parse_args()
    langs = (a.lang,) if a.lang else LANGS
    if a.step == "prepare":
        prepare(a.out)
    elif a.step == "extract":
        extract(a.out, a.jars)
    elif a.step == "errors":
        errors(a.out, langs)
    elif a.step == "pool":
        pool(a.jars)
    else:
        table(a.out, a.classes, a.sets.split(",") if a.sets else None, a.sub)


if __name__ == "__main__":
    main()
