#!/usr/bin/env python3
"""Groups the crowd and deployment candidates of the mining pool by construction and ranks them.

A candidate is a number (digits, an English number word, lakh/crore, a vague amount) whose noun
(up to three words after it, "of" allowed: "22 companies of crpf", "lakhs of kar sevaks") is a
crowd noun or a force or unit noun of the classes below, in a sentence that has a crowd or
deployment cue within 12 words of the number. The group key is the noun class, the cue (as
listed below) and its side (cue before or after the number). For each candidate the claim the
extractor gave for that number (extractor TSV of ExtractPool.java) is looked up: its event, or
"none". Prints the groups by frequency with the events the extractor gave, and with --sample
GROUP N SEED a random sample of the group's sentences (for reading, never committed).

    python3 tools/mining/crowd_groups.py /tmp/en-pool.tsv /tmp/claims.tsv
    python3 tools/mining/crowd_groups.py /tmp/en-pool.tsv /tmp/claims.tsv --sample 'CROWD present after' 25 7
"""
import collections
import random
import re
import sys

NUMBER_WORDS = set("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                   "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
                   "eighty ninety hundred thousand million lakh lakhs crore crores hundreds thousands "
                   "dozens scores".split())
CROWD = set("people persons devotees pilgrims sevaks karsevaks ramsevaks kar-sevaks ram-sevaks "
            "supporters activists workers protesters protestors demonstrators students villagers "
            "volunteers sadhus seers saints members farmers women men muslims hindus worshippers "
            "worshipers participants marchers delegates residents youths employees teachers "
            "bhakts followers agitators strikers".split())
FORCE = set("troops soldiers personnel jawans policemen commandos marines paratroopers "
            "peacekeepers police cops guards men officers armymen".split())
UNIT = set("companies company battalions battalion brigades brigade platoons platoon columns column "
           "contingents contingent divisions division regiments regiment units squads".split())
CROWD_CUES = ["present", "participate", "participated", "participating", "participation",
              "take part", "took part", "taking part", "attended", "attend", "gathered", "assembled",
              "congregated", "thronged", "offered", "reached", "arrived", "converged", "joined",
              "rally", "rallied", "protest", "protested", "marched", "march", "procession",
              "dharna", "demonstration", "demonstrated", "sit-in", "strike", "crowd", "mob",
              "turned up", "turned out", "poured", "camping", "camped", "stayed", "staying",
              "shouting", "raised slogans", "puja", "prayers", "namaz", "yagya", "purnahuti",
              "poornahuti", "meeting", "attending"]
DEPLOY_CUES = ["deployed", "deployment", "deploy", "sent", "send", "sending", "rushed", "posted",
               "stationed", "placed", "disposal", "called in", "requisitioned", "mobilised",
               "mobilized", "flag march", "arrived", "reached", "moved", "airlifted", "dispatched",
               "despatched", "pressed into service", "kept on standby", "on standby", "withdrawn",
               "withdraw", "pull out", "pulled out", "for iraq", "to iraq", "reinforcements",
               "inducted", "patrolling", "patrol", "guarding", "guard", "camping", "provided",
               "sought", "asked for", "requested"]
TOKEN = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?|[a-z]+(?:-[a-z]+)*")


def tokens(text):
    return TOKEN.findall(text.lower())


def is_number(t):
    return t[0].isdigit() or t in NUMBER_WORDS


def noun_class(toks, i):
    """The class of the noun after the number at i (its words, 'of' and one describing word
    allowed), and the index of the noun."""
    j = i + 1
    while j < len(toks) and is_number(toks[j]):
        j += 1
    for k in range(j, min(j + 4, len(toks))):
        w = toks[k]
        if w in UNIT:
            return "UNIT", k
        if w in FORCE:
            return "FORCE", k
        if w in CROWD or (w in ("kar", "ram") and k + 1 < len(toks) and toks[k + 1] == "sevaks"):
            return "CROWD", k
        if w in ("and", "or", "to") or w[0].isdigit():
            return None, k
    return None, j


def cue_near(toks, i, k, cues, window=12):
    text_after = " ".join(toks[k + 1:k + 1 + window])
    text_before = " ".join(toks[max(0, i - window):i])
    for c in cues:
        if re.search(r"\b" + re.escape(c) + r"\b", text_after):
            return c, "after"
    for c in cues:
        if re.search(r"\b" + re.escape(c) + r"\b", text_before):
            return c, "before"
    return None, None


def candidates(pool):
    for source, start, text in pool:
        toks = tokens(text)
        for i, t in enumerate(toks):
            if not is_number(t) or (i > 0 and is_number(toks[i - 1])):
                continue
            cls, k = noun_class(toks, i)
            if cls is None:
                continue
            cues = CROWD_CUES if cls == "CROWD" else DEPLOY_CUES
            cue, side = cue_near(toks, i, k, cues)
            if cue is None:
                continue
            yield f"{cls} {cue} {side}", source, start, text, t


def main(argv):
    pool = [line.rstrip("\n").split("\t", 2) for line in open(argv[1], encoding="utf-8")]
    claims = collections.defaultdict(list)
    for line in open(argv[2], encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[2] != "-":
            claims[(f[0], f[1])].append((f[2], f[7].lower()))
    groups = collections.defaultdict(list)
    for key, source, start, text, number in candidates(pool):
        events = [e for e, t in claims[(source, start)] if number in tokens(t)]
        groups[key].append((source, start, text, number, events[0] if events else "none"))
    if len(argv) > 3 and argv[3] == "--sample":
        rows = groups[argv[4]]
        rnd = random.Random(int(argv[6]))
        for r in rnd.sample(rows, min(int(argv[5]), len(rows))):
            print(f"{r[4]:>12} | {r[3]} | {r[0]}:{r[1]} | {r[2]}")
        return
    ranked = sorted(groups.items(), key=lambda kv: -len(kv[1]))
    total = sum(len(v) for v in groups.values())
    print(f"{total} candidates in {len(groups)} groups")
    for key, rows in ranked:
        ev = collections.Counter(r[4] for r in rows)
        print(f"{len(rows):5d}  {key:40s} {dict(ev.most_common())}")


if __name__ == "__main__":
    main(sys.argv)
