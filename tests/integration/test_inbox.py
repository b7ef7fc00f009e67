"""The inbox against a real Dovecot IMAP server on loopback, on SQLite and PostgreSQL.

Messages are APPENDed to the mailbox as a mail client would file them: a person's reply to what
we sent, a German out-of-office notice with a return date, RFC 3464 hard and soft bounces, an
unsubscribe reply, an unrelated message. `outrider inbox poll` reads them over IMAP (plain and
TLS) and acts once. A server that is down makes the inbox unhealthy and holds sequence steps.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from agent.cli import app
from agent.config import InboxConfig, Settings
from agent.delivery import send_approved
from agent.delivery.caps import start_of_day
from agent.leads import hooks
from agent.services import delivery as delivery_service
from agent.services import inbox as inbox_service
from agent.services.signals import source_health
from agent.store.models import (
    Alert,
    Contact,
    Draft,
    DraftKind,
    DraftStatus,
    EngagementEvent,
    InboxMessage,
    Outbox,
    OutboxState,
)
from agent.workspace import Workspace
from tests.conftest import make_workspace
from tests.fakes.dovecot import DOVECOT, REQUIRE, Dovecot, free_port
from tests.integration.test_caps_sending import add_approved, add_person, outbox_of

runner = CliRunner()


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    if DOVECOT is None:
        if REQUIRE:
            pytest.fail("Dovecot is required (OUTRIDER_REQUIRE_DOVECOT=1) but not installed")
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd)")
    with Dovecot() as server:
        yield server


@pytest.fixture
def mailbox(dovecot: Dovecot) -> Iterator[Dovecot]:
    dovecot.clear()
    yield dovecot
    dovecot.clear()


def inbox_toml(port: int, user: str, *, security: str = "none", extra: str = "") -> str:
    return (
        '[sending]\nwindow = "always"\n\n'
        f'[inbox]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "{security}"\nusername = "{user}"\n{extra}'
    )


def open_ws(tmp_path: Path, db_url: str, toml: str, password: str) -> Workspace:
    ws = make_workspace(tmp_path / "ws", db_url, extra_toml=toml)
    ws.settings = Settings(DATABASE_URL=db_url, IMAP_PASSWORD=password)  # type: ignore[call-arg]
    return ws


# --------------------------------------------------------------------------- messages as they arrive


def crlf(text: str) -> bytes:
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def human_reply(to_id: str, *, sender: str = "Zoë Doe <zoe@acme.de>", at: datetime) -> bytes:
    return crlf(f"""\
From: {sender}
To: Dana Rep <dana@example.com>
Subject: Re: Hello
Date: {format_datetime(at)}
Message-ID: <reply.1@acme.de>
In-Reply-To: {to_id}
References: {to_id}
Content-Type: text/plain; charset=utf-8

Hi Dana, good timing: can we talk on Thursday?

On Mon, Dana Rep wrote:
> Hi, a short note.
""")


def german_ooo(to_id: str, *, back: date, at: datetime) -> bytes:
    until = back - timedelta(days=1)
    return crlf(f"""\
From: Max Mustermann <max@kunde.de>
To: dana@example.com
Subject: Abwesenheitsnotiz: Hello
Date: {format_datetime(at)}
Message-ID: <ooo.1@kunde.de>
In-Reply-To: {to_id}
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=utf-8

Vielen Dank für Ihre Nachricht. Ich bin bis zum {until:%d.%m.%Y} nicht im Büro
und lese meine E-Mails nur eingeschränkt.
""")


def delivery_report(to_id: str, recipient: str, status: str, *, n: int) -> bytes:
    return crlf(f"""\
From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
To: dana@example.com
Subject: Undelivered Mail Returned to Sender
Message-ID: <dsn.{n}@mail.example.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B{n}"

--B{n}
Content-Type: text/plain

Your message could not be delivered.

--B{n}
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.com

Final-Recipient: rfc822; {recipient}
Action: failed
Status: {status}
Diagnostic-Code: smtp; {"550" if status.startswith("5") else "452"} {status} {"user unknown" if status.startswith("5") else "mailbox full"}

--B{n}
Content-Type: text/rfc822-headers

From: Dana Rep <dana@example.com>
To: {recipient}
Subject: Hello
Message-ID: {to_id}

--B{n}--
""")


def unsubscribe_reply(to_id: str) -> bytes:
    return crlf(f"""\
From: Una <una@acme.de>
To: dana@example.com
Subject: Re: Hello
Message-ID: <unsub.1@acme.de>
In-Reply-To: {to_id}
Content-Type: text/plain

Please remove me from your list.
""")


UNRELATED = crlf("""\
From: Newsletter Person <someone@elsewhere.org>
To: dana@example.com
Subject: Lunch on Friday?
Message-ID: <lunch.1@elsewhere.org>
Content-Type: text/plain

Are you free for lunch?
""")


def sent_message(ws: Workspace, email: str, first: str, *, now: datetime, country: str = "DE") -> tuple[int, str]:
    """A person at a fresh account, one approved draft sent to them: (draft id, its Message-ID)."""
    account_id, contact_id = add_person(ws, email, first=first, country=country)
    with ws.db.session() as session:
        from agent.store.models import Account

        account = session.get(Account, account_id)
        assert account is not None
        account.owner_email = "owner@example.com"
        session.add(account)
        session.commit()
    draft_id = add_approved(ws, account_id, contact_id)
    report = send_approved(ws, now=now, limit=50)
    assert report.sent >= 1, report.details
    row = outbox_of(ws, draft_id)
    assert row.state == OutboxState.SENT and row.message_id
    return draft_id, row.message_id


# --------------------------------------------------------------------------- the whole inbox


@pytest.mark.parametrize("security", ["none", "ssl"])
def test_poll_reads_each_kind_and_acts_once(
    tmp_path: Path, db_url: str, mailbox: Dovecot, security: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = mailbox.port if security == "none" else mailbox.tls_port
    extra = f'tls_ca_file = "{mailbox.cert}"\n' if security == "ssl" else ""
    ws = open_ws(tmp_path, db_url, inbox_toml(port, mailbox.user, security=security, extra=extra), mailbox.password)
    paused: list[hooks.OutOfOffice] = []
    monkeypatch.setattr(hooks, "_ooo_listeners", [lambda _session, notice: paused.append(notice)])
    now = datetime.now().astimezone().replace(microsecond=0)
    zoe_draft, zoe_id = sent_message(ws, "zoe@acme.de", "Zoë", now=now)
    _max_draft, max_id = sent_message(ws, "max@kunde.de", "Max", now=now)
    _gone_draft, gone_id = sent_message(ws, "nobody@acme.de", "Nobody", now=now)
    full_draft, full_id = sent_message(ws, "full@acme.de", "Full", now=now)
    _una_draft, una_id = sent_message(ws, "una@acme.de", "Una", now=now)
    back = (now + timedelta(days=9)).date()

    for raw in (
        human_reply(zoe_id, at=now),
        german_ooo(max_id, back=back, at=now),
        delivery_report(gone_id, "nobody@acme.de", "5.1.1", n=1),
        delivery_report(full_id, "full@acme.de", "4.2.2", n=2),
        unsubscribe_reply(una_id),
        UNRELATED,
    ):
        mailbox.append(raw)

    report = inbox_service.poll(ws, now=now)
    assert report.error is None and report.health == "ok", report
    assert dict(report.kinds) == {
        "reply": 2, "out_of_office": 1, "bounce_hard": 1, "bounce_soft": 1, "unsubscribe": 1,
    }, report.lines

    with ws.db.session() as session:
        events = {e.type + ":" + (e.email or ""): e for e in session.exec(select(EngagementEvent)).all()}
        reply = events["reply:zoe@acme.de"]
        assert reply.origin == "inbox" and reply.applied
        assert reply.properties["subject"] == "Re: Hello" and reply.properties["message_id"] == "<reply.1@acme.de>"
        assert reply.properties["snippet"] == "Hi Dana, good timing: can we talk on Thursday?"
        alerts = session.exec(select(Alert).where(Alert.kind == "reply")).all()
        assert [(a.ref_id, a.channel, a.state) for a in alerts] == [(reply.id, "email", "pending")]
        assert events["bounce:nobody@acme.de"].properties["bounce_type"] == "hard"
        assert events["bounce:full@acme.de"].properties == {
            "bounce_type": "soft", "status": "4.2.2", "diagnostic": "smtp; 452 4.2.2 mailbox full", "message_id": full_id,
        }
        assert "unsubscribe:una@acme.de" in events
        max_contact = session.exec(select(Contact).where(Contact.email == "max@kunde.de")).one()
        rows = {r.kind + ":" + (r.from_email or ""): r for r in session.exec(select(InboxMessage)).all()}
    assert rows["reply:someone@elsewhere.org"].outcome.startswith("not from anyone we write to")
    assert rows["reply:zoe@acme.de"].matched_by == "in-reply-to"
    assert rows["bounce_hard:mailer-daemon@mail.example.com"].matched_by == "returned message"

    # Suppressed: the hard bounce and the unsubscribe; not the soft bounce, nor the person who replied.
    assert delivery_service.is_suppressed(ws.db, "nobody@acme.de")
    assert delivery_service.is_suppressed(ws.db, "una@acme.de")
    assert not delivery_service.is_suppressed(ws.db, "full@acme.de")
    assert not delivery_service.is_suppressed(ws.db, "zoe@acme.de")

    # The out-of-office pauses Max until the morning he is back (midnight in Berlin, his country).
    from zoneinfo import ZoneInfo

    assert [(p.contact_id, p.until) for p in paused] == [(max_contact.id, start_of_day(back, ZoneInfo("Europe/Berlin")))]

    # The soft bounce proves it was not delivered: back in the outbox, retried later, once.
    row = outbox_of(ws, full_draft)
    assert row.state == OutboxState.QUEUED and row.next_attempt_at is not None
    assert "soft bounce 4.2.2" in (row.error or "")
    with ws.db.session() as session:
        assert session.get(Draft, full_draft).status == DraftStatus.APPROVED  # type: ignore[union-attr]
    assert send_approved(ws, now=now + timedelta(hours=1)).sent == 0
    again = send_approved(ws, now=now + timedelta(hours=4, minutes=1))
    assert again.sent == 1, again.details
    assert outbox_of(ws, full_draft).message_id != full_id

    # A second poll reads nothing again; a new message is read on the next.
    assert inbox_service.poll(ws, now=now).read == 0
    mailbox.append(human_reply(zoe_id, at=now).replace(b"<reply.1@acme.de>", b"<reply.2@acme.de>"))
    third = inbox_service.poll(ws, now=now + timedelta(minutes=2))
    assert third.read == 1 and dict(third.kinds) == {"reply": 1}
    with ws.db.session() as session:
        assert len(session.exec(select(Alert).where(Alert.kind == "reply")).all()) == 2
        assert session.get(Draft, zoe_draft).status == DraftStatus.SENT  # type: ignore[union-attr]
    ws.close()


def test_the_cli_polls_lists_and_shows_the_inbox_as_a_source(
    tmp_path: Path, db_url: str, mailbox: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = open_ws(tmp_path, db_url, inbox_toml(mailbox.port, mailbox.user), mailbox.password)
    now = datetime.now().astimezone().replace(microsecond=0)
    _draft, sent_id = sent_message(ws, "zoe@acme.de", "Zoë", now=now)
    ws.close()
    mailbox.append(human_reply(sent_id, at=now))
    mailbox.append(UNRELATED)
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("IMAP_PASSWORD", mailbox.password)
    monkeypatch.delenv("OUTRIDER_WORKSPACE", raising=False)
    base = ["-w", str(tmp_path / "ws")]

    result = runner.invoke(app, [*base, "inbox", "poll", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["kinds"] == {"reply": 2}
    listed = json.loads(runner.invoke(app, [*base, "inbox", "list", "--json"]).stdout)
    assert {r["from"] for r in listed} == {"zoe@acme.de", "someone@elsewhere.org"}
    assert any(r["outcome"].startswith("reply from Zoë (zoe@acme.de) recorded; owner alerted by email") for r in listed)
    sources = json.loads(runner.invoke(app, [*base, "sources", "list", "--json"]).stdout)
    assert [(s["name"], s["health"]) for s in sources] == [("[inbox]", "ok")]
    assert "[inbox]" in runner.invoke(app, [*base, "sources", "list"]).stdout  # brackets kept, not markup

    monkeypatch.setenv("IMAP_PASSWORD", "wrong")
    bad = runner.invoke(app, [*base, "inbox", "poll"])
    assert bad.exit_code == 1
    assert "refused the login; check [inbox] username and IMAP_PASSWORD" in bad.output
    assert "wrong" not in bad.output.replace("wrong-", "")


# --------------------------------------------------------------------------- a blind inbox


def test_a_server_that_is_down_makes_the_inbox_unhealthy_and_holds_sequence_steps(
    tmp_path: Path, db_url: str, mailbox: Dovecot
) -> None:
    down = free_port()  # nothing listens there
    ws = open_ws(tmp_path, db_url, inbox_toml(down, mailbox.user, extra="timeout_s = 3\nmax_blind_minutes = 30\n"),
                 mailbox.password)
    t0 = datetime.now().astimezone().replace(microsecond=0)
    report = inbox_service.poll(ws, now=t0)
    assert report.error is not None and "could not connect to the inbox server 127.0.0.1" in report.error
    assert report.health == "unhealthy"
    (row,) = [s for s in source_health(ws) if s["name"] == "[inbox]"]
    assert row["health"] == "unhealthy" and "could not connect" in row["last_error"]

    account_id, contact_id = add_person(ws, "zoe@acme.de")
    step = add_approved(ws, account_id, contact_id, kind=DraftKind.SEQUENCE)
    other_account, other_contact = add_person(ws, "kim@acme.de", first="Kim")
    first_touch = add_approved(ws, other_account, other_contact)
    sent = send_approved(ws, now=t0)
    assert (sent.sent, sent.scheduled) == (1, 1)
    assert outbox_of(ws, first_touch).state == OutboxState.SENT  # only sequence steps wait for the inbox
    held = outbox_of(ws, step)
    assert held.state == OutboxState.SCHEDULED
    assert held.schedule_reason == "the inbox has not been read yet; a reply may be waiting (run `outrider inbox poll`)"

    # The server comes back: the step goes at its next look.
    ws.config.inbox = InboxConfig(host="127.0.0.1", port=mailbox.port, security="none", username=mailbox.user)
    assert inbox_service.poll(ws, now=t0 + timedelta(minutes=1)).health == "ok"
    assert send_approved(ws, now=t0 + timedelta(minutes=6)).sent == 1
    assert outbox_of(ws, step).state == OutboxState.SENT

    # Read at t0+1min, then not again: 31 minutes later a new step waits, and the inbox shows unhealthy.
    later_step = add_approved(ws, *add_person(ws, "lee@acme.de", first="Lee"), kind=DraftKind.SEQUENCE)
    blind_at = t0 + timedelta(minutes=32)
    assert send_approved(ws, now=blind_at).scheduled == 1
    assert outbox_of(ws, later_step).schedule_reason == (
        "the inbox has not been read for 31 minutes; a reply may be waiting"
    )
    row = inbox_service.health_row(ws, now=blind_at)
    assert row is not None and row["health"] == "unhealthy" and "not read for 31 minutes" in row["last_error"]
    with ws.db.session() as session:
        assert session.exec(select(Outbox).where(Outbox.state == OutboxState.SCHEDULED)).one().draft_id == later_step
    ws.close()


# --------------------------------------------------------------------------- limits and resets


def test_a_huge_message_is_fetched_only_up_to_the_cap(tmp_path: Path, db_url: str, mailbox: Dovecot) -> None:
    from agent.inbox.imap import Mailbox

    ws = open_ws(tmp_path, db_url, inbox_toml(mailbox.port, mailbox.user, extra="max_message_bytes = 50000\n"),
                 mailbox.password)
    now = datetime.now().astimezone().replace(microsecond=0)
    _draft, sent_id = sent_message(ws, "zoe@acme.de", "Zoë", now=now)
    attachment = b"QUJD" * 750_000  # 3 MB of base64
    raw = human_reply(sent_id, at=now).replace(
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n",
        b'Content-Type: multipart/mixed; boundary="m"\r\n\r\n--m\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n',
    ) + b"\r\n--m\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" + attachment + b"\r\n--m--\r\n"
    mailbox.append(raw)
    assert ws.config.inbox is not None
    with Mailbox(ws.config.inbox, ws.settings.imap_password) as box:
        box.select()
        (fetched,) = list(box.fetch(box.uids_after(0), max_bytes=50_000))
    assert len(fetched.raw) == 50_000 and fetched.size >= len(raw) - 10
    report = inbox_service.poll(ws, now=now)
    assert dict(report.kinds) == {"reply": 1}, report.lines
    with ws.db.session() as session:
        event = session.exec(select(EngagementEvent).where(EngagementEvent.type == "reply")).one()
    assert event.properties["snippet"] == "Hi Dana, good timing: can we talk on Thursday?"
    ws.close()


def test_a_new_uidvalidity_rereads_the_folder_without_acting_twice(tmp_path: Path, db_url: str, mailbox: Dovecot) -> None:
    from imapclient import IMAPClient

    folder = f"Replies{datetime.now().microsecond}"
    ws = open_ws(tmp_path, db_url, inbox_toml(mailbox.port, mailbox.user, extra=f'folder = "{folder}"\n'), mailbox.password)
    now = datetime.now().astimezone().replace(microsecond=0)
    _draft, sent_id = sent_message(ws, "zoe@acme.de", "Zoë", now=now)
    mailbox.append(human_reply(sent_id, at=now), folder=folder)
    assert inbox_service.poll(ws, now=now).read == 1

    # The folder is deleted and made again (a server migration does the same): new UIDVALIDITY.
    with IMAPClient("127.0.0.1", port=mailbox.port, ssl=False, timeout=10) as client:
        client.login(mailbox.user, mailbox.password)
        client.delete_folder(folder)
    mailbox.append(human_reply(sent_id, at=now), folder=folder)  # the same message, copied back
    mailbox.append(human_reply(sent_id, at=now).replace(b"<reply.1@acme.de>", b"<reply.9@acme.de>"), folder=folder)
    report = inbox_service.poll(ws, now=now + timedelta(minutes=2))
    assert any("UIDVALIDITY" in line for line in report.lines)
    assert report.read == 2
    with ws.db.session() as session:
        rows = session.exec(select(InboxMessage).order_by(InboxMessage.id)).all()
        replies = session.exec(select(EngagementEvent).where(EngagementEvent.type == "reply")).all()
    assert "read before" in rows[1].outcome and rows[1].message_id == "<reply.1@acme.de>"
    assert len(replies) == 2  # reply.1 once, reply.9 once
    ws.close()
