"""The one money layer as extraction reads it: currencies, crore/lakh, written-out amounts, meanings."""

from __future__ import annotations

import pytest

from signals.extract.funding import explain_funding, extract_funding
from signals.extract.job_change import explain_appointment
from signals.extract.roles import classify_title
from signals.text.money import find_amounts, find_money


@pytest.mark.parametrize(
    ("text", "value", "currency", "meaning"),
    [
        ("Acme raises $2.75M CAD to expand", 2_750_000.0, "CAD", "raise"),
        ("Acme bags ₹50 crore", 500_000_000.0, "INR", "raise"),
        ("Acme bags Rs 5 lakh", 500_000.0, "INR", "raise"),
        ("Acme raised fifty million dollars", 50_000_000.0, "USD", "raise"),
        ("Acme hits $1.5B valuation", 1_500_000_000.0, "USD", "valuation"),
        ("SoftBank to invest up to $40B in OpenAI", 40_000_000_000.0, "USD", "target"),
        ("The firm has $2 billion in assets under management", 2_000_000_000.0, "USD", "aum"),
        ("Acme raises $100M in equity and debt", 100_000_000.0, "USD", "mixed"),
        ("Acme secures $20M venture debt", 20_000_000.0, "USD", "debt"),
        ("Acme reports $30M in annual revenue", 30_000_000.0, "USD", "revenue"),
        ("Acme raises ¥1 billion", 1_000_000_000.0, "JPY", "raise"),
        ("Acme raises KRW 10 billion", 10_000_000_000.0, "KRW", "raise"),
        ("Acme raises S$3M", 3_000_000.0, "SGD", "raise"),
        ("Acme raises A$18 million", 18_000_000.0, "AUD", "raise"),
    ],
)
def test_amounts_carry_value_currency_and_meaning(text: str, value: float, currency: str, meaning: str) -> None:
    [amount] = find_amounts(text)
    assert (amount.value, amount.currency, amount.meaning) == (value, currency, meaning)


def test_find_money_keeps_its_behaviour_for_the_guardrails() -> None:
    [money] = find_money("a $45M Series B")
    assert (money.text, money.value, money.currency) == ("$45M", 45_000_000, "USD")


def test_equity_and_debt_is_not_venture_debt() -> None:
    found = extract_funding("Acme raises $100M in equity and debt")
    assert found is not None and found.round is None and found.amount == 100_000_000


def test_a_cad_amount_is_not_read_as_usd() -> None:
    found = extract_funding("Acme closes $2.75M CAD seed round")
    assert found is not None and (found.amount, found.currency, found.round) == (2_750_000, "CAD", "seed")


def test_the_decision_is_explained_with_a_confidence_and_the_money_meanings() -> None:
    decision = explain_funding("Factory hits $1.5B valuation\nFactory has raised $150 million led by Foo Capital.")
    assert decision is not None
    assert decision.round.company == "Factory" and decision.round.amount == 150_000_000
    assert 0 < decision.confidence <= 1 and "Factory" in decision.explanation
    assert [m["meaning"] for m in decision.money] == ["valuation", "raise"]


def test_a_headline_subject_is_surer_than_a_summary_sentence() -> None:
    headline = explain_funding("Acme raises $12M Series A led by Foo Capital")
    summary = explain_funding("Acme grows\nAcme has raised $12 million in a Series A led by Foo Capital.")
    assert headline is not None and summary is not None
    assert headline.confidence > summary.confidence


@pytest.mark.parametrize(
    ("text", "person", "title", "company"),
    [
        ("InvestorNewsBreaks – HeartBeam Inc. (NASDAQ: BEAT) Appoints Jane Roe as Chief Financial Officer",
         "Jane Roe", "Chief Financial Officer", "HeartBeam Inc."),
        ("King & Spalding names John Smith Office Managing Partner in Atlanta",
         "John Smith", "Office Managing Partner in Atlanta", "King & Spalding"),
        ("Smith | Jones Names Mary Lee Chief Operating Officer", "Mary Lee", "Chief Operating Officer", "Smith | Jones"),
        ("Acme Hires New Chief Client Strategy Officer, Tracy Garcia", "Tracy Garcia", "Chief Client Strategy Officer", "Acme"),
        ("Baker Botts Welcomes Jane Roe as Partner", "Jane Roe", "Partner", "Baker Botts"),
        ("Acme's Jane Roe stepping down as CEO, John Smith taking over", "John Smith", "CEO", "Acme"),
        ("Acme Names Jane Roe Executive Vice President, Public Policy",
         "Jane Roe", "Executive Vice President, Public Policy", "Acme"),
        ("ACME CORP APPOINTS JANE ROE AS CHIEF REVENUE OFFICER", "Jane Roe", "Chief Revenue Officer", "Acme Corp"),
    ],
)
def test_wire_and_firm_appointment_shapes(text: str, person: str, title: str, company: str) -> None:
    decision = explain_appointment(text)
    assert decision is not None
    found = decision.appointment
    assert (found.person, found.title, found.company) == (person, title, company)
    assert decision.confidence >= 0.6 and company in decision.explanation


@pytest.mark.parametrize(
    ("title", "function", "seniority"),
    [
        ("CRM Developer", "revenue_operations", "ic"),
        ("Manager, Solutions Engineering", "sales", "manager"),
        ("Vice President, Account Management", "sales", "vp"),
        ("Director, Strategic Accounts", "sales", "director"),
        ("GTM Strategy and Operations Manager", "revenue_operations", "manager"),
        ("Head of Product - Policy & Billing", "product", "director"),
        ("UX Researcher", "product", "ic"),
        ("CEO & CFO", "operations", "c_level"),
        ("Chef de produit (F/H)", "product", "ic"),
        ("Responsable Commercial (H/F)", "sales", "manager"),
        ("Ejecutivo de ventas", "sales", "ic"),
        ("Gerente de cuentas", "sales", "manager"),
        (".NET Junior Anwendungsentwickler (m/w/d)", "engineering", "ic"),
    ],
)
def test_title_rules_from_the_issue(title: str, function: str, seniority: str) -> None:
    found = classify_title(title)
    assert (found.function, found.seniority) == (function, seniority)
