"""(experiment model28, issue 16) Can a small learned classifier recover the counts the rules leave
without a claim? Reads the leftover counts of the dev splits with their features (written by
AttachmentDataTest, see README.md beside this file), labels them from the dev gold, and
cross-validates a multinomial logistic regression by source article: the added claims' precision,
the change of F1 and of negatives silent, per threshold. Dev splits only: the dump holds no
measured sentence, and the gold read here is filtered to the dev split too.

    python3 tools/attachment/attachment_cv.py DUMP.jsonl [--lang ar|en] [--folds 5] [--drop PREFIX,...]
"""
import argparse
import collections
import json
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.normpath(os.path.join(HERE, "..", "..", "claims", "src", "test", "resources"))
RANGE_KINDS = ("RANGE", "VAGUE")
# the event the rules gave a count they left without a scored claim
LEFTOVER = ("null", "OTHER")


def gold_of_dev():
    """{id: (source, [gold claims])} of every dev-split sentence (never a measured one)."""
    out = {}
    files = [os.path.join(RES, "devset", "devset.jsonl")]
    for n in range(2, 9):
        for lang in ("ar", "en"):
            p = os.path.join(RES, "devset%d" % n, "devset%d-%s.jsonl" % (n, lang))
            if os.path.exists(p):
                files.append(p)
    for p in files:
        first = p.endswith(os.path.join("devset", "devset.jsonl"))
        with open(p, encoding="utf-8") as f:
            for line in f:
                o = json.loads(line)
                if first or o.get("split") == "dev":
                    out[o["id"]] = (o.get("source") or o["id"], o["claims"])
    return out


def matches(g, c, event=None, subject=None):
    """Whether prediction c counts as gold g (the scorer's rule); event/subject override c's."""
    if (event or c["event"]) != g["event"] or (subject or c["subject"]) not in g["subjects"]:
        return False
    if c["kind"] not in g["kinds"]:
        return False
    if c["kind"] in RANGE_KINDS:
        return c["low"] == g["low"] and c.get("high") == g.get("high")
    return c.get("value") == g.get("value")


def score(gold, preds):
    """(tp, fp, fn) of one sentence, greedy one-to-one as ClaimScorer."""
    used = [False] * len(preds)
    tp = 0
    for g in gold:
        for i, p in enumerate(preds):
            if not used[i] and matches(g, p):
                used[i] = True
                tp += 1
                break
    return tp, len(preds) - tp, len(gold) - tp


def unmatched(gold, preds):
    used = [False] * len(preds)
    left = []
    for g in gold:
        for i, p in enumerate(preds):
            if not used[i] and matches(g, p):
                used[i] = True
                break
        else:
            left.append(g)
    return left


def label(cand, left):
    """The event of the first missed gold claim whose numbers and kind the count has, or NONE."""
    for g in left:
        if cand["kind"] in g["kinds"] and (
                (cand["low"] == g["low"] and cand.get("high") == g.get("high"))
                if cand["kind"] in RANGE_KINDS else cand.get("value") == g.get("value")):
            return g["event"]
    return "NONE"


class Softmax:
    """Multinomial logistic regression over string features, SGD with L2, deterministic."""

    def __init__(self, epochs=30, rate=0.1, l2=1e-3, seed=28):
        self.epochs, self.rate, self.l2, self.seed = epochs, rate, l2, seed
        self.w = collections.defaultdict(lambda: collections.defaultdict(float))
        self.classes = []

    def scores(self, feats):
        s = {}
        for c in self.classes:
            wc = self.w[c]
            s[c] = sum(wc.get(f, 0.0) for f in feats)
        m = max(s.values())
        z = sum(math.exp(v - m) for v in s.values())
        return {c: math.exp(v - m) / z for c, v in s.items()}

    def fit(self, xs, ys):
        self.classes = sorted(set(ys) | {"NONE"})
        order = list(range(len(xs)))
        rnd = random.Random(self.seed)
        for ep in range(self.epochs):
            rnd.shuffle(order)
            rate = self.rate / (1 + ep * 0.2)
            for i in order:
                p = self.scores(xs[i])
                for c in self.classes:
                    g = p[c] - (1.0 if ys[i] == c else 0.0)
                    if g == 0.0:
                        continue
                    wc = self.w[c]
                    for f in xs[i]:
                        wc[f] -= rate * (g + self.l2 * wc[f])
        return self


class Perceptron(Softmax):
    """Multi-class averaged perceptron; scores() reads its averaged weights through a softmax, so
    that the thresholds of the table apply to it too."""

    def fit(self, xs, ys):
        self.classes = sorted(set(ys) | {"NONE"})
        total = collections.defaultdict(lambda: collections.defaultdict(float))
        stamp = collections.defaultdict(lambda: collections.defaultdict(int))
        w = self.w
        order = list(range(len(xs)))
        rnd = random.Random(self.seed)
        step = 0
        for _ in range(self.epochs):
            rnd.shuffle(order)
            for i in order:
                step += 1
                s = {c: sum(w[c].get(f, 0.0) for f in xs[i]) for c in self.classes}
                guess = max(self.classes, key=lambda c: (s[c], c == "NONE"))
                if guess != ys[i]:
                    for c, d in ((ys[i], 1.0), (guess, -1.0)):
                        for f in xs[i]:
                            total[c][f] += (step - stamp[c][f]) * w[c][f]
                            stamp[c][f] = step
                            w[c][f] += d
        for c in list(w):
            for f in list(w[c]):
                total[c][f] += (step - stamp[c][f]) * w[c][f]
                w[c][f] = total[c][f] / step
        return self


MODELS = {"softmax": Softmax, "perceptron": Perceptron}


def load(dump, lang, drop):
    gold = gold_of_dev()
    sents = []
    with open(dump, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            if lang and o["lang"] != lang or o["id"] not in gold:
                continue
            source, g = gold[o["id"]]
            left = unmatched(g, o["rules"])
            for c in o["cands"]:
                c["y"] = label(c, left if c["rule"] in LEFTOVER else g)
                c["f"] = [x for x in c["f"] if not any(x.startswith(d) for d in drop)]
            sents.append({"id": o["id"], "set": o["set"], "source": source, "gold": g,
                          "rules": o["rules"],
                          "cands": [c for c in o["cands"] if c["rule"] in LEFTOVER],
                          "attached": [c for c in o["cands"] if c["rule"] not in LEFTOVER]})
    return sents


def nearest(c, side):
    """The event of the nearest cue on one side ('L' or 'R') of a candidate, or None."""
    return next((f[2:] for f in c["f"] if f.startswith(side + ":") and f.count(":") == 1
                 and f != side + ":none"), None)


def to_cue_mode(sents):
    """The attachment formulation: which nearest cue (L, R) the count takes, or NONE; the event
    is then that cue's."""
    for s in sents:
        for c in s["cands"]:
            ev = {"L": nearest(c, "L"), "R": nearest(c, "R")}
            c["cue_events"] = ev
            c["y_event"] = c["y"]
            c["y"] = next((k for k in ("L", "R") if c["y"] != "NONE" and ev[k] == c["y"]), "NONE")
            # the features without the events of the cues, so that they are shared by all events
            c["f"] = [f for f in c["f"] if not (f[:2] in ("L:", "R:") or f[:3] in ("L2:", "R2:"))] + [
                k + ":" + ("cue" if k == f[0] else "") for k in () for f in ()] + [
                f[0] + "@" + f.split(":", 2)[2] if f.count(":") >= 2 else f[0] + "@" + f.split(":")[1]
                for f in c["f"] if f[:2] in ("L:", "R:") and f != f[0] + ":none" and f.count(":") >= 2
            ] + [f for f in c["f"] if f[:2] in ("L:", "R:") and f.count(":") == 1]


def cross_validate(sents, folds, model_args, model="softmax", train_all=False):
    """Each candidate's class probabilities from a model trained on the other folds (by source)."""
    sources = sorted({s["source"] for s in sents})
    random.Random(28).shuffle(sources)
    fold_of = {src: i % folds for i, src in enumerate(sources)}
    for k in range(folds):
        train = [c for s in sents if fold_of[s["source"]] != k
                 for c in s["cands"] + (s["attached"] if train_all else [])]
        m = MODELS[model](**model_args).fit([c["f"] for c in train], [c["y"] for c in train])
        for s in sents:
            if fold_of[s["source"]] == k:
                for c in s["cands"]:
                    p = m.scores(c["f"])
                    best = max((e for e in p if e != "NONE"), key=lambda e: p[e], default=None)
                    c["pred"], c["prob"] = best, (p[best] if best else 0.0)
                    if "cue_events" in c and best:
                        c["pred"] = c["cue_events"][best]
                        if c["pred"] is None:
                            c["prob"] = 0.0


def evaluate(sents, t):
    tp = fp = fn = 0
    tp0 = fp0 = fn0 = 0
    neg = neg0 = negs = 0
    added = right = 0
    for s in sents:
        a = score(s["gold"], s["rules"])
        adds = [dict(c, event=c["pred"]) for c in s["cands"] if c["pred"] and c["prob"] >= t]
        b = score(s["gold"], s["rules"] + adds)
        tp0, fp0, fn0 = tp0 + a[0], fp0 + a[1], fn0 + a[2]
        tp, fp, fn = tp + b[0], fp + b[1], fn + b[2]
        added += len(adds)
        right += b[0] - a[0]
        if not s["gold"]:
            negs += 1
            neg0 += not s["rules"]
            neg += not (s["rules"] or adds)
    f1 = lambda tp, fp, fn: 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return dict(t=t, added=added, right=right, prec=right / added if added else float("nan"),
                f1_0=f1(tp0, fp0, fn0), f1=f1(tp, fp, fn), fn0=fn0, fn=fn,
                neg0=neg0 / negs if negs else 1, neg=neg / negs if negs else 1)


def pool_sample(a, model, drop):
    """The claims model adds on the pool sentences at a.threshold: their number, and a random
    sample (seed 28) with the sentence and the number, to judge by hand."""
    text = {}
    if a.pool_text:
        with open(a.pool_text, encoding="utf-8") as f:
            for line in f:
                i, _, t = line.rstrip("\n").split("\t", 2)
                text[i] = t
    adds = []
    n = 0
    with open(a.pool, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            if a.lang and o["lang"] != a.lang:
                continue
            n += 1
            for c in o["cands"]:
                if c["rule"] not in LEFTOVER:
                    continue
                feats = [x for x in c["f"] if not any(x.startswith(d) for d in drop)
                         and not (a.train_all and x.startswith("rule:"))]
                p = model.scores(feats)
                best = max((e for e in p if e != "NONE"), key=lambda e: p[e])
                if p[best] >= a.threshold:
                    adds.append((o["id"], best, c["subject"], c.get("value"), c["low"], p[best]))
    print("pool: %d sentences, %d claims added at t=%.2f" % (n, len(adds), a.threshold))
    for i, ev, subj, value, low, prob in random.Random(28).sample(adds, min(a.sample, len(adds))):
        print("%s %s %s %s %.2f | %s" % (i, ev, subj, value if value is not None else "~%d" % low,
                                          prob, text.get(i, "")))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--lang")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--drop", default="")
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--mode", choices=("event", "cue"), default="event",
                    help="event: which event (multi-class); cue: which nearest cue, L or R")
    ap.add_argument("--pool", help="a pool dump (AttachmentDataTest, poolOut): list a sample of the "
                    "claims a model trained on every dev sentence adds there, at --threshold")
    ap.add_argument("--pool-text", help="the pool's id<TAB>lang<TAB>text file, to quote the sentences")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--model", choices=sorted(MODELS), default="softmax")
    ap.add_argument("--train-all", action="store_true",
                    help="learn from every count of the dev sentences (those the rules attached too, "
                    "labelled by the gold claim of their number); add claims for leftover counts only")
    ap.add_argument("--show", type=float, default=None, help="list the CV additions at this threshold")
    a = ap.parse_args()
    drop = [d for d in a.drop.split(",") if d]
    sents = load(a.dump, a.lang, drop)
    if a.mode == "cue":
        to_cue_mode(sents)
    cands = [c for s in sents for c in s["cands"]]
    ys = collections.Counter(c["y"] for c in cands)
    print("sentences %d, leftover counts %d, labels %s" % (len(sents), len(cands), dict(ys)))
    if a.train_all:
        for s in sents:  # the rules' event is no feature when their attached counts are learnt from
            for c in s["cands"] + s["attached"]:
                c["f"] = [f for f in c["f"] if not f.startswith("rule:")]
    cross_validate(sents, a.folds, dict(epochs=a.epochs, l2=a.l2), a.model, a.train_all)
    print("   t added right  prec   F1 before->after   misses before->after  negatives silent")
    for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        r = evaluate(sents, t)
        print("%.2f %5d %5d  %.3f  %.3f -> %.3f   %4d -> %4d   %.3f -> %.3f" % (
            r["t"], r["added"], r["right"], r["prec"], r["f1_0"], r["f1"], r["fn0"], r["fn"],
            r["neg0"], r["neg"]))
    ranked = sorted((c for s in sents for c in s["cands"] if c["pred"]), key=lambda c: -c["prob"])
    hits = 0
    line = []
    for i, c in enumerate(ranked[:40], 1):
        hits += c["pred"] == (c.get("y_event") or c["y"]) if "y_event" in c else c["pred"] == c["y"]
        if i in (5, 10, 20, 40):
            line.append("P@%d %.2f" % (i, hits / i))
    print("CV ranking of the leftover counts by probability (event right):", ", ".join(line))
    every = cands + ([c for s in sents for c in s["attached"]] if a.train_all else [])
    fit = MODELS[a.model](epochs=a.epochs, l2=a.l2).fit([c["f"] for c in every], [c["y"] for c in every])
    pos = [c for c in cands if c["y"] != "NONE"]
    ok = sum(max(fit.scores(c["f"]).items(), key=lambda kv: kv[1])[0] == c["y"] for c in pos)
    print("fit on all (no held-out): %d of %d positives classed right" % (ok, len(pos)))
    if a.pool:
        pool_sample(a, fit, drop)
    if a.show is not None:
        for s in sents:
            for c in s["cands"]:
                if c["pred"] and c["prob"] >= a.show:
                    print(s["id"], c["pred"], c["subject"], c.get("value"), "y=" + c["y"],
                          "%.2f" % c["prob"])


if __name__ == "__main__":
    main()
