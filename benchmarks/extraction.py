"""Extraction quality on the real-world sets: precision, recall and F1 per extractor and set part.

    .venv/bin/python benchmarks/extraction.py [DIR]

DIR defaults to tests/fixtures/realworld. Prints one table (the same as `outrider eval extract`)
and, for the golden files, the share of items each extractor gets exactly right.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from signals.extract.funding import extract_funding  # noqa: E402
from signals.extract.job_change import extract_appointment  # noqa: E402
from signals.extract.measure import format_table, score_directory  # noqa: E402


def golden_exact(path: Path, extract) -> tuple[int, int]:  # noqa: ANN001
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    right = 0
    for row in rows:
        found = extract(row["text"])
        got = found.model_dump() if found is not None else None
        right += got == row["expected"]
    return right, len(rows)


def main() -> None:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "fixtures" / "realworld"
    started, cpu_started = time.perf_counter(), time.process_time()
    scores = score_directory(directory)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(format_table(scores))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\nscored {sum(s.items for s in scores if s.part != 'all')} items in {elapsed:.2f}s wall, "
          f"{cpu:.2f}s CPU (load average {load:.2f})")
    golden = ROOT / "tests" / "fixtures" / "golden"
    print("\ngolden files (tuned on; exact match on every field)")
    for name, extract in (("funding", extract_funding), ("appointments", extract_appointment)):
        right, total = golden_exact(golden / f"{name}.jsonl", extract)
        print(f"  {name:<13} {right}/{total} = {right / total:.3f}")


if __name__ == "__main__":
    main()
