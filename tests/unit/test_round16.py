"""Round 16: shapes left open at the end of round 15, each made general and pinned with near misses.

Appointments:
- an adverb between the auxiliary and the act ("Acme Games has now hired ...");
- a headline's own hire ("Acme Games hires Globex veteran to lead India push") with the person named in the body, whose
  subject is "the company" ("The company has hired former Globex executive Jane Roe as its head of India operations");
  a headline whose subject is a person or a person's old post gives no company;
- an insider's step into "the CEO role" ("Current Lyft board member Jane Roe will step into the CEO role");
- a departure told with "has stepped down" / "has left his post as", the successor after "with" ("..., with the firm's
  European boss Jane Roe stepping up to replace him").
"""

from __future__ import annotations

import pytest

from signals.extract.job_change import extract_appointment


def _triple(text: str) -> tuple[str, str, str] | None:
    found = extract_appointment(text)
    return None if found is None else (found.person, found.title, found.company)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Games has now hired former Globex executive Jane Roe as head of India operations.",
         ("Jane Roe", "head of India operations", "Acme Games")),
        ("Acme Bank has officially appointed Jane Roe as chief risk officer.", ("Jane Roe", "chief risk officer", "Acme Bank")),
        ("Acme Games hires Globex veteran to lead India push\n"
         "The company has hired former Globex executive Jane Roe as its head of India operations.",
         ("Jane Roe", "head of India operations", "Acme Games")),
        ("Acme Games hires Globex veteran to lead India push\n"
         "The company has now hired former Globex executive Jane Roe to be its head of India operations.",
         ("Jane Roe", "head of India operations", "Acme Games")),
        ("Initech taps ex-Google leader for sales\nThe firm recruited Jane Roe as its new chief revenue officer.",
         ("Jane Roe", "chief revenue officer", "Initech")),
    ],
)
def test_a_hire_told_with_an_adverb_or_by_the_company_noun(text: str, expected: tuple[str, str, str]) -> None:
    assert _triple(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the headline's subject is a person or a person's old post: no company to give "the company"
        "Former Globex CEO hires new team\nThe company has hired Jane Roe as its head of sales.",
        "Jane Roe hires new agency\nThe company has hired John Smith as its head of sales.",
        # "the company" hired a firm or a crowd, not a person
        "Acme Games hires agency for India push\nThe company has hired Globex Partners as its agency of record.",
        "Acme Games hires 200 engineers\nThe company has hired 200 engineers as it expands in India.",
    ],
)
def test_the_company_noun_needs_a_company_and_a_person(text: str) -> None:
    assert _triple(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Current Lyft board member Jane Roe will step into the CEO role, the company said.", ("Jane Roe", "CEO", "Lyft")),
        ("Jane Roe will step into the CFO role at Acme Corp in January.", ("Jane Roe", "CFO", "Acme Corp")),
        ("Acme Corp veteran Jane Roe steps into the chief operating officer post.",
         ("Jane Roe", "chief operating officer", "Acme Corp")),
    ],
)
def test_a_step_into_the_named_role(text: str, expected: tuple[str, str, str]) -> None:
    assert _triple(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2015, Jane Roe stepped into the CEO role at Acme.",  # history, not news
        "Jane Roe will step into the role at Acme Trust.",  # no post named
        "Jane Roe will step into the spotlight at Acme Trust.",
    ],
)
def test_a_step_into_needs_news_and_a_post(text: str) -> None:
    assert _triple(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("John Smith has stepped down as CEO of Acme, with Jane Roe taking over.", ("Jane Roe", "CEO", "Acme")),
        ("John Smith has stepped down as CEO of Acme, with Jane Roe stepping up to replace him.", ("Jane Roe", "CEO", "Acme")),
        ("Acme founder John Smith has left his post as chief executive, with the firm's European boss Jane Roe stepping up "
         "to replace him.", ("Jane Roe", "chief executive", "Acme")),
        ("Acme CEO John Smith steps down, with COO Jane Roe taking over.", ("Jane Roe", "CEO", "Acme")),
    ],
)
def test_a_successor_after_with(text: str, expected: tuple[str, str, str]) -> None:
    assert _triple(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "John Smith has stepped down as CEO of Acme, with the company citing personal reasons.",
        "John Smith has left his post as chief executive of Acme.",
        "John Smith has stepped down as CEO of Acme, with no successor named.",
    ],
)
def test_a_departure_alone_is_no_appointment(text: str) -> None:
    assert _triple(text) is None
