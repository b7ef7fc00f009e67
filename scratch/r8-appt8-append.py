"""Append a scratch batch (part dev) to appointments.jsonl (its labels) and funding.jsonl (null: no funding round)."""
import json, sys, pathlib
root = pathlib.Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "realworld"
rows = [json.loads(l) for l in open(sys.argv[1])]
assert all(r["part"] == "dev" for r in rows)
with (root / "appointments.jsonl").open("a") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with (root / "funding.jsonl").open("a") as f:
    for r in rows:
        f.write(json.dumps({**r, "expected": None}, ensure_ascii=False) + "\n")
print(len(rows), "rows appended to both sets")
