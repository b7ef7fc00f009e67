"""Score the round-4 batches with the extractor as it was at the start of the round (main at 619a0be)."""
import json, importlib.util, sys, subprocess
sys.path.insert(0, '.')
from signals.extract.measure import _appointment_match
open('/tmp/appt_old_jc.py', 'w').write(subprocess.run(['git', 'show', '619a0be:signals/extract/job_change.py'], capture_output=True, text=True).stdout)
spec = importlib.util.spec_from_file_location("old_jc", "/tmp/appt_old_jc.py"); m = importlib.util.module_from_spec(spec); sys.modules['old_jc'] = m; spec.loader.exec_module(m)
for b in sys.argv[1:]:
    rows = [json.loads(l) for l in open(f'scratch/appt_r4_b{b}.jsonl')]
    tp = fp = fn = pos = 0
    for r in rows:
        got = m.extract_appointment(r['text']); want = r['expected']
        pos += want is not None
        if got is not None and want is not None and _appointment_match(want, got):
            tp += 1; continue
        fp += got is not None; fn += want is not None
    print(f"batch {b}: {len(rows)} items, {pos} moves, tp {tp} fp {fp} fn {fn}, P {tp/(tp+fp) if tp+fp else 1:.3f} R {tp/pos:.3f}")
