#!/usr/bin/env python3
"""A blind second annotation of a sampled development set (devset9 by default), to measure how far
two annotators agree on its gold labels.

    python3 tools/annotation/second_pass.py draw [--set devset9] [--seed 2026120799] [--out /tmp]
    python3 tools/annotation/second_pass.py draw --set devset10 --seed 2026120831 --sample 50
    python3 tools/annotation/second_pass.py compare [--set devset9] [--second PATTERN] [--skip IDS]

`draw` picks, per language and at random with the seed, 40 sentences with at least one gold claim
and 20 without (where a language has fewer than 40 with a claim, all of them, and sentences without
a claim up to 60 in all), and writes ONLY their ids and texts, in a shuffled order, to
OUT/second-LANG.txt (one sentence per block: the id on one line, the text on the next). The gold
labels are read to split the sentences into the two groups and are never printed. With --sample N
it draws instead N ids of all the sentences of each language, `random.Random(SEED).sample(sorted(ids),
N)`, without looking at the labels at all (devset10's second annotation), and writes them in id order.

`compare` reads the second annotation, PATTERN with {lang} replaced (by default the committed
claims/src/test/resources/devset9/second-annotation-{lang}9.jsonl; /tmp/second-{lang}.jsonl is
where the annotator writes it first), one object per sentence ({"id": ..., "claims": [...]},
claims in the devset format: event, subjects, kinds, value, low,
high, note), and prints the agreement with the gold per language: claims matched one to one,
greedily in gold order, as the scorer matches (equal event, a shared subject, a shared kind,
equal low/high for RANGE and VAGUE and equal value otherwise); P, R and F1 of the second
annotation against the gold; among the matched claims, how many have the same set of accepted
subjects and the same set of kinds (a stricter agreement, which the scorer does not need); the
agreement on whether a sentence has any claim (and Cohen's kappa); and every disagreement, one row
per unmatched claim. --skip ID,ID,... leaves sentences out (e.g. those whose labels a README
quotes, which the second annotator has read).

Run from the repo root."""
import argparse
import json
import random

LANGS = ("ar", "en")
POSITIVES = 40
NEGATIVES = 20


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def gold_path(s, lang):
    return "claims/src/test/resources/%s/%s-%s.jsonl" % (s, s, lang)


def draw_plain(args):
    for lang in LANGS:
        rows = load(gold_path(args.set, lang))
        picked = set(random.Random(args.seed).sample(sorted(r["id"] for r in rows), args.sample))
        out = "%s/second-%s.txt" % (args.out, lang)
        with open(out, "w", encoding="utf-8") as f:
            for r in sorted((r for r in rows if r["id"] in picked), key=lambda r: r["id"]):
                f.write(r["id"] + "\n" + r["text"].replace("\n", " ") + "\n\n")
        print("%s: %d of %d sentences (labels not read) -> %s" % (lang, len(picked), len(rows), out))


def draw(args):
    if args.sample:
        draw_plain(args)
        return
    for lang in LANGS:
        rng = random.Random("%d-%s" % (args.seed, lang))
        rows = load(gold_path(args.set, lang))
        pos = sorted(r["id"] for r in rows if r["claims"])
        neg = sorted(r["id"] for r in rows if not r["claims"])
        npos = min(POSITIVES, len(pos))
        nneg = POSITIVES + NEGATIVES - npos
        picked = set(rng.sample(pos, npos)) | set(rng.sample(neg, nneg))
        chosen = [r for r in rows if r["id"] in picked]
        rng.shuffle(chosen)
        out = "%s/second-%s.txt" % (args.out, lang)
        with open(out, "w", encoding="utf-8") as f:
            for r in chosen:
                f.write(r["id"] + "\n" + r["text"].replace("\n", " ") + "\n\n")
        print("%s: %d sentences (%d of %d with a claim, %d of %d without) -> %s"
              % (lang, len(chosen), npos, len(pos), nneg, len(neg), out))


def matches(a, b):
    if a["event"] != b["event"]:
        return False
    if not set(a["subjects"]) & set(b["subjects"]):
        return False
    kinds = set(a["kinds"]) & set(b["kinds"])
    if not kinds:
        return False
    if kinds <= {"RANGE", "VAGUE"}:
        return a["low"] == b["low"] and a.get("high") == b.get("high")
    return a.get("value") == b.get("value")


def show(c):
    return "%s %s %s v=%s [%s,%s]" % (c["event"], "/".join(c["subjects"]), "/".join(c["kinds"]),
                                    c.get("value"), c.get("low"), c.get("high"))


def compare(args):
    for lang in LANGS:
        gold = {r["id"]: r for r in load(gold_path(args.set, lang))}
        skip = set(args.skip.split(",")) if args.skip else set()
        second = [s for s in load(args.second.format(lang=lang)) if s["id"] not in skip]
        tp = fp = fn = 0
        same_subjects = same_kinds = 0
        both = only_gold = only_second = neither = 0
        rows = []
        for s in second:
            g = gold[s["id"]]["claims"]
            mine = s["claims"]
            used = [False] * len(mine)
            for gc in g:
                hit = next((i for i, m in enumerate(mine) if not used[i] and matches(gc, m)), -1)
                if hit < 0:
                    fn += 1
                    rows.append((s["id"], gold[s["id"]]["split"], "gold only", show(gc),
                                 gc.get("note", "")))
                else:
                    used[hit] = True
                    tp += 1
                    same_subjects += set(gc["subjects"]) == set(mine[hit]["subjects"])
                    same_kinds += set(gc["kinds"]) == set(mine[hit]["kinds"])
            for i, m in enumerate(mine):
                if not used[i]:
                    fp += 1
                    rows.append((s["id"], gold[s["id"]]["split"], "second only", show(m),
                                 m.get("note", "")))
            if g and mine:
                both += 1
            elif g:
                only_gold += 1
            elif mine:
                only_second += 1
            else:
                neither += 1
        n = len(second)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        po = (both + neither) / n
        pg = (both + only_gold) / n
        ps = (both + only_second) / n
        pe = pg * ps + (1 - pg) * (1 - ps)
        kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0
        print("== %s: %d sentences, gold claims %d, second claims %d" % (lang, n, tp + fn, tp + fp))
        print("claims: matched %d, gold only %d, second only %d; P=%.3f R=%.3f F1=%.3f"
              % (tp, fn, fp, p, r, f1))
        print("matched claims with the same accepted subjects %d/%d, the same kinds %d/%d"
              % (same_subjects, tp, same_kinds, tp))
        print("has-a-claim: both %d, neither %d, gold only %d, second only %d; agreement %.3f,"
              " kappa %.3f" % (both, neither, only_gold, only_second, po, kappa))
        for row in sorted(rows):
            print("  | %s | %s | %s | %s | %s |" % row)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=("draw", "compare"))
    ap.add_argument("--set", default="devset9")
    ap.add_argument("--seed", type=int, default=2026120799)
    ap.add_argument("--out", default="/tmp")
    ap.add_argument("--second",
                    default="claims/src/test/resources/devset9/second-annotation-{lang}9.jsonl")
    ap.add_argument("--skip", default="")
    ap.add_argument("--sample", type=int, default=0,
                    help="draw: N ids of all sentences per language, labels unread")
    args = ap.parse_args()
    draw(args) if args.mode == "draw" else compare(args)


if __name__ == "__main__":
    main()
