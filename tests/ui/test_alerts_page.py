"""The Alerts page, driven headless with streamlit.testing.v1.AppTest on SQLite and PostgreSQL:
failed alerts first with their error and a Retry button that goes through the alerts service."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from agent.services import alerts as alerts_service
from agent.store.models import Account, Alert, Contact, Handoff
from agent.workspace import Workspace
from signals.model import utcnow
from tests.conftest import make_workspace

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "review_ui" / "app.py"
PAGE = ROOT / "review_ui" / "views" / "alerts.py"
TIMEOUT = 60
ERROR = "Slack refused the webhook's token (invalid_token): create a new incoming webhook, then retry"


@pytest.fixture
def ws(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    workspace = make_workspace(tmp_path / "ws", db_url)
    workspace.db  # noqa: B018 - migrate before the app opens its own connection
    monkeypatch.setenv("OUTRIDER_WORKSPACE", str(workspace.path))
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("OUTRIDER_REVIEWER", "rep@example.com")
    yield workspace
    st.cache_resource.clear()
    workspace.close()


def seed(ws: Workspace) -> dict[str, int]:
    """One handoff with a failed Slack alert, a delivered e-mail and a pending HubSpot task."""
    now = utcnow()
    with ws.db.session() as s:
        account = Account(name="Acme Robotics", domain="acme.io", owner_email="olive@example.com")
        s.add(account)
        s.flush()
        contact = Contact(first_name="Dana", last_name="Buyer", email="dana@acme.io", account_id=account.id, stage="mql")
        s.add(contact)
        s.flush()
        handoff = Handoff(contact_id=contact.id or 0, score=82.0, reason="score 82 crossed the MQL threshold 70")
        s.add(handoff)
        s.flush()
        rows = {
            "slack": Alert(kind="mql_handoff", ref_id=handoff.id or 0, contact_id=contact.id, channel="slack",
                           state="failed", attempts=1, last_error=ERROR),
            "email": Alert(kind="mql_handoff", ref_id=handoff.id or 0, contact_id=contact.id, channel="email",
                           state="delivered", attempts=1, delivered_at=now, external_ref="<alert-2@example.com>"),
            "hubspot": Alert(kind="mql_handoff", ref_id=handoff.id or 0, contact_id=contact.id, channel="hubspot",
                             state="pending", attempts=1, next_attempt_at=now + timedelta(seconds=30),
                             last_error="HubSpot's rate limit was reached (429)"),
        }
        for row in rows.values():
            s.add(row)
        s.commit()
        return {name: int(row.id or 0) for name, row in rows.items()}


def alerts_page() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    at.switch_page("views/alerts.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_failed_alerts_come_first_with_their_error_and_a_retry(ws: Workspace) -> None:
    ids = seed(ws)
    at = alerts_page()
    assert [t.value for t in at.title] == ["Alerts"]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"Delivered": "1", "Pending": "1", "Failed": "1"}
    assert [h.value for h in at.subheader] == ["Failed (1)", "Pending and delivered"]
    assert any("Slack refused the webhook" in e.value for e in at.error)
    table = at.dataframe[0].value
    assert list(table["channel"]) == ["HubSpot task", "Owner e-mail"]  # pending before delivered
    assert set(table["state"]) == {"delivered", "pending"}

    at.button(key=f"retry-{ids['slack']}").click().run()
    assert not at.exception
    assert any(f"Alert {ids['slack']}" in s.value and "pending again" in s.value for s in at.success)
    row = alerts_service.get_alert(ws.db, ids["slack"])
    assert row["state"] == "pending" and "rep@example.com" in row["last_error"]
    assert not at.error  # nothing failed any more
    assert {m.label: m.value for m in at.metric}["Failed"] == "0"


def test_retry_needs_the_reviewers_email(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OUTRIDER_REVIEWER")
    ids = seed(ws)
    at = alerts_page()
    assert any("Enter your email in the sidebar to retry" in w.value for w in at.warning)
    at.button(key=f"retry-{ids['slack']}").click().run()
    assert any("Enter your email" in w.value for w in at.warning)
    assert alerts_service.get_alert(ws.db, ids["slack"])["state"] == "failed"


def test_the_state_filter_and_an_empty_workspace(ws: Workspace) -> None:
    at = AppTest.from_file(str(PAGE), default_timeout=TIMEOUT).run()  # the page runs on its own too
    assert not at.exception
    assert any("No alerts yet" in i.value for i in at.info)
    seed(ws)
    at.run()
    at.selectbox(key="alerts-state").select("delivered").run()
    assert not at.exception and not at.error
    assert list(at.dataframe[0].value["state"]) == ["delivered"]
