"""Appointments out of press-release text: the golden file, the rules it encodes, and garbage in."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signals.extract.job_change import MAX_INPUT_CHARS, Appointment, extract_appointment
from tests.conftest import FIXTURES

GOLDEN_PATH = FIXTURES / "golden" / "appointments.jsonl"
GOLDEN = [json.loads(line) for line in GOLDEN_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_golden_file_is_big_enough_and_balanced() -> None:
    negatives = [case for case in GOLDEN if case["expected"] is None]
    assert len(GOLDEN) >= 60
    assert len(negatives) >= 25
    assert len(GOLDEN) - len(negatives) >= 35


@pytest.mark.parametrize("case", GOLDEN, ids=lambda c: c["text"][:60])
def test_golden(case: dict) -> None:
    found = extract_appointment(case["text"])
    got = found.model_dump() if found is not None else None
    assert got == case["expected"], case.get("why", "")


def test_each_listed_shape_is_read() -> None:
    shapes = {
        "Acme appoints Jane Doe as CRO": ("Jane Doe", "CRO", "Acme"),
        "Acme names Jane Doe CRO": ("Jane Doe", "CRO", "Acme"),
        "Acme names Jane Doe as CRO": ("Jane Doe", "CRO", "Acme"),
        "Jane Doe joins Acme as CRO": ("Jane Doe", "CRO", "Acme"),
        "Acme hires former Beta exec Jane Doe as CRO": ("Jane Doe", "CRO", "Acme"),
        "Jane Doe named CRO of Acme": ("Jane Doe", "CRO", "Acme"),
        "Jane Doe named Acme's CRO": ("Jane Doe", "CRO", "Acme"),
        "Acme promotes Jane Doe to CRO": ("Jane Doe", "CRO", "Acme"),
        "Acme announces new CRO Jane Doe": ("Jane Doe", "CRO", "Acme"),
        "Acme announces Jane Doe as new CRO": ("Jane Doe", "CRO", "Acme"),
        "Acme welcomes Jane Doe as CRO": ("Jane Doe", "CRO", "Acme"),
        "Acme taps Jane Doe as CRO": ("Jane Doe", "CRO", "Acme"),
        "Jane Doe to lead Acme as CEO": ("Jane Doe", "CEO", "Acme"),
    }
    for text, (person, title, company) in shapes.items():
        found = extract_appointment(text)
        assert found is not None, text
        assert (found.person, found.title, found.company) == (person, title, company), text
        assert found.fractional is False, text


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Acme hires former Salesforce exec Jane Doe as CRO", "Jane Doe"),
        ("Acme appoints industry veteran Jane Doe as CRO", "Jane Doe"),
        ("Acme Appoints Industry Leader Jane Doe as CRO", "Jane Doe"),
        ("Acme names SaaS veteran Jane Doe its new CRO", "Jane Doe"),
        ("Acme taps Google's Jane Doe as CRO", "Jane Doe"),
        ("Acme hires ex-Stripe leader Jane Doe as CRO", "Jane Doe"),
    ],
)
def test_descriptors_before_the_name_are_dropped(text: str, person: str) -> None:
    found = extract_appointment(text)
    assert found is not None and found.person == person


@pytest.mark.parametrize("word", ["fractional", "interim", "acting", "Interim", "Acting", "Fractional"])
def test_fractional_interim_and_acting_roles_are_flagged(word: str) -> None:
    found = extract_appointment(f"Acme appoints Jane Doe as {word} CFO")
    assert found is not None and found.fractional is True and found.title == f"{word} CFO"


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe steps down as CEO of Acme",
        "Jane Doe leaves Acme",
        "Acme CFO departs after six years",
        "Acme chief revenue officer Jane Doe resigns",
        "Acme CEO Jane Doe retires",
        "Jane Doe joins Acme board of directors",
        "Jane Doe appointed to the board of Acme",
        "Acme names Jane Doe to its advisory board",
        "Jane Doe joins Acme as board observer",
        "Jane Doe joins Acme as advisor",
        "Jane Doe joins Acme as strategic investor",
        "Acme reports record second-quarter results",
        "Acme to present at the Goldman Sachs technology conference",
        "Acme launches revenue intelligence platform",
    ],
)
def test_departures_board_advisor_investor_results_events_launches_are_none(text: str) -> None:
    assert extract_appointment(text) is None


def test_a_departure_beside_an_appointment_keeps_the_appointment() -> None:
    found = extract_appointment("Acme names Jane Doe CEO as John Smith retires")
    assert found is not None and (found.person, found.title) == ("Jane Doe", "CEO")


def test_the_summary_is_read_when_the_headline_only_teases() -> None:
    text = (
        "Acme Expands Leadership\n"
        "NEW YORK, June 3, 2024 /PRNewswire/ -- Acme, a provider of payroll software, today "
        "announced the appointment of Jane Doe as Chief Financial Officer."
    )
    found = extract_appointment(text)
    assert found == Appointment(person="Jane Doe", title="Chief Financial Officer", company="Acme")


def test_a_summary_about_another_company_does_not_count_without_a_leadership_headline() -> None:
    text = (
        "Acme ships version 5 of its mobile app\n"
        "Separately, Beta today announced the appointment of Jane Doe as Chief Financial Officer."
    )
    assert extract_appointment(text) is None


def test_only_the_first_part_of_long_input_is_read() -> None:
    tail = " Acme appoints Jane Doe as CRO"
    assert extract_appointment("x" * MAX_INPUT_CHARS + "\n" + tail) is None
    assert extract_appointment("Acme appoints Jane Doe as CRO\n" + "y" * 50_000) is not None


@pytest.mark.parametrize("value", [None, 42, b"Acme appoints Jane Doe as CRO", "", "   ", "\n\n"])
def test_non_text_and_empty_input_give_none(value: object) -> None:
    assert extract_appointment(value) is None  # type: ignore[arg-type]


_words = st.sampled_from(
    "Acme Jane Doe appoints names joins as to of at CEO Chief Officer VP Head board interim "
    "former exec the new its 's , ; — - ( ) & < > &amp; \n steps down retires Inc.".split(" ")
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(st.text(max_size=600), st.lists(_words, max_size=40).map(" ".join)))
def test_garbage_never_raises_and_answers_are_well_formed(text: str) -> None:
    found = extract_appointment(text)
    if found is not None:
        assert isinstance(found, Appointment)
        assert found.person.strip() and found.title.strip() and found.company.strip()
        assert len(found.title) <= 100 and len(found.company) <= 80
