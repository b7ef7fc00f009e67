"""Funding shapes beyond the golden files: a round after "with" ("... lights up with $9M seed led by
Accel"), a first clause before the funding verb ("LayerX uses AI to ..., scores $100M"), investors
joining a round, an announcement's preamble, currencies (INR crore, yen, CAD, AUD, SEK, CHF); and
texts that must stay None: plans and pledges ("to invest up to $40B"), project and property loans,
fund closes, contracts, charity, acquisitions, results, commentary.
"""

from __future__ import annotations

import pytest

from signals.extract.funding import extract_funding

ROUNDS: list[tuple[str, str, str | None, float, str]] = [
    ('Acme raises $10 million Series A to expand in Europe', 'Acme', 'series_a', 10000000.0, 'USD'),
    ('Acme secures $5M in seed funding', 'Acme', 'seed', 5000000.0, 'USD'),
    ('Acme lands $20 million', 'Acme', None, 20000000.0, 'USD'),
    ('Acme bags $3M', 'Acme', None, 3000000.0, 'USD'),
    ('Acme nabs $12M Series A', 'Acme', 'series_a', 12000000.0, 'USD'),
    ('Acme snags $7M', 'Acme', None, 7000000.0, 'USD'),
    ('Acme pulls in $30M', 'Acme', None, 30000000.0, 'USD'),
    ('Acme gets $4 million from Sequoia', 'Acme', None, 4000000.0, 'USD'),
    ('Acme closes $25M Series B', 'Acme', 'series_b', 25000000.0, 'USD'),
    ('Acme announces $15 million Series A funding', 'Acme', 'series_a', 15000000.0, 'USD'),
    ('Acme completes £10m Series A', 'Acme', 'series_a', 10000000.0, 'GBP'),
    ('Acme picks up $2M pre-seed', 'Acme', 'pre_seed', 2000000.0, 'USD'),
    ('Acme, a fintech startup, has raised $8 million in a seed round led by Index Ventures.', 'Acme', 'seed', 8000000.0, 'USD'),
    ('Berlin-based Acme has raised €12 million in a Series A round.', 'Acme', 'series_a', 12000000.0, 'EUR'),
    ('Acme has closed a $50 million Series C led by Tiger Global.', 'Acme', 'series_c', 50000000.0, 'USD'),
    ('Acme Raises $10M to Build AI Agents', 'Acme', None, 10000000.0, 'USD'),
    ('Exclusive: Acme raises $40M Series B', 'Acme', 'series_b', 40000000.0, 'USD'),
    ('Acme scores $100M in Series B', 'Acme', 'series_b', 100000000.0, 'USD'),
    ('Acme uses AI to cut back-office work, scores $100M in Series B', 'Acme', 'series_b', 100000000.0, 'USD'),
    ('Acme lights up with $9M seed led by Accel', 'Acme', 'seed', 9000000.0, 'USD'),
    ("Today, we are thrilled to announce that a16z is leading Acme's $35 million Series A.", 'Acme', 'series_a', 35000000.0, 'USD'),
    ('Acme raises Rs 50 crore in Series A', 'Acme', 'series_a', 500000000.0, 'INR'),
    ('Acme raises ₹25 Cr', 'Acme', None, 250000000.0, 'INR'),
    ('Acme raises INR 100 crore', 'Acme', None, 1000000000.0, 'INR'),
    ('Acme raises $1.2 million', 'Acme', None, 1200000.0, 'USD'),
    ('Acme raises 1.5 billion yen', 'Acme', None, 1500000000.0, 'JPY'),
    ('Acme raises ¥2 billion', 'Acme', None, 2000000000.0, 'JPY'),
    ('Acme raises SEK 50 million', 'Acme', None, 50000000.0, 'SEK'),
    ('Acme raises CHF 10 million', 'Acme', None, 10000000.0, 'CHF'),
    ('Acme raises $10 million in Series A funding round', 'Acme', 'series_a', 10000000.0, 'USD'),
    ('Acme raises $10M at $100M valuation', 'Acme', None, 10000000.0, 'USD'),
    ('Acme raises $10M, valued at $1B', 'Acme', None, 10000000.0, 'USD'),
    ('Acme hits $1.5B valuation with $150M Series C', 'Acme', 'series_c', 150000000.0, 'USD'),
    ('Acme Secures $3.5 Million Seed Investment', 'Acme', 'seed', 3500000.0, 'USD'),
    ('Acme receives $2 million investment from Foo Ventures', 'Acme', None, 2000000.0, 'USD'),
    ('Foo Ventures invests $5M in Acme', 'Acme', None, 5000000.0, 'USD'),
    ('Foo Ventures backs Acme with $5M seed', 'Acme', 'seed', 5000000.0, 'USD'),
    ('Foo Ventures leads $5M round in Acme', 'Acme', None, 5000000.0, 'USD'),
    ('Index Ventures joins $15M seed round for startup Acme', 'Acme', 'seed', 15000000.0, 'USD'),
    ('Acme raises $2.75M CAD seed round', 'Acme', 'seed', 2750000.0, 'CAD'),
    ('Acme raises A$10 million Series A', 'Acme', 'series_a', 10000000.0, 'AUD'),
    ('Acme raises US$10 million Series A', 'Acme', 'series_a', 10000000.0, 'USD'),
    ('Acme raises $10 mn in Series A', 'Acme', 'series_a', 10000000.0, 'USD'),
    ('ACME RAISES $12 MILLION SERIES A', 'ACME', 'series_a', 12000000.0, 'USD'),
    ('Acme Raises $6.5M Seed Round Led By Foo Capital', 'Acme', 'seed', 6500000.0, 'USD'),
    ('Acme Announces $20M Series B Financing', 'Acme', 'series_b', 20000000.0, 'USD'),
    ('Acme Closes $4.2 Million Seed Round', 'Acme', 'seed', 4200000.0, 'USD'),
    ('Acme Secures €65 Million Financing Round', 'Acme', None, 65000000.0, 'EUR'),
    ('Factory hits $1.5B valuation\nThe AI coding startup Factory raised $150 million led by Sequoia.', 'Factory', None, 150000000.0, 'USD'),
]

NOT_ROUNDS: list[str] = [
    "Peak XV raises $1.3B, doubles down on AI",
    "Accel raises $650M for its new early-stage fund",
    'SoftBank to invest up to $40B in OpenAI',
    'Acme plans to raise $100 million',
    'Acme in talks to raise $50M at $1B valuation',
    'Acme files for IPO',
    'Acme acquires Beta for $200 million',
    'Acme cuts 10% of staff',
    'Acme reaches $100M ARR',
    'Acme Ventures closes $300M fund',
    'Acme launches $50 million fund for startups',
    'Acme wins $10 million government contract',
    'Acme raises prices by 10%',
    'Acme raises $31,000 for charity',
    'Acme invests EUR 15 mn in new plant',
    'Acme secures $20 million loan to build factory',
    'Acme reports revenue of $50 million',
    'Acme raises concerns over AI regulation',
    "Acme's valuation hits $2B",
    'Acme, which raised $20M last year, launches new product',
    'Startups raised $5B in Q3',
    'Federal freeze could cost schools $125 million',
    'Acme is said to be raising $200 million',
    'Acme seeks $30M in new funding',
    'Acme to invest $1 billion in India',
    'Acme commits $500 million to AI research',
    'Acme buys Beta in $1.2B deal',
    'Acme lays off 200 after raising $50M',
    'Acme settles lawsuit for $10 million',
    'Acme fined $5 million by regulator',
    'Acme awarded $3M NIH grant',
    'Acme posts $40M loss',
    'Acme Capital raises $500M for third fund',
    'Acme shares jump 20% after $100M deal',
    'How Acme raised $10M without a pitch deck',
    "Acme's founder on raising $10M in a downturn",
    'Acme Bank secures $50 million construction loan for Miami tower',
    'Harbor Capital provides $20 million bridge loan for Miami apartment tower',
]

# Regional press (India, Europe, Japan, China) and press-release first sentences.
ROUNDS += [
    ('Zepto raises $665 Mn in Series F round led by Avenir', 'Zepto', 'series_f', 665000000.0, 'USD'),
    ('Exclusive: D2C brand Acme bags INR 15 Cr in pre-Series A round', 'Acme', 'seed', 150000000.0, 'INR'),
    ('Acme raises Rs 120 Cr from Foo, Bar', 'Acme', None, 1200000000.0, 'INR'),
    ('Fintech startup Acme raises $5 Mn in seed funding round', 'Acme', 'seed', 5000000.0, 'USD'),
    ('Acme secures INR 40 Cr in Series A funding led by Foo', 'Acme', 'series_a', 400000000.0, 'INR'),
    ('Acme raises $2.5 Mn in a round led by Foo Ventures', 'Acme', None, 2500000.0, 'USD'),
    ('[Funding alert] Acme raises Rs 8 crore in pre-Series A round', 'Acme', 'seed', 80000000.0, 'INR'),
    ('Acme Raises INR 25 Crore In Series A Funding Round', 'Acme', 'series_a', 250000000.0, 'INR'),
    ('Acme gets Rs 50 crore funding from Foo', 'Acme', None, 500000000.0, 'INR'),
    ('Acme raises $10 million in Series B round; valuation jumps to $100 million', 'Acme', 'series_b', 10000000.0, 'USD'),
    ('Berlin-based Acme raises €5 million to scale its AI platform', 'Acme', None, 5000000.0, 'EUR'),
    ('Acme raises €4.2M to help SMEs automate bookkeeping', 'Acme', None, 4200000.0, 'EUR'),
    ('Paris-based Acme secures €30M Series B', 'Acme', 'series_b', 30000000.0, 'EUR'),
    ('Acme lands €3 million pre-seed', 'Acme', 'pre_seed', 3000000.0, 'EUR'),
    ('Dutch startup Acme raises €1.5M', 'Acme', None, 1500000.0, 'EUR'),
    ('Acme bags £2.4m seed funding', 'Acme', 'seed', 2400000.0, 'GBP'),
    ("London's Acme raises £10 million", 'Acme', None, 10000000.0, 'GBP'),
    ('Acme closes €12M Series A round led by Foo Ventures', 'Acme', 'series_a', 12000000.0, 'EUR'),
    ('Acme raises €7.5M Seed round to build AI for farms', 'Acme', 'seed', 7500000.0, 'EUR'),
    ('Acme picks up €2.2m', 'Acme', None, 2200000.0, 'EUR'),
    ('Acme raises 10 million euros', 'Acme', None, 10000000.0, 'EUR'),
    ('Acme raises EUR 10 million', 'Acme', None, 10000000.0, 'EUR'),
    ('Acme announces €20 million Series A', 'Acme', 'series_a', 20000000.0, 'EUR'),
    ('Acme raises 1 billion yen in Series A funding', 'Acme', 'series_a', 1000000000.0, 'JPY'),
    ('Tokyo-based Acme raises ¥500M', 'Acme', None, 500000000.0, 'JPY'),
    ('Acme raises JPY 3 billion', 'Acme', None, 3000000000.0, 'JPY'),
    ('Acme secures 2.5 billion yen from Foo and others', 'Acme', None, 2500000000.0, 'JPY'),
    ('Acme, a Tokyo-based startup, raised 800 million yen', 'Acme', None, 800000000.0, 'JPY'),
    ('Acme completes RMB 100 million Series A financing', 'Acme', 'series_a', 100000000.0, 'CNY'),
    ('Acme closes USD 50 million Series C round', 'Acme', 'series_c', 50000000.0, 'USD'),
    ('Acme, Inc., a leading provider of payroll software, today announced that it has closed a $12 million Series A financing led by Foo Ventures.', 'Acme', 'series_a', 12000000.0, 'USD'),
    ('Acme today announced it has raised $20 million in Series B funding.', 'Acme', 'series_b', 20000000.0, 'USD'),
    ('Acme announced the close of a $7 million seed round.', 'Acme', 'seed', 7000000.0, 'USD'),
    ('Acme has secured $15 million in growth funding from Foo Capital.', 'Acme', 'growth', 15000000.0, 'USD'),
    ('Acme, the AI platform for lawyers, announced $30 million in new funding.', 'Acme', None, 30000000.0, 'USD'),
    ('Acme raises $12M Series A from Foo and Bar', 'Acme', 'series_a', 12000000.0, 'USD'),
    ('Acme nets $8M', 'Acme', None, 8000000.0, 'USD'),
    ('Acme rakes in $40 million', 'Acme', None, 40000000.0, 'USD'),
    ('Acme hauls in $60M Series B', 'Acme', 'series_b', 60000000.0, 'USD'),
    ('Acme grabs $5M to take on Stripe', 'Acme', None, 5000000.0, 'USD'),
    ('Acme emerges from stealth with $10M', 'Acme', None, 10000000.0, 'USD'),
    ('Acme comes out of stealth with $6M seed round', 'Acme', 'seed', 6000000.0, 'USD'),
    ('Acme launches with $4 million in seed funding', 'Acme', 'seed', 4000000.0, 'USD'),
    ('Acme debuts with $3M pre-seed', 'Acme', 'pre_seed', 3000000.0, 'USD'),
    ('Foo Capital invests $10 million in Acme', 'Acme', None, 10000000.0, 'USD'),
    ('Foo Capital backs Acme in $7M round', 'Acme', None, 7000000.0, 'USD'),
    ("Foo Capital leads Acme's $20M Series A", 'Acme', 'series_a', 20000000.0, 'USD'),
    ('Acme raises $15M led by Foo Ventures', 'Acme', None, 15000000.0, 'USD'),
    ('Acme raises $3M seed to build AI copilots for accountants', 'Acme', 'seed', 3000000.0, 'USD'),
    ('Acme raises $25M Series A extension', 'Acme', 'series_a', 25000000.0, 'USD'),
    ('Acme raises $50M in Series C funding at $500M valuation', 'Acme', 'series_c', 50000000.0, 'USD'),
    ('Acme Raises $8M in Series A Funding to Accelerate Growth', 'Acme', 'series_a', 8000000.0, 'USD'),
    ('acme.ai raises $3M seed', 'acme.ai', 'seed', 3000000.0, 'USD'),
]

NOT_ROUNDS += [
    'Funding roundup: Acme, Beta and Gamma raise $50M',
    'Indian startups raised $1.2 Bn this week',
    'Acme raises Rs 500 crore via IPO',
    'Acme acquires Beta for Rs 200 crore',
    'Acme posts Rs 50 crore loss in FY24',
    "Acme's revenue grows to Rs 100 crore",
    'Acme plans to raise €50 million',
    'Acme in talks to raise funds at $1B valuation',
    'Foo Ventures launches €100M fund',
    'Foo Ventures closes $200M second fund',
    "Acme's founder buys $10M mansion",
    'Acme cuts valuation to $1B',
    'Acme returns $50M to investors',
    'Acme raises salaries by 10%',
    'Acme wins €5M EU grant',
    'Acme to set up Rs 1,000 crore plant',
    'Acme invests Rs 200 crore in new warehouse',
    'Acme Group invests $100 million in new data centre',
]


# Issue 12, round 3: written-out amounts, the Korean won, "the company" in the summary meaning the
# name that opens the headline.
ROUNDS += [
    ('Acme Robotics raises two million dollars in seed funding', 'Acme Robotics', 'seed', 2e6, 'USD'),
    ('Acme raises fifty million euros to expand in Europe', 'Acme', None, 50e6, 'EUR'),
    ('Acme Robotics secures one hundred million dollars in Series B funding', 'Acme Robotics', 'series_b', 100e6, 'USD'),
    ('Acme raises 10 billion won in Series B', 'Acme', 'series_b', 10e9, 'KRW'),
    ('Factory hits $1.5B valuation\nThe company raised $150 million led by General Catalyst.', 'Factory', None, 150e6, 'USD'),
    ('Acme Health Launches AI Nurse\nThe startup has raised $25 million in a Series A led by Accel.',
     'Acme Health', 'series_a', 25e6, 'USD'),
]
NOT_ROUNDS += [
    "Acme won $10 million contract",
    "Acme Health Launches AI Nurse\nIt previously raised $25 million in a Series A led by Accel.",
    "Acme Health Launches AI Nurse\nThe company has raised $25 million to date.",
    "Sequoia Capital hits $10B\nThe firm has raised $10 billion for new funds.",
]

# Round 3, fresh 2025-2026 headlines: "captures" and "locks down" money, "with $X in new funding",
# a lab described before its name; a firm closing several funds is no round.
ROUNDS += [
    ('Acme captures $12M to build its video editor', 'Acme', None, 12e6, 'USD'),
    ('Acme locks down $20M seed round for its motor', 'Acme', 'seed', 20e6, 'USD'),
    ('Acme charts drone delivery expansion with $600M in new funding', 'Acme', None, 600e6, 'USD'),
    ('AI Lab Acme Intelligence Lands $300M Series A At $4B Valuation', 'Acme Intelligence', 'series_a', 300e6, 'USD'),
    ('Reality Labs raises $5M', 'Reality Labs', None, 5e6, 'USD'),
    ('Acme funding: startup raises $8M to automate accounting', 'Acme', None, 8e6, 'USD'),
    # digest sentences: a place in front, a possessive description, a relative clause, numbering,
    # "has made a $X investment in"
    ('In Italy, Acme, a Milan-based startup founded in 2023, secured a $19 million Series A round led by Globex.',
     'Acme', 'series_a', 19e6, 'USD'),
    ('1) Acme, Europe’s online optician, has closed a €65 million financing round led by Globex.', 'Acme', None, 65e6, 'EUR'),
    ('The Bucharest-founded Acme.ai that helps businesses to digitize their processes, has raised $35 million in '
     'the largest Series A in Romania.', 'Acme.ai', 'series_a', 35e6, 'USD'),
    ('The corporate VC arm of Globex Group has made a $23 million strategic investment in acme, a Berlin-based startup.',
     'acme', None, 23e6, 'USD'),
]
NOT_ROUNDS += [
    "Acme Partners Closes 2 Funds Totaling $850M To Invest In Automation",
    "Acme captures $10M contract from the Army",
    "Exclusive: startup raises $8M",
    "Acme made $5M in revenue in 2023",
]

@pytest.mark.parametrize(("text", "company", "round_", "amount", "currency"), ROUNDS)
def test_round_is_read(text: str, company: str, round_: str | None, amount: float, currency: str) -> None:
    found = extract_funding(text)
    assert found is not None, text
    assert (found.company, found.round, found.amount, found.currency) == (company, round_, amount, currency)


@pytest.mark.parametrize("text", NOT_ROUNDS)
def test_no_round_is_read(text: str) -> None:
    assert extract_funding(text) is None


def test_another_name_before_with_keeps_the_opening_words_from_being_the_company() -> None:
    found = extract_funding("Ex-Uber execs launch Acme with $10M seed")
    assert found is None or found.company == "Acme"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Payroll startup raises seed round\nAcme has raised $8 million in seed funding from Foo Ventures.",
         ("Acme", "seed", 8000000.0)),
        ("This fintech lands $5M\nAcme, a London startup, has raised $5 million.", ("Acme", None, 5000000.0)),
        # no described subject in the headline, or a past round in the summary: nothing
        ("Startups raise record sums\nAcme has raised $8 million in seed funding.", None),
        ("Payroll startup raises seed round\nAcme, which raised $8 million last year, is hiring.", None),
    ],
)
def test_a_teaser_headline_takes_its_company_from_the_summary(text: str, expected: tuple | None) -> None:
    found = extract_funding(text)
    assert (None if found is None else (found.company, found.round, found.amount)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme's Series B brings in $40M", ("Acme", "series_b", 40000000.0)),  # never "Series B" as the company
        ("Acme snaps up $10M", ("Acme", None, 10000000.0)),
        # equity and debt in one round: not venture debt
        ("Acme raises $30M in equity and $20M in debt", ("Acme", None, 30000000.0)),
        ("Acme raises $100M in equity and debt", ("Acme", None, 100000000.0)),
    ],
)
def test_round_words_and_mixed_money(text: str, expected: tuple) -> None:
    found = extract_funding(text)
    assert found is not None and (found.company, found.round, found.amount) == expected


def test_the_company_a_summary_only_refers_to_is_explained_and_less_sure() -> None:
    from signals.extract.funding import explain_funding

    referred = explain_funding("Factory hits $1.5B valuation\nThe company raised $150 million led by Foo Capital.")
    named = explain_funding("Factory raises $150 million led by Foo Capital")
    assert referred is not None and named is not None
    assert referred.round.company == "Factory" and referred.round.amount == 150e6
    assert referred.confidence < named.confidence
    assert "headline's subject" in referred.explanation
