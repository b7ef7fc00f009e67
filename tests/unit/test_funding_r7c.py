"""Round 7 (third funding shift): recall on the most common real shapes of headline + summary items, each
shape pinned with made-up sentences and a made-up negative that must stay refused. Every sentence here is
made up."""

import pytest

from signals.extract.funding import explain_funding, extract_funding
from tests.conftest import funding_answer as _answer

# these pin the rules; the learned fallback has its own tests
pytestmark = pytest.mark.usefixtures("rules_only")

DRAFT = 0.6


@pytest.mark.parametrize(
    ("text", "company", "round_", "amount"),
    [
        (
            "Fintech startup Tallowby turns receipts into ledgers. See the deck that won it $3 million.\n"
            "Fintech startup Tallowby Pay has raised $3 million in seed funding to build its ledger.",
            "Tallowby Pay",
            "seed",
            3_000_000,
        ),
        (
            "Quorbit wants to fix freight billing\n"
            "Logistics software company Quorbit Systems has secured $12 million in a Series A led by Northgate Capital.",
            "Quorbit Systems",
            "series_a",
            12_000_000,
        ),
        (
            "Marrowby maps every cold store in Kenya\n"
            "Agritech startup Marrowby Labs raised $4.5 million in a round led by Savanna Fund.",
            "Marrowby Labs",
            None,
            4_500_000,
        ),
    ],
)
def test_a_summary_company_that_extends_the_headline_name(text, company, round_, amount):
    decision = _answer(text)
    assert decision.round.company == company
    assert decision.round.round == round_
    assert decision.round.amount == amount
    assert "the headline's" in decision.explanation
    if "$" in text.split("\n", 1)[0]:
        assert decision.confidence >= DRAFT
    else:
        # the headline tells no round: "Mistral releases a model" + "AI startup Mistral Labs has raised ..." may be
        # another company (a review of round 7), so the longer name is recorded for review, not drafted
        assert decision.confidence < DRAFT and "recorded for review" in decision.explanation


@pytest.mark.parametrize(
    "text",
    [
        # a rival, a former or a parent company is another company than the headline's
        "Tallowby hires a new CFO\nRival startup Tallowby Labs has raised $5 million in seed funding.",
        "Tallowby hires a new CFO\nFormer startup Tallowby Labs has raised $5 million in seed funding.",
        # no description: the longer name may be anyone's
        "Tallowby hires a new CFO\nTallowby Labs has raised $5 million in seed funding.",
        # the headline names a different longer name
        "Tallowby Pay hires a new CFO\nFintech startup Tallowby Labs has raised $5 million in seed funding.",
        # an investment firm's fund is no round
        "Tallowby shuts its Berlin office\nInvestment firm Tallowby Capital has raised $500 million for its third fund.",
    ],
)
def test_a_longer_name_that_is_not_the_headline_company_is_no_round(text):
    assert extract_funding(text) is None


def test_a_longer_name_raise_in_a_past_year_is_only_recorded_for_review():
    decision = _answer("Tallowby wants to fix freight billing\nLogistics startup Tallowby Systems raised $12 million in 2019.")
    assert decision.confidence < DRAFT


@pytest.mark.parametrize(
    "text",
    [
        "Quorbit Bio secured €3m from the regional development agency in the form of grants.",
        "Marrowfield received £2 million in the form of non-dilutive grants from a national innovation agency.",
        "Tallowby secured €5m from a regional investment group in the form of loans and subsidies.",
    ],
)
def test_money_in_the_form_of_grants_or_subsidies_is_no_round(text):
    assert extract_funding(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "On top of the capital raise, Tallowby also secured €5m from a regional investment group.",
        "In addition to the Series A, Halvex also received £2 million in venture debt from Northgate Bank.",
        "Alongside its seed round, Quorbit also landed $1 million from angel investors.",
    ],
)
def test_money_beside_a_round_told_elsewhere_is_no_round(text):
    assert extract_funding(text) is None


@pytest.mark.parametrize(
    ("text", "round_"),
    [
        # convertible notes or venture debt are still a round; a grant in a later sentence does not sink it
        ("Halvex raises €10m in the form of convertible notes from Northgate Capital.", None),
        ("Halvex raises €10m Series A led by Northgate Capital. It also won grants in the form of subsidies last year.", "series_a"),
        # an opening that is no round ("In addition to its product launch") does not make the raise extra money
        ("In addition to its product launch, Halvex also raised $5 million in seed funding from Northgate Capital.", "seed"),
    ],
)
def test_a_round_near_grant_or_beside_words_still_reads(text, round_):
    decision = _answer(text)
    assert decision.round.company == "Halvex"
    assert decision.round.round == round_
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # a kicker tag in braces, like one in brackets, is no part of the name
        ("{Funding Alert} Tallowby raises $4.5 Mn in pre-Series A led by Northgate Capital", "Tallowby"),
        ("{Exclusive} Marrowby Labs raises Rs 30 Cr from Savanna Fund", "Marrowby Labs"),
        # "once again" / "yet again" is an adverb, not a "once" clause
        ("Quorbit Mobility once again raises Rs 50 Cr from Northgate Capital", "Quorbit Mobility"),
        ("Halvex yet again raises $8 Mn from existing investors", "Halvex"),
        # a business-type acronym that ends a lower-case description is no part of the name
        ("specialty tea QSR Copper Kettle Cafe raises Rs 120 Cr", "Copper Kettle Cafe"),
        ("gold loan NBFC Ruby Finserv raises Rs 75 Cr from Northgate Capital", "Ruby Finserv"),
        # a title-case verb ends the name when the clause runs to a comma before the raise
        ("Quorbit Launches Freight Cloud, raises Rs 40 Cr", "Quorbit"),
        ("Halvex Expands To Dubai, Secures $6 Mn Series A", "Halvex"),
    ],
)
def test_common_feed_headline_shapes_read_the_name(text, company):
    decision = _answer(text)
    assert decision.round.company == company
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # an acronym that opens the name itself (no lower-case description before it) stays
        ("BBX Robotics raises $12 Mn in Series A", "BBX Robotics"),
        ("Payments firm CRM Cargo Pay raises $5 Mn", "CRM Cargo Pay"),
        # a verb-like word inside a name with no comma after it stays
        ("Acme Launches Capital raises $10 Mn seed round", None),
        # the company a round is "in" is still read
        ("Northgate Capital leads Rs 22 Cr round in Quorbit", "Quorbit"),
    ],
)
def test_names_that_only_look_like_those_shapes_stay_whole(text, company):
    decision = explain_funding(text)
    if company is None:
        assert decision is None or "Launches" in decision.round.company or decision.round.company == "Acme"
    else:
        assert decision is not None and decision.round.company == company


@pytest.mark.parametrize(
    "text",
    [
        # a person introduced by a working life raises for a venture the headline does not name
        "Former Acme India boss Ravi Mehta raises pre-seed from Northgate Capital",
        "Ex-Google engineer Priya Sharma raises $2 Mn for her next startup",
        # a date or a place is no company
        "Between August 31 and September 05, startups raised $291 Mn",
        "How a 20-year-old from Jammu raised $4.3 million",
        "At 19, a student from Pune raised Rs 2 Cr",
    ],
)
def test_a_person_a_date_or_a_place_is_no_company(text):
    assert extract_funding(text) is None


def test_a_founder_naming_the_company_still_reads_the_company():
    decision = _answer("Acme founder Ravi Mehta's new startup Quorbit raises $3 Mn seed round")
    assert decision.round.company == "Quorbit"


@pytest.mark.parametrize(
    ("text", "company", "round_", "amount"),
    [
        ("Tallowby kicks off Series C with $14.3 Mn from existing investors", "Tallowby", "series_c", 14_300_000),
        ("Quorbit kicks off its Series B with $20 Mn led by Northgate Capital", "Quorbit", "series_b", 20_000_000),
    ],
)
def test_a_company_kicking_off_a_named_round_with_money(text, company, round_, amount):
    decision = _answer(text)
    assert (decision.round.company, decision.round.round, decision.round.amount) == (company, round_, amount)
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize(
    "text",
    [
        "Quorbit kicks off its fiscal year with $14 Mn in revenue",
        "Halvex kicks off hiring drive with 200 roles",
        "Quorbit kicks off search for Series C investors",
    ],
)
def test_kicking_off_something_else_is_no_round(text):
    assert extract_funding(text) is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Exclusive: Tallowby’s Indian entity raises Rs 45 Cr from Savanna Fund", "Tallowby"),
        ("[Update] Quorbit's European arm secures €8 Mn Series A", "Quorbit"),
    ],
)
def test_a_startups_country_entity_is_the_startup(text, company):
    decision = _answer(text)
    assert decision.round.company == company
    assert decision.confidence >= DRAFT


@pytest.mark.parametrize(
    "text",
    [
        # a parent or a product unit is another company than the one named
        "Halvex's parent raises $100 Mn",
        "Halvex's EV unit raises $200 Mn from Northgate Capital",
    ],
)
def test_a_parent_or_a_product_unit_is_not_the_named_company(text):
    decision = explain_funding(text)
    assert decision is None or decision.round.company != "Halvex"


@pytest.mark.parametrize(
    "text",
    [
        "Quorbit Corporation of India raises Rs 167 Cr from a provident fund",
        "Halvex Authority of India secures Rs 500 Cr",
    ],
)
def test_a_state_body_named_of_a_country_is_no_round(text):
    assert extract_funding(text) is None


def test_a_startup_with_india_in_its_name_still_reads():
    decision = _answer("Quorbit India raises Rs 40 Cr in Series A led by Northgate Capital")
    assert decision.round.company == "Quorbit India"


# Review of round 7's third shift (made-up sentences): a country arm funded by its parent or by debt, a debt raise
# "kicked off", and a name word read as a verb give no drafted round.
@pytest.mark.parametrize(
    "text",
    [
        "Quorvane's Indian arm receives Rs 2,000 Cr from parent",
        "Quorvane's Indian unit gets Rs 1,000 crore infusion from Singapore parent",
        "Quorvane's Indian arm raises Rs 5,000 Cr in debt",
        "Quorvane kicks off Rs 20,000 Cr debt raise via bonds",
        "Quorvane Group kicks off funding round of $1 billion for Quorvane Electronics",
    ],
)
def test_review_parent_money_debt_and_started_raises_are_no_round(text):
    assert extract_funding(text) is None


def test_review_name_words_are_not_verbs():
    assert extract_funding("Big Hits Studios, raises $4M from Accel").company == "Big Hits Studios"
    assert extract_funding("Blue Bets Media Group, raises Rs 10 Cr").company == "Blue Bets Media Group"
