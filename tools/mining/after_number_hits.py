#!/usr/bin/env python3
"""Counts, in the Arabic development corpora, the places where a number is followed by words
matching a pattern (e.g. 'دون|بدون|ولا' or 'قتيلا? و(جريحا|مصابا)'), and prints each hit's file
and the claims the extractor gave that overlap it, from an `extract --format jsonl` output of the
same files. Prints no article text, only counts and the claims. Usage (from the repo root):
after_number_hits.py PATTERN CLAIMS.jsonl [CORPUS_DIR...]"""
import collections
import glob
import json
import re
import sys

pattern = re.compile(r'[0-9\u0660-\u0669]+\s+(?:' + sys.argv[1] + r')')
claims = collections.defaultdict(list)
for line in open(sys.argv[2], encoding='utf-8'):
    c = json.loads(line)
    claims[c['document']].append(c)
dirs = sys.argv[3:] or ['../shared/corpus/arabic-news-2013', '../shared/corpus/saudi-news-2015-dev']
hits = 0
for d in dirs:
    for f in sorted(glob.glob(d + '/**/*.txt', recursive=True)):
        text = open(f, encoding='utf-8', errors='ignore').read()
        doc = f.split('/')[-1]
        for m in pattern.finditer(text):
            hits += 1
            got = [(c['event'], c['quantity']['value']) for c in claims.get(doc, [])
                   if c['span']['start'] <= m.end() and c['span']['end'] >= m.start()]
            print(doc, m.start(), got)
print('hits', hits)
