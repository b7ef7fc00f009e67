"""Round 12b title rules (signals/extract/roles.py, "Round 12b"): member-services desks, partner
and partnership success teams, segment and vertical marketing, capital-management desks,
learning-and-capabilities teams and fraud investigations.

Each rule has made-up positive examples and near misses that must keep their older answer. No
title here is a row of the labelled sets or of the fresh batch that prompted the rules."""

from __future__ import annotations

import pytest

from signals.extract.roles import classify_title


@pytest.mark.parametrize(
    "title, function, seniority",
    [
        # a bank's or credit union's member-services desk serves customers
        ("Member Services Specialist - Checking", "customer_success", "ic"),
        ("Senior Member Service Advisor", "customer_success", "ic"),
        # a partner's or partnership's success team looks after existing partners
        ("Director, Partner Success", "customer_success", "director"),
        ("Partnership Success Lead - EMEA", "customer_success", "ic"),
        # segment and vertical marketing are marketing, even after a product subject
        ("Head of Vertical Marketing", "marketing", "director"),
        ("Segment Marketing Lead, Healthcare", "marketing", "ic"),
        # a capital-management desk is finance
        ("Analyst, Capital Management and Treasury Operations", "finance", "ic"),
        # learning-and-capabilities teams are people's
        ("Learning & Capabilities Partner (m/w/d)", "people", "ic"),
        # fraud investigations are investigators' work, not an operations desk
        ("Fraud Investigations Analyst II", "other", "ic"),
        ("Lead Fraud Investigator - Payments", "other", "ic"),
    ],
)
def test_r12b_phrase_families(title: str, function: str, seniority: str) -> None:
    got = classify_title(title)
    assert (got.function, got.seniority) == (function, seniority)


@pytest.mark.parametrize(
    "title, function",
    [
        # near misses: the older words keep their answers
        ("Partnerships Manager, Fintech", "sales"),
        ("Cloud Machine Learning Specialist", "engineering"),
        ("Customer Success Manager, Mid-Market", "customer_success"),
        ("Product Marketing Manager, Payments", "marketing"),
        ("Fraud Engineer, Risk Platform", "engineering"),
        ("Capital Markets Associate", "finance"),
        ("Member of Technical Staff, Storage", "engineering"),
    ],
)
def test_r12b_near_misses_keep_their_answer(title: str, function: str) -> None:
    assert classify_title(title).function == function


@pytest.mark.parametrize(
    "title",
    ["Gestora de Clientes - Banca Privada", "Gestão de Clientes (Junior)"],
)
def test_spanish_and_portuguese_customer_desks_are_a_rule(title: str) -> None:
    assert classify_title(title).function == "customer_success"


@pytest.mark.parametrize(
    ("title", "function"),
    [
        # the noun two teams share is written once, after the second: "Product (Marketing) and Segment Marketing"
        ("Director, Product and Segment Marketing", "marketing"),
        ("Senior Manager, Product and Field Marketing", "marketing"),
        # near misses: two teams each named whole keep the first one's ("Sales and Marketing" is sales), and a second
        # team whose noun makes no phrase of its function with the first stays the first's
        ("Sales and Marketing Director", "sales"),
        ("Head of Product and Engineering", "product"),
        ("Payroll and Benefits Specialist", "finance"),
    ],
)
def test_a_noun_shared_by_two_joined_teams(title: str, function: str) -> None:
    assert classify_title(title).function == function
