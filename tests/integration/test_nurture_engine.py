"""The nurture engine on a real store (SQLite and PostgreSQL): enrolment, tick, steps through the
queue and the outbox, branches, expiry, review "first", exits that act at once, pauses, entries."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select
from typer.testing import CliRunner

from agent.cli import app
from agent.delivery.sender import send_approved
from agent.leads import hooks
from agent.services import leads
from agent.services import nurture as service
from agent.services import queue
from agent.services.accounts import import_accounts, import_contacts
from agent.store.models import Contact, Draft, DraftStatus, Outbox, OutboxState, ReviewEvent
from agent.workspace import Workspace
from signals.engagement import EngagementIn
from tests.conftest import make_workspace

#: These tests are about the engine, not caps (tests/integration/test_caps_sending.py holds those).
NO_CAPS = '[sending]\nwindow = "always"\nmax_per_contact_per_week = 1000\nengaged_max_per_week = 1000\n'

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "agent" / "demo_data"
REP = "rep@example.com"
T0 = datetime(2030, 1, 7, 9, 0, tzinfo=UTC)  # a Monday

SEQUENCES = """
[[sequences]]
name = "educate"
purpose = "educate"
entry = { events = ["content_download"], stages = ["dormant"], signals = ["funding"] }
approve_within_days = 3

[[sequences.steps]]
wait_days = 0
stage = "awareness"

[[sequences.steps]]
wait_days = 2
asset = "pricing-guide"

[[sequences.steps]]
wait_days = 2
stage = "evaluation"
branches = [{ clicked = "pricing", goto = "high_intent" }]

[[sequences.steps]]
wait_days = 2
stage = "awareness"

[[sequences]]
name = "high_intent"
purpose = "high_intent"
review = "first"
approve_within_days = 2

[[sequences.steps]]
wait_days = 0
stage = "purchase"

[[sequences.steps]]
wait_days = 1
stage = "evaluation"

[[sequences.steps]]
wait_days = 1
stage = "purchase"

[[sequences.steps]]
wait_days = 1
stage = "evaluation"
"""

ACCOUNTS = b"""name,domain,industry,employees,country
Northwind Analytics,northwind.example,Software,420,US
Brightpath Payments,brightpath.example,Financial Services,1200,GB
"""
CONTACTS = b"""first_name,last_name,email,title,company,domain
Maya,Okafor,maya@northwind.example,VP of Sales,Northwind Analytics,northwind.example
Priya,Raman,priya@brightpath.example,Head of Revenue Operations,Brightpath Payments,brightpath.example
Leo,Brandt,leo@northwind.example,Software Engineer,Northwind Analytics,northwind.example
Nobody,Home,nobody@nowhere.example,VP Sales,Nowhere Inc,
"""
MAYA, PRIYA, LEO = "maya@northwind.example", "priya@brightpath.example", "leo@northwind.example"


def nurture_workspace(path: Path, db_url: str, sequences: str = SEQUENCES) -> Workspace:
    ws = make_workspace(path, db_url, NO_CAPS)
    shutil.copy(DEMO / "content.toml", ws.path / "content.toml")
    (ws.path / "sequences.toml").write_text(sequences, encoding="utf-8")
    import_accounts(ws.db, ACCOUNTS, filename="accounts.csv")
    import_contacts(ws, CONTACTS, filename="contacts.csv")
    return ws


@pytest.fixture
def ws(tmp_path: Path, db_url: str) -> Iterator[Workspace]:
    workspace = nurture_workspace(tmp_path / "ws", db_url)
    yield workspace
    workspace.close()


def day(n: float) -> datetime:
    return T0 + timedelta(days=n)


def event(ws: Workspace, key: str, type_: str, email: str, when: datetime, url: str | None = None, **props) -> None:  # type: ignore[no-untyped-def]
    leads.record_events(ws, events=[EngagementIn(id=key, type=type_, email=email, url=url, occurred_at=when,
                                                 properties=props)], now=when)


def drafts(ws: Workspace, email: str | None = None) -> list[Draft]:
    with ws.db.session() as s:
        query = select(Draft).where(Draft.kind == "sequence").order_by(col(Draft.id))
        rows = list(s.exec(query).all())
    if email is None:
        return rows
    ids = {v.draft.id for v in queue.list_drafts(ws.db, status=None) if v.contact and v.contact.email == email}
    return [d for d in rows if d.id in ids]


def states(ws: Workspace, email: str) -> list[tuple[str, str, int, str | None]]:
    return [(r["sequence"], r["state"], r["step"], r["exit_reason"]) for r in service.status(ws, email=email)]


def approve_and_send(ws: Workspace, draft_id: int, when: datetime) -> None:
    queue.approve(ws, draft_id=draft_id, reviewer=REP, now=when)
    report = send_approved(ws, now=when)
    assert report.sent >= 1, report.details


# --------------------------------------------------------------------------- enrol, tick, steps


def test_a_manual_enrolment_drafts_step_one_once_and_walks_the_steps(ws: Workspace) -> None:
    result = service.enroll(ws, emails=[MAYA], sequence="educate", actor=REP, now=T0)
    assert result == [{"email": MAYA, "enrolled": True, "sequence": "educate", "round": 1, "next_at": T0.isoformat()}]
    first = service.tick(ws, now=T0)
    assert first.drafted == 1 and first.problems == []
    assert service.tick(ws, now=T0).drafted == 0  # idempotent at the same now
    assert service.tick(ws, now=day(1)).drafted == 0  # waiting on the rep
    (step1,) = drafts(ws)
    assert (step1.sequence, step1.step, step1.status) == ("educate", 1, "pending")
    assert step1.expires_at == day(3)
    listed = next(v.as_json() for v in queue.list_drafts(ws.db) if v.draft.id == step1.id)
    assert (listed["kind"], listed["sequence"], listed["step"], listed["signal"]) == ("sequence", "educate", 1, None)
    assert "https://outrider-demo.example/guides/buying-signals" in step1.body  # first awareness asset for VP Sales
    assert states(ws, MAYA) == [("educate", "waiting", 1, None)]

    approve_and_send(ws, step1.id, day(1))
    assert service.tick(ws, now=day(2)).drafted == 0  # the wait counts from the send: due on day 3
    report = service.tick(ws, now=day(3))
    assert report.settled == 0 and report.drafted == 1
    step2 = drafts(ws)[-1]
    assert step2.step == 2 and "https://outrider-demo.example/pricing/guide" in step2.body
    path = [(p["action"], p["step"]) for p in service.path(ws, email=MAYA)]
    assert path == [("enrolled", None), ("drafted", 1), ("settled", 1), ("drafted", 2)]


def test_an_unapproved_step_expires_is_never_sent_and_the_sequence_moves_on(ws: Workspace) -> None:
    service.enroll(ws, emails=[PRIYA], sequence="educate", actor=REP, now=T0)
    service.tick(ws, now=T0)
    (step1,) = drafts(ws)
    with pytest.raises(queue.Conflict, match="expired at 2030-01-10 09:00 UTC"):
        queue.approve(ws, draft_id=step1.id, reviewer=REP, now=day(3))
    report = service.tick(ws, now=day(3))
    assert report.expired == 1 and report.settled == 1 and report.drafted == 0
    with ws.db.session() as s:
        assert s.get(Draft, step1.id).status == DraftStatus.EXPIRED
        audit = s.exec(select(ReviewEvent).where(ReviewEvent.draft_id == step1.id)).all()
    assert [a.action for a in audit] == ["expired"] and "never sent late" in (audit[0].reason or "")
    with pytest.raises(queue.Conflict):
        queue.approve(ws, draft_id=step1.id, reviewer=REP, now=day(1))
    assert service.tick(ws, now=day(5)).drafted == 1  # step 2, two days after the expiry was learnt
    assert send_approved(ws, now=day(5)).sent == 0


def test_a_pricing_click_takes_the_branch_to_high_intent_and_review_first_approves_later_steps(ws: Workspace) -> None:
    service.enroll(ws, emails=[MAYA], sequence="educate", actor=REP, now=T0)
    service.tick(ws, now=T0)
    approve_and_send(ws, drafts(ws)[-1].id, T0)
    service.tick(ws, now=day(2))
    approve_and_send(ws, drafts(ws)[-1].id, day(2))
    event(ws, "click-1", "email_click", MAYA, day(3), url="https://outrider-demo.example/pricing/guide?utm_source=outrider")
    report = service.tick(ws, now=day(4))
    assert report.branched == 1 and report.drafted == 1
    assert states(ws, MAYA) == [("educate", "exited", 2, "branched"), ("high_intent", "waiting", 1, None)]
    hi1 = drafts(ws)[-1]
    assert (hi1.sequence, hi1.step, hi1.status) == ("high_intent", 1, "pending")  # the rep approves step 1
    approve_and_send(ws, hi1.id, day(4))
    report = service.tick(ws, now=day(5))
    assert report.drafted == 1 and report.auto_approved == 1
    hi2 = drafts(ws)[-1]
    assert (hi2.step, hi2.status, hi2.reviewed_by) == (2, "approved", "sequence:auto")
    assert send_approved(ws, now=day(5)).sent == 1
    assert drafts(ws)[-1].status == "sent"
    detail = service.status(ws, email=MAYA)[0]["exit_detail"]
    assert detail.startswith("moved to high_intent: clicked https://outrider-demo.example/pricing/guide")


def test_review_first_needs_a_rep_on_step_one(ws: Workspace) -> None:
    service.enroll(ws, emails=[MAYA], sequence="high_intent", actor=REP, now=T0)
    service.tick(ws, now=T0)
    queue.reject(ws.db, draft_id=drafts(ws)[-1].id, reviewer=REP, reason="not now")
    service.tick(ws, now=day(1))  # learns of the rejection: step 2 is due a day later
    assert service.tick(ws, now=day(2)).drafted == 1
    assert drafts(ws)[-1].step == 2 and drafts(ws)[-1].status == "pending"  # nobody blessed step 1


# --------------------------------------------------------------------------- exits act at once


def test_a_reply_exits_at_once_withdrawing_the_pending_step_and_cancelling_an_unsent_one(ws: Workspace) -> None:
    service.enroll(ws, emails=[MAYA], sequence="educate", actor=REP, now=T0)
    service.tick(ws, now=T0)
    approve_and_send(ws, drafts(ws)[-1].id, T0)
    service.tick(ws, now=day(2))
    step2 = drafts(ws)[-1]
    queue.approve(ws, draft_id=step2.id, reviewer=REP, now=day(2))  # approved, not yet sent
    event(ws, "reply-1", "reply", MAYA, day(2) + timedelta(hours=1))
    assert states(ws, MAYA) == [("educate", "exited", 2, "replied")]
    with ws.db.session() as s:
        draft = s.get(Draft, step2.id)
        outbox = s.exec(select(Outbox).where(Outbox.draft_id == step2.id)).one()
        audit = s.exec(select(ReviewEvent).where(ReviewEvent.draft_id == step2.id).order_by(col(ReviewEvent.id))).all()
    assert draft.status == DraftStatus.WITHDRAWN and outbox.state == OutboxState.CANCELLED
    assert outbox.error == audit[-1].reason
    assert audit[-1].reason.startswith("the lead replied on 2030-01-09; the educate sequence stopped")
    assert send_approved(ws, now=day(3)).sent == 0  # the reply won the race against the send
    assert service.tick(ws, now=day(10)).drafted == 0


def test_an_approved_step_already_sending_is_not_taken_back(ws: Workspace) -> None:
    service.enroll(ws, emails=[MAYA], sequence="educate", actor=REP, now=T0)
    service.tick(ws, now=T0)
    step1 = drafts(ws)[-1]
    queue.approve(ws, draft_id=step1.id, reviewer=REP, now=T0)
    with ws.db.session() as s:  # a sender has claimed it
        row = s.exec(select(Outbox).where(Outbox.draft_id == step1.id)).one()
        row.state = OutboxState.SENDING
        s.add(row)
        s.commit()
    event(ws, "reply-2", "reply", MAYA, day(1))
    with ws.db.session() as s:
        assert s.exec(select(Outbox.state).where(Outbox.draft_id == step1.id)).one() == OutboxState.SENDING
        assert s.get(Draft, step1.id).status == DraftStatus.APPROVED


@pytest.mark.parametrize(("stage", "reason"), [("mql", "mql"), ("customer", "customer"), ("disqualified", "disqualified")])
def test_a_stage_that_ends_sequences_exits_and_withdraws(ws: Workspace, stage: str, reason: str) -> None:
    service.enroll(ws, emails=[PRIYA], sequence="educate", actor=REP, now=T0)
    service.tick(ws, now=T0)
    leads.set_stage(ws, email=PRIYA, stage=stage, reason="the CRM says so", actor=REP, now=day(1))
    assert states(ws, PRIYA) == [("educate", "exited", 1, reason)]
    assert drafts(ws)[-1].status == DraftStatus.WITHDRAWN


def test_unsubscribe_and_hard_bounce_exit_a_soft_bounce_does_not(ws: Workspace) -> None:
    service.enroll(ws, emails=[MAYA, PRIYA], sequence="educate", actor=REP, now=T0)
    event(ws, "soft", "bounce", MAYA, day(1), bounce_type="soft")
    assert states(ws, MAYA)[0][1] == "active"
    event(ws, "hard", "bounce", MAYA, day(1), bounce_type="hard")
    event(ws, "bye", "unsubscribe", PRIYA, day(1))
    assert states(ws, MAYA)[0][3] == "bounced" and states(ws, PRIYA)[0][3] == "unsubscribed"


def test_stop_by_hand_and_the_one_live_sequence_rule(ws: Workspace) -> None:
    service.enroll(ws, emails=[MAYA], sequence="educate", actor=REP, now=T0)
    refused = service.enroll(ws, emails=[MAYA], sequence="high_intent", actor=REP, now=T0)
    assert refused[0]["enrolled"] is False and "already in sequence educate" in refused[0]["reason"]
    assert service.stop(ws, email=MAYA, actor=REP, now=day(1)) == 1
    assert states(ws, MAYA) == [("educate", "exited", 0, "stopped")]
    with pytest.raises(service.NurtureError, match="is not in any sequence"):
        service.stop(ws, email=MAYA, actor=REP, now=day(1))
    again = service.enroll(ws, emails=[MAYA], sequence="educate", actor=REP, now=day(2))
    assert "it has no reenroll_after_days" in again[0]["reason"]
    nobody = service.enroll(ws, emails=["nobody@nowhere.example", "ghost@x.example"], sequence="educate", actor=REP)
    assert "has no account" in nobody[0]["reason"] and "no such contact" in nobody[1]["reason"]


# --------------------------------------------------------------------------- pauses and entries


def test_out_of_office_pauses_until_the_return_date(ws: Workspace) -> None:
    service.enroll(ws, emails=[MAYA], sequence="educate", actor=REP, now=T0)
    service.tick(ws, now=T0)
    approve_and_send(ws, drafts(ws)[-1].id, T0)
    with ws.db.write_session() as s:
        contact_id = s.exec(select(Contact.id).where(Contact.email == MAYA)).one()
        hooks.out_of_office(s, hooks.OutOfOffice(contact_id=contact_id, until=day(9), at=day(1)))
        s.commit()
    assert states(ws, MAYA) == [("educate", "paused", 1, None)]
    assert service.tick(ws, now=day(4)).drafted == 0
    report = service.tick(ws, now=day(9))
    assert report.resumed == 1 and report.drafted == 1
    assert [p["action"] for p in service.path(ws, email=MAYA)][-4:] == ["paused", "resumed", "settled", "drafted"]


def test_entries_from_events_stage_changes_and_signals_start_at_the_first_tick(ws: Workspace) -> None:
    event(ws, "early", "content_download", MAYA, T0)  # before the first tick: enrols nobody
    assert service.tick(ws, now=T0).entered == 0
    event(ws, "dl", "content_download", MAYA, day(1))
    leads.set_stage(ws, email=LEO, stage="dormant", reason="quiet", actor=REP, now=day(1))
    report = service.tick(ws, now=day(1))
    assert report.entered == 2 and report.drafted == 2
    assert states(ws, MAYA)[0][:2] == ("educate", "waiting")
    assert service.status(ws, email=MAYA)[0]["entered_by"].startswith("event content_download")
    assert service.status(ws, email=LEO)[0]["entered_by"].startswith("stage dormant")
    assert service.tick(ws, now=day(1)).entered == 0


def test_a_routed_funding_signal_enrols_the_chosen_recipient(ws: Workspace) -> None:
    from agent.store.models import Account, Signal

    service.tick(ws, now=T0)
    with ws.db.session() as s:
        account = s.exec(select(Account).where(Account.domain == "brightpath.example")).one()
        s.add(Signal(kind="funding", source="test", dedup_key="x" * 64, ref="r", occurred_at=T0, title="Brightpath raises",
                     account_id=account.id, status="drafted"))
        s.add(Signal(kind="funding", source="test", dedup_key="y" * 64, ref="r", occurred_at=T0, title="Unrouted",
                     status="new"))
        s.commit()
    report = service.tick(ws, now=day(1))
    assert report.entered == 1 and states(ws, PRIYA)[0][:2] == ("educate", "waiting")


# --------------------------------------------------------------------------- bad definitions


def test_a_broken_sequence_does_not_run_and_validate_says_where(ws: Workspace) -> None:
    (ws.path / "sequences.toml").write_text(SEQUENCES.replace('asset = "pricing-guide"', 'asset = "no-such"'))
    service.enroll(ws, emails=[PRIYA], sequence="high_intent", actor=REP, now=T0)
    with pytest.raises(service.NurtureError, match="sequence educate has errors and does not run"):
        service.enroll(ws, emails=[MAYA], sequence="educate", actor=REP, now=T0)
    report = service.tick(ws, now=T0)
    assert report.drafted == 1  # high_intent still runs
    assert any("unknown asset 'no-such'" in p for p in report.problems)
    runner = CliRunner()
    result = runner.invoke(app, ["-w", str(ws.path), "sequences", "validate"], env={"DATABASE_URL": ws.settings.database_url or ""})
    assert result.exit_code == 1
    line = SEQUENCES.splitlines().index('[[sequences.steps]]', SEQUENCES.splitlines().index('asset = "pricing-guide"') - 3) + 1
    assert f"sequences.toml:{line}: sequence educate step 2: unknown asset 'no-such'" in result.output


def test_the_cli_contract_enroll_tick_status_json(ws: Workspace) -> None:
    runner = CliRunner()
    env = {"DATABASE_URL": ws.settings.database_url or ""}
    base = ["-w", str(ws.path)]
    ok = runner.invoke(app, [*base, "sequences", "validate"], env=env)
    assert ok.exit_code == 0, ok.output
    enrolled = runner.invoke(app, [*base, "sequences", "enroll", MAYA, "--sequence", "educate", "--now", "2030-01-07T09:00:00Z"], env=env)
    assert enrolled.exit_code == 0, enrolled.output
    refused = runner.invoke(app, [*base, "sequences", "enroll", MAYA, "--sequence", "educate"], env=env)
    assert refused.exit_code == 2 and "already in sequence educate" in refused.output
    ticked = runner.invoke(app, [*base, "tick", "--now", "2030-01-07T09:00:00Z"], env=env)
    assert ticked.exit_code == 0 and "drafted 1 step(s)" in ticked.output
    status = runner.invoke(app, [*base, "sequences", "status", MAYA, "--json"], env=env)
    rows = json.loads(status.stdout)
    assert [{k: r[k] for k in ("sequence", "state", "step", "exit_reason")} for r in rows] == [
        {"sequence": "educate", "state": "waiting", "step": 1, "exit_reason": None}
    ]
    listed = json.loads(runner.invoke(app, [*base, "queue", "list", "--json"], env=env).stdout)
    assert (listed[0]["sequence"], listed[0]["step"]) == ("educate", 1)
    bad_now = runner.invoke(app, [*base, "tick", "--now", "next tuesday"], env=env)
    assert bad_now.exit_code == 2 and "is not an ISO" in bad_now.output


def test_the_scheduler_job_ticks_and_a_second_tick_at_once_does_nothing(ws: Workspace) -> None:
    from agent.locks import named_lock
    from agent.scheduler import nurture_job

    service.enroll(ws, emails=[MAYA], sequence="educate", actor=REP)
    with named_lock(ws.db.engine, "nurture-tick", wait=False) as held:
        assert held
        busy = service.tick(ws)
    assert busy.drafted == 0 and busy.problems == ["another tick is running; this one did nothing"]
    report = nurture_job(ws)
    assert report.drafted == 1  # type: ignore[attr-defined]


def test_a_step_is_rechecked_and_regenerated_with_its_own_context(ws: Workspace) -> None:
    service.enroll(ws, emails=[MAYA], sequence="educate", actor=REP, now=T0)
    service.tick(ws, now=T0)
    step1 = drafts(ws)[-1]
    link = "https://outrider-demo.example/guides/buying-signals"
    bad = step1.body.replace(link, link + "\n\nAnd our plans: https://outrider-demo.example/pricing")
    with pytest.raises(queue.ChecksFailed, match="links"):
        queue.approve(ws, draft_id=step1.id, reviewer=REP, body=bad, now=T0)
    view = queue.regenerate(ws, draft_id=step1.id, reviewer=REP, instruction="shorter")
    assert view.draft.kind == "sequence" and link in view.draft.body
    assert all(r["passed"] for r in view.draft.guardrail_report)
    approved = queue.approve(ws, draft_id=step1.id, reviewer=REP, now=T0)
    assert approved.draft.status == "approved"


def test_a_sequence_removed_from_the_file_ends_its_enrolments(ws: Workspace) -> None:
    service.enroll(ws, emails=[MAYA], sequence="high_intent", actor=REP, now=T0)
    service.enroll(ws, emails=[PRIYA], sequence="educate", actor=REP, now=T0)
    service.tick(ws, now=T0)  # both wait on step 1
    service.stop(ws, email=PRIYA, actor=REP, now=T0)
    service.enroll(ws, emails=[LEO], sequence="high_intent", actor=REP, now=T0)  # active, nothing drafted yet
    only_educate = SEQUENCES[: SEQUENCES.index('[[sequences]]\nname = "high_intent"')]
    (ws.path / "sequences.toml").write_text(only_educate)
    report = service.tick(ws, now=day(1))
    assert report.exited == 1 and report.drafted == 0
    assert states(ws, LEO) == [("high_intent", "exited", 0, "stopped")]
    queue.reject(ws.db, draft_id=drafts(ws, MAYA)[-1].id, reviewer=REP, reason="no")
    service.tick(ws, now=day(2))
    assert states(ws, MAYA)[0][1:] == ("exited", 1, "stopped")
    assert service.status(ws, email=LEO)[0]["exit_detail"] == "sequence high_intent is no longer in sequences.toml"


def test_a_tick_of_several_batches_drafts_each_due_step_once_for_its_own_lead(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches are pipelined (the pool drafts one while the tick stores the one before): every due
    enrolment still gets exactly one step draft, addressed to its own lead, and a rerun adds none."""
    from agent.pipeline import PARALLEL_DRAFTS_MIN
    from agent.services.nurture import engine
    from agent.store.models import Enrollment

    n = 3 * PARALLEL_DRAFTS_MIN + 10  # four batches, the first three large enough for the pool
    monkeypatch.setattr(engine, "BATCH", PARALLEL_DRAFTS_MIN)
    workspace = nurture_workspace(tmp_path / "ws", db_url)
    try:
        rows = ["first_name,last_name,email,title,company,domain"]
        rows += [f"Lead{i},Batch{i},lead{i}@northwind.example,VP of Sales,Northwind Analytics,northwind.example"
                 for i in range(n)]
        import_contacts(workspace, "\n".join(rows).encode(), filename="more.csv")
        emails = [f"lead{i}@northwind.example" for i in range(n)]
        assert all(r["enrolled"] for r in service.enroll(workspace, emails=emails, sequence="educate", actor=REP, now=T0))
        report = service.tick(workspace, now=T0)
        assert (report.drafted, report.problems) == (n, [])
        assert service.tick(workspace, now=T0).drafted == 0
        with workspace.db.session() as s:
            pairs = s.exec(select(Draft, Contact, Enrollment)
                           .join(Contact, col(Contact.id) == Draft.contact_id)
                           .join(Enrollment, col(Enrollment.id) == Draft.enrollment_id)
                           .where(Draft.kind == "sequence")).all()
        assert len(pairs) == n and len({d.enrollment_id for d, _c, _e in pairs}) == n
        for draft, contact, enrollment in pairs:
            assert enrollment.contact_id == contact.id and enrollment.current_draft_id == draft.id
            assert (draft.step, draft.status, enrollment.state) == (1, "pending", "waiting")
            assert draft.body.startswith(f"Hi {contact.first_name},")
            assert all(check["passed"] for check in draft.guardrail_report), draft.guardrail_report
    finally:
        workspace.close()
