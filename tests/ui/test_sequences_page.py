"""The Sequences and Content pages (AppTest, on SQLite and PostgreSQL): leads per step, exits by
reason, one lead's path, enrolling and stopping by hand, the gap matrix, and definition errors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from agent.delivery.sender import send_approved
from agent.services import leads, queue
from agent.services import nurture as service
from agent.workspace import Workspace
from signals.engagement import EngagementIn
from tests.integration.test_nurture_engine import LEO, MAYA, PRIYA, nurture_workspace

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "review_ui" / "app.py"
REP = "rep@example.com"


@pytest.fixture
def ws(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    workspace = nurture_workspace(tmp_path / "ws", db_url)
    monkeypatch.setenv("OUTRIDER_WORKSPACE", str(workspace.path))
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("OUTRIDER_REVIEWER", REP)
    # Maya: two steps sent, a pricing click, moved to high_intent. Priya: replied.
    t0 = datetime.now(UTC) - timedelta(days=5)  # so today's high_intent step is not yet past its approve-by
    service.enroll(workspace, emails=[MAYA, PRIYA], sequence="educate", actor=REP, now=t0)
    for day in (0, 2):
        when = t0 + timedelta(days=day)
        service.tick(workspace, now=when)
        for view in queue.list_drafts(workspace.db):
            queue.approve(workspace, draft_id=view.draft.id or 0, reviewer=REP, now=when)
        send_approved(workspace, now=when)
    leads.record_events(workspace, events=[
        EngagementIn(id="c", type="email_click", email=MAYA, url="https://outrider-demo.example/pricing/guide",
                     occurred_at=t0 + timedelta(days=3)),
        EngagementIn(id="r", type="reply", email=PRIYA, occurred_at=t0 + timedelta(days=3)),
    ], now=t0 + timedelta(days=3))
    service.tick(workspace, now=t0 + timedelta(days=4))
    yield workspace
    from review_ui import common

    common.close_workspaces()
    workspace.close()


def page(name: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    at.switch_page(f"views/{name}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def table(at: AppTest, index: int):  # type: ignore[no-untyped-def]
    """The page's tables in the order it draws them (overview, steps, leads; matrix, assets)."""
    return at.dataframe[index].value


def text_of(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_each_sequence_with_leads_per_step_exits_and_one_path(ws: Workspace) -> None:
    at = page("sequences")
    overview = table(at, 0)
    row = overview[overview["sequence"] == "educate"].iloc[0]
    assert (row["exited"], row["runs"]) == (2, "yes")
    steps = table(at, 1)
    assert list(steps["step"]) == [1, 2, 3, 4] and steps.iloc[1]["sends"] == "pricing-guide"
    assert steps.iloc[0]["drafts"] == "sent 2"
    text = text_of(at)
    assert "moved to another sequence: **1**" in text and "replied: **1**" in text
    at.selectbox(key="seq-contact").select(MAYA).run()
    text = text_of(at)
    assert "branched: moved to high\\_intent: clicked https://outrider-demo.example/pricing/guide" in text
    assert "**high\\_intent step 1** drafted" in text
    at.selectbox(key="seq-name").select("high_intent").run()
    steps = table(at, 1)
    assert steps.iloc[0]["in the queue"] == 1


def test_enrol_and_stop_from_the_page(ws: Workspace) -> None:
    at = page("sequences")
    at.text_area(key="seq-enroll-emails").input(f"{LEO}, ghost@nowhere.example")
    at.button(key="seq-enroll").click().run()
    assert not at.exception
    assert [(r["sequence"], r["state"]) for r in service.status(ws, email=LEO)] == [("educate", "active")]
    assert any("Enrolled leo@northwind.example in educate" in s.value for s in at.success)
    assert any("Not enrolled ghost@nowhere.example: there is no such contact" in w.value for w in at.warning)
    at = page("sequences")
    at.selectbox(key="seq-name").select("high_intent").run()
    at.selectbox(key="seq-contact").select(MAYA).run()
    at.button(key="seq-stop").click().run()
    assert not at.exception
    assert service.status(ws, email=MAYA)[-1]["exit_reason"] == "stopped"
    assert service.status(ws, email=MAYA)[-1]["exit_detail"] == f"stopped by {REP}"


def test_definition_errors_are_shown_and_the_broken_sequence_marked(ws: Workspace) -> None:
    text = (ws.path / "sequences.toml").read_text().replace('asset = "pricing-guide"', 'asset = "gone"')
    (ws.path / "sequences.toml").write_text(text)
    at = page("sequences")
    assert any("unknown asset 'gone'" in e.value for e in at.error)
    overview = table(at, 0)
    assert overview[overview["sequence"] == "educate"].iloc[0]["runs"].startswith("no: sequence educate has errors")


def test_the_content_page_shows_the_matrix_and_flags_a_needed_empty_cell(ws: Workspace) -> None:
    at = page("content")
    matrix = table(at, 0)
    assert list(matrix["stage"]) == ["awareness", "evaluation", "purchase"]
    assert matrix.iloc[1]["Head of Revenue Operations"] == "3"
    assert any("No gaps" in s.value for s in at.success)
    assets = table(at, 1)
    assert "pricing-guide" in list(assets["id"])
    # Take away every purchase asset but one written for VP Sales only: two cells go empty.
    library = (ws.path / "content.toml").read_text()
    start = library.index('[[assets]]\nid = "pricing"')
    library = library[:start] + (
        '[[assets]]\nid = "plans-vp"\ntitle = "Plans for sales leaders"\nurl = "https://outrider-demo.example/plans"\n'
        'stage = "purchase"\npersonas = ["VP Sales"]\nfacts = ["One plan per team."]\n'
    )
    (ws.path / "content.toml").write_text(library)
    at = page("content")
    matrix = table(at, 0)
    assert matrix.iloc[2]["Head of Revenue Operations"] == "0 · needed"
    assert any("purchase x Head of Revenue Operations: no asset, needed by high\\_intent step 1" in e.value for e in at.error)


def test_the_queue_filters_sequence_steps_and_bulk_approves_each_with_its_own_check(ws: Workspace) -> None:
    service.enroll(ws, emails=[LEO], sequence="educate", actor=REP)
    service.tick(ws)
    at = page("queue")
    steps = [v for v in queue.list_drafts(ws.db) if v.draft.kind == "sequence"]
    assert len(steps) == 2  # Maya's high_intent step 1 and Leo's educate step 1
    at.session_state["queue-kind"] = "sequence"
    at.run()
    assert not at.exception
    rows = "\n".join(b.label for b in at.button if (b.key or "").startswith("open-"))
    assert "Sequence high\\_intent, step 1" in rows and "Sequence educate, step 1" in rows
    assert len([b for b in at.button if (b.key or "").startswith("open-")]) == 2
    # Someone edits Leo's step after this page loaded: its approval must not go through.
    leo = next(v for v in steps if v.contact and v.contact.email == LEO)
    maya = next(v for v in steps if v.contact and v.contact.email == MAYA)
    at.checkbox(key=f"pick-{leo.draft.id}").check()
    at.checkbox(key=f"pick-{maya.draft.id}").check().run()
    assert at.button(key="queue-bulk-approve").label == "Approve 2 selected"
    queue.save_edits(ws, draft_id=leo.draft.id, reviewer="other@example.com", body=leo.draft.body + "\n\nP.S. Thanks.")
    at.button(key="queue-bulk-approve").click().run()
    assert not at.exception
    assert any("Approved 1 of 2 draft(s); 1 left as they were." in w.value for w in at.warning)
    assert any(f"Draft {leo.draft.id}: Could not approve draft {leo.draft.id}" in e.value for e in at.error)
    statuses = {v.draft.id: v.draft.status for v in queue.list_drafts(ws.db, status=None)}
    assert statuses[maya.draft.id] == "approved" and statuses[leo.draft.id] == "pending"


def test_bulk_reject_needs_a_reason_and_records_it(ws: Workspace) -> None:
    at = page("queue")
    (step,) = [v for v in queue.list_drafts(ws.db) if v.draft.kind == "sequence"]
    at.checkbox(key=f"pick-{step.draft.id}").check().run()
    assert at.button(key="queue-bulk-reject").disabled
    at.text_input(key="queue-bulk-reason").input("not the right moment").run()
    at.button(key="queue-bulk-reject").click().run()
    assert not at.exception
    assert queue.get_draft(ws.db, step.draft.id).draft.reject_reason == "not the right moment"
