"""The fast paths keep the slow paths' behaviour, on SQLite and PostgreSQL: requests recorded
together (group commit) are answered as if recorded one after the other, a failing request
fails alone, the routing index follows account changes made anywhere, sources share one
fetcher, and the bulk accounts import upserts exactly as the row-by-row one did."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlmodel import func, select

from agent.api.gate import WriteGate
from agent.api.writer import EventWriter
from agent.ingest import store_events
from agent.pipeline import process_signals, shared_fetcher
from agent.services import leads
from agent.services.accounts import add_account, import_accounts, import_contacts, remove_account, update_account
from agent.store.models import Account, Contact, EngagementEvent
from signals.engagement import EngagementIn
from signals.model import SignalEvent, SignalKind, utcnow
from tests.conftest import make_workspace

ACCOUNTS = b"""name,domain,industry,employees,country,owner_email
Acme Robotics,acme.example,Software,400,US,owner@vendor.example
"""
CONTACTS = b"""first_name,last_name,email,title,company,domain
Dana,Lee,dana@acme.example,VP Sales,Acme Robotics,acme.example
Sam,Ortiz,sam@acme.example,Head of RevOps,Acme Robotics,acme.example
"""


@pytest.fixture
def ws(tmp_path: Path, db_url: str):  # type: ignore[no-untyped-def]
    workspace = make_workspace(tmp_path / "ws", db_url)
    import_accounts(workspace.db, ACCOUNTS)
    import_contacts(workspace, CONTACTS)
    yield workspace
    workspace.close()


def ev(key: str, type_: str = "page_view", email: str = "dana@acme.example", **kw) -> EngagementIn:  # type: ignore[no-untyped-def]
    return EngagementIn(id=key, type=type_, email=email, **kw)  # type: ignore[arg-type]


def count(ws, model) -> int:  # type: ignore[no-untyped-def]
    with ws.db.session() as session:
        return int(session.exec(select(func.count()).select_from(model)).one())


# --------------------------------------------------------------------------- group commit


def test_batches_recorded_together_count_as_if_one_after_the_other(ws) -> None:  # type: ignore[no-untyped-def]
    batches = [
        leads.EventBatch([ev("a", url="https://vendor.example/pricing"), ev("b", "email_open")]),
        leads.EventBatch([ev("b", "email_open"), ev("c", "demo_request", "sam@acme.example")]),  # "b" reposted
        leads.EventBatch([ev("d", email="nobody@elsewhere.example")]),
        leads.EventBatch([ev("a")], origin="segment"),  # another origin: another key
    ]
    results = leads.record_event_batches(ws, batches)
    assert [(r.accepted, r.duplicates) for r in results] == [(2, 0), (1, 1), (1, 0), (1, 0)]
    assert [r.unattached for r in results] == [0, 0, 1, 0]
    assert len(results[1].handoff_ids) == 1 and not results[0].handoff_ids
    assert count(ws, EngagementEvent) == 5
    with ws.db.session() as session:
        dana = session.exec(select(Contact).where(Contact.email == "dana@acme.example")).one()
        sam = session.exec(select(Contact).where(Contact.email == "sam@acme.example")).one()
        applied = session.exec(select(func.count()).select_from(EngagementEvent).where(EngagementEvent.applied)).one()
    assert sam.stage == "mql" and dana.stage == "engaged"
    assert applied == 4
    # The ledgers a group leaves are the ledgers history gives (what `leads rescore` computes).
    assert leads.rescore(ws).drifted == 0


def test_a_failing_batch_fails_alone(ws) -> None:  # type: ignore[no-untyped-def]
    bad = EngagementIn.model_construct(id="x", type="page_view", email="dana@acme.example", domain=None, url=None,
                                       occurred_at=None, properties={"not json": object()})
    results = leads.record_event_batches(
        ws, [leads.EventBatch([ev("ok1")]), leads.EventBatch([bad]), leads.EventBatch([ev("ok2", "email_open")])]
    )
    assert isinstance(results[1], Exception)
    assert [(r.accepted, r.duplicates) for r in (results[0], results[2])] == [(1, 0), (1, 0)]
    assert count(ws, EngagementEvent) == 2


def test_the_writer_answers_each_request_with_its_own_counts(ws) -> None:  # type: ignore[no-untyped-def]
    writer = EventWriter(SimpleNamespace(workspace=ws, write_gate=WriteGate()))
    answers: dict[int, tuple[int, int]] = {}

    def post(n: int) -> None:
        result = writer.submit([ev(f"w{n}"), ev("shared")], "api").result(timeout=60)
        answers[n] = (result.accepted, result.duplicates)

    threads = [threading.Thread(target=post, args=(n,)) for n in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    writer.stop()
    assert len(answers) == 12
    assert sorted(answers.values()) == [(1, 1)] * 11 + [(2, 0)]  # "shared" is new exactly once
    assert count(ws, EngagementEvent) == 13


# --------------------------------------------------------------------------- the routing index


def signal(ws, key: str, company: str) -> list[int]:  # type: ignore[no-untyped-def]
    event = SignalEvent(kind=SignalKind.FUNDING, source="wire", occurred_at=utcnow(), ref=key,
                        title=f"{company} raises $20M Series A", company_name=company,
                        facts={"round": "series_a", "amount": 20_000_000, "currency": "USD"})
    with ws.db.session() as session:
        ids = store_events(ws.db, session, [event])
        session.commit()
    return ids


def test_the_routing_index_follows_account_changes(ws) -> None:  # type: ignore[no-untyped-def]
    assert process_signals(ws, signal_ids=signal(ws, "1", "Initech")).unmatched == 1
    added = add_account(ws.db, name="Initech", domain="initech.example")
    assert process_signals(ws, signal_ids=signal(ws, "2", "Initech")).unmatched == 0
    update_account(ws.db, added.id, name="Initrode")
    assert process_signals(ws, signal_ids=signal(ws, "3", "Initech")).unmatched == 1
    assert process_signals(ws, signal_ids=signal(ws, "4", "Initrode")).unmatched == 0
    import_accounts(ws.db, b"name,domain\nUmbrella,umbrella.example\n")  # the bulk path moves the version too
    assert process_signals(ws, signal_ids=signal(ws, "5", "Umbrella")).unmatched == 0
    remove_account(ws.db, added.id)
    assert process_signals(ws, signal_ids=signal(ws, "6", "Initrode")).unmatched == 1


def test_sources_of_a_workspace_share_one_fetcher(ws) -> None:  # type: ignore[no-untyped-def]
    first = shared_fetcher(ws)
    assert shared_fetcher(ws) is first
    ws.config.http.attempts = ws.config.http.attempts + 1  # [http] changed: a new fetcher
    assert shared_fetcher(ws) is not first


# --------------------------------------------------------------------------- the bulk import


def test_the_bulk_import_upserts_as_row_by_row_did(ws) -> None:  # type: ignore[no-untyped-def]
    summary = import_accounts(ws.db, b"""name,domain,industry,employees,country
Acme Robotics,acme.example,,450,
Hooli,hooli.example,Software,90,US
Pied Piper,piedpiper.example,Software,12,US
Pied Piper,,,13,
""")
    # Acme exists (employees changed; empty cells keep what we knew). The second Pied Piper has
    # no domain, so it is found by its name: the account this same file creates two rows above.
    assert (summary.created, summary.updated, summary.unchanged) == (2, 2, 0)
    with ws.db.session() as session:
        rows = {a.name: a for a in session.exec(select(Account)).all()}
    assert set(rows) == {"Acme Robotics", "Hooli", "Pied Piper"}
    assert (rows["Acme Robotics"].employees, rows["Acme Robotics"].industry, rows["Acme Robotics"].country) == (450, "Software", "US")
    assert (rows["Hooli"].industry, rows["Hooli"].employees, rows["Hooli"].suggested) == ("Software", 90, False)
    assert (rows["Pied Piper"].employees, rows["Pied Piper"].domain, rows["Pied Piper"].industry) == (13, "piedpiper.example", "Software")
    again = import_accounts(ws.db, b"name,domain,employees\nAcme Robotics,acme.example,450\n")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
