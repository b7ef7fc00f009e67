"""signals.text.datelines: the dateline reader both extractors share."""

from __future__ import annotations

import pytest

from signals.text.datelines import strip_dateline


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("BOSTON--(BUSINESS WIRE)--Acme Inc. today announced", "Acme Inc. today announced"),
        ("NEW YORK, Jan. 5, 2025 (GLOBE NEWSWIRE) -- Acme raised", "Acme raised"),
        ("LONDON, June 1, 2025 /PRNewswire/ -- Acme named", "Acme named"),
        ("TORONTO, May 2, 2025 /CNW/ - Acme closed", "Acme closed"),
        ("SINGAPORE (Reuters) - Acme has appointed", "Acme has appointed"),
        ("Austin, Texas, March 3, 2025 -- Acme secured", "Acme secured"),
        ("Acme raises $5M seed round", "Acme raises $5M seed round"),  # no dateline: unchanged
    ],
)
def test_a_dateline_is_no_part_of_the_sentence(text: str, rest: str) -> None:
    assert strip_dateline(text) == rest


def test_both_extractors_read_a_wire_first_sentence() -> None:
    from signals.extract.funding import extract_funding
    from signals.extract.job_change import extract_appointment

    found = extract_funding("BOSTON--(BUSINESS WIRE)--Northwind Labs today announced it raised $12 million in Series A funding.")
    assert found is not None and found.company == "Northwind Labs" and found.amount == 12e6
    moved = extract_appointment("NEW YORK, Jan. 5, 2025 (GLOBE NEWSWIRE) -- Northwind Labs today announced the appointment of Jane Roe as Chief Financial Officer.")
    assert moved is not None and (moved.person, moved.company) == ("Jane Roe", "Northwind Labs")
