"""signals.text.numbers: the one reader of numbers in words, shared by the money layer and the claims."""

from __future__ import annotations

from decimal import Decimal

import pytest

from drafting.claims import digits_for_words
from signals.text.money import written_amounts
from signals.text.numbers import words_value


@pytest.mark.parametrize(
    ("words", "value"),
    [("forty-five", 45), ("one hundred and twenty", 120), ("two point five", Decimal("2.5")), ("a dozen", None),
     ("three dozen", 36), ("nineteen", 19), ("many", None)],
)
def test_words_value(words: str, value: Decimal | int | None) -> None:
    assert words_value(words) == (None if value is None else Decimal(value))


def test_the_money_layer_and_the_claims_read_the_same_words_the_same_way() -> None:
    text = "raised one hundred twenty-five million dollars"
    assert written_amounts(text) == [(7, len(text), 125e6, "USD")]
    masked, spans = digits_for_words(text)
    assert masked.split()[1:3] == ["125", "million"]
    assert spans == [(7, 7 + len("one hundred twenty-five"))]


def test_a_before_a_scale_is_one() -> None:
    assert written_amounts("a million dollars") == [(0, 17, 1e6, "USD")]
