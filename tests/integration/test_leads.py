"""The lead service on SQLite and PostgreSQL: events in, scores and stages kept current,
exactly one handoff per crossing, CRM stages, decay, dormancy, and rescore agreeing."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from agent.services import leads
from agent.services.accounts import import_accounts, import_contacts
from agent.services.delivery import is_suppressed
from agent.store.models import (
    Alert,
    Contact,
    EngagementEvent,
    Handoff,
    Signal,
    StageChange,
)
from signals.engagement import EngagementIn
from signals.model import as_utc
from tests.conftest import make_workspace

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

ACCOUNTS = b"""name,domain,industry,employees,country,owner_email
Acme Robotics,acme.example,Software,400,US,owner@vendor.example
Globex,globex.example,Retail,20000,BR,
"""
CONTACTS = b"""first_name,last_name,email,title,company,domain,lifecycle_stage,champion
Dana,Lee,dana@acme.example,VP Sales,Acme Robotics,acme.example,lead,false
Sam,Ortiz,sam@acme.example,Head of RevOps,Acme Robotics,acme.example,lead,false
Gil,Moss,gil@globex.example,CFO,Globex,globex.example,customer,false
"""


def lead_workspace(path: Path, db_url: str):  # type: ignore[no-untyped-def]
    """Acme (two leads) and Globex (a customer), alerts to a fallback owner."""
    workspace = make_workspace(path, db_url, extra_toml='[alerts]\nfallback_owner = "revops@vendor.example"\n')
    import_accounts(workspace.db, ACCOUNTS)
    import_contacts(workspace, CONTACTS)
    return workspace


@pytest.fixture
def ws(tmp_path: Path, db_url: str):
    workspace = lead_workspace(tmp_path / "ws", db_url)
    yield workspace
    workspace.close()


def ev(id_: str, type_: str, email: str = "dana@acme.example", *, url: str | None = None, at: datetime = NOW, **props):
    return EngagementIn(id=id_, type=type_, email=email, url=url, occurred_at=at, properties=props)


def contact(ws, email: str) -> Contact:
    with ws.db.session() as session:
        return session.exec(select(Contact).where(Contact.email == email)).one()


def test_events_score_a_lead_and_a_repost_stores_nothing(ws) -> None:
    first = leads.record_events(ws, events=[ev("e1", "page_view", url="https://vendor.example/pricing")], now=NOW)
    assert (first.accepted, first.duplicates) == (1, 0)
    again = leads.record_events(ws, events=[ev("e1", "page_view", url="https://vendor.example/pricing")], now=NOW)
    assert (again.accepted, again.duplicates) == (0, 1)
    dana = contact(ws, "dana@acme.example")
    assert dana.stage == "engaged"
    assert dana.score == pytest.approx(27 + 20 * _fit_share(ws, dana))
    assert "+25 visited /pricing on 2026-12-01" in dana.score_reasons
    with ws.db.session() as session:
        assert len(session.exec(select(EngagementEvent)).all()) == 1


def _fit_share(ws, c: Contact) -> float:
    from agent.services.leads import _Fits

    with ws.db.session() as session:
        return (_Fits(session, ws)(c.account_id) or 0) / 100


def test_a_demo_request_hands_off_once_and_an_identical_burst_does_nothing(ws) -> None:
    burst = [ev("p1", "page_view", url="/pricing"), ev("d1", "demo_request")]
    result = leads.record_events(ws, events=burst, now=NOW)
    assert len(result.handoff_ids) == 1
    dana = contact(ws, "dana@acme.example")
    assert dana.stage == "mql" and not dana.handoff_armed
    # The same burst again (new ids: a real second visit and demo request): armed is off.
    again = leads.record_events(ws, events=[ev("p2", "page_view", url="/pricing"), ev("d2", "demo_request")], now=NOW)
    assert again.handoff_ids == []
    with ws.db.session() as session:
        assert len(session.exec(select(Handoff)).all()) == 1
        alerts = session.exec(select(Alert)).all()
        assert [(a.kind, a.channel) for a in alerts] == [("mql_handoff", "email")]
        stages = [c.to_stage for c in session.exec(select(StageChange).where(StageChange.contact_id == dana.id)).all()]
    assert stages == ["engaged", "mql"]


def test_the_handoff_rearms_only_after_the_score_cools_below_threshold_minus_margin(ws) -> None:
    leads.record_events(ws, events=[ev("d1", "demo_request"), ev("f1", "form_submit"), ev("m1", "meeting_booked")], now=NOW)
    dana = contact(ws, "dana@acme.example")
    assert dana.score >= 70 and not dana.handoff_armed
    report = leads.refresh(ws, now=NOW + timedelta(days=20))
    assert contact(ws, "dana@acme.example").handoff_armed is False  # still above 60
    report = leads.refresh(ws, now=NOW + timedelta(days=60))
    cooled = contact(ws, "dana@acme.example")
    assert cooled.handoff_armed and cooled.stage == "engaged" and report.rearmed == 1
    later = NOW + timedelta(days=60)
    result = leads.record_events(ws, events=[ev("d2", "demo_request", at=later)], now=later)
    assert len(result.handoff_ids) == 1


def test_events_for_an_unknown_email_wait_for_the_contact(ws) -> None:
    result = leads.record_events(ws, events=[ev("x1", "form_submit", email="new@acme.example")], now=NOW)
    assert (result.accepted, result.unattached) == (1, 1)
    summary = import_contacts(
        ws, b"first_name,last_name,email,title,company,domain\nNia,Park,new@acme.example,CFO,Acme Robotics,acme.example\n"
    )
    assert summary.events_attached == 1
    nia = contact(ws, "new@acme.example")
    assert nia.stage == "engaged" and nia.score > 0


def test_anonymous_visits_of_a_known_company_attach_to_the_account(ws) -> None:
    leads.record_events(ws, events=[EngagementIn(id="a1", type="page_view", domain="www.acme.example", url="/pricing")], now=NOW)
    with ws.db.session() as session:
        row = session.exec(select(EngagementEvent)).one()
    assert row.account_id is not None and row.contact_id is None


def test_unsubscribe_and_hard_bounce_suppress_and_subtract(ws) -> None:
    leads.record_events(ws, events=[ev("u1", "unsubscribe"), ev("b1", "bounce", "sam@acme.example", bounce_type="hard")], now=NOW)
    assert is_suppressed(ws.db, "dana@acme.example") and is_suppressed(ws.db, "sam@acme.example")
    assert contact(ws, "dana@acme.example").score < 0


def test_customers_are_never_handed_off(ws) -> None:
    assert contact(ws, "gil@globex.example").stage == "customer"
    result = leads.record_events(ws, events=[ev("g1", "demo_request", "gil@globex.example")], now=NOW)
    assert result.handoff_ids == [] and contact(ws, "gil@globex.example").stage == "customer"


def test_crm_reimport_sets_stages_but_never_moves_a_lead_back(ws) -> None:
    leads.record_events(ws, events=[ev("d1", "demo_request")], now=NOW)
    hubspot = (
        b"Record ID,First Name,Last Name,Email,Company Name,Lifecycle Stage,Lead Status,Last Activity Date\n"
        b"1,Dana,Lee,dana@acme.example,Acme Robotics,Lead,,2026-11-30 10:00\n"
        b"2,Sam,Ortiz,sam@acme.example,Acme Robotics,Lead,Unqualified,2026-01-05 10:00\n"
    )
    import_contacts(ws, hubspot)
    assert contact(ws, "dana@acme.example").stage == "mql"  # HubSpot still saying "Lead" undoes nothing
    sam = contact(ws, "sam@acme.example")
    assert sam.stage == "dormant" and sam.lead_status == "Unqualified"
    assert sam.last_activity_at == datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
    with ws.db.session() as session:
        change = session.exec(select(StageChange).where(StageChange.contact_id == sam.id)).one()
    assert change.actor == "crm import" and "Unqualified" in change.reason


def test_quiet_leads_go_dormant(ws) -> None:
    leads.record_events(ws, events=[ev("v1", "page_view", at=NOW)], now=NOW)
    leads.refresh(ws, now=NOW + timedelta(days=89))
    assert contact(ws, "dana@acme.example").stage == "engaged"
    report = leads.refresh(ws, now=NOW + timedelta(days=91))
    assert report.dormant == 1 and contact(ws, "dana@acme.example").stage == "dormant"
    assert contact(ws, "sam@acme.example").stage == "lead"  # never heard from: a stranger, not dormant


def test_only_an_engagement_after_going_dormant_wakes_a_dormant_lead(ws) -> None:
    """An event recorded late but dated long ago (a replayed export) counts in the score, and
    leaves the lead dormant; one dated after it went quiet, or within the window, wakes it."""
    leads.record_events(ws, events=[ev("v1", "page_view", at=NOW)], now=NOW)
    went_quiet = NOW + timedelta(days=91)
    leads.refresh(ws, now=went_quiet)
    assert contact(ws, "dana@acme.example").stage == "dormant"

    later = went_quiet + timedelta(days=30)
    old = leads.record_events(ws, events=[ev("old", "email_click", at=NOW - timedelta(days=200))], now=later)
    dana = contact(ws, "dana@acme.example")
    assert old.accepted == 1 and dana.stage == "dormant"
    with ws.db.session() as session:
        stored = session.exec(select(EngagementEvent).where(EngagementEvent.key == "api:old")).one()
    assert stored.applied and stored.contact_id == dana.id  # counted for her, only not waking her
    assert as_utc(dana.last_engaged_at) == NOW  # nor a newer engagement than the one she had

    leads.record_events(ws, events=[ev("new", "email_click", at=went_quiet + timedelta(days=2))], now=later)
    dana = contact(ws, "dana@acme.example")
    assert dana.stage == "engaged"
    with ws.db.session() as session:
        change = session.exec(select(StageChange).where(StageChange.contact_id == dana.id)
                              .where(StageChange.from_stage == "dormant")).one()
    assert change.reason.endswith("after going dormant")


def test_an_engagement_within_the_dormancy_window_wakes_a_lead_the_crm_made_dormant(ws) -> None:
    from agent.leads import stages

    assert stages.revives(event_at=NOW - timedelta(days=10), dormant_since=NOW, now=NOW, dormant_after_days=90)
    assert not stages.revives(event_at=NOW - timedelta(days=100), dormant_since=NOW, now=NOW, dormant_after_days=90)
    assert stages.revives(event_at=NOW - timedelta(days=100), dormant_since=None, now=NOW - timedelta(days=95),
                          dormant_after_days=90)
    leads.set_stage(ws, email="dana@acme.example", stage="dormant", reason="CRM says nurture", actor="rep@example.com",
                    now=NOW)
    leads.record_events(ws, events=[ev("recent", "page_view", at=NOW - timedelta(days=10))], now=NOW + timedelta(hours=1))
    assert contact(ws, "dana@acme.example").stage == "engaged"


def test_signals_at_the_account_count_for_its_contacts(ws) -> None:
    with ws.db.session() as session:
        account_id = contact(ws, "dana@acme.example").account_id
        signal = Signal(kind="funding", source="t", dedup_key="k1", ref="r", occurred_at=NOW, title="Acme raises $45M",
                        account_id=account_id, status="drafted")
        session.add(signal)
        session.commit()
        sid = signal.id
    assert leads.signals_routed(ws, signal_ids=[sid], now=NOW) == 2
    assert leads.signals_routed(ws, signal_ids=[sid], now=NOW) == 0  # counted once
    assert any("funding round" in r for r in contact(ws, "sam@acme.example").score_reasons)


def test_rescore_agrees_with_the_incremental_path(ws) -> None:
    for day in range(10):
        at = NOW - timedelta(days=day)
        leads.record_events(
            ws,
            events=[ev(f"v{day}", "page_view", url="/pricing", at=at), ev(f"o{day}", "email_open", "sam@acme.example", at=at)],
            now=NOW,
        )
    before = {c: contact(ws, c).score for c in ("dana@acme.example", "sam@acme.example")}
    report = leads.rescore(ws, now=NOW)
    assert report.drifted == 0
    assert {c: contact(ws, c).score for c in before} == before


def test_concurrent_events_for_one_lead_lose_nothing(ws) -> None:
    """Two writers add to one contact's ledger at once; both events count (no lost update)."""
    errors: list[BaseException] = []

    def post(prefix: str) -> None:
        try:
            for i in range(10):
                leads.record_events(ws, events=[ev(f"{prefix}{i}", "email_open", at=NOW - timedelta(days=i))], now=NOW)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=post, args=(p,)) for p in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    ledger = contact(ws, "dana@acme.example").score_ledger
    assert sum(entry["n"] for key, entry in ledger.items() if key.startswith("event:email_open")) == 20


def test_lead_detail_and_list(ws) -> None:
    leads.record_events(ws, events=[ev("p", "page_view", url="/pricing"), ev("d", "demo_request")], now=NOW)
    detail = leads.lead_detail(ws, email="Dana@Acme.example", now=NOW)
    kinds = {item["kind"] for item in detail["timeline"]}
    assert {"event", "stage", "handoff"} <= kinds
    assert detail["breakdown"]["engagement"] == 67
    rows = leads.list_leads(ws.db)
    assert rows[0]["email"] == "dana@acme.example" and rows[0]["stage"] == "mql"
    assert [r["email"] for r in leads.list_leads(ws.db, stage="customer")] == ["gil@globex.example"]
    with pytest.raises(leads.LeadError):
        leads.list_leads(ws.db, stage="nonsense")


def test_calibrate_reports_bands_rules_and_a_threshold(ws) -> None:
    leads.record_events(ws, events=[ev("p", "page_view", url="/pricing", at=NOW - timedelta(days=2)),
                                    ev("m", "meeting_booked", at=NOW - timedelta(days=1))], now=NOW)
    leads.record_events(ws, events=[ev("o", "email_open", "sam@acme.example", at=NOW - timedelta(days=3))], now=NOW)
    report = leads.calibrate(ws, now=NOW)
    # Dana booked a meeting; Gil is a customer by the CRM import; Sam only opened an e-mail.
    assert report["leads"] == 3 and report["converted"] == 2
    assert sum(b["leads"] for b in report["bands"]) == 3
    assert report["suggested_threshold"] is not None
    assert report["enough_data"] is False
