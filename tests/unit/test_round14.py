"""Round 14: appointment shapes left open at the end of round 13, each made general and pinned with near misses.

- a teaser headline that names the hire by surname only ("Acme names Roe CEO", "Roe hops from Globex to Acme"),
  with the summary's first sentence giving the name in full and the post ("Jane Roe has been named CEO.");
- "names P incoming CEO": "incoming" after the person opens the title as "new" does;
- a one-word name, "in", one word ("Research in Motion") is a company's name even at the start of a sentence;
- "Facebook parent Meta", "BlackBerry owner Research in Motion": the owner or parent is the company ("Twitter owner
  Elon Musk" stays a person, so Twitter is the company);
- a participle clause after a title's comma ("CEO, sparking speculation") is the headline's comment, not the title;
- titles: "eCommerce" reads as "E-Commerce", the online shop's head ("Head of eCommerce") is marketing, and so is
  analyst relations (as public and media relations are).
"""

from __future__ import annotations

import pytest

from signals.extract.job_change import explain_appointment
from signals.extract.roles import classify_title
from tests.conftest import appointment_triple as _answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Globex names Roe CEO, punching a hole in the industry's glass ceiling | Jane Roe has been named CEO.",
         ("Jane Roe", "CEO", "Globex")),
        ("Initech hires Katz to run studies of its lead drug | Steven Katz, M.D., will join as CMO.",
         ("Steven Katz", "CMO", "Initech")),
        ("Ex-Umbrella boss Meeker hops from Vandelay to Hooli Therapeutics | David Meeker, Ph.D., has taken over as CEO.",
         ("David Meeker", "CEO", "Hooli Therapeutics")),
        ("Globex taps Roe to lead its turnaround\nJane Roe has been appointed chief operating officer.",
         ("Jane Roe", "chief operating officer", "Globex")),
    ],
)
def test_a_surname_in_the_headline_and_the_full_name_in_the_summary(text: str, expected: tuple[str, str, str]) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the headline's own post differs from the summary's: not the same move
        "Globex names Roe CFO | Jane Roe has been named CEO.",
        # the headline's subject does not hire the surname's owner
        "Globex sued by Roe | Jane Roe has been named CEO.",
        # the surname in the headline is someone else's
        "Globex names Smith CEO | Jane Roe has been named CEO.",
    ],
)
def test_a_surname_teaser_that_does_not_hold_together_is_no_appointment(text: str) -> None:
    assert _answer(text) is None


def test_the_teaser_answer_says_where_each_part_came_from() -> None:
    decision = explain_appointment("Globex names Roe CEO | Jane Roe has been named CEO.")
    assert decision is not None
    assert "'Globex'" in decision.explanation and "summary's first sentence" in decision.explanation
    assert decision.confidence <= 0.65


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Globex names Jane Roe incoming CEO", ("Jane Roe", "CEO", "Globex")),
        ("Globex Names Jane Roe Incoming President and CEO", ("Jane Roe", "President and CEO", "Globex")),
    ],
)
def test_incoming_after_the_person_opens_the_title(text: str, expected: tuple[str, str, str]) -> None:
    assert _answer(text) == expected


def test_incoming_with_no_post_after_it_is_no_appointment() -> None:
    assert _answer("Globex names Jane Roe incoming") is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Research in Motion appoints Frank Boulben as CMO", "Research in Motion"),
        ("BlackBerry owner Research in Motion has appointed Frank Boulben as chief marketing officer.", "Research in Motion"),
        # round 7 refused this one, whose name the reading of a town had cut to "Research"
        ("BlackBerry owner Research in Motion has appointed former Vodafone marketer Frank Boulben as CMO.", "Research in Motion"),
        ("Facebook parent Meta names Jane Roe chief privacy officer", "Meta"),
        ("Tabloid publisher News UK appoints Jane Roe as CFO", "News UK"),
        # a known place after "in" is the company's town, not part of its name
        ("Acme in Boston appoints Frank Boulben as CMO", "Acme"),
        ("Acme in Texas appoints Frank Boulben as CMO", "Acme"),
        # the owner is a person: the company is the one they own
        ("Twitter owner Elon Musk names Linda Yaccarino CEO", "Twitter"),
    ],
)
def test_the_company_named_after_in_or_after_its_owner_word(text: str, company: str) -> None:
    found = _answer(text)
    assert found is not None and found[2] == company


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Globex names Jane Roe CFO, sparking speculation of a sale", "CFO"),
        ("Globex names Jane Roe executive vice president, marketing and sales", "executive vice president, marketing and sales"),
        ("Globex names Jane Roe senior vice president, engineering", "senior vice president, engineering"),
    ],
)
def test_a_participle_clause_after_the_title_is_cut_and_a_team_is_kept(text: str, title: str) -> None:
    found = _answer(text)
    assert found is not None and found[1] == title


# --- titles -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "function", "seniority"),
    [
        ("Leiter eCommerce", "marketing", "director"),
        ("Head of eCommerce", "marketing", "director"),
        ("Director of E-Commerce", "marketing", "director"),
        ("eCommerce Manager", "marketing", "manager"),  # read as "E-Commerce Manager" is
        ("Director, Analyst Relations", "marketing", "director"),
        ("Analyst Relations Manager", "marketing", "manager"),
        # near misses: the seller, the developer and the project lead who name the shop keep their own function
        ("Sales Director E-Commerce", "sales", "director"),
        ("Account Manager Ecommerce", "sales", "ic"),
        ("Full Stack Developer eCommerce", "engineering", "ic"),
        ("Ecommerce Fulfillment Specialist", "operations", "ic"),
        # an analyst who is no relations job stays data
        ("Industry Analyst", "data", "ic"),
    ],
)
def test_online_shop_heads_and_analyst_relations(title: str, function: str, seniority: str) -> None:
    found = classify_title(title)
    assert (found.function, found.seniority) == (function, seniority)


# --- shapes of the n14 news batch (its misses on dev, made general) -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a managing director after a firm's name is no person; the summary's named hire is read instead
        ("Former Globex MD appointed as Initech CTO\nWaving goodbye to Globex, former managing director Jane Roe joins "
         "Europe's biggest fintech startup Initech as chief technical officer.", ("Jane Roe", "chief technical officer", "Initech")),
        # a British club's plural verb, and a squad word before the title
        ("Norwich City announce the appointment of Jane Roe as their new head coach.", ("Jane Roe", "head coach", "Norwich City")),
        ("Chelsea have confirmed the appointment of Jane Roe as the club's new first-team head coach.",
         ("Jane Roe", "first-team head coach", "Chelsea")),
    ],
)
def test_news_batch_shapes(text: str, expected: tuple[str, str, str]) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Former Globex MD appointed as Initech CTO",  # no name at all: nobody to draft to
        "Norwich City will announce the appointment of a new head coach.",  # a future announcement, no person
    ],
)
def test_news_batch_near_misses(text: str) -> None:
    assert _answer(text) is None


def test_a_name_after_a_preposition_is_no_appositive() -> None:
    # "goodbye to Globex, former MD Jane Roe": Globex is the object of "to", Jane Roe the one who moves
    found = _answer("Waving goodbye to Globex Partners, former managing director Jane Roe joins Initech as CFO.")
    assert found is not None and found[0] == "Jane Roe"


def test_a_title_cased_conjunction_opens_the_raising_clause() -> None:
    from signals.extract.funding import explain_funding

    decision = explain_funding("Egypt Gearing Up to Upset the African Fintech Market As Paymob Raises $15m in Series A Round")
    assert decision is not None and decision.round.company == "Paymob"
    # at the start of the headline "As" opens nothing before the name
    decision = explain_funding("As Acme Raises $5M Seed, Rivals Look On")
    assert decision is not None and decision.round.company == "Acme"
