#!/usr/bin/env python3
"""Prints the Arabic sentences of the parts one may develop on (the first devset, devset2 `dev`,
devset4, devset5 `dev`, devset6 `dev`, devset7 `dev`; never a measured split, never devset3) that
match a regular expression, with their gold claims: to see how the annotation treats a
construction before writing a rule for it (branch ar21prec). From the repo root:

    python3 tools/mining/dev_gold.py REGEX
"""
import json
import re
import sys
from pathlib import Path

RES = Path(__file__).resolve().parents[2] / "claims" / "src" / "test" / "resources"
SETS = ["devset/devset.jsonl", "devset2/devset2-ar.jsonl", "devset4/devset4-ar.jsonl",
        "devset5/devset5-ar.jsonl", "devset6/devset6-ar.jsonl", "devset7/devset7-ar.jsonl"]


def main():
    rx = re.compile(sys.argv[1])
    for name in SETS:
        for line in open(RES / name, encoding="utf-8"):
            r = json.loads(line)
            if r.get("split", "dev") != "dev" or r.get("lang", "ar") != "ar":
                continue
            if rx.search(r["text"]):
                gold = [(c.get("event"), c.get("subject"), (c.get("quantity") or {}).get("value"),
                         c.get("text")) for c in r.get("claims", [])]
                print(r["id"], "|", r["text"][:300], "\n   gold:", gold)


if __name__ == "__main__":
    main()
