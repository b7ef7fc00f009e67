"""Grep DEV title rows only (held-out rows are filtered out before matching)."""
import json, re, sys
rows = [json.loads(l) for l in open("tests/fixtures/realworld/titles.jsonl")]
rows = [r for r in rows if r.get("part") == "dev"]
for pat in sys.argv[1:]:
    rx = re.compile(pat, re.I)
    for r in rows:
        if rx.search(r["text"]):
            e = r["expected"]; print(f'{r["text"]!r:60} {e["function"]}/{e["seniority"]}')
