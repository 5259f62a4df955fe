#!/usr/bin/env python3
"""Prints the Arabic sentences of the parts one may develop on (the first devset, devset2 `dev`,
devset4, devset5 `dev`, devset6 `dev`, devset7 `dev`, devset8 `dev`; never a measured split, never devset3) that
match a regular expression, with their gold claims: to see how the annotation treats a
construction before writing a rule for it (branch ar21prec). `--en` reads the English sentences
of the same parts instead (branch en25fields). From the repo root:

    python3 tools/mining/dev_gold.py REGEX [--en]
"""
import json
import re
import sys
from pathlib import Path

RES = Path(__file__).resolve().parents[2] / "claims" / "src" / "test" / "resources"
SETS = ["devset/devset.jsonl", "devset2/devset2-ar.jsonl", "devset4/devset4-ar.jsonl",
        "devset5/devset5-ar.jsonl", "devset6/devset6-ar.jsonl", "devset7/devset7-ar.jsonl",
        "devset8/devset8-ar.jsonl"]
SETS_EN = ["devset/devset.jsonl", "devset2/devset2-en.jsonl", "devset4/devset4-en.jsonl",
           "devset5/devset5-en.jsonl", "devset6/devset6-en.jsonl", "devset7/devset7-en.jsonl",
           "devset8/devset8-en.jsonl"]


def main():
    rx = re.compile(sys.argv[1], re.I if "--en" in sys.argv else 0)
    lang = "en" if "--en" in sys.argv else "ar"
    for name in SETS_EN if lang == "en" else SETS:
        for line in open(RES / name, encoding="utf-8"):
            r = json.loads(line)
            if r.get("split", "dev") != "dev" or r.get("lang", "ar") != lang:
                continue
            if rx.search(r["text"]):
                gold = [(c.get("event"), c.get("subject"), (c.get("quantity") or {}).get("value"),
                         c.get("text")) for c in r.get("claims", [])]
                print(r["id"], "|", r["text"][:300], "\n   gold:", gold)


if __name__ == "__main__":
    main()
