"""tests/integration/test_api.py's event dedup and "one MQL, one handoff", with the same batches
posted at the same moment to two `outrider serve` processes on one PostgreSQL database (the
event API's scale-out: no worker job, so two server processes are its "two workers")."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlmodel import select

from agent.store.models import Alert, Handoff, StageChange
from agent.workspace import Workspace
from tests.fakes.processes import Process
from tests.integration.test_api import add_contact, contact_row, token  # noqa: F401  (token: a fixture)
from tests.integration.test_api_server import bearer, event, stored_events
from tests.integration.test_delivery import free_port
from tests.integration.workers_harness import postgres_db_url  # noqa: F401  (the `db_url` fixture: PostgreSQL only)

pytestmark = pytest.mark.postgres


@pytest.fixture
def two_servers(workspace: Workspace, tmp_path: Path) -> Iterator[list[str]]:
    env = {"OUTRIDER_WORKSPACE": str(workspace.path), "DATABASE_URL": workspace.db.url,
           "SLACK_WEBHOOK_URL": "http://127.0.0.1:9/slack-hook"}
    ports = [free_port(), free_port()]
    procs = [Process(["serve", "--port", str(p)], env=env, log=tmp_path / f"serve-{p}.log") for p in ports]
    try:
        for proc, port in zip(procs, ports, strict=True):
            proc.wait_healthy(f"http://127.0.0.1:{port}/healthz")
        yield [f"http://127.0.0.1:{p}" for p in ports]
    finally:
        for proc in procs:
            proc.stop()


def at_once(bases: list[str], token: str, body: Any) -> list[dict[str, Any]]:
    """POST `body` to /v1/events on every server at the same moment; their JSON answers."""
    barrier = threading.Barrier(len(bases))
    answers: list[dict[str, Any]] = []

    def post(base: str) -> None:
        barrier.wait()
        response = httpx.post(f"{base}/v1/events", json=body, headers=bearer(token), timeout=60)
        assert response.status_code == 202, response.text
        answers.append(response.json())

    threads = [threading.Thread(target=post, args=(base,)) for base in bases]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(90)
    assert len(answers) == len(bases)
    return answers


def test_reposting_ids_to_two_servers_at_once_stores_each_once(workspace: Workspace, token: str, two_servers: list[str]) -> None:
    add_contact(workspace)
    batch = [event(i, url=f"https://vendor.example/docs/{i}") for i in range(5)]
    answers = at_once(two_servers, token, batch)
    assert sum(a["accepted"] for a in answers) == 5 and sum(a["duplicates"] for a in answers) == 5, answers
    answers = at_once(two_servers, token, [*batch[:2], event("new")])
    assert sum(a["accepted"] for a in answers) == 1 and sum(a["duplicates"] for a in answers) == 5, answers
    assert len(stored_events(workspace)) == 6


def test_an_mql_from_two_servers_at_once_is_handed_off_once(workspace: Workspace, token: str, two_servers: list[str]) -> None:
    contact_id = add_contact(workspace)
    at_once(two_servers, token, event("visit", url="https://vendor.example/pricing"))
    burst = [event("demo", type="demo_request", url="https://vendor.example/demo"),
             event("pricing-2", url="https://vendor.example/pricing")]
    at_once(two_servers, token, burst)
    fresh = [event("demo-2", type="demo_request"), event("pricing-3", url="https://vendor.example/pricing")]
    at_once(two_servers, token, fresh)
    # The servers' alert workers may already have delivered the owner's e-mail: handed off.
    assert contact_row(workspace).stage in ("mql", "handed_off")
    with workspace.db.session() as session:
        handoffs = session.exec(select(Handoff)).all()
        alerts = session.exec(select(Alert).where(Alert.kind == "mql_handoff")).all()
        changes = session.exec(select(StageChange.to_stage).where(StageChange.contact_id == contact_id)).all()
    assert [h.contact_id for h in handoffs] == [contact_id]
    assert sorted(a.channel for a in alerts) == ["email", "slack"]
    assert sorted(changes) in (["engaged", "mql"], ["engaged", "handed_off", "mql"]), changes
