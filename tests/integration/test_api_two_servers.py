"""tests/integration/test_api.py's event dedup, "one MQL, one handoff" and "reaches Slack, HubSpot
and the owner exactly once", and
test_unsubscribe.py's repeated one-click unsubscribe, with the same requests arriving at the same
moment at two `outrider serve` processes on one PostgreSQL database (the HTTP side's scale-out:
no worker job, so two server processes are its "two workers")."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlmodel import select

from agent.delivery import send_approved
from agent.store.models import Alert, EngagementEvent, Handoff, StageChange, Suppression
from agent.workspace import Workspace
from tests.fakes.processes import Process
from tests.fakes.hubspot_server import HubSpotServer
from tests.fakes.slack_server import SlackWebhookServer
from tests.integration.test_api import (  # noqa: F401  (token: a fixture)
    FRESH_BURST,
    MQL_BURST,
    add_contact,
    alert_everywhere,
    assert_reached_once,
    contact_row,
    token,
    wait_delivered,
)
from tests.integration.test_api_server import bearer, event, stored_events
from tests.integration.test_delivery import free_port
from tests.integration.test_unsubscribe import SECRET, approved_draft, linked, one_click_url, outbox_state, sent_messages  # noqa: F401
from tests.integration.test_unsubscribe import add_contact as add_person
from tests.integration.workers_harness import postgres_db_url  # noqa: F401  (the `db_url` fixture: PostgreSQL only)

pytestmark = pytest.mark.postgres


@contextmanager
def serve_twice(ws: Workspace, tmp_path: Path, ports: list[int], **env: str) -> Iterator[list[str]]:
    """Two `outrider serve` processes for `ws` on `ports`; yields their base URLs."""
    env = {"OUTRIDER_WORKSPACE": str(ws.path), "DATABASE_URL": ws.db.url, **env}
    procs = [Process(["serve", "--port", str(p)], env=env, log=tmp_path / f"serve-{p}.log") for p in ports]
    try:
        for proc, port in zip(procs, ports, strict=True):
            proc.wait_healthy(f"http://127.0.0.1:{port}/healthz")
        yield [f"http://127.0.0.1:{p}" for p in ports]
    finally:
        for proc in procs:
            proc.stop()


@pytest.fixture
def two_servers(workspace: Workspace, tmp_path: Path) -> Iterator[list[str]]:
    with serve_twice(workspace, tmp_path, [free_port(), free_port()],
                     SLACK_WEBHOOK_URL="http://127.0.0.1:9/slack-hook") as bases:
        yield bases


def at_once(bases: list[str], token: str | None, body: Any, path: str = "/v1/events", form: bool = False) -> list[Any]:
    """POST `body` (JSON, or a form) to `path` on every server at the same moment; their answers."""
    barrier = threading.Barrier(len(bases))
    answers: list[Any] = []

    def post(base: str) -> None:
        barrier.wait()
        sent = {"data": body} if form else {"json": body}
        response = httpx.post(f"{base}{path}", headers=bearer(token) if token else {}, timeout=60, **sent)
        assert response.status_code in (200, 202), response.text
        answers.append(response.json() if not form else response.text)

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


def test_an_mql_at_two_servers_at_once_reaches_slack_hubspot_and_the_owner_exactly_once(
    workspace: Workspace, token: str, tmp_path: Path
) -> None:
    """The same burst at two `serve` processes at once, each with its own alert sender: one
    handoff, and each of its three alerts delivered once though both senders race for them."""
    with SlackWebhookServer() as slack, HubSpotServer() as hubspot:
        hub_contact = hubspot.add_contact("ana@acme.io", firstname="Ana")
        env = alert_everywhere(workspace, slack, hubspot)
        add_contact(workspace)
        with serve_twice(workspace, tmp_path, [free_port(), free_port()], **env) as bases:
            answers = at_once(bases, token, MQL_BURST)
            assert sum(a["accepted"] for a in answers) == 2 and sum(a["duplicates"] for a in answers) == 2, answers
            assert wait_delivered(workspace) == ["email", "hubspot", "slack"]
            answers = at_once(bases, token, MQL_BURST)
            assert sum(a["accepted"] for a in answers) == 0, answers
            answers = at_once(bases, token, FRESH_BURST)
            assert sum(a["accepted"] for a in answers) == 2, answers
        assert_reached_once(workspace, slack, hubspot, hub_contact)


def test_one_click_unsubscribe_posted_to_two_servers_at_once_acts_once(linked: Any, tmp_path: Path) -> None:
    """test_unsubscribe.py's "a repeat is harmless", the two one-click POSTs arriving at once at
    two server processes: one suppression, one event, the approved next message cancelled once."""
    ws, in_process = linked
    in_process.close()  # its port (the public_url's) goes to the first server process
    account_id, contact_id = add_person(ws)
    approved_draft(ws, account_id, contact_id)
    assert send_approved(ws).sent == 1
    url = one_click_url(sent_messages(ws)[0])
    second = approved_draft(ws, account_id, contact_id, body="Hi Zoë,\n\nOne more thought.\n\nDana")
    path = url.removeprefix(in_process.base)
    with serve_twice(ws, tmp_path, [in_process.port, free_port()], OUTRIDER_SECRET_KEY=SECRET) as bases:
        pages = at_once(bases, None, {"List-Unsubscribe": "One-Click"}, path=path, form=True)
    assert all("unsubscribed" in page for page in pages)
    with ws.db.session() as session:
        suppressions = session.exec(select(Suppression)).all()
        events = session.exec(select(EngagementEvent)).all()
    assert [s.value for s in suppressions] == ["zoe@acme.io"]
    assert [e.type for e in events] == ["unsubscribe"]
    assert outbox_state(ws, second) in ("cancelled", "suppressed")
