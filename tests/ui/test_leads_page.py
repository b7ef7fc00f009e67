"""The Leads page (AppTest): MQLs first, one lead's breakdown and timeline, moving a stage."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from agent.services import leads
from agent.services.accounts import import_accounts, import_contacts
from agent.workspace import Workspace
from signals.engagement import EngagementIn
from tests.conftest import make_workspace

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "review_ui" / "app.py"


@pytest.fixture
def ws(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    workspace = make_workspace(tmp_path / "ws", db_url)
    monkeypatch.setenv("OUTRIDER_WORKSPACE", str(workspace.path))
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("OUTRIDER_REVIEWER", "rep@vendor.example")
    import_accounts(workspace.db, b"name,domain,industry,employees,country\nAcme,acme.example,Software,300,US\n")
    import_contacts(
        workspace,
        b"first_name,last_name,email,title,company,domain\n"
        b"Dana,Lee,dana@acme.example,VP Sales,Acme,acme.example\nSam,Ortiz,sam@acme.example,CFO,Acme,acme.example\n",
    )
    now = datetime.now(UTC)
    leads.record_events(
        workspace,
        events=[EngagementIn(id="1", type="page_view", email="sam@acme.example", url="/blog"),
                EngagementIn(id="2", type="demo_request", email="dana@acme.example")],
        now=now,
    )
    yield workspace
    from review_ui import common

    common.close_workspaces()
    workspace.close()


def leads_page() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    at.switch_page("views/leads.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_mqls_first_with_their_reasons_and_timeline(ws: Workspace) -> None:
    at = leads_page()
    table = at.dataframe[0].value
    assert list(table["email"])[0] == "dana@acme.example"
    assert list(table["stage"])[0] == "MQL"
    text = "\n".join(m.value for m in at.markdown)
    assert "+40 demo request" in text
    assert "requested a demo" in text  # the stage change in the timeline


def test_move_a_lead_to_another_stage_is_recorded(ws: Workspace) -> None:
    at = leads_page()
    at.selectbox(key="leads-open").select("sam@acme.example").run()
    at.selectbox(key="leads-stage").select("all").run()
    at.selectbox(key="lead-stage-to").select("disqualified")
    at.text_input(key="lead-stage-why").input("wrong person: a student")
    at.button(key="lead-stage-move").click().run()
    assert not at.exception
    assert leads.lead_detail(ws, email="sam@acme.example")["stage"] == "disqualified"
    assert any("disqualified" in s.value.lower() for s in at.success)
