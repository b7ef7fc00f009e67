"""Funding shapes of issue 12's round 5 (helper fund4): two precision gates round 4 named (a person
introduced by their walk of life is no company; a loan or credit line with nothing saying startup or
venture is an established company's borrowing, no venture round) and the shapes of the round's fresh
press-release batches ("reported a $X round"; an opening "To date," that sums every round so far; an
arranger's or investor's round "for <Company>"; an opening date; "made the announcement that it had
successfully closed"; ", raising $X" after a closed round; "solid - state"),
each pinned with made-up text of the same shape.
"""

from __future__ import annotations

import pytest

from signals.extract.funding import extract_funding

# (text, company, round, amount, currency)
ROUNDS: list[tuple[str, str, str | None, float | None, str | None]] = [
    # "reported a $X round": the round follows the money
    ("LYON – Cardiomet SAS reported a $7 million round to take its heart-patch implant into first trials.",
     "Cardiomet", None, 7e6, "USD"),
    ("Verdalis Bio reported a $12 million Series A financing led by Harbor Ventures.",
     "Verdalis Bio", "series_a", 12e6, "USD"),
    # venture debt the text says is a startup's or venture debt stays a round
    ("Lendbright secures $15 million venture debt facility from Oakline Capital", "Lendbright", "venture_debt", 15e6, "USD"),
    ("Fintech startup Paysley lands $20 million credit facility to grow its card book",
     "Paysley", "venture_debt", 20e6, "USD"),
    ("Crate & Co secures $30M in debt financing to buy more e-commerce brands\n"
     "Crate & Co, an e-commerce acquisition platform, announced today that it has secured $30 million.",
     "Crate & Co", "venture_debt", 30e6, "USD"),
    # a startup-sized facility from a named lender
    ("Quillpay secures $40M credit facility from Harbor Bank", "Quillpay", "venture_debt", 40e6, "USD"),
    # an investor with an appositive that "has led a RMB... round of financing in" a company
    ("Pine Ventures, a venture arm of a university group, has led a RMB80 million series A round of financing in "
     "Cyclora, a smart scooter start-up.", "Cyclora", "series_a", 80e6, "CNY"),
    ("Tallow Capital has led a $9 million seed round in Hollis.", "Hollis", "seed", 9e6, "USD"),
    # a group announces that its portfolio company has agreed to a round
    ("Brightline Group plc (AIM: BRG), the healthcare IP group, announces that its portfolio company Cellora Inc. has "
     "successfully agreed to a $6m Series A financing round with a pharma investor.", "Cellora", "series_a", 6e6, "USD"),
    # a round as the agent of a passive
    ("The month was dominated by Hollis’s $45 million Series C round, which made it the sector's largest.",
     "Hollis", "series_c", 45e6, "USD"),
    # a founder raising for the company the text names
    ("Maria Lopez raises $2M seed for her startup Quillpay", "Quillpay", "seed", 2e6, "USD"),
    # a year elsewhere is no date of the round
    ("Gridnest raised $4 million in a seed round to hire for its 2026 launch.", "Gridnest", "seed", 4e6, "USD"),
    # an arranger or investor does the deal; the company is named after "for"
    ("NORTHGATE SECURITIES ARRANGES $9 MILLION FINANCING FOR KELVIN MEDICAL", "KELVIN MEDICAL", None, 9e6, "USD"),
    ("Harbor Capital Markets has completed a $20 million Series C financing round for Ostera Health.",
     "Ostera Health", "series_c", 20e6, "USD"),
    ("Tallow Ventures led a $6M seed round for Quillpay, a payments startup", "Quillpay", "seed", 6e6, "USD"),
    # an opening date is no part of the subject; "made the announcement that it had successfully closed"
    ("On March 4, Verano Cells, a German company developing cell therapies, made the announcement that it had "
     "successfully closed a Series B funding round, raising more than $30 million.", "Verano Cells", "series_b", 30e6, "USD"),
    ("On Dec. 2, Lumora Bio announced that it has closed a $14 million Series A round.", "Lumora Bio", "series_a", 14e6, "USD"),
    # ", raising $X" after a completed round is the round's size, not a raise under way
    ("Gridnest closed a Series A funding round, raising $18 million from Pine Ventures.", "Gridnest", "series_a", 18e6, "USD"),
    # a spaced hyphen inside a lower-case compound is no headline boundary
    ("Voltmere, a maker of solid - state batteries, has raised $25 million in Series B funding.",
     "Voltmere", "series_b", 25e6, "USD"),
    # a wire's dateline is no part of the subject
    ("DENVER--(BUSINESS WIRE)--Weldrite Inc., a maker of welding robots, today announced the close of a $15 million "
     "Series A financing.", "Weldrite", "series_a", 15e6, "USD"),
    ("Weldrite Raises $15M Series A\nDENVER--(BUSINESS WIRE)--Weldrite Inc., a maker of welding robots, today "
     "announced the close of a $15 million Series A financing.", "Weldrite", "series_a", 15e6, "USD"),
    ("OSLO, Jan. 5, 2025 (GLOBE NEWSWIRE) -- Sensika AS, a maker of sensors, today announced that it has closed an "
     "oversubscribed $8 million seed round.", "Sensika", "seed", 8e6, "USD"),
    # "announced the successful / final close of"
    ("Weldrite Inc. (\"Weldrite\"), a maker of welding robots, today announced the successful close of its $6 million "
     "seed funding round.", "Weldrite", "seed", 6e6, "USD"),
    # a name that opens with a given name but is a company's
    ("Sleep app Maya Health raises $12M Series A", "Maya Health", "series_a", 12e6, "USD"),
    ("Jonas AI raises $4 million seed round", "Jonas AI", "seed", 4e6, "USD"),
]


@pytest.mark.parametrize(("text", "company", "round_", "amount", "currency"), ROUNDS)
def test_round_shapes(text: str, company: str, round_: str | None, amount: float | None, currency: str | None) -> None:
    found = extract_funding(text)
    assert found is not None, text
    assert (found.company, found.round, found.amount, found.currency) == (company, round_, amount, currency)


NOT_ROUNDS = [
    # a person introduced by their walk of life
    "Local bakery owner Maria Lopez raises $50,000 for a new oven",
    "Retired teacher Susan Miller raises $12,000 for the school library",
    "Farmer James Cooper secures $200,000 to rebuild his barn",
    # an established company's loan or credit line: nothing says startup or venture
    "Walmart secures $1 billion loan",
    "Carrowmore Retail secures $400 million revolving credit facility from a bank group",
    "Harlow Foods lands $250 million term loan from three banks",
    "Brightway Stores secures $1.2 billion loan from Atlas Bank and Pine Bank",
    "Harlow Foods lands $250 million term loan to refinance its debt",
    # "reported" money that is no round
    "Acme reported a $5 million loss in the quarter",
    "Its shares fell after Boltline reported a $2.1 billion write-down on its stake in a carmaker.",
    # an investor's round "for the company": the company is not named, so no company at all
    "Acme Capital has completed a $10M Series A round for the company",
    # a round still being raised
    "Gridnest raising $18 million Series A",
    # a fund's final close is no round
    "Tallow Capital announced the final close of its $300 million Fund III.",
    # a passive's agent that is no round; a founder whose company the text does not name
    "The week was dominated by layoffs at three fintechs.",
    "The week was dominated by Carrowmore's $2 billion acquisition of Betaline.",
    "Maria Lopez raises $2M seed for her startup",
    # "agreed to" money that is no round
    "Carrowmore agreed to a $20 million settlement with regulators",
    "Carrowmore agreed to a $2 billion acquisition of Betaline",
    # a round dated in the past: by its year, or by "in <year> when"
    "Brightmoor secured a further $20m in a 2017 series C round led by Pine Ventures.",
    "The paper wrote about the startup in 2021 when Hollis raised $2 million in seed funding from Tallow Ventures.",
    "Back in 2019, Gridnest raised $4 million in a seed round.",
    # an opening adverbial that sums every round so far
    "To date, Tessaly has secured $22.5 million in venture capital funding.",
    "So far, Brightmoor has raised $9 million from angels and two funds.",
]


@pytest.mark.parametrize("text", NOT_ROUNDS)
def test_not_rounds(text: str) -> None:
    assert extract_funding(text) is None, text
