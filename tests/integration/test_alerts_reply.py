"""Reply alerts: a lead's reply, read by the inbox, reaches the owner through the one alert outbox
on every channel (Slack, the owner's e-mail over SMTP, HubSpot), each saying who replied, to
which sequence and step, the first lines of the reply, what Outrider stopped, and where to look;
never the MQL handoff's wording, and never a handoff's side effects (stage, lifecycle).

The reply goes through the inbox's own processing (`agent.inbox.process.handle`, as a poll calls
it) with a message parsed by `signals.mail`; the IMAP half is tested against Dovecot in
test_inbox.py and test_nurture_e2e.py. Every test runs on SQLite and PostgreSQL (`workspace`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from email.utils import format_datetime

import pytest
from sqlmodel import col, select

from agent.delivery.alerts import deliver_due
from agent.inbox.process import handle
from agent.services import alerts as alerts_service
from agent.store.models import (
    Alert,
    Contact,
    Draft,
    DraftKind,
    DraftStatus,
    Enrollment,
    EnrollmentState,
    Outbox,
    OutboxState,
)
from agent.workspace import Workspace
from signals.mail import read_mail
from tests.fakes.hubspot_server import HubSpotServer
from tests.fakes.slack_server import SlackWebhookServer
from tests.integration.test_alerts import Recorder, T0, configure, seed_lead, smtp_server, stage_of, use_smtp

SENT_ID = "<outrider.7.abc@example.com>"
LEAD = "dana@acme.io"
REPLY = """\
From: Dana Buyer <dana@acme.io>
To: Dana Rep <rep@example.com>
Subject: Re: The pricing guide
Date: {date}
Message-ID: <reply.1@acme.io>
In-Reply-To: {in_reply_to}
References: {in_reply_to}
Content-Type: text/plain; charset=utf-8

Hi Olive,
thanks <b>for</b> the guide: can we talk on Thursday at 10?
Our budget is set in April.

On Mon, Dana Rep wrote:
> Here is the pricing guide.
"""


def in_sequence(ws: Workspace, email_: str = LEAD) -> tuple[int, int]:
    """The lead is in `educate`: step 2 was sent (Message-ID SENT_ID) and step 3 waits in the
    queue. Returns (step 2's draft id, step 3's draft id)."""
    with ws.db.session() as s:
        contact = s.exec(select(Contact).where(Contact.email == email_)).one()
        enrollment = Enrollment(contact_id=contact.id or 0, sequence="educate", state=EnrollmentState.WAITING, step=3,
                                entered_by="manual by rep@example.com", enrolled_at=T0 - timedelta(days=9),
                                updated_at=T0 - timedelta(days=1))
        s.add(enrollment)
        s.flush()
        common = {"kind": DraftKind.SEQUENCE, "account_id": contact.account_id, "contact_id": contact.id,
                  "enrollment_id": enrollment.id, "sequence": "educate", "body": "Hi Dana,\n\nA short note.\n\nOlive"}
        sent = Draft(step=2, subject="The pricing guide", status=DraftStatus.SENT, **common)
        waiting = Draft(step=3, subject="Plans compared", status=DraftStatus.PENDING, **common)
        s.add(sent)
        s.add(waiting)
        s.flush()
        enrollment.current_draft_id = waiting.id
        s.add(Outbox(draft_id=sent.id or 0, to_email=email_, state=OutboxState.SENT, message_id=SENT_ID,
                     attempts=1, sent_at=T0 - timedelta(days=2), created_at=T0 - timedelta(days=2)))
        s.add(enrollment)
        s.commit()
        return int(sent.id or 0), int(waiting.id or 0)


def read_reply(ws: Workspace, *, in_reply_to: str = SENT_ID, uid: int = 1) -> None:
    raw = REPLY.format(date=format_datetime(T0 - timedelta(minutes=5)), in_reply_to=in_reply_to).replace("\n", "\r\n")
    row = handle(ws, mailbox="127.0.0.1/rep@example.com/INBOX", uidvalidity=1, uid=uid, mail=read_mail(raw.encode()), now=T0)
    assert row is not None and row.kind == "reply", row


def reply_alerts(ws: Workspace, channel: str) -> list[Alert]:
    with ws.db.session() as s:
        return list(s.exec(select(Alert).where(Alert.kind == "reply").where(Alert.channel == channel)
                           .order_by(col(Alert.id))).all())


@pytest.fixture
def slack() -> Iterator[SlackWebhookServer]:
    with SlackWebhookServer() as server:
        yield server


@pytest.fixture
def hubspot() -> Iterator[HubSpotServer]:
    with HubSpotServer() as server:
        yield server


def test_a_reply_reaches_slack_with_who_which_step_and_their_words(workspace: Workspace, slack: SlackWebhookServer) -> None:
    configure(workspace, slack_url=slack.webhook_url)
    seed_lead(workspace)
    _sent, waiting = in_sequence(workspace)
    read_reply(workspace)
    with workspace.db.session() as s:  # the reply did what it says: the sequence ended, step 3 withdrawn
        assert s.get(Draft, waiting).status == DraftStatus.WITHDRAWN  # type: ignore[union-attr]
        assert s.exec(select(Enrollment.exit_reason)).one() == "replied"

    report = deliver_due(workspace, now=T0 + timedelta(seconds=1))
    assert report.delivered == 1 and report.failed == 0, report.details
    (post,) = slack.posts
    text = slack.post_text(post)
    header = post["blocks"][0]
    assert header["type"] == "header"
    assert header["text"]["text"] == "Reply from Dana Buyer at Acme Robotics (sequence educate, step 2)"
    for expected in ("*Sequence*\neducate, step 2", "*E-mail*\ndana@acme.io", "*Owner*\nolive@example.com",
                     "*Re: The pricing guide* (in reply to: The pricing guide)",
                     "&gt; Hi Olive,", "&gt; thanks &lt;b&gt;for&lt;/b&gt; the guide: can we talk on Thursday at 10?",
                     "&gt; Our budget is set in April.", "Outrider ended educate and withdrew 1 pending draft(s) to them",
                     "https://outrider.example.com/leads?email=dana%40acme.io", "Outrider reply (event #"):
        assert expected in text, expected
    assert "Here is the pricing guide" not in text  # the quoted message is not the reply
    assert "MQL" not in text and "Score" not in text and "handoff" not in text
    assert post["text"].startswith("Reply from Dana Buyer at Acme Robotics (sequence educate, step 2): Hi Olive,")
    (row,) = reply_alerts(workspace, "slack")
    assert row.state == "delivered" and row.attempts == 1
    assert stage_of(workspace) != "handed_off"  # a reply alert hands nobody off
    assert deliver_due(workspace, now=T0 + timedelta(hours=1)).total == 0 and len(slack.posts) == 1
    listed = alerts_service.list_alerts(workspace.db)
    assert [(r["kind"], r["email"], r["state"], r["reason"], r["handoff_id"]) for r in listed if r["kind"] == "reply"] == [
        ("reply", LEAD, "delivered", "replied: Re: The pricing guide", None)
    ]
    assert alerts_service.get_alert(workspace.db, row.id or 0)["event_id"] == row.ref_id


def test_a_reply_reaches_the_owner_by_smtp(workspace: Workspace) -> None:
    handler = Recorder()
    with smtp_server(handler) as controller:
        configure(workspace, email_owner=True)
        use_smtp(workspace, controller.port)
        seed_lead(workspace)
        in_sequence(workspace)
        read_reply(workspace)
        # A second lead answers a message Outrider did not send in a sequence, matched by address.
        seed_lead(workspace, "sam.lee@acme.io", contact_owner="kim@example.com")
        raw = (REPLY.replace("Dana Buyer <dana@acme.io>", "Sam Lee <sam.lee@acme.io>").replace("<reply.1@", "<reply.2@")
               .replace("In-Reply-To: {in_reply_to}\nReferences: {in_reply_to}\n", ""))
        mail = read_mail(raw.format(date=format_datetime(T0)).replace("\n", "\r\n").encode())
        assert handle(workspace, mailbox="m", uidvalidity=1, uid=2, mail=mail, now=T0) is not None
        report = deliver_due(workspace, now=T0 + timedelta(seconds=1))
    assert report.delivered == 2, report.details
    by_to = {m["To"]: m for m in handler.messages()}
    assert set(by_to) == {"olive@example.com", "kim@example.com"}
    message = by_to["olive@example.com"]
    assert message["Subject"] == "Reply from Dana Buyer at Acme Robotics (sequence educate, step 2)"
    assert message["Auto-Submitted"] == "auto-generated"
    body = message.get_content().replace("\r\n", "\n")
    for expected in ("From: Dana Buyer <dana@acme.io>", "Title: VP Sales", "Account: Acme Robotics (acme.io)",
                     "Sequence: educate, step 2", "In reply to: The pricing guide", "Subject: Re: The pricing guide",
                     "> Hi Olive,\n> thanks <b>for</b> the guide: can we talk on Thursday at 10?\n> Our budget is set in April.",
                     "Outrider ended educate and withdrew 1 pending draft(s) to them",
                     "Open the lead: https://outrider.example.com/leads?email=dana%40acme.io",
                     "a lead you own replied"):
        assert expected in body, expected
    assert "MQL" not in body and "Score:" not in body and "Here is the pricing guide" not in body
    sam = by_to["kim@example.com"]
    assert sam["Subject"] == "Reply from Sam Lee at Acme Robotics"  # not a sequence step: none named
    assert "Sequence:" not in sam.get_content()
    assert "nothing was waiting to be stopped" in sam.get_content()
    rows = reply_alerts(workspace, "email")
    assert [r.state for r in rows] == ["delivered", "delivered"]
    assert {r.external_ref for r in rows} == {m["Message-ID"] for m in handler.messages()}


def test_a_reply_becomes_an_email_task_in_hubspot_without_touching_the_lifecycle(
    workspace: Workspace, hubspot: HubSpotServer
) -> None:
    contact_id = hubspot.add_contact(LEAD, firstname="Dana", lifecyclestage="lead")
    owner_id = hubspot.add_owner("olive@example.com")
    configure(workspace, hubspot=hubspot.base_url, hubspot_token=hubspot.token, update_lifecycle=True)
    seed_lead(workspace)
    in_sequence(workspace)
    read_reply(workspace)
    report = deliver_due(workspace, now=T0 + timedelta(seconds=1))
    assert report.delivered == 1, report.details
    (task,) = hubspot.tasks.values()
    props = task["properties"]
    assert props["hs_task_subject"] == "Reply: answer Dana Buyer (Acme Robotics), educate, step 2"
    assert props["hs_task_type"] == "EMAIL" and props["hs_task_priority"] == "HIGH"
    assert props["hubspot_owner_id"] == owner_id
    body = props["hs_task_body"]
    for expected in ("Reply from Dana Buyer at Acme Robotics (sequence educate, step 2)", "Sequence: educate, step 2",
                     "&gt; thanks &lt;b&gt;for&lt;/b&gt; the guide: can we talk on Thursday at 10?",
                     "Outrider ended educate and withdrew 1 pending draft(s) to them",
                     "https://outrider.example.com/leads?email=dana%40acme.io"):
        assert expected in body, expected
    assert "MQL" not in body and "Score" not in body
    assert task["associations"][0]["contact"] == contact_id
    # A reply is not a handoff: the lifecycle stage stays, even with update_lifecycle on.
    assert not hubspot.matching("PATCH", f"/crm/v3/objects/contacts/{contact_id}")
    assert hubspot.contacts[contact_id]["properties"]["lifecyclestage"] == "lead"
    (row,) = reply_alerts(workspace, "hubspot")
    assert row.state == "delivered" and row.external_ref == task["id"]


def test_a_reply_whose_event_is_gone_fails_with_a_reason(workspace: Workspace, slack: SlackWebhookServer) -> None:
    configure(workspace, slack_url=slack.webhook_url)
    seed_lead(workspace)
    with workspace.db.session() as s:
        contact = s.exec(select(Contact).where(Contact.email == LEAD)).one()
        s.add(Alert(kind="reply", ref_id=999_999, contact_id=contact.id, channel="slack", state="pending",
                    attempts=0, created_at=T0))
        s.commit()
    report = deliver_due(workspace, now=T0 + timedelta(seconds=1))
    assert report.failed == 1 and not slack.posts
    (row,) = reply_alerts(workspace, "slack")
    assert row.state == "failed" and row.last_error == "reply event 999999 or its lead no longer exists; nothing to deliver"
    assert any("alert" in line and "(reply event 999999," in line for line in report.details)
