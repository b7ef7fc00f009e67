"""The queue as an inbox, through the service the CLI and the UI share: pages with the true total,
filters, bulk actions as compare-and-sets with a summary, and the Sent log. SQLite and PostgreSQL."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agent.cli import app
from agent.services import delivery as delivery_service
from agent.services import queue as queue_service
from agent.services.queue import QueueError, QueueFilter
from agent.store.models import Account, Contact, Draft, Signal
from agent.workspace import Workspace
from signals.model import utcnow
from tests.conftest import make_workspace

runner = CliRunner()


@pytest.fixture
def ws(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.delenv("OUTRIDER_WORKSPACE", raising=False)
    workspace = make_workspace(tmp_path / "ws", db_url)
    yield workspace
    workspace.close()


def seed(
    ws: Workspace,
    name: str,
    *,
    kind: str = "funding",
    priority: float = 50,
    owner: str | None = None,
    stage: str = "lead",
    age_days: float = 0,
    title: str = "VP Sales",
) -> int:
    slug = uuid.uuid4().hex[:8]
    with ws.db.session() as s:
        account = Account(name=name, domain=f"{slug}.example", owner_email=owner)
        s.add(account)
        s.flush()
        contact = Contact(first_name="Dana", last_name=name, email=f"dana@{slug}.example", title=title,
                          account_id=account.id, stage=stage)
        s.add(contact)
        s.flush()
        signal = Signal(kind=kind, source="feed", dedup_key=slug, ref=slug, occurred_at=utcnow(), title=f"{name} news",
                        company_name=name, account_id=account.id, status="drafted", priority=priority)
        s.add(signal)
        s.flush()
        draft = Draft(signal_id=signal.id, account_id=account.id, contact_id=contact.id, subject=f"Hello {name}",
                      body="Hi Dana,\n\nWorth a short call?\n\nRep", call_to_action="Worth a short call?",
                      provider="offline", status="pending", priority=priority,
                      created_at=utcnow() - timedelta(days=age_days))
        s.add(draft)
        s.commit()
        return int(draft.id or 0)


def test_a_page_says_the_true_total_and_keeps_priority_order(ws: Workspace) -> None:
    ids = [seed(ws, f"Co {i}", priority=i) for i in range(7)]
    page = queue_service.list_page(ws.db, limit=3, offset=0)
    assert page.total == 7 and [v.draft.id for v in page.items] == [ids[6], ids[5], ids[4]]
    assert page.describe("pending drafts") == "Showing 1-3 of 7 pending drafts."
    last = queue_service.list_page(ws.db, limit=3, offset=6)
    assert [v.draft.id for v in last.items] == [ids[0]] and last.describe() == "Showing 7-7 of 7 drafts."
    beyond = queue_service.list_page(ws.db, limit=3, offset=9)
    assert beyond.items == [] and beyond.total == 7 and "there are 7 drafts" in beyond.describe()
    with pytest.raises(QueueError, match="page size"):
        queue_service.list_page(ws.db, limit=0)


def test_filters_by_family_owner_stage_age_and_kind(ws: Workspace) -> None:
    funding = seed(ws, "Fundco", kind="funding", owner="ann@us.example", age_days=0)
    hiring = seed(ws, "Hireco", kind="hiring_surge", owner="bob@us.example", stage="engaged", age_days=3)
    old = seed(ws, "Oldco", kind="new_role", age_days=10)

    def ids(**kw: object) -> set[int]:
        return {int(v.draft.id or 0) for v in queue_service.list_page(ws.db, QueueFilter(**kw)).items}  # type: ignore[arg-type]

    assert ids(family="funding") == {funding}
    assert ids(family="hiring") == {hiring, old}
    assert ids(owner="bob@us.example") == {hiring}
    assert ids(stage="engaged") == {hiring}
    assert ids(max_age_days=1) == {funding}
    assert ids(min_age_days=1, max_age_days=7) == {hiring}
    assert ids(min_age_days=7) == {old}
    assert ids(kind="sequence") == set()
    assert queue_service.list_page(ws.db, QueueFilter(family="hiring"), limit=1).total == 2
    with pytest.raises(QueueError, match="no signal family 'gossip'"):
        queue_service.list_page(ws.db, QueueFilter(family="gossip"))
    choices = queue_service.filter_choices(ws.db)
    assert choices["owner"] == ["ann@us.example", "bob@us.example"]
    assert choices["stage"] == ["engaged", "lead"] and "hiring" in choices["family"]


def test_bulk_snooze_and_reject_are_compare_and_set_with_a_summary(ws: Workspace) -> None:
    a, b, c = (seed(ws, n) for n in ("A", "B", "C"))
    seen = {v.draft.id: v.draft.version for v in queue_service.list_drafts(ws.db)}
    # Someone rejects B after the page was drawn: B is left as it was, the others go through.
    queue_service.reject(ws.db, draft_id=b, reviewer="other@example.com", reason="not now")
    results = queue_service.decide_many(
        ws, action="snooze", drafts=[(i, seen[i]) for i in (a, b, c)], reviewer="rep@example.com", days=2
    )
    assert [r["ok"] for r in results] == [True, False, True]
    summary = queue_service.summarize("snooze", results)
    assert summary.startswith(f"Snoozed 2 of 3 draft(s) ({a}, {c}); 1 left as they were: draft {b}: ")
    assert "other@example.com already rejected it" in summary
    assert {queue_service.get_draft(ws.db, i).draft.status for i in (a, c)} == {"snoozed"}
    assert queue_service.get_draft(ws.db, b).draft.reject_reason == "not now"

    with pytest.raises(QueueError, match="give a reason"):
        queue_service.decide_many(ws, action="reject", drafts=[(a, 2)], reviewer="rep@example.com", reason=" ")
    with pytest.raises(QueueError, match="approve, reject or snooze"):
        queue_service.decide_many(ws, action="delete", drafts=[(a, 2)], reviewer="rep@example.com")
    snoozed = {v.draft.id: v.draft.version for v in queue_service.list_drafts(ws.db, status="snoozed")}
    results = queue_service.decide_many(ws, action="reject", drafts=list(snoozed.items()), reviewer="rep@example.com",
                                        reason="wrong persona")
    assert all(r["ok"] for r in results)
    assert {queue_service.get_draft(ws.db, i).draft.reject_reason for i in (a, c)} == {"wrong persona"}


def test_cli_queue_list_pages_and_says_how_many(ws: Workspace) -> None:
    ids = [seed(ws, f"Co {i}", priority=i) for i in range(5)]
    result = runner.invoke(app, ["-w", str(ws.path), "queue", "list", "--limit", "2", "--offset", "2"])
    assert result.exit_code == 0, result.output
    assert "Showing 3-4 of 5 pending drafts." in result.stdout
    assert "Next page: queue list --offset 4 --limit 2" in result.stdout
    result = runner.invoke(app, ["-w", str(ws.path), "queue", "list", "--limit", "2", "--json"])
    assert [d["id"] for d in json.loads(result.stdout)] == [ids[4], ids[3]]
    assert "Showing 1-2 of 5 pending drafts." in result.stderr
    bad = runner.invoke(app, ["-w", str(ws.path), "queue", "list", "--family", "gossip"])
    assert bad.exit_code == 2 and "no signal family 'gossip'" in bad.output


def test_cli_queue_bulk(ws: Workspace) -> None:
    a, b = seed(ws, "A"), seed(ws, "B")
    result = runner.invoke(app, ["-w", str(ws.path), "queue", "bulk", "reject", str(a), str(b),
                                 "--by", "rep@example.com", "--reason", "duplicate"])
    assert result.exit_code == 0, result.output
    assert f"Rejected 2 of 2 draft(s) ({a}, {b})." in result.stdout
    again = runner.invoke(app, ["-w", str(ws.path), "queue", "bulk", "approve", str(a), "--by", "rep@example.com"])
    assert again.exit_code == 1 and "Approved 0 of 1 draft(s); 1 left as they were" in again.stdout


def test_the_sent_log_keeps_the_title_at_send_time(ws: Workspace) -> None:
    draft_id = seed(ws, "Sentco", title="VP Sales")
    queue_service.approve(ws, draft_id=draft_id, reviewer="rep@example.com", override_reason="test text")
    delivery_service.send(ws)
    with ws.db.session() as s:  # a later CRM import promotes her
        draft = s.get(Draft, draft_id)
        contact = s.get(Contact, draft.contact_id)
        contact.title = "CRO"
        s.add(contact)
        s.commit()
    log = delivery_service.sent_log(ws.db)
    assert log.total == 1 and log.describe() == "Showing 1-1 of 1 sent messages."
    (row,) = log.rows
    assert row["title_at_send"] == "VP Sales" and row["draft_id"] == draft_id and row["sent_at"] is not None
    assert row["subject"] == "Hello Sentco" and row["account"] == "Sentco"
    assert delivery_service.sent_log(ws.db, family="hiring").total == 0
