"""The lead score and stage rules as pure functions: points, caps, decay, negatives, reasons,
and the promise that the incremental ledger equals the one recomputed from history."""

from __future__ import annotations

import copy
import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.config import ScoringConfig
from agent.leads import stages
from agent.leads.scoring import (
    ContactFacts,
    EventFacts,
    SignalFacts,
    add_to_ledger,
    event_contributions,
    ledger_from_history,
    score_lead,
    signal_contribution,
)

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
RULES = ScoringConfig()
DANA = ContactFacts(email="dana@acme.com", title="VP Sales")


def _score(events: list[EventFacts], *, now: datetime = NOW, contact: ContactFacts = DANA, fit: float | None = None):
    return score_lead(ledger_from_history(events, [], RULES), contact, RULES, now=now, fit=fit)


def test_a_pricing_visit_counts_its_event_and_its_url_with_dated_reasons() -> None:
    result = _score([EventFacts("page_view", NOW, url="https://acme-vendor.com/pricing?plan=team")])
    assert result.value == 27  # 2 for the page view + 25 for /pricing
    assert "+25 visited /pricing on 2026-12-01" in result.reasons
    assert "+2 page view on 2026-12-01" in result.reasons
    assert result.parts["engagement"] == 27


def test_a_reload_loop_never_makes_an_mql() -> None:
    """Five hundred reloads of /pricing in a day: the page-view cap and once-a-day URL rule hold."""
    loop = [EventFacts("page_view", NOW - timedelta(seconds=i), url="/pricing") for i in range(500)]
    result = _score(loop)
    assert result.value == RULES.daily_cap["page_view"] + RULES.urls["/pricing"] == 35
    assert result.value < RULES.mql_threshold
    assert any("daily cap" in line for line in result.reasons)


def test_engagement_halves_every_half_life() -> None:
    event = [EventFacts("form_submit", NOW)]
    assert _score(event).value == 15
    assert _score(event, now=NOW + timedelta(days=RULES.half_life_days)).value == 7.5
    assert _score(event, now=NOW + timedelta(days=2 * RULES.half_life_days)).value == pytest.approx(3.8, abs=0.05)


def test_negatives_competitors_personal_mail_titles_unsubscribes_and_hard_bounces() -> None:
    rules = ScoringConfig(competitor_domains=["rival.com"])
    rival = ContactFacts(email="sam@eu.rival.com", title="Intern, Marketing", personal_email=False)
    result = score_lead({}, rival, rules, now=NOW)
    assert result.value == -100 - 30
    assert any("competitor (eu.rival.com)" in r for r in result.reasons)
    gmail = ContactFacts(email="x@gmail.com", personal_email=True)
    assert score_lead({}, gmail, rules, now=NOW).value == -10
    ledger = ledger_from_history(
        [EventFacts("unsubscribe", NOW), EventFacts("bounce", NOW, properties={"bounce_type": "hard"}),
         EventFacts("bounce", NOW, properties={"bounce_type": "soft"})],
        [],
        rules,
    )
    later = score_lead(ledger, DANA, rules, now=NOW + timedelta(days=365))
    assert later.value == -100  # negatives never decay; a soft bounce is not a disqualifier


def test_the_strongest_signal_of_each_kind_counts_once() -> None:
    signals = [SignalFacts(i, "new_role", NOW - timedelta(days=i), f"role {i}") for i in range(1, 20)]
    signals.append(SignalFacts(99, "funding", NOW, "Acme raises $45M"))
    result = score_lead(ledger_from_history([], signals, RULES), DANA, RULES, now=NOW)
    assert result.parts["signals"] == pytest.approx(RULES.signals["funding"] + RULES.signals["new_role"] * 0.5 ** (1 / 30), abs=0.1)


def test_fit_counts_up_to_fit_points() -> None:
    assert _score([], fit=100).value == RULES.fit_points
    assert _score([], fit=50).value == RULES.fit_points / 2


_types = st.sampled_from(
    ["page_view", "form_submit", "demo_request", "content_download", "email_open", "email_click", "reply",
     "meeting_booked", "unsubscribe", "bounce", "webinar_attended"]
)
_urls = st.sampled_from([None, "/pricing", "https://x.com/demo", "/blog/post", "/case-studies/acme", "/PRICING?x=1"])
_events = st.lists(
    st.builds(
        EventFacts,
        type=_types,
        occurred_at=st.integers(min_value=0, max_value=200 * 24 * 3600).map(lambda s: NOW - timedelta(seconds=s)),
        url=_urls,
        properties=st.sampled_from([{}, {"bounce_type": "soft"}, {"bounce_type": "hard"}]),
    ),
    max_size=60,
)
_signals = st.lists(
    st.builds(
        SignalFacts,
        id=st.integers(1, 30),
        kind=st.sampled_from(["funding", "new_role", "hiring_surge", "intent_spike", "job_change"]),
        occurred_at=st.integers(0, 100).map(lambda d: NOW - timedelta(days=d)),
        title=st.just("a signal"),
    ),
    max_size=8,
    unique_by=lambda s: s.id,
)


@settings(max_examples=300, deadline=None)
@given(events=_events, signals=_signals, seed=st.integers(0, 10_000))
def test_incremental_ledger_equals_recomputed_from_history(events, signals, seed) -> None:
    """Applied one at a time, in whatever order they arrive (and signals interleaved), the ledger
    and the score equal a full recompute from history: `leads rescore` never disagrees."""
    arrivals: list[EventFacts | SignalFacts] = [*events, *signals]
    random.Random(seed).shuffle(arrivals)
    ledger: dict = {}
    for item in arrivals:
        if isinstance(item, EventFacts):
            add_to_ledger(ledger, event_contributions(item, RULES))
        else:
            contribution = signal_contribution(item, RULES)
            if contribution is not None and contribution.bucket not in ledger:
                add_to_ledger(ledger, [contribution])
    full = ledger_from_history(events, signals, RULES)
    assert ledger == full
    assert score_lead(copy.deepcopy(ledger), DANA, RULES, now=NOW, fit=60) == score_lead(full, DANA, RULES, now=NOW, fit=60)


# --------------------------------------------------------------------------- stages


def _decide(**kw):
    defaults = {"stage": "lead", "score": 0.0, "armed": True, "threshold": 70.0, "rearm_margin": 10.0}
    return stages.decide(**{**defaults, **kw})


def test_crossing_the_threshold_makes_an_mql_and_a_handoff() -> None:
    decision = _decide(stage="engaged", score=74)
    assert (decision.to_stage, decision.handoff) == ("mql", True)
    assert "74 crossed the MQL threshold 70" in decision.reason


def test_a_demo_request_is_an_mql_whatever_the_score() -> None:
    decision = _decide(score=12, event_type="demo_request")
    assert (decision.to_stage, decision.handoff) == ("mql", True)


def test_a_disarmed_lead_is_not_handed_off_again_until_it_cools_down() -> None:
    assert _decide(stage="handed_off", score=90, armed=False) == stages.NO_CHANGE
    assert _decide(stage="handed_off", score=65, armed=False) == stages.NO_CHANGE  # not under 60 yet
    cooled = _decide(stage="handed_off", score=55, armed=False)
    assert cooled.rearm and cooled.to_stage == "engaged"


def test_customers_and_disqualified_leads_are_left_alone() -> None:
    for stage in ("customer", "disqualified"):
        assert _decide(stage=stage, score=99, event_type="demo_request") == stages.NO_CHANGE


def test_first_engagement_and_waking_from_dormant() -> None:
    assert _decide(event_type="page_view").to_stage == "engaged"
    assert "after going dormant" in _decide(stage="dormant", event_type="reply").reason
    assert _decide(event_type="unsubscribe") == stages.NO_CHANGE


def test_dormant_needs_a_known_last_engagement() -> None:
    assert stages.is_dormant(stage="lead", last_engaged_at=None, last_activity_at=None, now=NOW,
                             dormant_after_days=90) is None
    reason = stages.is_dormant(stage="engaged", last_engaged_at=NOW - timedelta(days=91), last_activity_at=None,
                               now=NOW, dormant_after_days=90)
    assert reason and "91 days" in reason
    assert stages.is_dormant(stage="engaged", last_engaged_at=NOW - timedelta(days=91),
                             last_activity_at=NOW - timedelta(days=3), now=NOW, dormant_after_days=90) is None


@pytest.mark.parametrize(
    ("lifecycle", "status", "expected"),
    [
        ("marketingqualifiedlead", None, "mql"),
        ("Marketing Qualified Lead", None, "mql"),
        ("opportunity", None, "handed_off"),
        ("customer", None, "customer"),
        ("lead", "Unqualified", "dormant"),
        ("lead", "Closed - Not Converted", "dormant"),
        ("lead", "Closed - Converted", "customer"),
        ("lead", "Junk", "disqualified"),
        ("lead", "Open - Not Contacted", "lead"),
        (None, None, None),
    ],
)
def test_crm_stages(lifecycle, status, expected) -> None:
    from agent.config import DormantConfig

    cfg = DormantConfig()
    found = stages.crm_stage(lifecycle_stage=lifecycle, lead_status=status, dormant_statuses=cfg.statuses,
                             disqualified_statuses=cfg.disqualified_statuses)
    assert (found[0] if found else None) == expected


def test_a_crm_import_never_moves_a_lead_backwards() -> None:
    assert not stages.crm_moves("mql", "lead")
    assert stages.crm_moves("lead", "mql")
    assert stages.crm_moves("handed_off", "customer")
    assert stages.crm_moves("customer", "lead")  # the CRM re-opened a churned customer
    assert stages.crm_moves("engaged", "dormant")
