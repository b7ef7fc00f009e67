"""Batch 29 (round 5, titles5): executives' titles as filed on SEC Form 4 ('officerTitle'),
found in repositories' filing captures and parser fixtures through the search tool's exact-string
index; labelled by hand before any rule was written for them."""
import json

GTM = {"sales", "marketing", "revenue_operations", "customer_success"}
NOTE = ("an SEC Form 4 'officerTitle' field in a file of the search tool's code index (id {id}); "
        "quoted for evaluation; labelled by hand; bare ranks ('VP', 'SVP') and ambiguous titles left out")
LABELS = """EVP, General Counsel and Sec|other|vp|71646649081
EVP, General Counsel|other|vp|55685563032
EVP and COO|operations|c_level|62056499065
EVP, CFO and Treasurer|finance|c_level|66499730450
EVP & General Counsel|other|vp|39991341653
EVP & CFO|finance|c_level|59271618786
SVP, GC and Secretary|other|vp|59215600936
SVP Gen. Counsel & Secretary|other|vp|34353794074
SVP, CFO|finance|c_level|57708652319
SVP Sales|sales|vp|31987183107
VP Engineering|engineering|vp|59237366447
VP Finance|finance|vp|71030578473
President and CEO|operations|c_level|62855452422
Executive VP and CFO|finance|c_level|62281608287
Executive Chairman|operations|c_level|67415762015
Executive Chairman & Chairman of the Board|operations|c_level|55917698987
Executive Vice President & CFO|finance|c_level|62326166735"""
out = []
for line in LABELS.splitlines():
    text, fn, sen, fid = line.split("|")
    out.append({"text": text, "expected": {"function": fn, "seniority": sen},
                "hard_negative": fn not in GTM, "part": "dev", "source": NOTE.format(id=fid)})
# the 9 items the duplicate check flagged (4 like held-out rows; each is its own file, so those files are dropped) were removed after this
with open("scratch/batch29_candidates.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out))

# The titles `outrider eval extract --dupcheck` flagged in the candidates (any part) were then
# removed unseen; the rest is scratch/batch29.jsonl.
