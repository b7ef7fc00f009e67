"""Job-title classification: a table of real-world titles, watched role families, and garbage in."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from signals.extract.roles import (
    FUNCTIONS,
    SENIORITIES,
    TitleClass,
    classify_title,
    matches_watch,
    normalise_title,
)

# (title, function, seniority). Titles are as they appear on public boards, most from the
# captured Greenhouse, Lever, Ashby, SmartRecruiters and Workable payloads in tests/fixtures/ats.
TABLE = [
    # the titles the issue names
    ("Sr. Account Executive, EMEA", "sales", "ic"),
    ("SDR", "sales", "ic"),
    ("BDR", "sales", "ic"),
    ("RevOps Analyst", "revenue_operations", "ic"),
    ("Head of Growth Marketing", "marketing", "director"),
    ("Staff Software Engineer (Backend)", "engineering", "ic"),
    ("VP, Customer Success", "customer_success", "vp"),
    ("Chief People Officer", "people", "c_level"),
    ("Salesforce Administrator", "revenue_operations", "ic"),
    ("Sales Engineer", "sales", "ic"),
    ("Data Scientist", "data", "ic"),
    ("Director of FP&A", "finance", "director"),
    ("Recruiter", "people", "ic"),
    ("Office Manager", "operations", "ic"),
    ("Product Designer", "product", "ic"),
    ("Engineering Manager", "engineering", "manager"),
    ("Founding Account Executive", "sales", "ic"),
    ("Head of Sales", "sales", "director"),
    ("CTO", "engineering", "c_level"),
    # from the captured payloads
    ("Client Support Analyst I", "customer_success", "ic"),
    ("Clinical Coding Specialist ", "other", "ic"),
    ("Director of Forward Deployed Engineering", "engineering", "director"),
    ("Engineering Manager, CDN", "engineering", "manager"),
    ("Forward-Deployed Engineer\u00a0", "engineering", "ic"),
    ("Account Executive, Majors- Install Base (APAC)", "sales", "ic"),
    ("Member of Technical Staff", "engineering", "ic"),
    ("Software Engineer, Data Platform", "engineering", "ic"),
    ("Support Engineering Manager - Americas", "customer_success", "manager"),
    ("Mid Market Account Executive - EMEA (French Speaking)", "sales", "ic"),
    ("Enterprise Account Executive - DACH", "sales", "ic"),
    ("Product Support Specialist - Australia", "customer_success", "ic"),
    ("Engineering Manager - EU", "engineering", "manager"),
    ("Administrative Business Partner - Security", "operations", "ic"),
    ("APAC Sr. Localization Program Manager (Tinder Korea)", "operations", "ic"),
    ("Apprenticeship - Junior Brand Copywriter", "marketing", "ic"),
    ("Apprenticeship - Junior Brand Designer", "marketing", "ic"),
    ("Android Engineer III", "engineering", "ic"),
    ("Back-end Engineer, Platform", "engineering", "ic"),
    ("Backend Engineer (Trust & Safety), Platform", "engineering", "ic"),
    ("Founding Full Stack Engineer, AI Incubation", "engineering", "ic"),
    ("Senior Data Engineer", "data", "ic"),
    ("Software Architect", "engineering", "ic"),
    ("Open-Source Machine Learning Engineer - EMEA Remote", "engineering", "ic"),
    ("Operator 2  - 2nd shift ", "operations", "ic"),
    # German and French boards, gendered suffixes
    ("Vertriebsmitarbeiter (m/w/d)", "sales", "ic"),
    ("Key Account Manager (m/w/d) Süd", "sales", "ic"),
    ("Teamleiter Vertrieb (w/m/d)", "sales", "manager"),
    ("Vertriebsleiter*in DACH", "sales", "director"),
    ("Softwareentwickler (m/w/d)", "engineering", "ic"),
    ("Softwareentwickler am Standort Berlin (m/w/d)", "engineering", "ic"),
    ("Personalreferent (m/w/d)", "people", "ic"),
    ("Buchhalter (m/w/d)", "finance", "ic"),
    ("Werkstudent Marketing (m/w/d)", "marketing", "ic"),
    ("Account Executive (f/m/x)", "sales", "ic"),
    ("Ingénieur logiciel (H/F)", "engineering", "ic"),
    ("Customer Success Manager (all genders)", "customer_success", "ic"),
    # heads, qualifiers and ties
    ("Engineering Recruiter", "people", "ic"),
    ("Technical Recruiter", "people", "ic"),
    ("Revenue Accountant", "finance", "ic"),
    ("Commercial Counsel", "other", "ic"),
    ("Managing Director, Sales", "sales", "c_level"),
    ("Managing Director", "operations", "c_level"),
    ("Chief of Staff to the CEO", "operations", "director"),
    ("Executive Assistant to the CEO", "operations", "ic"),
    ("Co-Founder & CEO", "operations", "c_level"),
    ("Chief Revenue Officer", "sales", "c_level"),
    ("CFO", "finance", "c_level"),
    ("Chief Architect", "engineering", "vp"),
    ("Senior Vice President of Sales", "sales", "vp"),
    ("SVP Marketing", "marketing", "vp"),
    ("President", "operations", "c_level"),
    ("General Manager, EMEA", "operations", "director"),
    # managers that are individual roles, and ones that are not
    ("Customer Success Manager", "customer_success", "ic"),
    ("Technical Account Manager", "customer_success", "ic"),
    ("Senior Product Manager", "product", "ic"),
    ("Group Product Manager", "product", "manager"),
    ("Manager, Sales Development", "sales", "manager"),
    ("Account Manager", "sales", "ic"),
    ("Sales Manager", "sales", "manager"),
    ("Senior Manager, Product Marketing", "marketing", "manager"),
    ("Team Lead, Customer Support", "customer_success", "manager"),
    ("Renewals Manager", "customer_success", "ic"),
    # everyday titles across functions
    ("Sales Development Representative", "sales", "ic"),
    ("Business Development Representative (BDR)", "sales", "ic"),
    ("Solutions Consultant", "sales", "ic"),
    ("Solutions Architect", "sales", "ic"),
    ("Inside Sales Representative", "sales", "ic"),
    ("Regional Sales Director", "sales", "director"),
    ("Marketing Operations Manager", "revenue_operations", "manager"),
    ("Sales Operations Analyst", "revenue_operations", "ic"),
    ("Director, Revenue Operations", "revenue_operations", "director"),
    ("Deal Desk Analyst", "revenue_operations", "ic"),
    ("CRM Manager", "revenue_operations", "ic"),
    ("Product Marketing Manager", "marketing", "ic"),
    ("Demand Generation Manager", "marketing", "ic"),
    ("Content Marketing Manager", "marketing", "ic"),
    ("Brand Designer", "marketing", "ic"),
    ("Implementation Consultant", "customer_success", "ic"),
    ("Onboarding Specialist", "customer_success", "ic"),
    ("Customer Support Specialist", "customer_success", "ic"),
    ("Site Reliability Engineer", "engineering", "ic"),
    ("QA Engineer", "engineering", "ic"),
    ("Frontend Developer", "engineering", "ic"),
    ("iOS Engineer", "engineering", "ic"),
    ("Principal Engineer", "engineering", "ic"),
    ("Machine Learning Engineer", "engineering", "ic"),
    ("Analytics Engineer", "data", "ic"),
    ("Data Analyst", "data", "ic"),
    ("Lead Data Scientist", "data", "ic"),
    ("Business Intelligence Analyst", "data", "ic"),
    ("UX Researcher", "product", "ic"),
    ("Product Owner", "product", "ic"),
    ("Controller", "finance", "ic"),
    ("Associate Director, Finance", "finance", "director"),
    ("Payroll Specialist", "finance", "ic"),
    ("Accounts Payable Specialist", "finance", "ic"),
    ("HR Business Partner", "people", "ic"),
    ("Talent Acquisition Partner", "people", "ic"),
    ("Head of People", "people", "director"),
    ("IT Support Specialist", "operations", "ic"),
    ("Project Manager", "operations", "ic"),
    ("Legal Counsel", "other", "ic"),
    ("Intern, Sales", "sales", "ic"),
]


def test_table_is_large_and_covers_every_function_and_seniority() -> None:
    assert len(TABLE) >= 60
    assert {f for _, f, _ in TABLE} == set(FUNCTIONS)
    assert {s for _, _, s in TABLE} == set(SENIORITIES)


@pytest.mark.parametrize(("title", "function", "seniority"), TABLE, ids=[t for t, _, _ in TABLE])
def test_classify_title(title: str, function: str, seniority: str) -> None:
    assert classify_title(title) == TitleClass(function=function, seniority=seniority)  # type: ignore[arg-type]


def test_department_names_the_function_only_when_the_title_does_not() -> None:
    assert classify_title("Team Lead", department="Customer Success ").function == "customer_success"
    assert classify_title("Team Lead").function == "other"
    # The title wins over the department it is filed under.
    assert classify_title("Recruiter", department="Engineering").function == "people"


def test_gender_suffixes_and_abbreviations_are_normalised() -> None:
    assert normalise_title("Sr. Mgr, RevOps (m/w/d)") == "senior manager revenue operations"
    assert normalise_title("Entwickler*in (w/m/d)") == "entwickler"
    assert normalise_title("Account Executive (all genders)") == "account executive"
    assert classify_title("Account Executive m/w/d") == classify_title("Account Executive")


WATCH = ["sales development", "revenue operations"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("SDR", "sales development"),
        ("BDR", "sales development"),
        ("Sales Development Representative", "sales development"),
        ("Business Development Representative - EMEA", "sales development"),
        ("Manager, Sales Development", "sales development"),
        ("RevOps Analyst", "revenue operations"),
        ("Salesforce Administrator", "revenue operations"),
        ("Director, Revenue Operations", "revenue operations"),
        ("Account Executive", None),
        ("Business Development Manager", None),
        ("Software Engineer", None),
        ("Sales Engineer", None),
    ],
)
def test_matches_watch_on_family_words_and_synonyms(title: str, expected: str | None) -> None:
    assert matches_watch(title, WATCH) == expected


def test_matches_watch_on_function_names() -> None:
    assert matches_watch("Enterprise Account Executive", ["sales"]) == "sales"
    assert matches_watch("Salesforce Administrator", ["sales"]) is None  # RevOps, not sales
    assert matches_watch("Sales Engineer", ["engineering"]) is None  # a seller who is technical
    assert matches_watch("Product Marketing Manager", ["marketing"]) == "marketing"
    assert matches_watch("Marketing Ops Manager", ["marketing operations"]) == "marketing operations"
    assert matches_watch("Account Executives", ["account executive"]) == "account executive"
    assert matches_watch("Team Lead", ["customer success"], department="Customer Success") == "customer success"


def test_matches_watch_returns_the_first_matching_phrase_as_written() -> None:
    assert matches_watch("SDR", ["Sales", "sales development"]) == "Sales"
    assert matches_watch("SDR", []) is None
    assert matches_watch("", WATCH) is None
    assert matches_watch("SDR", ["", "  ", "SDR"]) == "SDR"


@given(st.text(max_size=400), st.one_of(st.none(), st.text(max_size=100)))
def test_classify_title_never_raises(title: str, department: str | None) -> None:
    result = classify_title(title, department=department)
    assert result.function in FUNCTIONS and result.seniority in SENIORITIES


@given(st.text(max_size=200), st.lists(st.text(max_size=40), max_size=5))
def test_matches_watch_never_raises(title: str, watch: list[str]) -> None:
    found = matches_watch(title, watch)
    assert found is None or found in watch


def test_huge_titles_are_capped() -> None:
    assert classify_title("Account Executive " + "x" * 1_000_000).function == "sales"
