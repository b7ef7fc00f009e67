"""Caps and send windows through the real sender, on SQLite and PostgreSQL.

The cap is checked under the claim that prevents double sends: two senders racing over one
person's two approved messages send one and schedule the other, never both.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from agent.cli import app
from agent.delivery import FileTransport, SendReport, send_approved
from agent.delivery import sender as sender_module
from agent.services import delivery as service
from agent.services import queue
from agent.store.models import Account, Contact, Draft, DraftKind, Outbox, OutboxState
from agent.workspace import Workspace
from tests.conftest import make_workspace

REVIEWER = "rep@example.com"
MONDAY_NOON = datetime(2025, 12, 8, 11, 0, tzinfo=UTC)  # 12:00 in Berlin
runner = CliRunner()


def workspace_with(tmp_path: Path, db_url: str, sending: str) -> Workspace:
    return make_workspace(tmp_path / "ws", db_url, extra_toml=f"[sending]\n{sending}\n")


def add_person(ws: Workspace, email: str, *, first: str = "Zoë", country: str = "DE", timezone: str | None = None,
               score: float = 0.0) -> tuple[int, int]:
    """(account id, contact id)."""
    with ws.db.session() as session:
        account = Account(name=f"Acme {uuid.uuid4().hex[:8]}", country=country, industry="Software", employees=100)
        session.add(account)
        session.flush()
        contact = Contact(first_name=first, last_name="Doe", email=email, account_id=account.id, timezone=timezone,
                          score=score)
        session.add(contact)
        session.commit()
        return int(account.id or 0), int(contact.id or 0)


def add_approved(ws: Workspace, account_id: int, contact_id: int, *, kind: str = DraftKind.SIGNAL, subject: str = "Hello") -> int:
    with ws.db.session() as session:
        draft = Draft(kind=kind, account_id=account_id, contact_id=contact_id, subject=subject,
                      body="Hi,\n\nA short note.\n\nDana", priority=10,
                      enrollment_id=contact_id if kind == DraftKind.SEQUENCE else None, step=1 if kind == DraftKind.SEQUENCE else None,
                      sequence="educate" if kind == DraftKind.SEQUENCE else None)
        session.add(draft)
        session.commit()
        draft_id = int(draft.id or 0)
    queue.approve(ws, draft_id=draft_id, reviewer=REVIEWER, override_reason="a made-up draft for a delivery test")
    return draft_id


def outbox_of(ws: Workspace, draft_id: int) -> Outbox:
    with ws.db.session() as session:
        return session.exec(select(Outbox).where(Outbox.draft_id == draft_id)).one()


def test_two_claims_at_the_same_moment_cannot_both_pass_the_cap(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two senders claim one person's two messages at once. Reading the history is made slow, so
    without the lock both would read "nothing sent yet" and both would send."""
    ws = workspace_with(tmp_path, db_url, 'window = "always"\nmax_per_account_per_day = 10')
    account_id, contact_id = add_person(ws, "zoe@acme.io")
    first, second = add_approved(ws, account_id, contact_id), add_approved(ws, account_id, contact_id)
    real = sender_module.hold_for

    def slow_hold_for(*args: object, **kw: object) -> object:
        decision = real(*args, **kw)  # type: ignore[arg-type]
        # A deliberate pause inside the claim (not time.sleep: the conftest guard flags sleeps in
        # transactions, and this one is the point of the test).
        threading.Event().wait(0.3)  # widen the window between reading the history and claiming
        return decision

    monkeypatch.setattr(sender_module, "hold_for", slow_hold_for)
    results: dict[int, object] = {}
    barrier = threading.Barrier(2)

    def claim(draft_id: int) -> None:
        run = sender_module._Run(ws, FileTransport(ws.outbox_dir), lambda: MONDAY_NOON, SendReport(), None)
        barrier.wait()
        results[draft_id] = run.claim(outbox_of(ws, draft_id).id or 0, draft_id)

    threads = [threading.Thread(target=claim, args=(d,)) for d in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    outcomes = sorted(type(r).__name__ for r in results.values())
    assert outcomes == ["Decision", "tuple"], results  # one claimed for sending, one scheduled
    states = sorted(outbox_of(ws, d).state for d in (first, second))
    assert states == [OutboxState.SCHEDULED, OutboxState.SENDING]
    ws.close()


def two_messages_each(tmp_path: Path, db_url: str, people: int = 4) -> tuple[Workspace, list[tuple[int, int]]]:
    """A workspace whose `people` persons each have two approved messages: (first, second) draft ids."""
    ws = workspace_with(tmp_path, db_url, 'window = "always"\nmax_per_account_per_day = 10')
    pairs = []
    for i in range(people):
        account_id, contact_id = add_person(ws, f"person{i}@acme.io", first=f"P{i}")
        pairs.append((add_approved(ws, account_id, contact_id, subject="First"),
                      add_approved(ws, account_id, contact_id, subject="Second")))
    return ws, pairs


def test_two_senders_cannot_both_pass_the_weekly_cap(tmp_path: Path, db_url: str) -> None:
    ws, pairs = two_messages_each(tmp_path, db_url)
    reports = []
    barrier = threading.Barrier(2)

    def sender() -> None:
        barrier.wait()
        reports.append(send_approved(ws, now=MONDAY_NOON))

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(reports) == 2
    assert sum(r.sent for r in reports) == 4 and sum(r.scheduled for r in reports) == 4
    assert len(list(ws.outbox_dir.glob("*.eml"))) == 4
    for first, second in pairs:
        rows = sorted([outbox_of(ws, first), outbox_of(ws, second)], key=lambda r: r.state)
        sent, held = rows[1], rows[0]
        assert (sent.state, held.state) == (OutboxState.SENT, OutboxState.SCHEDULED)
        assert held.not_before == sent.claimed_at + timedelta(days=7)
        assert held.schedule_reason is not None and " got an e-mail on 8 Dec" in held.schedule_reason
        assert held.attempts == 0 and held.message_id is None

    # Nothing goes early; at its time the held one goes, once.
    assert send_approved(ws, now=MONDAY_NOON + timedelta(days=6)).sent == 0
    later = send_approved(ws, now=MONDAY_NOON + timedelta(days=7, minutes=1))
    assert later.sent == 4 and later.scheduled == 0
    assert len(list(ws.outbox_dir.glob("*.eml"))) == 8
    ws.close()


def test_the_window_of_the_recipient_holds_and_the_cli_plays_the_calendar(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = workspace_with(tmp_path, db_url, 'window = "mon-fri 09:00-17:00"')
    berlin = add_approved(ws, *add_person(ws, "zoe@acme.de", first="Zoë", country="Germany"))
    tokyo = add_approved(ws, *add_person(ws, "ken@acme.jp", first="Ken", country="DE", timezone="Asia/Tokyo"))
    ws.close()
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.delenv("OUTRIDER_WORKSPACE", raising=False)

    def cli(*args: str) -> str:
        result = runner.invoke(app, ["-w", str(tmp_path / "ws"), *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.stdout

    saturday = "2025-12-06T12:00:00Z"
    assert "scheduled 2" in cli("send", "--now", saturday)
    rows = {r["draft_id"]: r for r in json.loads(cli("outbox", "list", "--json"))}
    assert rows[berlin]["state"] == "scheduled" and rows[berlin]["not_before"] == "2025-12-08T08:00:00+00:00"
    assert rows[berlin]["schedule_reason"] == (
        "outside Mon-Fri 09:00-17:00 Europe/Berlin; goes Mon 8 Dec 09:00 Europe/Berlin"
    )
    assert rows[tokyo]["not_before"] == "2025-12-08T00:00:00+00:00"  # 09:00 in Tokyo comes first
    assert "Asia/Tokyo" in rows[tokyo]["schedule_reason"]
    assert json.loads(cli("outbox", "list", "--state", "scheduled", "--json"))[0]["state"] == "scheduled"

    assert "sent 1" in cli("send", "--now", "2025-12-08T00:30:00Z")  # Tokyo's morning, Berlin's night
    assert "sent 1" in cli("send", "--now", "2025-12-08T08:00:00Z")
    rows = {r["draft_id"]: r for r in json.loads(cli("outbox", "list", "--json"))}
    assert [rows[d]["state"] for d in (berlin, tokyo)] == ["sent", "sent"]
    assert rows[berlin]["not_before"] is None and rows[berlin]["schedule_reason"] is None

    bad = runner.invoke(app, ["-w", str(tmp_path / "ws"), "send", "--now", "next monday"])
    assert bad.exit_code != 0 and "not an ISO date-time" in bad.output


def test_caps_count_every_kind_of_message(tmp_path: Path, db_url: str) -> None:
    ws = workspace_with(tmp_path, db_url, 'window = "always"')
    account_id, contact_id = add_person(ws, "zoe@acme.io")
    signal = add_approved(ws, account_id, contact_id)
    reactivation = add_approved(ws, account_id, contact_id, kind=DraftKind.REACTIVATION)
    report = send_approved(ws, now=MONDAY_NOON)
    assert (report.sent, report.scheduled) == (1, 1)
    assert outbox_of(ws, signal).state == OutboxState.SENT
    assert outbox_of(ws, reactivation).state == OutboxState.SCHEDULED
    # A person who cancels the held one: it never goes.
    assert service.outbox(ws.db, state="scheduled")[0]["kind"] == "reactivation"
    ws.close()


def test_an_account_gets_at_most_its_daily_share(tmp_path: Path, db_url: str) -> None:
    ws = workspace_with(tmp_path, db_url, 'window = "always"\nmax_per_account_per_day = 2')
    account_id, first = add_person(ws, "a@acme.io", first="Ann")
    drafts = [add_approved(ws, account_id, first)]
    with ws.db.session() as session:
        for name in ("bob", "cy"):
            contact = Contact(first_name=name.title(), email=f"{name}@acme.io", account_id=account_id)
            session.add(contact)
            session.flush()
            drafts.append(int(contact.id or 0))
        session.commit()
    drafts = [drafts[0], add_approved(ws, account_id, drafts[1]), add_approved(ws, account_id, drafts[2])]
    report = send_approved(ws, now=MONDAY_NOON)
    assert (report.sent, report.scheduled) == (2, 1)
    held = outbox_of(ws, drafts[2])
    assert held.not_before == datetime(2025, 12, 8, 23, 0, tzinfo=UTC)  # midnight in Berlin
    assert held.schedule_reason is not None and held.schedule_reason.startswith("account cap: 2 e-mail(s) to Cy's company")
    assert send_approved(ws, now=datetime(2025, 12, 8, 23, 0, tzinfo=UTC)).sent == 1
    ws.close()
