#!/usr/bin/env python3
"""Every claim the extractor makes on the development corpora, with the sentence it stands in
(issue 16, precision mining). Run from the repository root, after building the CLI jar:

    python3 tools/mining/claims_in_sentences.py [--jar cli/target/countercheck-cli-all.jar] \
        [--corpus ../shared/corpus] [--out /tmp/mined] [--all]

For each corpus (arabic-news-2013, saudi-news-2015-dev, english-news-dev) the jar extracts the
claims of every article (`extract --format jsonl DIR`); each claim is placed in the sentence of its
article that holds its span start, cut as the devset sampling cuts (`devset_sampling.py`:
`arabic_sentences`, `english_sentences`). Claims in a sentence of any devset (its text, white space
collapsed, equals, contains or is contained in a sentence text of a devset*.jsonl) are left out.
Without --all only scored claims (event other than OTHER) are kept. Output: OUT/<corpus>.jsonl,
one claim a line with its sentence (id = corpus/file@offset), for reading only: never commit it
(the corpus text is not the repository's).
"""
import argparse
import json
import os
import sys

import mining
from mining import ds

CORPORA = {"arabic-news-2013": "ar", "saudi-news-2015-dev": "ar", "english-news-dev": "en"}


def devset_texts():
    """Collapsed sentence texts of every devset file in the repository."""
    out = set()
    for f in mining.devset_files():
        with open(f, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    t = json.loads(line).get("text")
                    if t:
                        out.add(ds.collapse(t))
    return out


def excluded(sentence, texts, by_word):
    c = ds.collapse(sentence)
    if c in texts:
        return True
    # containment either way: only devset texts that share the sentence's rarest word are tried
    words = c.split()
    if not words:
        return False
    key = min(words, key=lambda w: len(by_word.get(w, ())))
    return any(c in e or e in c for e in by_word.get(key, ()))


def sentences(text, lang):
    if lang == "ar":
        return [(a, a + len(s)) for a, s in ds.arabic_sentences(text)]
    return list(ds.english_sentences(text))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", default="cli/target/countercheck-cli-all.jar")
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--out", default="/tmp/mined")
    ap.add_argument("--all", action="store_true", help="keep OTHER claims too")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    texts = devset_texts()
    by_word = {}
    for e in texts:
        for w in set(e.split()):
            by_word.setdefault(w, []).append(e)
    for name, lang in CORPORA.items():
        folder = os.path.join(args.corpus, name)
        by_doc = {}
        for c in mining.extract(args.jar, lang, folder):
            by_doc.setdefault(c["document"], []).append(c)
        kept = dropped = 0
        with open(os.path.join(args.out, name + ".jsonl"), "w", encoding="utf-8") as out:
            for doc in sorted(by_doc):
                with open(os.path.join(folder, doc), encoding="utf-8", newline="") as f:
                    text = f.read()
                cuts = sentences(text, lang)
                for c in by_doc[doc]:
                    if c["event"] == "OTHER" and not args.all:
                        continue
                    start = c["span"]["start"]
                    hit = next(((a, b) for a, b in cuts if a <= start < b), None)
                    if hit is None:
                        continue
                    s = text[hit[0]:hit[1]]
                    if excluded(s, texts, by_word):
                        dropped += 1
                        continue
                    kept += 1
                    c["sentenceId"] = "%s/%s@%d" % (name, doc, hit[0])
                    c["sentence"] = s
                    out.write(json.dumps(c, ensure_ascii=False) + "\n")
        print("%s: %d claims kept, %d in devset sentences left out" % (name, kept, dropped), file=sys.stderr)


if __name__ == "__main__":
    main()
