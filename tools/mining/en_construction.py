#!/usr/bin/env python3
"""One construction of English news across english-news-dev (issue 16): how often it occurs and
what the extractor makes of the count in it.

    python3 tools/mining/en_construction.py CLAIMS.jsonl NAME [SAMPLE SEED]

CLAIMS.jsonl is the extractor's output over ../shared/corpus/english-news-dev (see en_counts.py).
NAME is one of the CONSTRUCTIONS below: a regular expression over the lower-cased sentence whose
group `n` (or `n2`, `n3` in an alternative) is the count. Sentences of the devsets are left out as in en_counts.py. Prints the
number of matches and, per match, the claims that cover the count (event and subject, or NONE);
with SAMPLE, a random sample of that size (SEED) of the matches (to read, never to commit).
"""
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import en_counts  # noqa: E402

NUM = (r"(?:\d(?:[\d,.]*\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
       r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
       r"seventy|eighty|ninety|hundred|hundreds|thousands|dozens|dozen|scores|several)"
       r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|lakh|million))*")
CUE = (r"(?:killed|dead|died|injured|wounded|hurt|arrested|detained|held|missing|displaced|"
       r"evacuated|perished|drowned|murdered|slain|lynched|burnt|burned|stabbed|rounded up|"
       r"picked up|taken into custody|admitted|hospitali[sz]ed)")
CONSTRUCTIONS = {
    # a head count, its noun, then "including" and a breakdown, then the clause's verb
    "head_including": r"\b(?P<n>" + NUM + r")(?: [a-z\-]+){0,3} including(?: [a-z0-9\-]+){1,6},? "
                      r"(?:(?:were|was|have|had|has|are|been|later|also) )*" + CUE + r"\b",
    # toll reached with a noun phrase between the verb and the number
    "toll_of": r"\btoll\b[^.;:]{0,60}?\b(?:reached|touched|rose to|climbed to|mounted to|went up to|"
               r"crossed|stood at)\b(?: [a-z\-]+){0,4} of (?P<n>" + NUM + r")\b",
    # any toll verb and a number
    "toll_any": r"\btoll\b[^.;:]{0,80}?\b(?P<n>" + NUM + r")\b",
    # bare number, a reporting participle, a casualty participle
    "reported_participle": r"\b(?P<n>" + NUM + r") (?:(?:people|persons) )?(?:reported|feared|confirmed|"
                           r"believed|presumed|said to be|reportedly|feared to be|feared to have been)"
                           r" " + CUE + r"\b",
    # a verb, a bare count, then a word that is no noun (a time adverb)
    "verb_count_adverb": r"\b" + CUE + r" (?P<n>" + NUM + r") (?:early|late|yesterday|today|overnight|"
                         r"last|this|on|in|at|when|after|during|as|and)\b",
    # counts in a list that share one participle, "X killed and Y injured", "X dead, Y missing"
    "count_list": r"\b(?:killed|dead|died|injured|wounded|hurt)(?: [a-z]+){0,2},? (?:and |while )?"
                  r"(?P<n>" + NUM + r")(?: (?:others|other|more|people|persons))? (?:were |are |have been )?"
                  r"(?:injured|wounded|hurt|missing|arrested|detained|killed|dead)\b",
    # a headline: a count and a casualty word in the first 90 characters of an article's first sentence
    "headline": r"^[^.]{0,90}?\b(?P<n>" + NUM + r")(?: [a-z\-.]+){0,3} (?:killed|dead|die|detained|arrested|"
                r"injured|wounded|hurt|missing)\b",
    # a cue, then a colon or a dash set off by spaces (a headline's dateline, a list's title), then a count
    "headline_break": r"\b" + CUE + r"\b[^.:]{0,60}?(?::| - | -- )[^.:]{0,40}?\b(?P<n>" + NUM + r")\b",
    # a casualty told as reported, feared or believed
    "reported": r"\b(?P<n>" + NUM + r")(?: [a-z]+){0,2} (?:reported|reportedly|feared|believed|presumed|"
                r"confirmed) (?:killed|dead|injured|wounded|hurt|missing|arrested|detained)\b",
    # the verb forms of headlines and bare infinitives (present in -s, base form) before a count
    "verb_forms": r"\b(?:massacring|executes|lynch|lynches|assassinates|drowns|slays|injure|maim|maims|"
                  r"maiming|stabs|detains|nabs|nabbing|apprehends|apprehending|rounds? up|rounding up|"
                  r"imprisons|displace|displaces|displacing|evacuates|evacuating|uprooting|dispatches|"
                  r"dispatching|mobili[sz]ing|redeploying)(?: [a-z]+){0,2} (?P<n>" + NUM + r")\b"
                  r"|\b(?P<n2>" + NUM + r")(?: [a-z]+){0,2} (?:went|gone|go|goes) missing\b"
                  r"|\b(?P<n3>" + NUM + r")(?: [a-z]+){0,2} (?:demonstrating|thronging|throng|converging|rallying)\b",
    # a count told as a strength ("a 5,000-strong mob"), any noun after it
    "strength": r"\b(?P<n>" + NUM + r")(?:-odd)?[- ]strong\b(?! (?:aftershocks?|explosions?))",
    # the gerund of burning people alive
    "burning_alive": r"\bburning (?:alive|to death)(?: [a-z]+){0,3} (?P<n>" + NUM + r")\b",
    # more forms of the paradigms: "slaughter", shelter taken, the evacuation of, "are gathered",
    # "mobbed by", a number that "has grown to"
    "paradigm_forms": r"\b(?:slaughters?|evacuation of|mobbed by|(?:grew|grown|surged) to)(?: [a-z]+){0,2} (?P<n>" + NUM
                      + r")\b|\b(?P<n2>" + NUM + r")(?: [a-z\-]+){0,4} (?:(?:are|were) taking shelter|taking shelter|"
                      r"took refuge|taking refuge|have taken refuge|(?:are|were|have|had) gathered)\b",
    # a count before the auxiliary with no noun: "only one has been arrested", "two were killed"
    "bare_count_aux": r"(?:^|[,;:] |\band |\bonly |\bwhile )(?P<n>" + NUM + r") (?:others? )?"
                      r"(?:were|was|have been|has been|had been|are|is)(?: [a-z]+ly)? " + CUE + r"\b",
    # the groups of en21mine: a count after a place or time phrase with no comma before it
    "after_place_time": r"\b" + CUE + r" (?:in|at|near|on) [a-z\-]+(?: [a-z\-]+){0,2} (?:on|last|this|late|early|"
                        r"in) [a-z]+,? (?P<n>" + NUM + r")\b",
    # crowds told by taking part, participating, joining
    "taking_part": r"\b(?P<n>" + NUM + r")(?: [a-z\-]+){0,4} (?:taking part|took part|take part|participated|"
                   r"participating|participate|joined|joining|attended|attending)\b",
    # "reached" after a count or before it
    "reached": r"\b(?P<n>" + NUM + r")(?: [a-z\-]+){0,4} (?:reached|have reached|had reached|arrived)\b"
               r"|\b(?:toll|number|figure|count)\b[^.;:]{0,40}?\breached (?P<n2>" + NUM + r")\b",
    # a list with a label and a colon: "dead: 12; injured: 40"
    "list_label": r"\b(?:dead|killed|injured|wounded|missing|arrested|deaths|casualties|toll|detained)\s*[:\-]\s*"
                  r"(?P<n>" + NUM + r")\b",
    # passive with a by-agent
    "by_agent": r"\b(?P<n>" + NUM + r")(?: [a-z\-]+){0,3} (?:were|was|have been|had been|are|being) "
                + CUE + r"(?: [a-z]+){0,2} by\b",
    # "left N dead"
    "left_dead": r"\bleft (?:at least |nearly |about |over |more than |around )?(?P<n>" + NUM + r")(?: [a-z\-]+){0,2}"
                 r" (?:dead|injured|wounded|hurt|homeless|missing)\b",
    # "N people have died"
    "have_died": r"\b(?P<n>" + NUM + r")(?: [a-z\-]+){0,3} (?:have|has|had|have now|have since|had also) "
                 r"(?:since |now |already |also )?(?:died|perished|succumbed|lost their lives|been killed)\b",
    # "N were unaccounted for"
    "unaccounted": r"\b(?P<n>" + NUM + r")(?: [a-z\-]+){0,3} (?:were|are|remain|remained|was|is|still|have been)"
                   r"(?: still)? unaccounted\b",
    # "N have been treated"
    "treated": r"\b(?P<n>" + NUM + r")(?: [a-z\-]+){0,3} (?:have been|were|are being|had been|was|were being|are) "
               r"(?:treated|admitted|hospitali[sz]ed)\b",
    # en22late: a loss verb and a count ("lost 12 soldiers", "has lost three members")
    "lost_count": r"\b(?:lost|losing|loses|lose)(?: (?:at least|about|some|more than|nearly|over|around|almost|up to|only|another|its|their|his|her|all))* (?P<n>" + NUM + r")\b",
    # en22late: a toll moved "from X to Y" (the later figure is in n, the earlier in n2)
    "toll_from_to": r"\b(?:toll|number|figure|tally|count)\b[^.;:]{0,60}?\bfrom (?:at least |about |some |more than |nearly |over |around )?(?P<n2>" + NUM + r") to (?:at least |about |some |more than |nearly |over |around )?(?P<n>" + NUM + r")\b",
    # en22late: a noun cue ending in "of" governing the count after it ("the murders of 12")
    "noun_of_count": r"\b(?:murders?|killings?|deaths?|arrests?|abductions?|kidnappings?|massacres?|slaughter|detentions?|"
                     r"executions?|assassinations?|disappearances?|evacuations?|lynchings?|injur(?:y|ies)|wounding) of "
                     r"(?:at least |about |some |more than |nearly |over |around |almost |up to |another |the |all )?(?P<n>" + NUM + r")\b",
}


def main(argv):
    claims_path, name = argv[0], argv[1]
    pattern = re.compile(CONSTRUCTIONS[name])
    claims = collections.defaultdict(list)
    for line in open(claims_path, encoding="utf-8"):
        c = json.loads(line)
        claims[c["document"]].append((c["span"]["start"], c["span"]["end"], c["event"], c["subject"]))
    excluded = en_counts.excluded_texts()
    matches = []
    for doc in sorted(os.listdir(en_counts.CORPUS)):
        if not doc.endswith(".txt"):
            continue
        text = open(os.path.join(en_counts.CORPUS, doc), encoding="utf-8", newline="").read()
        for a, b in en_counts.devset_sampling.english_sentences(text):
            s = text[a:b]
            low = s.lower()
            c = " ".join(low.split())
            found = list(pattern.finditer(low))
            if not found or any(c == e or c in e or e in c for e in excluded):
                continue
            for m in found:
                g = next(k for k in ("n", "n2", "n3") if k in m.groupdict() and m.group(k))
                ns, ne = a + m.start(g), a + m.end(g)
                cover = [x for x in claims[doc] if x[0] <= ns and ne <= x[1] or ns <= x[0] < ne]
                got = ",".join("%s/%s" % (x[2], x[3]) for x in cover) or "NONE"
                matches.append((doc, a, m.group(g), got, s))
    print("%s: %d matches, %d with a claim other than OTHER" % (
        name, len(matches), sum(1 for m in matches if m[3] != "NONE" and "OTHER/" not in m[3].split(",")[0][:6])))
    rows = matches
    if len(argv) > 2:
        rows = random.Random(int(argv[3])).sample(matches, min(int(argv[2]), len(matches)))
        for doc, a, n, got, s in rows:
            print("%s:%d [%s] %s | %s" % (doc, a, n, got, s))


if __name__ == "__main__":
    main(sys.argv[1:])
