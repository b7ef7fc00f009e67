"""Job changes found on a contacts re-import travel the whole loop: signal, suggested account,
recipient, draft, on SQLite and PostgreSQL."""

from __future__ import annotations

from agent.pipeline import process_signals
from agent.services import queue
from agent.services.accounts import accept_suggested_account, import_accounts, import_contacts, list_accounts
from agent.services.signals import list_signals

ACCOUNTS = b"""name,domain,aliases,industry,employees,country,owner_email
Acme Robotics,acme.example,,Software,300,US,o@example.com
Beta Payments,beta.example,,Financial Services,800,GB,o@example.com
"""

HEADER = "first_name,last_name,email,title,company,domain,lifecycle_stage,champion\n"


def contacts(*rows: str) -> bytes:
    return (HEADER + "\n".join(rows) + "\n").encode()


JO_AT_ACME = "Jo,Park,jo@acme.example,VP Sales,Acme Robotics,acme.example,customer,true"
KIM_AT_ACME = "Kim,Lee,kim@acme.example,Head of Revenue Operations,Acme Robotics,acme.example,customer,true"
SAM_AT_BETA = "Sam,Ortiz,sam@beta.example,VP Sales,Beta Payments,beta.example,lead,false"


def test_champion_moves_are_signals_drafts_and_suggested_accounts(workspace) -> None:  # type: ignore[no-untyped-def]
    ws = workspace
    import_accounts(ws.db, ACCOUNTS)
    first = import_contacts(ws.db, contacts(JO_AT_ACME, KIM_AT_ACME, SAM_AT_BETA))
    assert first.job_change_signal_ids == []  # the first import is the baseline

    # Jo, our champion, now runs sales at Beta Payments (watched); Kim went to an unwatched company.
    moved = contacts(
        "Jo,Park,jo@acme.example,SVP Sales,Beta Payments,beta.example,customer,true",
        "Kim,Lee,kim@acme.example,VP Revenue Operations,Gamma Labs,gammalabs.example,customer,true",
        SAM_AT_BETA,
    )
    second = import_contacts(ws.db, moved)
    assert len(second.job_change_signal_ids) == 2
    assert import_contacts(ws.db, moved).job_change_signal_ids == []  # each move once

    # Issue 8, finding 11: "congrats on the move" went to the old employer's address. A CRM
    # re-import only knows the old address, so the move is recorded with the reason, not drafted.
    routed = process_signals(ws)
    assert routed.drafted == 0
    assert queue.list_drafts(ws.db) == []
    jo = [s for s in list_signals(ws.db, kind="job_change") if s["facts"].get("person") == "Jo Park"]
    assert jo and jo[0]["status"] == "recorded" and jo[0]["facts"]["change"] == "champion_moved"
    assert "only address we know (jo@acme.example) is at their previous company" in jo[0]["status_reason"]
    assert jo[0]["account"]["name"] == "Beta Payments"

    suggested = [a for a in list_accounts(ws.db) if a["suggested"]]
    assert [a["name"] for a in suggested] == ["Gamma Labs"]
    kim = [s for s in list_signals(ws.db, kind="job_change") if s["facts"].get("person") == "Kim Lee"]
    assert kim and kim[0]["status"] == "recorded" and "suggested account" in kim[0]["status_reason"]

    accept_suggested_account(ws.db, suggested[0]["id"])
    assert process_signals(ws).drafted == 0
    kim = [s for s in list_signals(ws.db, kind="job_change") if s["facts"].get("person") == "Kim Lee"]
    assert "previous company" in kim[0]["status_reason"]


def test_a_move_reported_with_the_new_address_is_drafted_to_it(workspace) -> None:  # type: ignore[no-untyped-def]
    """A people source that knows the new work address: the move is drafted, to that address."""
    from datetime import UTC, datetime

    from agent.ingest import store_events
    from signals.model import SignalEvent, SignalKind

    ws = workspace
    import_accounts(ws.db, ACCOUNTS)
    import_contacts(ws, contacts(SAM_AT_BETA))
    event = SignalEvent(
        kind=SignalKind.JOB_CHANGE, source="people", occurred_at=datetime.now(UTC), title="Jo Park joins Beta Payments",
        ref="jo-move", company_name="Beta Payments", company_domain="beta.example",
        facts={"change": "champion_moved", "person": "Jo Park", "person_email": "jo.park@beta.example",
               "new_title": "SVP Sales", "new_company": "Beta Payments", "new_company_domain": "beta.example",
               "previous_company": "Acme Robotics", "champion": True},
    )
    with ws.db.session() as session:
        store_events(ws.db, session, [event])
        session.commit()
    assert process_signals(ws).drafted == 1
    (view,) = queue.list_drafts(ws.db)
    assert view.contact is not None and view.contact.email == "jo.park@beta.example"
    assert "Jo" in view.draft.body
