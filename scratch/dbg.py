import json,sys
sys.path.insert(0,'.')
from signals.extract.funding import explain_funding
rows=[json.loads(l) for l in open(sys.argv[1])]
keys=sys.argv[2:]
for r in rows:
    if any(k in r['text'] for k in keys):
        d=explain_funding(r['text'])
        print(repr(r['text'][:120])); print('  ->', None if d is None else (d.round.model_dump(), d.confidence, d.explanation))
