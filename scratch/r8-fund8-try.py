import sys
from signals.extract.funding import explain_funding
for t in sys.stdin.read().split("\n"):
    if not t.strip(): continue
    d = explain_funding(t)
    print(repr(t[:90]), "->", (d.round.company, d.round.round, d.round.amount, d.round.currency, round(d.confidence,2)) if d else None)
