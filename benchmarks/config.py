"""Configuration benchmark: what the "one source of truth" costs. Prints a table.

- `refresh_config` when nothing changed (a `stat`; the scheduler runs it each tick, every page run once);
- `refresh_config` after an edit (re-reads and validates outrider.toml);
- a settings save from the UI (`update_icp`: parse with tomlkit, validate, atomic write, reload);
- an accounts CSV import with its re-match of unmatched signals (the service does both in one
  transaction), and a single `add_account` with its re-match, at the given sizes.

    python benchmarks/config.py                              # 2,000 accounts, 20,000 unmatched signals
    python benchmarks/config.py --accounts 500 --signals 2000 --repeat 20
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from agent.config import Settings  # noqa: E402
from agent.init import write_config  # noqa: E402
from agent.services import accounts as accounts_service  # noqa: E402
from agent.services import settings as settings_service  # noqa: E402
from agent.store.models import Signal  # noqa: E402
from agent.workspace import Workspace  # noqa: E402
from signals.model import utcnow  # noqa: E402


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=2000)
    parser.add_argument("--signals", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "ws"
        write_config(root)
        settings = Settings(DATABASE_URL=f"sqlite:///{root / 'outrider.db'}")  # type: ignore[call-arg]
        ws = Workspace.open(root, settings=settings)
        rows: list[tuple[str, list[float]]] = []

        rows.append(("refresh_config, file unchanged", timed(ws.refresh_config, args.repeat * 20)))

        def edit_then_refresh() -> None:
            ws.config_path.write_text(ws.config_path.read_text() + "\n")
            start = time.perf_counter()
            ws.refresh_config()
            refresh_times.append((time.perf_counter() - start) * 1000)

        refresh_times: list[float] = []
        for _ in range(args.repeat):
            edit_then_refresh()
        rows.append(("refresh_config after an edit (reload + validate)", refresh_times))

        flip = iter(range(10**9))
        rows.append((
            "UI save: update_icp (tomlkit, validate, atomic write, reload)",
            timed(lambda: settings_service.update_icp(ws, {"industries": ["Software", f"I{next(flip)}"]}), args.repeat),
        ))

        # Unmatched signals about companies some of which the import will watch.
        now = utcnow()
        with ws.db.session() as s:
            for i in range(args.signals):
                s.add(Signal(
                    kind="funding", source="bench", dedup_key=uuid.uuid4().hex, ref=f"r{i}",
                    occurred_at=now - timedelta(days=1), title=f"Company {i} raises", company_name=f"Company {i}",
                    company_domain=f"company{i}.example", status="unmatched",
                ))
            s.commit()
        csv = "name,domain,industry,employees,country\n" + "".join(
            f"Company {i},company{i}.example,Software,300,US\n" for i in range(args.accounts)
        )
        start = time.perf_counter()
        summary = accounts_service.import_accounts(ws.db, csv.encode(), filename="bench.csv")
        import_ms = (time.perf_counter() - start) * 1000
        rows.append((f"accounts import: {args.accounts} created, {summary.rematched} signals re-matched", [import_ms]))

        adds: list[float] = []
        for i in range(max(3, args.repeat // 10)):
            with ws.db.session() as s:  # every signal unmatched again (not timed)
                s.execute(Signal.__table__.update().values(status="unmatched"))  # type: ignore[attr-defined]
                s.commit()
            start = time.perf_counter()
            accounts_service.add_account(ws.db, name=f"Bench {i}")
            adds.append((time.perf_counter() - start) * 1000)
        rows.append((f"add_account + re-match of {args.signals} unmatched", adds))
        ws.close()

    table = Table("operation", "n", "median ms", "p90 ms", "max ms", title="Configuration (SQLite)")
    for name, values in rows:
        ordered = sorted(values)
        p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
        table.add_row(name, str(len(values)), f"{statistics.median(values):.3f}", f"{p90:.3f}", f"{max(values):.3f}")
    Console().print(table)


if __name__ == "__main__":
    main()
