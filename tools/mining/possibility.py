#!/usr/bin/env python3
"""The scored claims that stand right after a word of possibility («احتمال أن يصاب طفل»، «قد يصل
إجمالي القتلى إلى»، «يمكن أن يقتل»): at most two words between the end of the phrase and the
first word of the claim, no punctuation (issue 16, Arabic precision, branch ar21prec). From the
repo root:

    python3 tools/mining/possibility.py /tmp/pool /tmp/pool/claims.jsonl

prints each hit (sentence number, claim, context) and their number; terminal only.
"""
import bisect
import json
import re
import sys
from pathlib import Path

PHRASES = [p.split() for p in (
    "احتمال أن|احتمال ان|احتمالية أن|احتمالية ان|يحتمل أن|يحتمل ان|من المحتمل أن|من المحتمل ان|"
    "يمكن أن|يمكن ان|من الممكن أن|من الممكن ان|ربما|قد يكون|قد تكون|قد يصل|قد تصل|قد يرتفع|"
    "قد ترتفع|قد يزيد|قد تزيد|قد يتجاوز|قد يبلغ|قد تبلغ|قد يصاب|قد تصاب|قد يقتل|قد تقتل|قد يموت|"
    "قد تموت|قد يؤدي|قد تؤدي|قد يسفر|قد تسفر|قد يتسبب|قد تتسبب|قد يودي|قد تودي|يخشى أن|يخشى ان"
).split("|")]
WORD = re.compile(r"\S+")


def norm(t):
    t = re.sub("[أإآ]", "ا", t).replace("ى", "ي").replace("ة", "ه")
    return re.sub(r"^[«\"(]+|[»\"),.،:؛]+$", "", t)


def main():
    pool, claims = sys.argv[1:3]
    text = (Path(pool) / "pool.txt").read_text(encoding="utf-8")
    starts = [0] + [m.end() for m in re.finditer("\n\n", text)]
    phrases = [[norm(w) for w in p] for p in PHRASES]
    n = 0
    for line in open(claims, encoding="utf-8"):
        c = json.loads(line)
        if c["event"] == "OTHER":
            continue
        a = c["span"]["start"]
        i = bisect.bisect_right(starts, a) - 1
        before = text[starts[i]:a]
        words = WORD.findall(before)[-6:]
        if any(re.search(r"[.,،:؛!؟]$", w) for w in words[-3:-1]):
            words = words[-1:]
        normed = [norm(w) for w in words]
        hit = False
        for p in phrases:
            for end in range(len(normed), max(len(normed) - 3, 0) - 1, -1):
                if end >= len(p) and normed[end - len(p):end] == p and \
                        not any(re.search(r"[.,،:؛!؟]", w) for w in words[end - 1:]):
                    hit = True
        if hit:
            n += 1
            print(f"s{i} {c['event']} {c['subject']} {c['quantity']['value']} | "
                  f"{before[-90:]}⟦{c['text']}⟧{text[c['span']['end']:c['span']['end'] + 40]}")
    print(n, "hits", file=sys.stderr)


if __name__ == "__main__":
    main()
