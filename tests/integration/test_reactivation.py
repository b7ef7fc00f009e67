"""Issue 9 end to end: a HubSpot-style contacts export, then a funding feed and a press release on
loopback HTTP. Dormant and closed-lost leads at a signalled account get a reactivation written with
their history; an active lead there gets an ordinary draft; an unsubscribed one gets nothing; a
model that invents a past meeting never reaches the queue. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from agent.cli import app
from agent.scheduler import run_cycle
from agent.services import queue
from agent.services import reactivation as reactivation_service
from agent.services.accounts import import_accounts, import_contacts
from agent.store.models import Contact, Draft, DraftKind, Outbox, Suppression
from drafting.context import DraftContext
from drafting.facts import ground
from signals.model import utcnow
from tests.conftest import LoopbackServer, Route, make_workspace
from tests.fakes.openai_server import FakeOpenAIServer, Reply
from agent.loopback_model import structured_completion

ACCOUNTS = b"""name,domain,aliases,industry,employees,country,owner_email
Northwind Analytics,northwind.example,Northwind,Software,420,US,dana@example.com
Kestrel Robotics,kestrel.example,Kestrel,Software,180,DE,sam@example.com
Lattice Energy,latticeenergy.example,,Energy,900,US,sam@example.com
Quillstone,quillstone.example,,Software,85,GB,dana@example.com
"""


def hubspot_export(now: datetime) -> bytes:
    """A HubSpot "All contacts" export (its own column labels), dates relative to `now`."""

    def day(days: int) -> str:
        return f"{now - timedelta(days=days):%Y-%m-%d %H:%M}"

    header = ('"Record ID","First Name","Last Name","Email","Job Title","Company Name","Lifecycle Stage",'
              '"Lead Status","Last Activity Date","Closed Lost Reason","Unsubscribed from all email"')
    rows = [
        # active: worked with last week
        f'"101","Maya","Okafor","maya@northwind.example","VP of Sales","Northwind Analytics","Lead","Open","{day(6)}","",""',
        # dormant: nothing for 200 days
        f'"102","Ravi","Shah","ravi@northwind.example","Head of Revenue Operations","Northwind Analytics","Lead","","{day(200)}","",""',
        # closed lost, with a reason
        f'"103","Jonas","Weber","jonas@kestrel.example","Chief Revenue Officer","Kestrel Robotics","Lead","Closed Lost","{day(150)}","No budget until the next round",""',
        # unsubscribed (and quiet): never drafted
        f'"104","Una","Berg","una@kestrel.example","VP Sales","Kestrel Robotics","Lead","","{day(300)}","","true"',
        # unresponsive after a sequence
        f'"105","Ava","Collins","ava@latticeenergy.example","VP Sales","Lattice Energy","Lead","Unresponsive","{day(400)}","",""',
        # dormant, but nothing happens at Quillstone
        f'"106","Pia","Lund","pia@quillstone.example","VP Sales","Quillstone","Lead","Closed Lost","{day(250)}","Chose a competitor",""',
    ]
    return ("\n".join([header, *rows]) + "\n").encode()


def rss(items: list[tuple[str, str, str]], when: datetime) -> bytes:
    body = "".join(
        f"<item><title>{title}</title><link>https://news.example/{guid}</link>"
        f"<guid isPermaLink='false'>{guid}</guid><pubDate>{format_datetime(when)}</pubDate>"
        f"<description>{summary}</description></item>"
        for guid, title, summary in items
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Wire</title>"
        f"<link>https://news.example/</link><description>d</description>{body}</channel></rss>"
    ).encode()


FUNDING = [
    ("f-1", "Northwind Analytics raises $45M Series B led by Harbor Ventures",
     "Northwind Analytics raised $45 million led by Harbor Ventures."),
    ("f-2", "Kestrel Robotics lands $12 million Series A", "Kestrel Robotics closed a $12 million Series A."),
]
PRESS = [
    ("p-1", "Lattice Energy Appoints Grace Liu as Senior Vice President of Sales",
     "AUSTIN, Texas -- Lattice Energy today announced the appointment of Grace Liu as Senior Vice President "
     "of Sales, effective immediately."),
]


def sources(funding_url: str, press_url: str) -> str:
    return (
        f'\n[[sources]]\nname = "wire"\ntype = "funding_rss"\nurl = "{funding_url}"\nevery = "30m"\n'
        f'\n[[sources]]\nname = "press"\ntype = "press_rss"\nurl = "{press_url}"\nevery = "1h"\nmax_age_days = 30\n'
    )


def setup(tmp_path: Path, db_url: str, http_server: LoopbackServer, now: datetime, **drafting: Any):  # type: ignore[no-untyped-def]
    when = now - timedelta(hours=3)
    funding = http_server.add("/funding.xml", Route(rss(FUNDING, when)))
    press = http_server.add("/press.xml", Route(rss(PRESS, when)))
    ws = make_workspace(tmp_path / "ws", db_url, sources(funding, press))
    if drafting:
        ws.config.drafting = ws.config.drafting.model_copy(update=drafting)
    import_accounts(ws.db, ACCOUNTS, filename="accounts.csv")
    summary = import_contacts(ws, hubspot_export(now), filename="hubspot-contacts.csv")
    assert summary.dialect == "hubspot" and not summary.problems, summary.problems
    # Jonas got one e-mail from us last year: a history fact a draft may refer to.
    with ws.db.write_session() as session:
        jonas = session.exec(select(Contact).where(Contact.email == "jonas@kestrel.example")).one()
        old = now - timedelta(days=160)
        draft = Draft(kind=DraftKind.SIGNAL, account_id=jonas.account_id or 0, contact_id=jonas.id,
                      subject="Picking robots and pipeline", body="Hi Jonas,\n\n...", status="sent",
                      created_at=old, updated_at=old)
        session.add(draft)
        session.flush()
        session.add(Outbox(draft_id=draft.id or 0, to_email=jonas.email, state="sent", sent_at=old, created_at=old))
        session.commit()
    return ws


def cli_json(ws, *args: str) -> Any:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(app, ["-w", str(ws.path), *args], env={"DATABASE_URL": ws.settings.database_url})
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def drafts_by_email(ws) -> dict[str, list[Draft]]:  # type: ignore[no-untyped-def]
    out: dict[str, list[Draft]] = {}
    with ws.db.session() as session:
        for d, email in session.exec(select(Draft, Contact.email).join(Contact, Contact.id == Draft.contact_id)).all():
            if d.status != "sent":
                out.setdefault(email, []).append(d)
    return out


def test_a_signal_wakes_dormant_and_closed_lost_leads_with_their_history(
    tmp_path: Path, db_url: str, http_server: LoopbackServer
) -> None:
    now = utcnow()
    ws = setup(tmp_path, db_url, http_server, now)
    # The first import already knows who went quiet, and why.
    dormant = cli_json(ws, "leads", "list", "--stage", "dormant", "--json")
    assert {r["email"] for r in dormant} == {
        "ravi@northwind.example", "jonas@kestrel.example", "una@kestrel.example", "ava@latticeenergy.example",
        "pia@quillstone.example",
    }
    with ws.db.session() as session:
        assert session.exec(select(Suppression).where(Suppression.value == "una@kestrel.example")).first() is not None

    report = run_cycle(ws, deliver=False)
    assert all(r.ok for r in report.collected), [r.error for r in report.collected]

    drafts = drafts_by_email(ws)
    kinds = {email: [d.kind for d in ds] for email, ds in drafts.items()}
    assert kinds == {
        "maya@northwind.example": ["signal"],  # active: an ordinary first touch
        "ravi@northwind.example": ["reactivation"],
        "jonas@kestrel.example": ["reactivation"],
        "ava@latticeenergy.example": ["reactivation"],  # the press release: a new sales executive
    }  # Una (unsubscribed) and Pia (no signal at Quillstone) get nothing

    listed = cli_json(ws, "reactivations", "list", "--json")
    assert {r["email"] for r in listed} == {"ravi@northwind.example", "jonas@kestrel.example", "ava@latticeenergy.example"}
    for item in listed:
        assert {"draft_id", "email", "account", "trigger_kind", "dormant_since", "dormant_reason", "history",
                "subject", "body", "status"} <= set(item)
        assert item["status"] == "pending" and item["dormant_since"] and item["dormant_reason"]
        assert all(set(h) == {"at", "kind", "summary"} for h in item["history"])
    by_email = {r["email"]: r for r in listed}
    assert by_email["ravi@northwind.example"]["trigger_kind"] == "funding"
    assert "no engagement for 200 days" in by_email["ravi@northwind.example"]["dormant_reason"]
    assert by_email["ava@latticeenergy.example"]["trigger_kind"] == "new_executive"
    assert "Unresponsive" in by_email["ava@latticeenergy.example"]["dormant_reason"]
    jonas = by_email["jonas@kestrel.example"]
    assert "Closed Lost" in jonas["dormant_reason"]
    assert {h["kind"] for h in jonas["history"]} >= {"email", "deal", "activity"}
    assert any("No budget until the next round" in h["summary"] for h in jonas["history"])
    sent_month = f"{now - timedelta(days=160):%B %Y}"
    assert f"since my last note in {sent_month}" in jonas["body"]  # the e-mail we sent, by its month
    assert "No budget" not in jonas["body"]  # the lost reason is for the reviewer, not quoted back

    # Every reference to the past is backed by a history fact, and every guardrail passed.
    with ws.db.session() as session:
        rows = session.exec(select(Draft).where(Draft.kind == DraftKind.REACTIVATION)).all()
    for d in rows:
        assert all(r["passed"] for r in d.guardrail_report), d.guardrail_report
        ctx = DraftContext.model_validate(d.context)
        past = [v for v in ground(d.body, ctx) if v.claim.kind == "interaction"]
        assert past and all(v.problem is None for v in past), [(v.claim.text, v.problem) for v in past]
        # The same body without its history would fail: the check is not vacuous.
        bare = ctx.model_copy(update={"history": []})
        assert any(v.problem for v in ground(d.body, bare) if v.claim.kind == "interaction")

    # A second cycle is a no-op; a new signal at Northwind opens no second reactivation for Ravi.
    run_cycle(ws, deliver=False)
    assert {e: len(ds) for e, ds in drafts_by_email(ws).items()} == {e: 1 for e in kinds}
    stats = cli_json(ws, "reactivations", "stats", "--json")
    assert sum(r["found"] for r in stats) == 3 and {r["trigger"] for r in stats} == {"funding", "new_executive"}

    # Approving one goes through the queue; it counts as approved in the stats.
    ravi = by_email["ravi@northwind.example"]
    queue.approve(ws, draft_id=ravi["draft_id"], reviewer="rep@example.com")
    stats = cli_json(ws, "reactivations", "stats", "--json")
    assert sum(r["approved"] for r in stats) == 1
    ws.close()


def test_one_open_reactivation_per_lead(tmp_path: Path, db_url: str, http_server: LoopbackServer) -> None:
    """Two signals at Ravi's account, routed in separate cycles: one reactivation stays open."""
    now = utcnow()
    ws = setup(tmp_path, db_url, http_server, now)
    run_cycle(ws, deliver=False)
    second = rss([("f-3", "Northwind Analytics lands $20M Series C", "Northwind Analytics closed a Series C.")],
                 now - timedelta(hours=1))
    http_server.add("/funding.xml", Route(second))
    run_cycle(ws, deliver=False)
    with ws.db.session() as session:
        ravi = session.exec(select(Contact).where(Contact.email == "ravi@northwind.example")).one()
        rows = session.exec(select(Draft).where(Draft.contact_id == ravi.id)).all()
    assert [(d.kind, d.status) for d in rows] == [("reactivation", "pending")]
    # Rejected, the next signal may open a new one.
    queue.reject(ws.db, draft_id=rows[0].id or 0, reviewer="rep@example.com", reason="not now")
    third = rss([("f-4", "Northwind Analytics raises $60M Series D", "Northwind Analytics raised $60 million.")],
                now - timedelta(minutes=30))
    http_server.add("/funding.xml", Route(third))
    run_cycle(ws, deliver=False)
    with ws.db.session() as session:
        rows = session.exec(select(Draft).where(Draft.contact_id == ravi.id).order_by(Draft.id)).all()
    assert [(d.kind, d.status) for d in rows] == [("reactivation", "rejected"), ("reactivation", "pending")]
    ws.close()


INVENTED = {
    "subject": "Picking things back up",
    "body": (
        "Hi {first},\n\nGreat to catch up again. When we spoke in March about your SDR ramp, the timing was not right. "
        "Congrats on the news at {company}.\n\nWould a short call next week be useful?\n\nBest,\nDana Rep"
    ),
    "call_to_action": "Would a short call next week be useful?",
    "evidence_ids": ["E1"],
    "personalisation_notes": ["referred to our last meeting"],
}


def invents_a_meeting(request: dict[str, Any]) -> Any:
    text = json.dumps(request)
    first = "Ravi" if "Ravi" in text else "Maya" if "Maya" in text else "there"
    company = "Northwind Analytics" if "Northwind" in text else "your company"
    fields = {**INVENTED, "body": INVENTED["body"].format(first=first, company=company)}
    return structured_completion(request, fields, usage=(800, 150))


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAIServer]:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    with FakeOpenAIServer() as server:
        yield server


def test_a_model_that_invents_a_past_meeting_never_reaches_the_queue(
    tmp_path: Path, db_url: str, http_server: LoopbackServer, model: FakeOpenAIServer
) -> None:
    now = utcnow()
    ws = setup(tmp_path, db_url, http_server, now, provider="llm", model="fake-4o", base_url=model.base_url,
               timeout_s=5, max_retries=0)
    model.script(*[Reply(200, invents_a_meeting) for _ in range(20)])
    run_cycle(ws, deliver=False)
    prompts = [r.message_text() for r in model.completions]
    assert any("This is a reactivation" in p and "history:" in p for p in prompts)  # reactivation.cold.v1, with history
    views = queue.list_drafts(ws.db)
    assert {v.draft.kind for v in views} == {"signal", "reactivation"}
    for view in views:
        d = view.draft
        assert "we spoke in March" not in d.body and "catch up" not in d.body
        assert d.provider == "offline" and d.fallback_reason, d.fallback_reason
        assert "history" in d.fallback_reason or "meeting" in d.fallback_reason, d.fallback_reason
    reactivations = [v.draft for v in views if v.draft.kind == "reactivation"]
    assert {r.prompt_version for r in reactivations} == {"offline-reactivation-v1"}
    assert reactivation_service.list_reactivations(ws.db)
    ws.close()


def visit_pricing(ws, now: datetime) -> None:  # type: ignore[no-untyped-def]
    """Ravi (dormant) and Maya (active) come back to the pricing page."""
    from agent.services.leads import record_events
    from signals.engagement import EngagementIn

    visits = [
        EngagementIn(id="v1", type="page_view", email="ravi@northwind.example", url="https://vendor.example/pricing"),  # type: ignore[arg-type]
        EngagementIn(id="v2", type="page_view", email="maya@northwind.example", url="https://vendor.example/pricing"),  # type: ignore[arg-type]
    ]
    record_events(ws, events=visits, origin="site", now=now)


def return_reactivations(ws) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    return [i for i in reactivation_service.list_reactivations(ws.db) if i["trigger_kind"] == "return"]


def test_a_dormant_lead_who_comes_back_to_the_site_gets_a_reactivation(
    tmp_path: Path, db_url: str, http_server: LoopbackServer
) -> None:
    from agent.scheduler import draft_job

    now = utcnow()
    ws = setup(tmp_path, db_url, http_server, now)
    visit_pricing(ws, now)
    draft_job(ws)  # no feed collected: only the return drafts
    items = return_reactivations(ws)
    assert [i["email"] for i in items] == ["ravi@northwind.example"]  # Maya was active: a visit is no return
    (ravi,) = items
    assert "pricing" not in ravi["body"] and "visit" not in ravi["body"].lower()  # the visit is never mentioned
    assert "since we were last in touch" in ravi["body"]  # the CRM's last activity backs it
    with ws.db.session() as session:
        draft = session.get(Draft, ravi["draft_id"])
        assert draft is not None and all(r["passed"] for r in draft.guardrail_report), draft.guardrail_report
    assert reactivation_service.wake_returns(ws).found == 0  # once per return
    ws.close()


def test_a_dormant_lead_who_moves_is_reactivated_at_the_new_account_with_the_history(
    tmp_path: Path, db_url: str, http_server: LoopbackServer
) -> None:
    import uuid

    from agent.pipeline import process_signals
    from agent.store.models import Signal

    now = utcnow()
    ws = setup(tmp_path, db_url, http_server, now)
    facts = {"change": "champion_moved", "person": "Jonas Weber", "person_email": "jonas@northwind.example",
             "new_title": "Chief Revenue Officer", "new_company": "Northwind Analytics",
             "new_company_domain": "northwind.example", "previous_company": "Kestrel Robotics", "champion": False}
    with ws.db.write_session() as session:
        session.add(Signal(kind="job_change", source="people", dedup_key=uuid.uuid4().hex, ref="move-1",
                           occurred_at=now - timedelta(days=2), title="Jonas Weber joins Northwind Analytics as CRO",
                           company_name="Northwind Analytics", company_domain="northwind.example", facts=facts,
                           evidence=[{"id": "E1", "label": "person", "text": "Jonas Weber"},
                                     {"id": "E2", "label": "new_company", "text": "Northwind Analytics"},
                                     {"id": "E3", "label": "new_title", "text": "Chief Revenue Officer"}],
                           strength=0.9))
        session.commit()
    process_signals(ws, now=now)
    (item,) = [i for i in reactivation_service.list_reactivations(ws.db) if i["trigger_kind"] == "job_move"]
    assert item["email"] == "jonas@northwind.example" and item["account"] == "Northwind Analytics"
    assert "jonas@kestrel.example" in item["dormant_reason"]
    # The e-mail we sent him at Kestrel came along: the draft may (and does) refer to it.
    assert any(h["kind"] == "email" for h in item["history"])
    assert f"since my last note in {now - timedelta(days=160):%B %Y}" in item["body"]
    ws.close()


def test_the_database_holds_one_open_reactivation_per_lead(workspace) -> None:  # type: ignore[no-untyped-def]
    """The partial UNIQUE index, not only the router's check: two workers routing at once cannot
    open two reactivations for one lead (an insert that would is skipped or refused)."""
    from sqlalchemy.exc import IntegrityError

    from agent.pipeline import _insert_ignore_for
    from agent.store.models import Account

    with workspace.db.write_session() as session:
        account = Account(name="Acme", domain="acme.example")
        session.add(account)
        session.flush()
        contact = Contact(first_name="Ravi", email="ravi@acme.example", account_id=account.id, stage="dormant")
        session.add(contact)
        session.flush()
        ids = (account.id or 0, contact.id or 0)
        session.commit()

    def row(status: str) -> dict[str, Any]:
        return {"kind": "reactivation", "account_id": ids[0], "contact_id": ids[1], "subject": "s", "body": "b",
                "status": status, "call_to_action": "", "evidence_ids": [], "guardrail_report": []}

    with workspace.db.write_session() as session:
        session.add(Draft(**row("pending")))
        session.commit()
    with workspace.db.write_session() as session:  # a second open one is refused
        session.add(Draft(**row("snoozed")))
        with pytest.raises(IntegrityError):
            session.commit()
    with workspace.db.write_session() as session:  # the router's insert skips it quietly
        session.execute(_insert_ignore_for(session)(Draft).on_conflict_do_nothing(), [row("pending")])  # type: ignore[attr-defined]
        session.add(Draft(**row("rejected")))  # closed ones are history: any number
        session.add(Draft(**row("sent")))
        session.commit()
    with workspace.db.session() as session:
        statuses = sorted(d.status for d in session.exec(select(Draft).where(Draft.contact_id == ids[1])).all())
    assert statuses == ["pending", "rejected", "sent"]


def test_a_named_new_executive_gets_a_first_touch_and_wakes_the_dormant_lead_there(
    tmp_path: Path, db_url: str, http_server: LoopbackServer
) -> None:
    import uuid

    from agent.pipeline import process_signals
    from agent.store.models import Signal

    now = utcnow()
    ws = setup(tmp_path, db_url, http_server, now)
    facts = {"change": "new_executive", "person": "Grace Liu", "person_email": "grace@latticeenergy.example",
             "new_title": "Senior Vice President of Sales", "new_company": "Lattice Energy",
             "new_company_domain": "latticeenergy.example"}
    with ws.db.write_session() as session:
        session.add(Signal(kind="job_change", source="people", dedup_key=uuid.uuid4().hex, ref="exec-1",
                           occurred_at=now - timedelta(days=1), title="Lattice Energy appoints Grace Liu",
                           company_name="Lattice Energy", company_domain="latticeenergy.example", facts=facts,
                           evidence=[{"id": "E1", "label": "person", "text": "Grace Liu"},
                                     {"id": "E2", "label": "new_title", "text": "Senior Vice President of Sales"}],
                           strength=0.9))
        session.commit()
    process_signals(ws, now=now)
    kinds = {e: [d.kind for d in ds] for e, ds in drafts_by_email(ws).items()}
    assert kinds == {"grace@latticeenergy.example": ["signal"], "ava@latticeenergy.example": ["reactivation"]}
    ws.close()
