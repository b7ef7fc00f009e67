"""The HTTP server itself, run for real: uvicorn on 127.0.0.1 (a free port) in a thread, spoken to
over HTTP with httpx. Also home of `LiveServer`, which the other API tests use.

Covers: /healthz (up, and a broken database), token auth (missing, wrong, revoked, Basic),
the body cap (by Content-Length and while streaming), and that tokens and bodies never reach
the log.
"""

from __future__ import annotations

import base64
import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from agent.api.server import make_server
from agent.services import tokens
from agent.store.models import EngagementEvent
from agent.workspace import Workspace
from tests.conftest import make_workspace


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """`outrider serve`'s uvicorn server for `ws`, started in a thread on a free loopback port."""

    def __init__(self, ws: Workspace, *, port: int | None = None, alert_worker: bool = False) -> None:
        self.port = port or free_port()
        self.server = make_server(ws, host="127.0.0.1", port=self.port, alert_worker=alert_worker)
        self.thread = threading.Thread(target=self.server.run, name="outrider-api", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the API server did not start")
            time.sleep(0.02)
        self.base = f"http://127.0.0.1:{self.port}"
        self.client = httpx.Client(base_url=self.base, timeout=30, follow_redirects=False)

    def close(self) -> None:
        self.client.close()
        self.server.should_exit = True
        self.thread.join(timeout=30)


@pytest.fixture
def live(workspace: Workspace) -> Iterator[LiveServer]:
    server = LiveServer(workspace)
    yield server
    server.close()


@pytest.fixture
def token(workspace: Workspace) -> str:
    value, _info = tokens.create_token(workspace.db, name="tests")
    return value


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def event(n: int | str, **kw: Any) -> dict[str, Any]:
    return {"id": f"evt-{n}", "type": "page_view", "email": "ana@acme.io", **kw}


def stored_events(ws: Workspace) -> list[EngagementEvent]:
    from sqlmodel import select

    with ws.db.session() as session:
        return list(session.exec(select(EngagementEvent)).all())


# --------------------------------------------------------------------------- health


def test_healthz_answers_ok_while_the_database_answers(live: LiveServer) -> None:
    response = live.client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_healthz_is_503_with_a_reason_when_the_database_is_broken(tmp_path: Path) -> None:
    db_file = tmp_path / "broken.db"
    ws = make_workspace(tmp_path / "ws", f"sqlite:///{db_file}")
    server = LiveServer(ws)
    try:
        assert server.client.get("/healthz").status_code == 200
        ws.db.engine.dispose()
        for suffix in ("-wal", "-shm"):
            Path(f"{db_file}{suffix}").unlink(missing_ok=True)
        db_file.write_bytes(b"this is not a database file " * 200)
        response = server.client.get("/healthz")
        assert response.status_code == 503
        body = response.json()
        assert body["status"] == "unavailable"
        assert "database does not answer" in body["reason"]
        assert str(db_file) not in response.text
    finally:
        server.close()
        ws.close()


# --------------------------------------------------------------------------- auth


def test_missing_wrong_and_revoked_tokens_are_401(workspace: Workspace, live: LiveServer, token: str) -> None:
    post = lambda headers: live.client.post("/v1/events", json=event(1), headers=headers)  # noqa: E731
    missing = post({})
    assert missing.status_code == 401
    assert "Bearer" in missing.json()["detail"] and missing.headers["www-authenticate"].startswith("Bearer")
    assert post(bearer("otr_" + "x" * 43)).status_code == 401
    assert post(bearer(token[:-1])).status_code == 401
    assert post({"Authorization": f"Token {token}"}).status_code == 401
    assert live.client.post("/v1/segment", json={"type": "page"}).status_code == 401
    assert stored_events(workspace) == []

    assert post(bearer(token)).status_code == 202
    tokens.revoke_token(workspace.db, name="tests")
    assert post(bearer(token)).status_code == 401
    assert len(stored_events(workspace)) == 1


def test_basic_auth_with_the_token_as_username_is_accepted(live: LiveServer, token: str) -> None:
    """Segment's and RudderStack's webhook destinations send Basic auth."""
    basic = base64.b64encode(f"{token}:".encode()).decode()
    response = live.client.post("/v1/events", json=event(1), headers={"Authorization": f"Basic {basic}"})
    assert response.status_code == 202
    wrong = base64.b64encode(b"otr_nope:").decode()
    assert live.client.post("/v1/events", json=event(2), headers={"Authorization": f"Basic {wrong}"}).status_code == 401


def test_token_use_is_recorded_without_keeping_the_token(workspace: Workspace, live: LiveServer, token: str) -> None:
    assert live.client.post("/v1/events", json=event(1), headers=bearer(token)).status_code == 202
    (info,) = tokens.list_tokens(workspace.db)
    assert info.last_used_at is not None
    assert info.prefix == token[:12] and len(token) > 40
    from sqlmodel import select

    from agent.store.models import ApiToken

    with workspace.db.session() as session:
        row = session.exec(select(ApiToken)).one()
    assert row.token_hash == tokens.hash_token(token) and token not in row.model_dump_json()


# --------------------------------------------------------------------------- body cap


def test_body_over_the_cap_is_413_by_content_length(workspace: Workspace, live: LiveServer, token: str) -> None:
    big = [event(i, properties={"pad": "x" * 7000}) for i in range(200)]  # ~1.5 MB of valid events
    response = live.client.post("/v1/events", json=big, headers=bearer(token))
    assert response.status_code == 413
    assert "1,048,576 bytes" in response.json()["detail"]
    assert stored_events(workspace) == []


def test_body_over_the_cap_is_413_while_streaming_without_a_length(workspace: Workspace, live: LiveServer, token: str) -> None:
    """Chunked transfer encoding: no Content-Length to trust, so the cap is counted as it arrives."""

    def chunks() -> Iterator[bytes]:
        yield b"["
        for i in range(200):
            yield (b"," if i else b"") + httpx.Response(200, json=event(i, properties={"pad": "y" * 7000})).content

        yield b"]"

    response = live.client.post("/v1/events", content=chunks(), headers=bearer(token))
    assert response.status_code == 413
    assert stored_events(workspace) == []
    # A body under the cap, streamed the same way, is read whole and accepted.
    small = live.client.post("/v1/events", content=iter([b"[", httpx.Response(200, json=event(1)).content, b"]"]),
                             headers=bearer(token))
    assert small.status_code == 202 and small.json() == {"accepted": 1, "duplicates": 0}


# --------------------------------------------------------------------------- logs


def test_tokens_and_bodies_never_reach_the_log(live: LiveServer, token: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    secret_text = "confidential-note-7f3a"
    live.client.post("/v1/events", json=event(1, properties={"note": secret_text}), headers=bearer(token))
    live.client.post("/v1/events", json=[{"id": "x", "type": "nope", "email": secret_text + "@acme.io"}], headers=bearer(token))
    live.client.post("/v1/events", json=event(2), headers=bearer(token + "tampered"))
    live.client.get("/u/1.AAAAsecretlooking")
    # Everything the server side logged (the test's own HTTP client logs are not the server's).
    text = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith(("httpx", "httpcore")))
    assert "POST /v1/events 202" in text and "POST /v1/events 422" in text  # the access log is there
    assert "GET /u/… 404" in text
    assert token not in text and token[4:20] not in text
    assert secret_text not in text and "secretlooking" not in text


# --------------------------------------------------------------------------- the write gate


def _until(condition: Any) -> None:
    deadline = time.monotonic() + 20
    while not condition():
        assert time.monotonic() < deadline, "the gate never reached the expected state"
        time.sleep(0.002)


def test_the_write_gate_serves_the_alert_sender_first_and_the_rest_in_order() -> None:
    from agent.api.gate import WriteGate

    gate = WriteGate(grace_s=0)
    order: list[str] = []
    release = threading.Event()

    def holder() -> None:
        with gate.hold():
            with gate.hold():  # re-entrant: the owner may nest
                order.append("holder")
                release.wait(20)

    def writer(name: str, urgent: bool = False) -> None:
        with gate.hold(urgent=urgent):
            order.append(name)

    threads = [threading.Thread(target=holder)]
    threads[0].start()
    _until(lambda: order == ["holder"])
    for n in range(4):
        thread = threading.Thread(target=writer, args=(f"event-{n}",))
        thread.start()
        threads.append(thread)
        _until(lambda n=n: gate._next_ticket == n + 2)  # queued before the next one arrives
    urgent = threading.Thread(target=writer, args=("alert", True))
    urgent.start()
    threads.append(urgent)
    _until(lambda: gate._urgent_waiting == 1)
    release.set()
    for thread in threads:
        thread.join(20)
    assert order == ["holder", "alert", "event-0", "event-1", "event-2", "event-3"]


def test_the_alert_sender_gets_a_gated_database_on_sqlite_only(workspace: Workspace) -> None:
    from agent.api.gate import GatedDatabase, WriteGate, urgent_workspace

    gate = WriteGate()
    seen = urgent_workspace(workspace, gate)
    if workspace.db.is_sqlite:
        assert isinstance(seen.db, GatedDatabase) and seen.db.engine is workspace.db.engine
        assert seen.config is workspace.config and workspace.db is not seen.db
        with seen.db.session() as session:  # its sessions hold the gate...
            assert gate._owner == threading.get_ident()
            with seen.db.write_session():  # ...re-entrantly
                pass
        assert gate._owner is None
    else:
        assert seen is workspace
