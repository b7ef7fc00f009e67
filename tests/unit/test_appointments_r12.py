"""Round 12 (issue 12): general shapes behind appointment misses on the dev part. Made-up sentences only, on both sides
of each rule.

Convention adopted in round 12: a firm's practice group, department or team is led by its chair or co-chair, a job; a chair of a board, committee or council
stays a board seat."""

from __future__ import annotations

import pytest

from tests.conftest import appointment_answer

READ = [
    # "names P a T": the article after the name opens the title
    ("Riverside Partners has named Peter Kane a vice president.", ("Peter Kane", "vice president", "Riverside Partners")),
    # a practice group's chair
    ("Peter Kane joined Roe & Kane LLP as co-chair of its restructuring practice.",
     ("Peter Kane", "co-chair of its restructuring practice", "Roe & Kane LLP")),
    ("Jane Roe rejoined Globex Law as chair of its tax and trusts practice group.",
     ("Jane Roe", "chair of its tax and trusts practice group", "Globex Law")),
    # trade press's "lead marketer", "head marketer"
    ("Globex hired Jane Roe as its lead marketer.", ("Jane Roe", "lead marketer", "Globex")),
    ("Globex has named Peter Kane head merchant.", ("Peter Kane", "head merchant", "Globex")),
    # a school of a university is named before "at"; the university's own name keeps its "at"
    ("Jane Roe has been appointed dean of the Kane School of Nursing at the University of Northwind.",
     ("Jane Roe", "dean", "Kane School of Nursing")),
    ("Jane Roe has been named president of the University of Northwind at Riverside.",
     ("Jane Roe", "president", "University of Northwind at Riverside")),
    # the post first, then the person after a verb of filling it
    ("Globex announced a new chief executive, promoting its COO Jane Roe to the role and replacing its founder.",
     ("Jane Roe", "chief executive", "Globex")),
    ("Globex named a new chief financial officer, promoting Peter Kane from controller.",
     ("Peter Kane", "chief financial officer", "Globex")),
    # a role taken on, named with its organisation
    ("Jane Roe has taken on the role of chief operating officer at Globex.", ("Jane Roe", "chief operating officer", "Globex")),
    ("Peter Kane, who led Initech, has taken on a new role as head of sales at Globex Corp.",
     ("Peter Kane", "head of sales", "Globex Corp")),
]

NOT_READ = [
    # an investor's seat is no post (the golden file's convention, kept: a fund's general or venture partner too)
    "Jane Roe joins Northwind Capital's fund as a limited partner.",
    "Northwind Capital hired Jane Roe as a general partner.",
    "Riverside Ventures has named Peter Kane a venture partner.",
    "Globex has named Peter Kane a finalist for its award.",
    "Globex raises $5M from angel investors including Jane Roe.",
    # a board's or a committee's chair is a board seat
    "Peter Kane joined Globex as chair of its audit committee.",
    "Peter Kane joined Globex as co-chair of its board.",
    "Peter Kane joined Globex as chair of the board's nominating team.",
    # a task, not a job
    "Globex taps Jane Roe to head probe.",
    # a role that is no job at the organisation
    "Jane Roe has taken on the role of host at the Oscars.",
]


@pytest.mark.parametrize("text,expected", READ)
def test_round12_shapes_are_read(text: str, expected: tuple[str, str, str]) -> None:
    found = appointment_answer(text)
    assert found is not None, text
    assert found[:3] == expected


@pytest.mark.parametrize("text", NOT_READ)
def test_round12_near_misses_stay_unread(text: str) -> None:
    assert appointment_answer(text) is None, text
