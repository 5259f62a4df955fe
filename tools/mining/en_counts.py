#!/usr/bin/env python3
"""Mining English recall of explicit counts (issue 16): which constructions of real news leave a
count near a casualty, arrest, displacement or crowd word without a claim, or with event OTHER.

Run from the repository root, after the CLI jar is built:

    java -jar cli/target/countercheck-cli-all.jar extract --format jsonl \
        ../shared/corpus/english-news-dev/*.txt > /tmp/claims.jsonl
    java -jar cli/target/countercheck-cli-all.jar numbers ../shared/corpus/english-news-dev/ \
        > /tmp/numbers.jsonl
    python3 tools/mining/en_counts.py /tmp/claims.jsonl /tmp/numbers.jsonl [--sample GROUP N SEED]

Procedure:
1. Sentences: every *.txt file of ../shared/corpus/english-news-dev, cut by the English rule of
   the devset sampling (claims/src/test/resources/devset_sampling.py, step 2).
2. Left out: every sentence whose text (white space collapsed, lower-cased) equals, contains or is
   contained in an English sentence of the devsets (devset, devset2 to devset7).
3. Numbers: the numerals the numbers module labels COUNT (the CLI's `numbers` command).
4. Candidate: a COUNT numeral with a cue word (the lexicon's events.*.cues and counted words, one
   word or several, plus the stems of CUE_STEMS in any form) in its clause (the sentence cut at
   ';', ':', ' - ', brackets and quotes; at most WINDOW tokens away), where no claim of the
   extractor covers the numeral, or one with event OTHER.
5. Group: the nearest cue word (before the number or after it) and the tokens between, each
   replaced by its class (NUM, AUX, SUBJ, CUE:<event>, a function word kept as it is, any other
   word W), runs of W collapsed; groups ranked by the number of candidates.

Prints the ranking (group, count, share); with --sample, a random sample of one group's
sentences (to read, never to commit). Text of the corpus is printed only to standard output.
"""
import collections
import json
import os
import random
import re
import sys

import mining
from mining import ds as devset_sampling

CORPUS = os.path.join(mining.CORPUS, "english-news-dev")
LEXICON = os.path.join(mining.LEXICON, "en.json")
DEVSETS = ["devset/devset.jsonl", "devset2/devset2-en.jsonl", "devset3/devset3-en.jsonl",
           "devset4/devset4-en.jsonl", "devset5/devset5-en.jsonl", "devset6/devset6-en.jsonl",
           "devset7/devset7-en.jsonl"]
WINDOW = 12
# stems of cue words in forms the lexicon may not list (a candidate group of its own when missed)
CUE_STEMS = {
    "KILLED": ["kill", "dead", "death", "die", "died", "dying", "murder", "slain", "massacr", "behead",
               "drown", "perish", "lynch", "fatal", "toll", "bodies", "body", "corpse", "lives", "life"],
    "INJURED": ["injur", "wound", "hurt", "hospital", "stabbed", "burn", "casualt"],
    "ARRESTED": ["arrest", "detain", "detention", "custody", "held", "nabbed", "jailed", "apprehend",
                 "captur", "rounded"],
    "MISSING": ["missing", "unaccounted"],
    "DISPLACED": ["displac", "fled", "flee", "homeless", "refugee", "evacuat", "shelter"],
    "PARTICIPATED": ["protest", "rall", "march", "demonstrat", "gather", "crowd", "mob"],
}
TOKEN = re.compile(r"[a-z0-9][a-z0-9'\-.,]*[a-z0-9]|[a-z0-9]|[;:()\"\[\]]|,|-")
CLAUSE_MARKS = {";", ":", "(", ")", "\"", "[", "]", "-"}


def load_lexicon():
    d = json.load(open(LEXICON, encoding="utf-8"))
    cues = {}
    for event, lists in d["events"].items():
        for phrase in lists["cues"] + lists["counted"]:
            cues.setdefault(tuple(phrase.split()), event)
    subjects = set()
    for lists in d["subjects"].values():
        for forms in lists.values():
            for w in forms:
                subjects.add(w.split()[-1])
    aux = set(d["words"]["auxiliaries"]) | {"have", "has", "had", "will", "would"}
    function = set(d["functionWords"])
    return cues, subjects, aux, function


def stem_event(word):
    for event, stems in CUE_STEMS.items():
        if any(word.startswith(s) for s in stems):
            return event
    return None


def excluded_texts():
    out = []
    for rel in DEVSETS:
        with open(os.path.join(mining.RES, rel), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    if d.get("lang", "en") == "en" and not re.search("[\u0600-\u06ff]", d["text"]):
                        out.append(" ".join(d["text"].lower().split()))
    return out


def tokens(sentence, base):
    """(start, end, word) of each token of the sentence, offsets into the file."""
    low = sentence.lower()
    return [(base + m.start(), base + m.end(), m.group()) for m in TOKEN.finditer(low)]


def find_cues(toks, cues, stem=None):
    """Per token index: (event, length) of the cue starting there (longest lexicon phrase, else a
    stem: stem_event, or the given function of a word)."""
    stem = stem or stem_event
    words = [t[2].rstrip(".,") for t in toks]
    found = {}
    for i in range(len(words)):
        for n in (5, 4, 3, 2, 1):
            if tuple(words[i:i + n]) in cues:
                found[i] = (cues[tuple(words[i:i + n])], n)
                break
        else:
            e = stem(words[i])
            if e:
                found[i] = (e, 1)
    return found


def classify(word, subjects, aux, function, cue_at):
    if cue_at:
        return "CUE:" + cue_at[0]
    if re.fullmatch(r"[\d.,]+", word):
        return "NUM"
    if word in aux:
        return "AUX"
    if word in subjects:
        return "SUBJ"
    if word in function or word in {",", "of", "the", "a", "an", "other", "others", "more"}:
        return word
    return "W"


def pattern(toks, i, j, cue_idx, lex, cuemap):
    """The construction between the number (tokens i..j) and the nearest cue."""
    subjects, aux, function = lex
    if cue_idx > j:
        between = range(j + 1, cue_idx)
        side = "NUM{}EV"
    else:
        between = range(cue_idx + cuemap[cue_idx][1], i)
        side = "EV{}NUM"
    out = []
    for k in between:
        w = toks[k][2].rstrip(".")
        c = classify(w, subjects, aux, function, None)
        if not out or not (c == "W" and out[-1] == "W"):
            out.append(c)
    if len(out) > 5:
        out = out[:2] + ["..."] + out[-2:]
    return side.format(" " + " ".join(out) + " " if out else " ") + "/" + cuemap[cue_idx][0]


def main(argv):
    claims_path, numbers_path = argv[0], argv[1]
    sample = argv[argv.index("--sample") + 1:argv.index("--sample") + 4] if "--sample" in argv else None
    cues, subjects, aux, function = load_lexicon()
    claims = collections.defaultdict(list)
    for line in open(claims_path, encoding="utf-8"):
        c = json.loads(line)
        claims[c["document"]].append((c["span"]["start"], c["span"]["end"], c["event"], c["subject"]))
    numbers = collections.defaultdict(list)
    for line in open(numbers_path, encoding="utf-8"):
        n = json.loads(line)
        if n["label"] == "COUNT":
            numbers[n["document"]].append((n["span"]["start"], n["span"]["end"], n["text"]))
    excluded = excluded_texts()
    groups = collections.defaultdict(list)
    n_sentences = n_counts = n_near = 0
    for name in sorted(os.listdir(CORPUS)):
        if not name.endswith(".txt"):
            continue
        text = open(os.path.join(CORPUS, name), encoding="utf-8", newline="").read()
        for a, b in devset_sampling.english_sentences(text):
            s = text[a:b]
            nums = [n for n in numbers[name] if a <= n[0] and n[1] <= b]
            if not nums:
                continue
            c = " ".join(s.lower().split())
            if any(c == e or c in e or e in c for e in excluded):
                continue
            n_sentences += 1
            toks = tokens(s, a)
            cuemap = find_cues(toks, cues)
            for ns, ne, ntext in nums:
                n_counts += 1
                idx = [k for k, t in enumerate(toks) if t[0] < ne and t[1] > ns]
                if not idx:
                    continue
                i, j = idx[0], idx[-1]
                best = None
                for k in cuemap:
                    if i <= k <= j:
                        continue
                    lo, hi = (j + 1, k) if k > j else (k, i)
                    if abs(k - i) > WINDOW or any(toks[m][2] in CLAUSE_MARKS for m in range(lo, hi)):
                        continue
                    if best is None or abs(k - i) < abs(best - i):
                        best = k
                if best is None:
                    continue
                n_near += 1
                covering = [c for c in claims[name] if c[0] <= ns and ne <= c[1]]
                if covering and any(c[2] != "OTHER" for c in covering):
                    continue
                status = "OTHER" if covering else "NONE"
                key = pattern(toks, i, j, best, (subjects, aux, function), cuemap)
                groups[key].append((name, a, b, ntext, status, s))
    total = sum(len(v) for v in groups.values())
    if sample:
        key, n, seed = sample[0], int(sample[1]), int(sample[2])
        rows = [r + (k,) for k, v in sorted(groups.items()) for r in v if key in ("ALL", k)]
        for r in random.Random(seed).sample(rows, min(n, len(rows))):
            print("%s:%d [%s] %s {%s} | %s" % (r[0], r[1], r[3], r[4], r[6], r[5]))
        return
    print("sentences with a COUNT outside the devsets: %d; counts %d; near a cue %d; candidates %d"
          % (n_sentences, n_counts, n_near, total))
    for key, rows in sorted(groups.items(), key=lambda kv: -len(kv[1]))[:80]:
        print("%5d  %s   (no claim %d, OTHER %d)" % (len(rows), key,
              sum(r[4] == "NONE" for r in rows), sum(r[4] == "OTHER" for r in rows)))


if __name__ == "__main__":
    main(sys.argv[1:])
