"""Round 6 (second shift) funding shapes, each pinned with made-up text (never a set's row).

Found on the second shift's fresh batches (scored before these rules were written).
"""

from __future__ import annotations

import pytest

from signals.extract.funding import extract_funding
from tests.conftest import funding_facts as _facts

# these pin the rules; the learned fallback has its own tests
pytestmark = pytest.mark.usefixtures("rules_only")


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


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "The standout of the quarter was Quillmark, a Lagos payments startup, which closed a $9 million Series A led by Ember Capital.",
            ("Quillmark", "series_a", 9_000_000, "USD"),
        ),
        (
            "A breakout this year was Halvex, which raised $20 million in a Series B.",
            ("Halvex", "series_b", 20_000_000, "USD"),
        ),
    ],
)
def test_a_standout_company_with_an_appositive_before_its_relative_raise(text: str, facts: tuple) -> None:
    assert _facts(text) == facts


# --- a round told in the passive: "<Company> is backed with $X in seed funding" ---------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Her new startup, Kestrel Labs, is backed with $3 million in seed funding from Ember Ventures.",
            ("Kestrel Labs", "seed", 3_000_000, "USD"),
        ),
        (
            "Kestrel Labs, a Denver startup, is backed by $3 million in seed funding from Ember Ventures.",
            ("Kestrel Labs", "seed", 3_000_000, "USD"),
        ),
    ],
)
def test_a_company_backed_with_money(text: str, facts: tuple) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    "text",
    [
        # "backed with" in the passive is no investor backing a company called "with"
        "Her new startup is backed with $3 million in seed funding from Ember Ventures.",
        "Kestrel Labs was backed with $3 million in seed funding in 2019.",
        "The fund is backed with $300 million from pension funds.",
        # a group summed with "together" is no company
        "In the first half of the year, Dutch startups together raised a whopping €3 billion.",
        "Nordic fintechs collectively raised $900 million in 2025.",
        # examples listed in the subject are no one company's round
        "Start-ups like Syrinx, Kobalt, Arrowfin, and Zenobe raised their pre-seed funding externally.",
        "Startups such as Acme, Bolt and Crate raised $3 million each.",
    ],
)
def test_passives_groups_and_listed_examples_are_no_round(text: str) -> None:
    assert _facts(text) is None


def test_a_list_inside_a_relative_clause_leaves_the_subject_alone() -> None:
    text = "Kestrel Labs, which works with retailers such as Acme, Bolt and Crate, raised $3 million in a seed round."
    assert _facts(text) == ("Kestrel Labs", "seed", 3_000_000, "USD")


# --- "an injection of $X" is money in; a month is never a company ---------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "In turn, the medtech firm Halvex Therapeutics has secured an injection of almost €2 million to run its trial.",
            ("Halvex Therapeutics", None, 2_000_000, "EUR"),
        ),
        ("Quillmark receives a capital injection of $4 million from Ember Ventures.", ("Quillmark", None, 4_000_000, "USD")),
    ],
)
def test_an_injection_of_money(text: str, facts: tuple) -> None:
    assert _facts(text) == facts


def test_an_injection_into_the_economy_is_no_round() -> None:
    assert _facts("The government announced an injection of $4 billion into the economy.") is None


@pytest.mark.parametrize(
    "text",
    [
        "And in December, the media company announced it had raised $2.5 million in venture capital.",
        "Then in March, the startup said it had raised $4 million from angels.",
    ],
)
def test_a_month_is_never_the_company(text: str) -> None:
    found = extract_funding(text)
    assert found is None or found.company.lower() not in {"december", "march"}


def test_a_company_named_like_a_month_with_more_words_stays() -> None:
    assert _facts("May Health raises $25 million Series B.") == ("May Health", "series_b", 25_000_000, "USD")


# --- British "whilst"; a digest's "wins included X, which raised" --------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Whilst Halvex raised £4m in a seed round, its rival struggled to find backers.", ("Halvex", "seed", 4_000_000, "GBP")),
        (
            "Other significant wins included Quillmark, which raised £50 million to expand its delivery fleet.",
            ("Quillmark", None, 50_000_000, "GBP"),
        ),
        ("Notable deals included Quillmark, which raised $9 million in a Series A.", ("Quillmark", "series_a", 9_000_000, "USD")),
    ],
)
def test_whilst_and_wins_included(text: str, facts: tuple) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    "text",
    [
        "Its customers included Quillmark, which raised $9 million in a Series A.",
        "The year's fundraisers included Quillmark, which raised $9 million in 2019.",
    ],
)
def test_an_included_company_needs_a_deal_frame_and_a_current_raise(text: str) -> None:
    assert _facts(text) is None
