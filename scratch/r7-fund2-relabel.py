"""Relabel four review items to the dev part's convention (a periodic review's single-company round is a round:
dev has 'The single largest deal in August was $400 million raised by Knotel' and 'Luxstay ... raised 4.5 million
USD in May and ...' as rounds). Done after the before-scores; both scores are in the report."""
import json
fix={
 "The highest round at €861 million went to Berlin-based food delivery startup Gorillas":{"company":"Gorillas","round":None,"amount":861e6,"currency":"EUR"},
 "Madison-based Alice.com led state companies in venture capital fundraising in 2009":{"company":"Alice.com","round":None,"amount":6e6,"currency":"USD"},
 "Enterprise software company Fenergo raised $80m in February":{"company":"Fenergo","round":None,"amount":80e6,"currency":"USD"},
 "The biggest deal of the year was landed by Everseen in Cork":{"company":"Everseen","round":None,"amount":65e6,"currency":"EUR"},
}
for f in ['scratch/r7-fund2-batch1.jsonl','scratch/r7-fund2-batch2.jsonl']:
    rows=[json.loads(l) for l in open(f)]
    for r in rows:
        for k,v in fix.items():
            if r['text'].startswith(k): r['expected']=v; print('relabelled',k[:50])
    open(f,'w').write(''.join(json.dumps(r,ensure_ascii=False)+"\n" for r in rows))
