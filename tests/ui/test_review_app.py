"""The Streamlit review UI, driven headless with streamlit.testing.v1.AppTest.

Each test builds a workspace on SQLite and on PostgreSQL (`db_url`), points the app at it through
OUTRIDER_WORKSPACE and DATABASE_URL, seeds rows with the SQLModel tables, clicks, and checks the
database through the services.
"""

from __future__ import annotations

import ast
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import streamlit as st
from sqlmodel import func, select
from streamlit.testing.v1 import AppTest

from agent.services import accounts as accounts_service
from agent.services import queue as queue_service
from agent.store.models import (
    Account,
    CollectorState,
    Contact,
    Draft,
    Outbox,
    ReviewEvent,
    Signal,
)
from agent.workspace import Workspace
from tests.conftest import make_workspace
from signals.model import as_utc, utcnow

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "review_ui" / "app.py"
TIMEOUT = 60

SOURCES_TOML = """
[[sources]]
name = "vc-news"
type = "funding_rss"
url = "https://example.com/venture.rss"
every = "1h"

[[sources]]
name = "fine-feed"
type = "funding_rss"
url = "https://example.com/fine.rss"
every = "1h"
"""


# --------------------------------------------------------------------------- fixtures and seeds


@pytest.fixture
def ws(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    workspace = make_workspace(tmp_path / "ws", db_url, extra_toml=SOURCES_TOML)
    workspace.db  # noqa: B018 - migrate before the app opens its own connection
    monkeypatch.setenv("OUTRIDER_WORKSPACE", str(workspace.path))
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("OUTRIDER_REVIEWER", "rep@example.com")
    yield workspace
    st.cache_resource.clear()  # disposes the app's cached workspace (and its connections)
    workspace.close()


def seed_draft(
    ws: Workspace,
    name: str = "Acme Robotics",
    domain: str | None = "acme.io",
    *,
    priority: float = 80.0,
    with_contact: bool = True,
) -> int:
    """An account, a contact, a funding signal and a pending draft; returns the draft id."""
    slug = uuid.uuid4().hex[:8]
    with ws.db.session() as s:
        account = Account(name=name, domain=domain, industry="Software", employees=250, country="US")
        s.add(account)
        s.flush()
        contact = None
        if with_contact:
            contact = Contact(
                first_name="Dana",
                last_name="Buyer",
                email=f"dana.{slug}@{domain or 'example.com'}",
                title="VP Sales",
                account_id=account.id,
            )
            s.add(contact)
            s.flush()
        url = f"https://news.example.com/{slug}"
        signal = Signal(
            kind="funding",
            source="vc-news",
            dedup_key=uuid.uuid4().hex,
            ref=url,
            occurred_at=utcnow() - timedelta(days=1),
            url=url,
            title=f"{name} raises $20M Series B",
            excerpt=f"{name} raised $20M led by Example Ventures to grow its sales team.",
            company_name=name,
            evidence=[
                {"id": "E1", "label": "Funding", "text": f"{name} raised $20M", "url": url},
                {"id": "E2", "label": "Lead investor", "text": "Example Ventures", "url": url},
            ],
            account_id=account.id,
            status="drafted",
            priority=priority,
            score_reasons=["industry Software is in the ICP (+30)", "250 employees is in range (+20)"],
        )
        s.add(signal)
        s.flush()
        draft = Draft(
            signal_id=signal.id,
            account_id=account.id,
            contact_id=contact.id if contact else None,
            subject=f"Congrats on the Series B, {name}",
            body="Hi Dana,\n\nCongratulations on the $20M round. Worth a short call?\n\nBest,\nDana Rep",
            call_to_action="Worth a short call?",
            provider="offline",
            model="template",
            prompt_version="v1",
            status="pending",
            priority=priority,
            evidence_ids=["E1"],
            guardrail_report=[
                {"name": "grounding", "passed": True, "reason": "every figure is in the evidence"},
                {"name": "length", "passed": True, "reason": "ok"},
            ],
            fallback_reason="no OPENAI_API_KEY; used the offline drafter",
        )
        s.add(draft)
        s.commit()
        return int(draft.id)  # type: ignore[arg-type]


def draft_row(ws: Workspace, draft_id: int) -> Draft:
    with ws.db.session() as s:
        draft = s.get(Draft, draft_id)
        assert draft is not None
        return draft


def outbox_count(ws: Workspace, draft_id: int | None = None) -> int:
    with ws.db.session() as s:
        query = select(func.count()).select_from(Outbox)
        if draft_id is not None:
            query = query.where(Outbox.draft_id == draft_id)
        return int(s.exec(query).one())


def events(ws: Workspace, draft_id: int) -> list[ReviewEvent]:
    return queue_service.history(ws.db, draft_id)


def app() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(elements) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(str(e.value) for e in elements)


def rendered(at: AppTest) -> str:
    return "\n".join([texts(at.markdown), texts(at.caption), texts(at.title), texts(at.subheader)])


# --------------------------------------------------------------------------- queue


def test_queue_shows_the_draft_with_its_evidence(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    at = app()
    page = rendered(at)
    assert "Acme Robotics" in page and "acme.io" in page
    assert "VP Sales" in page and "Dana Buyer" in page
    assert "raises \\$20M Series B](<https://news.example.com/" in page  # the title links to its source
    assert "E1" in page and "industry Software is in the ICP" in page
    assert "grounding" in page
    assert "offline" in page and "template" in page and "v1" in page
    assert any("offline drafter" in i.value for i in at.info)
    assert at.text_input(key=f"subject-{draft_id}").value.startswith("Congrats on the Series B")
    assert "$20M" in at.text_area(key=f"body-{draft_id}").value
    assert at.number_input(key=f"snooze-days-{draft_id}").value == 3
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Pending"] == "1" and metrics["Approved"] == "0"
    assert at.sidebar.text_input[0].value == "rep@example.com"


def test_queue_orders_by_priority_and_warns_without_recipient(ws: Workspace) -> None:
    low = seed_draft(ws, "Low Co", "low.io", priority=10)
    high = seed_draft(ws, "High Co", "high.io", priority=95, with_contact=False)
    at = app()
    # The list is by priority, and the first draft is the one open beside it.
    rows = [b.key for b in at.button if (b.key or "").startswith("open-")]
    assert rows == [f"open-{high}", f"open-{low}"]
    assert [b.key for b in at.button if (b.key or "").startswith("approve-")] == [f"approve-{high}"]
    assert any("No recipient" in w.value for w in at.warning)
    at.button(key=f"approve-{high}").click().run()
    assert any("no recipient" in e.value for e in at.error)
    assert draft_row(ws, high).status == "pending"
    assert outbox_count(ws) == 0


def test_approve(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    at = app()
    at.button(key=f"approve-{draft_id}").click().run()
    assert not at.exception
    assert any(f"Approved draft {draft_id}" in s.value for s in at.success)
    draft = draft_row(ws, draft_id)
    assert draft.status == "approved"
    assert draft.reviewed_by == "rep@example.com"
    assert draft.edited is False
    assert outbox_count(ws, draft_id) == 1
    # The pending list no longer shows it; the counts moved.
    assert f"approve-{draft_id}" not in [b.key for b in at.button]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Pending"] == "0" and metrics["Approved"] == "1"


def test_edit_save_then_approve(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    original = draft_row(ws, draft_id)
    at = app()
    at.text_input(key=f"subject-{draft_id}").input("Quick question after your Series B")
    at.button(key=f"save-{draft_id}").click().run()
    assert any("Saved your edits" in s.value for s in at.success)
    saved = draft_row(ws, draft_id)
    assert saved.status == "pending" and saved.subject == "Quick question after your Series B"
    assert saved.version == original.version + 1

    new_body = "Hi Dana,\n\nSaw the $20M news. Open to a 15-minute call next week?\n\nRep"
    at.text_area(key=f"body-{draft_id}").input(new_body)
    at.button(key=f"approve-{draft_id}").click().run()
    assert any("with your edits" in s.value for s in at.success)

    draft = draft_row(ws, draft_id)
    assert draft.status == "approved"
    assert draft.subject == "Quick question after your Series B"
    assert draft.body == new_body.strip()
    assert draft.edited is True
    assert draft.original_subject == original.subject
    assert draft.original_body == original.body
    assert outbox_count(ws, draft_id) == 1
    history = events(ws, draft_id)
    assert [e.action for e in history] == ["edited", "approved"]
    assert history[0].edits["subject"] == {"from": original.subject, "to": "Quick question after your Series B"}
    assert history[1].edits["body"]["to"] == new_body.strip()
    assert all(e.actor == "rep@example.com" for e in history)


def test_edit_in_approve_only(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    at = app()
    at.text_input(key=f"subject-{draft_id}").input("Edited at approval")
    at.button(key=f"approve-{draft_id}").click().run()
    draft = draft_row(ws, draft_id)
    assert (draft.status, draft.subject, draft.edited) == ("approved", "Edited at approval", True)
    (event,) = events(ws, draft_id)
    assert event.action == "approved" and set(event.edits) == {"subject"}


CALENDLY_BODY = (
    "Hi Dana,\n\nCongratulations on the $20M round. You can book a slot at calendly.com/dana-rep/30min "
    "or use {{calendar_link}}. Worth a short call?\n\nBest,\nDana Rep"
)


def test_an_edit_adding_a_calendly_link_and_a_placeholder_is_blocked(ws: Workspace) -> None:
    """Issue 8: an edit adding a calendly link and {{calendar_link}} was approved, the card still
    showed the old green checks, and the placeholder was sent."""
    draft_id = seed_draft(ws)
    at = app()
    at.text_area(key=f"body-{draft_id}").input(CALENDLY_BODY)
    at.button(key=f"approve-{draft_id}").click().run()
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert "Not approved" in errors and "links" in errors and "placeholders" in errors
    draft = draft_row(ws, draft_id)
    assert draft.status == "pending" and "calendly" not in draft.body
    assert outbox_count(ws) == 0 and events(ws, draft_id) == []
    # The card shows the failing checks of the text that was to be approved, and an override box.
    page = rendered(at)
    (checks,) = [e for e in at.expander if "checks fail" in e.label]
    assert "(the text you tried to approve)" in checks.label and "No links" in checks.label
    shown = page.replace("\\", "")  # markdown escapes
    assert "calendly.com/dana-rep/30min" in shown and "{{calendar_link}}" in shown
    assert at.text_input(key=f"override-{draft_id}") is not None
    # Without a reason the override does nothing.
    at.button(key=f"override-approve-{draft_id}").click().run()
    assert any("Say why" in e.value for e in at.error)
    assert draft_row(ws, draft_id).status == "pending" and outbox_count(ws) == 0


def test_override_with_a_reason_approves_and_records_it(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    at = app()
    at.text_area(key=f"body-{draft_id}").input(CALENDLY_BODY)
    at.button(key=f"approve-{draft_id}").click().run()
    at.text_input(key=f"override-{draft_id}").input("our own booking page; I fill the link in by hand")
    at.button(key=f"override-approve-{draft_id}").click().run()
    assert not at.exception
    assert any("overriding failed checks" in s.value for s in at.success)
    draft = draft_row(ws, draft_id)
    assert draft.status == "approved" and draft.body == CALENDLY_BODY.strip()
    assert outbox_count(ws, draft_id) == 1
    failed = {r["name"] for r in draft.guardrail_report if not r["passed"]}
    assert {"links", "placeholders"} <= failed  # the stored report is the approved text's
    (event,) = events(ws, draft_id)
    assert event.action == "approved"
    assert event.edits["override_reason"] == "our own booking page; I fill the link in by hand"
    assert any(f.startswith("placeholders:") for f in event.edits["failed_checks"])
    assert any(f.startswith("links:") for f in event.edits["failed_checks"])
    assert event.reason == "override: our own booking page; I fill the link in by hand"


def test_saved_edits_show_their_own_checks(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    at = app()
    assert draft_row(ws, draft_id).guardrail_report[0]["passed"] is True
    at.text_area(key=f"body-{draft_id}").input(CALENDLY_BODY)
    at.button(key=f"save-{draft_id}").click().run()
    assert not at.exception
    assert any("fails" in w.value and "placeholders" in w.value for w in at.warning)
    saved = draft_row(ws, draft_id)
    assert saved.status == "pending" and saved.edited
    by_name = {r["name"]: r for r in saved.guardrail_report}
    assert not by_name["placeholders"]["passed"] and "{{calendar_link}}" in by_name["placeholders"]["reason"]
    assert not by_name["links"]["passed"] and by_name["grounding"]["passed"]
    assert any("checks fail" in e.label and "(the edited text)" in e.label for e in at.expander)
    # Approving the saved text without a reason is refused: the placeholder is never sent.
    at.button(key=f"approve-{draft_id}").click().run()
    assert draft_row(ws, draft_id).status == "pending" and outbox_count(ws) == 0


def test_an_unedited_passing_draft_is_approved_with_a_fresh_report(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    at = app()
    at.button(key=f"approve-{draft_id}").click().run()
    draft = draft_row(ws, draft_id)
    assert draft.status == "approved"
    names = [r["name"] for r in draft.guardrail_report]
    assert "output_policy" in names and all(r["passed"] for r in draft.guardrail_report)


def test_reject_needs_a_reason(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    at = app()
    at.button(key=f"reject-{draft_id}").click().run()
    assert not at.exception
    assert any("give a reason" in e.value.lower() for e in at.error)
    assert draft_row(ws, draft_id).status == "pending"
    assert events(ws, draft_id) == []

    at.text_input(key=f"reason-{draft_id}").input("wrong person: Dana left in May")
    at.button(key=f"reject-{draft_id}").click().run()
    assert any(f"Rejected draft {draft_id}" in s.value for s in at.success)
    draft = draft_row(ws, draft_id)
    assert draft.status == "rejected"
    assert draft.reject_reason == "wrong person: Dana left in May"
    assert outbox_count(ws) == 0
    (event,) = events(ws, draft_id)
    assert (event.action, event.actor, event.reason) == ("rejected", "rep@example.com", draft.reject_reason)


def test_snooze(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    at = app()
    at.number_input(key=f"snooze-days-{draft_id}").set_value(5)
    before = utcnow()
    at.button(key=f"snooze-{draft_id}").click().run()
    assert any(f"Snoozed draft {draft_id}" in s.value for s in at.success)
    draft = draft_row(ws, draft_id)
    assert draft.status == "snoozed"
    assert draft.snoozed_until is not None
    delta = as_utc(draft.snoozed_until) - before
    assert timedelta(days=4, hours=23) < delta < timedelta(days=5, hours=1)

    # The snoozed list shows it, still actionable.
    at.selectbox(key="queue-status").select("snoozed").run()
    assert f"approve-{draft_id}" in [b.key for b in at.button]
    assert "Snoozed until" in rendered(at)


def test_conflict_says_who_acted_first(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    at = app()  # the page is drawn with version 1
    queue_service.approve(ws, draft_id=draft_id, reviewer="other@example.com")
    at.button(key=f"approve-{draft_id}").click().run()
    assert not at.exception
    warnings = [w.value for w in at.warning]
    assert any("other@example.com" in w for w in warnings), warnings
    assert outbox_count(ws) == 1
    assert draft_row(ws, draft_id).reviewed_by == "other@example.com"


def test_stale_edit_conflicts(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    at = app()
    queue_service.save_edits(ws, draft_id=draft_id, reviewer="other@example.com", subject="Theirs")
    at.text_input(key=f"subject-{draft_id}").input("Mine")
    at.button(key=f"approve-{draft_id}").click().run()
    assert any("other@example.com" in w.value for w in at.warning)
    draft = draft_row(ws, draft_id)
    assert (draft.status, draft.subject) == ("pending", "Theirs")
    assert outbox_count(ws) == 0


def test_actions_need_a_reviewer_email(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OUTRIDER_REVIEWER")
    draft_id = seed_draft(ws)
    at = app()
    assert at.sidebar.text_input[0].value == ""
    at.button(key=f"approve-{draft_id}").click().run()
    assert any("Enter your email in the sidebar first" in w.value for w in at.warning)
    assert draft_row(ws, draft_id).status == "pending"

    at.sidebar.text_input[0].input("lee@example.com").run()
    at.button(key=f"approve-{draft_id}").click().run()
    draft = draft_row(ws, draft_id)
    assert (draft.status, draft.reviewed_by) == ("approved", "lee@example.com")


def test_status_selector_shows_decided_drafts_read_only(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    queue_service.reject(ws.db, draft_id=draft_id, reviewer="other@example.com", reason="not now")
    at = app()
    assert any("No pending drafts" in i.value for i in at.info)
    at.selectbox(key="queue-status").select("rejected").run()
    page = rendered(at)
    assert "Acme Robotics" in page and "Reject reason: not now" in page
    # Read only: the row opens it, nothing acts on it.
    assert [b.key for b in at.button if (b.key or "").endswith(f"-{draft_id}")] == [f"open-{draft_id}"]
    assert "other@example.com" in page  # history


def test_workspace_that_cannot_open_shows_advice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OUTRIDER_WORKSPACE", str(tmp_path / "nowhere"))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    assert not at.exception
    assert any("outrider init" in e.value for e in at.error)


# --------------------------------------------------------------------------- accounts


def accounts_page() -> AppTest:
    at = app()
    at.switch_page("views/accounts.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_accounts_table_and_add(ws: Workspace) -> None:
    seed_draft(ws)
    at = accounts_page()
    table = at.dataframe[0].value
    assert list(table["name"]) == ["Acme Robotics"]
    assert int(table["contacts"][0]) == 1 and int(table["signals"][0]) == 1

    at.text_input(key="add-0-name").input("Globex")
    at.text_input(key="add-0-domain").input("https://www.globex.com/")
    at.text_input(key="add-0-aliases").input("Globex Corp; Globex Corporation")
    at.text_input(key="add-0-industry").input("Software")
    at.number_input(key="add-0-employees").set_value(1200)
    at.text_input(key="add-0-country").input("us")
    at.text_input(key="add-0-owner_email").input("owner@example.com")
    at.button(key="add-submit-0").click().run()
    assert not at.exception
    assert any("Now watching Globex" in s.value for s in at.success)
    (globex,) = accounts_service.list_accounts(ws.db, search="globex")
    assert globex["domain"] == "globex.com"
    assert globex["aliases"] == ["Globex Corp", "Globex Corporation"]
    assert (globex["employees"], globex["country"], globex["owner_email"]) == (1200, "US", "owner@example.com")
    assert sorted(at.dataframe[0].value["name"]) == ["Acme Robotics", "Globex"]
    assert at.text_input(key="add-1-name").value == ""  # the form is empty again

    # A duplicate domain is refused with the service's advice, not a traceback.
    at.text_input(key="add-1-name").input("Globex again")
    at.text_input(key="add-1-domain").input("globex.com")
    at.button(key="add-submit-1").click().run()
    assert not at.exception
    assert any("already watched" in e.value for e in at.error)
    assert len(accounts_service.list_accounts(ws.db)) == 2

    at.text_input(key="accounts-search").input("glob").run()
    assert list(at.dataframe[0].value["name"]) == ["Globex"]


def test_accounts_import_csv(ws: Workspace) -> None:
    accounts_service.add_account(ws.db, name="Initech", domain="initech.com", industry="Software")
    csv = (
        "name,domain,aliases,industry,employees,country,owner_email\n"
        "Initech,initech.com,,Software,,,\n"
        "Hooli,hooli.xyz,Hooli Inc;Hooli XYZ,Software,5000,US,gavin@example.com\n"
        "Pied Piper,piedpiper.com,,Software,lots,US,\n"
        "Vandelay Industries,vandelay.com,,Import/Export,51-200,US,art@example.com\n"
        "Initech,initech.com,,Software,300,US,\n"
    ).encode()
    at = accounts_page()
    at.file_uploader(key="accounts-import-file").set_value(("accounts.csv", csv, "text/csv")).run()
    at.button(key="accounts-import").click().run()
    assert not at.exception, [e.value for e in at.exception]
    metrics = {m.label: m.value for m in at.metric}
    assert (metrics["Created"], metrics["Problems"]) == ("2", "2")
    assert int(metrics["Updated"]) + int(metrics["Unchanged"]) == 1
    problems = at.table[0].value
    assert len(problems) == 2
    assert any("line 4" in str(w) and "lots" in str(r) for w, r in zip(problems["line"], problems["reason"]))
    assert any("line 2" in str(w) for w in problems["line"])  # the duplicate Initech row
    names = {a["name"] for a in accounts_service.list_accounts(ws.db)}
    assert names == {"Initech", "Hooli", "Vandelay Industries"}
    assert sorted(at.dataframe[0].value["name"]) == ["Hooli", "Initech", "Vandelay Industries"]


def test_accounts_import_unreadable_file(ws: Workspace) -> None:
    at = accounts_page()
    at.file_uploader(key="accounts-import-file").set_value(("x.csv", b"<html><body>nope</body></html>", "text/csv"))
    at.run()
    at.button(key="accounts-import").click().run()
    assert not at.exception
    assert at.error and "x.csv" in at.error[0].value
    assert accounts_service.list_accounts(ws.db) == []


def test_accounts_edit_show_signals_and_remove(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    account_id = draft_row(ws, draft_id).account_id
    at = accounts_page()
    assert at.selectbox(key="account-select").value == account_id
    assert "Acme Robotics raises $20M Series B" in list(at.dataframe[2].value["title"])  # its signals
    assert "VP Sales" in list(at.dataframe[1].value["title"])  # its contacts

    at.text_input(key=f"edit-{account_id}-industry").input("Robotics")
    at.text_input(key=f"edit-{account_id}-domain").input("not a domain")
    at.button(key=f"edit-submit-{account_id}").click().run()
    assert any("not a web domain" in e.value for e in at.error)

    at.text_input(key=f"edit-{account_id}-domain").input("acme.io")
    at.button(key=f"edit-submit-{account_id}").click().run()
    assert any("Saved Acme Robotics" in s.value for s in at.success)
    assert accounts_service.list_accounts(ws.db)[0]["industry"] == "Robotics"

    at.button(key=f"remove-{account_id}").click().run()
    assert any("Tick the box" in w.value for w in at.warning)
    assert len(accounts_service.list_accounts(ws.db)) == 1

    at.checkbox(key=f"remove-confirm-{account_id}").check()
    at.button(key=f"remove-{account_id}").click().run()
    assert not at.exception
    assert any("Stopped watching Acme Robotics" in s.value for s in at.success)
    assert accounts_service.list_accounts(ws.db) == []


# --------------------------------------------------------------------------- signals and sources


def seed_unmatched(ws: Workspace) -> None:
    with ws.db.session() as s:
        s.add(
            Signal(
                kind="new_role",
                source="fine-feed",
                dedup_key=uuid.uuid4().hex,
                ref="u1",
                occurred_at=utcnow(),
                url="https://jobs.example.com/1",
                title="Umbrella Corp hires a Head of RevOps",
                company_name="Umbrella Corp",
                status="unmatched",
                status_reason="no watched account named Umbrella Corp",
            )
        )
        s.commit()


def test_signals_page_filters(ws: Workspace) -> None:
    seed_draft(ws)
    seed_unmatched(ws)
    at = app()
    at.switch_page("views/signals.py").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert len(table) == 2
    assert set(table["account"]) == {"Acme Robotics", "unmatched"}

    at.toggle(key="signals-unmatched").set_value(True).run()
    table = at.dataframe[0].value
    assert list(table["title"]) == ["Umbrella Corp hires a Head of RevOps"]
    assert list(table["account"]) == ["unmatched"]
    assert list(table["status_reason"]) == ["no watched account named Umbrella Corp"]

    at.toggle(key="signals-unmatched").set_value(False)
    at.selectbox(key="signals-family").select("funding").run()
    assert list(at.dataframe[0].value["kind"]) == ["funding"]
    at.selectbox(key="signals-family").select("intent").run()
    assert not at.dataframe and any("No signals match" in i.value for i in at.info)


def test_sources_page_highlights_unhealthy(ws: Workspace) -> None:
    with ws.db.session() as s:
        s.add(
            CollectorState(
                source="vc-news",
                type="funding_rss",
                health="unhealthy",
                consecutive_failures=4,
                last_error="HTTP 503 from example.com; retried 3 times",
                last_run_at=utcnow(),
            )
        )
        s.add(CollectorState(source="fine-feed", type="funding_rss", health="ok", last_run_at=utcnow()))
        s.commit()
    at = app()
    at.switch_page("views/sources.py").run()
    assert not at.exception
    assert any("vc-news" in e.value and "HTTP 503" in e.value for e in at.error)
    assert not any("fine-feed" in e.value for e in at.error)
    table = at.dataframe[0].value
    assert dict(zip(table["name"], table["health"])) == {"vc-news": "unhealthy", "fine-feed": "ok"}


@pytest.mark.parametrize("page", ["queue.py", "accounts.py", "signals.py", "sources.py"])
def test_each_page_runs_on_its_own(ws: Workspace, page: str) -> None:
    seed_draft(ws)
    at = AppTest.from_file(str(ROOT / "review_ui" / "views" / page), default_timeout=TIMEOUT).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title


# --------------------------------------------------------------------------- the rules


def test_pages_use_services_only() -> None:
    forbidden = ("agent.store", "sqlmodel", "sqlalchemy", "psycopg", "sqlite3")
    for path in (ROOT / "review_ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for name in names:
                assert not name.startswith(forbidden), f"{path.relative_to(ROOT)} imports {name}"


def test_suggested_account_is_accepted_from_the_accounts_page(ws: Workspace) -> None:
    from agent.store.models import Account

    with ws.db.session() as session:
        session.add(Account(name="Gamma Labs", domain="gammalabs.example", suggested=True,
                            suggested_reason="Kim Lee moved here from Acme Robotics"))
        session.commit()
    at = accounts_page()
    assert any("Kim Lee moved here" in c.value for c in at.caption)
    (gamma,) = [a for a in accounts_service.list_accounts(ws.db) if a["suggested"]]
    at.button(key=f"accept-{gamma['id']}").click().run()
    assert not at.exception
    assert not [a for a in accounts_service.list_accounts(ws.db) if a["suggested"]]
    assert any("Now watching Gamma Labs" in s.value for s in at.success)


def test_account_board_fields_are_saved(ws: Workspace) -> None:
    at = accounts_page()
    at.text_input(key="add-0-name").input("Boardy")
    at.text_input(key="add-0-domain").input("boardy.example")
    at.selectbox(key="add-0-ats").set_value("greenhouse")
    at.text_input(key="add-0-ats_board").input("boardy")
    at.button(key="add-submit-0").click().run()
    assert not at.exception
    (row,) = accounts_service.list_accounts(ws.db, search="boardy")
    assert (row["ats"], row["ats_board"]) == ("greenhouse", "boardy")


def test_regenerate_with_instruction(ws: Workspace) -> None:
    draft_id = seed_draft(ws)
    at = app()
    at.text_input(key=f"instruction-{draft_id}").input("shorter, no pitch")
    at.button(key=f"regenerate-{draft_id}").click().run()
    assert not at.exception
    assert any(f"Regenerated draft {draft_id}" in s.value for s in at.success)
    view = queue_service.get_draft(ws.db, draft_id)
    assert view.draft.status == "pending" and view.draft.prompt_version == "offline-v1"
    assert at.text_area(key=f"body-{draft_id}").value == view.draft.body  # the box shows the new text
    (event,) = [e for e in queue_service.history(ws.db, draft_id) if e.action == "regenerated"]
    assert event.reason == "shorter, no pitch" and event.edits["previous"]["prompt_version"] == "v1"
    from agent.services.report import feedback

    report = {r["prompt_version"]: r for r in feedback(ws.db)}
    assert report["offline-v1"]["regenerated"] == 1


def test_a_send_left_unknown_is_settled_by_a_person(ws: Workspace) -> None:
    from agent.store.models import Outbox

    draft_id = seed_draft(ws)
    queue_service.approve(ws, draft_id=draft_id, reviewer="rep@example.com")
    with ws.db.session() as session:  # what a sender that crashed mid-send leaves behind
        row = session.exec(select(Outbox).where(Outbox.draft_id == draft_id)).one()
        row.state, row.attempts, row.message_id = "unknown", 1, "<outrider.1.abc@example.com>"
        row.error = "the sender stopped while sending; check the Sent folder"
        session.add(row)
        draft = session.get(Draft, draft_id)
        draft.status = "send_unknown"
        session.add(draft)
        session.commit()
    at = app()
    at.selectbox(key="queue-status").set_value("send_unknown").run()
    assert any("check the Sent folder" in w.value for w in at.warning)
    at.button(key=f"mark_sent-{draft_id}").click().run()
    assert not at.exception
    assert queue_service.get_draft(ws.db, draft_id).draft.status == "sent"
    from agent.services.delivery import outbox_for

    assert outbox_for(ws.db, draft_id)["state"] == "sent"
