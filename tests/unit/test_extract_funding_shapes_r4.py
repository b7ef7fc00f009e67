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
    # a title-case description as the headline's subject; the summary names the company
    ("Award-Winning AI Startup Receives USD 2 Million In Seed Funding\nAward-winning Polish AI startup Nexora "
     "received USD 2 million in seed funding from Vistula Ventures.", "Nexora", "seed", 2e6, "USD"),
    ("Quantum Chip Startup Nabs $3 Billion Valuation\nQubitline Inc., an upstart chipmaker, raised $200 million "
     "in an investment round that valued the company at more than $3 billion.", "Qubitline", None, 200e6, "USD"),
    ("Ex-Google trio's AI startup raises US$8 million in Series A funding\nRead more here. Robotics startup Fenwick "
     "raised US$8 million in a round led by Index Ventures.", "Fenwick", "series_a", 8e6, "USD"),
    ("Jane Doe's Robotics Startup Nabs $40 Million\nGripwise, the robotics startup founded by the engineer Jane "
     "Doe to automate warehouses, today", "Gripwise", None, 40e6, "USD"),
    # a valuation after a round: the company, never the valuation as the amount
    ("AI startup Acme Labs valued at $2 billion after latest fund raise", "Acme Labs", None, None, None),
    ("Acme valued at $900 million after Series C round", "Acme", "series_c", None, None),
    # a round closed "at" its size
    ("FOR IMMEDIATE RELEASE: Acme Closes Seed Round at $500,000\nAustin, TX: Acme, a data startup, has closed "
     "its initial seed funding at $500,000.", "Acme", "seed", 500000.0, "USD"),
    # a weekday without "on" between "announced" and "that it closed"
    ("BOSTON – Acme Diagnostics announced Tuesday that it closed a $20 million Series B financing round.",
     "Acme Diagnostics", "series_b", 20e6, "USD"),
    # a scene-setting opening clause before "the operator of <Name>"
    ("SEOUL - Despite a downturn that has hit retail hard, the operator of Korea's grocery app Freshly has "
     "attracted 50 billion won from global investors.", "Freshly", None, 50e9, "KRW"),
    # a doubled currency sign
    ("Singapore-based snack startup Crunchy has secured S$$12.5 million in its Series A funding round.",
     "Crunchy", "series_a", 12.5e6, "SGD"),
    # the round told in the passive
    ("The $25 million raised by Berlin-based payments firm Zahlen topped the fundraising in March.",
     "Zahlen", None, 25e6, "USD"),
    # a relative clause holding a list, up to the comma before the verb
    ("Edtech startup Skillo that combines tutoring, testing, and job placement for graduates, has reportedly "
     "raised USD 2 million in seed funding.", "Skillo", "seed", 2e6, "USD"),
    # a written-out amount in the singular "euro"
    ("Startupbootcamp alumni Klik secured an investment of around two million euro to expand.", "Klik", None, 2e6, "EUR"),
    # an explainer's opening word; the round's stage "after raising" in the summary
    ("Decoding Acme's $80 Mn unicorn round\nMobility startup Acme recently turned unicorn after raising $80 million "
     "in a Series D funding round from Northstar Capital.", "Acme", "series_d", 80e6, "USD"),
    # a round described by words before it; the revenue after a currency code is not its size
    ("Acme just raised the largest software funding round in the country's history on the back of $150 million "
     "USD in ARR.", "Acme", None, None, None),
    # a subordinating word opening the clause after a dash
    ("Embedded finance is booming — As Payzo raises $45M, bank-to-bank payments grow", "Payzo", None, 45e6, "USD"),
    # an investor backs a described startup; the summary names the owner of the round
    # the round as a gerund after a described subject; the summary's second sentence names the company
    ("Payments startup set to hire after securing $4m investment\nA payments business has secured funding. "
     "Berlin-based Zahlen has raised $4m in a round led by Index Ventures.", "Zahlen", None, 4e6, "USD"),
    ("Country's biggest bank invests in Leeds fintech startup\nA fund tied to the bank has invested in a local "
     "startup. Northgate Ventures contributed an undisclosed amount to Tallyco's expanded $12 million Series A round,",
     "Tallyco", "series_a", 12e6, "USD"),
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
    # an investor backs a described startup and the summary names no round's owner
    "Big bank invests in Leeds fintech startup\nThe bank has invested in a local startup working on payments.",
    # the gerund's money is not the summary's
    "Payments startup set to hire after securing $4m investment\nMeanwhile, Globex has raised $40m in a Series B round.",
    # a round still being raised
    "Acme is raising $20 million in a Series B round, sources say",
    # a listed company's financing arrangement
    "Acme secures $91M financing arrangement with Globex Capital\nAcme (NASDAQ:ACME) secured a financing "
    "arrangement with Globex Capital for $91M which will support its new facility.",
    "Acme Corp. (NYSE: ACM) raises $300 million through a private placement of shares",
    # money raised by a fund is a fund close, not a round
    "The $500 million raised by Northstar Ventures topped the fund closes in May.",
    # a described subject whose summary names another company's different round
    "Fintech Startup Raises $5M To Expand\nMeanwhile, Globex raised $40 million in a Series B round.",
    # a described subject and a summary that never names it
    "Four-week-old AI start-up raises record €105mn in European push\nA French start-up founded four weeks ago "
    "has raised €105mn in Europe's largest-ever seed round.",
]


def test_a_title_case_description_alone_is_given_low_confidence() -> None:
    from signals.extract.funding import explain_funding

    decision = explain_funding("Fintech Payments Startup Raises $5 Million")
    assert decision is None or decision.confidence <= 0.7


@pytest.mark.parametrize(("text", "company", "round_", "amount", "currency"), ROUNDS)
def test_round_shapes(text: str, company: str, round_: str | None, amount: float | None, currency: str | None) -> None:
    found = extract_funding(text)
    assert found is not None, text
    assert (found.company, found.round, found.amount, found.currency) == (company, round_, amount, currency)


@pytest.mark.parametrize("text", NONE)
def test_not_rounds(text: str) -> None:
    assert extract_funding(text) is None
