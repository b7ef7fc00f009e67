"""Score a batch file: P/R (tp/fp/fn) and drafted P, with the switch as set in the environment."""
import json, sys, os
from signals.extract.measure import score_rows, failures
rows = [json.loads(l) for l in open(sys.argv[1])]
for s in score_rows("appointments", rows):
    print(f"OUTRIDER_EXTRACT_LEARNED={os.environ.get('OUTRIDER_EXTRACT_LEARNED','(default)')}: items {s.items} pos {s.positives} "
          f"P {s.precision:.3f} R {s.recall:.3f} (tp {s.tp} fp {s.fp} fn {s.fn}) drafted P {s.drafted_precision:.3f} "
          f"({s.drafted_tp + s.drafted_fp})")
if len(sys.argv) > 2:
    for f in failures("appointments", rows):
        print("-", f["text"][:160].replace("\n", " // "), "\n   want", f["expected"], "\n   got ", f["found"] and {k: f["found"][k] for k in ("person", "title", "company", "confidence")})
