#!/usr/bin/env python3
"""Draws a random sample of one construction group (subject_groups.py) from the BEFORE extraction
and shows, for each claim, the subject before and the subject of the claim on the same number
after (the AFTER extraction), to judge a change by hand on development text.

    python3 tools/mining/judge_sample.py POOL_DIR BEFORE.jsonl AFTER.jsonl GROUP [N] [SEED]
"""
import bisect
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import subject_groups as sg  # noqa: E402


def main():
    pool, before, after, group = sys.argv[1:5]
    n = int(sys.argv[5]) if len(sys.argv) > 5 else 30
    seed = int(sys.argv[6]) if len(sys.argv) > 6 else 19
    text = (Path(pool) / "pool.txt").read_text(encoding="utf-8")
    starts = [0] + [m.end() for m in re.finditer("\n\n", text)]
    by_number = {}
    for line in open(after, encoding="utf-8"):
        c = json.loads(line)
        by_number.setdefault((c["span"]["start"] // 1, c["quantity"]["value"]), []).append(c)
    after_claims = [json.loads(line) for line in open(after, encoding="utf-8")]
    rows, prev = [], {}
    for line in open(before, encoding="utf-8"):
        c = json.loads(line)
        if c["event"] not in sg.EVENTS:
            continue
        i = bisect.bisect_right(starts, c["span"]["start"]) - 1
        sent = text[starts[i]:text.find("\n", starts[i])]
        g = sg.classify(c, sent, starts[i], prev.get(i))
        prev[i] = c["subject"]
        if g == group:
            rows.append((i, c, sent))
    rnd = random.Random(seed)
    for i, c, sent in rnd.sample(rows, min(n, len(rows))):
        lo, hi = starts[i], starts[i] + len(sent)
        same = [a for a in after_claims if lo <= a["span"]["start"] < hi
                and a["quantity"]["value"] == c["quantity"]["value"] and a["event"] == c["event"]]
        now = ",".join(a["subject"] for a in same) or "-"
        s = c["span"]["start"] - lo
        print(f"#{i} {c['event']} {c['quantity']['value']} before {c['subject']} after {now}")
        print("    " + sent[max(0, s - 60): s + 100])
    print(f"group {group}: {len(rows)} claims")


if __name__ == "__main__":
    main()
