"""Drop dev duplicates singly and pages with a held-out hit whole (the part only is looked at)."""
import json, sys, pathlib
from signals.extract.measure import near_duplicates
path = sys.argv[1]
rows = [json.loads(l) for l in open(path)]
hits = near_duplicates([r["text"] for r in rows], pathlib.Path("tests/fixtures/realworld"))
dev = {t for t, p, _ in hits if p == "dev"}
bad_src = {r["source"] for r in rows for t, p, _ in hits if p != "dev" and r["text"] == t}
keep = [r for r in rows if r["text"] not in dev and r["source"] not in bad_src]
with open(path, "w") as f:
    for r in keep:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("dropped pages (held-out hit):", sorted(bad_src))
print(len(rows), "->", len(keep), "kept;", sum(r["expected"] is not None for r in keep), "positives")
