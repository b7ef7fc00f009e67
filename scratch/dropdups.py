"""Drop every candidate row dupcheck flags (either part): python scratch/dropdups.py IN OUT"""
import json, subprocess, sys
inp, out = sys.argv[1], sys.argv[2]
res = subprocess.run([sys.executable, "/work/wt/_notes/dupcheck.py", inp], capture_output=True, text=True).stdout
flag = {}
for line in res.splitlines():
    if line.startswith("DUP ("):
        part = line[5:line.index(",")]
        t = line[line.index("): ") + 3:]
        flag[eval(t)] = part
rows = [json.loads(l) for l in open(inp, encoding="utf-8") if l.strip()]
keep = [r for r in rows if r["text"].casefold()[:80] not in flag]
with open(out, "w", encoding="utf-8") as fh:
    for r in keep:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
n_test = sum(1 for p in flag.values() if p == "test")
print(f"{inp}: {len(rows)} rows, dropped {len(rows)-len(keep)} flagged ({n_test} like a test row), kept {len(keep)}; "
      f"{sum(1 for r in keep if r.get('hard_negative'))} hard negatives")
