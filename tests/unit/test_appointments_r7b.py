"""Round 7 (second appointments shift): answers whose evidence is weak are kept but held below the draft threshold
(0.6), and shapes from fresh batches' misses. Every sentence is made up."""

from __future__ import annotations

import pytest

from signals.extract.job_change import Appointment, AppointmentDecision, _weak_evidence, explain_appointment, extract_appointment

DRAFT = 0.6


def _decision(person: str, title: str, company: str, where: str = "the headline") -> AppointmentDecision:
    return AppointmentDecision(appointment=Appointment(person=person, title=title, company=company), confidence=0.9,
                               explanation=f"{where} says {company!r} appointed {person} as {title}")


@pytest.mark.parametrize(("decision", "text", "reason"), [
    # a company span holding a quotation or a descriptor is a span error, not a name
    (_decision("Mara Lindqvist", "Chief Executive", 'The Budget Airline "Skyvale"'),
     'The Budget Airline "Skyvale" appointed Mara Lindqvist as its new Chief Executive', "quotation"),
    (_decision("Mara Lindqvist", "president", "Debt-hit Corvel"),
     "Debt-hit Corvel named Mara Lindqvist as its new president.", "descriptor"),
    (_decision("Mara Lindqvist", "president", "Corvel the troubled lender"),
     "Corvel the troubled lender named Mara Lindqvist as its new president.", "descriptor"),
    # a company cut at an abbreviation's full stop
    (_decision("Mara Lindqvist", "COO", "Harwick Health Dr", "one sentence's slots"),
     "Mara Lindqvist has been appointed COO of Harwick Health Dr. A. Benton Hospital in Ohio.", "abbreviation"),
    # a person span holding a city's name and no known given name
    (_decision("Dubai Marina Heights", "general manager", "Corvel Hotels"),
     "Corvel Hotels has confirmed Petra Vale will lead the new Dubai Marina Heights as general manager.", "city"),
    # a title span holding a person's name
    (_decision("Mara Lindqvist", "Group CEO and Petra Vale", "Corvel Broadcasting"),
     "Corvel Broadcasting appointed Mara Lindqvist as Group CEO and Petra Vale as CFO.", "title span"),
    # a move the sentence dates in the past
    (_decision("Mara Lindqvist", "interim chief executive", "Corvel"),
     "Corvel appointed Mara Lindqvist, its finance chief, as interim chief executive last September while it searched.",
     "past"),
    (_decision("Mara Lindqvist", "chief executive", "Corvel"),
     "Corvel named Mara Lindqvist chief executive in 2014, and she has since doubled its sales.", "past"),
    # a company read from the summary that is not the hirer the headline names
    (_decision("Mara Lindqvist", "President of Kestrel Media worldwide", "Halvard", "the summary's first sentences"),
     "Kestrel Media names new president\nHalvard today announced that Kestrel, its outdoor media arm, has tapped Mara "
     "Lindqvist as President of Kestrel Media worldwide.", "hirer"),
])
def test_weak_evidence_is_named(decision: AppointmentDecision, text: str, reason: str) -> None:
    why = _weak_evidence(decision, text)
    assert why is not None and reason in why


@pytest.mark.parametrize(("decision", "text"), [
    (_decision("Mara Lindqvist", "chief executive", "Corvel Bank"), "Corvel Bank names Mara Lindqvist chief executive"),
    # a lowercase connector or a closing common noun is part of a name
    (_decision("Mara Lindqvist", "dean", "Harwick College of Art and Design"),
     "Mara Lindqvist has been named dean at Harwick College of Art and Design.", ),
    (_decision("Mara Lindqvist", "deputy editor", "KESTREL magazine"),
     "Mara Lindqvist has been appointed deputy editor of KESTREL magazine.", ),
    # the summary's company is the headline's hirer by its initials, or shares a word with it
    (_decision("Mara Lindqvist", "chief executive", "The Kestrel Broadcasting Corporation", "the summary's first sentences"),
     "KBC appoints new CEO\nThe Kestrel Broadcasting Corporation (KBC) board has appointed Mara Lindqvist as chief "
     "executive.", ),
    (_decision("Mara Lindqvist", "CFO", "Corvel Bank Ltd", "the summary's first sentences"),
     "Corvel names new CFO\nCorvel Bank Ltd said it has appointed Mara Lindqvist as CFO.", ),
    # a recent move ("in February", "last month") is news, not background
    (_decision("Mara Lindqvist", "superintendent", "Harwick Public Schools"),
     "Mara Lindqvist was named superintendent of Harwick Public Schools in February.", ),
    # a given name opening the person; a title naming no person
    (_decision("Mara Lindqvist", "Vice President of People", "Corvel"),
     "Corvel has appointed Mara Lindqvist as Vice President of People.", ),
])
def test_plain_answers_are_not_held(decision: AppointmentDecision, text: str) -> None:
    assert _weak_evidence(decision, text) is None


def test_a_held_answer_is_kept_below_the_draft_threshold(rules_only: None) -> None:
    text = ("Kestrel Media names new president\nHalvard Group today announced that Kestrel, its outdoor media arm, has "
            "tapped Mara Lindqvist as President of Kestrel Media worldwide.")
    decision = explain_appointment(text)
    if decision is not None:  # an answer naming Halvard as the employer is recorded for review, never drafted
        assert decision.appointment.person == "Mara Lindqvist"
        if "Halvard" in decision.appointment.company:
            assert decision.confidence < DRAFT and "held for review" in decision.explanation


def test_a_plain_headline_answer_is_still_drafted(rules_only: None) -> None:
    decision = explain_appointment("Corvel Bank names Mara Lindqvist chief executive")
    assert decision is not None and decision.confidence >= DRAFT
    assert extract_appointment("Corvel Bank names Mara Lindqvist chief executive") == decision.appointment


@pytest.mark.parametrize(("text", "company"), [
    # a town and its state after the organisation's name are no part of it
    ("Mara Lindqvist becomes president and CEO of Harwick Medical Center, Bellevue, Wash., in April.", "Harwick Medical Center"),
    ("Saint Anselm Hospital, Worcester, Mass., named Mara Lindqvist president and CEO.", "Saint Anselm Hospital"),
    ("Harwick Clinic, Dayton, Ohio, named Mara Lindqvist chief executive.", "Harwick Clinic"),
])
def test_a_town_and_state_after_the_company_are_dropped(rules_only: None, text: str, company: str) -> None:
    found = extract_appointment(text)
    assert found is not None and found.person == "Mara Lindqvist" and found.company == company


@pytest.mark.parametrize(("text", "person", "title", "company"), [
    # the company's own report of "the election of P as its T", a lowercase description before it
    ("Marine paint maker Harwick Coatings Ltd reported on Monday the election of Mara Lindqvist as its chief financial officer.",
     "Mara Lindqvist", "chief financial officer", "Harwick Coatings Ltd"),
    ("Harwick Coatings Ltd (LSE:HWC) announced the election of Mara Lindqvist as its new chief operating officer.",
     "Mara Lindqvist", "chief operating officer", "Harwick Coatings Ltd"),
    # an approval of "appointment of" with no article
    ("The provincial cabinet has approved appointment of Mara Lindqvist as president of Harwick Cooperative Bank.",
     "Mara Lindqvist", "president", "Harwick Cooperative Bank"),
    # a departure and its successor in one sentence under a departure headline
    ("Harwick Rail president to step down\nBob Doe, president of Harwick Rail Co., will step down April 1 and Vice President "
     "Mara Lindqvist will take his place.", "Mara Lindqvist", "president", "Harwick Rail Co."),
    ("Harwick Rail president to step down\nBob Doe, president of Harwick Rail Co., will retire in June and Mara Lindqvist will "
     "succeed him.", "Mara Lindqvist", "president", "Harwick Rail Co."),
    # given names added: Naim, Tahir, Stig, Tore, Arnout
    ("Veteran journalist Naim Qadri has been appointed as the new Managing Director of Harwick Broadcasting Corporation.",
     "Naim Qadri", "Managing Director", "Harwick Broadcasting Corporation"),
    ("Harwick Foods has appointed Tore Lunde as chief financial officer.", "Tore Lunde", "chief financial officer", "Harwick Foods"),
])
def test_round7b_shapes_read(rules_only: None, text: str, person: str, title: str, company: str) -> None:
    found = extract_appointment(text)
    assert found is not None
    assert (found.person, found.title, found.company) == (person, title, company)


@pytest.mark.parametrize("text", [
    # a departure alone names no successor
    "Harwick Rail president to step down\nBob Doe, president of Harwick Rail Co., will step down April 1, the ministry said.",
    # an election to a board seat is no executive post
    "Harwick Coatings Ltd reported on Monday the election of Mara Lindqvist to its board of directors.",
])
def test_round7b_shapes_refuse(rules_only: None, text: str) -> None:
    assert extract_appointment(text) is None


def test_who_reported_the_move_is_no_part_of_the_title(rules_only: None) -> None:
    text = ("Dayton-based Harwick Health's board has selected Mara Lindqvist to become the health system's new president and "
            "CEO, the Dayton Daily News reported Tuesday.")
    decision = explain_appointment(text)
    assert decision is not None and decision.appointment.title == "president and CEO"
    assert decision.confidence >= DRAFT  # no name left in the title: nothing to hold it for
