"""tests/integration/test_inbox.py's "a poll acts on each message once", with the inbox poll run
by two `outrider worker` processes at once on PostgreSQL (chore `inbox`), against a real Dovecot:
each reply, bounce and unsubscribe is one event, one alert, one suppression; a second poll adds
nothing."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from agent.services import delivery as delivery_service
from agent.store.models import Alert, EngagementEvent, InboxMessage
from tests.fakes.dovecot import Dovecot
from tests.integration.test_inbox import (  # noqa: F401  (dovecot, mailbox: fixtures)
    UNRELATED,
    delivery_report,
    dovecot,
    human_reply,
    inbox_toml,
    mailbox,
    open_ws,
    sent_message,
    unsubscribe_reply,
)
from tests.integration.workers_harness import on_two_workers, postgres_db_url  # noqa: F401  (the `db_url` fixture: PostgreSQL only)

pytestmark = pytest.mark.postgres


def test_a_poll_on_two_workers_acts_on_each_message_once(tmp_path: Path, db_url: str, mailbox: Dovecot) -> None:
    ws = open_ws(tmp_path, db_url, inbox_toml(mailbox.port, mailbox.user), mailbox.password)
    now = datetime.now().astimezone().replace(microsecond=0)
    _zoe, zoe_id = sent_message(ws, "zoe@acme.de", "Zoë", now=now)
    _gone, gone_id = sent_message(ws, "nobody@acme.de", "Nobody", now=now)
    _una, una_id = sent_message(ws, "una@acme.de", "Una", now=now)
    for raw in (human_reply(zoe_id, at=now), delivery_report(gone_id, "nobody@acme.de", "5.1.1", n=1),
                unsubscribe_reply(una_id), UNRELATED):
        mailbox.append(raw)
    poll = ("chore", {"name": "inbox", "now": now.isoformat()})
    env = {"IMAP_PASSWORD": mailbox.password}
    on_two_workers(ws, poll, copies=3, env=env)

    def state() -> tuple[Counter[str], Counter[str], int, int]:
        with ws.db.session() as session:
            events = Counter(f"{e.type}:{e.email}" for e in session.exec(select(EngagementEvent)).all())
            messages = Counter(m.message_id or "" for m in session.exec(select(InboxMessage)).all())
            alerts = len(session.exec(select(Alert).where(Alert.kind == "reply")).all())
        return events, messages, alerts, len(delivery_service.suppressions(ws.db))

    events, messages, alerts, suppressed = state()
    assert events == Counter({"reply:zoe@acme.de": 1, "bounce:nobody@acme.de": 1, "unsubscribe:una@acme.de": 1}), events
    assert len(messages) == 4 and set(messages.values()) == {1}, messages
    assert alerts == 1
    assert delivery_service.is_suppressed(ws.db, "nobody@acme.de") and delivery_service.is_suppressed(ws.db, "una@acme.de")
    on_two_workers(ws, poll, env=env)  # polled again at once: nothing is read twice
    assert state() == (events, messages, alerts, suppressed)
    # The reply alert to the owner (test_alerts_reply.py), delivered by both workers at once: once.
    on_two_workers(ws, ("chore", {"name": "alerts", "now": now.isoformat()}), copies=3, env=env)
    with ws.db.session() as session:
        (alert,) = session.exec(select(Alert).where(Alert.kind == "reply")).all()
    assert (alert.state, alert.attempts) == ("delivered", 1)
    assert len(list((ws.outbox_dir / "alerts").glob("*.eml"))) == 1
    ws.close()


def test_a_new_uidvalidity_reread_by_two_workers_at_once_acts_once(tmp_path: Path, db_url: str, mailbox: Dovecot) -> None:
    """test_inbox.py's "a new UIDVALIDITY rereads the folder without acting twice", each poll run
    at once on two workers."""
    from imapclient import IMAPClient

    folder = f"Replies{datetime.now().microsecond}"
    ws = open_ws(tmp_path, db_url, inbox_toml(mailbox.port, mailbox.user, extra=f'folder = "{folder}"\n'), mailbox.password)
    now = datetime.now().astimezone().replace(microsecond=0)
    _draft, sent_id = sent_message(ws, "zoe@acme.de", "Zoë", now=now)
    mailbox.append(human_reply(sent_id, at=now), folder=folder)
    env = {"IMAP_PASSWORD": mailbox.password}
    on_two_workers(ws, ("chore", {"name": "inbox", "now": now.isoformat()}), env=env)
    with IMAPClient("127.0.0.1", port=mailbox.port, ssl=False, timeout=10) as client:  # a new UIDVALIDITY
        client.login(mailbox.user, mailbox.password)
        client.delete_folder(folder)
    mailbox.append(human_reply(sent_id, at=now), folder=folder)  # the same message, copied back
    mailbox.append(human_reply(sent_id, at=now).replace(b"<reply.1@acme.de>", b"<reply.9@acme.de>"), folder=folder)
    on_two_workers(ws, ("chore", {"name": "inbox", "now": (now + timedelta(minutes=2)).isoformat()}), env=env)
    with ws.db.session() as session:
        replies = Counter(e.properties["message_id"] for e in session.exec(
            select(EngagementEvent).where(EngagementEvent.type == "reply")).all())
    assert replies == Counter({"<reply.1@acme.de>": 1, "<reply.9@acme.de>": 1}), replies  # each once
    ws.close()
