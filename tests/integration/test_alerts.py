"""MQL handoff alerts end to end: a real handoff (events through `record_events`), the alert
outbox, and real loopback servers that answer like Slack's webhooks and like an SMTP server.

Every test runs on SQLite and on PostgreSQL (`workspace`). Time is played with `now`; the only
waits are a server holding its answer longer than the client's timeout, and the worker test
waiting (with a deadline) for a wake-up to deliver.
"""

from __future__ import annotations

import asyncio
import email
import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from email import policy as email_policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from pydantic import SecretStr
from sqlalchemy import update
from sqlmodel import col, select
from typer.testing import CliRunner

from agent.config import AlertsConfig, SenderConfig, Settings, SmtpConfig
from agent.delivery.alerts import AlertWorker, deliver_due
from agent.leads import hooks
from agent.services import alerts as alerts_service
from agent.services import leads
from agent.store.models import Account, Alert, Contact, Handoff, StageChange
from agent.workspace import Workspace
from signals.engagement import EngagementIn
from signals.model import utcnow
from tests.conftest import make_workspace
from tests.fakes.recording_server import Reply
from tests.fakes.slack_server import SlackWebhookServer

T0 = datetime.fromisoformat("2026-03-02T14:00:00+00:00")
REP = "rep@example.com"


# --------------------------------------------------------------------------- set-up helpers


def configure(
    ws: Workspace,
    *,
    slack_url: str | None = None,
    hubspot: Any = None,
    hubspot_token: str | None = None,
    update_lifecycle: bool = True,
    email_owner: bool = False,
    fallback_owner: str | None = None,
    max_attempts: int = 6,
    timeout_s: float = 5.0,
    ui_url: str | None = "https://outrider.example.com",
) -> Workspace:
    """Point the workspace's alerts at loopback servers (the webhook URL and the token come from
    the environment-like Settings, as in production)."""
    ws.settings = Settings(  # type: ignore[call-arg]
        DATABASE_URL=ws.settings.database_url,
        SLACK_WEBHOOK_URL=slack_url,
        HUBSPOT_ACCESS_TOKEN=hubspot_token,
    )
    ws.config.alerts = AlertsConfig(
        email_owner=email_owner, fallback_owner=fallback_owner, max_attempts=max_attempts, timeout_s=timeout_s
    )
    if hubspot is not None:
        from agent.config import CrmConfig, HubSpotConfig

        ws.config.crm = CrmConfig(hubspot=HubSpotConfig(base_url=hubspot, update_lifecycle=update_lifecycle, timeout_s=timeout_s))
    ws.config.server.ui_url = ui_url
    return ws


def seed_lead(
    ws: Workspace,
    email_: str = "dana@acme.io",
    *,
    title: str = "VP Sales",
    account: str = "Acme Robotics",
    domain: str = "acme.io",
    owner: str | None = "olive@example.com",
    contact_owner: str | None = None,
) -> int:
    """An account (if new) and a contact at it; returns the contact id."""
    with ws.db.session() as s:
        row = s.exec(select(Account).where(Account.domain == domain)).first()
        if row is None:
            row = Account(name=account, domain=domain, industry="Software", employees=250, country="US", owner_email=owner)
            s.add(row)
            s.flush()
        first, _, last = email_.partition("@")[0].partition(".")
        contact = Contact(
            first_name=first.capitalize(), last_name=(last or "Buyer").capitalize(), email=email_, title=title,
            account_id=row.id, owner_email=contact_owner,
        )
        s.add(contact)
        s.commit()
        return int(contact.id or 0)


def hand_off(ws: Workspace, email_: str = "dana@acme.io", *, now: datetime = T0, key: str = "") -> int:
    """A pricing visit, then a demo request: the lead becomes an MQL and is handed off."""
    result = leads.record_events(
        ws,
        events=[
            EngagementIn(id=f"{email_}{key}-1", type="page_view", email=email_, url="https://acme.io/pricing",
                         occurred_at=now - timedelta(minutes=3)),
            EngagementIn(id=f"{email_}{key}-2", type="demo_request", email=email_, url="https://acme.io/demo",
                         occurred_at=now - timedelta(minutes=1)),
        ],
        now=now,
    )
    (handoff_id,) = result.handoff_ids
    return handoff_id


def handoff_score(ws: Workspace, handoff_id: int) -> int:
    with ws.db.session() as s:
        handoff = s.get(Handoff, handoff_id)
        assert handoff is not None
        return round(handoff.score)


def alerts(ws: Workspace, channel: str | None = None) -> list[Alert]:
    with ws.db.session() as s:
        query = select(Alert).order_by(col(Alert.id))
        if channel:
            query = query.where(Alert.channel == channel)
        return list(s.exec(query).all())


def the_alert(ws: Workspace, channel: str = "slack") -> Alert:
    (row,) = alerts(ws, channel)
    return row


def stage_of(ws: Workspace, email_: str = "dana@acme.io") -> str:
    with ws.db.session() as s:
        return s.exec(select(Contact.stage).where(Contact.email == email_)).one()


def stage_changes(ws: Workspace, to_stage: str) -> list[StageChange]:
    with ws.db.session() as s:
        return list(s.exec(select(StageChange).where(StageChange.to_stage == to_stage)).all())


@pytest.fixture
def slack() -> Iterator[SlackWebhookServer]:
    with SlackWebhookServer() as server:
        yield server


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------- Slack: once, with what matters


def test_a_handoff_reaches_slack_once_with_what_the_owner_needs(workspace: Workspace, slack: SlackWebhookServer) -> None:
    configure(workspace, slack_url=slack.webhook_url)
    seed_lead(workspace)
    handoff_id = hand_off(workspace)
    assert stage_of(workspace) == "mql"

    report = deliver_due(workspace, now=T0 + timedelta(seconds=1))
    assert (report.delivered, report.failed, report.retried) == (1, 0, 0)
    (post,) = slack.posts
    text = slack.post_text(post)
    score = handoff_score(workspace, handoff_id)
    assert score >= 70
    for expected in ("Dana Buyer", "VP Sales", "Acme Robotics", f"*Score*\n{score}", "requested a demo",
                     "demo request https://acme.io/demo", "visited /pricing", "Last touches",
                     "page view https://acme.io/pricing", "https://outrider.example.com/leads?email=dana%40acme.io",
                     f"handoff #{handoff_id}"):
        assert expected in text, expected
    header = post["blocks"][0]
    assert header["type"] == "header" and header["text"]["type"] == "plain_text"

    row = the_alert(workspace)
    assert row.state == "delivered" and row.attempts == 1 and row.delivered_at == T0 + timedelta(seconds=1)
    assert row.last_error is None
    # The first delivery hands the lead off, with a reason naming the channel.
    assert stage_of(workspace) == "handed_off"
    (change,) = stage_changes(workspace, "handed_off")
    assert "Slack" in change.reason and f"handoff {handoff_id}" in change.reason

    again = deliver_due(workspace, now=T0 + timedelta(hours=1))
    assert again.total == 0 and len(slack.posts) == 1
    listed = alerts_service.list_alerts(workspace.db)
    assert [(r["email"], r["channel"], r["state"]) for r in listed] == [("dana@acme.io", "slack", "delivered")]
    assert listed[0]["score"] == score and "requested a demo" in listed[0]["reason"]


def test_two_workers_at_once_deliver_each_handoff_exactly_once(
    workspace: Workspace, slack: SlackWebhookServer, tmp_path: Path
) -> None:
    configure(workspace, slack_url=slack.webhook_url)
    emails = [f"lead{i}.buyer@acme.io" for i in range(12)]
    for address in emails:
        seed_lead(workspace, address)
    handoffs = {hand_off(workspace, address) for address in emails}
    assert len(handoffs) == 12
    # A second worker process: its own engine and connections on the same database.
    other = Workspace.open(workspace.path, settings=workspace.settings)
    other.config = workspace.config
    barrier = threading.Barrier(2)
    reports: list[Any] = []

    def work(ws: Workspace) -> None:
        barrier.wait()
        for _ in range(3):
            reports.append(deliver_due(ws, now=T0 + timedelta(seconds=1)))

    try:
        threads = [threading.Thread(target=work, args=(ws,)) for ws in (workspace, other)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        other.close()
    delivered_handoffs = [int(slack.post_text(p).split("handoff #")[1].split(" ")[0]) for p in slack.posts]
    assert sorted(delivered_handoffs) == sorted(handoffs)  # every handoff once, none twice
    assert sum(r.delivered for r in reports) == 12
    assert all(a.state == "delivered" and a.attempts == 1 for a in alerts(workspace))
    assert len(stage_changes(workspace, "handed_off")) == 12


# --------------------------------------------------------------------------- Slack's answers


def test_429_waits_for_retry_after_and_holds_the_channel(workspace: Workspace, slack: SlackWebhookServer) -> None:
    configure(workspace, slack_url=slack.webhook_url)
    seed_lead(workspace)
    seed_lead(workspace, "sam.lee@acme.io")
    hand_off(workspace)
    hand_off(workspace, "sam.lee@acme.io")
    slack.rate_limit(30)
    t1 = T0 + timedelta(seconds=1)

    report = deliver_due(workspace, now=t1)
    assert (report.retried, report.delivered) == (1, 0)
    first, second = alerts(workspace)
    assert first.state == "pending" and first.attempts == 1
    assert first.next_attempt_at == t1 + timedelta(seconds=30)
    assert "rate limiting" in (first.last_error or "") and "429" in (first.last_error or "")
    # The other alert was not spent on a second 429: it waits for the same moment, untried.
    assert second.state == "pending" and second.attempts == 0
    assert second.next_attempt_at == t1 + timedelta(seconds=30)
    assert len(slack.requests) == 1

    early = deliver_due(workspace, now=t1 + timedelta(seconds=10))
    assert early.total == 0 and len(slack.requests) == 1

    later = deliver_due(workspace, now=t1 + timedelta(seconds=31))
    assert later.delivered == 2 and len(slack.posts) == 2 and len(slack.requests) == 3
    assert [a.attempts for a in alerts(workspace)] == [2, 1]
    assert all(a.last_error is None for a in alerts(workspace))


def test_invalid_blocks_fails_clearly_and_a_person_retries(workspace: Workspace, slack: SlackWebhookServer) -> None:
    configure(workspace, slack_url=slack.webhook_url)
    seed_lead(workspace)
    hand_off(workspace)
    slack.reject_blocks()

    report = deliver_due(workspace, now=T0 + timedelta(seconds=1))
    assert report.failed == 1
    row = the_alert(workspace)
    assert row.state == "failed" and row.attempts == 1 and row.next_attempt_at is None
    assert "invalid_blocks" in (row.last_error or "") and "will not help" in (row.last_error or "")
    assert stage_of(workspace) == "mql"  # nothing reached anyone: not handed off
    assert deliver_due(workspace, now=T0 + timedelta(days=1)).total == 0  # never retried on its own

    with pytest.raises(alerts_service.AlertError, match="say who you are"):
        alerts_service.retry_alert(workspace.db, alert_id=row.id or 0, actor=" ")
    retried = alerts_service.retry_alert(workspace.db, alert_id=row.id or 0, actor=REP, now=T0 + timedelta(days=1))
    assert retried["state"] == "pending" and retried["attempts"] == 0
    assert REP in retried["last_error"] and "invalid_blocks" in retried["last_error"]
    with pytest.raises(alerts_service.AlertError, match="not failed"):
        alerts_service.retry_alert(workspace.db, alert_id=row.id or 0, actor=REP)

    assert deliver_due(workspace, now=T0 + timedelta(days=1, seconds=1)).delivered == 1
    assert len(slack.posts) == 1 and stage_of(workspace) == "handed_off"


def test_long_and_hostile_text_still_makes_a_valid_message(workspace: Workspace, slack: SlackWebhookServer) -> None:
    configure(workspace, slack_url=slack.webhook_url)
    seed_lead(workspace, "eve.x@evil.io", title="<!channel> " + "VP " * 2000, account="Evil & <Co>" + " Ltd" * 100,
              domain="evil.io")
    hand_off(workspace, "eve.x@evil.io")
    assert deliver_due(workspace, now=T0 + timedelta(seconds=1)).delivered == 1
    assert not slack.problems  # Slack's own limits held (the fake refuses what Slack refuses)
    text = slack.post_text(slack.posts[0])
    assert "<!channel>" not in text and "&lt;!channel&gt;" in text  # no @channel ping from a CRM field
    assert "Evil &amp; &lt;Co&gt;" in text


def test_server_errors_back_off_then_give_up(workspace: Workspace, slack: SlackWebhookServer) -> None:
    configure(workspace, slack_url=slack.webhook_url, max_attempts=3)
    seed_lead(workspace)
    hand_off(workspace)
    slack.server_error(times=3)
    t1 = T0 + timedelta(seconds=1)

    deliver_due(workspace, now=t1)
    row = the_alert(workspace)
    assert row.state == "pending" and row.next_attempt_at == t1 + timedelta(seconds=30)
    assert "server error" in (row.last_error or "") and "500" in (row.last_error or "")
    t2 = t1 + timedelta(seconds=31)
    deliver_due(workspace, now=t2)
    assert the_alert(workspace).next_attempt_at == t2 + timedelta(seconds=60)
    report = deliver_due(workspace, now=t2 + timedelta(seconds=61))
    row = the_alert(workspace)
    assert report.failed == 1 and row.state == "failed" and row.attempts == 3
    assert "gave up after 3 attempts" in (row.last_error or "")
    assert not slack.posts and len(slack.requests) == 3


def test_a_gone_or_revoked_webhook_fails_without_leaking_it(
    workspace: Workspace, slack: SlackWebhookServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secret_part = slack.path.rsplit("/", 1)[-1]
    configure(workspace, slack_url=slack.webhook_url + "x")  # a webhook that was removed: 404 no_service
    seed_lead(workspace)
    seed_lead(workspace, "sam.lee@acme.io")
    hand_off(workspace)
    report = deliver_due(workspace, now=T0 + timedelta(seconds=1))
    first = alerts(workspace)[0]
    assert first.state == "failed" and "no longer exists" in (first.last_error or "")
    assert "SLACK_WEBHOOK_URL" in (first.last_error or "")

    configure(workspace, slack_url=slack.webhook_url)
    hand_off(workspace, "sam.lee@acme.io")
    slack.revoke()
    report = deliver_due(workspace, now=T0 + timedelta(seconds=2))
    second = alerts(workspace)[1]
    assert second.state == "failed" and "invalid_token" in (second.last_error or "")

    stored = " ".join(a.last_error or "" for a in alerts(workspace))
    shown = json.dumps(alerts_service.list_alerts(workspace.db))
    for text in (stored, shown, caplog.text, " ".join(report.details)):
        assert secret_part not in text and slack.path not in text and slack.webhook_url not in text


def test_a_lost_answer_may_have_been_delivered_and_is_never_retried(
    workspace: Workspace, slack: SlackWebhookServer
) -> None:
    configure(workspace, slack_url=slack.webhook_url, timeout_s=0.3)
    seed_lead(workspace)
    hand_off(workspace)
    slack.script("POST", slack.path, Reply(200, "ok", delay=1.0))  # Slack posts it, then answers too late

    report = deliver_due(workspace, now=T0 + timedelta(seconds=1))
    assert report.unknown == 1
    row = the_alert(workspace)
    assert row.state == "failed"
    assert "may have been delivered; check the Slack channel, then retry if it was not" in (row.last_error or "")
    for minutes in (5, 60, 600):
        deliver_due(workspace, now=T0 + timedelta(minutes=minutes))
    assert len(slack.requests) == 1


def test_no_transaction_is_open_while_slack_is_contacted(workspace: Workspace, slack: SlackWebhookServer) -> None:
    """While Slack holds the request, the database is free: another writer gets in at once (SQLite)
    and no connection of ours sits idle in a transaction (PostgreSQL)."""
    import sqlite3

    from sqlalchemy import create_engine, text

    configure(workspace, slack_url=slack.webhook_url)
    seed_lead(workspace)
    hand_off(workspace)
    url = workspace.db.url
    seen: list[str] = []

    def check(_body: dict) -> str:
        if url.startswith("sqlite"):
            conn = sqlite3.connect(url.removeprefix("sqlite:///"), timeout=0.2, isolation_level=None)
            try:
                conn.execute("BEGIN IMMEDIATE")  # fails with 'database is locked' if a writer holds it
                conn.execute("ROLLBACK")
                seen.append("free")
            except sqlite3.OperationalError as exc:
                seen.append(str(exc))
            finally:
                conn.close()
        else:
            from sqlalchemy.engine import make_url

            # Only this test's connections: other test runs may share the database.
            name = make_url(url).query["application_name"]
            engine = create_engine(url)
            with engine.connect() as conn:
                busy = conn.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND application_name = :name "
                    "AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid()"
                ), {"name": name}).scalar_one()
            engine.dispose()
            seen.append("free" if busy == 0 else f"{busy} connection(s) idle in a transaction")
        return "ok"

    slack.script("POST", slack.path, Reply(200, check))
    assert deliver_due(workspace, now=T0 + timedelta(seconds=1)).delivered == 1
    assert seen == ["free"]


def test_unreachable_slack_is_retried(workspace: Workspace) -> None:
    configure(workspace, slack_url=f"http://127.0.0.1:{free_port()}/services/T1/B1/abcdefgh")
    seed_lead(workspace)
    hand_off(workspace)
    report = deliver_due(workspace, now=T0 + timedelta(seconds=1))
    row = the_alert(workspace)
    assert report.retried == 1 and row.state == "pending" and row.next_attempt_at == T0 + timedelta(seconds=31)
    assert "could not reach Slack" in (row.last_error or "") and "abcdefgh" not in (row.last_error or "")


def test_a_stuck_sending_row_becomes_may_have_been_delivered(workspace: Workspace, slack: SlackWebhookServer) -> None:
    configure(workspace, slack_url=slack.webhook_url)
    seed_lead(workspace)
    seed_lead(workspace, "sam.lee@acme.io")
    hand_off(workspace)
    hand_off(workspace, "sam.lee@acme.io")
    stuck, busy = alerts(workspace)
    with workspace.db.session() as s:  # what a worker that died mid-delivery leaves, and one still at work
        s.execute(update(Alert).where(col(Alert.id) == stuck.id).values(state="sending", attempts=1,
                                                                          claimed_at=T0 - timedelta(minutes=10)))
        s.execute(update(Alert).where(col(Alert.id) == busy.id).values(state="sending", attempts=1,
                                                                        claimed_at=T0 - timedelta(seconds=20)))
        s.commit()

    report = deliver_due(workspace, now=T0)
    assert (report.recovered, report.unknown, report.delivered) == (1, 1, 0)
    stuck, busy = alerts(workspace)
    assert stuck.state == "failed"
    assert "may have been delivered; check the Slack channel, then retry if it was not" in (stuck.last_error or "")
    assert busy.state == "sending"  # within its lease: its worker may still be talking to Slack
    assert not slack.requests
    assert [r["state"] for r in alerts_service.list_alerts(workspace.db)] == ["failed", "pending"]
    for hours in (1, 2):
        deliver_due(workspace, now=T0 + timedelta(hours=hours))
    assert not slack.requests  # never sent automatically
    assert alerts(workspace)[0].state == "failed"


# --------------------------------------------------------------------------- the owner's e-mail


class Recorder:
    """An aiosmtpd handler keeping every message (and able to answer too late)."""

    def __init__(self, delay: float = 0.0) -> None:
        self.envelopes: list[Any] = []
        self.delay = delay

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.envelopes.append(envelope)
        if self.delay:
            await asyncio.sleep(self.delay)
        return "250 2.0.0 OK: queued"

    def messages(self) -> list[email.message.EmailMessage]:
        return [email.message_from_bytes(e.content, policy=email_policy.default) for e in self.envelopes]  # type: ignore[misc]


@contextmanager
def smtp_server(handler: Recorder, port: int | None = None) -> Iterator[Controller]:
    controller = Controller(handler, hostname="127.0.0.1", port=port or free_port(), server_hostname="localhost")
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()


def use_smtp(ws: Workspace, port: int, timeout_s: float = 5.0) -> None:
    ws.config.sender = SenderConfig.model_validate({"from": "Outrider <alerts@example.com>", "transport": "smtp"})
    ws.config.smtp = SmtpConfig(host="127.0.0.1", port=port, security="none", timeout_s=timeout_s)


def test_the_owner_is_emailed_through_smtp(workspace: Workspace) -> None:
    handler = Recorder()
    with smtp_server(handler) as controller:
        configure(workspace, email_owner=True, fallback_owner="sales@example.com")
        use_smtp(workspace, controller.port)
        seed_lead(workspace, contact_owner="kim@example.com")  # the contact's owner wins over the account's
        seed_lead(workspace, "sam.lee@acme.io")  # the account's owner
        seed_lead(workspace, "ann.orphan@nowhere.io", domain="nowhere.io", account="Nowhere", owner=None)  # fallback
        handoff_ids = [hand_off(workspace, address) for address in ("dana@acme.io", "sam.lee@acme.io", "ann.orphan@nowhere.io")]
        report = deliver_due(workspace, now=T0 + timedelta(seconds=1))
    assert report.delivered == 3
    by_to = {m["To"]: m for m in handler.messages()}
    assert set(by_to) == {"kim@example.com", "olive@example.com", "sales@example.com"}
    message = by_to["kim@example.com"]
    assert message["Subject"] == f"New MQL: Dana Buyer at Acme Robotics (score {handoff_score(workspace, handoff_ids[0])})"
    assert message["From"] == "Outrider <alerts@example.com>" and message["Auto-Submitted"] == "auto-generated"
    body = message.get_content()
    for expected in ("Title: VP Sales", "Why now: requested a demo", "Top reasons:", "Last touches",
                     "page view https://acme.io/pricing", "Open the lead: https://outrider.example.com/leads?email="):
        assert expected in body, expected
    row = alerts(workspace, "email")[0]
    assert row.state == "delivered" and row.external_ref == message["Message-ID"]
    assert stage_of(workspace) == "handed_off"
    assert "the owner's e-mail" in stage_changes(workspace, "handed_off")[0].reason


def test_smtp_down_is_retried_and_a_lost_reply_is_never_resent(workspace: Workspace) -> None:
    port = free_port()
    configure(workspace, email_owner=True)
    use_smtp(workspace, port, timeout_s=0.5)
    seed_lead(workspace)
    hand_off(workspace)
    report = deliver_due(workspace, now=T0 + timedelta(seconds=1))  # nothing listens yet
    row = the_alert(workspace, "email")
    assert report.retried == 1 and row.state == "pending" and "refused the connection" in (row.last_error or "")

    handler = Recorder(delay=1.5)  # takes the message, answers after the client gave up
    with smtp_server(handler, port=port):
        report = deliver_due(workspace, now=T0 + timedelta(minutes=5))
        assert report.unknown == 1
        row = the_alert(workspace, "email")
        assert row.state == "failed" and "may have been delivered; check the owner's mailbox" in (row.last_error or "")
        deliver_due(workspace, now=T0 + timedelta(hours=1))
    assert len(handler.envelopes) == 1


def test_the_embedded_default_writes_the_alert_as_a_file(workspace: Workspace) -> None:
    configure(workspace, email_owner=True)  # [sender] transport = "file", as `outrider init` writes it
    seed_lead(workspace)
    hand_off(workspace)
    assert deliver_due(workspace, now=T0 + timedelta(seconds=1)).delivered == 1
    (path,) = (workspace.outbox_dir / "alerts").glob("*.eml")
    assert not list(workspace.outbox_dir.glob("*.eml"))  # prospects' mail stays apart from alerts
    message = email.message_from_bytes(path.read_bytes(), policy=email_policy.default)
    assert message["To"] == "olive@example.com" and "New MQL: Dana Buyer" in message["Subject"]


def test_no_channel_configured_records_the_handoff_only(workspace: Workspace) -> None:
    configure(workspace)
    seed_lead(workspace)
    handoff_id = hand_off(workspace)
    assert not alerts(workspace)
    assert deliver_due(workspace, now=T0).total == 0
    with workspace.db.session() as s:
        assert s.get(Handoff, handoff_id) is not None
    assert stage_of(workspace) == "mql"


# --------------------------------------------------------------------------- the worker


def test_the_worker_delivers_as_soon_as_it_is_woken(workspace: Workspace, slack: SlackWebhookServer) -> None:
    configure(workspace, slack_url=slack.webhook_url)
    seed_lead(workspace)
    worker = AlertWorker(workspace, interval_s=600).start()  # only a wake-up can make it deliver in time
    try:
        assert worker.wake in hooks._after_commit
        hand_off(workspace, now=utcnow())  # record_events commits, then wakes the worker
        deadline = time.monotonic() + 20
        while not slack.posts and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        worker.stop()
    assert len(slack.posts) == 1 and the_alert(workspace).state == "delivered"
    assert worker.wake not in hooks._after_commit and not worker.running
    assert worker.last_error is None


# --------------------------------------------------------------------------- the command line


def test_alerts_commands(tmp_path: Path, db_url: str, slack: SlackWebhookServer, monkeypatch: pytest.MonkeyPatch) -> None:
    from agent.cli import app

    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.delenv("SLACK_WEBHOOK_URL", raising=False)
    ws = make_workspace(tmp_path / "ws", db_url, extra_toml=f'[alerts]\nslack_webhook_url = "{slack.webhook_url}"\nemail_owner = false\n')
    try:
        seed_lead(ws)
        hand_off(ws)
    finally:
        ws.close()
    runner = CliRunner()

    def run(*args: str, code: int = 0) -> str:
        result = runner.invoke(app, ["-w", str(ws.path), *args], catch_exceptions=False)
        assert result.exit_code == code, result.output
        return result.output

    listed = json.loads(run("alerts", "list", "--json"))
    assert [(r["email"], r["channel"], r["state"]) for r in listed] == [("dana@acme.io", "slack", "pending")]
    slack.reject_blocks()
    assert "failed 1" in run("alerts", "deliver")
    (failed,) = json.loads(run("alerts", "list", "--state", "failed", "--json"))
    assert "invalid_blocks" in failed["last_error"]
    assert "dana@acme.io" in run("alerts", "list")
    assert "not an alert state" in run("alerts", "list", "--state", "sending", code=2)
    assert "pending again" in run("alerts", "retry", str(failed["id"]), "--by", REP)
    assert "is pending, not failed" in run("alerts", "retry", str(failed["id"]), "--by", REP, code=2)
    assert "delivered 1" in run("alerts", "deliver")
    assert json.loads(run("alerts", "list", "--json"))[0]["state"] == "delivered"
    assert len(slack.posts) == 1


def test_secret_settings_never_reach_the_outbox(workspace: Workspace, slack: SlackWebhookServer) -> None:
    """Belt and braces: even an error text that quotes the webhook is stored redacted."""
    configure(workspace, slack_url=slack.webhook_url)
    seed_lead(workspace)
    hand_off(workspace)
    slack.script("POST", slack.path, Reply(400, f"bad request to {slack.webhook_url}"))
    deliver_due(workspace, now=T0 + timedelta(seconds=1))
    row = the_alert(workspace)
    assert row.state == "failed" and "***" in (row.last_error or "")
    assert slack.path.rsplit("/", 1)[-1] not in (row.last_error or "")
    assert isinstance(workspace.settings.slack_webhook_url, SecretStr)
