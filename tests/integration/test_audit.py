"""The audit log: one writer (agent.services.audit.record), called by the review actions, the
suppressions and the outbox settlements, on SQLite and PostgreSQL; and `outrider audit`."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import timedelta

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from agent.cli import app
from agent.services import audit, delivery, leads, queue
from agent.store.models import Account, AuditEntry, Contact, Draft, Outbox, OutboxState, Signal
from agent.workspace import Workspace
from signals.engagement import EngagementIn
from signals.model import utcnow

REP = "rep@example.com"


def add_draft(ws: Workspace, email: str) -> int:
    tag = uuid.uuid4().hex[:10]
    with ws.db.session() as session:
        account = Account(name=f"Acme {tag}", domain=f"{tag}.example")
        session.add(account)
        session.flush()
        contact = Contact(first_name="Zoë", email=email, account_id=account.id)
        signal = Signal(kind="funding", source="test", dedup_key=tag, ref=tag, occurred_at=utcnow() - timedelta(days=1),
                        title="Acme raises a Series B", account_id=account.id, status="drafted")
        session.add(contact)
        session.add(signal)
        session.flush()
        draft = Draft(signal_id=signal.id, account_id=account.id, contact_id=contact.id,
                      subject="Congrats on the Series B", body="Hi Zoë,\n\nWorth a short call?\n\nDana")
        session.add(draft)
        session.commit()
        return int(draft.id)  # type: ignore[arg-type]


def log(ws: Workspace, **filters: object) -> list[dict]:
    return audit.entries(ws.db, **filters)  # type: ignore[arg-type]


def test_record_joins_the_callers_transaction(workspace: Workspace) -> None:
    with workspace.db.session() as session:
        audit.record(session, actor=REP, action="config.changed", target_type="config", target_id="icp",
                     before={"min_employees": 50}, after={"min_employees": 20})
        session.rollback()  # the change failed: its audit row goes with it
    assert log(workspace) == []
    with workspace.db.session() as session:
        audit.record(session, actor=REP, action="config.changed", target_type="config", target_id="icp",
                     before={"min_employees": 50}, after={"min_employees": 20}, reason="  widen   the ICP ")
        session.commit()
    entry = audit.record(workspace.db, actor="outrider", action="config.exported", target_type="config",
                         after={"path": "outrider.toml"})
    assert entry.id is not None
    rows = log(workspace)
    assert [r["action"] for r in rows] == ["config.exported", "config.changed"]  # newest first
    assert rows[1]["before"] == {"min_employees": 50} and rows[1]["reason"] == "widen the ICP"


def test_record_refuses_what_it_cannot_file(workspace: Workspace) -> None:
    with pytest.raises(audit.AuditError, match="'<area>.<verb>'"):
        audit.record(workspace.db, actor=REP, action="approved", target_type="draft")
    with pytest.raises(audit.AuditError, match="needs an actor"):
        audit.record(workspace.db, actor=" ", action="draft.approved", target_type="draft")
    assert audit.changes({"a": 1, "b": 2}, {"a": 1, "b": 3, "c": 4}) == ({"b": 2, "c": None}, {"b": 3, "c": 4})


def test_every_review_action_is_logged_with_before_and_after(workspace: Workspace) -> None:
    first, second, third = (add_draft(workspace, f"z{n}@acme{n}.example") for n in range(3))
    queue.approve(workspace, draft_id=first, reviewer=REP, subject="A quick question",
                  override_reason="synthetic test draft")
    queue.reject(workspace.db, draft_id=second, reviewer=REP, reason="Wrong person")
    queue.snooze(workspace.db, draft_id=third, reviewer=REP, days=2)
    queue.save_edits(workspace, draft_id=third, reviewer="other@example.com", body="Hi Zoë,\n\nA short call?\n\nDana")

    approved = log(workspace, action="draft.approved")
    assert len(approved) == 1
    assert approved[0]["target_id"] == str(first) and approved[0]["actor"] == REP
    assert approved[0]["before"]["status"] == "pending" and approved[0]["after"]["status"] == "approved"
    assert approved[0]["before"]["subject"] == "Congrats on the Series B"
    assert approved[0]["after"]["subject"] == "A quick question"
    assert approved[0]["reason"] == "override: synthetic test draft"
    rejected = log(workspace, action="draft.rejected")[0]
    assert rejected["reason"] == "Wrong person" and rejected["after"] == {"status": "rejected"}
    assert log(workspace, action="draft.snoozed")[0]["after"]["status"] == "snoozed"
    edited = log(workspace, action="draft.edited")[0]
    assert edited["actor"] == "other@example.com" and "A short call?" in edited["after"]["body"]
    assert len(log(workspace, action="draft")) == 4  # an area matches all of its actions
    assert [r["action"] for r in log(workspace, actor="OTHER@")] == ["draft.edited"]  # part of a name, any case


def test_a_conflict_writes_no_audit_row(workspace: Workspace) -> None:
    draft_id = add_draft(workspace, "z@conflict.example")
    queue.reject(workspace.db, draft_id=draft_id, reviewer=REP, reason="no")
    with pytest.raises(queue.Conflict):
        queue.reject(workspace.db, draft_id=draft_id, reviewer="late@example.com", reason="no", expected_version=1)
    assert [r["actor"] for r in log(workspace)] == [REP]


def test_suppressions_are_logged_by_person_and_by_system(workspace: Workspace) -> None:
    draft_id = add_draft(workspace, "zoe@blocked.example")
    delivery.suppress(workspace.db, value="@Blocked.example", reason="asked us to stop", actor=REP)
    delivery.suppress(workspace.db, value="blocked.example", actor=REP)  # already there: nothing new
    added = log(workspace, action="suppression.added")
    assert len(added) == 1
    assert added[0]["target_id"] == "blocked.example" and added[0]["reason"] == "asked us to stop"
    assert added[0]["after"] == {"value": "blocked.example", "kind": "domain", "withdrawn_drafts": 1}
    assert queue.get_draft(workspace.db, draft_id).draft.status == "withdrawn"
    assert delivery.unsuppress(workspace.db, value="blocked.example", actor=REP)
    assert not delivery.unsuppress(workspace.db, value="blocked.example", actor=REP)
    removed = log(workspace, action="suppression.removed")
    assert len(removed) == 1 and removed[0]["before"]["reason"] == "asked us to stop"

    # An unsubscribe suppresses the address on its own: the system is the actor.
    event = EngagementIn(id="u1", type="unsubscribe", email="gone@else.example", occurred_at=utcnow())
    leads.record_events(workspace, events=[event])
    leads.record_events(workspace, events=[EngagementIn(id="u2", type="unsubscribe", email="gone@else.example",
                                                        occurred_at=utcnow())])
    system = log(workspace, actor="outrider", action="suppression.added")
    assert [r["target_id"] for r in system] == ["gone@else.example"]


def test_outbox_settlement_is_logged(workspace: Workspace) -> None:
    draft_id = add_draft(workspace, "z@unknown.example")
    queue.approve(workspace, draft_id=draft_id, reviewer=REP, override_reason="synthetic test draft")
    with workspace.db.session() as session:
        row = session.exec(select(Outbox).where(Outbox.draft_id == draft_id)).one()
        row.state = OutboxState.UNKNOWN
        row.error = "connection lost after DATA"
        session.add(row)
        session.commit()
    delivery.resolve_unknown(workspace.db, draft_id=draft_id, reviewer="admin@example.com", outcome="resend")
    entry = log(workspace, action="outbox")[0]
    assert entry["action"] == "outbox.resend" and entry["actor"] == "admin@example.com"
    assert entry["before"]["state"] == "unknown" and entry["after"]["state"] == "queued"
    assert entry["after"]["draft_status"] == "approved"


def test_filters_and_csv_export(workspace: Workspace) -> None:
    old = utcnow() - timedelta(days=10)
    audit.record(workspace.db, actor=REP, action="config.changed", target_type="config", target_id="icp",
                 before={"x": 1}, after={"x": 2}, at=old)
    audit.record(workspace.db, actor="b@example.com", action="draft.approved", target_type="draft", target_id=7,
                 before={"status": "pending"}, after={"status": "approved", "subject": "Hi, \"you\""})
    assert [r["action"] for r in log(workspace, since=utcnow() - timedelta(days=1))] == ["draft.approved"]
    assert [r["action"] for r in log(workspace, until=utcnow() - timedelta(days=1))] == ["config.changed"]
    assert audit.actions(workspace.db) == ["config.changed", "draft.approved"]
    rows = list(csv.DictReader(io.StringIO(audit.to_csv(log(workspace)))))
    assert [r["action"] for r in rows] == ["draft.approved", "config.changed"]
    assert json.loads(rows[0]["after"])["subject"] == 'Hi, "you"'
    assert rows[0]["target_id"] == "7" and rows[1]["before"] == '{"x": 1}'
    assert audit.describe_change({"status": "pending"}, {"status": "approved", "subject": "Hi"}) == (
        "status: pending -> approved; subject: Hi"
    )


def test_cli_audit(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", workspace.db.url)
    runner = CliRunner()
    base = ["-w", str(workspace.path)]
    out = runner.invoke(app, [*base, "suppress", "add", "spam.example", "--by", "Dana@Example.com"],
                        catch_exceptions=False)
    assert out.exit_code == 0, out.output
    runner.invoke(app, [*base, "suppress", "add", "other.example"], catch_exceptions=False)
    audit.record(workspace.db, actor=REP, action="config.changed", target_type="config", target_id="icp",
                 at=utcnow() - timedelta(days=40))
    every = json.loads(runner.invoke(app, [*base, "audit", "--json"], catch_exceptions=False).stdout)
    assert [r["actor"] for r in every] == ["outrider (cli)", "dana@example.com (cli)", REP]
    dana = json.loads(runner.invoke(app, [*base, "audit", "--actor", "dana", "--json"]).stdout)
    assert [r["target_id"] for r in dana] == ["spam.example"]
    recent = json.loads(runner.invoke(app, [*base, "audit", "--since", "30d", "--json"]).stdout)
    assert len(recent) == 2
    table = runner.invoke(app, [*base, "audit", "--action", "suppression"], catch_exceptions=False)
    assert table.exit_code == 0 and "2 entries" in table.stdout
    with workspace.db.session() as session:
        assert len(session.exec(select(AuditEntry)).all()) == 3


def test_regeneration_is_logged_with_the_old_and_new_text(workspace: Workspace) -> None:
    draft_id = add_draft(workspace, "z@regen.example")
    view = queue.regenerate(workspace, draft_id=draft_id, reviewer=REP, instruction="shorter, mention the round")
    entry = log(workspace, action="draft.regenerated")[0]
    assert entry["reason"] == "shorter, mention the round"
    assert entry["before"]["subject"] == "Congrats on the Series B"
    assert entry["after"]["subject"] == view.draft.subject and entry["after"]["body"] == view.draft.body
    assert entry["after"]["instruction"] == "shorter, mention the round"


def test_settings_and_account_changes_are_logged(workspace: Workspace) -> None:
    from agent.services import accounts
    from agent.services import settings as settings_service

    settings_service.update_icp(workspace, {"industries": ["Software", "Fintech"]}, expected_version=None,
                                actor="admin@example.com")
    entry = log(workspace, action="config.changed")[0]
    assert entry["actor"] == "admin@example.com" and entry["target_id"] == "icp"
    assert entry["after"]["industries"] == ["Software", "Fintech"]
    assert entry["before"]["industries"] != entry["after"]["industries"]

    account = accounts.add_account(workspace.db, name="Globex", domain="globex.example")
    accounts.update_account(workspace.db, int(account.id), owner_email="olive@example.com")  # type: ignore[arg-type]
    accounts.archive_account(workspace.db, int(account.id))  # type: ignore[arg-type]
    changes = log(workspace, action="account")
    assert [e["action"] for e in changes] == ["account.archive", "account.edit", "account.add"]
    assert {e["target_id"] for e in changes} == {str(account.id)}
    assert changes[1]["after"]["owner_email"] == "olive@example.com"


def test_cli_imports_name_who_ran_them(workspace: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("DATABASE_URL", workspace.db.url)
    csv_file = tmp_path / "accounts.csv"
    csv_file.write_text("name,domain\nInitech,initech.example\n", encoding="utf-8")
    out = CliRunner().invoke(app, ["-w", str(workspace.path), "accounts", "import", str(csv_file), "--by", "ops@example.com"],
                             catch_exceptions=False)
    assert out.exit_code == 0, out.output
    entry = log(workspace, action="account.import")[0]
    assert entry["actor"] == "ops@example.com (cli)" and entry["target_id"] == str(csv_file)
    assert entry["after"]["created"] == 1
