"""Drop items already in a realworld set: a whole page when one of its items is held-out, the item alone when it is dev.
Prints only counts and page addresses, never a set row.   python scratch/dedupe.py scratch/appt_r4_bNN.jsonl"""
import json, sys
from pathlib import Path
from rapidfuzz import fuzz, process
rows = []
for f in Path("tests/fixtures/realworld").glob("*.jsonl"):
    rows += [json.loads(l) for l in f.read_text().splitlines() if l.strip()]
texts = [r["text"].casefold() for r in rows]
path = sys.argv[1]
cand = [json.loads(l) for l in open(path)]
testpages, devdup = set(), set()
for i, c in enumerate(cand):
    hit = process.extractOne(c["text"].casefold(), texts, scorer=fuzz.token_set_ratio, score_cutoff=88)
    if hit:
        if rows[hit[2]].get("part") == "test":
            testpages.add(c["source"].split(";")[0])
        else:
            devdup.add(i)
keep = [c for i, c in enumerate(cand) if i not in devdup and c["source"].split(";")[0] not in testpages]
print(len(keep), sum(1 for c in keep if c["expected"]), sorted(testpages))
with open(path, "w") as f:
    for c in keep:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
