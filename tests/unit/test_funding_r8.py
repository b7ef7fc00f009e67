"""Round 8 (r8-fund8): shapes from fresh life-science and deal-press text, each pinned with made-up sentences and
made-up negatives that must stay refused. Every sentence here is made up."""

import pytest

from signals.extract.funding import explain_funding
from tests.conftest import funding_answer as _answer

# these pin the rules; the learned fallback has its own tests
pytestmark = pytest.mark.usefixtures("rules_only")

DRAFT = 0.6


@pytest.mark.parametrize(
    ("text", "company", "round_", "amount", "currency"),
    [
        ("Seed Round Brings In $3M For Fintech Quillory", "Quillory", "seed", 3_000_000, "USD"),
        ("Series B Brings In $40 Million For Robotics Startup Brontide", "Brontide", "series_b", 40_000_000, "USD"),
        ("Series A Brings In £4m For Start-Up Kestrelin", "Kestrelin", "series_a", 4_000_000, "GBP"),
        ("Series C nets $90m for Marrowind Bio to expand trials", "Marrowind Bio", "series_c", 90_000_000, "USD"),
    ],
)
def test_a_round_as_subject_names_the_company_after_for(text, company, round_, amount, currency):
    decision = _answer(text)
    assert decision.round.company == company
    assert decision.round.round == round_
    assert decision.round.amount == amount
    assert decision.round.currency == currency


@pytest.mark.parametrize(
    "text",
    [
        "Series A brings in $10M for Sequoia Capital",  # an investor after "for": no company
        "Series A Brings In $12M For Local Schools",  # no name after "for"
        "Seed funding brings in $1M for the project",
    ],
)
def test_a_round_as_subject_without_a_company_is_no_round(text):
    assert explain_funding(text) is None


def test_a_round_name_is_never_the_company():
    # before round 8, "Seed Round" itself was read as the company, drafted at 0.95
    decision = explain_funding("Seed Round Brings In $2M For Pelloway")
    assert decision is not None and decision.round.company == "Pelloway"
    for text in ("Seed Round raises $3M", "Series A Funding lands $12 million"):
        found = explain_funding(text)
        assert found is None or found.round.company.lower() not in {"seed round", "series a funding"}


@pytest.mark.parametrize(
    ("text", "round_"),
    [
        ("Tarnwell Labs closes a $50m B round led by Index", "series_b"),
        ("Tarnwell Labs raises a $12 million A round", "series_a"),
        ("Tarnwell Labs lands $8M C-round from existing backers", "series_c"),
    ],
)
def test_a_letter_round_after_money_is_that_series(text, round_):
    decision = _answer(text)
    assert decision.round.company == "Tarnwell Labs"
    assert decision.round.round == round_


def test_a_letter_before_round_without_money_is_no_series():
    decision = explain_funding("Plan B round of talks fails as Ashcombe raises $5 million")
    assert decision is None or decision.round.round is None


@pytest.mark.parametrize("verb", ["reported", "reports", "announced"])
def test_reported_the_completion_of_a_round(verb):
    decision = _answer(f"Kestrel Bio SAS, of Lyon, France, {verb} the completion of a series A round of $20 million to expand its lab.")
    assert decision.round.company in {"Kestrel Bio", "Kestrel Bio SAS"}
    assert decision.round.round == "series_a"
    assert decision.round.amount == 20_000_000
    assert decision.confidence >= DRAFT


def test_reported_without_a_completion_is_no_round():
    assert explain_funding("Kestrel Bio reported the completion of its phase 2 trial in 40 patients.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Oncology biotech Fennick Bio has raised $104 million on the U.S. Nasdaq composite.",
        "Fennick Bio raised $80 million on the Nasdaq in its debut on Friday.",
        "Fennick Bio netted $45 million on the Hong Kong stock exchange.",
    ],
)
def test_money_raised_on_a_stock_market_is_no_round(text):
    assert explain_funding(text) is None


def test_a_company_that_serves_listed_firms_still_raises_a_round():
    decision = _answer("Fennick, which helps firms list on the stock exchange, raised $5 million in seed funding.")
    assert decision.round.company == "Fennick"
    assert decision.round.round == "seed"


# ---- batch 2 (scored with batch 1's rules first) ----


def test_a_hyphenated_word_unit_is_read():
    decision = _answer("Brindlewood raises $40-billion in new funding")
    assert decision.round.amount == 40_000_000_000


def test_a_range_is_not_read_as_a_hyphenated_unit():
    from signals.text.money import find_amounts

    assert [a.as_fact()["amount"] for a in find_amounts("between $5-10 million")] != [10_000_000]
    assert find_amounts("a €2-million grant")[0].as_fact()["amount"] == 2_000_000


@pytest.mark.parametrize(
    "text",
    [
        "A cash rush. What to know about Brindlewood's record $40-billion funding round - Daily Ledger",
        "Everything you need to know about Quillory's $12 million Series A",
    ],
)
def test_an_explainer_of_a_round_is_no_round(text):
    assert explain_funding(text) is None


def test_a_round_that_helps_people_know_something_is_still_a_round():
    decision = _answer("Quillory raises $12 million Series A to help teams know about outages")
    assert decision.round.company == "Quillory"


@pytest.mark.parametrize(
    "text",
    [
        "Marrowind raised just under $21 million during its life, from Northgate Capital and others.",
        "Marrowind has raised $30 million over its lifetime from angels.",
        "Marrowind raised $9 million throughout its existence.",
    ],
)
def test_a_lifetime_total_is_no_round(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    ("text", "company", "round_", "amount"),
    [
        ("The fund's first public investment: leading a $10.5m round of funding for Brackwater, a Boston start-up.", "Brackwater", None, 10_500_000),
        ("Its first deal: leading a $4M seed round for Quillory.", "Quillory", "seed", 4_000_000),
    ],
)
def test_an_investors_gerund_names_the_company_after_for(text, company, round_, amount):
    decision = _answer(text)
    assert decision.round.company == company
    assert decision.round.round == round_
    assert decision.round.amount == amount


@pytest.mark.parametrize(
    "text",
    [
        "Its first deal: leading a $4M seed round for Sequoia Capital.",  # an investor after "for"
        "Leading a $3 million round for the city's schools is the mayor's goal.",
    ],
)
def test_an_investors_gerund_without_a_company_is_no_round(text):
    decision = explain_funding(text)
    assert decision is None or decision.confidence < DRAFT


# ---- batch 3 (scored with batches 1-2's rules first): bare deal-list lines ----


@pytest.mark.parametrize(
    ("text", "company", "round_", "amount", "currency"),
    [
        ("Quillory (US – payroll software for clinics) – $10M seed", "Quillory", "seed", 10_000_000, "USD"),
        ("Marrowind Health (India – elder care) – ₹8.5 Cr seed (~$1M)", "Marrowind Health", "seed", 85_000_000, "INR"),
        ("Brackwater – $4M Series A.", "Brackwater", "series_a", 4_000_000, "USD"),
    ],
)
def test_a_bare_deal_list_line_is_read_for_review(text, company, round_, amount, currency):
    decision = _answer(text)
    assert (decision.round.company, decision.round.round, decision.round.amount, decision.round.currency) == (company, round_, amount, currency)
    assert decision.confidence < DRAFT  # no verb, no round noun: recorded for review, not drafted


@pytest.mark.parametrize(
    "text",
    [
        "Q3 Results – $40M seed",  # a heading, not a company: must never be drafted
        "Weekly Roundup – $40M Series B",
        "Sequoia Capital – $40M Series B",
    ],
)
def test_a_bare_deal_list_line_never_drafts_a_heading(text):
    decision = explain_funding(text)
    assert decision is None or decision.confidence < DRAFT


def test_a_deal_list_line_with_its_backer_after_the_round_is_read_and_held_for_review():
    # until round 10 "... Series A from <investor>" was left to the learned fallback; the rules read it now
    # (tests/unit/test_funding_r10.py), at the same review-only confidence the fallback gave it
    from signals.extract import funding

    for text, name in (("Tallowmere Foods – €3.5 million Series A from Oakfield Partners.", "Tallowmere Foods"),
                       ("Harbourline Robotics – $12 million Series A led by Northgate Capital.", "Harbourline Robotics")):
        parse = funding._dash_item(text)
        assert parse is not None and parse.company == name and parse.confidence < DRAFT


@pytest.mark.parametrize(
    ("text", "round_", "amount"),
    [
        ("Sales intelligence startup Brackwater now worth $1.6B after $100M round", None, 100_000_000),
        ("Fintech startup Brackwater now valued at $2 billion after $150 million Series C", "series_c", 150_000_000),
        ("Fintech startup Brackwater is worth $3B after new $200M raise", None, 200_000_000),
    ],
)
def test_worth_after_a_rounds_money_reads_the_round_not_the_valuation(text, round_, amount):
    decision = _answer(text)
    assert decision.round.company == "Brackwater"
    assert decision.round.round == round_
    assert decision.round.amount == amount


@pytest.mark.parametrize(
    "text",
    [
        "Brackwater now worth $1.6B after its stock jumped 40%",
        "Brackwater's founder now worth $1.6B after $100M round",  # a person's wealth, no company's round
    ],
)
def test_worth_without_a_rounds_money_or_with_a_person_is_no_round(text):
    decision = explain_funding(text)
    assert decision is None or decision.round.amount != 1_600_000_000


# ---- review of the round's own rules on ordinary made-up news ----


@pytest.mark.parametrize("verb", ["reported", "announced"])
def test_the_completion_of_a_building_is_no_round(verb):
    # found while probing 'reported the completion of' (the 'announced' form was drafted at 0.95 before round 8)
    assert explain_funding(f"Acme {verb} the completion of its $40 million factory in Ohio.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Acme raises $12M to build a factory in Ohio",
        "Acme raises $12M seed round to expand its warehouse network",
        "Acme raises $5M for plant-based burgers",
    ],
)
def test_a_round_spent_on_buildings_is_still_a_round(text):
    assert _answer(text).round.company == "Acme"


# ---- fixes after the read-only review of r8-fund8 (made-up sentences of the reviewer's kind) ----


@pytest.mark.parametrize("verb", ["reported", "announced"])
@pytest.mark.parametrize(
    "obj",
    [
        "its $300 million data hall",
        "a $9 million footbridge",
        "its $2 billion merger with Quillory",
        "the $700 million sale of its Brontide unit",
        "$40 million debt refinancing",
        "a $90 million securitization",
        "its $25 million rights issue",
        "its $45 million wind farm",
    ],
)
def test_review_the_completion_of_anything_but_a_round_is_no_round(verb, obj):
    # A1: "announced/reported the completion of" + a bare sum is any project, deal or security; only a round's
    # or financing's closing is news of a round
    decision = explain_funding(f"Marrowind {verb} the completion of {obj}")
    assert decision is None or decision.confidence < DRAFT


@pytest.mark.parametrize("verb", ["reported", "announced"])
@pytest.mark.parametrize(
    ("obj", "round_"),
    [
        ("a $7 million seed funding round", "seed"),
        ("a Series B round of $22 million to expand its trials", "series_b"),
        ("a Series A investment of $6.4 million", "series_a"),
    ],
)
def test_review_the_completion_of_a_round_is_still_a_round(verb, obj, round_):
    decision = _answer(f"Marrowind Bio {verb} the completion of {obj}")
    assert decision.round.company == "Marrowind Bio"
    assert decision.round.round == round_
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize(
    "text",
    [
        "Priya Raman now worth $4 billion after $1 billion raise",  # a person's wealth
        "Quillory now worth $80B after $9B raise",  # a bare raise may be anyone's money
        "Brontide now worth $2 trillion after $50 billion investment in chip plants",  # money put in something else
        "Harbour City FC valued at $3 billion after $700 million investment by a tycoon",  # a stake bought
        "Harbour City FC now worth $2 billion after $300 million investment",
        "Our pension now worth $2M after $300K investment",
    ],
)
def test_review_worth_after_money_needs_a_company_and_a_round(text):
    # A2
    decision = explain_funding(text)
    assert decision is None or decision.confidence < DRAFT


@pytest.mark.parametrize(
    ("text", "round_", "amount"),
    [
        ("Payments startup Quillory now worth $3B after $250M Series D", "series_d", 250_000_000),
        ("Payments startup Quillory valued at $900M after $70M funding round", None, 70_000_000),
        ("Payments startup Quillory now worth $1.2B after $90M raise led by Northgate Capital", None, 90_000_000),
    ],
)
def test_review_worth_after_a_rounds_money_is_kept(text, round_, amount):
    decision = _answer(text)
    assert (decision.round.company, decision.round.round, decision.round.amount) == ("Quillory", round_, amount)
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize(
    "text",
    [
        "Seed funding brings in $3M for Cleveland",  # a place
        "Series A raises $20M for Amazon",  # a big company
        "Angel round nets $400K for Patel",  # a surname alone
        "Series C brings in $90M for Q2 Summary",  # a heading
        "Seed round yields $1 million for Riverside Food Bank of Iowa",  # a non-profit
    ],
)
def test_review_a_round_as_subject_with_a_bare_name_after_for_is_not_drafted(text):
    # A3: a single name after "for" with no company cue is recorded for review at most
    decision = explain_funding(text)
    assert decision is None or decision.confidence < DRAFT


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Series A lands $14M for healthtech startup Brontide", "Brontide"),
        ("Seed funding brings in $5M for Marrowind Labs", "Marrowind Labs"),
    ],
)
def test_review_a_round_as_subject_with_a_company_cue_is_drafted(text, company):
    decision = _answer(text)
    assert decision.round.company == company
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize(
    "text",
    [
        "Recap (March 2025, after the audit) – $4M Series A round",
        "Footnote (data from Dealroom, as of April) – $15M seed round",
        "Graph (source: PitchBook, as of May 31) – $9M Series A round",
        "October 2025 – $8M seed funding",
    ],
)
def test_review_a_deal_list_heading_is_never_drafted(text):
    # A4 and D: a dash item with no company-shaped name and no gloss naming a place or sector is recorded for review
    decision = explain_funding(text)
    assert decision is None or decision.confidence < DRAFT


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Quillory.ai – $40 million funding round led by Northgate Capital", "Quillory.ai"),
        ("Brackwater (Portugal) – $12 million raised to expand its clinics", "Brackwater"),
        ("Marrowind (Germany – climate software) – $9M Series A round", "Marrowind"),
        ("Harrowgate Robotics – $30M Series B round", "Harrowgate Robotics"),
        ("BrontideAI – $6M seed round", "BrontideAI"),
    ],
)
def test_review_a_deal_list_line_with_company_evidence_is_drafted(text, company):
    decision = _answer(text)
    assert decision.round.company == company
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize(
    "text",
    [
        "Quillory raises $15M Series B, eyes listing on the Nasdaq",
        "Quillory raises $9M seed, plans to list on the NYSE next year",
        "Quillory raised $4 million seed funding, focusing on stock market data",
        "Brokerage app Quillory raises $6M; focus on stock market literacy",
        "Quillory raises $11M to trade on stock market",
        "Quillory raises $7M to put carbon credits on the stock exchange",
    ],
)
def test_review_a_listing_clause_after_the_round_keeps_the_round(text):
    # B1: the listing words must be in the raise's own clause
    decision = _answer(text)
    assert decision.round.company == "Quillory"
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize(
    "text",
    [
        "Brontide has raised $80 million on the Nasdaq",
        "Brontide raised $150 million in its debut on the NYSE",
    ],
)
def test_review_money_raised_on_an_exchange_stays_refused(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Quillory raises $18M Series A to invest in its life sciences unit",
        "Quillory raises $9M in its life sciences push",
        "Quillory secures $14M Series A during its life sciences expansion",
        "Quillory raises $40M Series C during its life-or-death pivot",
        "Quillory raises $22M in its history-making Series B",
        "Quillory raises $6M Series A in its history's toughest market",
    ],
)
def test_review_life_sciences_or_history_making_is_no_lifetime_total(text):
    # B2: a lifetime total needs "its life/lifetime/existence/history" to end the phrase
    decision = _answer(text)
    assert decision.round.company == "Quillory"
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize(
    "text",
    [
        "Quillory raises $30M Series B. Here's what to know about the startup",
        "Quillory raises $45M: what you need to know about the Series C",
        "Quillory lands $8M seed; what to know about the founders",
    ],
)
def test_review_a_round_with_an_explainer_tail_is_still_a_round(text):
    # B3: the explainer must open the text or a sentence with no raise told before it
    decision = _answer(text)
    assert decision.round.company == "Quillory"
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize(
    "text",
    [
        "What to know about Quillory's $50 million Series B",
        "A boom year. What you need to know about Brontide's record $2-billion funding round",
    ],
)
def test_review_an_explainer_opening_a_sentence_is_no_round(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Jane Ortiz, of Denver, raises $2M seed for her startup Quillory", "Quillory"),
        ("Marrowind Bio, of Leeds, England, raises £4M seed", "Marrowind Bio"),
        ("Quillory raises $40M for cancer research platform", "Quillory"),
        ("Quillory raises $75,000 pre-seed for hospital scheduling app", "Quillory"),
    ],
)
def test_review_a_company_of_a_place_or_a_cause_market_is_still_a_round(text, company):
    decision = _answer(text)
    assert decision.round.company == company


@pytest.mark.parametrize(
    ("text", "round_"),
    [
        ("Brontide Settles $4 Million A Round Of Negotiations", None),  # the article 'A', no series
        ("Brontide books $8m B round trip tickets", None),
        ("Brontide Raises $9 Million A Round Of Funding", "series_a"),
        ("Brontide raises $30m C round led by Northgate Capital", "series_c"),
    ],
)
def test_review_a_letter_round_needs_a_round_not_a_round_of_something_else(text, round_):
    # C: in title case the article 'A' before "Round Of Talks" is no series letter
    decision = explain_funding(text)
    assert decision is None or decision.round.round == round_


# ---- second review (rev2): conservative fixes; where a rule cannot be made safe simply, base behaviour ----


@pytest.mark.parametrize("verb", ["reported", "announced"])
@pytest.mark.parametrize(
    "obj",
    [
        "a $300 million aircraft financing",
        "its $1 billion bond financing",
        "the $25 million funding for its new terminal",
        "a $60 million tax equity financing",
        "its $90 million debt financing package",
    ],
)
def test_review2_a_closing_of_corporate_or_project_finance_is_no_round(verb, obj):
    # 1a: 'financing'/'funding' alone is any corporate or project finance
    decision = explain_funding(f"Harbourline Air {verb} the closing of {obj}")
    assert decision is None or decision.confidence < DRAFT


@pytest.mark.parametrize("verb", ["reported", "announced"])
@pytest.mark.parametrize(
    ("obj", "round_"),
    [
        ("a $4 million angel round", "pre_seed"),
        ("its $12 million Series B financing", "series_b"),
        ("a $3 million seed funding round", "seed"),
        ("its $20 million funding round", None),
    ],
)
def test_review2_a_closing_of_a_round_is_still_a_round(verb, obj, round_):
    decision = _answer(f"Quillory Bio {verb} the closing of {obj}")
    assert (decision.round.company, decision.round.round) == ("Quillory Bio", round_)
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize(
    "text",
    [
        "Dario Vance now worth $900 million after $200 million funding round",  # a person
        "Harbour City Rovers now worth $6 billion after $400 million equity round",  # a club
        "The Marlins now worth $3 billion after new $300 million raise",
        "Brontide now valued at $2 billion after $150 million Series C",  # no cue: may be anyone
    ],
)
def test_review2_worth_after_money_needs_a_startup_cue(text):
    # 1b: only a subject called a startup, or a corporate name, is read
    decision = explain_funding(text)
    assert decision is None or decision.confidence < DRAFT


@pytest.mark.parametrize(
    ("text", "company", "round_"),
    [
        ("Robotics startup Quillory now worth $2B after $150M Series C", "Quillory", "series_c"),
        ("Brontide Labs now valued at $800M after $60M Series B", "Brontide Labs", "series_b"),
    ],
)
def test_review2_worth_after_money_with_a_startup_cue_is_read(text, company, round_):
    decision = _answer(text)
    assert (decision.round.company, decision.round.round) == (company, round_)
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize(
    "text",
    [
        "Series B brings in $50M for tech giant Brontide",
        "Series B brings in $40M for tech firm Brontide",
        "Seed round brings in $2M for Berlin-based Anna Kowal",
        "Seed round raises $1.5M for podcast star QuillMaster",
        "Series A brings in $6M for rival Brontide",
        "Series A lands $12M for Leeds Tech Week",
        "Series A brings in $15M for Harbour Health",
        "Seed round nets $2M for Lisbon-based Quillory",
        "Series B raises $35M for MIT spinout Harrowgate",
    ],
)
def test_review2_a_round_as_subject_without_a_startup_or_corporate_cue_is_not_drafted(text):
    # 1c: 'giant', 'firm', 'star', 'rival', '-based', a spinout and 'Tech'/'Health' in a name are no cues
    decision = explain_funding(text)
    assert decision is None or decision.confidence < DRAFT


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Series A brings in $15M for fintech startup Quillory", "Quillory"),
        ("Seed round nets $3M for Lisbon start-up Brontide", "Brontide"),
        ("Series A Brings In $40m For Start-Up Harrowgate", "Harrowgate"),
        ("Series B brings in $30M for Marrowind Inc.", "Marrowind"),
        ("Seed round brings in $2M for Quillory GmbH", "Quillory"),
        ("Series A brings in $9M for Brontide.io", "Brontide.io"),
    ],
)
def test_review2_a_round_as_subject_with_a_startup_or_corporate_cue_is_drafted(text, company):
    decision = _answer(text)
    assert decision.round.company == company
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Quillory – $4M seed round", "Quillory"),
        ("Brontide – €60M Series B funding", "Brontide"),
        ("Harrowgate (Porto) – $20M Series C round", "Harrowgate"),
        ("Marrowind (Tel Aviv) – $30M Series D round", "Marrowind"),
    ],
)
def test_review2_a_plain_dash_item_is_drafted_as_in_base(text, company):
    # 2a: base's 0.7 for the dash items base read
    decision = _answer(text)
    assert decision.round.company == company
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize(
    "text",
    [
        "Update – $3M seed round",
        "Update (Berlin, fintech) – $3M seed round",
        "Highlights (fintech) – $50M Series B round",
        "Top Deals (healthcare) – $30M Series B funding",
        "Deal of the Day (Paris, AI) – €8M Series A round",
        "Deal of the Week – $20M seed round",
        "Biggest Raise (US – fintech) – $80M Series C round",
        "Week 7 (London, AI) – £3m seed round",
        "Q2 Results – $40M Series A round",
        "Q4 – $15M seed round",
        "Key Takeaways – $25M Series B round",
        "Notes – $5M seed funding",
        "Other (AI) – $5M seed round",
        "Total – $120M funding",
        "March 12 – $8M seed round",
        "September 2025 – $12M Series A funding",
        "Quillory – $4M seed",  # a bare line: held for review as before
    ],
)
def test_review2_a_heading_word_dash_item_is_held_for_review(text):
    decision = explain_funding(text)
    assert decision is None or decision.confidence < DRAFT


@pytest.mark.parametrize(
    "text",
    [
        "Brontide raised $60 million on the Nasdaq",
        "Brontide raised $60 million on the U.S. Nasdaq composite",
        "Brontide raises $90 million as it debuts on the NYSE",
        "Brontide raised $45 million after its debut on the Nasdaq",
        "Brontide raises $70 million while listing on the NYSE",
        "Brontide raised $200 million in its IPO on the New York Stock Exchange",
    ],
)
def test_review2_money_raised_on_a_stock_market_is_a_listing(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Brontide raises $12M Series A on stock market optimism",
        "Brontide raises $9M on the strength of stock market demand for AI",
        "Brontide raises $10M from investors bullish on the stock market",
        "Brontide raises $8M on stock market rally",
        "Brontide raises $6M seed despite turmoil on the stock market",
        "Brontide raises $5M seed round betting on stock market newcomers",
    ],
)
def test_review2_other_words_before_the_stock_market_are_no_listing(text):
    # 2b: only the market right after the money, or a debut/listing/IPO word between, is a listing
    decision = _answer(text)
    assert decision.round.company == "Brontide"
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize(
    "text",
    [
        "Brontide has raised $30M during its life.",
        "Brontide raised $50 million over its lifetime",
        "Brontide raised $12 million throughout its existence, from angels",
        "Brontide has raised $8 million in its existence.",
    ],
)
def test_review2_a_lifetime_total_is_no_round(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Brontide raises $40M in the third round in its history",
        "Brontide closes $25M Series B, the biggest round in its history",
    ],
)
def test_review2_a_round_in_its_history_is_still_a_round(text):
    # 2c: 'history' is no lifetime
    decision = _answer(text)
    assert decision.round.company == "Brontide"
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Mira Castell, of Milan, closes $15M Series A", "Mira Castell"),  # a company named after a person
        ("Startup Quillory raises $80,000 to sell software for food banks.", "Quillory"),
        ("Brontide raises $85,000 for hospices and care homes software", "Brontide"),
    ],
)
def test_review2_base_behaviour_for_a_person_of_a_place_and_a_small_sum(text, company):
    # 2d, 2e: the refusals are reverted; base read these as rounds
    decision = _answer(text)
    assert decision.round.company == company


@pytest.mark.parametrize(
    ("text", "round_"),
    [
        ("Harbourline Air books $3M A round-the-world charter", None),
        ("Brontide runs $2M B round-robin tournament", None),
        ("Brontide raises $12m A round led by Northgate Capital", "series_a"),
    ],
)
def test_review2_a_letter_round_is_no_round_the_world(text, round_):
    # 8
    decision = explain_funding(text)
    if round_ is None:
        assert decision is None or decision.round.round is None
    else:
        assert decision.round.round == round_


@pytest.mark.parametrize("verb", ["reported", "announced"])
@pytest.mark.parametrize(
    ("obj", "round_"),
    [
        ("its $50 million joint venture with Beta", False),
        ("the $30 million venture with Harbourline Corp", False),
        ("its $15 million seed processing plant", False),
        ("its $5 million seed", "seed"),
        ("a $2 million seed extension", "seed"),
        ("its $8 million angel investment", "pre_seed"),
        ("a $10 million venture debt facility", "venture_debt"),
    ],
)
def test_review2_a_closing_needs_a_stage_word_used_as_a_stage(verb, obj, round_):
    # 1a: 'seed'/'angel' as a stage and 'venture' as venture money, not a plant or a joint venture
    decision = explain_funding(f"Quillory Bio {verb} the completion of {obj}")
    if round_ is False:
        assert decision is None or decision.confidence < DRAFT
    else:
        assert (decision.round.company, decision.round.round) == ("Quillory Bio", round_)
        assert decision.confidence >= DRAFT


# Final review of the merged round (rev3): the press-release closing of a financing is a round again (round 7
# drafted it; the second fixes had refused it), while corporate, project and securities finance is not.
@pytest.mark.parametrize("verb", ["reported", "announced"])
@pytest.mark.parametrize(
    "obj",
    [
        "its $40 million financing",
        "an oversubscribed $35 million financing led by Corvane Bio Partners",
        "a $25 million crossover financing",
        "a $20 million growth equity investment from Summit Lane",
        "a $15 million strategic investment from Brontide Corp",
        "its $15 million seed round for warehouse automation",
        "a $30 million venture debt facility from Hercules",
        "a $12 million financing led by Project Q Ventures",
    ],
)
def test_review3_a_closing_of_a_financing_is_a_round(verb, obj):
    decision = explain_funding(f"Quillory Therapeutics {verb} the closing of {obj}")
    assert decision is not None and decision.round.company == "Quillory Therapeutics" and decision.confidence >= DRAFT


@pytest.mark.parametrize("verb", ["reported", "announced"])
@pytest.mark.parametrize(
    "obj",
    [
        "its $75 million offering of Series A preferred stock",
        "its $50 million Series C preferred stock offering",
        "the $30 million sale of its second-round draft pick",
        "a C$3 million round of flow-through financing",
        "its $6 million first round of drilling",
        "the $1 billion financing for its acquisition of Brontide",
        "its $150 million inventory financing facility",
        "$250 million in equity financing from its parent",
    ],
)
def test_review3_a_closing_of_securities_or_corporate_finance_is_no_round(verb, obj):
    decision = explain_funding(f"Quillory Holdings {verb} the closing of {obj}")
    assert decision is None or decision.confidence < DRAFT


@pytest.mark.parametrize("name", ["Bridge", "Angel"])
def test_review3_a_startup_called_bridge_or_angel_is_a_company(name):
    decision = explain_funding(f"{name} raises $20M Series A to modernize mortgages")
    assert decision is not None and decision.round.company == name and decision.confidence >= DRAFT


def test_review3_leading_a_round_for_a_network_is_no_company():
    decision = explain_funding("Leading a $5M round for Women Founders Network")
    assert decision is None or decision.confidence < DRAFT
