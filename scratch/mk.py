"""Build a labelled candidate batch: lines 'title || function/seniority' -> jsonl."""
import json, sys
GTM = {"sales", "revenue_operations", "marketing", "customer_success"}
src_file, out, source = sys.argv[1], sys.argv[2], sys.argv[3]
rows = []
for line in open(src_file, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    text, lab = line.rsplit(" || ", 1)
    f, s = lab.strip().split("/")
    r = {"text": text, "expected": {"function": f, "seniority": s}}
    if f not in GTM:
        r["hard_negative"] = True
    r["part"] = "dev"
    r["source"] = source
    rows.append(r)
with open(out, "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows;", sum(1 for r in rows if r.get("hard_negative")), "hard negatives")
