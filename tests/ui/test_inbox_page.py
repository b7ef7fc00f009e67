"""The Queue page as an inbox (issue 11): pages with the true total, one draft open beside the
list, plain words up front and internal ones in Details, filters, bulk snooze, and the Sent view.
AppTest on SQLite and PostgreSQL."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from agent.services import delivery as delivery_service
from agent.services import queue as queue_service
from agent.store.models import Account
from agent.workspace import Workspace
from tests.ui.test_review_app import app, draft_row, seed_draft, ws  # noqa: F401 - the ws fixture


def open_keys(at: AppTest) -> list[str]:
    return [b.key for b in at.button if (b.key or "").startswith("open-")]


def test_a_long_queue_is_paged_with_the_true_total(ws: Workspace) -> None:  # noqa: F811
    ids = [seed_draft(ws, f"Co {i:02d}", f"co{i}.io", priority=i) for i in range(30)]
    at = app()
    assert any("Showing 1-25 of 30 pending drafts." in c.value for c in at.caption)
    assert open_keys(at)[:2] == [f"open-{ids[29]}", f"open-{ids[28]}"] and len(open_keys(at)) == 25
    assert at.metric[0].value == "30"
    at.button(key="queue-next").click().run()
    assert not at.exception
    assert any("Showing 26-30 of 30 pending drafts." in c.value for c in at.caption)
    assert open_keys(at) == [f"open-{i}" for i in reversed(ids[:5])]
    # The first draft of the page is the one open; a row opens another.
    assert f"approve-{ids[4]}" in [b.key for b in at.button]
    at.button(key=f"open-{ids[2]}").click().run()
    assert [b.key for b in at.button if (b.key or "").startswith("approve-")] == [f"approve-{ids[2]}"]


def test_plain_words_up_front_internal_ones_in_details(ws: Workspace) -> None:  # noqa: F811
    draft_id = seed_draft(ws)
    at = app()
    (row,) = [b for b in at.button if b.key == f"open-{draft_id}"]
    assert "Acme Robotics" in row.label and "Dana Buyer" in row.label and "Funding round" in row.label
    evidence = next(e for e in at.expander if e.label.startswith("Why now:"))
    assert evidence.label == "Why now: funding round, 1 d ago · 2 fact(s), 1 used"
    checks = next(e for e in at.expander if "check" in e.label)
    assert checks.label == "All 2 checks pass"
    shown = "\n".join(m.value for m in evidence.markdown) + "\n".join(m.value for m in checks.markdown)
    assert "Facts match the evidence" in shown and "Example Ventures" in shown
    for internal in ("E1", "grounding", "offline", "template"):
        assert internal not in shown and internal not in row.label
    details = next(e for e in at.expander if e.label == "Details")
    inside = "\n".join(c.value for c in details.caption)
    assert "prompt v1" in inside and "provider offline" in inside and "E1" in inside and "grounding ok" in inside


def test_filters_narrow_the_list(ws: Workspace) -> None:  # noqa: F811
    mine = seed_draft(ws, "Owned Co", "owned.io")
    other = seed_draft(ws, "Other Co", "other.io")
    with ws.db.session() as s:
        account = s.get(Account, queue_service.get_draft(ws.db, mine).account.id)
        account.owner_email = "ann@us.example"
        s.add(account)
        s.commit()
    at = app()
    assert set(open_keys(at)) == {f"open-{mine}", f"open-{other}"}
    at.selectbox(key="queue-owner").select("ann@us.example").run()
    assert open_keys(at) == [f"open-{mine}"]
    at.selectbox(key="queue-family").select("hiring").run()
    assert open_keys(at) == [] and any("No pending drafts" in i.value for i in at.info)
    at.selectbox(key="queue-family").select("funding").run()
    at.selectbox(key="queue-age").select("old").run()
    assert open_keys(at) == []
    at.selectbox(key="queue-age").select("today").run()
    assert open_keys(at) == [f"open-{mine}"]


def test_bulk_snooze_with_a_summary_and_the_next_draft_opens_after_a_decision(ws: Workspace) -> None:  # noqa: F811
    a = seed_draft(ws, "A Co", "a.io", priority=90)
    b = seed_draft(ws, "B Co", "b.io", priority=80)
    c = seed_draft(ws, "C Co", "c.io", priority=70)
    at = app()
    at.checkbox(key="queue-pick-all").check().run()
    assert at.button(key="queue-bulk-approve").label == "Approve 3 selected"
    at.checkbox(key=f"pick-{a}").uncheck().run()
    at.number_input(key="queue-bulk-days").set_value(2)
    at.button(key="queue-bulk-snooze").click().run()
    assert not at.exception
    assert any("Snoozed 2 of 2 draft(s)." in s.value for s in at.success)
    assert {draft_row(ws, i).status for i in (b, c)} == {"snoozed"} and draft_row(ws, a).status == "pending"
    # Approving the open draft opens the next one (here the only one left is A itself: none).
    d = seed_draft(ws, "D Co", "d.io", priority=10)
    at = app()
    assert open_keys(at) == [f"open-{a}", f"open-{d}"]
    at.button(key=f"approve-{a}").click().run()
    assert draft_row(ws, a).status == "approved"
    assert [k for k in (b.key for b in at.button) if (k or "").startswith("approve-")] == [f"approve-{d}"]


def test_the_sent_view_shows_when_and_the_title_at_send(ws: Workspace) -> None:  # noqa: F811
    draft_id = seed_draft(ws)
    queue_service.approve(ws, draft_id=draft_id, reviewer="rep@example.com")
    delivery_service.send(ws)
    assert draft_row(ws, draft_id).status == "sent"
    at = app()
    at.selectbox(key="queue-status").select("sent").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert list(table["title_at_send"]) == ["VP Sales"] and list(table["draft_id"]) == [draft_id]
    assert table["sent_at"].notna().all()
    assert any("Showing 1-1 of 1 sent messages." in c.value for c in at.caption)

