"""Funding shapes of issue 12's round 4, second shift: general mechanisms for the first shift's misses
(a ranking won with a round, a main clause before "after it secured ...", a round as the subject,
money "with" an amount the summary calls capital, a described headline whose summary opens with an
appositive name, a valuation's move after a round), each pinned with made-up text of the same shape.
"""

from __future__ import annotations

import pytest

from signals.extract.funding import extract_funding

# (text, company, round, amount, currency)
ROUNDS: list[tuple[str, str, str | None, float | None, str | None]] = [
    # a ranking ("led this segment", "topped the table") won with the company's own round
    ("Logistics company Freightly led this segment with an impressive USD 40 million seed round, backed by GV.",
     "Freightly", "seed", 40e6, "USD"),
    ("Fintech lender Pocketa topped the weekly deals table with a $25 million Series B led by Accel.",
     "Pocketa", "series_b", 25e6, "USD"),
    # a main clause, then "after it secured / after raising" the round
    ("Dutch insurer Veldo topped the megadeals list after it secured $120 million in debt financing in March.",
     "Veldo", "venture_debt", 120e6, "USD"),
    ("Grocery startup Basketry turned unicorn after raising $90 million in a Series D funding round.",
     "Basketry", "series_d", 90e6, "USD"),
    # the round is the subject; the company follows "growth of"
    ("Recapitalization, $45M Series C support growth of payments lender Tallyfin", "Tallyfin", "series_c", 45e6, "USD"),
    ("$20M Series B to fuel expansion of logistics startup Shipwellz", "Shipwellz", "series_b", 20e6, "USD"),
    # money "with" an amount, no round word; the summary calls it capital
    ("Chip designer Voltra bolsters its inference business with $150M\nThe company said this capital will let it "
     "hire engineers and expand in Asia.", "Voltra", None, 150e6, "USD"),
    # a headline that only describes its company; the summary opens with the name, so described
    ("Robotics Company in Leeds Plans Expansion After Big Investment\nGrabwise, a robotics company based in Leeds, "
     "is looking to grow after winning $12 million in a round of investment funding.", "Grabwise", None, 12e6, "USD"),
    # a valuation's move after a round: the company and the round, never the valuation
    ("Acme nearly triples valuation to $3 billion in Series E funding round", "Acme", "series_e", None, None),
    # batch A (fintech trade press): a main clause with an auxiliary before "after securing"
    ("Kenyan paytech Lipana is eyeing up expansion after securing $40m in a Series B funding round led by Accel.",
     "Lipana", "series_b", 40e6, "USD"),
    # "as part of an earlier Series D round": the round the money belongs to, not an earlier raise
    ("Quarry picks up investment to feed expansion\nFintech Quarry has raised $30 million from North Partners as part "
     "of an earlier Series D round that it announced in March.", "Quarry", "series_d", 30e6, "USD"),
    # an investor "heads up" a round; a VC "triples down on" a company; "locked up" a round
    ("Visa Heads Up $9M Funding Round For Lending Startup Kreditio", "Kreditio", None, 9e6, "USD"),
    ("Index triples down on Lumio, leading $40M Series C round into the payroll startup", "Lumio", "series_c", 40e6, "USD"),
    ("Cloud startup Gridly locked up a $500 million round led by Coatue that values the company at $5 billion.",
     "Gridly", None, 500e6, "USD"),
    # the summary ranks the headline's company's round
    ("Card startup Brightly jumps 50% in valuation to $3 billion\nBrightly had the largest funding round of the week "
     "with a $150 million Series E. Its valuation is up from June.", "Brightly", "series_e", 150e6, "USD"),
    # batch B (LatAm / MENA newsletters): a flag or pictograph between the name and its verb
    ("Pagaly 🇨🇴 raised a $3 Million Seed round led by Kaszek 🇦🇷 to build a payments API.", "Pagaly", "seed", 3e6, "USD"),
    ("Rutas 🇲🇽 raised $10 Million in Debt financing from Victory Park Capital 🇺🇸 to fund its lending.",
     "Rutas", "venture_debt", 10e6, "USD"),
    ("🚀 Acme Robotics raises $5M seed round", "Acme Robotics", "seed", 5e6, "USD"),
    # ... or such a flag garbled by a capture into a Greek letter and a Latin-1 sign
    ("Frete π§π· raised a $400,000 Pre-Seed round led by ACE Startups π§π· to build fleet software.",
     "Frete", "pre_seed", 400000.0, "USD"),
    # batch C (health-tech, crypto, Irish, Israeli, Axios items): "more than" before an amount is one filler
    ("Nimbus, the Boston-based payments company with an office in Dublin, raised more than €40m in funding",
     "Nimbus", None, 40e6, "EUR"),
    # a list item "led with" its round, the list unsaid; an investor "plugged" money into a company
    ("CareLink led with a $50 million Series A for its referral software.", "CareLink", "series_a", 50e6, "USD"),
    ("Upfront plugged $2 million into Vireo, which launched its beta last year.", "Vireo", None, 2e6, "USD"),
    # a round as a noun phrase, its company after "of" (in a sentence-case text also "for")
    ("Investors noted the $30 million Series B funding of Tallis, which will expand its clinics.", "Tallis", "series_b", 30e6, "USD"),
    ("Reports say a $12 million seed round for Quillo, led by Accel, closed this week.", "Quillo", "seed", 12e6, "USD"),
    # a teaser heading with no name; the summary's own subject has raised the money
    ("Saving sight at home.\nIsrael's Optiva is developing a home eye scanner. It is Medicare accredited. Optiva has just "
     "raised a further $20 million of funds to expand in the US.", "Optiva", None, 20e6, "USD"),
    # batch D (agrifood / edtech newsletters): a later sentence naming an investor "Fund" is no fund close
    ("🇲🇽 Grocery startup Mercadito raises $12 million. Dalus Capital and JAM Fund co-led the Series A round.",
     "Mercadito", "series_a", 12e6, "USD"),
    # an investor leads a round "for" a described company, the sentence ending after the name
    ("🇺🇸 Flagship leads $200 million round for farming platform Verdant Ag. The latter plans to break even.",
     "Verdant Ag", None, 200e6, "USD"),
    # "of City, Country" after the name; "backed X with $Y"; "the $Y round by <described> X"
    ("Fermio Biotechnologies of Vienna, Austria has raised $7 million in seed funding.", "Fermio Biotechnologies", "seed", 7e6, "USD"),
    ("S2G Ventures backed Kernel Health with $4 million in funding.", "Kernel Health", None, 4e6, "USD"),
    ("Notable funding this week was the $34 million round by seafood startup Finfree Foods.", "Finfree Foods", None, 34e6, "USD"),
    # a newsletter's deal line; an investor named "... Seed Partners" is no seed round
    ("Tinyhub raises £7.2M / UK, Early Childhood Software / Mustard Seed Partners, PortfolioLion", "Tinyhub", None, 7.2e6, "GBP"),
    # batch E (cybersecurity, legal-tech, proptech): "with its valuation nearing $1bn" is no rumour
    ("For example, Shieldly has revealed that it raised $100m in recent days, with its valuation nearing $1bn.",
     "Shieldly", None, 100e6, "USD"),
    # a trailing running total after the summary's raise is no earlier round
    ("Payly pays off\nElsewhere, US fintech start-up Payly raised $50m from Chase, with its total funding now at $85m.",
     "Payly", None, 50e6, "USD"),
    # the last coordinated clause's subject; a sentence adverb is no company
    ("Meanwhile, LexCorp has introduced an AI tool, which simplifies agreements, and Draftly has successfully secured "
     "five million dollars in funding to grow.", "Draftly", None, 5e6, "USD"),
    # a list item "Name – $X funding round"; "was $X raised by Name, a ..."
    ("Counsely – $200 million funding round led by Sequoia Capital.", "Counsely", None, 200e6, "USD"),
    ("Quillbook (Canada) – $25 million raised to put AI drafting into Word.", "Quillbook", None, 25e6, "USD"),
    ("The single largest deal in May was $300 million raised by Deskly, a provider of co-work space.", "Deskly", None, 300e6, "USD"),
    # batch F (Pakistani and African items): a report's passive before the verb; "a total of" naming this round
    ("Bazari, a Karachi-based internet start-up, was revealed to have received $30 million in 'Series A' funding.",
     "Bazari", "series_a", 30e6, "USD"),
    ("Kenya's Shamba Foods raised a total of $30 million in October from lenders and investors led by Goldman Sachs.",
     "Shamba Foods", None, 30e6, "USD"),
    # batch G (VC-deal round-ups): a ranked list's numbered item "Name, $X, sector: ...", lower-case names too
    ("1. zAI, $6B, artificial intelligence: The generative AI startup officially announced its fundraise.", "zAI", None, 6e9, "USD"),
    ("2. GridWeave, $1.1B, cloud infrastructure: Another big AI-related funding round.", "GridWeave", None, 1.1e9, "USD"),
    # batch H (med-tech briefs, newsletters): a past bankruptcy in a parenthesis; money spanning two rounds
    ("Skylink Networks, a Reston-based satellite company that was formerly known as SkyCo (and after restructuring, "
     "emerged from bankruptcy in 2016), just raised $100 million in funding.", "Skylink Networks", None, 100e6, "USD"),
    ("Prelude Bio Inc. emerged from stealth having raised $57 million in seed and series A financing.", "Prelude Bio", None, 57e6, "USD"),
    # an investor described as such before its name elsewhere in the sentence is no fund
    ("Acme, backed by VC firm Accel, raises $10M Series A", "Acme", "series_a", 10e6, "USD"),
]

NOT_ROUNDS: list[str] = [
    # "after raising" with another name in the main clause, or no name at all
    "The region has produced one unicorn this year, which grew after it raised $50 million in May.",
    "This startup said it is hiring in two offices after raising $9.5 million.",
    # a ranking won with revenue or a contract, not a round
    "Retailer Shopwell topped the sales table with $40 million in quarterly revenue.",
    "Builder Acme led this segment with a $300 million government contract.",
    # money "with" an amount the summary shows is a deal or a budget
    "Acme expands its fleet with $250M\nThe company signed an order for new aircraft worth the sum.",
    "Chip developer Nova bolsters AI work with $250M\nThe company said this spending on a new factory will add jobs.",
    # a valuation's move with no round
    "Acme nearly triples valuation in a year as shares climb",
    # a described headline whose summary's name only signs a contract
    "Robotics Company in Leeds Plans Expansion After Big Investment\nGrabwise, a robotics company based in Leeds, "
    "signed a contract with the city council.",
    # a main clause that is itself the news: bankruptcy after raising, an IPO
    "Vertical farming company Sprouta filed for bankruptcy after raising nearly $1 billion in funding from investors.",
    # a ranking's "largest round" told of another company than the headline's
    "Acme jumps in valuation\nGlobex had the largest funding round of the week with a $150 million Series E.",
    # a group of companies in a place is a market statistic, whatever capitalised words follow
    "Startups in the Middle East and North Africa raised nearly $110 million via 35 deals in May.",
    "Startups in MENA raised $764 million in November, a 390% increase, with mega rounds dominating.",
    "Nine Saudi startups raised $46.6 million in May.",
    # a newsletter issue's title lists several stories, one of them a round
    "Dealflow #12 - Acme beats Globex in court, Foodly 🇨🇴 raises $17 Million, & rain floods Lima.",
    "The Weekly Issue 31: Acme raises $5M, Globex cuts jobs, and more",
    # a running total, a past investment told as background, a time word is no company
    "Acme Labs has raised $1 million in funding to date.",
    "Globex has raised $40 million so far.",
    "Paradigm had invested $278 million in Acme, and its partner said the firm was unaware of any fraud.",
    "Driving the news: The trading app yesterday announced $2.4 billion in new funding from existing backers.",
    # "for" a product in a title-case headline; an investor's cheque "led with" into another company
    "Sales AI Goes Out Of Stealth With $17 Million Seed Funding for Real-Time Sales Assistant",
    "Accel led with $5 million in Acme's seed round.",
    # a teaser heading whose summary's money is someone else's, or a running total
    "Saving sight at home.\nIsrael's Optiva is developing a home eye scanner. Optiva has raised $20 million to date.",
    # money from the EU is a grant; a private placement is a listed company's financing
    "🇳🇱 Wastely banks €2.4 million ($2.8 million) from the EU to fight food waste.",
    "Orbit Soil Solutions, an agriculture biotech company, raised $3 million in a private placement.",
    # "X-backed" and "backed by" are no investor-led round of their own
    "Acme, backed by Sequoia, opens a new office in Austin.",
    # acquisitions and people moves in a newsletter's lines
    "Coda acquires Plato / US (UK) / Mentorship",
    "Chris Doe joins 360Learn as Chief Revenue Officer / via businesswire",
    # an amount that lost its unit; a list item that is an acquisition; a digest sentence's last clause
    "The interview comes after Browder secured $1.1 in funding from top VCs.",
    "Casely – acquired by Thomson Reuters for $650 million.",
    "Investors were busy this week, while Flagship led a $250m round into Verdant and Joker bagged $50m to expand.",
    # a group of startups after an opening date; "a total of" across rounds is a running total
    "In 2015, 15 startups in Pakistan raised almost $30 million, up from $6 million in 2014.",
    "Acme has raised a total of $50 million across three rounds.",
    # a "Top VC deals:" rubric lists several stories; a ranked list's item that is an acquisition
    "Top VC deals: Google and Amazon both backed Neuro Labs, and Chinese AI firm Visiontech raised $620 million",
    "3. Globex, $2B, software: Globex agreed to be acquired by Initech.",
    # a country or region is never the company, whatever the sentence's shape
    "Investors poured $1 billion into Kenya last year.",
    "Fintech funding in Latin America: Brazil raised $2 billion in 2023.",
    # a VC fund or firm as the subject raises a fund, not a round
    "Seattle VC fund Kestrel raises $100M to invest in 'Global South' startups",
    "Boston venture capital firm Harbor raised $200 million to back climate startups.",
]


@pytest.mark.parametrize(("text", "company", "round_", "amount", "currency"), ROUNDS)
def test_round_shapes_r4b(text: str, company: str, round_: str | None, amount: float | None, currency: str | None) -> None:
    found = extract_funding(text)
    assert found is not None, text
    assert found.company == company
    assert found.round == round_
    assert found.amount == amount
    assert found.currency == currency


@pytest.mark.parametrize("text", NOT_ROUNDS)
def test_not_rounds_r4b(text: str) -> None:
    assert extract_funding(text) is None
