#!/usr/bin/env python3
"""A seeded random audit sample of the Arabic pool (ar_pool.py) for the events that are no
casualty (round 29, branch ar29act): sentences that hold a number (the pool's own filter, that of
devset_sampling) AND a word of ARRESTED, DEPLOYED, PARTICIPATED or DISPLACED (their cues, counted
nouns and duals in the lexicon, and the construction roles of arrests, releases, captives, crowds
and sending) AND no casualty word (the cues, counted nouns and duals of KILLED, INJURED, MISSING,
`casualtyNouns` and the one-victim nouns). Prints each drawn sentence whole with the claims the
extractor gave it (ExtractArPool.java), for judging by hand.

    python3 tools/mining/ar29_act_sample.py /tmp/pool /tmp/pool/claims.jsonl --seed 29 --n 90
    python3 tools/mining/ar29_act_sample.py /tmp/pool /tmp/pool/claims.jsonl --count   # sizes only

Words are matched as the lexicon matches them, loosely: normalized (devset_sampling.normalize, ؤ
and ئ folded too), a proclitic (و ف ب ل ك) and the article stripped from the first word of a
phrase. A word listed both as an event word and a casualty word counts as a casualty word.
"""
import argparse
import json
import os
import random

import mining
from mining import ds

EVENTS = ("ARRESTED", "DEPLOYED", "PARTICIPATED", "DISPLACED")
CASUALTY_EVENTS = ("KILLED", "INJURED", "MISSING")
ROLES = ("CAPTURE", "ABDUCTION", "RELEASE", "DETENTION", "ARREST_OF_PEOPLE", "HOLDING",
         "TAKING_PART", "CROWD_NOUN", "DISPATCH_VERB", "IN_ABSENTIA")
CASUALTY_ROLES = ("LIFE_NOUN", "ONE_EVENT_NOUN", "ONE_BARE_NOUN", "ONE_BODY_NOUN",
                  "ONE_JOINED_NOUN", "ONE_VICTIM_VERB")
CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


def norm(word):
    return ds.normalize(word).replace("ؤ", "و").replace("ئ", "ي")


def phrases(lexicon, events, roles, extra=()):
    out = set()
    for e in events:
        for part in lexicon["events"][e].values():
            out.update(part)
    for r in roles:
        out.update(lexicon["constructions"].get(r, []))
    out.update(extra)
    return {tuple(norm(w) for w in p.split()) for p in out}


def stems(word):
    """The forms a token may stand for: itself less a proclitic and the article."""
    out = set()
    for c in CLITICS:
        if word.startswith(c) and len(word) - len(c) >= 2:
            rest = word[len(c):]
            out.add(rest)
            if rest.startswith("ال") and len(rest) > 4:
                out.add(rest[2:])
            if c.endswith("ل") and rest.startswith("ل") and len(rest) > 3:
                out.add(rest[1:])
    return out


def matches(tokens, table):
    """The phrases of table found in the sentence's tokens."""
    found = []
    for i, t in enumerate(tokens):
        for s in stems(t):
            for p in table.get(s, ()):
                if tuple(tokens[i + 1:i + len(p)]) == p[1:]:
                    found.append(" ".join(p))
    return found


def index(ps):
    table = {}
    for p in ps:
        table.setdefault(p[0], []).append(p)
    return table


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pool")
    ap.add_argument("claims")
    ap.add_argument("--seed", type=int, default=29)
    ap.add_argument("--n", type=int, default=90)
    ap.add_argument("--count", action="store_true")
    args = ap.parse_args()
    with open(os.path.join(mining.LEXICON, "ar.json"), encoding="utf-8") as f:
        lexicon = json.load(f)
    casualty = phrases(lexicon, CASUALTY_EVENTS, CASUALTY_ROLES, lexicon["casualtyNouns"])
    event = phrases(lexicon, EVENTS, ROLES) - casualty
    ev, cas = index(event), index(casualty)
    sents, spans = mining.pool_lines(args.pool, args.claims)
    chosen = []
    for n, (start, text) in enumerate(sents):
        tokens = [norm(m.group()) for m in ds.TOKEN.finditer(text)]
        hits = matches(tokens, ev)
        if hits and not matches(tokens, cas):
            chosen.append((n, start, text, hits))
    print(f"{len(chosen)} of {len(sents)} pool sentences hold an event word of {EVENTS} and no "
          f"casualty word")
    if args.count:
        return
    for k, (n, start, text, hits) in enumerate(random.Random(args.seed).sample(chosen, args.n), 1):
        print(f"\n#{k} [{n}] words: {', '.join(sorted(set(hits)))}\n{text}")
        for c in spans.get(n, []):
            q = c["quantity"]
            print(f"   -> {c['event']} {c['subject']} {q['kind']} {q['value']}  «{c['text']}»")


if __name__ == "__main__":
    main()
