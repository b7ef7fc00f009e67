"""Chaos: four `outrider worker` processes on PostgreSQL, 2,000 feed entries on loopback, the
offline drafter and an aiosmtpd sink; a reviewer approves drafts while they run, and random
workers are SIGKILLed again and again (at least 20 times). At the end every signal was routed once,
every draft is unique, every approved message went out exactly once or is held `unknown` for a
human, nothing unapproved or suppressed went out, and no job is left stuck."""

from __future__ import annotations

import os
import random
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import text
from sqlmodel import col, func, select

from agent.delivery.sender import recover_stuck
from agent.services import queue
from agent.services.accounts import import_accounts, import_contacts
from agent.services.delivery import suppress
from agent.store.models import Contact, Draft, DraftStatus, Outbox, OutboxState, Signal, SignalStatus, Suppression
from signals.model import as_utc
from agent.workers.app import bind
from agent.workers.ops import defer_once
from tests.conftest import REPORT_LINES, LoopbackServer, _postgres_available, make_workspace
from tests.integration.workers_harness import (
    FAST_WORKERS,
    Workers,
    accounts_csv,
    big_feeds,
    pending_work,
    pg_schema,
    wait_idle,
)


ENTRIES, FEEDS, ACCOUNTS, WORKERS, KILLS = 2000, 8, 200, 4, 20
#: The whole run, from the first job to the last check (the issue's bound: 5 minutes). A machine
#: shared far beyond its cores may set OUTRIDER_CHAOS_BOUND_S higher; the counts print either way.
BOUND_S = float(os.environ.get("OUTRIDER_CHAOS_BOUND_S", "300"))

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(BOUND_S + 60)]
#: Accounts whose contact is suppressed before the run (nothing drafted) and during it (nothing sent).
SUPPRESSED_BEFORE = {0, 1, 2}
SUPPRESSED_DURING = {3, 4}
#: A kill every few seconds (KILLS of them), while the work flows; then the workers finish in peace.
KILL_EVERY_S = (2.5, 5.0)
#: The reviewer approves every draft whose id is a multiple of this, as they appear.
APPROVE_EVERY = 5


class Sink:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.messages: list[tuple[str, list[str]]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        content = envelope.content.decode("utf-8", "replace")
        found = re.search(r"^Message-ID:\s*(<[^>]+>)", content, re.MULTILINE | re.IGNORECASE)
        with self.lock:
            self.messages.append((found.group(1) if found else "", list(envelope.rcpt_tos)))
        return "250 2.0.0 OK: queued"


def _smtp_toml(port: int) -> str:
    return f"""
[sending]
window = "always"
max_per_contact_per_week = 100000
engaged_max_per_week = 100000
max_per_account_per_day = 100000
"""


def _configure_smtp(path: Path, port: int) -> None:
    cfg = path / "outrider.toml"
    body = cfg.read_text(encoding="utf-8")
    body = body.replace('transport = "file"', 'transport = "smtp"')
    body = body.replace('host = "smtp.example.com"', 'host = "127.0.0.1"').replace("port = 587", f"port = {port}")
    body = body.replace('security = "starttls"', 'security = "none"')
    body = body.replace('username = "dana@example.com"   # password from SMTP_PASSWORD', "")
    body = body.replace('# postal_address = "1 Example Street, Springfield"', 'postal_address = "1 Example Street, Springfield"')
    cfg.write_text(body, encoding="utf-8")


def test_four_workers_survive_repeated_sigkills(tmp_path: Path) -> None:
    if not _postgres_available():
        pytest.fail("the chaos test needs PostgreSQL (OUTRIDER_TEST_POSTGRES_URL)")
    started = time.monotonic()
    sink = Sink()
    from tests.integration.test_delivery import free_port

    controller = Controller(sink, hostname="127.0.0.1", port=free_port(), server_hostname="localhost")
    controller.start()
    server = LoopbackServer()
    try:
        with pg_schema() as url:
            _chaos(tmp_path, url, server, sink, controller.port, started)
    finally:
        server.close()
        controller.stop()


def _chaos(tmp_path: Path, url: str, server: LoopbackServer, sink: Sink, port: int, started: float) -> None:
    from agent.workspace import Workspace
    from agent.config import Settings

    path = tmp_path / "ws"
    make_workspace(path, url, big_feeds(server, entries=ENTRIES, feeds=FEEDS, accounts=ACCOUNTS)
                   + FAST_WORKERS + _smtp_toml(port)).close()
    _configure_smtp(path, port)
    ws = Workspace.open(path, settings=Settings(DATABASE_URL=url))  # type: ignore[call-arg]
    accounts, contacts = accounts_csv(ACCOUNTS)
    import_accounts(ws.db, accounts, filename="accounts.csv")
    import_contacts(ws.db, contacts, filename="contacts.csv")
    suppressed = {f"alex@{_domain(i)}" for i in SUPPRESSED_BEFORE | SUPPRESSED_DURING}
    for i in SUPPRESSED_BEFORE:
        suppress(ws.db, value=f"alex@{_domain(i)}", reason="chaos: asked not to be mailed")
    bind(ws)
    defer_once(ws)

    rng = random.Random(13)
    approved: set[int] = set()
    stop = threading.Event()

    def reviewer() -> None:
        # Approves every other pending draft as they appear, as a rep would, while workers run.
        while not stop.is_set():
            with ws.db.session() as session:
                pending = session.exec(
                    select(Draft.id).where(Draft.status == DraftStatus.PENDING).where(col(Draft.id) % APPROVE_EVERY == 0)
                    .order_by(col(Draft.id)).limit(100)
                ).all()
            for draft_id in pending:
                if draft_id and draft_id not in approved:
                    try:
                        queue.approve(ws, draft_id=draft_id, reviewer="dana@example.com")
                        approved.add(draft_id)
                    except queue.QueueError:
                        pass  # withdrawn by a suppression meanwhile
            stop.wait(0.5)

    review = threading.Thread(target=reviewer, daemon=True)
    with Workers(path, url, concurrency=2, log_dir=tmp_path).start(WORKERS) as workers, _stopping(stop, review):
        review.start()
        # Kill a random worker every few seconds, KILLS times, while the work flows.
        while workers.kills < KILLS:
            time.sleep(rng.uniform(*KILL_EVERY_S))
            workers.kill(rng.randrange(WORKERS))
            if workers.kills == KILLS // 2:
                for i in SUPPRESSED_DURING:
                    suppress(ws.db, value=f"alex@{_domain(i)}", reason="chaos: unsubscribed mid-run")
            assert time.monotonic() - started < BOUND_S, f"only {workers.kills} kills in the time bound"
        wait_idle(ws, timeout=BOUND_S - (time.monotonic() - started) - 20)
        stop.set()
        review.join()
        # Approvals made after the last idle reading are sent too.
        wait_idle(ws, timeout=max(BOUND_S - (time.monotonic() - started) - 10, 10))
        with ws.db.engine.connect() as connection:
            # The tick keeps deferring its routine jobs (route sweeps, chores) until the workers stop; one
            # deferred after this moment may be left waiting by the shutdown. It is not stuck work.
            idle_at = connection.execute(text("SELECT now()")).scalar()
        kills = workers.kills
    # Every worker is gone: a row still `sending` was taken by a killed worker; it is unknown.
    left_sending = recover_stuck(ws, lease=timedelta(0))
    counts = _check(ws, sink, approved, suppressed, idle_at)
    counts.update(kills=kills, left_sending=left_sending, seconds=round(time.monotonic() - started, 1))
    line = "chaos: " + " ".join(f"{k}={v}" for k, v in counts.items())
    print("\n" + line)
    REPORT_LINES.append(line)  # shown in the run's output even when the test passes
    assert kills >= KILLS
    assert time.monotonic() - started <= BOUND_S
    ws.close()


@contextmanager
def _stopping(stop: threading.Event, thread: threading.Thread) -> Iterator[None]:
    try:
        yield
    finally:
        stop.set()
        if thread.is_alive():
            thread.join()


def _domain(i: int) -> str:
    from tests.integration.workers_harness import company

    return company(i)[1]


def _check(ws: Any, sink: Sink, approved: set[int], suppressed: set[str], idle_at: Any) -> dict[str, Any]:
    with ws.db.session() as session:
        statuses = dict(session.exec(select(Signal.status, func.count()).group_by(Signal.status)).all())
        signals = sum(statuses.values())
        drafts = session.exec(select(Draft.id, Draft.signal_id, Draft.contact_id, Draft.status)).all()
        outbox = session.exec(
            select(Outbox.id, Outbox.draft_id, Outbox.state, Outbox.message_id, Outbox.to_email, Outbox.claimed_at)
        ).all()
        suppressed_at = dict(session.exec(select(Suppression.value, Suppression.created_at)).all())
        emails = {c.id: c.email for c in session.exec(select(Contact)).all()}
    with ws.db.engine.connect() as connection:
        # A job deferred before the run went idle and still waiting or running is stuck work.
        stuck = connection.execute(text(
            "SELECT count(*) FROM procrastinate_jobs j WHERE j.status IN ('todo', 'doing') AND j.queue_name <> 'periodic'"
            " AND NOT EXISTS (SELECT 1 FROM procrastinate_events e WHERE e.job_id = j.id AND e.type = 'deferred'"
            " AND e.at > :idle_at)"
        ), {"idle_at": idle_at}).scalar()
        failed = connection.execute(text("SELECT count(*) FROM procrastinate_jobs WHERE status = 'failed'")).scalar()
    # Every entry is a signal, routed once: none left `new`, one draft per drafted signal.
    assert signals == ENTRIES, statuses
    assert statuses.get(SignalStatus.NEW, 0) == 0, statuses
    by_signal = [d.signal_id for d in drafts]
    assert len(by_signal) == len(set(by_signal)), "a signal has two drafts"
    assert statuses.get(SignalStatus.DRAFTED, 0) == len(drafts)
    # Contacts suppressed before the run got no draft.
    assert not [d for d in drafts if emails[d.contact_id] in {e for e in suppressed if _before(e)}]
    # The outbox: only approved drafts, each row delivered once or held unknown (or stopped by a suppression).
    assert {o.draft_id for o in outbox} <= approved
    assert approved <= {o.draft_id for o in outbox}
    states: dict[str, int] = {}
    for o in outbox:
        states[o.state] = states.get(o.state, 0) + 1
        if o.to_email in suppressed and not _claimed_before(o, suppressed_at):
            assert o.state in (OutboxState.SUPPRESSED, OutboxState.UNKNOWN), o
        else:
            assert o.state in (OutboxState.SENT, OutboxState.UNKNOWN), o
    # The sink: every message is an approved draft's, at most once per draft, never to an address
    # suppressed before the sender claimed the message (one suppressed mid-run may have been sent earlier).
    sent_before_suppression = {o.draft_id for o in outbox if _claimed_before(o, suppressed_at)}
    delivered: dict[int, int] = {}
    for message_id, rcpts in sink.messages:
        draft_id = int(message_id.split(".")[1])
        delivered[draft_id] = delivered.get(draft_id, 0) + 1
        assert draft_id in approved, f"draft {draft_id} went out without approval"
        if draft_id not in sent_before_suppression:
            assert not set(rcpts) & suppressed, f"draft {draft_id} went to a suppressed address"
    assert all(n == 1 for n in delivered.values()), {d: n for d, n in delivered.items() if n > 1}
    sent_ids = {o.draft_id for o in outbox if o.state == OutboxState.SENT}
    unknown_ids = {o.draft_id for o in outbox if o.state == OutboxState.UNKNOWN}
    assert sent_ids <= set(delivered), "a row marked sent never reached the server"
    assert set(delivered) <= sent_ids | unknown_ids
    # No job stuck or failed.
    assert stuck == 0 and failed == 0, (stuck, failed)
    return {"signals": signals, "drafts": len(drafts), "approved": len(approved), "delivered": len(delivered),
            **{f"outbox_{k}": v for k, v in sorted(states.items())}, "failed_jobs": failed, "stuck_jobs": stuck}


def _claimed_before(row: Any, suppressed_at: dict[str, Any]) -> bool:
    """The sender claimed this message (and checked suppressions) before its address was suppressed."""
    at = suppressed_at.get(row.to_email)
    return at is not None and row.claimed_at is not None and as_utc(row.claimed_at) <= as_utc(at)


def _before(email_address: str) -> bool:
    return any(email_address == f"alex@{_domain(i)}" for i in SUPPRESSED_BEFORE)
