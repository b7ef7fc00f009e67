"""Account import benchmark: 100,000 accounts from one CSV into a fresh workspace. Prints a table.

The import runs in a child process (so its peak RSS is its own): parse, then upsert in bulk.
A second import of the same file measures the re-import (every row found, none changed).

    python benchmarks/import_accounts.py                    # 100,000 accounts (targets below)
    python benchmarks/import_accounts.py --accounts 20000   # a quick look

Targets (issue 13, 2-core machine): 100,000 accounts in <= 20 s and <= 1 GB peak RSS.
"CPU s" is the importing process's own CPU time: on a machine shared with other work the wall
clock can be several times longer. "waits / preempted" are the importing process's voluntary
context switches (it waited: disk, fsync, a lock) and involuntary ones (another process had the CPU). Set DATABASE_URL to run it against PostgreSQL instead of the workspace's SQLite file.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

INDUSTRIES = ["Software", "Fintech", "Healthcare", "Logistics", "Retail", "Manufacturing", "Media", "Energy"]
COUNTRIES = ["US", "GB", "DE", "FR", "NL", "SE", "CA", "AU"]


def make_csv(path: Path, count: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    lines = ["name,domain,industry,employees,country,owner_email,aliases"]
    for i in range(count):
        name = f"Bench Company {i:06d}"
        alias = f"BCo {i:06d}" if rng.random() < 0.2 else ""
        lines.append(f"{name},bench{i:06d}.example,{rng.choice(INDUSTRIES)},{rng.randint(5, 20000)},"
                     f"{rng.choice(COUNTRIES)},owner{i % 50}@vendor.example,{alias}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _import(workspace: str, csv: str, out: mp.Queue) -> None:  # type: ignore[type-arg]
    from agent.config import Settings
    from agent.services.accounts import import_accounts
    from agent.workspace import Workspace

    ws = Workspace.open(Path(workspace), settings=Settings())
    try:
        data = Path(csv).read_bytes()
        before = resource.getrusage(resource.RUSAGE_SELF)
        started, cpu = time.perf_counter(), time.process_time()
        summary = import_accounts(ws.db, data, filename=csv)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        after = resource.getrusage(resource.RUSAGE_SELF)
    finally:
        ws.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # Voluntary context switches are waits (disk, fsync, locks); involuntary ones are the CPU
    # taken away by other processes. Wall >> CPU with few voluntary switches means a busy machine.
    out.put(json.dumps({"seconds": elapsed, "cpu": cpu, "peak_mb": peak,
                        "waits": after.ru_nvcsw - before.ru_nvcsw, "preempted": after.ru_nivcsw - before.ru_nivcsw, "created": summary.created, "updated": summary.updated,
                        "unchanged": summary.unchanged, "problems": len(summary.problems)}))


def run_import(workspace: Path, csv: Path) -> dict[str, float]:
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    child = ctx.Process(target=_import, args=(str(workspace), str(csv), out))
    child.start()
    answer = json.loads(out.get(timeout=900))
    child.join(60)
    return answer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    args = parser.parse_args()

    from agent.config import Settings
    from agent.init import write_config
    from agent.workspace import Workspace

    with tempfile.TemporaryDirectory(prefix="outrider-import-") as tmp:
        path = Path(tmp) / "ws"
        write_config(path)
        Workspace.open(path, settings=Settings()).close()  # migrations run here, not in the timing
        csv = Path(tmp) / "accounts.csv"
        make_csv(csv, args.accounts)
        first = run_import(path, csv)
        again = run_import(path, csv)

    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    table = Table(title=f"Account import ({args.accounts:,} accounts, one CSV of {csv.name}); "
                        f"load average {load} (1 / 5 / 15 min) on {os.cpu_count()} cores")
    table.add_column("run")
    table.add_column("seconds", justify="right")
    table.add_column("CPU s", justify="right")
    table.add_column("peak RSS", justify="right")
    table.add_column("waits / preempted", justify="right")
    table.add_column("created / updated / unchanged", justify="right")
    table.add_column("target", justify="right")
    for label, r in (("first import", first), ("re-import (no changes)", again)):
        ok = r["seconds"] <= 20 and r["peak_mb"] <= 1024
        table.add_row(label, f"{r['seconds']:.1f} s", f"{r['cpu']:.1f} s", f"{r['peak_mb']:.0f} MB",
                      f"{r['waits']:,} / {r['preempted']:,}",
                      f"{r['created']:,} / {r['updated']:,} / {r['unchanged']:,}",
                      "<= 20 s, <= 1 GB" + ("  ok" if ok else "  MISSED") if args.accounts == 100_000 else "")
    Console(width=150).print(table)


if __name__ == "__main__":
    main()
