"""Funding shapes found in issue 12's round-4 fresh batches (wire releases, feed items, regional
press), each pinned with made-up text of the same shape. Rounds first, then texts that must stay None.
"""

from __future__ import annotations

import pytest

from signals.extract.funding import extract_funding

# (text, company, round, amount, currency)
ROUNDS: list[tuple[str, str, str | None, float | None, str | None]] = [
    # a teaser question, then "<Place>'s <Name> does X, raises <money>"
    ("Groceries in 10 minutes? Spain's Zumo brings fresh food to your door, raises €4M", "Zumo", None, 4e6, "EUR"),
    ("Tired of queues? Lindenfeld takes the wait out of clinics, raises $3M", "Lindenfeld", None, 3e6, "USD"),
    # an announcement whose last conjunct is the round; its stage from the summary
    ("Acme Announces Official App Launch & Fundraise\nTORONTO--(BUSINESS WIRE)--Acme announced the launch "
     "of its app. This comes at the close of the company's first seed funding round led by North Ventures.",
     "Acme", "seed", None, None),
    ("Acme Announces European Expansion and $6 Million Series A Funding", "Acme", "series_a", 6e6, "USD"),
    # a running total after the round in the same summary sentence does not hide the round
    ("Acme raises $40M to expand lending in Brazil\nToday, Acme is announcing a $40 million extension to its "
     "Series B, bringing the total round size to $90 million.", "Acme", "series_b", 40e6, "USD"),
    # a capitalised plural ending a name, in a sentence-case headline
    ("Harbor Brands secures $50M in debt financing to buy more online shops", "Harbor Brands", "venture_debt", 50e6, "USD"),
]

NONE: list[str] = [
    # a listed company's dealings in its own securities
    "Acme Announces Debt Tender Offer\nNEW YORK--(BUSINESS WIRE)--Acme (NYSE: ACME) today announced an offer to purchase for cash up to $500 million of its notes.",
    "Acme Corp Announces Renewal of Normal Course Issuer Bid",
    "Acme prices $400 million senior notes offering",
    "Acme announces $2 billion share repurchase program",
    # a trend story in title case: the plural is not a name
    "Beauty Brands Raised $2B In Venture Funding Last Year",
    # a product launch and a partnership: no round in the conjunct
    "Acme Announces Product Launch and Partnership With Globex",
]


@pytest.mark.parametrize(("text", "company", "round_", "amount", "currency"), ROUNDS)
def test_round_shapes(text: str, company: str, round_: str | None, amount: float | None, currency: str | None) -> None:
    found = extract_funding(text)
    assert found is not None, text
    assert (found.company, found.round, found.amount, found.currency) == (company, round_, amount, currency)


@pytest.mark.parametrize("text", NONE)
def test_not_rounds(text: str) -> None:
    assert extract_funding(text) is None
