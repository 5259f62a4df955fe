#!/usr/bin/env python3
"""Ages with their unit and bare numbers after a word in the same pool sentence (branch ar27age):

    python3 tools/mining/ar_ages27.py /tmp/pool/pool.txt /tmp/pool/claims.jsonl

prints one line a bare number (sentence number | its context | the claims that cover it) and the
counts on stderr. Nothing it writes is committed (it quotes the pool).
"""
import sys,re,json,bisect
pool,claims=sys.argv[1:3]
text=open(pool,encoding='utf-8').read()
sents=[(m.start(),m.group()) for m in re.finditer(r"[^\n]+",text)]
starts=[s[0] for s in sents]
cl={}
for line in open(claims,encoding='utf-8'):
    c=json.loads(line); i=bisect.bisect_right(starts,c["span"]["start"])-1
    cl.setdefault(i,[]).append(c)
U=r'(سنة|سنه|عاما|عامًا|عام|سنوات|أعوام|سنين)'
unit=re.compile(r'[\u0621-\u064a]{2,}\s+[0-9٠-٩]{1,3}\s*'+U)
bare=re.compile(r'[\u0621-\u064a]{2,}\s+([0-9٠-٩]{1,2})\s+(?!'+U+')([\u0621-\u064a]{2,})')
nsent=nhit=nclaim=0
for i,(st,s) in enumerate(sents):
    if not unit.search(s): continue
    hs=[m for m in bare.finditer(s)]
    if not hs: continue
    nsent+=1
    for m in hs:
        nhit+=1
        a=st+m.start(1)
        cs=[(c["event"],c["quantity"]["value"],c["text"]) for c in cl.get(i,[]) if c["span"]["start"]<=a<c["span"]["end"]]
        if cs: nclaim+=1
        print(i,'|',s[max(0,m.start()-50):m.end()+30].replace('\n',' '),'|',cs)
print(nsent,'sentences with a unit age and a bare number after a word;',nhit,'hits;',nclaim,'with a claim',file=sys.stderr)
