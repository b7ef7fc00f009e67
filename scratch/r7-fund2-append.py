"""Append batches to the funding set (as labelled) and to the appointments set (news items: no appointment)."""
import json,sys
for f in sys.argv[1:]:
    rows=[json.loads(l) for l in open(f)]
    with open('tests/fixtures/realworld/funding.jsonl','a') as o:
        for r in rows: o.write(json.dumps(r,ensure_ascii=False)+"\n")
    with open('tests/fixtures/realworld/appointments.jsonl','a') as o:
        for r in rows: o.write(json.dumps({"text":r["text"],"expected":None,"part":"dev","source":r["source"]},ensure_ascii=False)+"\n")
    print(f,len(rows))
