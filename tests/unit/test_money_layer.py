"""One amount grammar in signals/text/money.py: what the guardrails check (`find_money`) and what
extraction reads (`AMOUNT_RE`, `find_amounts`) agree on every amount, currency and scale."""

from __future__ import annotations

from decimal import Decimal

import pytest

from signals.text.money import find_amounts, find_money


@pytest.mark.parametrize(
    ("text", "value", "currency", "step"),
    [
        ("a $45M Series B", 45_000_000, "USD", 1_000_000),
        ("$1.2B", 1_200_000_000, "USD", 100_000_000),
        ("€20 million", 20_000_000, "EUR", 1_000_000),
        ("Acme Secures €65 Million Financing Round", 65_000_000, "EUR", 1_000_000),  # a capital M
        ("Acme raises $10 mn", 10_000_000, "USD", 1_000_000),
        ("Acme raises ₹50 crore", 500_000_000, "INR", 10_000_000),
        ("Acme raises Rs 5 lakh", 500_000, "INR", 100_000),
        ("Acme raises S$3M", 3_000_000, "SGD", 1_000_000),
        ("Acme raises $2.75M CAD", 2_750_000, "CAD", 10_000),
        ("1,5 million euros", 1_500_000, "EUR", 100_000),  # a decimal comma
        ("45,000,000 USD", 45_000_000, "USD", 1),
        ("45 million", 45_000_000, None, 1_000_000),  # a draft may state an amount without a currency
        ("$0.0003", Decimal("0.0003"), "USD", Decimal("0.0001")),
    ],
)
def test_find_money_reads_every_amount_the_extractor_reads(text: str, value, currency, step) -> None:
    [money] = find_money(text)
    assert (money.value, money.currency, money.precision) == (Decimal(value), currency, Decimal(step))


@pytest.mark.parametrize(
    "text",
    ["Acme raises ₹50 crore and $3M", "Acme raises $2.75M CAD", "Acme raises €65 Million", "Acme raises KRW 10 billion"],
)
def test_the_guardrails_and_extraction_see_the_same_amounts(text: str) -> None:
    guard = [(float(m.value), m.currency) for m in find_money(text)]
    extract = [(a.value, a.currency) for a in find_amounts(text)]
    assert guard == extract


def test_numbers_that_are_no_money_stay_out() -> None:
    assert find_money("founded in 2019 with 45 people") == []
