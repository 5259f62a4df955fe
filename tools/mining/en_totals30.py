#!/usr/bin/env python3
"""English tolls, totals and parts as one construction family (branch en30total): every shape of
the family in the mining pool (en_sentences.py, every devset left out), with what the extractor
made of each of its numbers (the claim that covers the number: its event, kind and bounds, or
NONE). The shapes are the heads of a toll (death toll, toll, number of (the) dead, figure, tally,
count ...) with their verbs and prepositions, a toll that moved ("from N to M"), "the figure of
N", "put the number at N", the parts ("N out of M", ", N seriously") and verbless headlines
("Deaths Pass 1,000").

    python3 tools/mining/en_sentences.py ../shared/corpus/english-news-dev > /tmp/pool.tsv
    java -cp cli/target/countercheck-cli-all.jar tools/mining/ExtractPool.java --spans < /tmp/pool.tsv > /tmp/spans.tsv
    python3 tools/mining/en_totals30.py /tmp/pool.tsv /tmp/spans.tsv                 # shapes, counted
    python3 tools/mining/en_totals30.py /tmp/pool.tsv /tmp/spans.tsv --show SHAPE    # its sentences, to read

A number counts as read when a claim of another event than OTHER covers it. The counts are upper
bounds of the construction (a "figure of 5 per cent" matches too): read the sentences.
Nothing this writes is committed (pool text).
"""
import collections
import re
import sys

import en25_recall

_N = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|" \
     r"forty|fifty|hundreds|thousands|dozens|scores)"
_BOUND = r"(?:at least |over |about |nearly |around |some |almost |more than |close to )?"
_HEAD = r"(?:death toll|toll|tally|count|figure|number of (?:the )?(?:dead|deaths|fatalities|killed|" \
        r"injured|wounded|casualties|victims|people killed|people injured|persons killed)|casualty figure)"
_VERB = r"(?:rose|risen|rises|rising|climbed|climbs|jumped|jumps|increased|went up|gone up|grew|" \
        r"grown|mounted|soared|surged|reached|reaches|stood|stands|was|is|has been|had been|" \
        r"revised(?: up| upward| upwards| down| downward)?|raised|put|pegged|placed|passed|passes|" \
        r"exceeded|exceeds|surpassed|topped|tops|crossed|crosses|hit|hits|touched|neared)"
SHAPES = {
    # a toll head, its verb and a number after to/at/the verb
    "HEAD_VERB_N": r"\b%s\b[^.;]{0,60}?\b%s(?: \w+ly)?(?: to| at| from)? (?:the )?%s(?P<n>%s)\b"
                   % (_HEAD, _VERB, _BOUND, _N),
    # a toll that moved: both figures
    "FROM_N_TO_M": r"\bfrom %s(?P<n>%s) (?:\w+ )?to %s(?P<m>%s)\b" % (_BOUND, _N, _BOUND, _N),
    # "the figure of N", "a toll of N", "a death toll of N"
    "HEAD_OF_N": r"\b(?:figure|toll|tally|total) of %s(?P<n>%s)\b" % (_BOUND, _N),
    # someone puts/estimates the toll/number at N
    "PUT_AT_N": r"\b(?:put|puts|putting|pegged|placed|estimated|estimates|fixed)\b[^.;]{0,50}?\b"
                r"(?:toll|number|figure|total|tally|count)\b[^.;]{0,40}?\bat %s(?P<n>%s)\b" % (_BOUND, _N),
    # a part of a whole: N out of M
    "N_OUT_OF_M": r"\b(?P<n>%s) out of (?:the |a |an )?%s(?P<m>%s)\b" % (_N, _BOUND, _N),
    # a part by an adverb: ", N seriously"
    "N_SERIOUSLY": r"[,;] (?:including |of whom |with )?(?P<n>%s) (?:of them )?(?:were |are )?"
                   r"(?:seriously|critically|grievously|badly|severely)\b" % _N,
    # a headline toll with no particle: "Deaths Pass 1,000", "Toll Tops 100"
    "HEADLINE_PASS": r"\b(?:toll|deaths|dead|casualties|tally)s? (?:pass|passes|tops|top|exceeds|"
                     r"exceed|hits|hit|nears|near|reaches|reach|climbs|rises|jumps|crosses|cross)"
                     r" %s(?P<n>%s)\b" % (_BOUND, _N),
}
SHAPES = {k: re.compile(v) for k, v in SHAPES.items()}


def status(claims, a, b):
    """What covers the number at [a, b): the event and kind of a claim, or NONE."""
    cov = [c for c in claims if c[0] <= a and b <= c[1]]
    named = [c for c in cov if c[2] != "OTHER"]
    if named:
        return named[0][2]
    return "OTHER" if cov else "NONE"


def hits(pool, claims):
    for src, start, text in pool:
        low = text.lower()
        for shape, rx in SHAPES.items():
            for m in rx.finditer(low):
                st = [status(claims[(src, start)], m.start(g), m.end(g))
                      for g in ("n", "m") if g in rx.groupindex and m.group(g)]
                yield shape, st, src, start, text, m.group(0)


def main(argv):
    pool, claims = en25_recall.load(argv[0], argv[1])
    show = argv[argv.index("--show") + 1] if "--show" in argv else None
    table = collections.defaultdict(collections.Counter)
    sentences = collections.defaultdict(set)
    for shape, st, src, start, text, phrase in hits(pool, claims):
        sentences[shape].add((src, start))
        table[shape]["read" if all(s != "NONE" and s != "OTHER" for s in st) else "unread"] += 1
        if show in (shape, "ALL"):
            print("[%s %s] %s:%d | %s\n      <%s>" % (shape, "/".join(st), src, start, text, phrase))
    if show:
        return
    print("%-14s %9s %6s %7s" % ("shape", "sentences", "read", "unread"))
    for shape in SHAPES:
        c = table[shape]
        print("%-14s %9d %6d %7d" % (shape, len(sentences[shape]), c["read"], c["unread"]))


if __name__ == "__main__":
    main(sys.argv[1:])
