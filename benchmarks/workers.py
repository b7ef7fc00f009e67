"""Worker throughput on PostgreSQL (issue 13 item 3). Prints a table.

1. Drafting: a loopback OpenAI-compatible model that answers in 500 ms; drafts per minute with
   1, 2, 4 and 8 concurrent drafting slots (one `outrider worker --queue draft --concurrency N`),
   and the ratio to linear scaling (slots x the 1-slot rate).
2. Bulk pipeline: N feed entries (offline drafter) collected, routed and drafted by 1 and by 2
   worker processes; entries per second from the first deferred job to the last draft.

    .venv/bin/python benchmarks/workers.py [--entries 2000] [--drafts-per-slot 12] [--skip-bulk]

Needs PostgreSQL at OUTRIDER_TEST_POSTGRES_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402
from sqlmodel import func, select  # noqa: E402

from agent.config import Settings  # noqa: E402
from agent.loopback_model import LoopbackModel  # noqa: E402
from agent.pipeline import collect_source, process_signals  # noqa: E402
from agent.services.accounts import import_accounts, import_contacts  # noqa: E402
from agent.store.models import Draft, Signal, SignalStatus  # noqa: E402
from agent.workers.app import bind  # noqa: E402
from agent.workers.ops import defer_once  # noqa: E402
from agent.workers.tasks import defer_drafts  # noqa: E402
from agent.workspace import Workspace  # noqa: E402
from drafting.injection import obey  # noqa: E402
from tests.conftest import LoopbackServer, make_workspace  # noqa: E402
from tests.integration.workers_harness import (  # noqa: E402
    FAST_WORKERS,
    Workers,
    accounts_csv,
    big_feeds,
    pg_schema,
    wait_idle,
)

MODEL_DELAY_S = 0.5
ACCOUNTS = 200


def _slow_obey(request: dict[str, Any]) -> dict[str, Any]:
    time.sleep(MODEL_DELAY_S)
    return obey(request)


def _workspace(root: Path, url: str, server: LoopbackServer, entries: int, feeds: int, extra: str = "") -> Workspace:
    path = root / "ws"
    make_workspace(path, url, big_feeds(server, entries=entries, feeds=feeds, accounts=ACCOUNTS) + FAST_WORKERS + extra).close()
    ws = Workspace.open(path, settings=Settings(DATABASE_URL=url, OPENAI_API_KEY="sk-loopback"))  # type: ignore[call-arg]
    accounts, contacts = accounts_csv(ACCOUNTS)
    import_accounts(ws.db, accounts, filename="accounts.csv")
    import_contacts(ws.db, contacts, filename="contacts.csv")
    bind(ws)  # the job tables, before any worker polls them
    return ws


def _registered(ws: Workspace) -> int:
    with ws.db.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM procrastinate_workers")).scalar() or 0)


def _drafts(ws: Workspace) -> int:
    with ws.db.session() as session:
        return int(session.exec(select(func.count()).select_from(Draft)).one())


def drafting(slots: int, per_slot: int, model: LoopbackModel) -> dict[str, Any]:
    n = slots * per_slot
    with tempfile.TemporaryDirectory() as tmp, pg_schema() as url:
        server = LoopbackServer()
        extra = f'\n[drafting.__llm__]\n'  # placeholder replaced below
        ws = _workspace(Path(tmp), url, server, entries=n, feeds=1, extra="")
        cfg = ws.config_path
        body = cfg.read_text(encoding="utf-8").replace('provider = "offline"', 'provider = "llm"').replace(
            '# base_url = "https://api.openai.com/v1"', f'base_url = "{model.base_url}"').replace("max_retries = 2", "max_retries = 0")
        cfg.write_text(body, encoding="utf-8")
        del extra
        ws = Workspace.open(ws.path, settings=ws.settings)
        bind(ws)
        collect_source(ws, "feed0")
        routed: list[int] = []
        process_signals(ws, defer_drafts=routed.extend)  # route only: these wait for their draft jobs
        server.close()
        with Workers(ws.path, url, concurrency=slots, queues=["draft"],
                     extra_env={"OPENAI_API_KEY": "sk-loopback"}).start(1):
            deadline = time.monotonic() + 120
            while _registered(ws) < 1 and time.monotonic() < deadline:
                time.sleep(0.2)
            time.sleep(1.0)  # the worker's pool and first poll
            app = bind(ws)
            app.open()
            try:
                start = time.monotonic()
                defer_drafts(routed)
            finally:
                app.close()
            while _drafts(ws) < len(routed) and time.monotonic() - start < 600:
                time.sleep(0.05)
            elapsed = time.monotonic() - start
        done = _drafts(ws)
        ws.close()
    return {"slots": slots, "drafts": done, "seconds": elapsed, "per_min": done / elapsed * 60}


def bulk(processes: int, entries: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp, pg_schema() as url:
        server = LoopbackServer()
        ws = _workspace(Path(tmp), url, server, entries=entries, feeds=8)
        with Workers(ws.path, url, concurrency=2).start(processes):
            deadline = time.monotonic() + 120
            while _registered(ws) < processes and time.monotonic() < deadline:
                time.sleep(0.2)
            bind(ws)
            start = time.monotonic()
            defer_once(ws)
            wait_idle(ws, timeout=900, settle=1, poll=0.2)
            elapsed = time.monotonic() - start
        with ws.db.session() as session:
            signals = int(session.exec(select(func.count()).select_from(Signal)).one())
            left = int(session.exec(select(func.count()).select_from(Signal).where(Signal.status == SignalStatus.NEW)).one())
        drafts = _drafts(ws)
        server.close()
        ws.close()
    return {"processes": processes, "entries": entries, "signals": signals, "drafts": drafts, "left": left,
            "seconds": elapsed, "per_s": entries / elapsed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--drafts-per-slot", type=int, default=12)
    parser.add_argument("--slots", default="1,2,4,8")
    parser.add_argument("--skip-bulk", action="store_true")
    parser.add_argument("--skip-drafting", action="store_true")
    args = parser.parse_args()
    if not args.skip_drafting:
        print(f"Drafting: loopback model answering in {MODEL_DELAY_S * 1000:.0f} ms, {args.drafts_per_slot} drafts per slot")
        print(f"{'slots':>5} {'drafts':>7} {'seconds':>8} {'drafts/min':>11} {'x linear':>9}")
        base = None
        with LoopbackModel(_slow_obey) as model:
            for slots in [int(s) for s in args.slots.split(",")]:
                row = drafting(slots, args.drafts_per_slot, model)
                base = base or row["per_min"] / row["slots"]
                ratio = row["per_min"] / (base * slots)
                print(f"{slots:>5} {row['drafts']:>7} {row['seconds']:>8.1f} {row['per_min']:>11.0f} {ratio:>9.2f}", flush=True)
    if not args.skip_bulk:
        print(f"\nBulk pipeline: {args.entries} feed entries, offline drafter, workers with concurrency 2")
        print(f"{'workers':>7} {'signals':>8} {'drafts':>7} {'seconds':>8} {'entries/s':>10}")
        rows = []
        for processes in (1, 2):
            row = bulk(processes, args.entries)
            rows.append(row)
            print(f"{processes:>7} {row['signals']:>8} {row['drafts']:>7} {row['seconds']:>8.1f} {row['per_s']:>10.1f}", flush=True)
        print(f"2 workers / 1 worker: {rows[1]['per_s'] / rows[0]['per_s']:.2f}x")


if __name__ == "__main__":
    main()
