"""Round 11: a concessive clause that opens the sentence, and a possessive round dated to a past month.

"While Nigerian startups missed out during the week, HyperionDev, a Cape Town ed-tech startup, raised ZAR50 million
in Series A funding" was read as nothing: the opening clause hid the main clause's subject from every reader anchored
at the start of a line. "Thanks to Lightspeed's US$166 million Series D round last October" was drafted as news; a
possessive round dated to a past month, season or year is background. Every text here is made up."""

from __future__ import annotations

import pytest

from signals.extract.funding import explain_funding
from signals.text.names import clause_rest
from tests.conftest import funding_answer as _answer


@pytest.mark.parametrize(
    ("text", "company", "round_", "amount", "currency"),
    [
        ("While Kenyan startups had a quiet week, Tallowmere, a Nairobi-based logistics startup, raised ZAR40 million "
         "in Series A funding.", "Tallowmere", "series_a", 40_000_000, "ZAR"),
        ("Although the market stayed cautious, Brindle Labs has raised $8 million in seed funding.",
         "Brindle Labs", "seed", 8_000_000, "USD"),
        ("Despite a slow quarter for climate tech, Velloro Bio secured \u20ac12m in a Series B round.",
         "Velloro Bio", "series_b", 12_000_000, "EUR"),
        ("Even as valuations fell, Kestrel Grid closed a $30 million Series C.", "Kestrel Grid", "series_c",
         30_000_000, "USD"),
    ],
)
def test_a_round_after_a_concessive_clause_is_read(text, company, round_, amount, currency):
    found = _answer(text).round
    assert (found.company, found.round, found.amount, found.currency) == (company, round_, amount, currency)


@pytest.mark.parametrize(
    "text",
    [
        # the clause dates the raise: a running total, not this news
        "Since its launch four years ago, Harbourline has raised more than $50 million in funding.",
        # the main clause says nothing of a round
        "While rivals raised big rounds this month, Harbourline is struggling to hire.",
        # a digest's total after the clause: no company raised it
        "While deal counts fell, African startups raised a combined $225 million in August.",
    ],
)
def test_no_round_is_made_from_a_clause_that_hides_none(text):
    assert explain_funding(text) is None


def test_clause_rest_strips_only_a_concessive_opening_clause():
    assert clause_rest("While rivals slowed, Acme raised $5M.") == "Acme raised $5M."
    assert clause_rest("Headline here\nDespite the slump, Acme raised $5M.") == "Headline here\nAcme raised $5M."
    assert clause_rest("Since 2019, Acme has raised $5M.") is None  # dates a running total
    assert clause_rest("After its seed round, Acme raised $5M.") is None
    assert clause_rest("Whileaway Labs, a startup, raised $5M.") is None  # a name, not the conjunction
    assert clause_rest("While rivals slowed, acme raised $5M.") is None  # the rest must open with a capital
    assert clause_rest(None) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "That record is thanks in no small part to Harbourline's US$166 million Series D funding round last October.",
        "The startup's neighbour Quorra's $40 million Series B last year set the pace.",
        "Peakform's $12 million Series A two years ago made it the best-funded rival.",
    ],
)
def test_a_possessive_round_dated_to_a_past_month_or_year_is_background(text):
    assert explain_funding(text) is None


def test_a_possessive_round_with_no_past_date_is_still_read():
    found = _answer("The quarter was led by Harbourline's US$166 million Series D funding round.").round
    assert (found.company, found.round, found.amount) == ("Harbourline", "series_d", 166_000_000)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Harbour Clinic and Spa raises Rs 120 Cr from PE firm Ridgeway AMC", "Harbour Clinic and Spa"),
        ("Salt and Pepper raises $5M seed", "Salt and Pepper"),
        ("Salt and Pepper has raised $5M in seed funding", "Salt and Pepper"),
        ("Salt and Pepper bags $5M seed", "Salt and Pepper"),
    ],
)
def test_a_subject_of_two_names_joined_by_and_is_one_answer_for_review(text, company):
    """Never the run after 'and' alone ('Pepper' was drafted at 0.95): one company or two, so a human decides."""
    decision = _answer(text)
    assert decision.round.company == company
    assert decision.confidence < 0.6


@pytest.mark.parametrize("text", ["Salt and Pepper raise $5M seed", "Salt and Pepper have raised $5M in seed funding"])
def test_a_plural_verb_after_two_names_is_no_one_company_round(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    ("text", "round_", "amount"),
    [
        ("Quorra Bio, of Singapore, said it completed an extended series A financing round led by Northgate Capital.",
         "series_a", None),
        ("Quorra Bio closed an upsized $14 million seed round.", "seed", 14_000_000),
        ("Quorra Bio completed the first close of its \u20ac10m Series B.", "series_b", 10_000_000),
        ("Quorra Bio announced the final close of its $20 million Series A.", "series_a", 20_000_000),
    ],
)
def test_a_round_told_as_extended_upsized_or_a_close_of_it_is_read(text, round_, amount):
    found = _answer(text).round
    assert (found.company, found.round, found.amount) == ("Quorra Bio", round_, amount)


def test_a_round_totaling_an_amount_is_sized_by_it_not_by_its_conversion():
    found = _answer("Harbourline Therapeutics, of Lyon, France, said it launched with a series A round of funding "
                    "totaling \u20ac7.6 million (US$8.1 million).").round
    assert (found.amount, found.currency) == (7_600_000, "EUR")


def test_an_extended_runway_is_no_round():
    assert explain_funding("Quorra Bio has an extended runway after cutting costs.") is None


@pytest.mark.parametrize(
    ("text", "company", "amount"),
    [
        ("Last week saw Harbourline raise $65M in a down round led by its existing investors.", "Harbourline", 65_000_000),
        ("In July we saw Quorra Labs raise $13.5 million, the month's largest round.", "Quorra Labs", 13_500_000),
        ("The week saw Peakform secure a $20 million Series B.", "Peakform", 20_000_000),
    ],
)
def test_a_raise_inside_a_digest_frame_is_read(text, company, amount):
    found = _answer(text).round
    assert (found.company, found.amount) == (company, amount)


@pytest.mark.parametrize("text", ["We saw Harbourline raise prices by $5 a month.", "Analysts saw Quorra close the gap."])
def test_a_frame_around_no_money_is_no_round(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Ridgeway-owned Quorra has earned the coveted unicorn tag after the Indian fintech startup raised $100 million "
        "in a Series D round.",
        "Quorra joins unicorn club after the startup raised $100 million in a Series D round.",
    ],
)
def test_the_main_subject_raised_what_the_described_startup_raised(text):
    """'... after the Indian fintech startup raised': the description refers back to the main clause's subject, and
    'joins unicorn club' is no investor joining a round (it drafted 'club' as the company)."""
    found = _answer(text).round
    assert (found.company, found.round, found.amount) == ("Quorra", "series_d", 100_000_000)


def test_an_investor_joining_a_round_is_still_read():
    found = _answer("Northgate joins $15M seed round for startup Quorra.").round
    assert (found.company, found.round, found.amount) == ("Quorra", "seed", 15_000_000)


def test_a_revenue_run_rate_is_no_round_size():
    decision = _answer("Quorra Goblet Draws Strategic Investment from Actor Jo Park, Eyes Rs 100 Crore Run Rate\n"
                       "Footwear brand Quorra Goblet has secured a strategic investment from actor Jo Park as it targets "
                       "an annual revenue run rate of over Rs 100 crore.")
    assert decision.round.company == "Quorra Goblet"
    assert decision.round.amount is None


@pytest.mark.parametrize(
    "text",
    ["Ex-Vedantu Leader Raises Rs 30 Crore to Build an AI-Native Learning Platform",
     "Former Google Engineers Raise $5M Seed",
     "Serial Entrepreneur Raises $2M For New Venture"],
)
def test_a_person_described_by_a_role_is_no_company(text):
    assert explain_funding(text) is None


def test_a_founder_raising_for_a_named_company_gives_the_company():
    found = _answer("Ex-Ridgeway Leader Raises Rs 30 Crore to Build a Learning Platform\nSecond-time founder Jo Park "
                    "has raised Rs 30 crore in pre-seed funding for Quorra, a platform for adaptive lectures.").round
    assert (found.company, found.round, found.amount, found.currency) == ("Quorra", "pre_seed", 300_000_000, "INR")
    assert explain_funding("Founder Jo Park has raised $2M in seed funding for expansion.") is None


@pytest.mark.parametrize(
    "text",
    ["Harbourline moves payments further into Asia and Europe with $53M in new funding",
     "Harbourline expands to the US and Canada with $53M in new funding"],
)
def test_places_moved_into_are_no_other_company(text):
    found = _answer(text).round
    assert (found.company, found.amount) == ("Harbourline", 53_000_000)


def test_a_name_between_opener_and_with_still_blocks_the_with_reader():
    assert explain_funding("Ex-Ridgeway execs launch Quorra with $10M seed") is None


def test_a_series_round_written_as_a_fund_is_a_round():
    found = _answer("Quorra, a Lagos fintech start-up, received $5.5 million Series A fund from investors led by "
                    "Northgate Capital.").round
    assert (found.company, found.round, found.amount) == ("Quorra", "series_a", 5_500_000)
    assert explain_funding("Northgate Ventures closes $50M seed fund") is None  # a fund closure stays none


@pytest.mark.parametrize(
    "text",
    ["At Ridgeway School's Demo Day 2026, eighteen student startups raised Rs 4 crore across AI and fintech.",
     "Twelve Indian fintechs raised $50M this week"],
)
def test_a_counted_group_is_no_company(text):
    assert explain_funding(text) is None
