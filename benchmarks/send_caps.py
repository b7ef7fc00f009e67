"""What caps and send windows add to a send run. Prints a table.

A workspace with N approved drafts (one per contact, `--per-account` contacts per account, a
history of earlier sends to half of the contacts so the weekly cap has rows to read), sent by the
file transport twice from identical copies of the database: once with the real claim (caps,
windows, the recipient's zone, all read under the claim's lock) and once with the checks
replaced by "send now". The difference is what the caps cost; on a machine shared with other
work the A/B difference is noisy, so the time spent inside the checks during the caps run is
reported too (same run, same load).

    python benchmarks/send_caps.py                  # 1,000 drafts, 3 runs each
    python benchmarks/send_caps.py --drafts 200 --runs 1
    DATABASE_URL=postgresql://... python benchmarks/send_caps.py   # PostgreSQL (schema per run)

Target (issue 10, 2-core machine): caps and windows add <= 10% to a send run.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from agent.config import Settings  # noqa: E402
from agent.delivery import sender as sender_module  # noqa: E402
from agent.delivery.caps import Decision  # noqa: E402
from agent.init import write_config  # noqa: E402
from agent.store.models import Account, Contact, Draft, DraftStatus, Outbox, OutboxState  # noqa: E402
from agent.workspace import Workspace  # noqa: E402

NOW = datetime(2026, 12, 7, 14, 0, tzinfo=UTC)  # a Monday: inside every window below
COUNTRIES = ["US", "GB", "DE", "FR", "ES", "NL", "SE", "IE"]


def build(root: Path, drafts: int, per_account: int, database_url: str | None) -> Workspace:
    write_config(root)
    config = root / "outrider.toml"
    body = config.read_text(encoding="utf-8")
    start, end = body.index("\n[[sources]]\n"), body.index("[sender]")
    config.write_text(
        body[: start + 1]
        + body[end:].replace("max_per_run = 200", "max_per_run = 100000")
        # Every check runs; none holds a message back (all go, so both runs send the same).
        + '\n[sending]\nwindow = "mon-fri 08:00-18:00"\nmax_per_account_per_day = 1000\n',
        encoding="utf-8",
    )
    settings = Settings(DATABASE_URL=database_url) if database_url else Settings()  # type: ignore[call-arg]
    ws = Workspace.open(root, settings=settings)
    with ws.db.session() as session:
        accounts = []
        for i in range((drafts + per_account - 1) // per_account):
            account = Account(name=f"Account {i}", domain=f"a{i}.example", country=COUNTRIES[i % len(COUNTRIES)])
            session.add(account)
            accounts.append(account)
        session.flush()
        for i in range(drafts):
            account = accounts[i // per_account]
            contact = Contact(first_name=f"P{i}", email=f"p{i}@a{i // per_account}.example", account_id=account.id)
            session.add(contact)
            session.flush()
            if i % 2 == 0:  # an earlier message, 8 days ago: read by the weekly cap, not binding
                old = Draft(account_id=account.id or 0, contact_id=contact.id, subject="Earlier", body="x",
                            status=DraftStatus.SENT)
                session.add(old)
                session.flush()
                session.add(Outbox(draft_id=old.id or 0, to_email=contact.email, state=OutboxState.SENT,
                                   claimed_at=NOW - timedelta(days=8), sent_at=NOW - timedelta(days=8),
                                   message_id=f"<old.{i}@example.com>", attempts=1))
            draft = Draft(account_id=account.id or 0, contact_id=contact.id, subject=f"Hello {i}",
                          body="Hi,\n\nA short note.\n\nDana", status=DraftStatus.APPROVED)
            session.add(draft)
            session.flush()
            session.add(Outbox(draft_id=draft.id or 0, to_email=contact.email))
        session.commit()
    return ws


def timed_send(ws: Workspace, *, caps: bool) -> tuple[float, float]:
    """(seconds for the run, seconds of it spent in the caps' checks)."""
    real = sender_module.hold_for
    spent = [0.0]

    def timed_hold_for(*args: object, **kw: object) -> Decision:
        started = time.perf_counter()
        try:
            return real(*args, **kw)  # type: ignore[arg-type]
        finally:
            spent[0] += time.perf_counter() - started

    sender_module.hold_for = timed_hold_for if caps else (lambda *a, **k: Decision())  # type: ignore[assignment]
    try:
        started = time.perf_counter()
        report = sender_module.send_approved(ws, now=NOW, limit=10**9)
        elapsed = time.perf_counter() - started
    finally:
        sender_module.hold_for = real  # type: ignore[assignment]
    assert report.scheduled == 0 and report.sent > 0, report.as_json()
    return elapsed, spent[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--drafts", type=int, default=1000)
    parser.add_argument("--per-account", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    import os

    pg = os.environ.get("DATABASE_URL")
    results: dict[bool, list[float]] = {True: [], False: []}
    shares: list[float] = []
    for run in range(args.runs):
        for caps in (False, True) if run % 2 == 0 else (True, False):  # alternate the order
            root = Path(tempfile.mkdtemp(prefix="outrider-bench-caps-"))
            url = None
            schema = None
            if pg:
                schema = f"bench_{uuid.uuid4().hex[:10]}"
                admin = create_engine(pg)
                with admin.begin() as conn:
                    conn.execute(text(f'CREATE SCHEMA "{schema}"'))
                url = f"{pg}{'&' if '?' in pg else '?'}options=-csearch_path%3D{schema}"
            ws = build(root, args.drafts, args.per_account, url)
            try:
                elapsed, in_caps = timed_send(ws, caps=caps)
                results[caps].append(elapsed)
                if caps:
                    shares.append(in_caps / elapsed)
            finally:
                ws.close()
                shutil.rmtree(root, ignore_errors=True)
                if schema:
                    with admin.begin() as conn:
                        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                    admin.dispose()
    base, with_caps = statistics.median(results[False]), statistics.median(results[True])
    table = Table(title=f"send run, {args.drafts} drafts, {'PostgreSQL' if pg else 'SQLite'}, median of {args.runs}")
    table.add_column("claim")
    table.add_column("seconds", justify="right")
    table.add_column("messages/s", justify="right")
    table.add_row("no checks (baseline)", f"{base:.2f}", f"{args.drafts / base:.0f}")
    table.add_row("caps + window + zone", f"{with_caps:.2f}", f"{args.drafts / with_caps:.0f}")
    table.add_row("added by caps (A/B runs)", f"{(with_caps - base) / base:+.1%}", "target <= +10%")
    # Measured inside the same runs, so it does not move with the load of a shared machine.
    share = statistics.median(shares)
    table.add_row("time in the checks, same run", f"{share:.1%}", f"= +{share / (1 - share):.1%} over the rest")
    Console().print(table)


if __name__ == "__main__":
    main()
