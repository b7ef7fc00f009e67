"""Round 9 (r9-f9): shapes from fresh Indian, Chinese, Korean and European startup press, each pinned with made-up
sentences and made-up negatives that must stay refused. Every sentence here is made up."""

import pytest

from signals.extract.funding import explain_funding
from tests.conftest import funding_answer as _answer
from tests.conftest import funding_facts as _facts

# these pin the rules; the learned fallback has its own tests
pytestmark = pytest.mark.usefixtures("rules_only")

DRAFT = 0.6
REVIEW = 0.55


# ---- precision: money that is no round for the company read ----


@pytest.mark.parametrize(
    "text",
    [
        "Berlin leads Europe in climate funding with €900M in 2Q25",
        "Lagos tops African fintech funding with $310M in Q3",
        "Nairobi leads the region in startup funding with $120M in H1 2025",
    ],
)
def test_a_quarter_or_half_year_is_never_the_company(text):
    decision = explain_funding(text)
    assert decision is None or decision.round.company.lower() not in {"2q25", "q3", "h1 2025", "h1"}


def test_a_name_with_a_quarter_like_word_is_still_a_company():
    assert _facts("Q4 Labs raises $5M seed round")[0] == "Q4 Labs"


@pytest.mark.parametrize(
    "text",
    [
        "In the food sector, Marlow Foods and Teskey will each set up venture funds worth 30 billion won to invest in startups.",
        "Two banks launched seed funds worth $50 million for local founders.",
    ],
)
def test_funds_after_a_lower_case_word_is_a_noun_not_the_verb(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Sequoia funds Brindle with $4M seed", "Brindle"),
        ("Accel quietly funds Brindle with $4M seed", "Brindle"),
    ],
)
def test_funds_as_an_investors_verb_still_names_the_company(text, company):
    assert _facts(text)[0] == company


@pytest.mark.parametrize(
    "text",
    [
        "Search giant Orvex is reportedly leading a new funding round of about $90 million in robotics startup Tarnwell.",
        "Two sovereign funds are reportedly backing a $200 million round in Quillory.",
    ],
)
def test_a_hedged_progressive_investor_is_a_rumour(text):
    assert explain_funding(text) is None


def test_an_investor_leading_a_round_without_a_hedge_still_counts():
    decision = _answer("Index Ventures leads $20M Series A in Quillory")
    assert decision.round.company == "Quillory"


# ---- round names ----


@pytest.mark.parametrize("text", [
    "Pelloway secured $12 million in its Angel+ round financing.",
    "Pelloway raised 8 million yuan in an angel++ round, led by Marlow Capital.",
])
def test_an_angel_plus_round_is_pre_seed(text):
    assert _facts(text)[1] == "pre_seed"


def test_an_equity_and_debt_round_is_no_venture_debt():
    assert _facts("Deep-tech startup Ferrowind has raised US$5 million in a mixed equity-and-debt round led by Kestrel VC.") == (
        "Ferrowind", None, 5_000_000, "USD")


def test_venture_debt_alone_stays_venture_debt():
    assert _facts("Ferrowind has raised $5 million in venture debt from Kestrel Bank.")[1] == "venture_debt"


# ---- verbs ----


def test_managed_to_raise_is_a_done_raise():
    decision = _answer("Quillory, an edtech company based in Pune, managed to raise US$40 million in funding.")
    assert decision.round.company == "Quillory"
    assert decision.round.amount == 40_000_000
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize("text", [
    "Quillory hopes to raise US$40 million in funding.",
    "Quillory plans to raise US$40 million in funding next year.",
])
def test_a_raise_still_to_come_is_no_round(text):
    assert explain_funding(text) is None


def test_said_it_brought_in_is_a_raise():
    assert _facts("On March 3, Tarnwell said it brought in $60 million at a valuation of $1 billion.") == (
        "Tarnwell", None, 60_000_000, "USD")


def test_brought_in_revenue_is_no_round():
    assert explain_funding("Tarnwell said it brought in $60 million in revenue last year.") is None


def test_a_deal_of_money_in_a_funding_round():
    assert _facts("Skyrill, based in Hangzhou, closed a deal of US$30 million in a funding round led by Marlow Capital.") == (
        "Skyrill", None, 30_000_000, "USD")


def test_a_deal_of_money_for_a_purchase_is_no_round():
    assert explain_funding("Skyrill closed a deal of US$30 million to acquire Brindle.") is None


def test_a_weekday_between_the_name_and_said():
    assert _facts("Used-phone marketplace Pelloway on Tuesday said it raised $15 million from Marlow Partners.")[:3] == (
        "Pelloway", None, 15_000_000)


def test_a_short_relative_clause_without_a_comma():
    assert _facts("Another name in hardware, Shenzhen-based Kestrel Robotics that builds delivery robots raised US$20 million.")[0] == (
        "Kestrel Robotics")


def test_a_relative_clause_with_no_name_is_no_round():
    assert explain_funding("A startup that builds delivery robots raised US$20 million.") is None


# ---- investor-led ----


@pytest.mark.parametrize(
    ("text", "company", "round_"),
    [
        ("Orvex Group led the investment in Tarnwell to complete a 200 million yuan Series B financing.", "Tarnwell", "series_b"),
        ("Marlow Capital has led a first round investment in delivery startup Quillory, with participation from Teskey Ventures.",
         "Quillory", None),
        ("Kestrel led a US$ 9.5 million funding round for Brindle.", "Brindle", None),
    ],
)
def test_investor_led_the_investment_in(text, company, round_):
    decision = _answer(text)
    assert decision.round.company == company
    assert decision.round.round == round_


def test_a_relative_clause_investor_is_background():
    assert explain_funding("Peter Orvex, who led the investment in Tarnwell, now runs a fund of $50 million.") is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Kestrel led a US$ 12 million funding round for a maker of farm drones, Skyrill Robotics.", "Skyrill Robotics"),
        ("Orvex Capital led a USD 90 million Series C funding round for Kenya's biggest logistics app\u2014Tarnwell.", "Tarnwell"),
    ],
)
def test_a_company_named_after_its_description_is_recorded_for_review(text, company):
    decision = _answer(text)
    assert decision.round.company == company
    assert decision.confidence == REVIEW


def test_a_description_ending_in_a_plain_phrase_names_no_company():
    decision = explain_funding("Kestrel led a US$ 12 million funding round for a maker of farm drones, the firm said.")
    assert decision is None or decision.round.company not in {"the firm", "the firm said"}


# ---- list lines ----


def test_the_largest_deal_was_a_companys_round():
    assert _facts("The largest deal was fintech startup Pelloway's $18 million Series B round led by Marlow Capital.") == (
        "Pelloway", "series_b", 18_000_000, "USD")


@pytest.mark.parametrize(
    ("text", "company", "round_", "amount", "currency"),
    [
        ("Tarnwell: £12.5M Series A for AI-powered shelf scanning", "Tarnwell", "series_a", 12_500_000, "GBP"),
        ("Skyrill Bio: $40M Series B to start phase 2 trials", "Skyrill Bio", "series_b", 40_000_000, "USD"),
    ],
)
def test_a_colon_list_line_is_recorded_for_review(text, company, round_, amount, currency):
    decision = _answer(text)
    assert (decision.round.company, decision.round.round, decision.round.amount, decision.round.currency) == (
        company, round_, amount, currency)
    assert decision.confidence == REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Update: $3M seed for the Lagos hub",
        "Exclusive: $40M Series B for a payments startup",
        "Q3 2025: $40M Series B for robotics",
        "Sequoia Capital: $40M Series B for a payments startup",
    ],
)
def test_a_colon_line_headed_by_a_rubric_or_investor_is_no_round(text):
    decision = explain_funding(text)
    assert decision is None or decision.confidence < DRAFT and decision.round.company not in {
        "Update", "Exclusive", "Q3 2025", "Sequoia Capital"}


# ---- second pass on the batch ----


@pytest.mark.parametrize("text", [
    "Tarnwell announced the completion of a multi-million-yuan Seed+ round financing.",
    "Tarnwell raised a multi-million-dollar seed round.",
])
def test_an_unnamed_size_before_the_round_is_no_amount(text):
    assert _facts(text) == ("Tarnwell", "seed", None, None)


@pytest.mark.parametrize("text", [
    "Pelloway said in a statement on Friday that it has drawn a new investment from Marlow Networks and others.",
    "Pelloway said it has attracted a new investment from Marlow Networks.",
])
def test_said_it_has_drawn_an_investment(text):
    decision = _answer(text)
    assert decision.round.company == "Pelloway"
    assert decision.round.amount is None


@pytest.mark.parametrize("text", [
    "Pelloway said it has attracted 2 million users.",
    "Pelloway said it has attracted new customers in Busan.",
])
def test_said_it_has_attracted_something_else_is_no_round(text):
    assert explain_funding(text) is None


def test_a_private_equity_firm_describes_an_investor_not_the_round():
    facts = _facts("Quillory has raised $30 million from Teskey Partners, a private equity firm that invests in Asia.")
    assert facts[0] == "Quillory" and facts[1] is None


def test_a_private_equity_round_stays_one():
    assert _facts("Quillory raises $30 million in private equity funding")[1] == "private_equity"


def test_this_weeks_top_recipient_which_secured():
    decision = _answer("This week's top financing recipient is Tarnwell Group, Kenya's leading logistics start-up, "
                       "which secured USD 60 million in a Series C round led by Marlow Capital.")
    assert decision.round.company == "Tarnwell Group"
    assert decision.round.round == "series_c"


def test_this_week_commentary_without_a_presented_raise_is_no_round():
    assert explain_funding("This week in fintech: why Tarnwell Group's $60 million matters") is None


# ---- batch 2 (scored with batch 1's rules first) ----


@pytest.mark.parametrize(
    ("text", "company", "round_"),
    [
        ("Tarnwell Systems emerged as the week's biggest gainer, raising $30 million in a Series B round led by Marlow Fund.",
         "Tarnwell Systems", "series_b"),
        ("Healthtech firm Pelloway emerged as the top recipient, raising Rs 500 crore in a debt round from Teskey Capital.",
         "Pelloway", "venture_debt"),
    ],
)
def test_emerged_as_the_top_recipient_raising(text, company, round_):
    decision = _answer(text)
    assert decision.round.company == company
    assert decision.round.round == round_


@pytest.mark.parametrize(
    "text",
    [
        "Tarnwell Systems emerged as the week's biggest gainer, raising its share price by 30%.",
        "Pelloway emerged as the top recipient of complaints, raising $2 million in fines for regulators.",
    ],
)
def test_emerged_as_without_a_round_is_no_round(text):
    assert explain_funding(text) is None


def test_rounded_out_the_list_with_a_round():
    assert _facts("Foodtech unicorn Quillory Foods rounded out the list with a $17 million debt round from Marlow Capital.") == (
        "Quillory Foods", "venture_debt", 17_000_000, "USD")


@pytest.mark.parametrize(
    ("text", "company", "amount", "currency"),
    [
        ("Leading the pack was Tarnwell Edge, a data centre company, which raised S$640 million in a Series D funding round.",
         "Tarnwell Edge", 640_000_000, "SGD"),
        ("This was followed by Skyrill Bio, a biotechnology firm, which secured HK$49 million in a Series A round.",
         "Skyrill Bio", 49_000_000, "HKD"),
    ],
)
def test_a_presented_raise_in_dollars_of_another_country(text, company, amount, currency):
    assert _facts(text)[0] == company
    assert _facts(text)[2:] == (amount, currency)


@pytest.mark.parametrize("opener", ["Additionally", "Meanwhile", "Separately", "In other news"])
def test_a_discourse_opener_before_a_described_company(opener):
    assert _facts(f"{opener}, fintech startup Pelloway completed a Series A round, raising $18.5 million.")[:2] == (
        "Pelloway", "series_a")


# ---- batch 3 (scored with batch 1 and 2's rules first) ----


@pytest.mark.parametrize(
    "text",
    [
        "Marlow Bio Founded Entity Tarnwell Therapeutics Closes $40 Million Oversubscribed Series A Financing Round",
        "Marlow Bio Portfolio Company Tarnwell Therapeutics Closes $40 Million Series A Financing",
    ],
)
def test_a_parents_label_in_front_of_the_name_is_no_part_of_it(text):
    assert _facts(text)[:2] == ("Tarnwell Therapeutics", "series_a")


# ---- batch 4 (scored with batch 1-3's rules first) ----


@pytest.mark.parametrize(
    "text",
    [
        "Prior to the latest round, Pelloway raised an undisclosed sum from Marlow Capital earlier in August 2020.",
        "Before this financing, Tarnwell had raised $4 million from angels.",
    ],
)
def test_a_raise_told_before_the_latest_round_is_background(text):
    assert explain_funding(text) is None


def test_a_round_that_comes_before_a_launch_is_still_a_round():
    assert _facts("Ahead of its launch, Pelloway raised $4 million in seed funding.")[:2] == ("Pelloway", "seed")


# ---- review rf9: money raised through an instrument that is no venture round, wherever the raise is read ----


@pytest.mark.parametrize(
    "text",
    [
        "Marlow Steel on Monday said it raised $2 billion through bonds",
        "Tarnwell Power on Thursday said it raised Rs 2,500 crore through non-convertible debentures",
        "Pelloway Ports on Tuesday said it raised $600 million via dollar bonds",
        "Marlow Finance raised Rs 1,000 crore by issuing commercial paper",
        "Tarnwell Foods on Friday said it raised Rs 6,000 crore through a qualified institutional placement",
        "Meanwhile, listed lender Pelloway raised Rs 1,500 crore through a QIP",
        "Separately, mining group Tarnwell raised $900 million through bonds",
        "Pelloway Motors on Friday said it raised $800 million in an external commercial borrowing",
        "Marlow Coal on Friday said it netted Rs 3,000 crore from an offer for sale",
        "Tarnwell on Monday said it raised $40 million in a rights issue",
        "Tarnwell said it brought in $30 million from its rights issue",
        "Pelloway raised Rs 900 crore through a follow-on public offer",
        "Marlow Cement raised Rs 500 crore via a preferential allotment to promoters",
        "Tarnwell on Monday said it raised $110 million through a share sale to institutional investors",
        "Pelloway raised Rs 150 crore by selling shares to employees",
        "Marlow Retail raised Rs 700 crore in a block deal",
        "Pelloway managed to raise $700 million through bonds",
        "Tarnwell said it netted $25 million from selling its stake in Marlow",
        "Marlow Steel gets money. Marlow Steel said it raised $2 billion through bonds.",
    ],
)
def test_money_raised_through_a_non_round_instrument_is_no_round(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tarnwell raises $2 million in convertible notes", ("Tarnwell", None, 2_000_000.0, "USD")),
        ("Pelloway raises $1.5M seed round via convertible notes", ("Pelloway", "seed", 1_500_000.0, "USD")),
        ("Bondwell, which lets savers buy bonds, raised $5 million led by Marlow Ventures",
         ("Bondwell", None, 5_000_000.0, "USD")),
        ("Tarnwell raised $20 million by selling a 10% stake to Marlow Ventures", ("Tarnwell", None, 20_000_000.0, "USD")),
        ("Pelloway raised $12 million by selling shares to Marlow Ventures and angels", ("Pelloway", None, 12_000_000.0, "USD")),
        ("Tarnwell on Monday said it raised $30 million in a Series B round", ("Tarnwell", "series_b", 30_000_000.0, "USD")),
    ],
)
def test_a_round_worded_like_an_instrument_raise_is_still_read(text, expected):
    assert _facts(text) == expected


# ---- review rf9: an investment for a plant or factory is capital spending ----


@pytest.mark.parametrize(
    "text",
    [
        "Pelloway said it has attracted a new investment of $1 billion for its India plant",
        "Tarnwell said it has attracted a new investment of $5 million from the state of Ohio for a factory",
        "Marlow secures $300 million investment for its new battery facility",
    ],
)
def test_an_investment_for_a_plant_is_capex_not_a_round(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Tarnwell secures $10 million investment for its AI platform",
        "Pelloway said it has attracted a new investment of $5 million from Marlow Ventures",
        "Battery startup Marlow raises $50 million Series B to build its first factory",
    ],
)
def test_an_investment_for_a_product_is_still_a_round(text):
    assert _facts(text)[0] in {"Tarnwell", "Pelloway", "Marlow"}


# ---- review rf9: a fund close told in a presented relative clause ----


def test_a_presented_raise_for_a_new_fund_is_a_fund_close():
    assert explain_funding("Leading the pack was Marlow Capital, which raised S$2 billion for its new fund") is None


def test_a_presented_raise_without_a_fund_is_still_a_round():
    assert _facts("Leading the pack was Tarnwell, a logistics firm, which raised S$40 million")[:1] == ("Tarnwell",)


# ---- review rf9: "round worth" gives the round's size, for every stage ----


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Robotics startup Tarnwell completes Angel+ round worth 50 million yuan", ("Tarnwell", "pre_seed", 50_000_000.0, "CNY")),
        ("Pelloway completes Series A round worth $10 million", ("Pelloway", "series_a", 10_000_000.0, "USD")),
        ("Marlow completes funding round worth Rs 50 crore", ("Marlow", None, 500_000_000.0, "INR")),
    ],
)
def test_round_worth_gives_the_rounds_size(text, expected):
    assert _facts(text) == expected


def test_worth_alone_is_still_a_valuation():
    assert _facts("Tarnwell, now worth $1 billion, raises $100 million Series C")[2] == 100_000_000.0
    assert explain_funding("Pelloway is now worth $1 billion after $100 million round") is None


# ---- review rf9b: a startup's round sold as shares, a rights issue, notes, or spent on a plant is still a round ----


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Courier startup Tarnwell raised $25 million via a share sale to Tiger Global", ("Tarnwell", None, 25_000_000.0, "USD")),
        ("Pelloway raised $40M through a share sale to existing investors in its Series C",
         ("Pelloway", "series_c", 40_000_000.0, "USD")),
        ("Snack brand Marlow raised Rs 60 crore in a rights issue led by Pelloway Ventures", ("Marlow", None, 600_000_000.0, "INR")),
        ("Tarnwell raises Rs 25 crore via preferential allotment to Marlow Capital", ("Tarnwell", None, 250_000_000.0, "INR")),
        ("Pelloway raises Rs 80 crore in rights issue from its existing backers", ("Pelloway", None, 800_000_000.0, "INR")),
        ("Marlow raised $3 million via notes from angel investors", ("Marlow", None, 3_000_000.0, "USD")),
        ("Insurtech startup Tarnwell raised $4 million in notes and equity", ("Tarnwell", None, 4_000_000.0, "USD")),
        ("Pelloway raised $6 million in Series A notes", ("Pelloway", "series_a", 6_000_000.0, "USD")),
    ],
)
def test_a_startups_share_sale_rights_issue_or_notes_with_a_venture_sign_is_a_round(text, expected):
    assert _facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Marlow Steel raised Rs 500 crore via a rights issue to its shareholders",
        "Pelloway Cement raised Rs 800 crore through a share sale to institutional investors",
        "Tarnwell Textiles raised Rs 300 crore via preferential allotment to Marlow Mutual Fund",
        "Marlow Energy raised $500 million through green bonds from Pelloway Capital",
        "Tarnwell Finance raised Rs 2,000 crore via a QIP led by Marlow Capital",
        "Pelloway Paper raised Rs 400 crore through NCDs in its biggest round of borrowing",
        "Robotics startup Marlow raised $6 million in notes ahead of its Series A",
        "Listed startup Tarnwell raised Rs 2,000 crore in a rights issue",
        "Pelloway Steel raised Rs 2,000 crore via preferential allotment led by its promoters",
        "Marlow Bank raised Rs 9,000 crore via a block deal led by Tarnwell Securities",
    ],
)
def test_a_listed_instrument_or_notes_before_a_round_stay_refused(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pelloway Ventures led a $15 million investment in Tarnwell for its first plant", ("Tarnwell", None, 15_000_000.0, "USD")),
        ("Sequoia led a $20 million investment in Tarnwell for its new factory", ("Tarnwell", None, 20_000_000.0, "USD")),
        ("Marlow secures €40M Series A investment for its pilot facility in Spain", ("Marlow", "series_a", 40_000_000.0, "EUR")),
        ("Tarnwell bags $12M investment from Accel for its project", ("Tarnwell", None, 12_000_000.0, "USD")),
        ("Pelloway raises $8M investment for its demonstration plant from Marlow", ("Pelloway", None, 8_000_000.0, "USD")),
        ("Marlow secures $10 million seed investment for its first facility", ("Marlow", "seed", 10_000_000.0, "USD")),
    ],
)
def test_a_venture_investment_spent_on_a_plant_is_a_round(text, expected):
    assert _facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Marlow Holdings received a $400 million investment for its new refinery from the state government",
        "Tarnwell Motors secures $300 million investment for its second factory",
        "Tarnwell Power raised $1.2 billion in project finance for its solar park",
        "Pelloway Infra raised Rs 3,000 crore in project financing for its highway projects",
        "Pelloway Capital, which raised $150 million for its second fund, backs fintech startups",
    ],
)
def test_capex_project_finance_and_a_fund_close_stay_refused(text):
    assert explain_funding(text) is None


def test_a_stage_beside_project_finance_keeps_the_round():
    assert _facts("Tarnwell raises $50M Series B and $100M in project finance for its first plant")[:2] == ("Tarnwell", "series_b")


# ---- review rf9c: startup debentures, more venture signs, a present-tense plant lead, the "-rival" prefix ----


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tarnwell raises Rs 80 crore in venture debt via debentures from Pelloway Capital",
         ("Tarnwell", "venture_debt", 800_000_000.0, "INR")),
        ("Marlow raises Rs 300 crore via compulsorily convertible debentures from Temasek",
         ("Marlow", None, 3_000_000_000.0, "INR")),
        ("Fintech startup Pelloway raises Rs 20 crore in debt via NCDs", ("Pelloway", "venture_debt", 200_000_000.0, "INR")),
        ("Logistics startup Tarnwell raises $8 million in convertible debentures from GIC", ("Tarnwell", None, 8_000_000.0, "USD")),
        # a venture-debt lender or growth investor named without "Capital" (round 9's final check)
        ("Marlow raises Rs 200 crore in debt from Alteria via NCDs", ("Marlow", "venture_debt", 2_000_000_000.0, "INR")),
        ("Tarnwell raises $30 million from DST Global via preferential allotment", ("Tarnwell", None, 30_000_000.0, "USD")),
    ],
)
def test_a_startups_debentures_with_a_venture_sign_are_a_round(text, expected):
    assert _facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pelloway Steel raises Rs 2,000 crore via NCDs",
        "Marlow Power raised Rs 1,500 crore through non-convertible debentures",
        "Tarnwell Finance raises Rs 500 crore via compulsorily convertible debentures",
        "Listed startup Tarnwell raised Rs 300 crore via debentures from Pelloway Capital",
        "Marlow Motors raises Rs 1,000 crore via bonds from Pelloway Capital",
        "Tarnwell Industries raises Rs 800 crore via a QIP led by Marlow Capital",
    ],
)
def test_debentures_without_a_venture_sign_and_listed_instruments_stay_refused(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fintech unicorn Tarnwell raises Rs 400 crore via rights issue", ("Tarnwell", None, 4_000_000_000.0, "INR")),
        ("Marlow raises Rs 250 crore from existing shareholders through rights issue", ("Marlow", None, 2_500_000_000.0, "INR")),
        ("Pelloway raises Rs 600 crore via rights issue from Tarnwell family office", ("Pelloway", None, 6_000_000_000.0, "INR")),
    ],
)
def test_unicorn_existing_shareholders_and_a_family_office_are_venture_signs(text, expected):
    assert _facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pelloway Steel raised Rs 2,000 crore through a rights issue to existing shareholders",
        "Marlow Cement raised Rs 200 crore by selling shares to existing shareholders",
        "Tarnwell Cables raises Rs 900 crore via preferential allotment to Marlow Global",
    ],
)
def test_a_listed_issue_to_existing_shareholders_or_a_global_buyer_stays_refused(text):
    assert explain_funding(text) is None


def test_a_present_tense_venture_lead_of_a_plant_investment_is_a_round():
    assert _facts("Pelloway Capital leads $15 million investment in Tarnwell for its first plant") == (
        "Tarnwell", None, 15_000_000.0, "USD")
    assert _facts("Marlow Ventures invests $9 million in Tarnwell for its new factory")[:1] == ("Tarnwell",)


def test_a_present_tense_non_venture_plant_investment_stays_capex():
    assert explain_funding("Tarnwell Motors secures $300 million investment for its second factory from Marlow Steel") is None


@pytest.mark.parametrize(
    "text, company",
    [
        ("Pelloway Capital led the investment in Marlow-rival Tarnwell, a $30 million growth round", "Tarnwell"),
        ("Marlow-rival Tarnwell raises $10 million Series A", "Tarnwell"),
    ],
)
def test_a_rival_prefix_is_no_part_of_the_name(text, company):
    assert _facts(text)[0] == company


def test_a_hyphenated_name_that_is_no_rival_prefix_stays_whole():
    assert _facts("Marlow-Tarnwell raises $10 million Series A")[0] == "Marlow-Tarnwell"
