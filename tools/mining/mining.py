"""What the mining scripts share, written once: the repository's paths, the sampling module of the
devsets (corpus files, sentence splitters, number filters: `ds`), the devset files, JSON lines, the
CLI jar run on a file or folder, and the pool of ar_pool.py with the claims located in its
sentences. The scripts run from the repository root as `python3 tools/mining/<script>.py`, so
`import mining` finds this file beside them.
"""
import bisect
import collections
import glob
import json
import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
# the test resources: devset<n>/ folders and devset_sampling.py
RES = os.path.join(ROOT, "claims", "src", "test", "resources")
sys.path.insert(0, RES)
import devset_sampling as ds  # noqa: E402,F401

# the lexicon files, <lang>.json
LEXICON = os.path.join(ROOT, "claims", "src", "main", "resources", "io", "github", "countercheck",
                       "claims", "lexicon")
# the shared corpora, beside the repository
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")


def devset_files(pattern=os.path.join("devset*", "*.jsonl")):
    """The devset files of the repository that match pattern (below RES), sorted."""
    return sorted(glob.glob(os.path.join(RES, pattern)))


def read_jsonl(path):
    """The objects of a JSON-lines file, one a non-blank line."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def extract(jar, lang, path):
    """The claims the CLI jar extracts from a file or folder in language lang (JSON lines)."""
    out = subprocess.run(["java", "-jar", jar, "extract", "--format", "jsonl", "--lang", lang, path],
                         capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def pool_text(pool):
    """The text of POOL/pool.txt (ar_pool.py): one sentence a line, a blank line between."""
    with open(os.path.join(pool, "pool.txt"), encoding="utf-8") as f:
        return f.read()


def pool_claims(pool, claims, events):
    """Yields (i, claim, sentence, start) for each claim of the JSON-lines file claims, extracted
    from POOL/pool.txt, whose event is in events: i is the number of its sentence in the pool,
    start the offset of the sentence in pool.txt."""
    text = pool_text(pool)
    starts = [0] + [m.end() for m in re.finditer("\n\n", text)]
    for c in read_jsonl(claims):
        if c["event"] not in events:
            continue
        i = bisect.bisect_right(starts, c["span"]["start"]) - 1
        yield i, c, text[starts[i]:text.find("\n", starts[i])], starts[i]


def pool_lines(pool, claims):
    """The lines of POOL/pool.txt as (start, text) pairs, and the claims of the JSON-lines file
    claims extracted from it, grouped by the number of the line their span starts in."""
    text = pool_text(pool)
    sents = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    starts = [s[0] for s in sents]
    spans = collections.defaultdict(list)
    for c in read_jsonl(claims):
        spans[bisect.bisect_right(starts, c["span"]["start"]) - 1].append(c)
    return sents, spans


def print_sample(hits, verdict, sample, seed, before=70):
    """Prints the verdict counts of hits (sentence number, verdict, sentence, offset of the hit)
    and, of those with the given verdict (all when None), a random sample: sentence number,
    verdict and the sentence cut around the hit (before characters before it, 70 after)."""
    count = collections.Counter(h[1] for h in hits)
    print(f"{len(hits)} hits in {len({h[0] for h in hits})} sentences: {dict(count.most_common())}")
    pool = [h for h in hits if not verdict or h[1] == verdict]
    random.Random(seed).shuffle(pool)
    for i, v, sentence, k in pool[:sample]:
        print(f"{i}\t{v}\t…{sentence[max(0, k - before):k + 70]}…")
