"""signals.text.names: the last net that holds a drafted answer for review when its company span reads
unlike an organisation's name. Every span and text here is made up; no dev or test row is quoted."""

from __future__ import annotations

import pytest

from signals.extract import funding, job_change
from signals.extract.funding import FundingDecision, FundingRound
from signals.extract.job_change import Appointment, AppointmentDecision
from signals.text.names import odd_company_span

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
        ("", ""),
        (None, ""),
    ],
)
def test_a_name_is_left_alone(span, text: str) -> None:
    assert odd_company_span(span, text) is None


def _funding(company: str, confidence: float) -> FundingDecision:
    return FundingDecision(round=FundingRound(company=company, round="seed", amount=1e6, currency="USD"),
                           confidence=confidence, explanation="a reader's reason")


def test_a_drafted_funding_answer_with_an_odd_span_is_held_for_review() -> None:
    held = funding._held_if_odd(_funding("Meanwhile", 0.95), "Meanwhile, Quillon raised $1 million.")
    assert held is not None and held.confidence < DRAFT
    assert held.round.company == "Meanwhile"  # the answer is kept for the reviewer, not refused
    assert held.explanation.startswith("a reader's reason; the company 'Meanwhile' holds a sentence adverb")


def test_a_funding_answer_with_a_name_or_already_held_is_unchanged() -> None:
    good = _funding("Quillon", 0.95)
    assert funding._held_if_odd(good, "Quillon raised $1 million.") is good
    low = _funding("Meanwhile", 0.55)
    assert funding._held_if_odd(low, "") is low
    assert funding._held_if_odd(None, "") is None


def _appointment(company: str) -> AppointmentDecision:
    return AppointmentDecision(appointment=Appointment(person="Jo Marsh", title="CEO", company=company),
                               confidence=0.9, explanation="the headline says so")


@pytest.mark.parametrize(("company", "held"), [("In Dorset", True), ("Harrowgate Trust", False)])
def test_the_appointment_net_runs_after_every_reader(monkeypatch: pytest.MonkeyPatch, company: str, held: bool) -> None:
    text = f"{company}, the Harrowgate Trust has appointed Jo Marsh CEO."
    monkeypatch.setattr(job_change, "_extract", lambda _text: _appointment(company))
    decision = job_change.explain_appointment(text)
    assert decision is not None and decision.appointment.company == company
    assert (decision.confidence < DRAFT) is held
    assert ("so it is recorded for review" in decision.explanation) is held
