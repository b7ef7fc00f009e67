"""Issue 10's "done when": sixty days of nurture played with `now`, with frequency caps and send
windows ON, every message delivered over real SMTP to an aiosmtpd sink, and every reply,
out-of-office notice and racing reply arriving in a real Dovecot mailbox read over IMAP.

The cast (the shipped demo library and sequences, the demo accounts and contacts):

* Ava (US, New York): educate; clicks the pricing guide after step 2 and branches to high_intent;
  the rep approves its step 1, the sequence approves the rest; when the first step the sequence
  approved itself is about to be claimed by the sender, her reply lands in the mailbox and is
  read first: that step is never sent.
* Priya (GB, London): educate; her out-of-office notice pauses her until her return date.
* Noah (US, New York): educate; he replies while his next step waits in the queue: he leaves
  every sequence, that draft is withdrawn, and his owner is told by e-mail.
* Hannah (DE, Berlin): educate, every step approved: the plain path.

What the sink received is the proof: no two messages to one person within 7 days, each inside
Mon-Fri 09:00-17:00 in the recipient's zone, none to a person after their reply, none during an
absence. Runs on SQLite and PostgreSQL; needs the `dovecot` binary (see tests/fakes/dovecot.py).
"""

from __future__ import annotations

import email
import json
import threading
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email import policy as email_policy
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from aiosmtpd.controller import Controller
from sqlmodel import col, select
from typer.testing import CliRunner

from agent.cli import app
from agent.config import Settings
from agent.delivery import sender as sender_module
from agent.delivery.alerts import deliver_due
from agent.delivery.sender import send_approved
from agent.services import inbox as inbox_service
from agent.services import leads, queue
from agent.services import nurture as service
from agent.services.accounts import import_accounts, import_contacts
from agent.store.models import Contact, Draft, Outbox, ReviewEvent
from agent.workspace import Workspace
from signals.engagement import EngagementIn
from tests.conftest import make_workspace
from tests.fakes.dovecot import Dovecot, free_port
from tests.integration.test_inbox import dovecot, mailbox  # noqa: F401  (fixtures: a real Dovecot, emptied per test)

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "agent" / "demo_data"
REP = "rep@example.com"
T0 = datetime(2030, 1, 7, 0, 0, tzinfo=UTC)  # a Monday
DAYS = 60
TICK_HOUR = 6
#: The sender runs four times a day: 07:00 (no cast member's window is open), 10:00 (London and
#: Berlin), 15:00 (all three zones) and 20:00 UTC (New York only). The inbox is read just before.
SEND_HOURS = (7, 10, 15, 20)
AVA, PRIYA, NOAH, HANNAH = (
    "ava.collins@latticeenergy.example",
    "priya@brightpath.example",
    "noah@rampflow.example",
    "hannah.vogel@copperleaf.example",
)
#: The zone each recipient's window is in, from their account's country (written out here, not
#: computed by the code under test).
ZONES = {
    AVA: ZoneInfo("America/New_York"),
    PRIYA: ZoneInfo("Europe/London"),
    NOAH: ZoneInfo("America/New_York"),
    HANNAH: ZoneInfo("Europe/Berlin"),
}
PRICING_URL = "https://outrider-demo.example/pricing/guide?utm_medium=email"
runner = CliRunner()


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return T0 + timedelta(days=day, hours=hour, minutes=minute)


# --------------------------------------------------------------------------- the peers


class Sink:
    """An aiosmtpd handler keeping every envelope (the SMTP server the workspace sends through)."""

    def __init__(self) -> None:
        self.envelopes: list[Any] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        with self.lock:
            self.envelopes.append(envelope)
        return "250 2.0.0 OK: queued"

    def received(self) -> list[tuple[list[str], EmailMessage]]:
        with self.lock:
            envelopes = list(self.envelopes)
        return [
            ([r.lower() for r in e.rcpt_tos], email.message_from_bytes(e.content, policy=email_policy.default))  # type: ignore[misc]
            for e in envelopes
        ]

    def to(self, address: str) -> list[EmailMessage]:
        return [m for rcpts, m in self.received() if address in rcpts]


@pytest.fixture
def sink() -> Iterator[tuple[Sink, int]]:
    handler = Sink()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), server_hostname="localhost")
    controller.start()
    try:
        yield handler, controller.port
    finally:
        controller.stop()


# --------------------------------------------------------------------------- mail that arrives


def incoming(*, sender: str, subject: str, when: datetime, in_reply_to: str, body: str, mid: str,
             headers: dict[str, str] | None = None) -> bytes:
    message = EmailMessage(policy=email_policy.SMTP)
    message["From"] = sender
    message["To"] = "Dana Rep <dana@example.com>"
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = mid
    message["In-Reply-To"] = in_reply_to
    message["References"] = in_reply_to
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    return message.as_bytes()


def out_of_office(to: EmailMessage, *, who: str, back: date, when: datetime) -> bytes:
    return incoming(
        sender=who, subject=f"Automatic reply: {to['Subject']}", when=when, in_reply_to=str(to["Message-ID"]),
        mid=f"<ooo.{when:%Y%m%d}@brightpath.example>", headers={"Auto-Submitted": "auto-replied"},
        body=f"Thank you for your message. I am out of the office until {back:%d %B %Y} with limited "
             "access to e-mail.\n",
    )


def human_reply(to: EmailMessage, *, who: str, when: datetime, text: str, tag: str) -> bytes:
    return incoming(
        sender=who, subject=f"Re: {to['Subject']}", when=when, in_reply_to=str(to["Message-ID"]),
        mid=f"<reply.{tag}.{when:%Y%m%d%H%M}@example.net>",
        body=f"{text}\n\nOn {to['Date']}, Dana Rep wrote:\n> {str(to.get_content()).splitlines()[0]}\n",
    )


# --------------------------------------------------------------------------- the workspace


def workspace(tmp_path: Path, db_url: str, *, smtp_port: int, imap: Dovecot) -> Workspace:
    sending = (  # the defaults, written out: caps and the window are ON
        "[sending]\nmax_per_contact_per_week = 1\nengaged_max_per_week = 2\nengaged_score = 50\n"
        'max_per_account_per_day = 3\nwindow = "mon-fri 09:00-17:00"\ntimezone = "UTC"\n\n'
    )
    inbox = (f'[inbox]\nhost = "127.0.0.1"\nport = {imap.port}\nsecurity = "none"\nusername = "{imap.user}"\n'
             "max_blind_minutes = 30\ntimeout_s = 10\n")
    ws = make_workspace(tmp_path / "ws", db_url, sending + inbox)
    ws.close()
    config = ws.path / "outrider.toml"
    text = config.read_text(encoding="utf-8")
    text = text.replace('transport = "file"', 'transport = "smtp"', 1)
    smtp_start = text.index("[smtp]\n")
    smtp_end = text.index("\n[", smtp_start + 1)
    text = (text[:smtp_start] + f'[smtp]\nhost = "127.0.0.1"\nport = {smtp_port}\nsecurity = "none"\ntimeout_s = 10\n'
            + text[smtp_end:])
    config.write_text(text, encoding="utf-8")
    for name in ("content.toml", "sequences.toml"):
        (ws.path / name).write_bytes((DEMO / name).read_bytes())
    settings = Settings(DATABASE_URL=db_url, IMAP_PASSWORD=imap.password)  # type: ignore[call-arg]
    ws = Workspace.open(ws.path, settings=settings)
    assert ws.config.sender.transport == "smtp" and ws.config.smtp.port == smtp_port
    import_accounts(ws.db, (DEMO / "accounts.csv").read_bytes(), filename="accounts.csv")
    import_contacts(ws, (DEMO / "contacts.csv").read_bytes(), filename="contacts.csv")
    return ws


# --------------------------------------------------------------------------- the test


def test_sixty_days_over_smtp_and_imap_with_caps_and_windows(
    tmp_path: Path, db_url: str, sink: tuple[Sink, int], mailbox: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    handler, smtp_port = sink
    ws = workspace(tmp_path, db_url, smtp_port=smtp_port, imap=mailbox)
    env = {"DATABASE_URL": db_url, "IMAP_PASSWORD": mailbox.password, "OUTRIDER_WORKSPACE": ""}

    def cli(*args: str) -> str:
        result = runner.invoke(app, ["-w", str(ws.path), *args], env=env)
        assert result.exit_code == 0, result.output
        return result.stdout

    def draft_rows(who: str, **where: Any) -> list[Draft]:
        with ws.db.session() as s:
            query = select(Draft).join(Contact, col(Contact.id) == Draft.contact_id).where(Contact.email == who)
            for key, value in where.items():
                query = query.where(getattr(Draft, key) == value)
            return list(s.exec(query.order_by(col(Draft.id))).all())

    def poll(now: datetime) -> inbox_service.PollReport:
        report = inbox_service.poll(ws, now=now)
        assert report.error is None, report.error
        return report

    # Day 0: the inbox is read once (its cursor starts), the first tick starts the entry cursor,
    # and the four leads are enrolled by the contract command.
    poll(at(0, 5))
    cli("tick", "--now", at(0, 5).isoformat())
    enrolled = cli("sequences", "enroll", AVA, PRIYA, NOAH, HANNAH, "--sequence", "educate", "--now", at(0, 5).isoformat())
    assert enrolled.count("enrolled") == 4 and "not enrolled" not in enrolled, enrolled

    # -- the race: Ava's reply is read between the sender choosing her step and claiming it -----
    clock: dict[str, datetime] = {}
    race: dict[str, Any] = {}
    real_message_id = sender_module.make_message_id

    def message_id_then_maybe_race(draft_id: int, sender_email: str) -> str:
        if not race:
            with ws.db.session() as s:
                draft = s.get(Draft, draft_id)
                contact = s.get(Contact, draft.contact_id) if draft and draft.contact_id else None
            if (draft is not None and contact is not None and contact.email == AVA and draft.sequence == "high_intent"
                    and draft.reviewed_by == "sequence:auto"):
                (last,) = handler.to(AVA)[-1:]
                when = clock["now"] - timedelta(minutes=1)
                mailbox.append(human_reply(last, who="Ava Collins <ava.collins@latticeenergy.example>", when=when,
                                           text="Thanks, this is useful. Can we talk on Thursday?", tag="ava"))
                race.update(draft_id=draft_id, at=clock["now"], poll=poll(clock["now"]))
        return real_message_id(draft_id, sender_email)

    monkeypatch.setattr(sender_module, "make_message_id", message_id_then_maybe_race)

    waits: list[str] = []
    clicked_at: datetime | None = None
    ooo: dict[str, Any] = {}
    noah: dict[str, Any] = {}
    approved_by_rep = 0
    mid_run_outbox: list[dict[str, Any]] = []
    for n in range(DAYS):
        # Ava clicks the pricing guide the morning after it reached her.
        if clicked_at is None and handler.to(AVA) and any(
                d.step == 2 and d.status == "sent" for d in draft_rows(AVA, sequence="educate")):
            clicked_at = at(n, 4)
            leads.record_events(ws, events=[EngagementIn(id="ava-click", type="email_click", email=AVA, url=PRICING_URL,
                                                         occurred_at=clicked_at)], now=clicked_at)
        # Priya's auto-reply to her first e-mail: away for ten days.
        if not ooo and handler.to(PRIYA):
            back = (at(n, 0) + timedelta(days=10)).date()
            ooo.update(at=at(n, 5), back=back)
            mailbox.append(out_of_office(handler.to(PRIYA)[0], who="Priya Raman <priya@brightpath.example>",
                                         back=back, when=at(n, 4, 30)))
            assert dict(poll(at(n, 5)).kinds) == {"out_of_office": 1}

        report = service.tick(ws, now=at(n, TICK_HOUR))
        assert report.problems == [], report.problems
        assert service.tick(ws, now=at(n, TICK_HOUR)).drafted == 0, f"day {n}: a second tick at the same time drafted"

        # Noah replies while his third step waits in the queue (after two e-mails reached him).
        if not noah and len(handler.to(NOAH)) >= 2:
            waiting = draft_rows(NOAH, status="pending")
            if waiting:
                when = at(n, TICK_HOUR, 20)
                mailbox.append(human_reply(handler.to(NOAH)[-1], who="Noah Price <noah@rampflow.example>", when=when,
                                           text="Hi Dana,\nnot right now, but send me the pricing in March.\nNoah",
                                           tag="noah"))
                noah.update(at=when, pending=[d.id for d in waiting], poll=poll(when + timedelta(minutes=5)))
                assert dict(noah["poll"].kinds) == {"reply": 1}, noah["poll"].lines

        for view in queue.list_drafts(ws.db):
            if view.draft.kind == "sequence":
                queue.approve(ws, draft_id=view.draft.id or 0, reviewer=REP, now=at(n, TICK_HOUR, 30))
                approved_by_rep += 1

        for hour in SEND_HOURS:
            now = at(n, hour)
            poll(now - timedelta(minutes=5))
            clock["now"] = now
            sent = send_approved(ws, now=now)
            assert sent.failed == sent.unknown == 0, sent.details
            waits += [line for line in sent.details if ": waits, " in line]
            if sent.scheduled and not mid_run_outbox:  # the contract's view of what waits
                mid_run_outbox = json.loads(cli("outbox", "list", "--json"))
        # The owner alerts (Noah's reply) go through the same SMTP server.
        deliver_due(ws, now=at(n, 21))

    # ------------------------------------------------------------------ what the sink received
    cast = (AVA, PRIYA, NOAH, HANNAH)
    to_leads: dict[str, list[tuple[datetime, EmailMessage]]] = defaultdict(list)
    others: list[tuple[list[str], EmailMessage]] = []
    for rcpts, message in handler.received():
        (who,) = rcpts
        if who in cast:
            assert message["To"].addresses[0].addr_spec == who
            to_leads[who].append((parsedate_to_datetime(message["Date"]), message))
        else:
            others.append((rcpts, message))
    assert set(to_leads) == set(cast)
    assert sum(len(v) for v in to_leads.values()) >= 12, {k: len(v) for k, v in to_leads.items()}

    for who, items in to_leads.items():
        items.sort(key=lambda i: i[0])
        zone = ZONES[who]
        for when, message in items:
            local = when.astimezone(zone)
            # The window: Monday to Friday, 09:00-17:00 where the recipient is.
            assert local.weekday() < 5 and 9 <= local.hour < 17, (who, local.isoformat(), message["Subject"])
        # The weekly cap: no two messages to one person within 7 days.
        for (first, _), (second, m2) in zip(items, items[1:], strict=False):
            assert second - first >= timedelta(days=7), (who, first.isoformat(), second.isoformat(), m2["Subject"])
    # Both holds were exercised, not just never needed.
    assert any("outside Mon-Fri 09:00-17:00" in line for line in waits), waits[:5]
    assert any("cap" in line for line in waits), waits[:5]
    scheduled = [r for r in mid_run_outbox if r["state"] == "scheduled"]
    assert scheduled and all(r["not_before"] for r in scheduled), mid_run_outbox

    def status(who: str) -> list[tuple[str, str, str | None]]:
        rows = json.loads(cli("sequences", "status", who, "--json"))
        assert all({"sequence", "state", "step", "exit_reason"} <= set(r) for r in rows)
        return [(r["sequence"], r["state"], r["exit_reason"]) for r in rows]

    # -- Ava: the pricing click branched her; the racing reply stopped the approved step -------
    assert clicked_at is not None
    assert status(AVA) == [("educate", "exited", "branched"), ("high_intent", "exited", "replied")]
    branch = next(p for p in service.path(ws, email=AVA) if p["action"] == "branched")
    assert "clicked https://outrider-demo.example/pricing/guide" in branch["detail"]
    assert race, "Ava's high_intent never reached a step approved by the sequence"
    assert dict(race["poll"].kinds) == {"reply": 1}, race["poll"].lines
    with ws.db.session() as s:
        raced = s.get(Draft, race["draft_id"])
        raced_out = s.exec(select(Outbox).where(Outbox.draft_id == race["draft_id"])).one()
        audit = s.exec(select(ReviewEvent).where(ReviewEvent.draft_id == race["draft_id"])
                       .where(ReviewEvent.action == "withdrawn")).one()
    assert raced is not None and raced.status == "withdrawn"
    assert raced_out.state == "cancelled" and raced_out.message_id is None and raced_out.sent_at is None
    assert audit.reason.startswith("the lead replied on")
    assert all(when < race["at"] for when, _ in to_leads[AVA]), "a message reached Ava after her reply"
    assert any(d.reviewed_by == REP and d.status == "sent" for d in draft_rows(AVA, sequence="high_intent"))

    # -- Priya: paused while away, resumed after -----------------------------------------------
    assert ooo, "Priya never got a first e-mail"
    back_utc = datetime.combine(ooo["back"], datetime.min.time(), tzinfo=ZONES[PRIYA])
    assert not [w for w, _ in to_leads[PRIYA] if ooo["at"] <= w < back_utc]
    assert [w for w, _ in to_leads[PRIYA] if w >= back_utc], "nothing reached Priya after she was back"
    actions = [p["action"] for p in service.path(ws, email=PRIYA)]
    assert actions.count("paused") == 1 and actions.count("resumed") == 1, actions

    # -- Noah: his reply ended every sequence and withdrew the waiting step ---------------------
    assert noah, "Noah never had a step waiting in the queue after two e-mails"
    noah_rows = status(NOAH)
    assert noah_rows and all(state == "exited" and reason == "replied" for _, state, reason in noah_rows[-1:])
    assert not [r for r in noah_rows if r[1] in ("active", "waiting", "paused")]
    with ws.db.session() as s:
        for draft_id in noah["pending"]:
            assert s.get(Draft, draft_id).status == "withdrawn"  # type: ignore[union-attr]
            why = s.exec(select(ReviewEvent.reason).where(ReviewEvent.draft_id == draft_id)
                         .where(ReviewEvent.action == "withdrawn")).one()
            assert why.startswith(f"the lead replied on {noah['at']:%Y-%m-%d}")
    assert all(when < noah["at"] for when, _ in to_leads[NOAH])
    # His owner heard of it through the alert outbox, over the same SMTP server: who replied, to
    # which step, the first lines of the reply, what stopped.
    owner_mail = [(rcpts, m) for rcpts, m in others if str(m["Subject"]).strip().startswith("Reply from Noah Price")]
    assert len(owner_mail) == 1, [(r, m["Subject"]) for r, m in others]
    (owner,), message = owner_mail[0]
    body = message.get_content().replace("\r\n", "\n")
    assert owner == "sam@example.com", owner  # Ramp Flow's owner
    assert "(sequence educate, step " in str(message["Subject"])
    assert "> not right now, but send me the pricing in March." in body
    assert "Outrider ended educate and withdrew 1 pending draft(s) to them" in body
    # Ava's owner was told of hers too; no other alert went out.
    assert sorted(str(m["Subject"]).strip().split(" at ")[0] for _, m in others) == ["Reply from Ava Collins", "Reply from Noah Price"]

    # -- Hannah: the plain path, approved step by step -------------------------------------------
    assert len(to_leads[HANNAH]) >= 4
    assert approved_by_rep >= 10
    # Every step that reached a lead left through SMTP with the Message-ID the outbox stored.
    with ws.db.session() as s:
        stored = {o.message_id for o in s.exec(select(Outbox).where(col(Outbox.sent_at).is_not(None))).all()}
    assert {str(m["Message-ID"]) for items in to_leads.values() for _, m in items} <= stored
    ws.close()
