"""The Analytics and Audit pages, driven headless with streamlit.testing.v1.AppTest on SQLite and
PostgreSQL: the numbers on the page are the report service's, the audit log filters and exports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from agent.services import audit, delivery, report
from agent.workspace import Workspace
from signals.model import utcnow
from tests.conftest import make_workspace
from tests.report_seed import seed_report_history

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "review_ui" / "app.py"
TIMEOUT = 60


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


def page(name: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    at.switch_page(f"views/{name}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_analytics_charts_the_report(ws: Workspace) -> None:
    seed_report_history(ws.db)
    at = page("analytics")
    at.selectbox(key="analytics-period").select("All time").run()
    assert not at.exception, [e.value for e in at.exception]
    assert [t.value for t in at.title] == ["Analytics"]
    assert [s.value for s in at.subheader] == [
        "Speed to lead", "Queue age", "Approved without edit", "Rejection reasons", "Replies and meetings",
        "Sequences by step", "MQLs per week", "Handoff latency",
    ]
    assert {m.label: m.value for m in at.metric} == {
        "Signal to sent (median)": "11.0 h",  # the seeded history: 5.5 h and 16.5 h
        "Waiting for a decision": "2",
        "Approved without edit": "40%",  # 2 of 5 decided drafts
        "MQLs": "3",
    }
    charts = at.get("vega_lite_chart")
    assert len(charts) == 6
    specs = [json.loads(c.proto.spec) for c in charts]
    assert any(s["encoding"]["y"]["field"] == "median_h" for s in specs)
    # The speed table on the page is the service's, row for row.
    expected = report.build(ws.db).speed_to_lead
    shown = at.dataframe[0].value
    assert list(shown["family"]) == [r["family"] for r in expected]
    assert list(shown["median_h"]) == [r["median_h"] for r in expected]
    assert [b.label for b in at.get("download_button")] == ["Download CSV"]


def test_analytics_on_an_empty_workspace_says_what_to_do(ws: Workspace) -> None:
    at = page("analytics")
    assert any("Nothing to chart in this period yet" in i.value for i in at.info)
    assert not at.get("vega_lite_chart")


def test_audit_page_filters_and_exports(ws: Workspace) -> None:
    delivery.suppress(ws.db, value="spam.example", reason="asked us to stop", actor="admin@example.com")
    audit.record(ws.db, actor="rep@example.com", action="config.changed", target_type="config", target_id="icp",
                 before={"min_employees": 50}, after={"min_employees": 20})
    audit.record(ws.db, actor="rep@example.com", action="draft.approved", target_type="draft", target_id=9,
                 before={"status": "pending"}, after={"status": "approved"}, at=utcnow() - timedelta(days=45))
    at = page("audit")
    table = at.dataframe[0].value
    assert list(table["action"]) == ["config.changed", "suppression.added"]  # newest first; 45 days ago is hidden
    assert list(table["who"]) == ["rep@example.com", "admin@example.com"]
    assert table["change"][0] == "min_employees: 50 -> 20"
    assert any("2 entries" in c.value for c in at.caption)

    at.date_input(key="audit-from").set_value((utcnow() - timedelta(days=60)).date()).run()
    assert len(at.dataframe[0].value) == 3
    at.text_input(key="audit-actor").input("admin").run()
    assert list(at.dataframe[0].value["target"]) == ["suppression spam.example"]
    at.text_input(key="audit-actor").input("").run()
    at.selectbox(key="audit-action").select("draft").run()
    assert list(at.dataframe[0].value["action"]) == ["draft.approved"]
    at.selectbox(key="audit-action").select("outbox").run()
    assert any("No audit entries match" in i.value for i in at.info)
    assert not at.exception


def test_an_account_archived_in_the_ui_is_on_the_audit_page_with_who_did_it(ws: Workspace) -> None:
    from agent.services import accounts as accounts_service

    account = accounts_service.add_account(ws.db, name="Hooli", domain="hooli.example")
    at = page("accounts")
    at.button(key=f"archive-{account.id}").click().run()
    assert not at.exception, [e.value for e in at.exception]
    entry = audit.entries(ws.db, action="account.archive")[0]
    assert entry["actor"] == "rep@example.com" and entry["target_id"] == str(account.id)

    at = page("audit")
    table = at.dataframe[0].value
    assert list(table["action"]) == ["account.archive", "account.add"]
    assert list(table["who"]) == ["rep@example.com", "unknown"]  # added here without an actor
