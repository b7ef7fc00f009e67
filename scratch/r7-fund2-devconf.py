"""Dump (text id, company, conf, correct) for dev funding rows and the fresh batches: compare before/after."""
import json,sys
from signals.extract.funding import explain_funding
from signals.extract.learned import dev_rows
def norm(e):
    return e
rows=[r for r in dev_rows('funding')] if callable(dev_rows) else []
out={}
files=sys.argv[2:]
extra=[]
for f in files:
    extra+= [json.loads(l) for l in open(f)]
for i,r in enumerate(rows+extra):
    d=explain_funding(r['text'])
    e=r['expected']
    if d is None:
        out[r['text'][:120]]=None; continue
    comp=e['company'] if e else None
    comps=comp if isinstance(comp,list) else [comp]
    ok = bool(e) and d.round.company in comps and d.round.amount==e['amount'] and d.round.round==e['round']
    out[r['text'][:120]]=(d.round.company,d.confidence,ok)
json.dump(out,open(sys.argv[1],'w'))
dr=[v for v in out.values() if v and v[1]>=0.6]
print('answers',sum(1 for v in out.values() if v),'drafted',len(dr),'drafted ok',sum(1 for v in dr if v[2]))
