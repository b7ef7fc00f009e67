"""Fuzzed inbox messages all the way into the database, on SQLite and PostgreSQL: 0 crashes.

tests/unit/test_mail.py proves the parser copes with junk. This feeds the same junk (malformed
MIME, wrong charsets, encoded-words hiding NUL and control characters, huge headers), aimed at
a real lead (their address, the Message-ID of what we sent them), through the inbox's own
processing (`agent.inbox.process.handle`, as a poll calls it): matching against the outbox,
events, suppressions, out-of-office pauses, the inbox's record of each message. A message that
raised there would be retried by every poll and hold the inbox's cursor for good.
"""

from __future__ import annotations

import itertools
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from agent.inbox.process import handle
from agent.store.models import Account, Contact, Draft, DraftKind, DraftStatus, InboxMessage, Outbox, OutboxState
from agent.workspace import Workspace
from signals.mail import read_mail
from tests.integration.test_alerts import T0
from tests.unit.test_mail import messages

SENT_ID = "<outrider.1.f00d@example.com>"
LEAD = "zoe@acme.de"

#: Values a hostile or broken mailer puts where we read: NUL and other control characters inside
#: encoded-words, raw 8-bit bytes, ids and addresses of the real lead, bounce fields.
HOSTILE = st.sampled_from([
    "=?utf-8?q?Re=00:_hello?=", "=?utf-8?b?AAAA?=", "=?iso-8859-1?q?caf=E9=00=01=7F?=", "<a\x00b@acme.de>",
    f"{SENT_ID}", f"<x@y> {SENT_ID}\x00", f"Zo\x00e <{LEAD}>", f"=?utf-8?q?Zo=00e?= <{LEAD}>", LEAD,
    "auto-replied", "Abwesenheitsnotiz: bis 12.01.2031", "Out of office until 1 January 2031", "unsubscribe",
    "Status: 5.1.1", f"Final-Recipient: rfc822; {LEAD}\x00", "\x00" * 20, "\udcff\udcfe", "x" * 5000,
])
TARGETED_HEADERS = st.sampled_from(["From", "Subject", "Message-ID", "In-Reply-To", "References", "Auto-Submitted",
                                    "X-Autoreply", "Date"])


@st.composite
def aimed(draw: st.DrawFn) -> bytes:
    """A fuzzed message with a few headers aimed at the real lead and the real Message-ID."""
    raw = draw(messages())
    extra = [f"{draw(TARGETED_HEADERS)}: {draw(HOSTILE)}" for _ in range(draw(st.integers(0, 4)))]
    if draw(st.booleans()):
        extra += [f"From: {LEAD}", f"In-Reply-To: {SENT_ID}"]
    head = "\r\n".join(extra)
    prefix = (head + "\r\n").encode("utf-8", errors="surrogateescape") if head else b""
    body_tail = draw(st.sampled_from([b"", b"\r\nHello \x00 there =00\r\n", b"\r\nPlease remove me\r\n",
                                      b"\r\n\xff\xfe\x00 broken \xc3\x28\r\n"]))
    return prefix + raw + body_tail


def lead_with_a_sent_message(ws: Workspace) -> None:
    with ws.db.session() as s:
        account = Account(name="Acme", domain="acme.de", country="DE", industry="Software", employees=100)
        s.add(account)
        s.flush()
        contact = Contact(first_name="Zoë", last_name="Doe", email=LEAD, account_id=account.id)
        s.add(contact)
        s.flush()
        draft = Draft(kind=DraftKind.SIGNAL, account_id=account.id or 0, contact_id=contact.id, subject="Hello",
                      body="Hi", status=DraftStatus.SENT)
        s.add(draft)
        s.flush()
        s.add(Outbox(draft_id=draft.id or 0, to_email=LEAD, state=OutboxState.SENT, message_id=SENT_ID, attempts=1,
                     sent_at=T0 - timedelta(days=1), created_at=T0 - timedelta(days=1)))
        s.commit()


def test_fuzzed_messages_are_processed_without_a_crash(workspace: Workspace) -> None:
    lead_with_a_sent_message(workspace)
    uids = itertools.count(1)
    seen: list[str] = []

    @settings(max_examples=120, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
    @given(aimed())
    def one(raw: bytes) -> None:
        uid = next(uids)
        mail = read_mail(raw, received=T0)
        row = handle(workspace, mailbox="fuzz", uidvalidity=1, uid=uid, mail=mail, now=T0 + timedelta(minutes=uid))
        assert row is not None and row.outcome, row
        seen.append(row.kind)
        # Read again (a second poller, a crash before the cursor moved): nothing happens twice.
        assert handle(workspace, mailbox="fuzz", uidvalidity=1, uid=uid, mail=mail, now=T0 + timedelta(minutes=uid)) is None

    one()
    with workspace.db.session() as s:
        stored = s.exec(select(InboxMessage)).all()
    assert len(stored) == len(seen) >= 100
    assert all("\x00" not in (r.subject or "") + (r.message_id or "") + (r.from_email or "") for r in stored)
