import sys
from signals.extract.job_change import explain_appointment
for line in sys.stdin:
    line = line.rstrip("\n").replace(" // ", "\n")
    if not line: continue
    d = explain_appointment(line)
    a = d and d.appointment
    print((f"{a.person} | {a.title} | {a.company} | {d.confidence:.2f}" if a else "NONE"), "<=", line[:100].replace("\n"," / "))
