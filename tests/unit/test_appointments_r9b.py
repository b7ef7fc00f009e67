"""Round 9b (issue 12): general shapes from a fresh batch the round-9 rules had not seen (healthcare, retail, banking,
insurance and Asian business press). Made-up sentences only, on both sides of each rule; thin shapes are held for
review (0.55), never drafted."""

from __future__ import annotations

import pytest

from tests.conftest import appointment_answer

READ = [
    # a discourse aside between the subject and its verb of appointing
    ("Northwind Bank, for instance, recently recruited an outsider, Jane Roe, as its new CRO.",
     ("Jane Roe", "CRO", "Northwind Bank"), 0.75),
    ("Globex Corp., for example, has named Peter Kane as its chief financial officer.",
     ("Peter Kane", "chief financial officer", "Globex Corp."), 0.75),
    ("Acme Health, meanwhile, hired Laura Mills as chief nursing officer.",
     ("Laura Mills", "chief nursing officer", "Acme Health"), 0.75),
    # a discourse opener before a sentence the rewrite reads
    ("For instance, Peter Kane, who was COO at Northwind Mutual, recently became CEO of the organization.",
     ("Peter Kane", "CEO", "Northwind Mutual"), 0.55),
    # a present-perfect or recent move into a named post (thin: held for review)
    ("Jane Roe has become chief executive of Globex Holdings.", ("Jane Roe", "chief executive", "Globex Holdings"), 0.55),
    ("Laura Mills has just become managing director of Northwind Capital.",
     ("Laura Mills", "managing director", "Northwind Capital"), 0.55),
    # taking a named role at an organisation; the honorific and surname resolved to the name told before
    ("Peter Kane takes the CIO role at Northwind Health.", ("Peter Kane", "CIO", "Northwind Health"), 0.75),
    ("Acme Clinic lost its CIO Laura Mills. Ms. Mills took the CIO role at Globex Health, based in Dayton, Ohio.",
     ("Laura Mills", "CIO", "Globex Health"), 0.55),
]

REFUSED = [
    # the aside's sentence tells a departure, not a hire
    "Northwind Bank, for instance, lost its chief risk officer Jane Roe to Globex.",
    "Acme Health, meanwhile, said Laura Mills will leave as chief nursing officer.",
    "For example, Globex Bank lost its chief risk officer, Peter Kane.",
    # "became" with a year or a time before now is a career's past
    "Jane Roe became chief executive of Globex Holdings in 2015.",
    "Jane Roe has become chief executive of Globex Holdings in 2015.",
    "Jane Roe became CEO of Globex.",
    # no organisation named for "the company"
    "Jane Roe recently became CEO of the company.",
    # a board seat is no appointment
    "Peter Kane, who was CFO at Northwind Mutual, recently became a director of the company.",
    "Jane Roe has become an independent director of Globex Corp.",
    "Laura Mills recently became chair of the board of Northwind Capital.",
    "Peter Kane takes the board chair role at Northwind Health.",
    # a past role taken, with its year
    "Peter Kane took the CEO role at Northwind Health in 2012.",
    # the honorific's surname is no one the text named
    "Acme Clinic lost its CIO Laura Mills. Mr. Smith took the CIO role at Globex Health.",
    # a departure from a relative clause's organisation
    "Meanwhile, Jane Roe, who was CFO at Northwind, has left the organization.",
]


@pytest.mark.parametrize(("text", "expected", "confidence"), READ)
def test_round9b_shapes_read(text: str, expected: tuple[str, str, str], confidence: float) -> None:
    found = appointment_answer(text)
    assert found is not None, text
    assert found[:3] == expected
    assert found[3] == pytest.approx(confidence)


@pytest.mark.parametrize("text", REFUSED)
def test_round9b_near_misses_refuse(text: str) -> None:
    assert appointment_answer(text) is None, text


SURNAMES_READ = [
    # a demonym that is a surname, after a first name (and a middle initial)
    ("Northwind Inc. named Peter R. Swedish as its new chief executive.", ("Peter R. Swedish", "chief executive", "Northwind Inc.")),
    ("Globex names Laura German as head of sales", ("Laura German", "head of sales", "Globex")),
    # a participle clause after an adverb is no part of the title
    ("Globex named Jane Roe as chief executive, unexpectedly turning to an outsider.", ("Jane Roe", "chief executive", "Globex")),
]

SURNAMES_REFUSED = [
    # a demonym with no first name is a descriptor, and a surname alone is no person
    "Northwind names Swedish from Globex Health as new CEO",
]


@pytest.mark.parametrize(("text", "expected"), SURNAMES_READ)
def test_a_demonym_surname_and_a_participle_tail(text: str, expected: tuple[str, str, str]) -> None:
    found = appointment_answer(text)
    assert found is not None, text
    assert found[:3] == expected


@pytest.mark.parametrize("text", SURNAMES_REFUSED)
def test_a_demonym_alone_is_no_person(text: str) -> None:
    assert appointment_answer(text) is None, text


def test_a_demonym_descriptor_before_a_name_stays_a_descriptor() -> None:
    found = appointment_answer("Globex hires Swedish banker Jane Roe as CFO")
    assert found is not None and found[:3] == ("Jane Roe", "CFO", "Globex")


LEFT_AND_WHICH_READ = [
    # leaving one organisation to join another, the post named (a city before "as" allowed)
    ("Jane Roe left Globex & Pike to join Northwind Law in Houston as a partner.", ("Jane Roe", "partner", "Northwind Law"), 0.75),
    ("Peter Kane has left Globex to join Northwind Corp as chief financial officer.",
     ("Peter Kane", "chief financial officer", "Northwind Corp"), 0.75),
    # a relative clause opened on the appointing organisation; embedded after "is" it is held for review
    ("Northwind Corp, which has appointed Jane Roe as its new CEO, reported results on Monday.", ("Jane Roe", "CEO", "Northwind Corp"), 0.75),
    ("Also reshuffling is Germany's Globex (XETRA: GBX), which has named Peter Kane as its new CFO.",
     ("Peter Kane", "CFO", "Globex"), 0.55),
    # "However," opens a sentence the rewrite reads
    ("However, Northwind Bank, for instance, hired Laura Mills as chief risk officer.", ("Laura Mills", "chief risk officer", "Northwind Bank"), 0.75),
]

LEFT_AND_WHICH_REFUSED = [
    "Jane Roe left Globex to join Northwind as a partner in 2015.",
    "Jane Roe later left Globex to join Northwind as CFO.",
    "Jane Roe left Globex to join the board of Northwind as a director.",
    "Jane Roe left Globex to join Northwind's board as a non-executive director.",
    "Jane Roe left Globex to join Governor Wallace's office as chief of staff.",
    "Northwind Corp, which hired Jane Roe as CFO in 2015, reported results.",
    "Northwind Corp, which recently appointed a new CEO, reported results.",
    "Jane Roe left Globex to spend more time with her family.",
]


@pytest.mark.parametrize(("text", "expected", "confidence"), LEFT_AND_WHICH_READ)
def test_left_to_join_and_which_appointed_read(text: str, expected: tuple[str, str, str], confidence: float) -> None:
    found = appointment_answer(text)
    assert found is not None, text
    assert found[:3] == expected
    assert found[3] == pytest.approx(confidence)


@pytest.mark.parametrize("text", LEFT_AND_WHICH_REFUSED)
def test_left_to_join_and_which_appointed_refuse(text: str) -> None:
    assert appointment_answer(text) is None, text
