"""Round 6 funding shapes, each pinned with made-up text (never a set's row).

Found on round 6's fresh batches (scored before these rules were written): an attribution opening the
sentence, an earlier sentence before a plural group, "a round of funding", a car's "vehicles" read as a
fund vehicle, a rubric headline that calls the money a raise, and a relative clause that tells the
raise of a company the sentence presents.
"""

from __future__ import annotations

import pytest

from signals.extract.funding import extract_funding
from tests.conftest import funding_facts as _facts

# these pin the rules; the learned fallback has its own tests
pytestmark = pytest.mark.usefixtures("rules_only")


# --- an attribution is no subject --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "According to Bytewire, puzzle studio Quillfox Games has raised $4 million in a funding round led by Ember Ventures.",
        "Per Bytewire, puzzle studio Quillfox Games has raised $4 million in a funding round led by Ember Ventures.",
        "As reported by Bytewire, puzzle studio Quillfox Games has raised $4 million in a funding round led by Ember Ventures.",
    ],
)
def test_an_attributed_report_names_the_company_after_the_source(text: str) -> None:
    assert _facts(text) == ("Quillfox Games", None, 4_000_000, "USD")


# --- an earlier sentence and a plural group are no company ------------------------------------


def test_a_plural_group_after_an_earlier_sentence_is_no_company() -> None:
    text = "It is a fine season to build a company in Tacoma, if you know where to look. Oregon startups raised $90 million in the spring."
    assert _facts(text) is None


def test_a_plural_group_alone_is_no_company() -> None:
    assert _facts("Ohio startups raised $80 million last quarter.") is None


def test_the_subject_of_the_last_sentence_raised_it() -> None:
    text = "The market was quiet for months. Brindle Labs raised $10 million in a seed round led by Pale Oak Capital."
    assert _facts(text) == ("Brindle Labs", "seed", 10_000_000, "USD")


def test_a_legal_suffix_full_stop_does_not_end_the_sentence() -> None:
    assert _facts("Quorra Inc. raised $15 million in Series C funding.") == ("Quorra", "series_c", 15_000_000, "USD")


# --- "a round of funding": the words after "of" are the round's ---------------------------------


def test_a_round_of_funding_names_no_company_funding() -> None:
    found = extract_funding("Two weeks later, Tacoma's billing software firm Ledgerwise finished a $20 million round of funding.")
    assert found is None or found.company.lower() not in {"funding", "financing"}


def test_a_round_for_a_company_still_names_it() -> None:
    assert _facts("The quarter's largest deal was a $12 million seed round for Ferrowind, a grid startup.") == (
        "Ferrowind", "seed", 12_000_000, "USD",
    )


# --- a car's vehicles are no fund vehicle ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Oakland-based Roadmind raised another $60 million for its work on autonomous vehicles.", "Roadmind"),
        ("Voltra raises $30 million to build electric vehicles for farms", "Voltra"),
        ("Skyhop raises $8 million to test unmanned aerial vehicles over farmland", "Skyhop"),
    ],
)
def test_vehicles_a_company_builds_are_no_fund(text: str, company: str) -> None:
    found = extract_funding(text)
    assert found is not None and found.company == company


def test_a_fund_vehicle_is_still_a_fund_close() -> None:
    assert _facts("Pale Oak Ventures raises $200 million for its third vehicle") is None


# --- a rubric that calls the money a raise ---------------------------------------------------------


def test_a_money_rubric_takes_the_company_from_the_summary_with_the_same_money() -> None:
    text = "A £3m HR-tech raise\nHR software startup Staffly closed a £3m Series A led by Glenmoor Ventures."
    assert _facts(text) == ("Staffly", "series_a", 3_000_000, "GBP")


@pytest.mark.parametrize(
    "text",
    [
        "A £3m HR-tech raise\nHR software startup Staffly closed a £5m Series A led by Glenmoor Ventures.",  # other money
        "A £40m raise\nGlenmoor Capital closed a £40m fund for climate startups.",  # a fund close
        "A £3m schools raise\nThe county council gave its schools £3m for laptops.",  # no company raised it
    ],
)
def test_a_money_rubric_needs_a_company_raising_the_same_money(text: str) -> None:
    assert _facts(text) is None


# --- a presented company's relative clause -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Our pick of the week is Gravlift Systems, who raised $6m, led by Northstar Orbit Ventures.",
            ("Gravlift Systems", None, 6_000_000, "USD"),
        ),
        (
            "Topping the list was Boston-based Corvid Therapeutics, which secured a hefty $80 million Series B round to run two trials.",
            ("Corvid Therapeutics", "series_b", 80_000_000, "USD"),
        ),
    ],
)
def test_a_presented_company_raised_in_its_relative_clause(text: str, facts: tuple) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    "text",
    [
        "Bigcorp acquired Zentrix, which raised $5m from Pale Oak Capital.",  # background of an acquisition
        "The winner was Zentrix, which raised $5m to date.",  # a running total
        "The winner was Zentrix, which raised $5m in 2019.",  # history
        "The keynote speaker was Jane Roe, who raised $5m for charity.",  # no deal presented
    ],
)
def test_a_relative_clause_outside_a_presentation_or_in_the_past_is_no_round(text: str) -> None:
    assert _facts(text) is None


# --- a VC firm's money from its limited partners ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Ventures secured funding from a state pension fund and two family offices",
        "One of her investment vehicles, Kestrel Ventures, has secured funding from a government-owned fund of funds.",
    ],
)
def test_a_vc_firm_funded_by_its_limited_partners_is_no_round(text: str) -> None:
    assert _facts(text) is None


def test_a_capital_named_startup_raising_a_lettered_round_from_a_fund_is_a_round() -> None:
    assert _facts("Orbital Capital raises $12M Series A from Larkspur Fund to build trading software") == (
        "Orbital Capital", "series_a", 12_000_000, "USD",
    )


# --- a summary's plan after the raise -------------------------------------------------------------------


def test_the_round_before_a_plan_in_the_same_sentence_fills_the_round() -> None:
    text = (
        "Tidepool Games raises $5.5M\nLisbon-based studio Tidepool Games has raised $5.5 million in seed funding "
        "to build co-op games and is planning to raise more capital next year."
    )
    assert _facts(text) == ("Tidepool Games", "seed", 5_500_000, "USD")


def test_a_planned_round_in_the_summary_fills_nothing() -> None:
    text = "Tidepool Games raises $5.5M\nTidepool Games is in talks to raise a Series B at a higher valuation."
    assert _facts(text) == ("Tidepool Games", None, 5_500_000, "USD")


# --- a title-case description in front of the name ----------------------------------------------------------


def test_a_description_before_the_name_is_dropped_when_the_summary_names_it_alone() -> None:
    text = (
        "Foo Ventures Leads $15M Round for Web3 Studio Quillfox Games\n"
        "Gaming company Quillfox Games has raised $15 million in a seed funding round led by Foo Ventures."
    )
    assert _facts(text) == ("Quillfox Games", "seed", 15_000_000, "USD")


def test_a_name_that_starts_with_a_descriptor_word_is_kept() -> None:
    assert _facts("Studio Ghibli Fans Raise $2M\nStudio Ghibli Fans raised $2 million.") == ("Studio Ghibli Fans", None, 2_000_000, "USD")


# --- "fund raising" as a noun is no raise in progress -----------------------------------------------------


def test_fund_raising_written_as_two_words_is_no_rumour() -> None:
    text = "Meanwhile, in another big fund raising deal, Kitepoint raised $8 million to grow its retail software."
    assert _facts(text) == ("Kitepoint", None, 8_000_000, "USD")


def test_a_company_raising_money_is_still_in_progress() -> None:
    assert _facts("Kitepoint is raising $8 million to grow its retail software.") is None
