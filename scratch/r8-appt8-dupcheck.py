"""Dupcheck a batch against the three sets (part only, never the row) and the golden files."""
import json, sys, pathlib
from signals.extract.measure import near_duplicates
rows = [json.loads(l) for l in open(sys.argv[1])]
root = pathlib.Path("tests/fixtures")
for text, part, score in near_duplicates([r["text"] for r in rows], root / "realworld"):
    src = next(r["source"] for r in rows if r["text"] == text)
    print(f"SET {part} {score:.0f} | {src}" + (f" | {text[:80]}" if part == "dev" else ""))
from rapidfuzz import fuzz, process
golden = [json.loads(l)["text"].casefold() for f in (root / "golden").glob("*.jsonl") for l in open(f) if l.strip()]
for r in rows:
    hit = process.extractOne(r["text"].casefold(), golden, scorer=fuzz.token_set_ratio, score_cutoff=88)
    if hit: print("GOLDEN", r["text"][:80])
