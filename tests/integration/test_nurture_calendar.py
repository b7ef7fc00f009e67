"""Sixty days of the shipped demo sequences, played with `now`: enrol, tick, approve, send to the file
transport, and watch four leads take four paths (a pricing click that branches to high_intent and
ends in a reply, an ignored step that expires, an out-of-office pause, an entry by a download that
ends in an unsubscribe, and no opens after three e-mails moving a lead to re-engagement). Runs on
SQLite and PostgreSQL."""

from __future__ import annotations

import email
import json
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from email import policy as email_policy
from email.utils import parsedate_to_datetime
from pathlib import Path

from sqlmodel import col, select
from typer.testing import CliRunner

from agent.cli import app
from agent.delivery.sender import send_approved
from agent.leads import hooks
from agent.nurture.decide import add_days
from agent.services import leads
from agent.services import nurture as service
from agent.services import queue
from agent.services.accounts import import_accounts, import_contacts
from agent.store.models import Contact, Draft, Enrollment, Outbox, ReviewEvent
from signals.engagement import EngagementIn
from tests.conftest import make_workspace

#: These tests are about the engine, not caps (tests/integration/test_caps_sending.py holds those).
NO_CAPS = '[sending]\nwindow = "always"\nmax_per_contact_per_week = 1000\nengaged_max_per_week = 1000\n'

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "agent" / "demo_data"
REP = "rep@example.com"
T0 = datetime(2030, 1, 7, 9, 0, tzinfo=UTC)  # a Monday
AVA, PRIYA, NOAH, HANNAH = (
    "ava.collins@latticeenergy.example",
    "priya@brightpath.example",
    "noah@rampflow.example",
    "hannah.vogel@copperleaf.example",
)


def day(n: int, hour: int = 9) -> datetime:
    return T0 + timedelta(days=n, hours=hour - 9)


def test_sixty_days_of_sequences(tmp_path: Path, db_url: str) -> None:
    ws = make_workspace(tmp_path / "ws", db_url, NO_CAPS)
    for name in ("content.toml", "sequences.toml"):
        (ws.path / name).write_bytes((DEMO / name).read_bytes())
    import_accounts(ws.db, (DEMO / "accounts.csv").read_bytes(), filename="accounts.csv")
    import_contacts(ws, (DEMO / "contacts.csv").read_bytes(), filename="contacts.csv")
    env = {"DATABASE_URL": db_url}
    cli = CliRunner()

    def run(*args: str) -> str:
        result = cli.invoke(app, ["-w", str(ws.path), *args], env=env)
        assert result.exit_code == 0, result.output
        return result.stdout

    # Day 0: the first tick starts the entry cursor; three leads are enrolled by hand.
    run("tick", "--now", day(0).isoformat())
    run("sequences", "enroll", AVA, PRIYA, NOAH, "--sequence", "educate", "--now", day(0).isoformat())
    with ws.db.session() as s:
        hannah_id = s.exec(select(Contact.id).where(Contact.email == HANNAH)).one()

    def record(key: str, type_: str, who: str, when: datetime, url: str | None = None) -> None:
        leads.record_events(ws, events=[EngagementIn(id=key, type=type_, email=who, url=url, occurred_at=when)], now=when)

    ignored_steps = {(PRIYA, "educate", 2)}  # the rep never looks at Priya's second step
    sends_per_day: list[int] = []
    for n in range(60):
        now = day(n)
        if n == 1:
            record("dl-hannah", "content_download", HANNAH, day(1, 8), "https://outrider-demo.example/guides/buying-signals")
        if n == 2:
            with ws.db.write_session() as s:  # the inbox reads an auto-reply: away until day 16
                noah = s.exec(select(Contact).where(Contact.email == NOAH)).one()
                hooks.out_of_office(s, hooks.OutOfOffice(contact_id=noah.id, until=day(16, 0), at=day(2, 8)))
                s.commit()
        if n == 6:
            record("open-hannah", "email_open", HANNAH, day(6, 8))  # she reads: no re-engagement for her
        if n == 8:
            record("click-ava", "email_click", AVA, day(8, 8), "https://outrider-demo.example/pricing/guide?utm_medium=email")
        if n == 26:
            record("bye-hannah", "unsubscribe", HANNAH, day(26, 8))

        report = service.tick(ws, now=now)
        assert report.problems == [], report.problems
        assert service.tick(ws, now=now).drafted == 0, f"day {n}: a second tick at the same time drafted"
        for view in queue.list_drafts(ws.db):
            d = view.draft
            if d.kind != "sequence" or (view.contact.email, d.sequence, d.step) in ignored_steps:
                continue
            queue.approve(ws, draft_id=d.id, reviewer=REP, now=now)
        if n == 22:
            # Ava replies after her (auto-approved) step 4 was queued, before the sender's run.
            record("reply-ava", "reply", AVA, day(22, 9) + timedelta(minutes=30))
        sends_per_day.append(send_approved(ws, now=day(n, 10)).sent)

    # -- what each lead went through ---------------------------------------------------------
    def status(who: str) -> list[tuple[str, str, str | None]]:
        return [(r["sequence"], r["state"], r["exit_reason"]) for r in service.status(ws, email=who)]

    def actions(who: str) -> list[str]:
        return [p["action"] for p in service.path(ws, email=who)]

    assert status(AVA) == [("educate", "exited", "branched"), ("high_intent", "exited", "replied")]
    ava_path = service.path(ws, email=AVA)
    branch = next(p for p in ava_path if p["action"] == "branched")
    assert branch["step"] == 3 and "clicked https://outrider-demo.example/pricing/guide" in branch["detail"]
    assert "auto_approved" in actions(AVA)
    assert status(PRIYA)[0][1:] == ("completed", "completed")
    assert "expired" in actions(PRIYA)
    # Noah was away, then opened none of three e-mails: the re-engagement track took over.
    assert status(NOAH)[0] == ("educate", "exited", "branched") and status(NOAH)[1][0] == "re_engage"
    assert service.status(ws, email=NOAH)[0]["exit_detail"] == "moved to re_engage: opened none of the 3 e-mails sent"
    assert ["paused", "resumed"] == [a for a in actions(NOAH) if a in ("paused", "resumed")]
    assert status(HANNAH) == [("educate", "exited", "unsubscribed")]
    assert service.status(ws, email=HANNAH)[0]["entered_by"].startswith("event content_download")

    with ws.db.session() as s:
        rows = s.exec(
            select(Draft, Outbox, Contact.email, Enrollment)
            .join(Contact, col(Contact.id) == Draft.contact_id)
            .join(Enrollment, col(Enrollment.id) == Draft.enrollment_id)
            .outerjoin(Outbox, col(Outbox.draft_id) == Draft.id)
            .where(Draft.kind == "sequence").order_by(col(Draft.id))
        ).all()
        audit = {(e.draft_id, e.action): e for e in s.exec(select(ReviewEvent)).all()}

    sent = defaultdict(list)
    for draft, outbox, who, _enrollment in rows:
        if outbox is not None and outbox.sent_at is not None:
            sent[who].append((outbox.sent_at, draft))
    # Ava's high_intent step 2 on was approved by the sequence and still listed as sent.
    auto = [d for d, o, who, _ in rows if who == AVA and d.reviewed_by == "sequence:auto"]
    assert auto and all(d.status in ("sent", "withdrawn") for d in auto)
    assert any(d.status == "sent" for d in auto)
    # The reply withdrew what was pending (or approved and unsent), with the reason shown.
    after_reply = [(d, o) for d, o, who, _ in rows if who == AVA and d.status == "withdrawn"]
    assert all(o is None or o.state == "cancelled" for _, o in after_reply)
    for d, _ in after_reply:
        assert audit[(d.id, "withdrawn")].reason.startswith("the lead replied on 2030-01-29")
    # The step approved by the sequence that morning lost the race to the reply: cancelled, not sent.
    assert [(d.sequence, d.reviewed_by, o.state) for d, o in after_reply] == [("high_intent", "sequence:auto", "cancelled")]
    assert all(at <= day(22, 9) for at, _ in sent[AVA])  # nothing to Ava after her reply
    # Priya's ignored step expired and was never sent.
    priya_expired = [d for d, o, who, _ in rows if who == PRIYA and d.status == "expired"]
    assert [d.step for d in priya_expired] == [2] and all(o is None for d, o, who, _ in rows if d in priya_expired)
    # Noah got nothing while away (day 2 to day 16).
    assert not [at for at, _ in sent[NOAH] if day(2, 8) <= at < day(16, 0)]
    assert all(at <= day(26, 8) for at, _ in sent[HANNAH])
    # Within one enrolment, each step went out no sooner than its wait after the one before.
    seqs = service.load(ws).definitions
    for who, items in sent.items():
        by_enrollment = defaultdict(list)
        for at, d in sorted(items, key=lambda i: i[0]):
            by_enrollment[d.enrollment_id].append((at, d))
        for items_ in by_enrollment.values():
            for (at1, d1), (at2, d2) in zip(items_, items_[1:], strict=False):
                seq = seqs.get(d2.sequence)
                wait = seq.step(d2.step).wait_days
                assert at2 >= add_days(at1, wait, business=seq.business_days), (who, d1.step, d2.step)

    # Every sent message is a file in the outbox folder, addressed to its lead, dated in the calendar.
    files = sorted(ws.outbox_dir.glob("*.eml"))
    assert len(files) == sum(sends_per_day) == sum(len(v) for v in sent.values())
    for path in files:
        message = email.message_from_bytes(path.read_bytes(), policy=email_policy.default)
        assert message["To"].addresses[0].addr_spec in sent
        assert day(0) <= parsedate_to_datetime(message["Date"]) <= day(59, 10)

    # The contract commands read the same state.
    rows_json = json.loads(run("sequences", "status", AVA, "--json"))
    assert [(r["sequence"], r["state"], r["exit_reason"]) for r in rows_json] == status(AVA)
    assert {"sequence", "state", "step", "exit_reason"} <= set(rows_json[0])
    assert json.loads(run("tick", "--now", day(59).isoformat(), "--json"))["drafted"] == 0
    ws.close()
