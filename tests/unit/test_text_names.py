"""signals.text.names: the last net that holds a drafted answer for review when its company span reads
unlike an organisation's name. Every span and text here is made up; no dev or test row is quoted."""

from __future__ import annotations

import pytest

from signals.extract import funding, job_change
from signals.extract.funding import FundingDecision, FundingRound
from signals.extract.job_change import Appointment, AppointmentDecision
from signals.text.names import last_net, odd_company_span, opener_rest

DRAFT = 0.6


@pytest.mark.parametrize(
    ("span", "text", "reason"),
    [
        ("Likewise", "", "a sentence adverb"),
        ("Then", "Then, in May, Quillon hired ...", "a sentence adverb"),
        ("In Dorset", "In Dorset, the Harrowgate Trust has appointed ...", "an opening phrase the text closes with a comma"),
        ("On Friday Quillon", "On Friday Quillon, a freight company, named ...", "an opening phrase the text closes with a comma"),
        ("Calif.", "", "a US state's abbreviation"),
        ("Fla", "", "a US state's abbreviation"),
        ("Alder Clinic, Tacoma, Wash", "", "a US state's abbreviation"),
        ("Harrow Labs, Albany, N.Y.", "", "a US state's abbreviation"),
        ("The Online Marketplace \u201cQuillon\u201d", "", "quotation marks"),
        ("Quillon / via Wire Daily", "", "a syndication note"),
        ("LONDON: Harrowgate Group", "", "a colon (a dateline or a rubric)"),
        ("Ivo Brandt its new", "", "a lower-case word no name holds"),
        ("The lender separately", "", "a lower-case word no name holds"),
        ("Dr Ada Obiora", "The chair of Harrow Bank, Dr Ada Obiora, has announced ...", "an honorific before a person's name"),
        ("Meanwhile Quillon Robotics", "Meanwhile Quillon Robotics raised $5 million", "a sentence adverb"),
        ("Recently, Harrow Health", "Recently, Harrow Health hired Jo Marsh.", "a sentence adverb"),
        ("Next", "Next, Quillon has appointed Jo Marsh as CFO.", "a sentence adverb"),  # a name-word used as an opener
        ("On Friday Quillon", "On Friday Quillon, a freight firm, named Jo Marsh CFO.", "an opening phrase the text closes with a comma"),
        ("Prof. Lin Weiyu", "Its dean, Prof. Lin Weiyu, named ...", "an honorific before a person's name"),
    ],
)
def test_a_span_no_name_has_is_named_with_its_reason(span: str, text: str, reason: str) -> None:
    assert odd_company_span(span, text) == reason


@pytest.mark.parametrize(
    ("span", "text"),
    [
        ("Harrowgate Trust", ""),
        ("In The Pink Ltd", "In The Pink Ltd names Jo Bloggs CEO"),  # an opener only when the text closes it with a comma
        ("On the Beach", "On the Beach appoints a CFO"),
        ("First Harbour Bank", ""),
        ("Mister Car Wash", ""),  # a state's abbreviation counts after a comma, with its full stop, or unmistakable alone
        ("Wash", ""),
        ("Miss", ""),
        ("Quillon Inc.", ""),
        ("Vodafone Group plc", ""),
        ("ODDA magazine", ""),  # lower-case words a name may hold
        ("The Harrowgate rugby team", ""),
        ("Walton family office", ""),
        ("Banco de la Costa", ""),
        ("bp", ""),  # a lower-case name
        ("monday.com", ""),
        ("eLuma", ""),
        ("University of Harrow, Nsukka", ""),  # a comma alone is no reason
        ("Dr. Quillon", ""),  # a brand keeps one word after the honorific ...
        ("Dr Marrow Snapple Group", ""),  # ... or a corporate word
        ("Mr. Harrow Laboratories", ""),
        ("Mr Green Harrow", ""),  # "Mr"/"Mrs"/"Ms" brands are as common as people
        ("Hon Lai Precision Works", ""),  # "Hon" and "Sir" begin companies' names too
        ("Dr. Harrow PathLabs", "Dr. Harrow PathLabs appoints Jo Marsh as CEO"),  # a brand heads its own sentence
        ("Dr Ada Obiora", ""),  # a person only when set off by commas after a title
        # adverbs that are also names: held only as openers closed by a comma, never with a corporate word after
        ("Later", "Later, the Vancouver scheduling platform, has raised $70 million"),
        ("Instead", "Last week, Instead raised \u00a38 million"),
        ("Overall", "After a long search, Overall has appointed Jo Marsh as CTO."),
        ("Instead Financial", "Instead Financial raises $6 million seed round"),
        ("Today Harrow Group", "Today Harrow Group raises $15 million"),
        ("Yet", "Yet, which makes software for clinics, has raised $6 million in seed funding."),  # a relative clause
        ("Next", "Next, the clothing retailer that reported higher profits on Thursday, has appointed Jo Marsh"),
        ("Sir Edwin Harrowgate", ""),
        ("Dr. Quillon's Kitchen Soaps", ""),  # a possessive after the honorific is a brand
        # words that open sentences and also name companies: an opener only with a comma and no apposition
        ("Next", "Next has appointed Jo Marsh as CFO."),
        ("Indeed", "Indeed, the jobs site, has appointed Jo Marsh as CFO."),
        ("First", "First, the Lagos fintech, raises $15 million Series A"),
        ("At June Homes", "At June Homes, the Swiss start-up, raises $8 million"),  # a month may begin a name
        # state-like names: only after a comma, or alone with a full stop
        ("Mass", ""),
        ("Colo", ""),
        ("Penn Ind.", ""),
        ("Re:Build Harrow", ""),  # a colon inside a word is a name's
        ("In Touch Harrow", "In Touch Harrow, a Leeds start-up, named Jo Marsh CFO."),
        ("Mrs Bridges Preserves", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_a_name_is_left_alone(span, text: str) -> None:
    assert odd_company_span(span, text) is None


def _funding(company: str, confidence: float) -> FundingDecision:
    return FundingDecision(round=FundingRound(company=company, round="seed", amount=1e6, currency="USD"),
                           confidence=confidence, explanation="a reader's reason")


def _explained(monkeypatch: pytest.MonkeyPatch, decision: FundingDecision, text: str) -> FundingDecision | None:
    """What explain_funding answers when its readers decide `decision` for `text` (the net runs after them)."""
    monkeypatch.setattr(funding, "_decide", lambda _text: decision)
    return funding.explain_funding(text)


def test_a_drafted_funding_answer_with_an_odd_span_is_held_for_review(monkeypatch: pytest.MonkeyPatch) -> None:
    held = _explained(monkeypatch, _funding("Meanwhile", 0.95), "Meanwhile Quillon raised $1 million.")
    assert held is not None and held.confidence < DRAFT
    assert held.round.company == "Meanwhile"  # the answer is kept for the reviewer, not refused
    assert held.explanation.startswith("a reader's reason; the company 'Meanwhile' holds a sentence adverb")


def test_a_funding_answer_with_a_name_or_already_held_is_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    good = _funding("Quillon", 0.95)
    assert _explained(monkeypatch, good, "Quillon raised $1 million.") is good
    low = _funding("Meanwhile", 0.55)
    assert _explained(monkeypatch, low, "Meanwhile Quillon raised $1 million.") is low
    assert funding.explain_funding(None) is None


def test_an_opener_with_nothing_after_it_keeps_the_answer_for_review() -> None:
    answer = _funding("Overall", 0.95)
    held = last_net(answer, "Overall", "Overall, the rest.", lambda _rest: None, DRAFT)
    assert held.round.company == "Overall" and held.confidence < DRAFT
    assert "may open the sentence rather than name the company" in held.explanation
    read = _funding("Quillon", 0.95)
    assert last_net(answer, "Overall", "Overall, Quillon raised $1 million.", lambda _rest: read, DRAFT) is read


def _appointment(company: str) -> AppointmentDecision:
    return AppointmentDecision(appointment=Appointment(person="Jo Marsh", title="CEO", company=company),
                               confidence=0.9, explanation="the headline says so")


@pytest.mark.parametrize(("company", "held"), [("Calif.", True), ("Harrowgate Trust", False)])
def test_the_appointment_net_runs_after_every_reader(monkeypatch: pytest.MonkeyPatch, company: str, held: bool) -> None:
    text = f"{company}, the Harrowgate Trust has appointed Jo Marsh CEO."
    monkeypatch.setattr(job_change, "_extract", lambda _text: _appointment(company))
    decision = job_change.explain_appointment(text)
    assert decision is not None and decision.appointment.company == company
    assert (decision.confidence < DRAFT) is held
    assert ("so it is recorded for review" in decision.explanation) is held


@pytest.mark.parametrize(
    ("span", "text", "rest"),
    [
        ("Overall", "Overall, Quillon raised $5 million.", "Quillon raised $5 million."),
        ("Recently, Harrow Health", "Recently, Harrow Health hired Jo Marsh.", "Harrow Health hired Jo Marsh."),
        ("Notably", "Notably,  reading app Brindle picked up a $9M seed", "reading app Brindle picked up a $9M seed"),
        ("In Dorset", "In Dorset, the Harrowgate Trust has appointed Mia Lund CFO.", "the Harrowgate Trust has appointed Mia Lund CFO."),
    ],
)
def test_an_opener_read_as_the_company_gives_the_rest_of_the_text(span: str, text: str, rest: str) -> None:
    assert opener_rest(span, text) == rest


@pytest.mark.parametrize(
    ("span", "text"),
    [
        ("Quillon", "Quillon, a freight firm, raised $5 million."),  # a name, not an opener
        # names that begin with a preposition: only "In" opens with any word, the others need a time word
        ("On Running", "On Running, the Swiss shoe brand, named Jo Marsh CFO."),
        ("At Home", "At Home, the retailer, named Jo Marsh CFO."),
        ("Under Armour", "Under Armour, the sportswear maker, named Jo Marsh CFO."),
        ("On the Beach", "On the Beach, the travel firm, named Jo Marsh CFO."),
        ("In The Pink Ltd", "In The Pink Ltd, a bakery, named Jo Marsh CEO."),  # a corporate word keeps a name
        ("In The Pink Ltd", "In The Pink Ltd names Jo Bloggs CEO"),  # no comma closes it
        ("Overall", "The deal, overall, values Quillon at $50 million."),  # not at the start
        ("Meanwhile", "Meanwhile,"),  # nothing after it
        ("", "Meanwhile, Quillon raised $5 million."),
        (None, "x"),
    ],
)
def test_no_rest_when_the_span_is_no_opener_of_the_text(span, text: str) -> None:
    assert opener_rest(span, text) is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Indeed, the jobs site, has appointed Maria Lund as chief financial officer.", "Indeed"),
        ("Next, the clothing retailer, has named Priya Nair as CFO.", "Next"),
    ],
)
def test_a_name_that_can_open_a_sentence_keeps_its_appointment(text: str, company: str) -> None:
    decision = job_change.explain_appointment(text)
    assert decision is not None and decision.appointment.company == company and decision.confidence >= DRAFT


def test_an_opener_with_nothing_read_after_it_is_held_not_dropped() -> None:
    from signals.extract.funding import explain_funding

    # the reader takes the word for the company; the rest ("the ..., raises ...") has no subject to read
    decision = explain_funding("Hence, the legal research start-up, raises $10M Series A")
    assert decision is None or decision.round.company == "Hence"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Notably, reading platform Brindle picked up a $50 million Series C round from Atlantic Ventures.", "Brindle"),
        ("Likewise, fintech startup Quorra raised $8 million in a Series A round led by Spree Capital.", "Quorra"),
    ],
)
def test_funding_reads_the_sentence_after_an_opener(text: str, company: str) -> None:
    from signals.extract.funding import explain_funding

    decision = explain_funding(text)
    assert decision is not None and decision.round.company == company


@pytest.mark.parametrize(
    ("text", "person", "company"),
    [
        ("First, in March, Canadian retailer Quillon hired Jo Marsh as its CEO.", "Jo Marsh", "Quillon"),
        ("In Dorset, the Harrowgate Trust has appointed Mia Lund CFO, effective May 1.", "Mia Lund", "Harrowgate Trust"),
    ],
)
def test_appointments_read_the_sentence_after_an_opener(text: str, person: str, company: str) -> None:
    decision = job_change.explain_appointment(text)
    assert decision is not None
    assert (decision.appointment.person, decision.appointment.company) == (person, company)
