#!/usr/bin/env python3
"""Shows how two extractions of the mining pool differ, claim by claim (keyed by span), with the
sentence around each changed claim, to judge a change on development text.

    python3 tools/mining/claim_diff.py POOL_DIR BEFORE.jsonl AFTER.jsonl
"""
import json
import sys

import mining


def load(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        c = json.loads(line)
        out[(c["span"]["start"], c["span"]["end"])] = c
    return out


def show(c):
    if c is None:
        return "-"
    return f"{c['event']} {c['subject']} {c['quantity']['value']} '{c['text']}'"


def main():
    pool, before, after = sys.argv[1:4]
    text = mining.pool_text(pool)
    a, b = load(before), load(after)
    changed = 0
    for key in sorted(set(a) | set(b)):
        x, y = a.get(key), b.get(key)
        if x is not None and y is not None and show(x) == show(y):
            continue
        changed += 1
        s = text.rfind("\n", 0, key[0]) + 1
        e = text.find("\n", key[1])
        print(f"{show(x)}  =>  {show(y)}")
        print("    " + text[max(s, key[0] - 80):min(e, key[1] + 60)])
    print(f"changed: {changed}")


if __name__ == "__main__":
    main()
