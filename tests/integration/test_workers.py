"""The pipeline's idempotent steps as procrastinate jobs on PostgreSQL, run by two `outrider
worker` processes: collect -> route -> draft -> send gives the same result as the single loop,
and every step deferred twice (a second cycle, duplicate jobs) is still a no-op."""

from __future__ import annotations

import email
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import func, select

from agent.services import queue
from agent.services.accounts import import_accounts, import_contacts
from agent.store.models import Draft, Outbox, OutboxState, Signal, SignalStatus
from agent.workers.app import bind
from agent.services.workers import status
from agent.workers.ops import defer_once
from agent.workers.tasks import defer_drafts, defer_route, defer_send
from tests.conftest import LoopbackServer, Route, _postgres_available, make_workspace
from tests.integration.test_pipeline import ACCOUNTS, CONTACTS, WIRE, rss, source_toml
from tests.integration.workers_harness import FAST_WORKERS, Workers, outrider_command, pg_schema, wait_for_workers, wait_idle

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url() -> Any:
    if not _postgres_available():
        pytest.fail("these tests need PostgreSQL (OUTRIDER_TEST_POSTGRES_URL)")
    with pg_schema() as url:
        yield url


def count(ws: Any, model: Any, *where: Any) -> int:
    with ws.db.session() as session:
        return session.exec(select(func.count()).select_from(model).where(*where)).one()


@pytest.fixture
def pipeline(tmp_path: Path, pg_url: str, http_server: LoopbackServer) -> Any:
    wire = http_server.add("/wire.xml", Route(rss(WIRE), etag='"wire-v1"'))
    ws = make_workspace(tmp_path / "ws", pg_url, source_toml("wire", wire) + FAST_WORKERS)
    import_accounts(ws.db, ACCOUNTS, filename="accounts.csv")
    import_contacts(ws.db, CONTACTS, filename="contacts.csv")
    bind(ws)
    yield ws
    ws.close()


def _run(ws: Any, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"DATABASE_URL": ws.db.url, "OUTRIDER_WORKSPACE": str(ws.path)}
    import os

    return subprocess.run([*outrider_command(), *args], env={**os.environ, **env}, capture_output=True,
                          text=True, timeout=120, check=False)


def test_two_workers_collect_route_draft_and_send_each_thing_once(pipeline: Any) -> None:
    ws = pipeline
    # The contract: `outrider run --once` on PostgreSQL defers one cycle and returns.
    once = _run(ws, "run", "--once")
    assert once.returncode == 0, once.stderr
    assert "deferred for the workers: 1 collect" in once.stdout
    again = _run(ws, "run", "--once")  # the collect is already waiting: its queueing lock drops the copy
    assert "0 collect" in again.stdout, again.stdout
    state = json.loads(_run(ws, "workers", "status", "--json").stdout)
    assert state["queues"]["collect"] == 1 and state["failed"] == 0

    with Workers(ws.path, ws.db.url, concurrency=2).start(2):
        wait_idle(ws, timeout=120)
        signals = count(ws, Signal)
        drafts = count(ws, Draft)
        assert signals == len(WIRE) - 1 and count(ws, Signal, Signal.status == SignalStatus.NEW) == 0
        # n-5 ("raises prices") is no round. Northwind's round is the one signal with a fitting contact on this feed.
        assert drafts == 1

        # Every step deferred again, by hand and by a second cycle: nothing new anywhere.
        with ws.db.session() as session:
            ids = [s.id for s in session.exec(select(Signal)).all()]
        app = bind(ws)
        app.open()
        try:
            defer_route(ids)
            defer_drafts(ids)
            defer_once(ws)
        finally:
            app.close()
        wait_idle(ws, timeout=120)
        assert (count(ws, Signal), count(ws, Draft)) == (signals, drafts)

        # Approve: the tick hands the outbox row to a send job; sending it again is a no-op.
        draft_id = next(iter(_draft_ids(ws)))
        queue.approve(ws, draft_id=draft_id, reviewer="dana@example.com")
        wait_idle(ws, timeout=120)
        with ws.db.session() as session:
            row = session.exec(select(Outbox)).one()
        assert row.state == OutboxState.SENT
        app.open()
        try:
            defer_send(row.id or 0)
            defer_send(row.id or 0)
        finally:
            app.close()
        wait_idle(ws, timeout=60)
    files = list((ws.path / "outbox").glob("*.eml"))
    assert len(files) == 1, files
    message = email.message_from_bytes(files[0].read_bytes())
    assert message["To"].endswith("maya@northwind.example>") or "maya@northwind.example" in message["To"]
    state = status(ws)
    assert state["failed"] == 0, _run(ws, "jobs", "failed").stdout


def _draft_ids(ws: Any) -> list[int]:
    with ws.db.session() as session:
        return [d for d in session.exec(select(Draft.id)).all() if d]


def test_status_failed_and_retry_name_what_is_wrong(pipeline: Any) -> None:
    ws = pipeline
    app = bind(ws)
    app.open()
    try:
        from agent.workers.tasks import collect

        job_id = collect.defer(source="no-such-source")
    finally:
        app.close()
    with Workers(ws.path, ws.db.url, concurrency=1, queues=["collect"]).start(1):
        import time

        deadline = time.monotonic() + 120
        while status(ws)["failed"] == 0 and time.monotonic() < deadline:
            time.sleep(0.5)
    listed = _run(ws, "jobs", "failed", "--json")
    rows = json.loads(listed.stdout)
    assert [r["id"] for r in rows] == [job_id] and rows[0]["task"] == "collect"
    assert rows[0]["args"] == {"source": "no-such-source"}
    retried = _run(ws, "jobs", "retry", str(job_id))
    assert retried.returncode == 0 and f"job {job_id} (collect) is queued again" in retried.stdout
    state = json.loads(_run(ws, "workers", "status", "--json").stdout)
    assert state["failed"] == 0 and state["queues"]["collect"] == 1
    wrong = _run(ws, "jobs", "retry", str(job_id))
    assert wrong.returncode == 2 and "is todo, not failed" in wrong.stderr
    missing = _run(ws, "jobs", "retry", "999999")
    assert missing.returncode == 2 and "there is no job 999999" in missing.stderr


def test_a_started_worker_has_built_the_routing_index_before_its_first_route_job(pipeline: Any) -> None:
    """Issue 13: the routing index is built when a worker starts, before it registers for jobs,
    so its first route job finds it ready (one build in the log, at start-up). A worker that
    takes no route or draft jobs does not build one."""
    from agent.pipeline import collect_source

    ws = pipeline
    accounts = ACCOUNTS.decode().count("\n") - 1
    log = ws.path / "worker-0-0.log"
    with Workers(ws.path, ws.db.url, concurrency=1, queues=["route", "draft"]) as router:
        router.start(1)
        wait_for_workers(ws, router, 1, timeout=90)
        started = log.read_text(errors="replace")
        assert started.count("routing index built") == 1, started
        assert f"routing index built: {accounts} accounts" in started
        ids = collect_source(ws, "wire").new_signal_ids
        app = bind(ws)
        app.open()
        try:
            defer_route(ids)
        finally:
            app.close()
        wait_idle(ws, timeout=120)
        sender_logs = ws.path / "sender"
        sender_logs.mkdir()
        with Workers(ws.path, ws.db.url, concurrency=1, queues=["send"], log_dir=sender_logs) as sender:
            sender.start(1)
            wait_for_workers(ws, sender, 2, timeout=90)
            assert "routing index built" not in (sender_logs / "worker-0-0.log").read_text(errors="replace")
    text = log.read_text(errors="replace")
    assert " route " in text and " done in " in text, text
    assert text.count("routing index built") == 1, text  # the route job reused the start-up build
    assert count(ws, Draft) == 1


def test_workers_refuse_sqlite_with_advice(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws", f"sqlite:///{tmp_path / 'o.db'}")
    result = _run(ws, "worker")
    assert result.returncode == 2
    assert "needs PostgreSQL: set DATABASE_URL" in result.stderr
