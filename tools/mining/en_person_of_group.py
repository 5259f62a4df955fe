#!/usr/bin/env python3
"""English claims of mere persons (PERSON) whose count names a group after "of" (issue 16, branch
en21implicit): "killed 14 members of Iraq's security forces", "four members of the Black Watch".
For each PERSON claim of the extractor over english-news-dev (sentences of the devsets are not
left out here: the script only reads the extractor's spans and the words after them, and prints
the words after "of"; run it on a pool without devset files for anything you read), the words
after the span: "of" (the, a possessive, up to four words) and whether the lexicon types them
(subjects, plural forms). Groups ranked by the word after "of" ... up to the first typed subject.

    python3 tools/mining/en_person_of_group.py /tmp/x-en.jsonl [--all]
"""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import en_implicit as e  # noqa: E402
import implicit_mine as m  # noqa: E402

OF = re.compile(r"^\s*(?:\([^)]*\)\s*)?of\s+((?:the|a|an|its|their|his|[a-z]+'s|[a-z]+ #39;s)\s+)?"
                r"((?:[a-z][a-z\-]*\s+){0,4}[a-z][a-z\-]*)")


def main():
    claims_path = sys.argv[1]
    classes = e.noun_classes()
    files = m.corpus_files("en")
    ranges, texts = m.excluded_ranges(files)
    rows = collections.Counter()
    ex = {}
    for line in open(claims_path, encoding="utf-8"):
        c = json.loads(line)
        if c["subject"] != "PERSON" or c["event"] == "OTHER":
            continue
        f = c["document"]
        a, b = c["span"]["start"], c["span"]["end"]
        if any(x < b and a < y for x, y in ranges.get(f, ())):
            continue  # a devset sentence
        text = open(files[f], encoding="utf-8", newline="").read()
        after = text[b:b + 80].lower().replace("\n", " ")
        mt = OF.match(after)
        if not mt:
            continue
        words = mt.group(2).split()
        typed = None
        for k in range(len(words)):
            for j in range(k + 1, len(words) + 1):
                cls = classes.get(" ".join(words[k:j]))
                if cls:
                    typed = (" ".join(words[k:j]), cls)
        key = typed[1].replace(":pl", "") if typed else "untyped:" + words[-1]
        rows[key] += 1
        ex.setdefault(key, []).append(c["text"] + " || of " + mt.group(0)[mt.group(0).find("of") + 3:])
    for k, n in rows.most_common(60):
        print(f"{n:4d} {k:30s} {ex[k][0][:110]}")
        if "--all" in sys.argv:
            for x in ex[k][1:6]:
                print("          ", x[:110])


if __name__ == "__main__":
    main()
