"""Funding shapes of issue 12's round 4, third shift: precision gates that hold on any text (a parse with
neither money nor a round needs a plain raise verb or investors; a dated round is history; a secondary
stake sale is no round; people in the plural, public bodies, civic institutions, US states and programmes
are no company) and the recall shapes of the fresh batches (located appositives, "reported it raised",
"The company just added ...", a pseudo-cleft, "has led / co-led a $X investment in", "pockets", "catches"),
each pinned with made-up text of the same shape.
"""

from __future__ import annotations

import pytest

from signals.extract.funding import explain_funding, extract_funding

# (text, company, round, amount, currency)
ROUNDS: list[tuple[str, str, str | None, float | None, str | None]] = [
    # "<Name>, <Place>-based <description>, raised ...": the located description is an appositive
    ("Tallybook, Kenya-based bookkeeping app for shops, raised $3.5M in funding from Savannah Ventures.",
     "Tallybook", None, 3.5e6, "USD"),
    ("Norrpay, Finland-based BNPL provider, raised $40M in funding at a $400M valuation led by Nordic Capital.",
     "Norrpay", None, 40e6, "USD"),
    ("Cellvia, US-based biotech company, raised $12M in an extension of its series A funding round.",
     "Cellvia", "series_a", 12e6, "USD"),
    # the subject reports its own round
    ("As part of that trend, Medwise Inc. reported it raised $18 million in series B financing.",
     "Medwise", "series_b", 18e6, "USD"),
    ("Assaytek, a provider of lab assays, said it has closed on $2.1 million in Series A financing.",
     "Assaytek", "series_a", 2.1e6, "USD"),
    # a reported passive
    ("Regional grocer Pasarku is learnt to have secured around $60 million from Temasek as part of its latest round.",
     "Pasarku", None, 60e6, "USD"),
    # "series-D"
    ("Stackly, a portfolio platform, completed a $ 30 million series-D funding.", "Stackly", "series_d", 30e6, "USD"),
    # the next sentence calls the first one's subject "the company"
    ("Greenpeel Labs, a packaging company, is out to keep fruit fresh for longer without plastic wrapping of any "
     "kind, especially as supermarkets face new rules on waste and shoppers ask for less packaging in every aisle "
     "of the store. The company just added $80 million in Series C funding, giving it a valuation of $1 billion.",
     "Greenpeel Labs", "series_c", 80e6, "USD"),
    # a pseudo-cleft opening is a statement, not a question
    ("What is notable in the March deals is the $25 million Series A funding of Carely, which runs home care.",
     "Carely", "series_a", 25e6, "USD"),
    # an investor that has led / co-led a sized investment
    ("Harbor Ventures has led a $12 million first round investment in Datafin, a Shanghai-based startup.",
     "Datafin", None, 12e6, "USD"),
    ("Northlight Capital and Tencent co-led a $20 million investment in Mingdu, a Chinese logistics platform.",
     "Mingdu", None, 20e6, "USD"),
    # other raise verbs
    ("Botly, a developer of automation tools, has pocketed $35 million in its series C funding round.",
     "Botly", "series_c", 35e6, "USD"),
    ("Seashell catches $2.5 million for cultivated oysters from Blue Fund & others.", "Seashell", None, 2.5e6, "USD"),
    # a digest's gerund fragment that says the money came in
    ("Keystone Labs securing $12 million from Paradigm for payments infrastructure.", "Keystone Labs", None, 12e6, "USD"),
    # a main clause, then the round as a noun after "after"
    ("Paylane becomes a unicorn after a Sequoia Capital-led US$120M Series C round", "Paylane", "series_c", 120e6, "USD"),
    ("Resello enters unicorn club after a new US$90M round led by Korea's Hanfin", "Resello", None, 90e6, "USD"),
    # a person's brand: the name after the possessive
    ("Serena Jones’ Bright Oats cereal brand raises $3 million. Athletes joined the round.", "Bright Oats", None, 3e6, "USD"),
]

NOT_ROUNDS: list[str] = [
    # no money, no round, no investors and no raise verb: too weak to name a company
    "Over in Southeast Asia, Ridecorp made an investment, Foodly took an investment and the new law passed.",
    "Under the Startup Nation Initiative, the government has announced funding support to 150 incubators.",
    # a round dated by its year is history
    "Alpha Capital, Beta Ventures and Gamma Partners also participated in Zentek's first round of financing in 2004.",
    # shares changing hands
    "Mumbai-based eyewear chain Lensly has raised $80 million from global investment firm KKR via a secondary stake acquisition.",
    # people in the plural, public bodies, civic institutions, places, a round with an article
    "Police raised $3 million in seized assets last year",
    "Officials secured $12 million for the new stadium",
    "Democrats raised $50 million in the third quarter",
    "Ohio State raises $100 million in capital campaign",
    "Texas secured $2 billion in federal funding for highways",
    "The Series A raised $10 million",
    # fund managers raising funds, inflows
    "Hedge fund Granite raises $5 billion from investors for new fund",
    "Bitcoin raised $1 billion in inflows this week",
    # past tense "caught" is not a raise
    "Police caught $3 million in fake bills",
    # in headline style "raising" is in progress; a gerund with no money names nothing
    "Keystone Labs raising $12 million at a $100 million valuation",
    "Apple securing $5 billion in bonds",
    # "after a $X loss" is no round
    "Acme shares fell after a $5M loss",
]


@pytest.mark.parametrize(("text", "company", "round_", "amount", "currency"), ROUNDS)
def test_round_shapes(text: str, company: str, round_: str | None, amount: float | None, currency: str | None) -> None:
    found = extract_funding(text)
    assert found is not None, text
    assert (found.company, found.round, found.amount, found.currency if amount is not None else None) == (
        company, round_, amount, currency if amount is not None else None
    )


@pytest.mark.parametrize("text", NOT_ROUNDS)
def test_not_rounds(text: str) -> None:
    assert extract_funding(text) is None, text


def test_anaphor_explained_and_less_sure() -> None:
    decision = explain_funding(ROUNDS[7][0])
    assert decision is not None
    assert "the company" in decision.explanation
    assert decision.confidence <= 0.75


def test_organisation_names_still_pass() -> None:
    # a place or a plural noun inside a longer name is not refused
    assert extract_funding("State Farm Ventures portfolio firm Kinedu raises $5M").company == "Kinedu"
    assert extract_funding("Georgia-based Acmely raises $5M seed").company == "Acmely"
