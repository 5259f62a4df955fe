#!/usr/bin/env python3
"""Lists the forms of the one-word group nouns of the Arabic lexicon's subjects that the lexicon
lacks, by the sound paradigm of a participle or nisba (مسلح، إرهابي، حوثي): dual (ان/ين), plural
(ون/ين), plural in construct (و/ي), the accusative after 11-99 (ا), and how often each missing
form occurs in the mining pool (as a word, with or without the article and «و/ف/ب/ل»).

    python3 tools/mining/paradigm_gaps.py POOL_DIR
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

import mining

LEX = Path(mining.LEXICON) / "ar.json"
GROUPS = ["MILITANT", "SECURITY_FORCES", "POLICE", "SOLDIER", "PROTESTER", "RIOTER", "CIVILIAN"]


def norm(t):
    t = re.sub("[\u064B-\u065F\u0670\u0640]", "", t)
    return t.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي").replace("ة", "ه")


def bare(t):
    t = norm(t)
    for p in ("وال", "فال", "بال", "لل", "ال"):
        if t.startswith(p) and len(t) - len(p) >= 3:
            return t[len(p):]
    return t


def main():
    lex = json.loads(LEX.read_text(encoding="utf-8"))
    known = set()
    for forms in lex["subjects"].values():
        for words in forms.values():
            known.update(bare(w) for w in words)
    words = Counter()
    text = mining.pool_text(sys.argv[1])
    for t in re.findall("[\u0621-\u064A\u0640\u064B-\u065F]+", text):
        t = norm(t)
        words[t] += 1
        for p in ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل"):
            if t.startswith(p) and len(t) - len(p) >= 3:
                words[t[len(p):]] += 1
    for g in GROUPS:
        for sing in lex["subjects"][g].get("singular", []):
            if " " in sing:
                continue
            s = norm(sing)
            stem = s[:-1] if s.endswith("ه") else s
            forms = {"dual-nom": stem + "ان", "dual/pl-obl": stem + "ين", "pl-nom": stem + "ون",
                     "pl-construct-nom": stem + "و", "pl-construct-obl": stem + "ي" if not stem.endswith("ي") else stem + "ي",
                     "accusative": stem + "ا"}
            if s.endswith("ه"):
                forms = {"dual-nom": stem + "تان", "dual-obl": stem + "تين", "pl": stem + "ات"}
            for kind, f in forms.items():
                if bare(f) not in known and f != s:
                    print(f"{g:16s} {sing:10s} {kind:18s} {f:14s} pool {words[f]}")


if __name__ == "__main__":
    main()
