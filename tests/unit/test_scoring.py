"""Every score explains itself: ICP fit, persona fit, recipient choice, strength and priority."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from signals.model import Person, SignalKind, WatchedAccount
from signals.scoring import (
    IcpRules,
    choose_recipient,
    fit_score,
    persona_match,
    priority,
    signal_strength,
)

RULES = IcpRules(
    industries=["Software", "Financial Services"],
    employees=[50, 5000],
    countries=["US", "GB", "DE"],
    personas=["VP Sales", "Head of Revenue Operations", "Chief Revenue Officer"],
    competitors=["Outreach"],
    complements=["Salesforce", "Snowflake"],
)


def account(**kw) -> WatchedAccount:
    base = {"id": 1, "name": "Acme", "industry": "Software", "employees": 300, "country": "US"}
    base.update(kw)
    return WatchedAccount(**base)


# -- IcpRules -------------------------------------------------------------------------------


def test_rules_accept_a_two_item_list_for_employees() -> None:
    assert RULES.employees == (50, 5000)
    assert IcpRules(employees=(10, 10)).employees == (10, 10)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"employees": [5000, 50]},
        {"employees": [-1, 50]},
        {"employees": [1, 2, 3]},
        {"colour": "blue"},
        {"countries": ["Narnia"]},
    ],
)
def test_rules_refuse_mistakes(kwargs: dict) -> None:
    with pytest.raises(ValidationError):
        IcpRules(**kwargs)


def test_rules_normalise_countries() -> None:
    assert IcpRules(countries=["us", "United Kingdom", "DE", "USA"]).countries == ["US", "GB", "DE"]


def test_rules_default_to_empty() -> None:
    rules = IcpRules()
    assert rules.industries == [] and rules.employees is None and rules.personas == []


# -- fit_score ------------------------------------------------------------------------------


def test_perfect_fit_explains_each_rule() -> None:
    fit = fit_score(account(), RULES)
    assert fit.value == 100
    assert fit.reasons == [
        "industry Software is in the ICP (+35)",
        "employees 300 is within 50-5,000 (+35)",
        "country US is in the ICP (+30)",
    ]


def test_outside_the_size_range() -> None:
    fit = fit_score(account(employees=12000), RULES)
    assert fit.value == 65
    assert "employees 12,000 is outside 50-5,000 (+0)" in fit.reasons


def test_unknown_attributes_get_half_credit() -> None:
    fit = fit_score(account(industry=None, employees=None, country=None), RULES)
    assert fit.value == pytest.approx(17.5 + 17.5 + 15)
    assert fit.reasons == [
        "industry unknown (+17.5, half credit)",
        "employees unknown (+17.5, half credit)",
        "country unknown (+15, half credit)",
    ]


def test_empty_rules_give_full_credit() -> None:
    fit = fit_score(account(industry=None, employees=None, country=None), IcpRules())
    assert fit.value == 100
    assert fit.reasons == [
        "no industry rule (+35)",
        "no size rule (+35)",
        "no country rule (+30)",
    ]


@pytest.mark.parametrize(
    ("industry", "matches"),
    [
        ("Software", True),
        ("software", True),
        ("Computer Software", True),
        ("Enterprise Software & Services", True),
        ("Financial Services", True),
        ("financial services", True),
        ("Financial Service", True),
        ("Services", False),  # a generic word alone is not "Financial Services"
        ("IT Services", False),
        ("Retail", False),
        ("Hardware", False),
    ],
)
def test_industry_match_is_tolerant_but_not_fuzzy(industry: str, matches: bool) -> None:
    fit = fit_score(account(industry=industry), RULES)
    assert (fit.value == 100) is matches, fit.reasons


def test_account_country_names_map_to_codes() -> None:
    for name in ["United States", "USA", "us", "UK", "United Kingdom", "Germany"]:
        assert fit_score(account(country=name), RULES).value == 100, name
    fit = fit_score(account(country="France"), RULES)
    assert fit.value == 70 and "country FR is not in the ICP (+0)" in fit.reasons


def test_unrecognised_country_gets_half_credit() -> None:
    fit = fit_score(account(country="Atlantis"), RULES)
    assert fit.value == 85
    assert "country Atlantis not recognised (+15, half credit)" in fit.reasons


def test_technologies_competitor_is_informational_and_complements_add() -> None:
    fit = fit_score(account(employees=12000), RULES, technologies=["outreach", "Salesforce", "Snowflake", "Excel"])
    assert fit.value == 65 + 10
    assert "+ uses competitor Outreach (displacement angle)" in fit.reasons
    assert "+ uses complement Salesforce (+5)" in fit.reasons
    assert not any("Excel" in r for r in fit.reasons)


def test_complements_are_capped_at_100() -> None:
    fit = fit_score(account(), RULES, technologies=["Salesforce", "Snowflake", "salesforce"])
    assert fit.value == 100
    assert fit.reasons[-1] == "capped at 100"


@settings(max_examples=200)
@given(
    industry=st.none() | st.text(max_size=20),
    employees=st.none() | st.integers(min_value=-10, max_value=10**7),
    country=st.none() | st.text(max_size=15),
    techs=st.lists(st.text(max_size=10), max_size=5),
)
def test_fit_is_always_0_to_100(industry, employees, country, techs) -> None:
    fit = fit_score(account(industry=industry, employees=employees, country=country), RULES, technologies=techs)
    assert 0 <= fit.value <= 100
    assert len(fit.reasons) >= 3


# -- persona_match --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "persona", "low", "high"),
    [
        ("VP of Sales", "VP Sales", 0.95, 1.0),
        ("Vice President, Sales", "VP Sales", 0.95, 1.0),
        ("vice-president of sales", "VP Sales", 0.95, 1.0),
        ("Head of RevOps", "Head of Revenue Operations", 0.95, 1.0),
        ("CRO", "Chief Revenue Officer", 0.95, 1.0),
        ("Chief Revenue Officer", "CRO", 0.95, 1.0),
        ("SVP Global Sales", "VP Sales", 0.85, 0.97),
        ("Senior Director, Revenue Operations", "Head of Revenue Operations", 0.5, 0.94),
        ("Head of Sales", "VP Sales", 0.5, 0.9),
        ("Sales Development Representative", "VP Sales", 0.0, 0.2),
        ("SDR", "VP Sales", 0.0, 0.2),
        ("Account Executive", "VP Sales", 0.0, 0.2),
        ("Sales Manager", "VP Sales", 0.0, 0.3),
        ("VP Marketing", "VP Sales", 0.0, 0.2),
        ("VP Sales Operations", "VP Sales", 0.0, 0.49),
        ("Chief Executive Officer", "VP Sales", 0.0, 0.2),
        ("Executive Assistant to the CEO", "CEO", 0.0, 0.2),
        ("Co-Founder & CEO", "CEO", 0.95, 1.0),
        ("VP, Sales & Marketing", "VP Sales", 0.95, 1.0),
        ("Sr. Dir. RevOps", "Head of Revenue Operations", 0.5, 0.94),
    ],
)
def test_persona_match_examples(title: str, persona: str, low: float, high: float) -> None:
    score, matched = persona_match(title, [persona])
    assert low <= score <= high, (title, persona, score)
    if score > 0:
        assert matched == persona


def test_persona_match_ranks_the_svp_just_below_an_exact_vp() -> None:
    exact, _ = persona_match("VP Sales", ["VP Sales"])
    svp, _ = persona_match("SVP Global Sales", ["VP Sales"])
    assert exact == 1.0 and 0.85 <= svp < exact


def test_persona_match_picks_the_best_persona() -> None:
    score, persona = persona_match("CRO", ["VP Sales", "Chief Revenue Officer"])
    assert persona == "Chief Revenue Officer" and score == 1.0


@pytest.mark.parametrize("title", [None, "", "   "])
def test_persona_match_without_a_title(title: str | None) -> None:
    assert persona_match(title, ["VP Sales"]) == (0.0, None)


def test_persona_match_without_personas() -> None:
    assert persona_match("VP Sales", []) == (0.0, None)


@settings(max_examples=300)
@given(st.text(max_size=60), st.lists(st.text(max_size=30), max_size=3))
def test_persona_match_is_bounded_and_never_raises(title: str, personas: list[str]) -> None:
    score, persona = persona_match(title, personas)
    assert 0.0 <= score <= 1.0
    assert persona is None or persona in personas


# -- choose_recipient -----------------------------------------------------------------------


def person(pid: int, title: str | None, **kw) -> Person:
    base = {"id": pid, "first_name": "P", "last_name": str(pid), "email": f"p{pid}@acme.io", "title": title}
    base.update(kw)
    return Person(**base)


PERSONAS = ["VP Sales", "Head of Revenue Operations"]


def test_choose_recipient_prefers_the_best_fit() -> None:
    contacts = [
        person(1, "Sales Development Representative"),
        Person(id=2, first_name="Jordan", last_name="Lee", email="jordan@acme.io", title="VP of Sales"),
        person(3, "Senior Director, Revenue Operations"),
    ]
    chosen = choose_recipient(contacts, PERSONAS)
    assert chosen is not None
    who, reason = chosen
    assert who.id == 2
    assert reason == 'Jordan Lee, "VP of Sales", fits persona "VP Sales" (1.00)'


def test_choose_recipient_tie_breaks_champion_then_lifecycle_then_id() -> None:
    a = person(5, "VP Sales")
    b = person(4, "VP Sales", lifecycle_stage="Customer")
    c = person(6, "VP Sales", champion=True)
    d = person(3, "VP Sales")
    assert choose_recipient([a, b, c, d], PERSONAS)[0].id == 6
    assert choose_recipient([a, b, d], PERSONAS)[0].id == 4
    assert choose_recipient([a, d], PERSONAS)[0].id == 3
    opp = person(9, "VP Sales", lifecycle_stage="opportunity")
    assert choose_recipient([a, opp, d], PERSONAS)[0].id == 9
    assert choose_recipient([c], PERSONAS)[1].endswith(", champion")


def test_a_better_fit_beats_a_champion() -> None:
    champ = person(1, "Sales Manager", champion=True)
    vp = person(2, "VP Sales")
    assert choose_recipient([champ, vp], PERSONAS)[0].id == 2


def test_contacts_without_a_usable_email_are_skipped() -> None:
    contacts = [person(1, "VP Sales", email=""), person(2, "VP Sales", email="not-an-email"),
                person(3, "Head of Sales")]
    chosen = choose_recipient(contacts, PERSONAS)
    assert chosen is not None and chosen[0].id == 3


def test_nobody_fits() -> None:
    contacts = [person(1, "Sales Development Representative"), person(2, None), person(3, "Engineer")]
    assert choose_recipient(contacts, PERSONAS) is None
    assert choose_recipient([], PERSONAS) is None


def test_min_score_is_respected() -> None:
    contacts = [person(1, "Head of Sales")]  # 0.75 for "VP Sales"
    assert choose_recipient(contacts, ["VP Sales"], min_score=0.8) is None
    assert choose_recipient(contacts, ["VP Sales"], min_score=0.7) is not None


def test_without_personas_anyone_with_a_title_qualifies() -> None:
    contacts = [person(1, None), person(2, "Engineer"), person(3, "Designer", champion=True)]
    who, reason = choose_recipient(contacts, [])
    assert who.id == 3 and "champion" in reason
    who, _ = choose_recipient(contacts[:2], [])
    assert who.id == 2
    assert choose_recipient([person(1, None), person(2, "  ")], []) is None


# -- signal_strength ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "facts", "expected"),
    [
        ("funding", {"round": "pre_seed"}, 0.5),
        ("funding", {"round": "Pre-Seed"}, 0.5),
        ("funding", {"round": "seed"}, 0.6),
        ("funding", {"round": "Series A"}, 0.8),
        ("funding", {"round": "series_a"}, 0.8),
        ("funding", {"round": "series_b"}, 0.9),
        ("funding", {"round": "Series C"}, 0.9),
        ("funding", {"round": "series_f"}, 0.9),
        ("funding", {"round": "growth"}, 0.85),
        ("funding", {"round": "venture_debt"}, 0.5),
        ("funding", {"round": "private_equity"}, 0.6),
        ("funding", {"round": "unknown"}, 0.6),
        ("funding", {}, 0.6),
        ("funding", {"round": "series_a", "amount": 50_000_000}, 0.85),
        ("funding", {"round": "series_a", "amount": 49_999_999}, 0.8),
        ("funding", {"round": "series_b", "amount": "$120M"}, 0.95),
        ("funding", {"round": "series_c", "amount": 2e9}, 0.95),
        ("funding", {"round": "series_a", "amount": "lots"}, 0.8),
        (SignalKind.FUNDING, {"round": "seed"}, 0.6),
        ("new_role", {}, 0.6),
        ("hiring_surge", {}, 0.75),
        ("job_change", {}, 0.85),
        ("job_change", {"champion": True}, 0.95),
        ("intent_spike", {}, 0.7),
        ("intent_spike", {"strong": True}, 0.8),
        ("tech_installed", {}, 0.6),
        ("tech_installed", {"competitor": True}, 0.8),
        ("tech_removed", {}, 0.7),
        ("tech_removed", {"competitor": "Outreach"}, 0.9),
        ("role_closed", {}, 0.2),
        ("something_new", {}, 0.5),
    ],
)
def test_signal_strength(kind: str, facts: dict, expected: float) -> None:
    assert signal_strength(kind, facts) == pytest.approx(expected)


@settings(max_examples=200)
@given(st.sampled_from([*SignalKind, "other"]), st.dictionaries(st.sampled_from(
    ["round", "amount", "amount_usd", "champion", "strong", "competitor"]),
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10), max_size=4))
def test_signal_strength_is_bounded(kind, facts) -> None:
    assert 0.0 <= signal_strength(kind, facts) <= 1.0


# -- priority -------------------------------------------------------------------------------

NOW = datetime(2025, 6, 1, 12, tzinfo=UTC)


def test_priority_multiplies_fit_strength_and_freshness() -> None:
    p = priority(fit=80, strength=0.9, occurred_at=NOW - timedelta(days=2), now=NOW)
    freshness = 0.5 ** (2 / 14)
    assert p.value == pytest.approx(80 * 0.9 * freshness, abs=0.01)
    assert p.reasons == ["fit 80/100", "signal strength 0.90", "fresh: 2 days old (x0.91)"]


def test_priority_halves_every_half_life() -> None:
    fresh = priority(fit=100, strength=1, occurred_at=NOW, now=NOW)
    old = priority(fit=100, strength=1, occurred_at=NOW - timedelta(days=14), now=NOW)
    older = priority(fit=100, strength=1, occurred_at=NOW - timedelta(days=7), now=NOW, half_life_days=7)
    assert fresh.value == 100
    assert old.value == pytest.approx(50)
    assert older.value == pytest.approx(50)
    assert priority(fit=100, strength=1, occurred_at=NOW - timedelta(days=30), now=NOW).reasons[2].startswith(
        "stale: 30 days old"
    )


def test_priority_handles_naive_and_future_times() -> None:
    naive_now = NOW.replace(tzinfo=None)
    p = priority(fit=50, strength=0.5, occurred_at=naive_now - timedelta(hours=5), now=NOW)
    assert p.reasons[2] == "fresh: 5 hours old (x0.99)"
    future = priority(fit=50, strength=0.5, occurred_at=NOW + timedelta(days=3), now=NOW)
    assert future.value == 25 and "x1.00" in future.reasons[2]


def test_priority_clamps_inputs_and_refuses_a_bad_half_life() -> None:
    assert priority(fit=150, strength=2, occurred_at=NOW, now=NOW).value == 100
    assert priority(fit=-5, strength=-1, occurred_at=NOW, now=NOW).value == 0
    with pytest.raises(ValueError):
        priority(fit=50, strength=0.5, occurred_at=NOW, now=NOW, half_life_days=0)
