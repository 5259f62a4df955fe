#!/usr/bin/env python3
"""Counts HTML character references and UTF-8-read-as-Latin-1 mojibake in the development corpora.

Usage (from the repo root): python3 tools/mining/text_hygiene_count.py [corpus dirs...]
Prints per corpus: files touched, and the forms by frequency (no article text).
"""
import collections, glob, os, re, sys

REF = re.compile(r'&?#(?:[0-9]{1,6}|[xX][0-9a-fA-F]{1,6});|&[a-zA-Z][a-zA-Z0-9]{1,9};')
BARE_ENTITY = re.compile(r'(?<![&\w])(?:amp|quot|lt|gt|nbsp|apos);')
MOJI = re.compile(r'[\u00c2\u00c3\u00e2][\u0080-\u00bf\u20ac\u201a-\u203a\u0152\u0160\u017d\u0161\u0153\u017e\u0178]?')

def main():
    roots = sys.argv[1:] or ['../shared/corpus/english-news-dev', '../shared/corpus/saudi-news-2015-dev',
                              '../shared/corpus/arabic-news-2013']
    for root in roots:
        forms = collections.Counter(); files = collections.Counter()
        for path in glob.glob(os.path.join(root, '*.txt')):
            text = open(path, encoding='utf-8', errors='replace').read()
            seen = set()
            for rx, kind in ((REF, 'ref'), (BARE_ENTITY, 'bare'), (MOJI, 'moji')):
                for m in rx.finditer(text):
                    f = kind + ' ' + ascii(m.group(0))
                    forms[f] += 1; seen.add(kind)
            for k in seen:
                files[k] += 1
        print(root, dict(files))
        for f, c in forms.most_common(40):
            print('  %6d %s' % (c, f))

if __name__ == '__main__':
    main()
