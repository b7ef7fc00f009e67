"""Dev-only failures of the appointment extractor (never the test part)."""
import json, sys
from signals.extract.measure import failures
rows = [json.loads(l) for l in open("tests/fixtures/realworld/appointments.jsonl")]
rows = [r for r in rows if r["part"] == "dev"]
if len(sys.argv) > 1:
    rows = [json.loads(l) for l in open(sys.argv[1])]
for i, f in enumerate(failures("appointments", rows)):
    kind = "FN" if f["found"] is None else ("FP" if f["expected"] is None else "WRONG")
    print(i, kind, "|", f["text"][:400].replace("\n", " // "))
    print("   want:", f["expected"], "\n   got:", f["found"] and {k: f["found"][k] for k in ("person","title","company","confidence")})
