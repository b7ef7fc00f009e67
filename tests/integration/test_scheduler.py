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


def test_the_loop_sends_approved_mail_while_a_source_is_stuck(
    tmp_path: Path, db_url: str, http_server: LoopbackServer
) -> None:
    """The loop used to run sending on the same thread as collecting: while one source dripped
    a byte at a time (up to its deadline), approved mail waited behind it."""
    import threading
    import time

    from agent.pipeline import collect_source, process_signals
    from agent.services.delivery import outbox

    wire = http_server.add("/wire.xml", Route(rss(WIRE)))
    slow = http_server.add("/slow.xml", Route(b"<rss>" + b" " * 2000 + b"</rss>", trickle=0.25))
    extra = source_toml("wire", wire) + source_toml("slow", slow, timeout_s=600, deadline_s=600)
    ws = make_workspace(tmp_path / "ws", db_url, extra)
    import_accounts(ws.db, ACCOUNTS)
    import_contacts(ws.db, CONTACTS)
    collect_source(ws, "wire")
    process_signals(ws)
    draft_id = queue.list_drafts(ws.db)[0].draft.id

    stop = threading.Event()
    loop = threading.Thread(target=run_forever, args=(ws,),
                            kwargs={"tick_seconds": 0.05, "stop": stop, "send_every_s": 0.05})
    loop.start()
    try:
        assert http_server.routes["/slow.xml"].started.wait(30), "the loop began collecting the slow source"
        queue.approve(ws, draft_id=draft_id, reviewer="rep@example.com")
        states: list[str] = []
        for _ in range(600):  # polls, not a timing: the send happens on its own thread
            states = [r["state"] for r in outbox(ws.db) if r["draft_id"] == draft_id]
            if states == ["sent"]:
                break
            time.sleep(0.05)
        assert states == ["sent"]
        assert http_server.routes["/slow.xml"].completed == 0 and loop.is_alive(), "still collecting"
    finally:
        stop.set()
        http_server.closing.set()  # the drip ends, the stuck read fails, the loop sees `stop`
        loop.join(60)
    assert not loop.is_alive()
    ws.close()
