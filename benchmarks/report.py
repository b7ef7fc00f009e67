"""Report and audit benchmark: how long the Analytics numbers, their CSV, the audit log query and
the two pages (server time under AppTest) take over a large history. Prints a table.

A workspace of N first-touch drafts (default 10,000; one signal each, over 8 families and 90 days):
70% decided (approved or rejected with one of 6 reasons), approved ones sent, a reply to 1 in 10,
a meeting to 1 in 40, an MQL and a handoff with a delivered alert to 1 in 50, the rest pending; and
N audit entries.

    python benchmarks/report.py                     # 10,000 drafts
    python benchmarks/report.py --drafts 2000       # a quick look

Each timing is the median of --repeat runs (default 3). Set DATABASE_URL to run on PostgreSQL.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from agent.config import Settings  # noqa: E402
from agent.init import write_config  # noqa: E402
from agent.services import audit, report  # noqa: E402
from agent.store.models import (  # noqa: E402
    Account,
    Alert,
    AuditEntry,
    Contact,
    Draft,
    EngagementEvent,
    Handoff,
    Outbox,
    ReviewEvent,
    Signal,
    StageChange,
)
from agent.workspace import Workspace  # noqa: E402

FAMILIES = ["funding", "hiring", "job_change", "intent", "tech_install", "sec_form_d", "leadership", "expansion"]
REASONS = ["wrong person", "too salesy", "already in a deal", "stale news", "wrong company", "tone"]
NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def seed(ws: Workspace, drafts: int, rng: random.Random) -> None:
    rows: dict[Any, list[dict[str, Any]]] = {t: [] for t in (Signal, Draft, ReviewEvent, Outbox, EngagementEvent,
                                                          StageChange, Handoff, Alert, AuditEntry)}
    with ws.db.session() as s:
        account = Account(name="Bench Co", domain="bench.example")
        s.add(account)
        s.flush()
        s.execute(insert(Contact), [
            {"first_name": f"P{i}", "last_name": "", "email": f"p{i}@bench.example", "account_id": account.id,
             "aliases": [], "score_reasons": [], "score_ledger": {}} for i in range(drafts)
        ])
        s.commit()
        event_id = handoff_id = 0
        for i in range(drafts):
            cid = i + 1  # contacts were inserted in order into an empty table
            occurred = NOW - timedelta(days=rng.uniform(0, 90))
            stored = occurred + timedelta(hours=rng.uniform(0.1, 30))
            created = stored + timedelta(minutes=rng.uniform(1, 30))
            rows[Signal].append({"id": i + 1, "kind": rng.choice(FAMILIES), "source": "bench", "dedup_key": f"b{i}",
                                 "ref": f"r{i}", "occurred_at": occurred, "title": "t", "excerpt": "", "facts": {},
                                 "evidence": [], "hints": {}, "score_reasons": [], "account_id": account.id,
                                 "status": "drafted", "created_at": stored})
            roll = rng.random()
            status = "pending" if roll < 0.3 else ("rejected" if roll < 0.45 else "sent")
            reviewed = created + timedelta(hours=rng.uniform(0.2, 72)) if status != "pending" else None
            rows[Draft].append({"id": i + 1, "signal_id": i + 1, "kind": "signal", "account_id": account.id,
                                "contact_id": cid, "subject": "s", "body": "b", "call_to_action": "",
                                "provider": rng.choice(["offline", "openai"]), "prompt_version": rng.choice(["v1", "v2"]),
                                "status": status, "evidence_ids": [], "guardrail_report": [],
                                "edited": rng.random() < 0.3, "reviewed_at": reviewed,
                                "reject_reason": rng.choice(REASONS) if status == "rejected" else None,
                                "created_at": created, "updated_at": created})
            if status == "pending":
                continue
            action = "approved" if status == "sent" else "rejected"
            rows[ReviewEvent].append({"draft_id": i + 1, "actor": "rep@bench.example", "action": action,
                                      "from_status": "pending", "to_status": action, "edits": {}, "at": reviewed})
            rows[AuditEntry].append({"at": reviewed, "actor": "rep@bench.example", "action": f"draft.{action}",
                                     "target_type": "draft", "target_id": str(i + 1),
                                     "before": {"status": "pending"}, "after": {"status": action}})
            if status != "sent":
                continue
            sent = reviewed + timedelta(minutes=rng.uniform(1, 600))
            rows[Outbox].append({"draft_id": i + 1, "to_email": f"p{i}@bench.example", "state": "sent",
                                 "sent_at": sent, "created_at": reviewed})
            for kind, chance in (("reply", 0.1), ("meeting_booked", 0.025)):
                if rng.random() < chance:
                    event_id += 1
                    at = sent + timedelta(hours=rng.uniform(1, 96))
                    rows[EngagementEvent].append({"id": event_id, "key": f"bench:{event_id}", "origin": "bench",
                                                  "type": kind, "contact_id": cid, "occurred_at": at,
                                                  "properties": {}, "applied": True, "received_at": at})
                    if kind == "reply" and rng.random() < 0.2:
                        handoff_id += 1
                        rows[StageChange].append({"contact_id": cid, "from_stage": "engaged", "to_stage": "mql",
                                                  "reason": "bench", "actor": "outrider", "at": at})
                        rows[Handoff].append({"id": handoff_id, "contact_id": cid, "score": 80.0, "reason": "bench",
                                              "event_id": event_id, "created_at": at + timedelta(seconds=2)})
                        rows[Alert].append({"kind": "mql_handoff", "ref_id": handoff_id, "contact_id": cid,
                                            "channel": "slack", "state": "delivered", "attempts": 1,
                                            "delivered_at": at + timedelta(seconds=3), "created_at": at})
        while len(rows[AuditEntry]) < drafts:
            rows[AuditEntry].append({"at": NOW - timedelta(days=rng.uniform(0, 90)), "actor": "admin@bench.example",
                                     "action": "config.changed", "target_type": "config", "target_id": "icp",
                                     "before": {"x": 1}, "after": {"x": 2}})
        for table, values in rows.items():
            for start in range(0, len(values), 2000):
                s.execute(insert(table), values[start : start + 2000])
        s.commit()


#: The CPU seconds of each `timed` call, in order.
LAST: list[float] = []


def timed(fn: Any, repeat: int) -> tuple[float, Any]:
    """Median wall seconds (and, appended to LAST, the median CPU seconds of this process for that result:
    on a loaded machine the wall time mostly measures the other processes)."""
    times, cpu, result = [], [], None
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    wall = statistics.median(times)
    LAST.append(statistics.median(cpu))
    return wall, result


def page_time(ws: Workspace, db_url: str, page: str, repeat: int, *, cold: bool = True) -> float:
    """Server time of one run of the page; `cold` empties Streamlit's data cache first (a first visit)."""
    import streamlit as st
    from streamlit import config
    from streamlit.testing.v1 import AppTest

    config.set_option("server.address", "127.0.0.1")
    os.environ.update({"OUTRIDER_WORKSPACE": str(ws.path), "DATABASE_URL": db_url, "OUTRIDER_REVIEWER": "b@x.example"})
    at = AppTest.from_file(str(ROOT / "review_ui" / "app.py"), default_timeout=300)
    at.run()
    at.switch_page(f"views/{page}.py").run()  # warm: imports, the cached workspace
    assert not at.exception, [e.value for e in at.exception]

    def run() -> None:
        if cold:
            st.cache_data.clear()
        at.run()

    return timed(run, repeat)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--drafts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ws"
        write_config(path)
        db_url = os.environ.get("DATABASE_URL") or f"sqlite:///{path / 'outrider.db'}"
        ws = Workspace.open(path, settings=Settings(DATABASE_URL=db_url))  # type: ignore[call-arg]
        start = time.perf_counter()
        seed(ws, args.drafts, random.Random(7))
        seeded = time.perf_counter() - start
        build_s, built = timed(lambda: report.build(ws.db, now=NOW), args.repeat)
        since_s, _ = timed(lambda: report.build(ws.db, since=NOW - timedelta(days=30), now=NOW), args.repeat)
        csv_s, _ = timed(lambda: report.to_csv(built), args.repeat)
        audit_s, entries = timed(lambda: audit.entries(ws.db, limit=2000), args.repeat)
        audit_filtered_s, _ = timed(lambda: audit.entries(ws.db, actor="rep", action="draft", limit=2000), args.repeat)
        analytics_page_s = page_time(ws, db_url, "analytics", args.repeat)
        analytics_warm_s = page_time(ws, db_url, "analytics", args.repeat, cold=False)
        audit_page_s = page_time(ws, db_url, "audit", args.repeat)
        ws.close()

    backend = "PostgreSQL" if db_url.startswith("postgres") else "SQLite"
    table = Table(title=f"Report and audit over {args.drafts:,} drafts and {args.drafts:,} audit entries ({backend}; "
                        f"seeded in {seeded:.1f} s; median of {args.repeat})")
    table.add_column("what")
    table.add_column("wall s", justify="right")
    table.add_column("cpu s", justify="right")
    table.add_column("note")
    table.add_row("report.build (all time)", f"{build_s:.3f}", f"{LAST[0]:.3f}", f"{len(built.speed_to_lead)} speed rows")
    table.add_row("report.build (last 30 days)", f"{since_s:.3f}", f"{LAST[1]:.3f}", "")
    table.add_row("report.to_csv", f"{csv_s:.3f}", f"{LAST[2]:.3f}", "")
    table.add_row("audit.entries (newest 2,000)", f"{audit_s:.3f}", f"{LAST[3]:.3f}", f"{len(entries)} rows")
    table.add_row("audit.entries (actor + area filter)", f"{audit_filtered_s:.3f}", f"{LAST[4]:.3f}", "")
    table.add_row("Analytics page, first visit (AppTest, server)", f"{analytics_page_s:.3f}", f"{LAST[5]:.3f}", "Last 90 days, 6 charts")
    table.add_row("Analytics page, rerun (report cached 60 s)", f"{analytics_warm_s:.3f}", f"{LAST[6]:.3f}", "")
    table.add_row("Audit page rerun (AppTest, server)", f"{audit_page_s:.3f}", f"{LAST[7]:.3f}", "last 30 days, up to 2,000 rows")
    Console().print(table)


if __name__ == "__main__":
    main()
