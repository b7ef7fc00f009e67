"""The embedded scheduler: sources run on their `every`, from state in the database only."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from agent.scheduler import due_sources, run_cycle, run_forever
from agent.services import queue
from agent.services.accounts import import_accounts, import_contacts
from tests.conftest import LoopbackServer, Route, make_workspace
from tests.integration.test_pipeline import ACCOUNTS, CONTACTS, WIRE, rss, source_toml
from signals.model import utcnow


def test_due_sources_follow_every_and_the_database(tmp_path: Path, db_url: str, http_server: LoopbackServer) -> None:
    url = http_server.add("/wire.xml", Route(rss(WIRE)))
    extra = source_toml("fast", url) + source_toml("daily", url).replace('every = "30m"', 'every = "1d"')
    ws = make_workspace(tmp_path / "ws", db_url, extra)
    assert due_sources(ws) == ["fast", "daily"]  # never run: everything is due
    run_cycle(ws, deliver=False)
    assert due_sources(ws) == []
    assert due_sources(ws, now=utcnow() + timedelta(minutes=31)) == ["fast"]
    assert due_sources(ws, now=utcnow() + timedelta(days=1, minutes=1)) == ["fast", "daily"]
    ws.close()


def test_run_forever_collects_drafts_and_stops_when_told(
    tmp_path: Path, db_url: str, http_server: LoopbackServer
) -> None:
    url = http_server.add("/wire.xml", Route(rss(WIRE)))
    ws = make_workspace(tmp_path / "ws", db_url, source_toml("wire", url))
    import_accounts(ws.db, ACCOUNTS)
    import_contacts(ws.db, CONTACTS)
    run_forever(ws, tick_seconds=0.01, max_ticks=3)
    assert [v.account.name for v in queue.list_drafts(ws.db)] == ["Northwind Analytics"]
    assert http_server.routes["/wire.xml"].hits == 1  # not due again within its 30 minutes
    ws.close()
