"""Round 17: shapes left open at the end of round 16, each made general and pinned with near misses.

- An appointment told second-hand ("OPay has reportedly appointed ...", "Globex is said to have hired ...") is read
  without the hedge and recorded for a human (review confidence, never drafted); a plan told second-hand ("is
  reportedly set to appoint") is still no appointment.
- The measure: a labelled title given as a list of fair spellings matches any one of them (it used to compare against
  the list's printed form, which matched only by accident).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from signals.extract.measure import _appointment_match
from signals.text.names import REVIEW_CONFIDENCE
from tests.conftest import appointment_answer


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Acme Corp has reportedly appointed Jane Roe as its new chief executive officer.",
         ("Jane Roe", "chief executive officer", "Acme Corp")),
        ("Globex is said to have hired former Initech executive John Smith as chief financial officer.",
         ("John Smith", "chief financial officer", "Globex")),
        ("Acme Corp reportedly named Jane Roe chief executive officer on Friday.",
         ("Jane Roe", "chief executive officer", "Acme Corp")),
    ],
)
def test_an_appointment_told_second_hand_is_read_for_review(text: str, triple: tuple) -> None:
    found = appointment_answer(text)
    assert found is not None and found[:3] == triple
    assert found[3] <= REVIEW_CONFIDENCE  # recorded for a human, never drafted


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp is reportedly set to appoint Jane Roe as its new chief executive officer.",
        "Acme Corp is reportedly in talks to hire Jane Roe as chief executive officer.",
        "Acme Corp reportedly plans to name a new chief executive officer next month.",
    ],
)
def test_a_plan_told_second_hand_is_no_appointment(text: str) -> None:
    assert appointment_answer(text) is None


def test_the_same_appointment_told_plainly_is_drafted() -> None:
    found = appointment_answer("Acme Corp has appointed Jane Roe as its new chief executive officer.")
    assert found is not None and found[:3] == ("Jane Roe", "chief executive officer", "Acme Corp")
    assert found[3] > REVIEW_CONFIDENCE


def _found(title: str) -> SimpleNamespace:
    return SimpleNamespace(person="Olu Akanmu", company="OPay", title=title)


@pytest.mark.parametrize(
    ("title", "matches"),
    [
        ("president/Co-CEO for its Nigerian division", True),
        ("Co-CEO", True),
        ("president", True),
        ("chief operating officer", False),
        ("director", False),
    ],
)
def test_a_labelled_list_of_titles_matches_any_one_of_them(title: str, matches: bool) -> None:
    expected = {"person": "Olu Akanmu", "title": ["president/Co-CEO", "Co-CEO", "president"], "company": "OPay"}
    assert _appointment_match(expected, _found(title)) is matches


def test_a_single_labelled_title_still_matches_by_containment() -> None:
    expected = {"person": "Olu Akanmu", "title": "Co-CEO", "company": "OPay"}
    assert _appointment_match(expected, _found("Co-CEO, Nigeria")) is True
    assert _appointment_match(expected, _found("CFO")) is False
