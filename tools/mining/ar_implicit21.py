#!/usr/bin/env python3
"""Arabic counts without a numeral (issue 16, branch ar21implicit): every dual of a noun of people
or of a casualty noun, every singular noun of people and every «أحد/إحدى» before a word, next to
a casualty or arrest cue, in the development corpora outside every devset; grouped by construction,
ranked by frequency, with what the extractor makes of each.

Run from the repository root, after extracting the corpora with the CLI jar (as for
implicit_mine.py):

    python3 tools/mining/ar_implicit21.py /tmp/x-2013.jsonl /tmp/x-saudi.jsonl > groups.txt
    python3 tools/mining/ar_implicit21.py ... --sample "DUAL-YN" --verdict NONE --n 25 --seed 21

Forms (the token with «و/ف/ب/ل» and the article stripped):
  DUAL-AN    -ان / -تان on the stem of a singular of people or of a casualty noun (شرطيان، قتيلتان)
  DUAL-TAYN  -تين on the stem of a feminine singular (القتيلتين، سيدتين): no plural reads the same
  DUAL-YN    -ين on the stem of a masculine singular (مسلحين، شرطيين): a sound plural reads the
             same; +HUMA marks a dual pronoun or verb within six words after (مصرعهما، قتلا)
  SING       a singular noun of people of the lexicon (with +DEF when it has the article)
  ONEOF      «أحد/إحدى» and the word after it
Each group key also names how the lexicon lists the token (listed dual, plural, event noun, or
unknown) and where the nearest casualty cue stands (CUE< before it, >CUE after, and how many
words between). Verdicts as implicit_mine.judge: HIT (a claim covering the token with the
expected value), WRONG (another claim covering it), NONE. Nothing is written but standard output.
"""
import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import implicit_mine as m  # noqa: E402

HUMAN = ("PERSON", "CIVILIAN", "CHILD", "PROTESTER", "RIOTER", "MILITANT", "SECURITY_FORCES",
         "POLICE", "SOLDIER")
# singular casualty nouns whose duals count the event itself (the lexicon's counted singulars)
EVENT_SINGULARS = ("قتيل", "قتيلة", "جريح", "جريحة", "مصاب", "مصابة", "شهيد", "شهيدة", "ضحية",
                   "غريق", "غريقة", "معتقل", "معتقلة", "موقوف", "محتجز", "سجين", "سجينة", "أسير",
                   "أسيرة", "مفقود", "مفقودة", "فقيد", "فقيدة", "متوفى", "متوفاة", "مختطف",
                   "مختطفة", "رهينة", "نازح", "لاجئ")
DUAL_MARKS = ("هما",)
DUAL_VERB_ENDS = ("وا",)


def stems(lex_json):
    """normalized singular -> (subject or event, feminine?) for one-word singulars."""
    out = {}
    for s in HUMAN:
        for w in lex_json["subjects"][s].get("singular", []):
            if " " not in w:
                out.setdefault(m.norm(w), s)
    for w in EVENT_SINGULARS:
        out.setdefault(m.norm(w), "EVENT")
    return out


def dual_form(forms, singulars):
    """(kind, subject, definite) when a form of the token is a dual of a known singular."""
    for f in forms:
        definite = False
        g = f
        if g.startswith("ال") and len(g) > 5:
            g, definite = g[2:], True
        for suf, kind in (("تان", "DUAL-AN"), ("تين", "DUAL-TAYN"), ("ان", "DUAL-AN"),
                          ("ين", "DUAL-YN")):
            if not g.endswith(suf) or len(g) <= len(suf) + 2:
                continue
            stem = g[:-len(suf)]
            if suf.startswith("ت"):
                if stem + "ه" in singulars:
                    return kind, singulars[stem + "ه"], definite
                continue
            if stem in singulars:
                return kind, singulars[stem], definite
            if stem.endswith("ي") and suf == "ين" and stem[:-1] in singulars:
                # nisba: شرطي -> شرطيين (dual or plural alike)
                return kind, singulars[stem[:-1]], definite
            if stem.endswith("ا") and stem[:-1] + "ي" in singulars:
                return kind, singulars[stem[:-1] + "ي"], definite  # متوفى -> متوفيان (rare)
    return None


def listed(tag):
    if tag is None:
        return "unknown"
    if tag[0] == "SUBJ":
        return "subj-" + tag[2]
    if tag[0] == "CUE":
        return "event-dual" if tag[3] else "event-noun"
    return tag[0].lower()


def huma_after(normed, i):
    for t in normed[i + 1:i + 7]:
        if t.endswith("هما") or t in ("اثنين", "اثنان"):
            return True
    return False


def candidates(lex, singulars, s):
    toks, normed, tags = m.tag_tokens(lex, s)
    cues = [j for j, t in enumerate(tags) if t and t[0] == "CUE" and t[1] in m.CASUALTY]
    out = []
    if not cues:
        return toks, out
    for i, t in enumerate(tags):
        if t and t[0] in ("NUM", "PUNCT"):
            continue
        forms = m.ar_forms(normed[i])
        key = None
        d = dual_form(forms, singulars) if not (t and t[0] == "SUBJ" and t[2] == "singular") else None
        if d:
            kind, subj, definite = d
            val = 2
            key = kind + ("+DEF" if definite else "") + ("+HUMA" if kind == "DUAL-YN" and huma_after(normed, i) else "")
            key += " " + ("EVENT" if subj == "EVENT" else "PEOPLE") + " " + listed(t)
        elif t and t[0] == "SUBJ" and t[2] == "singular" and t[1] in HUMAN:
            definite = any(f.startswith("ال") for f in forms[:3]) or normed[i].startswith("ال")
            key, val = "SING" + ("+DEF" if definite else "") + " " + t[1], 1
        elif t and t[0] == "ONE":
            nxt = listed(tags[i + 1]) if i + 1 < len(tags) else "end"
            key, val = "ONEOF " + nxt, 1
        if key is None:
            continue
        if i > 0 and tags[i - 1] and tags[i - 1][0] == "NUM":
            continue
        near = min(cues, key=lambda j: abs(j - i))
        dist = abs(near - i) - 1
        if near < i:
            dist = i - (near + tags[near][2])
        if dist > 4 or near == i:
            continue
        side = ("CUE<%d" % dist) if near < i else (">CUE%d" % dist)
        out.append((i, val, "%s %s %s" % (key, side, tags[near][1])))
    return toks, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("claims", nargs="+")
    ap.add_argument("--sample")
    ap.add_argument("--verdict")
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--top", type=int, default=80)
    ap.add_argument("--prefix", default="", help="rank only groups whose key starts so")
    a = ap.parse_args()
    lex = m.Lex("ar")
    import json
    singulars = stems(json.load(open(os.path.join(m.LEX, "ar.json"), encoding="utf-8")))
    claims = m.load_claims(a.claims)
    groups = collections.defaultdict(list)
    for f, off, s in m.sentences("ar", m.corpus_files("ar")):
        toks, cands = candidates(lex, singulars, s)
        for i, val, key in cands:
            verdict, cov = m.judge(claims.get(f, []), off, toks[i], val)
            groups[key].append((f, off, s, toks[i], val, verdict, cov))
    if a.sample:
        m.print_sample(groups, a.sample, a.verdict, a.n, a.seed, before=110, after=90)
        return
    ranked = sorted(((k, v) for k, v in groups.items() if k.startswith(a.prefix)),
                    key=lambda kv: -len(kv[1]))
    for k, v in ranked[:a.top]:
        c = collections.Counter(r[5] for r in v)
        print("%5d  hit %4d wrong %3d none %4d  %s" % (len(v), c["HIT"], c["WRONG"], c["NONE"], k))


if __name__ == "__main__":
    main()
