"""signals.extract.funding: news headline (+ summary) -> FundingRound, or None for look-alikes.

- a golden file of hand-checked headlines (tests/fixtures/golden/funding.jsonl), exact on every field;
- the real TechCrunch RSS capture (tests/fixtures/news_rss/), parsed by feedparser from bytes;
- hypothesis: no input string makes the extractor raise, and every result is well-formed.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import feedparser
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from signals.extract.funding import ROUNDS, FundingRound, extract_funding

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLDEN = FIXTURES / "golden" / "funding.jsonl"
TECHCRUNCH = FIXTURES / "news_rss" / "techcrunch_feed_2023-08-16.xml"


def _golden_cases() -> list:
    cases = []
    for lineno, line in enumerate(GOLDEN.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        case = json.loads(line)
        label = case["text"].split("\n", 1)[0][:50] or "<empty>"
        cases.append(pytest.param(case["text"], case["expected"], id=f"{lineno}:{label}"))
    return cases


GOLDEN_CASES = _golden_cases()


def test_golden_file_has_enough_positives_and_negatives() -> None:
    expected = [case.values[1] for case in GOLDEN_CASES]
    assert len(expected) >= 80
    assert sum(e is None for e in expected) >= 25
    assert sum(e is not None for e in expected) >= 40


@pytest.mark.parametrize(("text", "expected"), GOLDEN_CASES)
def test_golden(text: str, expected: dict | None) -> None:
    result = extract_funding(text)
    if expected is None:
        assert result is None, f"expected no round, got {result!r}"
    else:
        assert result is not None, "expected a round, got None"
        assert result.model_dump() == expected


# -- the real TechCrunch feed ----------------------------------------------------------------


def _techcrunch_items() -> list[tuple[str, str]]:
    parsed = feedparser.parse(TECHCRUNCH.read_bytes())
    return [(entry.get("title", ""), entry.get("summary", "")) for entry in parsed.entries]


def test_techcrunch_feed_has_one_round_and_nineteen_look_alikes() -> None:
    items = _techcrunch_items()
    assert len(items) == 20
    results = {title: extract_funding(f"{title}\n{summary}") for title, summary in items}

    configu = [title for title in results if title.startswith("Configu raises a $3M pre-seed round")]
    assert len(configu) == 1
    assert results[configu[0]] == FundingRound(
        company="Configu", round="pre_seed", amount=3_000_000.0, currency="USD", investors=[]
    )

    others = {title: found for title, found in results.items() if title != configu[0]}
    assert len(others) == 19
    assert {t: f for t, f in others.items() if f is not None} == {}
    # The look-alikes this feed really carries (money, "pre-seed", "backed", "gets", "announces").
    for start in (
        "Jumia expects losses not to exceed $100M",
        "The pre-seed market is recovering",
        "Chicken Soup for the Soul Entertainment cuts costs a year after buying Redbox",
        "Electrify America",
        "Paid users of X, formerly Twitter, gets a new tab",
        "Setapp announces plans to launch",
        "TechCrunch+ Roundup",
    ):
        assert any(title.startswith(start) for title in others), start


def test_techcrunch_titles_alone_give_the_same_answers() -> None:
    for title, _ in _techcrunch_items():
        found = extract_funding(title)
        if title.startswith("Configu raises"):
            assert found is not None
            assert (found.company, found.round, found.amount, found.currency) == (
                "Configu",
                "pre_seed",
                3_000_000.0,
                "USD",
            )
        else:
            assert found is None, title


# -- money ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("money", "amount", "currency"),
    [
        ("$45M", 45_000_000.0, "USD"),
        ("$1.2 billion", 1_200_000_000.0, "USD"),
        ("$1.2B", 1_200_000_000.0, "USD"),
        ("$500K", 500_000.0, "USD"),
        ("$750k", 750_000.0, "USD"),
        ("$3 thousand", 3_000.0, "USD"),
        ("$5 mn", 5_000_000.0, "USD"),
        ("$5 mln", 5_000_000.0, "USD"),
        ("$2bn", 2_000_000_000.0, "USD"),
        ("$5,000,000", 5_000_000.0, "USD"),
        ("US$5.5 million", 5_500_000.0, "USD"),
        ("USD 5 million", 5_000_000.0, "USD"),
        ("10 million dollars", 10_000_000.0, "USD"),
        ("\u20ac20m", 20_000_000.0, "EUR"),
        ("5 million euros", 5_000_000.0, "EUR"),
        ("\u20ac1,5 million", 1_500_000.0, "EUR"),
        ("\u00a310m", 10_000_000.0, "GBP"),
        ("5 million pounds", 5_000_000.0, "GBP"),
        ("\u20b950 crore", 500_000_000.0, "INR"),
        ("Rs 50 crore", 500_000_000.0, "INR"),
        ("Rs. 1,000 crore", 10_000_000_000.0, "INR"),
        ("Rs 5 lakh", 500_000.0, "INR"),
        ("INR 100 crore", 1_000_000_000.0, "INR"),
        ("50 crore rupees", 500_000_000.0, "INR"),
        ("C$10M", 10_000_000.0, "CAD"),
        ("A$5 million", 5_000_000.0, "AUD"),
        ("S$3M", 3_000_000.0, "SGD"),
        ("\u00a51 billion", 1_000_000_000.0, "JPY"),
        ("CHF 10 million", 10_000_000.0, "CHF"),
        ("SEK 50 million", 50_000_000.0, "SEK"),
        ("RMB 100 million", 100_000_000.0, "CNY"),
        ("\u20aa20 million", 20_000_000.0, "ILS"),
        ("R$50 million", 50_000_000.0, "BRL"),
    ],
)
def test_amount_units_and_currencies(money: str, amount: float, currency: str) -> None:
    found = extract_funding(f"Acme raises {money} in seed funding")
    assert found is not None
    assert (found.company, found.round, found.amount, found.currency) == ("Acme", "seed", amount, currency)


@pytest.mark.parametrize(
    "headline",
    [
        "Acme raises $1.2B Series E at a $10B valuation",
        "Acme raises $1.2B Series E, now valued at $10B",
        "Acme raises $1.2B Series E at $10B post-money",
        "Valued at $10B, Acme raises $1.2B Series E",
        "Acme raises $1.2B Series E, bringing total funding to $3B",
    ],
)
def test_amount_is_the_round_never_the_valuation_or_total(headline: str) -> None:
    found = extract_funding(headline)
    assert found is not None
    assert (found.company, found.round, found.amount) == ("Acme", "series_e", 1_200_000_000.0)


def test_summary_fills_what_the_headline_lacks_but_never_the_company() -> None:
    found = extract_funding(
        "Pollen raises Series A to expand its creator marketplace\n"
        "The $25 million round was led by Accel, with participation from Index Ventures. "
        "Pollen previously raised a $4 million seed round from Bar Ventures."
    )
    assert found == FundingRound(
        company="Pollen",
        round="series_a",
        amount=25_000_000.0,
        currency="USD",
        investors=["Accel", "Index Ventures"],
    )
    # The headline's amount and round win over the summary's.
    found = extract_funding("Acme raises $10M Series B\nBeta raised a $3M seed round led by Foo Capital.")
    assert found is not None
    assert (found.company, found.round, found.amount) == ("Acme", "series_b", 10_000_000.0)


# -- the model --------------------------------------------------------------------------------


def test_rounds_and_model_validation() -> None:
    assert ROUNDS[:3] == ("pre_seed", "seed", "series_a")
    assert "series_j" in ROUNDS and {"growth", "venture_debt", "private_equity"} <= set(ROUNDS)
    with pytest.raises(ValidationError):
        FundingRound(company="Acme", round="series_z")
    with pytest.raises(ValidationError):
        FundingRound(company="", round="seed")
    with pytest.raises(ValidationError):
        FundingRound(company="Acme", amount=-1.0)


# -- never raises -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        "\x00\x01\x02\xff",
        bytes(range(256)).decode("latin-1"),
        "<html><body><script>alert(1)</script></body></html>",
        "&amp;&#8217;&#x24;&bogus;&#99999999999;",
        "Acme raises $" + "9" * 5000,
        "Acme raises $" + "1," * 3000,
        "Acme raises $5M " * 1000,
        "(" * 10_000,
        "\ud800 raises $5M",  # lone surrogate
    ],
)
def test_odd_inputs_do_not_raise(text: str) -> None:
    _check(extract_funding(text))


@pytest.mark.parametrize("value", [None, b"Acme raises $5M", 42, ["Acme raises $5M"]])
def test_non_strings_give_none(value: object) -> None:
    assert extract_funding(value) is None  # type: ignore[arg-type]


def _check(found: FundingRound | None) -> None:
    if found is None:
        return
    assert isinstance(found, FundingRound)
    assert found.company and found.company.strip() == found.company
    assert found.round is None or found.round in ROUNDS
    assert found.amount is None or (found.amount >= 0 and math.isfinite(found.amount))
    assert found.currency is None or (len(found.currency) == 3 and found.currency.isupper())
    if found.amount is None:
        assert found.currency is None
    assert all(name and name.strip() == name for name in found.investors)


_PIECES = st.sampled_from(
    [
        "Acme", "Acme Robotics", "11x.ai", "The", "startup", "Berlin-based", "YC-backed", "London's",
        "Exclusive:", "raises", "raised", "lands", "secures", "closes", "announces", "gets", "leads",
        "backs", "invests", "in", "from", "led by", "with participation from", "and", ",", ";", "|",
        "—", "(", ")", "'s", "a", "its", "$", "$5M", "$1.2B", "€20m", "£3m", "₹50 crore", "Rs", "5",
        "1,5", "million", "bn", "K", "USD", "euros", "Series A", "Series", "seed", "pre-seed",
        "pre-Series A", "round", "funding", "extension", "debt", "credit facility", "growth equity",
        "private equity", "fund", "Fund II", "valuation", "at a", "valued at", "post-money", "IPO",
        "in talks to raise", "lays off", "How to", "?", "\n", "<p>", "&amp;", "&#8217;", "Sequoia",
        "Index Ventures", "a16z", "others", "existing investors",
    ]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=40).map(" ".join))
def test_headline_like_text_never_raises(text: str) -> None:
    _check(extract_funding(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=800))
def test_any_text_never_raises(text: str) -> None:
    _check(extract_funding(text))
