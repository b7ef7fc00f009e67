"""Every service a person acts through checks the role itself, as the queue and delivery do: moving a
lead, retrying an alert, enrolling or stopping a lead, deciding on a reactivation and keeping the
accounts refuse a viewer (`Forbidden`, nothing changed) and record a rep by the authorized name.

Runs on the demo workspace (accounts, contacts, sequences and two reactivations), on SQLite and
PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from agent.config import Settings
from agent.demo import create_demo
from agent.scheduler import run_cycle
from agent.services import accounts, alerts, leads, nurture, reactivation
from agent.services.auth import Actor, Forbidden
from agent.services.queue import QueueError
from agent.store.models import Alert, AlertState, AuditEntry, Contact, Draft, Enrollment, StageChange
from agent.workspace import Workspace
from signals.model import utcnow

VIEWER = Actor("guest@example.com", "viewer")
REP = Actor("dana@example.com", "rep")
CLI_ADMIN = Actor("boss@example.com", "admin", via="cli")
ACCOUNTS_CSV = b"name,domain\nNewco,newco.example\n"
CONTACTS_CSV = b"first_name,last_name,email,company,domain\nNia,Park,nia@newco.example,Newco,newco.example\n"


@pytest.fixture
def ws(tmp_path: Path, db_url: str) -> Iterator[Workspace]:
    workspace = create_demo(tmp_path / "demo", settings=Settings(DATABASE_URL=db_url))  # type: ignore[call-arg]
    run_cycle(workspace, deliver=False)
    yield workspace
    workspace.close()


def failed_alert(ws: Workspace) -> int:
    """A failed alert for a demo lead, as a channel that refused it leaves it."""
    with ws.db.session() as session:
        contact = session.exec(select(Contact).where(Contact.email == "noah@rampflow.example")).one()
        row = Alert(kind="mql_handoff", ref_id=0, contact_id=contact.id, channel="slack", state=AlertState.FAILED,
                    attempts=1, last_error="Slack says the webhook no longer exists", created_at=utcnow())
        session.add(row)
        session.commit()
        return row.id or 0


def woken(ws: Workspace) -> dict[str, dict[str, Any]]:
    return {i["email"].split("@")[0]: i for i in reactivation.list_reactivations(ws.db)}


def state(ws: Workspace) -> tuple[Any, ...]:
    """What a refused action must leave as it was."""
    with ws.db.session() as session:
        return (
            sorted((c.email, c.stage) for c in session.exec(select(Contact)).all()),
            sorted((a.id, a.state) for a in session.exec(select(Alert)).all()),
            sorted((e.contact_id, e.sequence, e.state) for e in session.exec(select(Enrollment)).all()),
            sorted((d.id, d.status) for d in session.exec(select(Draft)).all()),
            sorted((a["id"], a["name"], str(a["archived_at"])) for a in accounts.list_accounts(ws.db, archived=None)),
            len(session.exec(select(StageChange)).all()),
            len(session.exec(select(AuditEntry)).all()),
        )


def test_a_viewer_is_refused_by_every_service_and_nothing_changes(ws: Workspace) -> None:
    alert_id = failed_alert(ws)
    items = woken(ws)
    greta, rita = items["greta.holm"], items["rita.alvarez"]
    acme = accounts.list_accounts(ws.db)[0]
    accounts.archive_account(ws.db, accounts.list_accounts(ws.db)[1]["id"], actor="dana@example.com")
    archived = accounts.list_accounts(ws.db, archived=True)[0]
    before = state(ws)
    refused: list[Callable[[], Any]] = [
        lambda: leads.set_stage(ws, email="noah@rampflow.example", stage="disqualified", reason="no", actor=VIEWER),
        lambda: alerts.retry_alert(ws.db, alert_id=alert_id, actor=VIEWER),
        lambda: nurture.enroll(ws, emails=["greta.holm@kestrel-robotics.example"], sequence="re_engage", actor=VIEWER),
        lambda: nurture.stop(ws, email="noah@rampflow.example", actor=VIEWER),
        lambda: reactivation.not_dormant(ws, rita["draft_id"], actor=VIEWER, reason="she called"),
        lambda: reactivation.wrong_person(ws, rita["draft_id"], actor=VIEWER),
        lambda: reactivation.enrol_instead(ws, greta["draft_id"], actor=VIEWER),
        lambda: accounts.add_account(ws.db, actor=VIEWER, name="Newco", domain="newco.example"),
        lambda: accounts.update_account(ws.db, acme["id"], actor=VIEWER, name="Renamed"),
        lambda: accounts.archive_account(ws.db, acme["id"], actor=VIEWER),
        lambda: accounts.restore_account(ws.db, archived["id"], actor=VIEWER),
        lambda: accounts.remove_account(ws.db, acme["id"], actor=VIEWER),
        lambda: accounts.accept_suggested_account(ws.db, acme["id"], actor=VIEWER),
        lambda: accounts.import_accounts(ws.db, ACCOUNTS_CSV, actor=VIEWER),
        lambda: accounts.import_contacts(ws, CONTACTS_CSV, actor=VIEWER),
    ]
    for act in refused:
        with pytest.raises(Forbidden, match="guest@example.com is a viewer: .*ask an admin"):
            act()
    assert state(ws) == before
    with ws.db.session() as session:
        assert not session.exec(select(AuditEntry).where(col(AuditEntry.actor).contains("guest"))).all()


def test_a_rep_acts_and_is_recorded_by_the_authorized_name(ws: Workspace) -> None:
    alert_id = failed_alert(ws)
    items = woken(ws)
    greta, rita = items["greta.holm"], items["rita.alvarez"]

    lead = leads.set_stage(ws, email="noah@rampflow.example", stage="disqualified", reason="left the company", actor=REP)
    assert lead["stage"] == "disqualified"
    with ws.db.session() as session:
        change = session.exec(select(StageChange).where(StageChange.reason == "left the company")).one()
    assert change.actor == "dana@example.com"

    row = alerts.retry_alert(ws.db, alert_id=alert_id, actor=REP)
    assert row["state"] == "pending" and "retry asked by dana@example.com" in (row["last_error"] or "")

    reactivation.not_dormant(ws, rita["draft_id"], actor=REP, reason="she called")
    result = reactivation.enrol_instead(ws, greta["draft_id"], actor=CLI_ADMIN)
    assert result["enrolled"] and result["sequence"] == "re_engage"
    with ws.db.session() as session:
        assert {session.get(Draft, i["draft_id"]).status for i in (greta, rita)} == {"rejected"}
        enrolment = session.exec(select(Enrollment).where(Enrollment.sequence == "re_engage")
                                 .where(col(Enrollment.entered_by).contains("boss"))).one()
    assert enrolment.entered_by == "manual by boss@example.com (cli)"
    assert nurture.stop(ws, email=greta["email"], actor=REP) == 1

    account = accounts.add_account(ws.db, actor=REP, name="Newco", domain="newco.example")
    accounts.import_contacts(ws, CONTACTS_CSV, actor=REP)
    accounts.archive_account(ws.db, account.id or 0, actor=REP)
    with ws.db.session() as session:
        mine = session.exec(select(AuditEntry).where(AuditEntry.actor == "dana@example.com")).all()
    assert {"account.add", "account.contacts_import", "account.archive"} <= {e.action for e in mine}


def test_the_local_single_user_still_acts_by_name(ws: Workspace) -> None:
    """Without [auth] a plain name is the one local user: it acts, and is recorded as given."""
    lead = leads.set_stage(ws, email="noah@rampflow.example", stage="engaged", reason="called back",
                           actor="rep@example.com (cli)")
    assert lead["stage"] == "engaged"
    with pytest.raises(QueueError, match="say who you are"):
        leads.set_stage(ws, email="noah@rampflow.example", stage="lead", reason="x", actor=" ")
    account = accounts.add_account(ws.db, name="Unattended")  # a script naming nobody is not refused
    with ws.db.session() as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.target_id == str(account.id))).one()
    assert entry.actor == "unknown"
