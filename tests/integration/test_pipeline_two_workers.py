"""tests/integration/test_pipeline.py's idempotency tests, each step run by two `outrider worker`
processes at once on PostgreSQL (workers_harness.on_two_workers): a second cycle adds nothing,
routing the same signals again drafts nothing more, a changed feed without an ETag adds only its
new entry, one approved draft is sent once."""

from __future__ import annotations

import email
from typing import Any

import pytest
from sqlmodel import col, func, select

from agent.pipeline import collect_source
from agent.services import queue
from agent.store.models import Draft, Outbox, OutboxState, Signal
from tests.integration.test_pipeline import WIRE, count, loop, rss  # noqa: F401  (`loop` is a fixture)
from tests.integration.workers_harness import on_two_workers, postgres_db_url  # noqa: F401  (the `db_url` fixture: PostgreSQL only)

pytestmark = pytest.mark.postgres

CYCLE = (("collect", {"source": "wire"}), ("collect", {"source": "techcrunch"}))


def one_draft_per_signal(ws: Any) -> None:
    with ws.db.session() as session:
        most = session.exec(select(func.count()).select_from(Draft).group_by(col(Draft.signal_id))
                            .order_by(func.count().desc()).limit(1)).first()
        keys = session.exec(select(func.count(col(Signal.dedup_key)), func.count(func.distinct(Signal.dedup_key)))).one()
    assert most in (None, 1), f"a signal has {most} drafts"
    assert keys[0] == keys[1]


def test_second_cycle_is_a_no_op_on_two_workers(loop: Any) -> None:
    ws, _server = loop
    on_two_workers(ws, *CYCLE)
    signals, drafts = count(ws, Signal), count(ws, Draft)
    # The single loop's result (test_cycle_drafts_grounded_messages_for_matched_accounts): Northwind and Configu.
    assert {v.account.name for v in queue.list_drafts(ws.db)} == {"Northwind Analytics", "Configu"}
    one_draft_per_signal(ws)
    on_two_workers(ws, *CYCLE)
    assert (count(ws, Signal), count(ws, Draft)) == (signals, drafts)


def test_routing_the_same_new_signals_on_two_workers_drafts_once(loop: Any) -> None:
    """tests/integration/test_store.py's "routing a signal again is a no-op", raced: the signals
    are collected here (they wait as `new`), then the same route job runs three times at once."""
    ws, _server = loop
    ids = [i for name in ("wire", "techcrunch") for i in collect_source(ws, name).new_signal_ids]
    on_two_workers(ws, ("route", {"signal_ids": ids}), copies=3)
    assert {v.account.name for v in queue.list_drafts(ws.db)} == {"Northwind Analytics", "Configu"}
    one_draft_per_signal(ws)
    assert count(ws, Draft) == 2


def test_changed_feed_without_etag_still_dedups_on_two_workers(loop: Any) -> None:
    ws, server = loop
    on_two_workers(ws, CYCLE[0])
    before = count(ws, Signal)
    route = server.routes["/wire.xml"]
    route.etag = '"wire-v2"'  # "changed", but the same entries + one new
    route.body = rss([*WIRE, ("n-6", "Configu raises $9M seed extension", "More money.")])
    on_two_workers(ws, CYCLE[0])
    assert count(ws, Signal) == before + 1
    one_draft_per_signal(ws)


def test_approve_then_send_delivers_exactly_once_on_two_workers(loop: Any) -> None:
    ws, _server = loop
    on_two_workers(ws, *CYCLE)
    view = queue.list_drafts(ws.db)[0]
    queue.approve(ws, draft_id=view.draft.id, reviewer="rep@example.com")
    with ws.db.session() as session:
        outbox_id = session.exec(select(Outbox.id)).one()
    # Two sends of the row at once, and a whole cycle again (the tick defers due mail too).
    on_two_workers(ws, ("send", {"outbox_id": outbox_id}), ("tick", {"timestamp": 0}), *CYCLE)
    files = list(ws.outbox_dir.glob("*.eml"))
    assert len(files) == 1, files
    assert email.message_from_bytes(files[0].read_bytes())["To"].endswith(f"<{view.contact.email}>")
    assert count(ws, Outbox) == 1
    with ws.db.session() as session:
        assert session.exec(select(Outbox.state)).one() == OutboxState.SENT
    assert queue.get_draft(ws.db, view.draft.id).draft.status == "sent"
