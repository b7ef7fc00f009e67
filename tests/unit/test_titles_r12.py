"""Round 12 title rules (signals/extract/roles.py, "Round 12"): typographic apostrophes, clock
times, accountants of a named team, data centres as a place, mid-market sales desks, IT
operations, French estate agents, media managers, a role noun after two joined subjects, and
the phrase families of the r12 batch (competitive intelligence, communication design, media
strategy and retail media, French campaign managers, Spanish demand generation and account
executives, "analítica", industrial automation, French planners, renewal desks).

Each rule has a positive example and a near miss that must keep its older answer. Every title here
is made up; none is a row of the labelled sets or of the fresh batch that prompted the rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from signals.extract.learned import dev_rows
from signals.extract.roles import classify_title, normalise_title

# (title, function, seniority); None = not checked
CASES: list[tuple[str, str, str | None]] = [
    # A typographic apostrophe is the apostrophe, not a word break
    ("Ingénieure d’Affaires Grands Comptes IT", "sales", "ic"),
    ("Chargée d’affaires export (F/H)", "sales", "ic"),
    ("Ingénieur d'Études Java", "engineering", "ic"),  # near miss: an engineer of studies stays one
    # A clock time is no product manager
    ("Support Agent (Shift 9 PM - 6 AM)", "customer_success", "ic"),
    ("Customer Success PM - Onboarding", "product", None),  # near miss: "PM" alone is still product
    # Accountants of a named team or subject are finance
    ("Senior Analyst, Logistics Accounting", "finance", "ic"),
    ("Manager, Cloud Infrastructure Accounting", "finance", "manager"),
    ("Marketing Project Accountant", "finance", "ic"),
    ("Supply Chain Analyst, Accounts Payable", "operations", "ic"),  # near miss: no accounting noun after the team
    # A data centre is a place IT runs, not the data team
    ("Technicienne Data Center - Marseille (H/F)", "engineering", "ic"),
    ("Data Centre Site Lead", "engineering", None),
    ("Data Center Construction Superintendent", "other", "manager"),  # near miss: the role word decides, as before
    ("Data Quality Analyst", "data", "ic"),  # near miss: no centre
    # A mid-market segment named alone is a sales desk; a role word still decides
    ("Manager Mid-Market North", "sales", "manager"),
    ("Mid-Market Manager, North", "sales", "manager"),
    # after a comma, "Manager, Mid-Market North": the rules keep the rank part's weak operations reading; since the
    # round 14 retrain the title model, consulted on a weak answer, reads the sales desk
    ("Manager, Mid-Market North", "sales", "manager"),
    ("Mid-Market Customer Success Manager, DACH", "customer_success", "ic"),
    ("Lifecycle Marketing Manager, Mid-Market", "marketing", "ic"),
    # IT operations are IT; IT support stays the operations desk
    ("IT Operations Specialist (Linux)", "engineering", "ic"),
    ("IT Support Technician, Level 2", "operations", "ic"),  # near miss
    # French estate agents stay "other"; a French salesperson sells
    ("Négociatrice immobilière H/F - Lyon", "other", "ic"),
    ("Négociateur location et gestion locative", "other", "ic"),
    ("Négociateur commercial B2B (H/F)", "sales", "ic"),  # near miss
    # A media manager is an individual role, as a social media manager is
    ("Paid Media Manager, EMEA", "marketing", "ic"),
    ("Retail Media Campaign Specialist", "marketing", "ic"),
    ("Head of Media", "marketing", "director"),  # near miss: the head of the team
    ("Retail Store Manager", "operations", "manager"),  # near miss: retail without media
    # A role noun after two joined subjects names the job; two teams joined still read the first
    ("Privacy & Security Counsel", "other", "ic"),
    ("Payroll & Benefits Coordinator", "finance", "ic"),  # near miss
    ("Responsable comptabilité et administration du personnel", "finance", "manager"),  # near miss: two jobs
    # Phrase families of the batch
    ("Competitive Intelligence Manager, Cloud", "marketing", None),
    ("Senior Communication Designer (Brand)", "marketing", "ic"),
    ("Product Designer, Communication Tools", "product", "ic"),  # near miss: a product designer
    ("Media Strategy Lead, Retail", "marketing", "ic"),
    ("Gestionnaire de campagnes emailing (F/H)", "marketing", "ic"),
    ("Consultant CRM Salesforce (H/F)", "revenue_operations", "ic"),  # near miss: CRM without campaigns
    ("Especialista en Generación de Demanda B2B", "marketing", "ic"),
    ("Territory Representative, Medical Devices", "sales", "ic"),
    ("Ejecutiva de Cuenta Senior - Software", "sales", "ic"),
    ("Analista de Analítica Web", "data", "ic"),
    ("Técnico en Automatización Industrial", "engineering", "ic"),
    ("Técnico de automatización de edificios", "other", "ic"),  # near miss: a bare automation technician
    ("Planificatrice production (F/H)", "operations", "ic"),
    ("Renewal Sales Coordinator, SMB", "customer_success", "ic"),
    ("Inside Sales Representative, SMB", "sales", "ic"),  # near miss
    # French "contenu" is content (said by the rules after the retrain)
    ("Rédacteur de contenus SEO (H/F)", "marketing", "ic"),
    ("Chargée de contenu éditorial (F/H)", "marketing", "ic"),
]


def test_the_examples_are_made_up() -> None:
    texts = {r["text"].casefold() for r in dev_rows("titles")}
    batch = Path(__file__).resolve().parents[1] / "fixtures" / "realworld" / "scratch" / "r12-titles.jsonl"
    if batch.exists():
        texts |= {json.loads(line)["text"].casefold() for line in batch.read_text(encoding="utf-8").splitlines() if line}
    made_up = [title for title, _, _ in CASES if title.casefold() in texts]
    assert made_up == []


@pytest.mark.parametrize(("title", "function", "seniority"), CASES)
def test_round_12_titles(title: str, function: str, seniority: str | None) -> None:
    got = classify_title(title)
    assert got.function == function, (title, got)
    if seniority is not None:
        assert got.seniority == seniority, (title, got)


def test_typographic_apostrophes_read_as_the_apostrophe() -> None:
    assert normalise_title("Ingénieur d’Affaires") == normalise_title("Ingénieur d'Affaires")


def test_a_clock_time_is_not_a_product_manager() -> None:
    assert "product" not in normalise_title("Night Shift 10 PM to 6 AM").split()
