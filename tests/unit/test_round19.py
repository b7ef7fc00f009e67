"""Round 19: shapes round 18 left open, made general and pinned with near misses, then fresh batches.

- Funding: a company's own blog post tells its round in the first person ("We raised $4M!") and names the company it
  speaks for only once, elsewhere ("here at Unlock", "We at Apiary", "Algolia has just raised"); the answer is recorded
  for review. Money raised for charity, a contract closed, prices raised and an investor's own post are no round.
- Funding: a name right after a C-suite post or "founder" is that person's, whether or not the given-names list knows
  the first name ("Paystack CEO Shola Akinlade raises $8 million for his new startup").
"""

from __future__ import annotations

import pytest

from signals.extract.funding import OWN_VOICE_CONFIDENCE
from tests.conftest import funding_answer, funding_facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("We raised $3M!\nWe have big news here at Tallyho! We raised $3 million in venture funding from a group of "
         "angel investors.", ("Tallyho", None, 3_000_000.0, "USD")),
        ("Announcing our $4.2M Series A\nWe at Quillstone are proud to announce that this spring we've closed our "
         "Series A funding at $4.2M.", ("Quillstone", "series_a", 4_200_000.0, "USD")),
        ("We just raised our seed round. What now?\nAs some of you read in the press, Brightpath has just raised a "
         "$2.5M seed round led by Foundry Group.", ("Brightpath", "seed", 2_500_000.0, "USD")),
        ("Announcing Our B2 Round!\nWe're excited to announce our B2 round of funding from two new investors. This $40M "
         "raise takes the total investment in Corvana to $95M.", ("Corvana", "series_b", 40_000_000.0, "USD")),
        ("How €3M in Series A Funding Will Help Us Grow\nIt is with joy that we share some news. Fernhill has closed our "
         "Series A round of funding. Through it we raised €3 million to grow the team.",
         ("Fernhill", "series_a", 3_000_000.0, "EUR")),
    ],
)
def test_a_companys_own_post_tells_its_round_for_review(text: str, facts: tuple) -> None:
    decision = funding_answer(text)
    found = decision.round
    assert (found.company, found.round, found.amount, found.currency) == facts
    assert decision.confidence == OWN_VOICE_CONFIDENCE < 0.6  # read from the post's wording: recorded for review
    assert "first person" in decision.explanation


@pytest.mark.parametrize(
    "text",
    [
        # money raised for others
        "We raised $31,000 for charity!\nEveryone here at Tallyho ran the marathon and we raised $31,000 for the food bank.",
        # a contract, not a round
        "We closed a $5M deal\nWe at Tallyho are proud of the $5 million contract we closed with the city.",
        # prices, not money raised
        "We raised our prices\nHere at Tallyho we raised prices by $5 per month.",
        # an office, no round word after "our"
        "Announcing our new office\nWe at Tallyho are moving to a $3M building in Austin.",
        # an investor's own post: the name it speaks for is a fund
        "Our Series A investment\nHere at Foundry Ventures we're announcing our Series A investment in a startup.",
        # no money and no round
        "We raised the bar\nHere at Tallyho we raised the bar for customer service this year.",
    ],
)
def test_first_person_money_that_is_no_round_of_the_named_company(text: str) -> None:
    assert funding_facts(text) is None


def test_the_named_company_is_not_the_investor_the_post_thanks() -> None:
    # the only company-shaped name after "at" is the lead investor's, so no company is read
    assert funding_facts("We just raised $10M\nToday we announced a $10 million Series A led by Index Ventures. "
                         "Everyone at Index Ventures is excited.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Paystack CEO Shola Akinlade raises $8 million for his new startup",
        "Paystack CEO Shola Akinlade raises $8 million",
        "Flutterwave co-founder Iyinoluwa Aboyeji raises $5M for his new venture",
    ],
)
def test_a_name_after_a_post_is_a_person_not_the_company(text: str) -> None:
    assert funding_facts(text) is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Acme CEO Lumen Robotics raises $5M", "Lumen Robotics"),  # a business word: a company, not a person
        ("Paystack-backed Kora raises $8 million", "Kora"),
    ],
)
def test_a_company_after_a_post_or_a_backer_stays_the_company(text: str, company: str) -> None:
    assert funding_facts(text)[0] == company


@pytest.mark.parametrize(
    ("title", "function", "seniority"),
    [
        # batch t19a (AI and SaaS companies' boards)
        ("Escalation Manager", "customer_success", "ic"),
        ("Senior Escalation Engineer, Enterprise", "customer_success", "ic"),
        ("VP Technical Account Management", "customer_success", "vp"),
        ("Product GTM Specialist - Voice", "marketing", "ic"),
        ("Senior ML Science Manager", "data", "manager"),
        ("Applied Scientist, Search", "data", "ic"),
        ("Global Candidate Experience, Senior Manager", "people", "manager"),
        ("Manager, Applied AI Solutions Architecture - Partnerships", "sales", "manager"),
        ("Forecasting & Data Analyst", "data", "ic"),
        ("Head of Corporate Services Sourcing", "operations", "director"),
        ("IT Application Support Analyst (Level 3 Support)", "operations", "ic"),
        # near misses: the team words these lean on keep their other meanings
        ("Sales Forecasting Analyst", "revenue_operations", "ic"),
        ("Demand Forecasting Manager", "operations", "manager"),
        ("Talent Sourcing Lead", "people", "ic"),
        ("Sourcing Recruiter", "people", "ic"),
        ("Machine Learning Engineer", "engineering", "ic"),
        ("Application Support Analyst", "customer_success", "ic"),
        ("Senior ISV Marketing Manager, Partner Marketing", "marketing", "ic"),
    ],
)
def test_round19_titles(title: str, function: str, seniority: str) -> None:
    from signals.extract.roles import classify_title

    found = classify_title(title)
    assert (found.function, found.seniority) == (function, seniority)
