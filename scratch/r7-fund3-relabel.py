"""After the before-scores: 'pre-Series C' is labelled series_b, like dev's 'pre-Series A' -> seed (the stage it precedes
is not reached yet). Batch 3's Skyroot item was first labelled with no round."""
import json
F='scratch/r7-fund3-batch3.jsonl'
rows=[json.loads(l) for l in open(F)]
for r in rows:
    if r['text'].startswith('Skyroot raises undisclosed amount'):
        r['expected']['round']='series_b'
open(F,'w').write(''.join(json.dumps(r,ensure_ascii=False)+"\n" for r in rows))
