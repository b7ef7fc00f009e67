"""Apply the new draft guards to answers an OLD commit gave on fresh batches (the honest measure of the guards).
Step 1 (old code on PYTHONPATH): dump; step 2 (this worktree): judge."""
import json, sys
if sys.argv[1] == "dump":
    from signals.extract.job_change import explain_appointment
    for line in open(sys.argv[2]):
        r = json.loads(line); d = explain_appointment(r["text"])
        print(json.dumps({"row": r, "d": None if d is None else {"a": d.appointment.model_dump(), "c": d.confidence, "e": d.explanation}}))
else:
    from signals.extract import job_change as jc
    from signals.extract.measure import _appointment_match
    tally = {"drafted_right": 0, "drafted_wrong": 0, "held_right": 0, "held_wrong": 0}
    for line in open(sys.argv[2]):
        x = json.loads(line); d = x["d"]; r = x["row"]
        if d is None or d["c"] < 0.6:
            continue
        dec = jc.AppointmentDecision(appointment=jc.Appointment(**d["a"]), confidence=d["c"], explanation=d["e"])
        why = jc._weak_evidence(dec, r["text"])
        ok = r["expected"] is not None and _appointment_match(r["expected"], dec.appointment)
        key = ("held_" if why else "drafted_") + ("right" if ok else "wrong")
        tally[key] += 1
        if why or not ok:
            print(key, why, "|", d["a"]["person"], "/", d["a"]["company"], "|", r["text"][:90].replace("\n", " / "))
    print(tally)
