"""The review UI with `[auth]`: sign-in gates every page, the reviewer is the signed-in user (never
typed), pages hide what a role may not do, and the services refuse it anyway (issue 8, finding 9).

AppTest cannot run an OIDC flow; it seeds `st.user` (AppTest.user) the way Streamlit does after
`st.login`. The real flow runs in tests/e2e/test_signin.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from sqlmodel import select
from streamlit.testing.v1 import AppTest

from agent.services import queue as queue_service
from agent.store.models import Draft, Outbox
from agent.workspace import Workspace
from tests.conftest import make_workspace
from tests.ui.test_review_app import APP, TIMEOUT, rendered, seed_draft

AUTH_TOML = """
[auth]
provider = "Test IdP"
server_metadata_url = "http://127.0.0.1:9/.well-known/openid-configuration"
client_id = "outrider-review"

[auth.roles]
"boss@example.com" = "admin"
"@example.com" = "rep"
"guest@example.com" = "viewer"
"""


@pytest.fixture
def ws(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    workspace = make_workspace(tmp_path / "ws", db_url, extra_toml=AUTH_TOML)
    workspace.db  # noqa: B018 - migrate before the app opens its own connection
    monkeypatch.setenv("OUTRIDER_WORKSPACE", str(workspace.path))
    monkeypatch.setenv("DATABASE_URL", db_url)
    # What the old sidebar box defaulted to: with [auth] it must never become the reviewer.
    monkeypatch.setenv("OUTRIDER_REVIEWER", "vp-sales@example.com")
    yield workspace
    st.cache_resource.clear()
    workspace.close()


def app_as(email: str | None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.user = {"email": email, "is_logged_in": True, "email_verified": True} if email else {"is_logged_in": False}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def button_keys(at: AppTest) -> set[str]:
    return {b.key for b in at.button if b.key}


def test_nothing_shows_before_sign_in(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    at = app_as(None)
    assert "Sign in with Test IdP" in [b.label for b in at.button]
    assert f"approve-{draft_id}" not in button_keys(at)
    assert "Acme Robotics" not in rendered(at)
    assert not at.sidebar.text_input  # no "Your email" box to type someone else's address into
    at.button(key="auth-login").click().run()  # AppTest has no secrets.toml: advice, not a traceback
    assert any("Sign-in is not set up for this server" in e.value for e in at.error), [e.value for e in at.error]


def test_an_unverified_email_is_not_signed_in(ws: Workspace) -> None:
    seed_draft(ws)
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.user = {"email": "dana@example.com", "is_logged_in": True, "email_verified": False}
    at.run()
    assert any("did not share a verified e-mail address" in e.value for e in at.error)
    assert "Acme Robotics" not in rendered(at)


def test_a_viewer_reads_but_cannot_act(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    at = app_as("guest@example.com")
    assert "Acme Robotics" in rendered(at)
    assert "Signed in as **guest@example.com**" in "\n".join(m.value for m in at.sidebar.markdown)
    assert "viewer" in "\n".join(m.value for m in at.sidebar.markdown)
    keys = button_keys(at)
    for action in ("approve", "save", "reject", "snooze", "regenerate"):
        assert f"{action}-{draft_id}" not in keys
    assert "auth-logout" in keys
    assert not at.text_area  # the body is shown, not editable
    assert any("not act on it" in c.value for c in at.caption)
    assert not at.sidebar.text_input


def test_a_rep_approves_as_the_signed_in_user(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    at = app_as("Dana@Example.com")
    assert not at.sidebar.text_input
    at.text_area(key=f"body-{draft_id}").set_value("Hi Dana,\n\nCongrats on the $20M round. A short call?\n\nRep")
    at.button(key=f"approve-{draft_id}").click().run()
    assert not at.exception
    draft = queue_service.get_draft(ws.db, draft_id).draft
    assert draft.status == "approved" and draft.reviewed_by == "dana@example.com"
    assert [e.actor for e in queue_service.history(ws.db, draft_id)] == ["dana@example.com"]


def test_the_service_refuses_when_the_role_changed_under_an_open_page(ws: Workspace) -> None:
    """A page drawn for a rep, clicked after the session became a viewer's: the queue service says no."""
    draft_id = seed_draft(ws)
    at = app_as("dana@example.com")
    at.user = {"email": "guest@example.com", "is_logged_in": True}
    at.button(key=f"approve-{draft_id}").click().run()
    assert any("guest@example.com is a viewer" in e.value and "ask an admin" in e.value for e in at.error)
    assert queue_service.get_draft(ws.db, draft_id).draft.status == "pending"
    assert queue_service.history(ws.db, draft_id) == []


def test_only_an_admin_settles_a_delivery(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    queue_service.approve(ws, draft_id=draft_id, reviewer="dana@example.com")
    with ws.db.session() as session:
        row = session.exec(select(Outbox).where(Outbox.draft_id == draft_id)).one()
        row.state, row.attempts, row.message_id = "unknown", 1, "<outrider.1.abc@example.com>"
        session.add(row)
        draft = session.get(Draft, draft_id)
        draft.status = "send_unknown"
        session.add(draft)
        session.commit()
    rep = app_as("dana@example.com")
    rep.selectbox(key="queue-status").set_value("send_unknown").run()
    assert f"mark_sent-{draft_id}" not in button_keys(rep)
    assert any("An admin settles deliveries" in c.value for c in rep.caption)

    admin = app_as("boss@example.com")
    admin.selectbox(key="queue-status").set_value("send_unknown").run()
    admin.button(key=f"mark_sent-{draft_id}").click().run()
    assert not admin.exception
    assert queue_service.get_draft(ws.db, draft_id).draft.status == "sent"
    assert queue_service.history(ws.db, draft_id)[-1].actor == "boss@example.com"


@pytest.mark.parametrize(("email", "may_move"), [("guest@example.com", False), ("dana@example.com", True)])
def test_only_reps_move_a_lead(ws: Workspace, email: str, may_move: bool) -> None:
    from agent.services import leads
    from agent.services.accounts import import_accounts, import_contacts
    from signals.engagement import EngagementIn

    import_accounts(ws.db, b"name,domain,industry,employees,country\nAcme,acme.example,Software,300,US\n")
    import_contacts(ws, b"first_name,last_name,email,title,company,domain\nDana,Lee,dana@acme.example,VP Sales,Acme,acme.example\n")
    leads.record_events(ws, events=[EngagementIn(id="1", type="demo_request", email="dana@acme.example")])
    at = app_as(email)
    at.switch_page("views/leads.py").run()
    assert not at.exception
    assert "requested a demo" in "\n".join(m.value for m in at.markdown)  # the lead is shown
    assert ("lead-stage-move" in button_keys(at)) is may_move


@pytest.mark.parametrize("address", [None, "0.0.0.0"])
def test_without_auth_the_typed_reviewer_is_only_served_on_loopback(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch, address: str | None
) -> None:
    from streamlit import config

    workspace = make_workspace(tmp_path / "ws", db_url)
    monkeypatch.setenv("OUTRIDER_WORKSPACE", str(workspace.path))
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("OUTRIDER_REVIEWER", "vp-sales@example.com")
    draft_id = seed_draft(workspace)
    config.set_option("server.address", address)
    try:
        at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
        assert any("listens beyond 127.0.0.1 without sign-in" in e.value for e in at.error)
        assert not at.sidebar.text_input and f"approve-{draft_id}" not in button_keys(at)
    finally:
        st.cache_resource.clear()
        workspace.close()


@pytest.mark.parametrize(("email", "may_retry"), [("guest@example.com", False), ("dana@example.com", True)])
def test_only_reps_retry_an_alert(ws: Workspace, email: str, may_retry: bool) -> None:
    from agent.services import alerts as alerts_service
    from tests.ui.test_alerts_page import seed as seed_alerts

    slack = seed_alerts(ws)["slack"]
    at = app_as(email)
    at.switch_page("views/alerts.py").run()
    assert not at.exception
    assert any("Slack refused the webhook" in e.value for e in at.error)  # both read the failure
    assert (f"retry-{slack}" in button_keys(at)) is may_retry
    if may_retry:
        at.button(key=f"retry-{slack}").click().run()
        assert not at.exception
        row = alerts_service.get_alert(ws.db, slack)
        assert row["state"] == "pending" and "dana@example.com" in row["last_error"]


@pytest.mark.parametrize(("email", "may_edit"), [("guest@example.com", False), ("dana@example.com", True)])
def test_only_reps_keep_the_accounts(ws: Workspace, email: str, may_edit: bool) -> None:
    from agent.services import accounts as accounts_service

    accounts_service.import_accounts(ws.db, b"name,domain\nAcme,acme.example\n")
    at = app_as(email)
    at.switch_page("views/accounts.py").run()
    assert not at.exception
    assert "Acme" in rendered(at)  # both read the accounts
    keys = button_keys(at)
    assert ("accounts-import" in keys) is may_edit and ("contacts-import" in keys) is may_edit
    assert any(k.startswith("archive-") for k in keys) is may_edit

