"""Round 11: dots grouping thousands ("900.000 Euro", "EUR 1.500.000"), as German, Dutch, Spanish and Italian text
writes them, in the one money layer (signals.text.money) that extraction, guardrails and eval share."""

from __future__ import annotations

from decimal import Decimal

import pytest

from signals.text.money import find_money


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("raises 900.000 Euro venture capital", Decimal("900000"), "EUR"),
        ("raises \u20ac900.000", Decimal("900000"), "EUR"),
        ("raises EUR 1.500.000 in seed funding", Decimal("1500000"), "EUR"),
        ("raises EUR 1.500.000,50", Decimal("1500000.50"), "EUR"),
        # with a scale word one dot is a decimal point
        ("raises $1.500 million", Decimal("1500000"), "USD"),
        ("raises $1.5 million", Decimal("1500000"), "USD"),
        ("raises \u20ac2,5 million", Decimal("2500000"), "EUR"),
        ("raises 1,500,000 USD", Decimal("1500000"), "USD"),
    ],
)
def test_thousands_and_decimals(text, value, currency):
    (money,) = find_money(text)
    assert (money.value, money.currency) == (value, currency)


def test_a_dot_grouped_amount_is_exact_to_the_unit():
    (money,) = find_money("EUR 1.500.000")
    assert money.precision == Decimal(1)
