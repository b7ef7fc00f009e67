"""Roles from [auth] and the services refusing what a role may not do (issue 8, finding 9)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agent import ui_server
from agent.cli import app
from agent.config import AuthConfig, ConfigError, Settings, parse_workspace_config
from agent.services import delivery as delivery_service
from agent.services import queue as queue_service
from agent.services.auth import Actor, Forbidden, authorize, can, role_for
from agent.store.models import Outbox, OutboxState, ReviewEvent
from agent.workspace import Workspace
from tests.conftest import make_workspace
from tests.e2e.test_browser import seed_pending_draft
from sqlmodel import select

AUTH = AuthConfig(
    server_metadata_url="https://idp.example.com/.well-known/openid-configuration",
    client_id="outrider",
    roles={"Boss@Example.com": "admin", "@example.com": "rep", "guest@example.com": "viewer"},
)
runner = CliRunner()


def test_roles_address_beats_domain_beats_default() -> None:
    assert role_for("boss@example.com", AUTH) == "admin"
    assert role_for("BOSS@example.com ", AUTH) == "admin"
    assert role_for("dana@example.com", AUTH) == "rep"
    assert role_for("guest@example.com", AUTH) == "viewer"
    assert role_for("someone@elsewhere.io", AUTH) == "viewer"  # signed in, not listed
    assert role_for("dana@sub.example.com", AUTH) == "viewer"  # a domain is exact, not a suffix


def test_auth_config_is_checked(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"auth.roles"):
        parse_workspace_config(
            {"auth": {"server_metadata_url": "https://x.example/.well-known", "client_id": "c", "roles": {"lol": "rep"}}},
            path=tmp_path / "outrider.toml",
        )
    with pytest.raises(ConfigError, match=r"auth.roles"):
        parse_workspace_config(
            {"auth": {"server_metadata_url": "https://x.example/", "client_id": "c", "roles": {"a@b.io": "owner"}}},
            path=tmp_path / "outrider.toml",
        )
    with pytest.raises(ConfigError, match=r"auth.client_id"):
        parse_workspace_config({"auth": {"server_metadata_url": "https://x.example/"}}, path=tmp_path / "outrider.toml")


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("viewer", set()),
        ("rep", {"approve", "edit", "reject", "snooze", "regenerate"}),
        ("admin", {"approve", "edit", "reject", "snooze", "regenerate", "settle", "suppress", "config"}),
    ],
)
def test_what_each_role_may_do(role: str, allowed: set[str]) -> None:
    actor = Actor("x@example.com", role)  # type: ignore[arg-type]
    for action in ("approve", "edit", "reject", "snooze", "regenerate", "settle", "suppress", "config"):
        assert can(actor, action) == (action in allowed)  # type: ignore[arg-type]
        if action in allowed:
            assert authorize(actor, action) == "x@example.com"  # type: ignore[arg-type]
        else:
            with pytest.raises(Forbidden, match="ask an admin"):
                authorize(actor, action)  # type: ignore[arg-type]
    assert can("local@example.com", "config")  # no [auth]: the local single user
    assert authorize(Actor("x@example.com", "admin", via="cli"), "approve") == "x@example.com (cli)"


def test_viewer_refusal_reads_like_advice() -> None:
    with pytest.raises(Forbidden) as exc:
        authorize(Actor("guest@example.com", "viewer"), "approve")
    assert str(exc.value).startswith("guest@example.com is a viewer: viewers can read the queue but not approve drafts")


# --------------------------------------------------------------------------- the services refuse


@pytest.fixture
def ws(tmp_path: Path, db_url: str) -> Workspace:
    workspace = make_workspace(tmp_path / "ws", db_url)
    yield workspace  # type: ignore[misc]
    workspace.close()


def test_queue_refuses_a_viewer_and_records_a_rep(ws: Workspace) -> None:
    draft_id = seed_pending_draft(ws)
    viewer = Actor("guest@example.com", "viewer")
    for act in (
        lambda: queue_service.approve(ws, draft_id=draft_id, reviewer=viewer),
        lambda: queue_service.reject(ws.db, draft_id=draft_id, reviewer=viewer, reason="no"),
        lambda: queue_service.snooze(ws.db, draft_id=draft_id, reviewer=viewer),
        lambda: queue_service.save_edits(ws, draft_id=draft_id, reviewer=viewer, body="Hi Dana, edited."),
        lambda: queue_service.regenerate(ws, draft_id=draft_id, reviewer=viewer, instruction="shorter"),
    ):
        with pytest.raises(Forbidden):
            act()
    view = queue_service.get_draft(ws.db, draft_id)
    assert view.draft.status == "pending" and view.draft.version == 1
    assert queue_service.history(ws.db, draft_id) == []

    view = queue_service.approve(ws, draft_id=draft_id, reviewer=Actor("dana@example.com", "rep"))
    assert view.draft.status == "approved" and view.draft.reviewed_by == "dana@example.com"


def test_settling_a_delivery_needs_an_admin(ws: Workspace) -> None:
    draft_id = seed_pending_draft(ws)
    queue_service.approve(ws, draft_id=draft_id, reviewer="dana@example.com")
    with ws.db.session() as s:
        row = s.exec(select(Outbox).where(Outbox.draft_id == draft_id)).one()
        row.state = OutboxState.UNKNOWN
        s.add(row)
        s.commit()
    with pytest.raises(Forbidden, match="reps can read the queue but not settle deliveries"):
        delivery_service.resolve_unknown(ws.db, draft_id=draft_id, reviewer=Actor("dana@example.com", "rep"), outcome="cancel")
    with pytest.raises(Forbidden):
        delivery_service.suppress(ws.db, value="@acme.io", actor=Actor("dana@example.com", "rep"))
    assert delivery_service.suppressions(ws.db) == []
    row = delivery_service.resolve_unknown(
        ws.db, draft_id=draft_id, reviewer=Actor("boss@example.com", "admin", via="cli"), outcome="cancel"
    )
    assert row["state"] == "cancelled"
    with ws.db.session() as s:
        actors = [e.actor for e in s.exec(select(ReviewEvent).where(ReviewEvent.draft_id == draft_id)).all()]
    assert actors == ["dana@example.com", "boss@example.com (cli)"]


def test_cli_by_gets_its_role_from_auth(ws: Workspace, monkeypatch: pytest.MonkeyPatch, db_url: str) -> None:
    with ws.config_path.open("a") as f:
        f.write(
            '\n[auth]\nserver_metadata_url = "https://idp.example.com/.well-known/openid-configuration"\n'
            'client_id = "outrider"\n[auth.roles]\n"@example.com" = "rep"\n'
        )
    monkeypatch.setenv("DATABASE_URL", db_url)
    draft_id = seed_pending_draft(ws)
    args = ["-w", str(ws.path), "queue", "approve", str(draft_id)]
    refused = runner.invoke(app, [*args, "--by", "visitor@elsewhere.io"])
    assert refused.exit_code == 2 and "visitor@elsewhere.io is a viewer" in refused.output
    done = runner.invoke(app, [*args, "--by", "Dana@Example.com"])
    assert done.exit_code == 0, done.output
    assert queue_service.get_draft(ws.db, draft_id).draft.reviewed_by == "dana@example.com (cli)"


def test_cli_by_without_auth_is_recorded_as_cli(ws: Workspace, monkeypatch: pytest.MonkeyPatch, db_url: str) -> None:
    monkeypatch.setenv("DATABASE_URL", db_url)
    draft_id = seed_pending_draft(ws)
    result = runner.invoke(app, ["-w", str(ws.path), "queue", "reject", str(draft_id), "--by", "rep@example.com", "--reason", "x"])
    assert result.exit_code == 0, result.output
    assert [e.actor for e in queue_service.history(ws.db, draft_id)] == ["rep@example.com (cli)"]


# --------------------------------------------------------------------------- the generated secrets.toml


def test_secrets_file_is_private_and_removed(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws", f"sqlite:///{tmp_path / 'db.sqlite'}")
    ws.config.auth = AUTH
    ws.settings = Settings(OIDC_CLIENT_SECRET="client-s3cret", OUTRIDER_SECRET_KEY="k" * 32)  # type: ignore[call-arg]
    launch = ui_server.plan(ws, host="127.0.0.1", port=8765)
    assert launch.secrets_dir is not None and launch.signed_in
    secrets = launch.secrets_dir / "secrets.toml"
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o600
    assert stat.S_IMODE(launch.secrets_dir.stat().st_mode) == 0o700
    text = secrets.read_text()
    assert 'redirect_uri = "http://127.0.0.1:8765/oauth2callback"' in text
    assert 'client_secret = "client-s3cret"' in text
    assert "k" * 32 not in text  # the cookie key is derived, not the link-signing key itself
    assert "client-s3cret" not in " ".join(launch.cmd) and str(secrets) in launch.cmd
    launch.cmd = ["true"]
    assert ui_server.run(launch) == 0
    assert not launch.secrets_dir.exists()


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.0.0.2", True), ("::1", True), ("[::1]", True), ("localhost", True),
     ("0.0.0.0", False), ("::", False), ("192.168.1.5", False), ("10.0.0.1", False)],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    from agent.services.auth import is_loopback

    assert is_loopback(host) is loopback
