"""The Reactivations page (AppTest) on the demo workspace: dormant leads the demo's news woke, with
their history and why they went quiet; approve, "not dormant" and "wrong person" from the card."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select
from streamlit.testing.v1 import AppTest

from agent.config import Settings
from agent.demo import create_demo
from agent.scheduler import run_cycle
from agent.services import reactivation
from agent.store.models import Contact, Draft, Outbox
from agent.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "review_ui" / "app.py"


@pytest.fixture
def ws(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    workspace = create_demo(tmp_path / "demo", settings=Settings(DATABASE_URL=db_url))  # type: ignore[call-arg]
    run_cycle(workspace, deliver=False)
    monkeypatch.setenv("OUTRIDER_WORKSPACE", str(workspace.path))
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("OUTRIDER_REVIEWER", "rep@vendor.example")
    yield workspace
    from review_ui import common

    common.close_workspaces()
    workspace.close()


def page() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=90)
    at.run()
    at.switch_page("views/reactivations.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_demo_shows_woken_leads_with_their_history(ws: Workspace) -> None:
    items = reactivation.list_reactivations(ws.db)
    assert {i["email"] for i in items} == {"greta.holm@kestrel-robotics.example", "rita.alvarez@fernway.example"}
    at = page()
    text = " ".join(m.value for m in at.markdown)
    assert "Greta Holm" in text and "Rita Alvarez" in text
    assert "No budget until they raise the Series A" in text  # the lost reason, on the card
    assert "Ramp time for the new sales team" in text  # the e-mail we sent her before
    assert [m.value for m in at.metric][:2] == ["3", "2"]  # three dormant leads (Carl too), two woken

    greta = next(i for i in items if i["email"].startswith("greta"))
    rita = next(i for i in items if i["email"].startswith("rita"))
    at.button(key=f"re-approve-{greta['draft_id']}").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Approved reactivation" in s.value for s in at.success)
    with ws.db.session() as session:
        assert session.get(Draft, greta["draft_id"]).status == "approved"
        assert session.exec(select(Outbox).where(Outbox.draft_id == greta["draft_id"])).first() is not None

    at.text_input(key=f"re-reason-{rita['draft_id']}").input("she called us back last week")
    at.button(key=f"re-active-{rita['draft_id']}").click().run()
    assert not at.exception, [e.value for e in at.exception]
    with ws.db.session() as session:
        rita_row = session.exec(select(Contact).where(Contact.email == rita["email"])).one()
        assert rita_row.stage == "engaged"
        assert session.get(Draft, rita["draft_id"]).status == "rejected"
    assert reactivation.list_reactivations(ws.db) == [i for i in reactivation.list_reactivations(ws.db) if i["status"] == "approved"]


def test_enrol_instead_and_wrong_person(ws: Workspace) -> None:
    from agent.services import nurture

    items = {i["email"].split("@")[0]: i for i in reactivation.list_reactivations(ws.db)}
    greta, rita = items["greta.holm"], items["rita.alvarez"]
    at = page()
    assert at.selectbox(key=f"re-sequence-{greta['draft_id']}").value == "re_engage"
    at.button(key=f"re-enrol-{greta['draft_id']}").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("enrolled in re\\_engage" in s.value for s in at.success), [s.value for s in at.success] + [e.value for e in at.error]
    assert [r["sequence"] for r in nurture.status(ws, email=greta["email"])] == ["re_engage"]

    at.button(key=f"re-wrong-{rita['draft_id']}").click().run()
    assert not at.exception, [e.value for e in at.exception]
    with ws.db.session() as session:
        assert session.exec(select(Contact).where(Contact.email == rita["email"])).one().stage == "disqualified"
        assert {session.get(Draft, i["draft_id"]).status for i in (greta, rita)} == {"rejected"}
    assert reactivation.list_reactivations(ws.db) == []


def test_the_card_shows_readable_evidence_not_the_models_labels(ws: Workspace) -> None:
    """What woke the lead reads as facts with their source and date; "E1", "E2" are for the model."""
    from review_ui.common import md

    items = reactivation.list_reactivations(ws.db)
    at = page()
    text = "\n".join(m.value for m in at.markdown)
    captions = "\n".join(c.value for c in at.caption)
    for item in items:
        signal = item["signal"]
        assert signal["evidence"], signal
        assert md(f"Happened {signal['occurred_at'][:10]} · found by {signal['source']}") in captions
        for ev in signal["evidence"]:
            assert f"**{md(ev['label'])}**: {md(ev['text'])}" in text
            assert f"{ev['id']} {ev['label']}" not in text + captions
            if ev.get("url"):
                assert f"[source](<{ev['url']}>)" in text
    assert not any(c.value.startswith("E1 ") for c in at.caption)
