"""Round 9, second pass (r9-f9b): shapes from a fresh batch of Latin American, MENA, African, Canadian, Australian,
biotech and US term-sheet news that round 9's rules had not seen, each pinned with made-up sentences on both sides.
Every sentence here is made up."""

import pytest

from signals.extract.funding import explain_funding
from tests.conftest import funding_answer as _answer
from tests.conftest import funding_facts as _facts

# these pin the rules; the learned fallback has its own tests
pytestmark = pytest.mark.usefixtures("rules_only")

DRAFT = 0.6
REVIEW = 0.55


# ---- precision ----


@pytest.mark.parametrize(
    "text",
    [
        "Notably, payments platform Tarnwell picked up a $30 million Series B round from Orbit Capital.",
        "Interestingly, Tarnwell, a Leeds-based payments startup, raised $30 million in a Series B round.",
    ],
)
def test_a_sentence_adverb_opener_is_no_part_of_the_subject(text):
    assert _facts(text) == ("Tarnwell", "series_b", 30_000_000.0, "USD")


def test_a_name_ending_in_ly_keeps_its_name():
    assert _facts("Quirkly, the note-taking app, raised $20 million in a Series B round.") == (
        "Quirkly", "series_b", 20_000_000.0, "USD")


@pytest.mark.parametrize(
    "text",
    [
        "Tarnwell, a delivery startup, has raised a $90 million round led by Orbit, according to people familiar with the company.",
        "Tarnwell has raised $90 million in a Series C round, according to two sources close to the deal.",
        "Tarnwell raised $90 million from Orbit Capital, people familiar with the matter said.",
    ],
)
def test_a_raise_told_by_anonymous_sources_is_a_rumour(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Tarnwell, a delivery startup, has raised a $90 million round led by Orbit, according to Bloomberg.",
        "Tarnwell, a delivery startup, raised $90 million in seed funding, according to a regulatory filing.",
    ],
)
def test_a_raise_with_a_named_source_stays_a_round(text):
    assert _answer(text).round.company == "Tarnwell"


def test_a_fundraising_tracker_headline_is_a_digest():
    assert explain_funding("Weekly Biotech Fundraising Tracker: Tarnwell adds $40M; Brenlo raises $22M") is None


def test_a_tracker_product_is_no_digest():
    assert _facts("Tarnwell raises $40M to build a tracker for shipping containers") == (
        "Tarnwell", None, 40_000_000.0, "USD")


@pytest.mark.parametrize(
    "text",
    [
        "Orbit Ventures raised $40 million that will go toward seed capital and early-stage financing.",
        "Launchpad secures an additional $5m for its accelerator",
        "Harbour Labs raised $12 million to be deployed into early-stage investments across the region.",
    ],
)
def test_money_a_firm_hands_on_is_no_round(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    "text, company",
    [
        ("Tarnwell raised $40 million that will go toward hiring engineers.", "Tarnwell"),
        ("Tarnwell raises $5M for its sensor platform", "Tarnwell"),
    ],
)
def test_money_for_the_raisers_own_work_stays_a_round(text, company):
    assert _answer(text).round.company == company


# ---- recall ----


def test_just_today_before_the_name_is_no_part_of_it():
    assert _facts("Just today, Tarnwell, a payments startup out of Spain, raised $20 million in funding.") == (
        "Tarnwell", None, 20_000_000.0, "USD")


def test_just_today_with_no_raise_is_no_round():
    assert explain_funding("Just today, regulators fined Tarnwell $20 million over late filings.") is None


def test_a_reported_gerund_raise_is_a_round():
    assert _facts("Tarnwell Inc., a Leeds-based maker of lab tools, reported picking up $18 million in a series C "
                  "financing round led by Orbit Capital.") == ("Tarnwell", "series_c", 18_000_000.0, "USD")


def test_a_reported_gerund_without_money_is_no_round():
    assert explain_funding("Tarnwell Inc., a Leeds-based maker of lab tools, reported picking up new customers in Spain.") is None


def test_the_final_tranche_of_a_round_closes_the_round():
    assert _facts("Tarnwell Inc., of Leeds, England, said it closed the final tranche of its seed round financing "
                  "for a total of $4.1 million.") == ("Tarnwell", "seed", 4_100_000.0, "USD")


def test_the_first_tranche_of_a_loan_is_no_round():
    assert explain_funding("Tarnwell Inc. closed the first tranche of a $40 million loan from its bank.") is None


def test_an_investor_launching_a_company_with_money_is_recorded_for_review():
    decision = _answer("Life sciences VC Orbit Partners has launched its second portfolio company, providing $40 million "
                       "in series A funding for kidney specialist Tarnwell Therapeutics Ltd.")
    assert decision.round.company.startswith("Tarnwell Therapeutics")
    assert (decision.round.round, decision.round.amount) == ("series_a", 40_000_000.0)
    assert decision.confidence == REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Orbit Partners has launched a new fund, providing $40 million for climate startups.",
        "Orbit Partners has launched a new office in Leeds, providing $40 million in grants for local schools.",
    ],
)
def test_an_investor_launching_something_else_is_no_round(text):
    assert explain_funding(text) is None


def test_took_in_the_weeks_biggest_round_is_recorded_for_review():
    decision = _answer("Madrid-based delivery company Tarnwell took in the biggest round of the week with their "
                       "$90 million Series C round led by Orbit.")
    assert (decision.round.company, decision.round.round, decision.round.amount) == ("Tarnwell", "series_c", 90_000_000.0)
    assert decision.confidence == REVIEW < DRAFT


def test_took_in_revenue_is_no_round():
    assert explain_funding("Madrid-based delivery company Tarnwell took in $90 million in revenue last year.") is None


def test_anonymous_sources_on_what_a_done_round_is_for_keep_the_round():
    assert _facts("Tarnwell completes $35 million fundraise. According to sources close to the matter, the company "
                  "will use the new capital to open a plant.") == ("Tarnwell", None, 35_000_000.0, "USD")


# ---- review fixes (rf9d): the f9b guards narrowed where they refused rounds the base answered ----


@pytest.mark.parametrize(
    "text, facts",
    [
        ("Chip startup Kestrova raises $45M Series B for its new accelerator", ("Kestrova", "series_b", 45_000_000.0, "USD")),
        ("AI chipmaker Kestrova raises $90 million for its next accelerator", ("Kestrova", None, 90_000_000.0, "USD")),
        ("Particle therapy company Kestrova secures $25M for its new accelerator", ("Kestrova", None, 25_000_000.0, "USD")),
        ("Brindle Labs raises $6 million Series A for its incubator", ("Brindle Labs", "series_a", 6_000_000.0, "USD")),
    ],
)
def test_for_its_accelerator_with_a_stage_or_hardware_stays_a_round(text, facts):
    assert _facts(text) == facts


@pytest.mark.parametrize(
    "text",
    [
        "Brindle Labs secures an additional $4m for its accelerator",
        "Brindle Hub raises $2 million for its incubator",
        "Brindle Garage secures $3M for its new accelerator programme",
    ],
)
def test_money_for_an_accelerator_or_incubator_programme_is_no_round(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    "text, facts",
    [
        ("Deal tracker Quorvane raises $25M Series C", ("Quorvane", "series_c", 25_000_000.0, "USD")),
        ("VC tracker Quorvane raises $12 million Series A", ("Quorvane", "series_a", 12_000_000.0, "USD")),
        ("Financing Tracker raises $3 million seed to help shops monitor loans", ("Financing Tracker", "seed", 3_000_000.0, "USD")),
    ],
)
def test_a_tracker_word_outside_a_headline_rubric_is_no_digest(text, facts):
    assert _facts(text) == facts


@pytest.mark.parametrize(
    "text",
    [
        "Deal Tracker: Quorvane raises $25M Series C; Belmora nets $9M",
        "VC tracker '26: Quorvane raises $12 million Series A",
        "Funding tracker - Quorvane raises $25M Series C",
    ],
)
def test_a_tracker_headline_rubric_is_a_digest(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    "text, facts",
    [
        ("Quorvane announced a $200 million Series C on Monday; the round values it at $2 billion, according to people "
         "familiar with the matter.", ("Quorvane", "series_c", 200_000_000.0, "USD")),
        ("Quorvane raised $25 million in a Series B led by Orbit, the company said on Friday, confirming an earlier report "
         "citing people familiar with the matter.", ("Quorvane", "series_b", 25_000_000.0, "USD")),
    ],
)
def test_an_unnamed_source_on_another_clause_or_a_confirmed_round_keeps_the_round(text, facts):
    assert _facts(text) == facts


@pytest.mark.parametrize(
    "text",
    [
        "Quorvane has raised $25 million in new funding, according to two people familiar with the matter.",
        "Quorvane closed a $40 million round, people familiar with the matter said; the company declined to comment.",
    ],
)
def test_an_unnamed_source_in_the_raises_clause_is_still_a_rumour(text):
    assert explain_funding(text) is None


def test_took_in_with_a_round_base_already_read_keeps_its_confidence():
    decision = _answer("Corvane took in the largest round of the month with its $45 million Series B.")
    assert (decision.round.company, decision.round.round, decision.round.amount) == ("Corvane", "series_b", 45_000_000.0)
    assert decision.confidence >= DRAFT
