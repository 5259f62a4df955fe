#!/usr/bin/env python3
"""Draw devset7-en: 400 more English sentences of ../shared/corpus/english-news-dev, none in devset,
devset2, devset3, devset4, devset5 or devset6, split once at random 50/50 into dev and measure.

Usage (from the repository root):
    python3 claims/src/test/resources/devset7/sample_en7.py --counts ../shared/corpus/english-news-dev
    python3 claims/src/test/resources/devset7/sample_en7.py ../shared/corpus/english-news-dev          # the draw
    python3 claims/src/test/resources/devset7/sample_en7.py --split ../shared/corpus/english-news-dev  # id<TAB>split
    python3 claims/src/test/resources/devset7/sample_en7.py --skeleton ../shared/corpus/english-news-dev > /tmp/skeleton7.jsonl

Procedure: that of devset6 (sample_en6.py) and devset5 (sample_en5.py), with new seeds, 400
sentences, devset6 added to the sets kept clear of, and a 50/50 split. The English procedure of
../devset_sampling.py, steps 1-4, with the pools of devset2's sample_en.py (same files, same sentence
splitter, same filter "20 to 400 characters and a number or a number word"), less every sentence of
devset2, devset3, devset4, devset5 and devset6 (file and start offset, each recomputed by its own
parameters in the order they were drawn) and less every pool sentence whose text (white space
collapsed) equals, contains or is contained in an English sentence of the first devset (its English
sentences are authored, so this removes none; it is checked all the same). Then, in proportion to
the bytes of the two collections, round(400 * 0.189) = 75 from AG News and 325 from the Times of
India, each with random.Random(SEED).sample over the rest of the pool in file and offset order. Ids
dev7-en-0001 ... in draw order, AG News first. Split: random.Random(SPLIT_SEED).shuffle of the ids,
the first round(0.5 * 400) = 200 "dev", the other 200 "measure" (step 5 of the procedure with a
half share instead of 60 %).

--skeleton prints the set's lines in the format of devset6-en.jsonl (outlet and date from the
corpus manifest.tsv, split from the split, claims: [] to be annotated).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
sys.path.insert(0, os.path.join(HERE, "..", "devset2"))
sys.path.insert(0, os.path.join(HERE, "..", "devset3"))
sys.path.insert(0, os.path.join(HERE, "..", "devset4"))
sys.path.insert(0, os.path.join(HERE, "..", "devset5"))
sys.path.insert(0, os.path.join(HERE, "..", "devset6"))
import devset_sampling  # noqa: E402
import sample_en  # noqa: E402
import sample_en3  # noqa: E402
import sample_en4  # noqa: E402
import sample_en5  # noqa: E402
import sample_en6  # noqa: E402

SEED = 2026120707
SPLIT_SEED = 71207
DRAWN = 400
EARLIER = [(sample_en.DRAWN, sample_en.SEED), (sample_en3.DRAWN, sample_en3.SEED),
           (sample_en4.DRAWN, sample_en4.SEED), (sample_en5.DRAWN, sample_en5.SEED),
           (sample_en6.DRAWN, sample_en6.SEED)]
PREFIX = "dev7-en"


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    folder = args[0] if args else "../shared/corpus/english-news-dev"
    pool, size, total = devset_sampling.english_pools(folder)
    first = sample_en5.first_devset_places(pool)
    taken = set(first)
    for k, s in EARLIER:
        taken |= {(d["source"], d["start"]) for d in devset_sampling.english_draw(pool, size, k, s, taken)}
    drawn = devset_sampling.english_draw(pool, size, DRAWN, SEED, taken)
    ids = ["%s-%04d" % (PREFIX, i) for i in range(1, len(drawn) + 1)]
    parts = sample_en6.split(ids, SPLIT_SEED)
    if "--counts" in argv:
        print("first devset: %d pool sentences left out" % len(first))
        print("earlier sets: %d pool sentences left out in all" % len(taken))
        for c in pool:
            rest = sum(1 for p in pool[c] if (p[0], p[1]) not in taken)
            print("%s: %d bytes, %d sentences, %d in the pool, %d left after the earlier sets, %d drawn, %d dev, %d measure"
                  % (c, size[c], total[c], len(pool[c]), rest,
                     sum(d["collection"] == c for d in drawn),
                     sum(d["collection"] == c and parts[i] == "dev" for i, d in zip(ids, drawn)),
                     sum(d["collection"] == c and parts[i] == "measure" for i, d in zip(ids, drawn))))
        return
    if "--split" in argv:
        for i in ids:
            print("%s\t%s" % (i, parts[i]))
        return
    meta = devset_sampling.manifest(folder) if "--skeleton" in argv else {}
    for i, d in zip(ids, drawn):
        if "--skeleton" in argv:
            row = meta.get(d["source"], {})
            print(json.dumps({"id": i, "outlet": row.get("outlet") or None, "date": row.get("date") or None,
                              "source": d["source"], "start": d["start"], "end": d["end"], "lang": "en",
                              "split": parts[i], "text": d["text"], "claims": []}, ensure_ascii=False))
        else:
            print(json.dumps({"id": i, "source": d["source"], "collection": d["collection"],
                              "start": d["start"], "end": d["end"], "text": d["text"]},
                             ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
