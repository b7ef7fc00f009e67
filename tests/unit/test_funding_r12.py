"""Round 12: general shapes behind dev misses. Every text here is made up.

* a quoted series letter ("a Series 'A' financing", 'Series "B" round') is the letter;
* misspelt renminbi ("1.1 billion reminbi", "renmimbi") is still yuan.
"""

from __future__ import annotations

import pytest

from signals.extract.funding import explain_funding
from signals.text.money import find_amounts
from tests.conftest import funding_answer as _answer


def _fields(text):
    found = _answer(text).round
    return (found.company, found.round, found.amount, found.currency)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halvard Therapeutics today announced it has closed a Series \u2018A\u2019 financing with a $9 million "
         "investment from Quillstone Ventures.", ("Halvard Therapeutics", "series_a", 9_000_000, "USD")),
        ('Zentrix Labs closes Series "B" round of $12 million', ("Zentrix Labs", "series_b", 12_000_000, "USD")),
        ("Orbelle raises $20M in a Series \u201cC\u201d round", ("Orbelle", "series_c", 20_000_000, "USD")),
    ],
)
def test_a_quoted_series_letter_is_the_letter(text, expected):
    assert _fields(text) == expected


def test_a_quoted_word_after_series_is_no_letter():
    # a TV series named in quotes is no round letter
    found = explain_funding("Streamline Media raises $5M to produce the series 'Avalon' for kids")
    assert found is None or found.round.round is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("received 1.1 billion reminbi in new funding", 1_100_000_000),
        ("received 300 million renmimbi in new funding", 300_000_000),
        ("received 50 million renminbi in new funding", 50_000_000),
    ],
)
def test_misspelt_renminbi_is_yuan(text, amount):
    found = [a for a in find_amounts(text) if a.currency == "CNY"]
    assert found and float(found[0].value) == amount


def test_a_round_in_misspelt_renminbi():
    text = ("Tianlu Robotics received 800 million reminbi (US$ 110 million) in a series B round from a group of "
            "investors.")
    assert _fields(text) == ("Tianlu Robotics", "series_b", 800_000_000, "CNY")
