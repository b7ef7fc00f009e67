"""Issue 8, finding 6: model calls ran inside an open transaction, so a slow model held SQLite's
write lock and `queue approve` / the Queue page failed with "database is locked". Routing now
commits before drafting and stores drafts after; a provider that acts on the queue while it
"thinks" proves no lock is held (before the fix this approve waited for the busy timeout and
failed). The autouse guard in tests/conftest.py fails any test that calls a model, makes an HTTP
request or sleeps inside a transaction."""

from __future__ import annotations

from collections.abc import Sequence

from agent.ingest import store_events
from agent.pipeline import process_signals
from agent.services import queue
from agent.services.accounts import import_accounts, import_contacts
from agent.store.db import open_transactions
from drafting.base import OutreachDraft
from drafting.context import DraftContext
from drafting.offline import OfflineDrafter
from signals.model import SignalEvent, SignalKind, utcnow

ACCOUNTS = b"name,domain,industry,employees,country\nAcme,acme.example,Software,300,US\nBeta,beta.example,Software,300,US\n"
CONTACTS = (
    b"first_name,last_name,email,title,company,domain\n"
    b"Dana,Lee,dana@acme.example,VP Sales,Acme,acme.example\nSam,Ortiz,sam@beta.example,VP Sales,Beta,beta.example\n"
)


class ApprovingWhileThinking:
    """A provider that, while it "thinks", approves another draft through the service."""

    name = "slow"

    def __init__(self, ws, draft_id: int) -> None:  # type: ignore[no-untyped-def]
        self.ws = ws
        self.draft_id = draft_id
        self.transactions_seen: list[int] = []
        self.offline = OfflineDrafter()

    def draft(self, ctx: DraftContext, *, feedback: Sequence[str] = ()) -> OutreachDraft:
        self.transactions_seen.append(open_transactions())
        queue.approve(self.ws, draft_id=self.draft_id, reviewer="rep@vendor.example")
        return self.offline.draft(ctx, feedback=feedback)


def _signal(ws, key: str, company: str) -> None:  # type: ignore[no-untyped-def]
    event = SignalEvent(kind=SignalKind.FUNDING, source="wire", occurred_at=utcnow(), ref=key,
                        title=f"{company} raises $20M Series A", company_name=company,
                        facts={"round": "series_a", "amount": 20_000_000, "currency": "USD"})
    with ws.db.session() as session:
        store_events(ws.db, session, [event])
        session.commit()


def test_the_queue_stays_writable_while_a_model_drafts(workspace) -> None:  # type: ignore[no-untyped-def]
    ws = workspace
    import_accounts(ws.db, ACCOUNTS)
    import_contacts(ws, CONTACTS)
    _signal(ws, "a", "Acme")
    assert process_signals(ws).drafted == 1
    (first,) = queue.list_drafts(ws.db)
    _signal(ws, "b", "Beta")
    provider = ApprovingWhileThinking(ws, first.draft.id)
    assert process_signals(ws, provider=provider).drafted == 1
    assert provider.transactions_seen == [0]
    assert queue.get_draft(ws.db, first.draft.id).draft.status == "approved"
    assert {v.account.name for v in queue.list_drafts(ws.db)} == {"Beta"}


def test_two_first_cycles_at_once_neither_crashes(tmp_path, db_url, http_server) -> None:  # type: ignore[no-untyped-def]
    """Issue 8, finding 7: two first cycles of one source at once crashed one of them with a
    UniqueViolation on collector_state. Now the second skips while the first holds the source's
    lock, and a state row created by someone else in between is updated, not inserted twice."""
    import threading

    from agent.pipeline import collect_source
    from tests.conftest import Route, make_workspace
    from tests.integration.test_pipeline import WIRE, rss, source_toml

    url = http_server.add("/wire.xml", Route(rss(WIRE), delay=0.5))
    ws = make_workspace(tmp_path / "ws", db_url, source_toml("wire", url))
    results: list = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(collect_source(ws, "wire"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    done = [r for r in results if not r.skipped]
    skipped = [r for r in results if r.skipped]
    assert len(done) >= 1 and all(r.ok for r in done)
    assert all("another collection of 'wire' is running" in r.skipped for r in skipped)
    assert sum(r.new_signals for r in done) == 4  # stored once, whoever collected
    # The lock is released: the next cycle collects (nothing new).
    again = collect_source(ws, "wire")
    assert again.skipped is None and again.new_signals == 0
    ws.close()


def test_a_state_row_created_meanwhile_is_updated_not_inserted(workspace) -> None:  # type: ignore[no-untyped-def]
    from agent.pipeline import _collector_state_for_update
    from agent.store.models import CollectorState

    with workspace.db.write_session() as session:
        session.add(CollectorState(source="s", type="funding_rss", health="ok"))
        session.commit()
    with workspace.db.write_session() as session:
        row = _collector_state_for_update(session, "s", "funding_rss")
        assert row.health == "ok"
        session.commit()
