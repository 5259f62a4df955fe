#!/usr/bin/env python3
"""Draws a random sample of one construction group (subject_groups.py) from the BEFORE extraction
and shows, for each claim, the subject before and the subject of the claim on the same number
after (the AFTER extraction), to judge a change by hand on development text.

    python3 tools/mining/judge_sample.py POOL_DIR BEFORE.jsonl AFTER.jsonl GROUP [N] [SEED]
"""
import random
import sys

import mining
import subject_groups as sg


def main():
    pool, before, after, group = sys.argv[1:5]
    n = int(sys.argv[5]) if len(sys.argv) > 5 else 30
    seed = int(sys.argv[6]) if len(sys.argv) > 6 else 19
    after_claims = mining.read_jsonl(after)
    rows, prev, starts = [], {}, {}
    for i, c, sent, start in mining.pool_claims(pool, before, sg.EVENTS):
        starts[i] = start
        g = sg.classify(c, sent, start, prev.get(i))
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
