"""Written-out amounts in the one money layer: rewritten to digits so every reader of amounts sees them."""

from __future__ import annotations

import pytest

from signals.text.money import AMOUNT_RE, amount_currency, amount_value, find_amounts, written_as_digits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme raises two million dollars", "Acme raises $2 million"),
        ("Acme raises fifty million euros in seed", "Acme raises €50 million in seed"),
        ("one hundred twenty-five million pounds", "£125 million"),
        ("two hundred thousand dollars for charity", "$200 thousand for charity"),
        ("Acme raises $2 million", "Acme raises $2 million"),  # digits stay as they are
        ("two of the founders left", "two of the founders left"),  # a number that is no amount
    ],
)
def test_written_amounts_become_digits(text: str, expected: str) -> None:
    assert written_as_digits(text) == expected


def test_the_rewritten_amount_reads_with_value_and_currency() -> None:
    match = AMOUNT_RE.search(written_as_digits("Acme secured seventy-five million dollars"))
    assert match is not None
    assert (amount_value(match), amount_currency(match)) == (75_000_000.0, "USD")


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("Acme raises 10 billion won", 10e9, "KRW"),
        ("Acme raises KRW 10 billion", 10e9, "KRW"),
    ],
)
def test_the_korean_won_after_a_unit(text: str, value: float, currency: str) -> None:
    [amount] = find_amounts(text)
    assert (amount.value, amount.currency) == (value, currency)


def test_won_as_a_verb_is_no_currency() -> None:
    assert [a.currency for a in find_amounts("Acme won $10 million in contracts")] == ["USD"]
