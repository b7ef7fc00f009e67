"""Round 4 of issue 12, second shift: job titles from boards unlike the ones tuned on.

Made-up titles (none is a title from the evaluation sets) of the shapes that fresh job-board
listings showed: health and social care (care managers, licensed nurses, dietitians), insurance
desks (workers' compensation, actuaries), lawyers whatever their subject, support given to a team's
own work, upkeep of buildings, the US "Head Start" pre-school programme, and Spanish, Galician,
Portuguese and Italian shop-floor, warehouse and public-service titles. Labels follow the
conventions pinned in test_roles_vocabulary.py.
"""

from __future__ import annotations

import pytest

from signals.extract.roles import classify_title

CASES: list[tuple[str, str, str]] = [
    # Health and social care: a care manager manages a patient's care, not a team
    ("Care Manager (LSW) - Field Based - Columbus", "other", "ic"),
    ("Senior Care Coordinator, Behavioral Health", "other", "ic"),
    ("Travel RN - Telemetry - Nights", "other", "ic"),
    ("LPN - Memory Care - Weekends", "other", "ic"),
    ("Clinical Dietitian - Inpatient", "other", "ic"),
    ("Registered Dietitian Nutritionist (RDN)", "other", "ic"),
    ("Director of Nutrition Services", "other", "director"),
    ("Staff Chaplain - Palliative", "other", "ic"),
    # Insurance: workers' compensation is a line of cover, not pay
    ("Workers' Compensation Claims Adjuster", "finance", "ic"),
    ("Workers Compensation, Senior Underwriting Manager", "finance", "manager"),
    ("Pricing Aktuar (m/w/d)", "finance", "ic"),
    ("Versicherungsmathematiker Leben (w/m/d)", "finance", "ic"),
    # Lawyers are lawyers whatever their subject
    ("Legal Counsel Data Protection (m/f/d)", "other", "ic"),
    ("Privacy Counsel, EMEA", "other", "ic"),
    ("Syndikusjurist (m/w/d) Arbeitsrecht", "other", "ic"),
    # Support given to a team's own work is that team's
    ("Legal Support Specialist II", "other", "ic"),
    ("Payroll Support Analyst", "finance", "ic"),
    ("HR Support Coordinator", "people", "ic"),
    ("Office Support Assistant", "operations", "ic"),
    # ... while support for customers stays customer success
    ("Customer Support Specialist", "customer_success", "ic"),
    ("Product Support Engineer", "customer_success", "ic"),
    ("Sales Support Representative", "sales", "ic"),
    # Upkeep of buildings is operations; a maintenance technician stays a technician
    ("Maintenance Supervisor - 2nd Shift", "operations", "manager"),
    ("Director of Maintenance and Facilities", "operations", "director"),
    ("Maintenance Technician II", "other", "ic"),
    ("Technicien de Maintenance Industrielle H/F", "other", "ic"),
    # Technical writing is engineering's documentation
    ("Technical Writing Specialist", "engineering", "ic"),
    # "Head Start" is a pre-school programme, not a rank
    ("Head Start Lead Teacher", "other", "ic"),
    ("Early Head Start Home Visitor", "other", "ic"),
    ("Head of Early Education", "other", "director"),
    # Spanish, Galician, Portuguese and Italian floors: warehouses, logistics, projects, guards,
    # assembly, factories; Galician engineers; teachers and care assistants; foremen
    ("Mozo/a de Almacén - Turno de Noche", "operations", "ic"),
    ("Operario/a de Producción", "operations", "ic"),
    ("Persoal de Loxística e Reparto", "operations", "ic"),
    ("Técnico/a de Proyectos I+D", "operations", "ic"),
    ("Vigilante de Seguridad con TIP", "operations", "ic"),
    ("Addetto al Magazzino", "operations", "ic"),
    ("Enxeñeiro/a Industrial", "engineering", "ic"),
    ("Profesor/a de Matemáticas", "other", "ic"),
    ("Gerocultor/a - Residencia de Mayores", "other", "ic"),
    ("Encargado de Obra", "other", "manager"),
    ("Capataz Forestal", "other", "manager"),
    # "para" begins the qualifier as "for", "für" and "pour" do
    ("Comercial para Empresa de Logística", "sales", "ic"),
    ("Docente para Cursos de Logística", "other", "ic"),
    # After "at", "bij", "bei", "chez" comes the employer: its name is neither rank nor team
    ("Policy Adviser at CEO Office Partners", "other", "ic"),
    ("Beleidsmedewerker bij CFO Rijk", "other", "ic"),
    ("Data Analyst bei Sales Cloud GmbH", "data", "ic"),
    # Dutch compounds: communications, applications, project leads, team managers, policy
    ("Communicatieadviseur Interne Communicatie", "marketing", "ic"),
    ("Functioneel Beheerder Applicaties", "engineering", "ic"),
    ("Projectleider Woningbouw 32 uur", "operations", "ic"),
    ("Teammanager Klantcontact", "customer_success", "manager"),
    ("Senior Beleidsadviseur Wonen", "other", "ic"),
    # Legal secretaries, laboratories, document processing, enterprise risk
    ("Legal Secretary - Litigation", "other", "ic"),
    ("Quality Control Lab Manager", "other", "manager"),
    ("Laborleiter Analytik (m/w/d)", "other", "director"),
    ("Document Control Specialist", "operations", "ic"),
    ("Director, Enterprise Risk", "finance", "director"),
    ("Labor Relations Manager", "people", "manager"),
    # Corporate development and M&A, loan servicing, delinquency; marketing communications
    ("Corporate Development Associate", "finance", "ic"),
    ("M&A Integration Lead", "finance", "ic"),
    ("Loan Servicing Specialist II", "finance", "ic"),
    ("Analista de Inadimplência Pleno", "finance", "ic"),
    ("MarComm Manager, Benelux", "marketing", "ic"),
    # A C-suite office is where the job sits, not the job's rank
    ("Senior Accountant, Office of the CFO", "finance", "ic"),
    ("Software Engineer, CTO Office", "engineering", "ic"),
    ("Head of Partnerships, reporting to the CEO", "sales", "director"),
    ("Strategy Associate - CEO Organization", "operations", "ic"),
    ("SVP, Chief Financial Officer", "finance", "c_level"),
    ("Founder & CEO", "operations", "c_level"),
    # Health care is a sector like a hospital; programme analysts analyse programmes
    ("Senior Health Care Assistant - Band 3", "other", "ic"),
    ("Healthcare Support Worker (Nights)", "other", "ic"),
    ("Healthcare Data Analyst", "data", "ic"),
    ("Program Analyst (GS-0343-11)", "operations", "ic"),
    ("Asset Management Analyst", "finance", "ic"),
]


@pytest.mark.parametrize(("title", "function", "seniority"), CASES)
def test_round4b_title_shapes(title: str, function: str, seniority: str) -> None:
    got = classify_title(title)
    assert (got.function, got.seniority) == (function, seniority), title
