#!/usr/bin/env python3
"""Count the errors of the Arabic dev parts where only the subject is wrong.

Reads the score files the devset tests write (claims/target/devset*-score.txt; only the dev
errors are listed there, the measured parts' errors never are) and pairs each MISS with an EXTRA
of the same sentence, event and value whose subject is not among the gold subjects.

    python3 tools/mining/subject_pairs.py [claims/target] [-v]
"""
import re
import sys
from pathlib import Path

FILES = ["devset-score.txt", "devset2-ar-score.txt", "devset4-ar-score.txt",
         "devset5-ar-score.txt", "devset6-ar-score.txt", "devset7-ar-score.txt"]
MISS = re.compile(r"^MISS\s+(\S+) (\w+) \[([^\]]*)\] \[[^\]]*\] value=(\S+)")
EXTRA = re.compile(r"^EXTRA\s+(\S+) '.*?' (\w+) (\w+) \w+ (\S+) ")


def pairs(path):
    misses, extras = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = MISS.match(line)
        if m:
            if m.group(1).startswith("dev-") or "-ar-" in m.group(1):
                misses.append((m.group(1), m.group(2), m.group(4), m.group(3).split(", "), line))
            continue
        e = EXTRA.match(line)
        if e:
            extras.append((e.group(1), e.group(2), e.group(4), e.group(3), line))
    used, found = set(), []
    for miss in misses:
        for k, extra in enumerate(extras):
            if k in used or extra[:3] != miss[:3] or extra[3] in miss[3]:
                continue
            used.add(k)
            found.append((miss, extra))
            break
    return found


def main():
    target = Path(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-")
                  else "claims/target")
    total = 0
    for name in FILES:
        f = target / name
        if not f.exists():
            continue
        found = pairs(f)
        total += len(found)
        print(f"{name}: {len(found)} subject-only pairs")
        if "-v" in sys.argv:
            for miss, extra in found:
                print(f"  {miss[0]} {miss[1]} {miss[2]} gold {miss[3]} got {extra[3]}")
                print("    " + miss[4].split("|")[0][5:].strip()[:160])
    print(f"total: {total}")


if __name__ == "__main__":
    main()
