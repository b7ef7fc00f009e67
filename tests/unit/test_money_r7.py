"""Round 7 money shapes, pinned with made-up text."""

from __future__ import annotations

import pytest

from signals.text.money import AMOUNT_RE, amount_currency


def _currency(text: str) -> str | None:
    match = AMOUNT_RE.search(text)
    assert match is not None
    return amount_currency(match)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("That's $1 million Canadian, better than greenbacks.", "CAD"),
        ("Quorbit closed $4.5 million Australian dollars in seed money.", "AUD"),
        ("Halvex raised $2 million Singapore dollars from Ember.", "SGD"),
        ("Paylinq raised $3 million New Zealand dollars in a seed round.", "NZD"),
        # the country word describes something else: a bare "$" stays USD
        ("Acme raised $5 million Canadian startups would envy.", "USD"),
        ("A $5 million Australian expansion fund", "USD"),
        # a place after the amount is no currency without "dollars" (review of round 7)
        ("the $2 billion Hong Kong and Shanghai expansion", "USD"),
        ("a $30 million Singapore and Jakarta push", "USD"),
        ("Paylinq raised $10 million Singapore, the wire reported.", "USD"),
        ("Acme raised $5 million Canadian and U.S. investors joined.", "USD"),
        ("Acme raised $5 million, Canadian officials said.", "USD"),
    ],
)
def test_a_country_dollar_after_a_bare_dollar_amount(text: str, code: str) -> None:
    assert _currency(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Zorvane Biotech raised ¥300 million (US$42 million) in a series B.", "CNY"),
        ("Kumo raised ¥500 million (about $3.4 million) in a seed round.", "JPY"),
        ("Kumo raised ¥500 million in a seed round.", "JPY"),
    ],
)
def test_yen_or_yuan_from_the_dollar_gloss(text: str, code: str) -> None:
    assert _currency(text) == code
