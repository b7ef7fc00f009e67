"""Round 5 of issue 12 (titles5): shapes left by round 4 and seen in fresh remote-board titles.

Made-up titles (none is a title from the evaluation sets) of the shapes: an analyst of a
marketing channel is a marketing analyst, which the set reads as data work; a recruiter hires
for whatever desk is named before the role noun; schedulers plan work as planners do; tenders
are bids (sales); the German lead of a unit below a department (a ward,
a sub-area, a shift, a household staff) runs a crew; a German retail clerk
("Kaufmann/-frau - Einzelhandel") sells; "GC" beside an officer rank is the general counsel. Labels follow the conventions pinned in
test_roles_vocabulary.py and the round-4 files.
"""

from __future__ import annotations

import pytest

from signals.extract.roles import classify_title

CASES: list[tuple[str, str, str]] = [
    # An analyst of a marketing channel is a marketing analyst: data work, as pinned in round 4d
    ("Paid Search Marketing Analyst", "data", "ic"),
    ("Senior Search Engine Marketing Analyst", "data", "ic"),
    ("Ecommerce Marketing Analyst II", "data", "ic"),
    ("Social Media Marketing Analyst, EMEA", "data", "ic"),
    # ... while the channel's own roles stay marketing
    ("Search Engine Marketing Specialist", "marketing", "ic"),
    ("Social Media Marketing Manager", "marketing", "ic"),
    # A recruiter hires for the desk named before the role noun
    ("Social Media Recruiter", "people", "ic"),
    ("Field Sales Recruiter", "people", "ic"),
    ("Senior Key Account Recruiter", "people", "ic"),
    ("Digital Marketing Sourcer", "people", "ic"),
    # A scheduler plans work, as a planner does; a patient's scheduler stays in care
    ("Construction Project Scheduler", "operations", "ic"),
    ("Senior Production Scheduler", "operations", "ic"),
    ("Scheduler", "operations", "ic"),
    ("Clinic Patient Scheduler", "other", "ic"),
    ("Project Controls Engineer", "engineering", "ic"),
    # Tenders are bids, sold like proposals (a proposal manager is a manager, as pinned in round 4)
    ("Tender Manager - Infrastructure", "sales", "manager"),
    ("Tendering Coordinator", "sales", "ic"),
    ("Bid Manager (Public Sector)", "sales", "manager"),
    # The German lead of a unit below a department runs a crew
    ("Stationsleitung Intensivpflege (m/w/d)", "other", "manager"),
    ("Teilbereichsleitung Logistik (m/w/d)", "operations", "manager"),
    ("Schichtleiter (m/w/d) Produktion", "operations", "manager"),
    ("Wohnbereichsleitung (m/w/d) Seniorenheim", "other", "manager"),
    ("Hauswirtschaftliche Leitung (m/w/d) Seniorenresidenz", "other", "manager"),
    # ... while a department's or a branch's head stays a director
    ("Abteilungsleitung Einkauf (m/w/d)", "operations", "director"),
    ("Bereichsleiter Vertrieb (m/w/d)", "sales", "director"),
    # A German retail clerk sells; a store's head still runs the store
    ("Kaufmann/-frau - Einzelhandel (Lebensmittel)", "sales", "ic"),
    ("Kauffrau im Einzelhandel (m/w/d)", "sales", "ic"),
    ("Einzelhandelskauffrau (m/w/d) Teilzeit", "sales", "ic"),
    ("Filialleitung Einzelhandel (m/w/d)", "operations", "director"),
    ("Kaufmann/-frau - Büromanagement", "operations", "ic"),
    # An officer's filed title abbreviates the office: "GC" beside an officer rank is the
    # general counsel; elsewhere it may be a general contractor or a gas chromatograph
    ("EVP, GC & Corporate Secretary", "other", "vp"),
    ("Senior Vice President and GC", "other", "vp"),
    ("Chief Compliance Officer & GC", "other", "c_level"),
    ("GC Project Manager (Commercial Builds)", "operations", "ic"),
]


@pytest.mark.parametrize(("title", "function", "seniority"), CASES)
def test_round5_shapes(title: str, function: str, seniority: str) -> None:
    got = classify_title(title)
    assert (got.function, got.seniority) == (function, seniority), title
