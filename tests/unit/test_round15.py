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


def _answer(text: str) -> tuple[str, str, str] | None:
    decision = explain_appointment(text)
    if decision is None:
        return None
    found = decision.appointment
    return found.person, found.title, found.company


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
