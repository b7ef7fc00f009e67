"""POST /v1/events and /v1/segment through the real server (uvicorn on loopback, httpx), on SQLite
and PostgreSQL; and the `outrider serve` / `outrider api-token` commands as a person runs them.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from sqlmodel import col, select

from agent.config import Settings
from agent.services import leads
from agent.store.models import Account, Alert, Contact, EngagementEvent, Handoff, Identity, StageChange
from agent.workspace import Workspace
from tests.conftest import make_workspace
from tests.fakes.hubspot_server import HubSpotServer
from tests.fakes.slack_server import SlackWebhookServer
from tests.integration.test_api_server import LiveServer, bearer, event, free_port, stored_events

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def token(workspace: Workspace) -> str:
    from agent.services.tokens import create_token

    return create_token(workspace.db, name="tests")[0]


def add_contact(ws: Workspace, email: str = "ana@acme.io", *, title: str = "VP Sales", owner: str = "owner@vendor.example") -> int:
    with ws.db.session() as session:
        account = Account(name="Acme", domain=email.rpartition("@")[2], industry="Software", employees=200,
                          country="US", owner_email=owner)
        session.add(account)
        session.flush()
        contact = Contact(first_name="Ana", last_name="Lima", email=email, title=title, company="Acme", account_id=account.id)
        session.add(contact)
        session.commit()
        return int(contact.id)  # type: ignore[arg-type]


def contact_row(ws: Workspace, email: str = "ana@acme.io") -> Contact:
    with ws.db.session() as session:
        return session.exec(select(Contact).where(Contact.email == email)).one()


def count(ws: Workspace, model: Any) -> int:
    with ws.db.session() as session:
        return len(session.exec(select(model)).all())


# --------------------------------------------------------------------------- /v1/events


def test_a_bad_event_is_422_naming_index_and_field_and_nothing_is_stored(workspace: Workspace, token: str) -> None:
    add_contact(workspace)
    server = LiveServer(workspace)
    try:
        batch = [
            event(0),
            {"id": "evt-1", "type": "page_view"},  # neither email nor domain
            event(2, url="https://vendor.example/pricing"),
            event(3, type="clicked_a_thing"),
            event(4, email="not-an-address"),
            event(5, occurred_at="yesterday-ish"),
            "page_view",
            event(7, colour="red"),
        ]
        response = server.client.post("/v1/events", json=batch, headers=bearer(token))
        assert response.status_code == 422
        problems = {(p["index"], p["field"]) for p in response.json()["detail"]}
        assert problems == {(1, "email"), (3, "type"), (4, "email"), (5, "occurred_at"), (6, ""), (7, "colour")}
        messages = {p["index"]: p["message"] for p in response.json()["detail"]}
        assert "needs `email`" in messages[1] and "not an e-mail address" in messages[4]
        assert stored_events(workspace) == []
        assert contact_row(workspace).score_ledger == {}

        # The whole body, not one event, is wrong: index null, field "body".
        for body, needle in ((b"{not json", "not JSON"), (b"", "empty"), (b"42", "one event")):
            bad = server.client.post("/v1/events", content=body, headers={**bearer(token), "Content-Type": "application/json"})
            assert bad.status_code == 422
            (problem,) = bad.json()["detail"]
            assert problem["index"] is None and problem["field"] == "body" and needle in problem["message"]
        too_many = server.client.post("/v1/events", json=[event(i) for i in range(1001)], headers=bearer(token))
        assert too_many.status_code == 422 and "at most 1,000" in too_many.json()["detail"][0]["message"]
        assert stored_events(workspace) == []

        # The same batch with its problems fixed is stored whole.
        fixed = [event(i, url="https://vendor.example/blog") for i in range(8)]
        assert server.client.post("/v1/events", json=fixed, headers=bearer(token)).json() == {"accepted": 8, "duplicates": 0}
    finally:
        server.close()


def test_reposting_ids_stores_nothing_new(workspace: Workspace, token: str) -> None:
    add_contact(workspace)
    server = LiveServer(workspace)
    try:
        batch = [event(i, url=f"https://vendor.example/docs/{i}") for i in range(5)]
        first = server.client.post("/v1/events", json=batch, headers=bearer(token))
        assert first.status_code == 202 and first.json() == {"accepted": 5, "duplicates": 0}
        score = contact_row(workspace).score
        again = server.client.post("/v1/events", json=batch, headers=bearer(token))
        assert again.json() == {"accepted": 0, "duplicates": 5}
        mixed = server.client.post("/v1/events", json=[*batch[:2], event("new")], headers=bearer(token))
        assert mixed.json() == {"accepted": 1, "duplicates": 2}
        single = server.client.post("/v1/events", json=event("new"), headers=bearer(token))
        assert single.json() == {"accepted": 0, "duplicates": 1}
        assert len(stored_events(workspace)) == 6
        assert contact_row(workspace).score >= score
    finally:
        server.close()


def test_a_pricing_visit_and_a_demo_request_make_an_mql_with_one_handoff(workspace: Workspace, token: str) -> None:
    workspace.settings = workspace.settings.model_copy(
        update={"slack_webhook_url": SecretStr("http://127.0.0.1:9/slack-hook")}
    )
    contact_id = add_contact(workspace)
    server = LiveServer(workspace)
    try:
        visit = server.client.post(
            "/v1/events",
            json=event("visit", url="https://vendor.example/pricing", occurred_at="2030-01-01T09:00:00Z"),
            headers=bearer(token),
        )
        assert visit.status_code == 202
        lead = contact_row(workspace)
        assert lead.stage == "engaged" and lead.score > 0
        assert any("/pricing" in reason for reason in lead.score_reasons)
        assert count(workspace, Handoff) == 0

        burst = [
            event("demo", type="demo_request", url="https://vendor.example/demo"),
            event("pricing-2", url="https://vendor.example/pricing"),
        ]
        assert server.client.post("/v1/events", json=burst, headers=bearer(token)).json() == {"accepted": 2, "duplicates": 0}
        lead = contact_row(workspace)
        assert lead.stage == "mql"
        with workspace.db.session() as session:
            (handoff,) = session.exec(select(Handoff)).all()
            assert handoff.contact_id == contact_id
            alerts = session.exec(select(Alert).where(Alert.ref_id == handoff.id)).all()
            changes = session.exec(select(StageChange).where(StageChange.contact_id == contact_id)
                                   .order_by(col(StageChange.id))).all()
        assert {a.channel for a in alerts} == {"slack", "email"}
        assert all(a.state == "pending" and a.kind == "mql_handoff" for a in alerts)
        assert [c.to_stage for c in changes] == ["engaged", "mql"]

        # The same burst again (a retrying sender) and a fresh one: no second handoff.
        assert server.client.post("/v1/events", json=burst, headers=bearer(token)).json() == {"accepted": 0, "duplicates": 2}
        fresh = [event("demo-2", type="demo_request"), event("pricing-3", url="https://vendor.example/pricing")]
        assert server.client.post("/v1/events", json=fresh, headers=bearer(token)).json()["accepted"] == 2
        assert count(workspace, Handoff) == 1
        assert count(workspace, Alert) == 2
        assert leads.lead_detail(workspace, email="ana@acme.io")["stage"] == "mql"
    finally:
        server.close()


#: A pricing visit and a demo request: an MQL at once. FRESH: the next burst, no second handoff.
MQL_BURST = [event("visit", url="https://vendor.example/pricing"),
             event("demo", type="demo_request", url="https://vendor.example/demo")]
FRESH_BURST = [event("demo-2", type="demo_request"), event("visit-2", url="https://vendor.example/pricing")]


def alert_everywhere(ws: Workspace, slack: SlackWebhookServer, hubspot: HubSpotServer) -> dict[str, str]:
    """Handoff alerts to Slack, HubSpot and the owner's e-mail, in `ws` and its outrider.toml (for
    server processes); returns the secrets' environment for those processes."""
    from tests.integration.workers_harness import write_settings

    env = {"SLACK_WEBHOOK_URL": slack.webhook_url, "HUBSPOT_ACCESS_TOKEN": hubspot.token}
    ws.settings = Settings(DATABASE_URL=ws.settings.database_url, **env)  # type: ignore[call-arg]
    write_settings(ws, alerts={"email_owner": True},
                   crm={"hubspot": {"base_url": hubspot.base_url, "update_lifecycle": True}})
    return env


def wait_delivered(ws: Workspace, timeout: float = 60) -> list[str]:
    """Wait until every alert is delivered (three expected); their channels."""
    deadline = time.monotonic() + timeout
    while True:
        with ws.db.session() as session:
            states = sorted((a.channel, a.state) for a in session.exec(select(Alert)).all())
        if all(state == "delivered" for _, state in states) and len(states) == 3:
            return [c for c, _ in states]
        assert time.monotonic() < deadline, f"alerts not delivered: {states}"
        time.sleep(0.05)


def assert_reached_once(ws: Workspace, slack: SlackWebhookServer, hubspot: HubSpotServer, hub_contact: str) -> None:
    """One handoff, one Slack message, one HubSpot task on the contact, one e-mail to the owner."""
    import email as email_lib
    from email import policy as email_policy

    # Alerts exist only per handoff, so one handoff and three alerts means nothing more can go out.
    assert count(ws, Handoff) == 1 and count(ws, Alert) == 3
    assert len(slack.posts) == 1 and "ana@acme.io" in slack.post_text(slack.posts[0])
    (task,) = hubspot.tasks.values()
    assert task["associations"][0]["contact"] == hub_contact
    assert task["properties"]["hs_task_priority"] == "HIGH"
    owner_mail = [
        email_lib.message_from_bytes(p.read_bytes(), policy=email_policy.default)  # type: ignore[misc]
        for p in (ws.outbox_dir / "alerts").glob("*.eml")
    ]
    assert [m["To"].addresses[0].addr_spec for m in owner_mail] == ["owner@vendor.example"]
    assert contact_row(ws).stage == "handed_off"


def test_an_mql_through_the_server_reaches_slack_hubspot_and_the_owner_exactly_once(workspace: Workspace, token: str) -> None:
    """The issue's "done when": events over HTTP make an MQL; the server's own alert sender
    delivers one Slack message, one HubSpot task (associated with the contact) and one owner
    e-mail; the same burst again, and a fresh one, make no second handoff."""
    with SlackWebhookServer() as slack, HubSpotServer() as hubspot:
        hub_contact = hubspot.add_contact("ana@acme.io", firstname="Ana")
        alert_everywhere(workspace, slack, hubspot)
        add_contact(workspace)
        server = LiveServer(workspace, alert_worker=True)
        try:
            assert server.client.post("/v1/events", json=MQL_BURST, headers=bearer(token)).json() == {"accepted": 2, "duplicates": 0}
            assert wait_delivered(workspace) == ["email", "hubspot", "slack"]
            assert server.client.post("/v1/events", json=MQL_BURST, headers=bearer(token)).json() == {"accepted": 0, "duplicates": 2}
            assert server.client.post("/v1/events", json=FRESH_BURST, headers=bearer(token)).json()["accepted"] == 2
        finally:
            server.close()
        assert_reached_once(workspace, slack, hubspot, hub_contact)


def test_an_event_for_an_unknown_email_is_kept_and_a_domain_visit_finds_its_account(workspace: Workspace, token: str) -> None:
    add_contact(workspace)
    server = LiveServer(workspace)
    try:
        body = [event("stranger", email="newbie@acme.io"), {"id": "anon", "type": "page_view", "domain": "www.acme.io"}]
        assert server.client.post("/v1/events", json=body, headers=bearer(token)).json() == {"accepted": 2, "duplicates": 0}
        rows = {e.key: e for e in stored_events(workspace)}
        assert rows["api:evt-stranger"].contact_id is None and rows["api:evt-stranger"].applied is False
        assert rows["api:anon"].domain == "acme.io" and rows["api:anon"].account_id is not None
    finally:
        server.close()


# --------------------------------------------------------------------------- /v1/segment


def test_segment_identify_then_anonymous_pages_and_tracks(workspace: Workspace, token: str) -> None:
    add_contact(workspace)
    server = LiveServer(workspace)
    try:
        identify = {
            "type": "identify", "messageId": "ajs-id-1", "userId": "u-42", "anonymousId": "anon-7",
            "traits": {"email": "Ana@Acme.io", "name": "Ana Lima"}, "timestamp": "2030-01-02T10:00:00Z",
        }
        first = server.client.post("/v1/segment", json=identify, headers=bearer(token))
        assert first.status_code == 202
        assert first.json() == {"accepted": 0, "duplicates": 0, "identified": 1, "ignored": 0, "ignored_reasons": {}}
        with workspace.db.session() as session:
            known = {i.key: i.email for i in session.exec(select(Identity)).all()}
        assert known == {"user:u-42": "ana@acme.io", "anon:anon-7": "ana@acme.io"}

        # Later, a separate request: the visitor is anonymous, but we know who it is.
        batch = {
            "batch": [
                {"type": "page", "messageId": "ajs-p-1", "anonymousId": "anon-7", "name": "Pricing",
                 "properties": {"url": "https://vendor.example/pricing", "title": "Pricing"},
                 "timestamp": "2030-01-02T10:05:00Z"},
                {"type": "track", "messageId": "ajs-t-1", "userId": "u-42", "event": "Demo Requested",
                 "properties": {"plan": "team"}, "context": {"page": {"url": "https://vendor.example/demo"}}},
                {"type": "track", "messageId": "ajs-t-2", "userId": "u-42", "event": "Cart Viewed"},
                {"type": "page", "messageId": "ajs-p-2", "anonymousId": "someone-else"},
                {"type": "screen", "messageId": "ajs-s-1", "userId": "u-42"},
            ]
        }
        response = server.client.post("/v1/segment", json=batch, headers=bearer(token))
        assert response.status_code == 202
        body = response.json()
        assert (body["accepted"], body["duplicates"], body["ignored"]) == (2, 0, 3)
        assert body["ignored_reasons"]["unknown track event 'Cart Viewed'"] == 1
        rows = {e.key: e for e in stored_events(workspace)}
        assert set(rows) == {"segment:ajs-p-1", "segment:ajs-t-1"}
        page, demo = rows["segment:ajs-p-1"], rows["segment:ajs-t-1"]
        assert (page.type, page.email, page.url) == ("page_view", "ana@acme.io", "https://vendor.example/pricing")
        assert page.properties.get("segment_page") == "Pricing"
        assert (demo.type, demo.url, demo.properties["plan"]) == ("demo_request", "https://vendor.example/demo", "team")
        assert page.applied and demo.applied
        assert contact_row(workspace).stage == "mql"

        assert server.client.post("/v1/segment", json=batch, headers=bearer(token)).json()["duplicates"] == 2
    finally:
        server.close()


def test_segment_malformed_call_is_422_and_nothing_is_stored(workspace: Workspace, token: str) -> None:
    add_contact(workspace)
    server = LiveServer(workspace)
    try:
        batch = {
            "batch": [
                {"type": "identify", "userId": "u-1", "traits": {"email": "ana@acme.io"}},
                {"type": "track", "event": "Form Submitted", "userId": "ana@acme.io"},  # no messageId
                {"type": "page", "messageId": "p-1", "userId": "ana@acme.io", "timestamp": "not a time"},
            ]
        }
        response = server.client.post("/v1/segment", json=batch, headers=bearer(token))
        assert response.status_code == 422
        assert [(p["index"], p["field"]) for p in response.json()["detail"]] == [(1, "messageId"), (2, "timestamp")]
        assert stored_events(workspace) == [] and count(workspace, Identity) == 0
        bad_batch = server.client.post("/v1/segment", json={"batch": "nope"}, headers=bearer(token))
        assert bad_batch.status_code == 422 and bad_batch.json()["detail"][0]["field"] == "batch"
    finally:
        server.close()


# --------------------------------------------------------------------------- the commands


def _outrider(*args: str, env: dict[str, str], **kw: Any) -> subprocess.CompletedProcess[str]:
    """The command as a person runs it: a separate process."""
    return subprocess.run([sys.executable, "-m", "agent.cli", *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120, **kw)


def _invoke(*args: str, env: dict[str, str]) -> Any:
    """The same command in this process (quicker; the code path is the same)."""
    from typer.testing import CliRunner

    from agent.cli import app

    return CliRunner().invoke(app, list(args), env={"OUTRIDER_WORKSPACE": env["OUTRIDER_WORKSPACE"], "DATABASE_URL": None})


@pytest.fixture
def serve_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    ws = make_workspace(tmp_path / "ws", f"sqlite:///{tmp_path / 'ws' / 'outrider.db'}")
    add_contact(ws)
    ws.close()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "OUTRIDER_SECRET_KEY")}
    env["OUTRIDER_WORKSPACE"] = str(tmp_path / "ws")
    yield env


def test_serve_and_api_token_commands(serve_env: dict[str, str]) -> None:
    created = _outrider("api-token", "create", "segment", env=serve_env)
    assert created.returncode == 0, created.stderr
    token = [line for line in created.stdout.splitlines() if line.strip()][-1].strip()
    assert token.startswith("otr_") and " " not in token
    duplicate = _invoke("api-token", "create", "segment", env=serve_env)
    assert duplicate.exit_code == 2 and "exists already" in duplicate.stderr

    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "agent.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=serve_env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.communicate()[1]
            assert time.monotonic() < deadline, "outrider serve did not come up"
            time.sleep(0.1)
        posted = httpx.post(f"{base}/v1/events", json=event(1, url="https://vendor.example/pricing"),
                            headers=bearer(token), timeout=30)
        assert posted.status_code == 202 and posted.json() == {"accepted": 1, "duplicates": 0}

        listed = json.loads(_invoke("api-token", "list", "--json", env=serve_env).stdout)
        assert [(t["name"], t["revoked_at"]) for t in listed] == [("segment", None)]
        assert listed[0]["last_used_at"] is not None and listed[0]["prefix"] == token[:12]
        table = _invoke("api-token", "list", env=serve_env).stdout
        assert "segment" in table and token not in table

        assert _invoke("api-token", "revoke", "segment", env=serve_env).exit_code == 0
        refused = httpx.post(f"{base}/v1/events", json=event(2), headers=bearer(token), timeout=30)
        assert refused.status_code == 401
        missing = _invoke("api-token", "revoke", "nobody", env=serve_env)
        assert missing.exit_code == 2 and "no token named 'nobody'" in missing.stderr
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert token not in out + err
    assert "Serving the Outrider API" in err


def test_serve_refuses_public_url_without_a_secret_key(serve_env: dict[str, str]) -> None:
    config = Path(serve_env["OUTRIDER_WORKSPACE"]) / "outrider.toml"
    config.write_text(config.read_text(encoding="utf-8") + '\n[server]\npublic_url = "https://go.vendor.example"\n',
                      encoding="utf-8")
    result = _outrider("serve", "--port", str(free_port()), env=serve_env)
    assert result.returncode == 2
    assert "OUTRIDER_SECRET_KEY" in result.stderr and "Traceback" not in result.stderr
    short = _invoke("serve", "--port", str(free_port()), env=serve_env)
    assert short.exit_code == 2 and "OUTRIDER_SECRET_KEY" in short.stderr
