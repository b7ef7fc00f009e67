"""Round 13: the shapes noticed and left open at the end of round 12, each made general.

- a bare "$" amount glossed in brackets as a different sum of US dollars is not US dollars;
- "X launches new startup with $5M seed": the money is the unnamed new startup's, never X's;
- "PO" in a job title is a product owner (a purchase-order clerk stays one);
- "names incoming CEO P": an incoming officer is an appointment like a new one.
"""

from __future__ import annotations

import pytest

from signals.extract.funding import explain_funding
from signals.extract.job_change import explain_appointment
from signals.extract.roles import classify_title
from signals.text.money import find_money, format_money


@pytest.mark.parametrize(
    "text",
    [
        "$28.35m (US$20m)",
        "$15 million (about US$10.8 million)",
        "$4.2 million (USD 3 million)",
        "$40M (approximately U.S.$29.6M)",
    ],
)
def test_a_dollar_glossed_as_other_us_dollars_has_no_currency(text: str) -> None:
    local, gloss = find_money(text)
    assert local.currency is None
    assert gloss.currency == "USD"


@pytest.mark.parametrize("text", ["$20m (US$20m)", "$5M (USD 5M)", "$10 million (US$10.02 million)"])
def test_the_same_sum_restated_in_us_dollars_stays_us_dollars(text: str) -> None:
    assert find_money(text)[0].currency == "USD"


def test_a_bare_dollar_without_a_gloss_is_still_us_dollars() -> None:
    assert find_money("Acme raises $12 million (led by Sequoia)")[0].currency == "USD"


def test_the_round_keeps_the_local_sum_and_names_no_currency() -> None:
    got = explain_funding(
        "Lending platform Validus has secured $28.35m (US$20m) in a series B round from investment firm "
        "Vertex Growth Fund"
    )
    assert got is not None
    assert (got.round.company, got.round.amount, got.round.currency) == ("Validus", 28_350_000, None)
    # a draft states it in words: no currency is made up
    assert format_money(got.round.amount, got.round.currency) == "28.4 million"


@pytest.mark.parametrize(
    "headline",
    [
        "Halvard launches new startup with $5M seed",
        "Marta Lind launches a new AI company with $12 million seed round",
        "Former Nutanix execs launch new startup with $50M seed round",
    ],
)
def test_launching_a_new_startup_with_money_credits_no_launcher(headline: str) -> None:
    assert explain_funding(headline) is None


def test_a_company_launching_with_money_is_still_its_round() -> None:
    got = explain_funding("Acme launches with $5M seed")
    assert got is not None and (got.round.company, got.round.amount) == ("Acme", 5_000_000)


@pytest.mark.parametrize(
    ("title", "function"),
    [
        ("Senior PO", "product"),
        ("PO - Payments", "product"),
        ("Technical PO (m/w/d)", "product"),
        ("PO Clerk", "operations"),
    ],
)
def test_po_is_a_product_owner_unless_it_is_a_purchase_order(title: str, function: str) -> None:
    assert classify_title(title).function == function


def test_po_inside_a_word_or_a_place_is_not_expanded() -> None:
    assert classify_title("Po Valley Sales Representative").function == "sales"


@pytest.mark.parametrize(
    ("headline", "person", "title"),
    [
        ("Acme names incoming CEO Jane Doe", "Jane Doe", "CEO"),
        ("Acme taps incoming CFO Raj Patel", "Raj Patel", "CFO"),
        ("Acme appoints Jane Doe as incoming CEO", "Jane Doe", "CEO"),
    ],
)
def test_an_incoming_officer_is_appointed(headline: str, person: str, title: str) -> None:
    got = explain_appointment(headline)
    assert got is not None
    assert (got.appointment.person, got.appointment.title, got.appointment.company) == (person, title, "Acme")


def test_an_outgoing_officer_is_still_no_appointment() -> None:
    assert explain_appointment("Acme's outgoing CEO Jane Doe reflects on a decade") is None
