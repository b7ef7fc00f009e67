"""Turn 'title|F s' lines into realworld rows (dev). usage: mk.py labelled.txt source out.jsonl"""
import json, sys
F = {"D": "data", "E": "engineering", "M": "marketing", "O": "operations", "F": "finance", "P": "people",
     "X": "other", "PR": "product", "S": "sales", "R": "revenue_operations", "C": "customer_success"}
S = {"i": "ic", "m": "manager", "d": "director", "v": "vp", "c": "c_level"}
GTM = {"sales", "revenue_operations", "marketing", "customer_success"}
src = sys.argv[2]
with open(sys.argv[3], "w") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        title, code = line.rsplit("|", 1)
        f, s = code.split()
        out.write(json.dumps({"text": title, "expected": {"function": F[f], "seniority": S[s]},
                              "hard_negative": F[f] not in GTM, "part": "dev", "source": src},
                             ensure_ascii=False) + "\n")
