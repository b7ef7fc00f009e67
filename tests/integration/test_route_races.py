"""Two jobs holding one signal. The PostgreSQL workers can route a signal in a route job and draft
it in a draft job at the same time (a reroute of a signal still `new`, or two draft jobs after a
reroute). The chaos run caught the result: signals left `recorded` with a draft in the queue (the
job that read the signal second wrote its own decision over what the first had stored, or stored
a draft for a signal another job had just recorded). Now each write step takes only the signals
still `new`, locked, so the job that comes second leaves the first one's decision as it is."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import pytest
from sqlalchemy import create_engine, text
from sqlmodel import select

from agent.ingest import store_events
from agent.pipeline import process_signals
from agent.services.accounts import import_accounts, import_contacts
from agent.services.delivery import suppress
from agent.store.models import Draft, Signal, SignalStatus
from drafting.base import OutreachDraft
from drafting.context import DraftContext
from drafting.offline import OfflineDrafter
from signals.model import SignalEvent, SignalKind, utcnow

ACCOUNTS = b"name,domain,industry,employees,country\nAcme,acme.example,Software,300,US\n"
CONTACTS = b"first_name,last_name,email,title,company,domain\nDana,Lee,dana@acme.example,VP Sales,Acme,acme.example\n"


def _signal(ws) -> int:  # type: ignore[no-untyped-def]
    event = SignalEvent(kind=SignalKind.FUNDING, source="wire", occurred_at=utcnow(), ref="acme-a",
                        title="Acme raises $20M Series A", company_name="Acme",
                        facts={"round": "series_a", "amount": 20_000_000, "currency": "USD"})
    with ws.db.session() as session:
        store_events(ws.db, session, [event])
        session.commit()
        return session.exec(select(Signal.id)).one()


def _state(ws, signal_id: int) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    with ws.db.session() as session:
        status = session.get(Signal, signal_id).status
        drafts = len(session.exec(select(Draft.id).where(Draft.signal_id == signal_id)).all())
    return status, drafts


class SecondJobWhileThinking:
    """A drafter that, while it "thinks", lets a second job settle the same signal: the recipient
    unsubscribes and another route of the signal records it (nothing to draft for a suppressed
    person)."""

    name = "slow"

    def __init__(self, ws, signal_id: int) -> None:  # type: ignore[no-untyped-def]
        self.ws = ws
        self.signal_id = signal_id
        self.second: object = None
        self.offline = OfflineDrafter()

    def draft(self, ctx: DraftContext, *, feedback: Sequence[str] = ()) -> OutreachDraft:
        suppress(self.ws.db, value="dana@acme.example", reason="unsubscribed")
        self.second = process_signals(self.ws, signal_ids=[self.signal_id], provider=self.offline)
        return self.offline.draft(ctx, feedback=feedback)


def test_a_draft_is_not_stored_for_a_signal_another_job_recorded_meanwhile(workspace) -> None:  # type: ignore[no-untyped-def]
    ws = workspace
    import_accounts(ws.db, ACCOUNTS)
    import_contacts(ws, CONTACTS)
    sid = _signal(ws)
    provider = SecondJobWhileThinking(ws, sid)
    first = process_signals(ws, signal_ids=[sid], provider=provider)
    assert provider.second.recorded == 1  # the second job saw the suppression and recorded it
    assert first.draft_ids == []
    assert _state(ws, sid) == (SignalStatus.RECORDED, 0)


def test_a_draft_is_stored_when_nothing_else_touched_the_signal(workspace) -> None:  # type: ignore[no-untyped-def]
    """The near miss: the same route with no second job stores the draft and marks the signal."""
    ws = workspace
    import_accounts(ws.db, ACCOUNTS)
    import_contacts(ws, CONTACTS)
    sid = _signal(ws)
    assert len(process_signals(ws, signal_ids=[sid], provider=OfflineDrafter()).draft_ids) == 1
    assert _state(ws, sid) == (SignalStatus.DRAFTED, 1)


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_route_waits_for_a_job_settling_the_signal_and_then_leaves_it(workspace, db_url) -> None:  # type: ignore[no-untyped-def]
    """A second job has the signal locked, about to record it, when a route job starts on it: the
    route waits for that transaction and then leaves the signal as it was settled, instead of
    reading `new` before the wait and writing its own decision (and a draft) over it after."""
    ws = workspace
    import_accounts(ws.db, ACCOUNTS)
    import_contacts(ws, CONTACTS)
    sid = _signal(ws)
    application = db_url.rsplit("application_name=", 1)[1]
    other = create_engine(db_url)
    result: dict[str, object] = {}
    try:
        with other.connect() as conn:
            tx = conn.begin()
            conn.execute(text("UPDATE signal SET status = 'recorded', status_reason = 'settled by another job' "
                              "WHERE id = :id"), {"id": sid})
            worker = threading.Thread(target=lambda: result.setdefault(
                "route", process_signals(ws, signal_ids=[sid], provider=OfflineDrafter())))
            worker.start()
            waiting = threading.Event()
            for _ in range(600):  # up to 30 s for the route to reach the lock
                with other.connect() as probe:
                    blocked = probe.execute(text(
                        "SELECT count(*) FROM pg_stat_activity WHERE application_name = :app AND wait_event_type = 'Lock'"
                    ), {"app": application}).scalar_one()
                if blocked:
                    break
                waiting.wait(0.05)
            assert blocked, "the route never waited on the signal's row lock"
            tx.commit()
            worker.join(timeout=60)
    finally:
        other.dispose()
    assert not worker.is_alive()
    assert result["route"].draft_ids == []
    assert _state(ws, sid) == (SignalStatus.RECORDED, 0)
