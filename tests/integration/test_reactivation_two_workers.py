"""tests/integration/test_reactivation.py's "one open reactivation per lead" (the router's check and
the database's partial UNIQUE index) and "once per return", each step run by two `outrider worker`
processes at once on PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from agent.pipeline import collect_source
from agent.services import queue
from agent.services import reactivation as reactivation_service
from agent.store.models import Contact, Draft
from signals.model import utcnow
from tests.conftest import LoopbackServer, Route
from tests.integration.test_reactivation import FUNDING, return_reactivations, rss, setup, visit_pricing
from tests.integration.workers_harness import on_two_workers, postgres_db_url  # noqa: F401  (the `db_url` fixture: PostgreSQL only)

pytestmark = pytest.mark.postgres


def route_new_signals_on_two_workers(ws, *sources: str) -> None:  # type: ignore[no-untyped-def]
    """Collect here (the signals wait as `new`), then route the same batch twice at once."""
    ids = [i for name in sources for i in collect_source(ws, name).new_signal_ids]
    assert ids
    on_two_workers(ws, ("route", {"signal_ids": ids}))


def ravi_drafts(ws) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with ws.db.session() as session:
        ravi = session.exec(select(Contact).where(Contact.email == "ravi@northwind.example")).one()
        rows = session.exec(select(Draft).where(Draft.contact_id == ravi.id).order_by(Draft.id)).all()
    return [(d.kind, d.status, d.id) for d in rows]


def test_one_open_reactivation_per_lead_on_two_workers(tmp_path: Path, db_url: str, http_server: LoopbackServer) -> None:
    now = utcnow()
    ws = setup(tmp_path, db_url, http_server, now)
    route_new_signals_on_two_workers(ws, "wire", "press")
    assert [(k, s) for k, s, _ in ravi_drafts(ws)] == [("reactivation", "pending")]
    second = rss([("f-3", "Northwind Analytics lands $20M Series C", "Northwind Analytics closed a Series C.")],
                 now - timedelta(hours=1))
    http_server.add("/funding.xml", Route(second))
    route_new_signals_on_two_workers(ws, "wire")
    rows = ravi_drafts(ws)
    assert [(k, s) for k, s, _ in rows] == [("reactivation", "pending")]
    queue.reject(ws.db, draft_id=rows[0][2] or 0, reviewer="rep@example.com", reason="not now")
    third = rss([("f-4", "Northwind Analytics raises $60M Series D", "Northwind Analytics raised $60 million.")],
                now - timedelta(minutes=30))
    http_server.add("/funding.xml", Route(third))
    route_new_signals_on_two_workers(ws, "wire")
    assert [(k, s) for k, s, _ in ravi_drafts(ws)] == [("reactivation", "rejected"), ("reactivation", "pending")]
    ws.close()


def test_the_database_holds_one_open_reactivation_per_lead_on_two_workers(
    tmp_path: Path, db_url: str, http_server: LoopbackServer
) -> None:
    """Two different signals at Ravi's account, each routed (and drafted) by its own job, the two
    workers at once: neither sees the other's reactivation yet, so the partial UNIQUE index is
    what keeps one open for him (the loser's insert is skipped, its job does not fail)."""
    now = utcnow()
    ws = setup(tmp_path, db_url, http_server, now)
    both = rss([FUNDING[0], ("f-3", "Northwind Analytics lands $20M Series C", "Northwind Analytics closed a Series C.")],
               now - timedelta(hours=2))
    http_server.add("/funding.xml", Route(both))
    first, second = collect_source(ws, "wire").new_signal_ids
    on_two_workers(ws, ("route", {"signal_ids": [first]}), ("route", {"signal_ids": [second]}), copies=1)
    assert [(k, s) for k, s, _ in ravi_drafts(ws)] == [("reactivation", "pending")]
    ws.close()


def test_a_return_wakes_a_dormant_lead_once_on_two_workers(tmp_path: Path, db_url: str, http_server: LoopbackServer) -> None:
    """The "returns" chore (wake_returns) run twice at once: one reactivation for Ravi's return."""
    now = utcnow()
    ws = setup(tmp_path, db_url, http_server, now)
    visit_pricing(ws, now)
    on_two_workers(ws, ("chore", {"name": "returns"}), copies=2)
    assert [i["email"] for i in return_reactivations(ws)] == ["ravi@northwind.example"]
    assert reactivation_service.wake_returns(ws).found == 0  # once per return
    ws.close()
