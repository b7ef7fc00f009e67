"""Round 15: shapes left open at the end of round 14, each made general and pinned with near misses.

Appointments:
- a title-cased headline's first act before the hire ("Acme Expands Into Texas, Names Jane Roe Regional Director"):
  the employer is the subject before that act's verb; before, the whole clause was drafted as the company. A first act
  the golden file refuses (results, a launch, an acquisition) keeps the headline refused;
- the parent named in an appositive ("Acme Media, part of Globex Group, has named ..."), a country and a dash before
  the sentence ("India - Acme Media ..."), a time phrase after the scene ("In Europe, this week the ... announced");
- others answering an organisation's announcement ("Charities have responded to Acme's announcement that ...");
- "joins Acme's biggest rival Globex": a rival, competitor, subsidiary or affiliate named after a possessive is the
  employer;
- a hire named in full in one sentence and given the post by surname in the next ("... recruited Initech creative
  partner Jane Roe to run its studio. Roe joins Globex as executive creative director."); a partnership at the firm
  named before it, with "to run ..." after the name, is the hire's old post, no answer.

Funding:
- an investor's "led a ... round for Bangkok-based fintech startup Acme": the company after its description (before,
  "Bangkok-based" was the company);
- "the private equity unit of UOB" names an investor, not a private-equity round: the Series A stays.
"""

from __future__ import annotations

import pytest

from signals.extract.funding import extract_funding
from signals.extract.job_change import explain_appointment
from signals.extract.roles import classify_title
from tests.conftest import appointment_triple as _answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Expands Into Texas, Names Jane Roe Regional Director", ("Jane Roe", "Regional Director", "Acme")),
        ("Acme Opens Austin Office, Appoints Jane Roe Regional Director", ("Jane Roe", "Regional Director", "Acme")),
        ("Globex Strengthens Leadership Team, Appoints John Smith CFO", ("John Smith", "CFO", "Globex")),
        ("Initech opens new office in Leeds, hires Jane Roe as head of sales", ("Jane Roe", "head of sales", "Initech")),
    ],
)
def test_a_first_act_before_the_hire_is_no_part_of_the_employer(text: str, expected: tuple[str, str, str]) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the golden file's convention: results, launches and acquisitions in the main clause are no appointment news
        "Acme Reports Record Revenue, Appoints Jane Doe CFO",
        "Acme Acquires Globex Labs, Appoints Jane Roe Chief Revenue Officer",
        "Acme Launches AI Copilot, Names Jane Roe Product Lead",
    ],
)
def test_a_refused_first_act_keeps_the_headline_refused(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Media, part of Globex Group, has named Jane Roe as its new vice president, strengthening its leadership team.",
         ("Jane Roe", "vice president", "Acme Media")),
        ("India \u2013 Acme Media, part of Globex Group, has named Jane Roe as its new vice president.",
         ("Jane Roe", "vice president", "Acme Media")),
        ("In Europe, this week the Acme Tourism Authority announced the appointment of Jane Roe as its sales executive.",
         ("Jane Roe", "sales executive", "Acme Tourism Authority")),
        ("Charities have responded to Acme's announcement that Jane Roe has been promoted to chief executive.",
         ("Jane Roe", "chief executive", "Acme")),
        ("Jane Roe joins Acme's biggest rival Globex as chief revenue officer", ("Jane Roe", "chief revenue officer", "Globex")),
        ("Jane Roe joins Acme subsidiary Globex as CFO", ("Jane Roe", "CFO", "Globex")),
    ],
)
def test_wrappers_around_the_employer(text: str, expected: tuple[str, str, str]) -> None:
    assert _answer(text) == expected


def test_a_company_and_a_dash_is_no_country_dateline() -> None:
    # only a country or region before the dash is stripped; a company there is the subject of nothing here
    assert _answer("Acme \u2013 Jane Roe appointed CEO") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Globex has recruited Initech creative partner Jane Roe to run its studio. Roe joins Globex Sydney as executive "
         "creative director.", ("Jane Roe", "executive creative director", "Globex Sydney")),
        ("Globex poached Jane Roe from Initech last month. Roe joins Globex as chief revenue officer.",
         ("Jane Roe", "chief revenue officer", "Globex")),
    ],
)
def test_a_later_sentence_gives_the_post_by_surname(text: str, expected: tuple[str, str, str]) -> None:
    assert _answer(text) == expected
    decision = explain_appointment(text)
    assert decision is not None and decision.confidence <= 0.9


@pytest.mark.parametrize(
    "text",
    [
        # the partnership is at the firm named before it, and no sentence gives the new post
        "Globex has recruited Initech creative partner Jane Roe to run its studio.",
        # the surname in the second sentence is someone else's
        "Globex has recruited Initech creative partner Jane Roe to run its studio. Smith joins Globex as executive creative "
        "director.",
    ],
)
def test_an_old_partnership_is_no_new_post(text: str) -> None:
    assert _answer(text) is None


def test_a_lateral_partner_hire_stays_a_partner() -> None:
    assert _answer("Globex hires Initech partner Jane Roe") == ("Jane Roe", "partner", "Globex")


@pytest.mark.parametrize(
    "text",
    [
        "Globex Ventures has led a $12 million Series A funding round for Bangkok-based fintech startup Acme.",
        "Globex Ventures led a $12 million Series A round for Berlin-based Acme.",
        "Globex Ventures led a $12 million Series A round for fintech startup Acme.",
    ],
)
def test_an_investors_round_for_a_described_company(text: str) -> None:
    found = extract_funding(text)
    assert found is not None
    assert (found.company, found.round, found.amount, found.currency) == ("Acme", "series_a", 12_000_000, "USD")


def test_a_private_equity_unit_is_an_investor_not_the_round() -> None:
    found = extract_funding("Globex Ventures, the private equity unit of Globex Bank, has co-led a US$12 million Series A "
                            "funding round for Bangkok-based fintech startup Acme.")
    assert found is not None and found.round == "series_a" and found.company == "Acme"
    assert extract_funding("Globex Ventures co-leads US$12m Series A investment in Thai fintech") is None


# --- the round's news batch (n15): shapes its misses and wrong answers showed, made general -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sequence word is an opener only with its comma: "First Milk" keeps its first word (before: "Milk", drafted)
        ("Jane Roe has been appointed as the new chief executive of First Direct.", ("Jane Roe", "chief executive", "First Direct")),
        ("First, in January, Globex Retail hired Jane Roe as CFO.", ("Jane Roe", "CFO", "Globex Retail")),
        # a rubric before a colon is read past; the sentence after it is the move (before: the rubric was in the company)
        ("Premier League 2023/24: Acme United appoint John Smith as manager", ("John Smith", "manager", "Acme United")),
        ("NEW YORK: Omnicom has named Jane Roe CFO", ("Jane Roe", "CFO", "Omnicom")),
        # a team's plural verb before a coaching post needs no "as"
        ("Bulls name Jane Roe new head coach: 'I love this roster'", ("Jane Roe", "head coach", "Bulls")),
        ("Bulls hire Jane Roe as head coach", ("Jane Roe", "head coach", "Bulls")),
        # an agreement to take the post; the hire in front of the employer's clause
        ("The Hawks have reached an agreement with Jane Roe to be their head coach, the team announced Friday night.",
         ("Jane Roe", "head coach", "Hawks")),
        ("With the appointment of Jane Roe as CFO, Acme has completed its leadership team.", ("Jane Roe", "CFO", "Acme")),
    ],
)
def test_news_batch_shapes(text: str, expected: tuple[str, str, str]) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two bodies joined by "and": the name's own "of" is not where the title ends (before: company "Commerce", drafted)
        "Jane Roe has been announced as the next chief executive of Acme Central and the Wellington Chamber of Commerce.",
        # a plural subject that is no team, before a post that is no coach's
        "Republicans hire Jane Roe as campaign manager",
        "Fans name Jane Roe player of the year",
        # an agreement with a firm is no hire
        "Acme has reached an agreement with Globex to be its distributor.",
    ],
)
def test_news_batch_near_misses(text: str) -> None:
    assert _answer(text) is None


def test_an_organisations_own_of_stays_in_its_name() -> None:
    assert _answer("Jane Roe has been named president of the Wellington Chamber of Commerce.") == (
        "Jane Roe", "president", "Wellington Chamber of Commerce")
    assert _answer("Jane Roe named head of sales at Bank of America") == ("Jane Roe", "head of sales", "Bank of America")


@pytest.mark.parametrize(
    "text",
    [
        "San Jose, Calif-based network threat detection and response firm Acme has closed a $100 million Series E funding round.",
        "Austin, Texas-based Acme has closed a $100 million Series E funding round.",
    ],
)
def test_a_city_before_its_states_based_is_no_company(text: str) -> None:
    # before: "San Jose" was drafted as the company
    found = extract_funding(text)
    assert found is not None and found.company == "Acme" and found.round == "series_e"


def test_funding_as_the_subject_of_a_described_company() -> None:
    found = extract_funding("Funding boosts local AI company\nVictoria-based startup Acme has secured $200,000 USD in pre-seed "
                            "funding led by Globex Ventures.")
    assert found is not None and (found.company, found.round, found.amount) == ("Acme", "pre_seed", 200_000)
    # the money's object is no company, and the summary names no round of one
    assert extract_funding("Funding boosts local economy\nThe city said Acme Corp has secured $200,000 in grants.") is None


# --- the round's titles batch (t15) -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "function", "seniority"),
    [
        ("Analista Sr de CX · Reclame Aqui", "customer_success", "ic"),
        ("Analista de Branding · UX Pl", "marketing", "ic"),
        ("Especialista em Relacionamento Digital Sênior", "customer_success", "ic"),
        ("Analista de Backoffice", "operations", "ic"),
        ("Globex.ai - Global Customs Specialist", "operations", "ic"),
        ("Build your career in Transfer Pricing - Aarhus", "finance", "ic"),
        ("Money Laundering Reporting Officer", "other", "ic"),
        ("YouTube Channel Manager Strategist - Freelance (H/F)", "marketing", "ic"),
        ("Member of the Board of Management, Marketing and Sales", "marketing", "c_level"),
        ("Executive Board Member, Global Human Resources", "people", "c_level"),
        ("Vorstand Vertrieb (m/w/d)", "sales", "c_level"),
    ],
)
def test_titles_batch_shapes(title: str, function: str, seniority: str) -> None:
    found = classify_title(title)
    assert (found.function, found.seniority) == (function, seniority)


@pytest.mark.parametrize(
    ("title", "function", "seniority"),
    [
        # a board's assistant is no board member
        ("Assistenz des Vorstands (m/w/d)", "operations", "ic"),
        # a channel manager still sells through partners; a named team beside a back office keeps the team
        ("Channel Manager EMEA", "sales", "ic"),
        ("Back Office Comercial - Empresa Energías Renovables", "sales", "ic"),
        # a domain names the employer only as the first part
        ("Software Engineer - acme.io", "engineering", "ic"),
    ],
)
def test_titles_batch_near_misses(title: str, function: str, seniority: str) -> None:
    found = classify_title(title)
    assert (found.function, found.seniority) == (function, seniority)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two titles joined by a slash, as US releases write them
        ("Acme names Jane Roe President/CEO", ("Jane Roe", "President/CEO", "Acme")),
        ("Acme has appointed Jane Roe as president/CEO.", ("Jane Roe", "president/CEO", "Acme")),
        ("Acme Appoints Jane Roe EVP/CFO", ("Jane Roe", "EVP/CFO", "Acme")),
        # the successor named in an inverted sentence after the departure
        ("Game engine company Acme Technologies today announced that its CEO and founder, John Doe, has stepped down from his "
         "role as chief executive. Taking over for him is former Globex CEO Jane Roe, who left Globex in May.",
         ("Jane Roe", "chief executive", "Acme Technologies")),
        ("Acme today announced that its chief executive, John Doe, has stepped down. Replacing him is Jane Roe, the company's "
         "finance chief.", ("Jane Roe", "chief executive", "Acme")),
    ],
)
def test_slash_titles_and_inverted_successors(text: str, expected: tuple[str, str, str]) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no person takes over
        "Acme today announced that its CEO, John Doe, has stepped down. Taking over for him is the board.",
        # no departure before the inverted sentence
        "Acme today announced record sales. Taking over for him is Jane Roe.",
    ],
)
def test_an_inverted_successor_needs_a_departure_and_a_person(text: str) -> None:
    assert _answer(text) is None
