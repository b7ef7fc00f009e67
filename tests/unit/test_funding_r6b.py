"""Round 6 (second shift) funding shapes, each pinned with made-up text (never a set's row).

Found on the second shift's fresh batches (scored before these rules were written).
"""

from __future__ import annotations

import pytest

from signals.extract import funding
from signals.extract.funding import extract_funding


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    # these pin the rules; the learned fallback has its own tests
    monkeypatch.setattr(funding, "LEARNED_FALLBACK", False)


def _facts(text: str):
    found = extract_funding(text)
    return None if found is None else (found.company, found.round, found.amount, found.currency)


# --- a digest credits a total to a company whose raise a relative clause tells ---------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Ghana led the table this week, driven by payments startup Zorvane, who raised $3m in a second close of its seed round.",
            ("Zorvane", "seed", 3_000_000, "USD"),
        ),
        (
            "Kenya topped the chart, thanks to Quillmark, which raised $12 million in a Series A led by Ember Capital.",
            ("Quillmark", "series_a", 12_000_000, "USD"),
        ),
        (
            "Deal volume rose, driven largely by Nigerian fintech Paylinq, which secured $4.5m in a seed round.",
            ("Paylinq", "seed", 4_500_000, "USD"),
        ),
        (
            # the earlier money after "in addition to" is no reason to call the raise a past one
            "Egypt came second, driven by Halvex, which raised $2m in its pre-seed round, in addition to $1m raised earlier.",
            ("Halvex", "pre_seed", 2_000_000, "USD"),
        ),
    ],
)
def test_a_total_driven_by_a_company_that_raised(text: str, facts: tuple) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    "text",
    [
        "Growth was driven by Quorbit, which raised $5m in 2019.",
        "The quarter was boosted by Halvex, which raised $20 million last year.",
        "Fundraising was driven by Acme Ventures, which closed a $50m fund.",
        "Demand was driven by Brindle, which makes solar pumps.",
    ],
)
def test_a_driven_by_clause_that_tells_no_new_round(text: str) -> None:
    assert _facts(text) is None
