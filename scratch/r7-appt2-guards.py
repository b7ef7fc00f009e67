"""Dev cost of the draft guards: which dev answers drop below 0.6, right or wrong (dev rows only)."""
import json, sys
from signals.extract import job_change as jc
from signals.extract.learned import dev_rows
from signals.extract.measure import _appointment_match
rows = dev_rows("appointments")
if len(sys.argv) > 1:
    rows = [json.loads(l) for l in open(sys.argv[1])]
lost_right = lost_wrong = 0
for r in rows:
    d = jc.explain_appointment(r["text"])
    if d is None or "held for review" not in d.explanation:
        continue
    ok = r["expected"] is not None and _appointment_match(r["expected"], d.appointment)
    lost_right += ok; lost_wrong += not ok
    print("RIGHT" if ok else "WRONG", d.explanation.split("held for review: ")[1][:90], "|", r["text"][:110].replace("\n", " / "))
print("held for review: right", lost_right, "wrong", lost_wrong)
