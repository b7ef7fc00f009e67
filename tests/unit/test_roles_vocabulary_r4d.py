"""Round 4 of issue 12, fourth shift: profile-style titles (what people call themselves).

Made-up titles (none is a title from the evaluation sets) of the shapes fresh batches showed:
insight, reporting, visualisation and map work; data and BI builders; an analyst whose title
names no team; planners; owners of a business; editors-in-chief; a C-suite acronym used as the
name of an organisation after a lower rank. Labels follow the conventions pinned in
test_roles_vocabulary.py.
"""

from __future__ import annotations

import pytest

from signals.extract.roles import classify_title

CASES: list[tuple[str, str, str]] = [
    # Insight, reporting, decision support, visualisation and maps are data work
    ("Customer Insight Specialist", "data", "ic"),
    ("Head of Insights", "data", "director"),
    ("Decision Support Consultant", "data", "ic"),
    ("Operational Reporting Analyst", "data", "ic"),
    ("Visualisation Specialist", "data", "ic"),
    ("Chief Visualization Officer", "data", "c_level"),
    ("GIS Intern", "data", "ic"),
    ("Senior Geospatial Analyst", "data", "ic"),
    ("Cartographer", "data", "ic"),
    # Data, analytics and BI builders are data; financial reporting stays finance
    ("Analytics Architect", "data", "ic"),
    ("BI Developer", "data", "ic"),
    ("Insights Developer II", "data", "ic"),
    ("Statutory Reporting Accountant", "finance", "ic"),
    ("Financial Reporting Lead", "finance", "ic"),
    ("Talent Analytics Manager", "people", "manager"),
    # An analyst whose title names no team analyses data
    ("Senior Analyst", "data", "ic"),
    ("Advisory Analyst II", "data", "ic"),
    ("Analytical Generalist", "data", "ic"),
    ("Senior Financial Analyst", "finance", "ic"),
    ("Analista de Servicios Generales", "other", "ic"),
    # Planners plan what the title names; town planners plan land
    ("Planner", "operations", "ic"),
    ("Marketing Planner II", "marketing", "ic"),
    ("Senior Planning Analyst", "operations", "ic"),
    ("Urban Planner", "other", "ic"),
    ("Project Analyst", "operations", "ic"),
    ("Technology Analyst", "engineering", "ic"),
    # Market and personalisation work; public affairs
    ("Personalisation Specialist", "marketing", "ic"),
    ("External Affairs Coordinator", "marketing", "ic"),
    # Owners of a business, editors-in-chief
    ("Owner", "operations", "c_level"),
    ("Owner - Marketing Consultant", "marketing", "c_level"),
    ("Founder and Owner", "operations", "c_level"),
    ("Product Owner", "product", "ic"),
    ("Owner Operator Truck Driver", "other", "ic"),
    ("Editor in Chief", "marketing", "director"),
    # A C-suite acronym naming an organisation after a lower rank
    ("Director, CTO Platform Strategy", "engineering", "director"),
    ("Senior Manager, CIO Advisory", "engineering", "manager"),
    ("Director and CFO", "finance", "c_level"),
    ("VP Finance & CFO", "finance", "c_level"),
    # An online shop's own staff are marketing; a seller or developer naming the shop is not
    ("Ecommerce Coordinator", "marketing", "ic"),
    ("E-Commerce Merchandiser", "marketing", "ic"),
    ("Key Account Manager E-Commerce", "sales", "ic"),
    ("Backend Developer E-Commerce Platform", "engineering", "ic"),
    # E-learning is training; employment law is law
    ("E-Learning Developer", "people", "ic"),
    ("Employee Engagement Specialist", "people", "ic"),
    ("Employment Law Paralegal", "other", "ic"),
    ("Labor Law Specialist", "other", "ic"),
    ("Regulatory Affairs Associate", "other", "ic"),
    # Environment, emergencies, exploration, food security
    ("Environmental Officer", "other", "ic"),
    ("Emergency Management Planner", "other", "ic"),
    ("Exploration Geologist", "other", "ic"),
    ("Food Security Officer", "other", "ic"),
    # Hospitality floors are "other"; front desks and guest services are operations
    ("Food and Beverage Supervisor", "other", "manager"),
    ("Banquet Captain", "other", "ic"),
    ("Front Desk Receptionist", "operations", "ic"),
    ("Guest Services Agent", "operations", "ic"),
    ("Head Cashier", "other", "manager"),
    ("Head Teller", "finance", "manager"),
    ("Executive Chef", "other", "manager"),
    # A secretary or technician of a team is that team's
    ("Engineering Secretary", "engineering", "ic"),
    ("Department Secretary", "operations", "ic"),
    ("CAD Technician", "engineering", "ic"),
    ("Hardware Designer II", "engineering", "ic"),
    ("Dynamics 365 Functional Consultant", "engineering", "ic"),
    # Escrow, fixed income; exports and customs; field applications
    ("Escrow Officer", "finance", "ic"),
    ("Fixed Income Analyst", "finance", "ic"),
    ("Import Export Coordinator", "operations", "ic"),
    ("Customs Broker", "operations", "ic"),
    ("Field Applications Engineer", "sales", "ic"),
    ("Conference Manager", "marketing", "ic"),
    ("Commodity Manager", "operations", "ic"),
    # Organisation development; pharma, labs, politics, protection, food service
    ("Organisational Development Consultant", "people", "ic"),
    ("Pharmaceutical Research Associate", "other", "ic"),
    ("Pharmacovigilance Associate", "other", "ic"),
    ("Political Researcher", "other", "ic"),
    ("Child Protection Officer", "other", "ic"),
    ("Food Service Supervisor", "other", "manager"),
    ("R&D Technician", "other", "ic"),
    ("Research and Development Engineer II", "engineering", "ic"),
    ("Head of Research and Development", "engineering", "director"),
    # Promotions, publicity and public information are marketing
    ("Promotions Executive", "marketing", "ic"),
    ("Public Information Coordinator", "marketing", "ic"),
    # Shop associates sell (real-estate agents stay "other", as pinned in round 1)
    ("Real Estate Paralegal", "other", "ic"),
    ("Retail Sales Associate", "sales", "ic"),
    # Records, plants, production floors, store management
    ("Records Clerk", "operations", "ic"),
    ("Plant Superintendent", "operations", "manager"),
    ("Production Team Leader", "operations", "manager"),
    ("Reimbursement Specialist", "finance", "ic"),
    ("Senior Products Manager", "product", "ic"),
    # French list titles name both genders: "X / Xe ..." reads as one title
    ("Boulanger / Boulangère", "other", "ic"),
    ("Chef / Cheffe de partie", "other", "ic"),
    ("Chef / Cheffe de salle en restauration", "other", "manager"),
    ("Vendeur / Vendeuse en boulangerie", "sales", "ic"),
    ("Moniteur / Monitrice de ski", "other", "ic"),
    ("Conseiller commercial / Conseillère commerciale", "sales", "ic"),
    ("Dessinateur-projeteur / Dessinatrice-projeteuse en génie climatique", "engineering", "ic"),
    ("Designer / Developer", "product", "ic"),
    # French crews: the "chef" of a crew manages; project, product and audit "chefs" do not
    ("Chef barman", "other", "manager"),
    ("Chef de projet marketing", "marketing", "ic"),
    ("Chef de mission audit", "finance", "ic"),
    ("Gouvernante générale", "other", "manager"),
    ("Responsable de projets informatiques", "engineering", "ic"),
    # French families: activity leaders, hotels, reception, support, design offices, patents
    ("Animateur / Animatrice de centre de loisirs", "other", "ic"),
    ("Employé polyvalent de restauration", "other", "ic"),
    ("Hôtesse d'accueil en entreprise", "operations", "ic"),
    ("Technicien support technique", "customer_success", "ic"),
    ("Technicienne en bureau d'études électricité", "engineering", "ic"),
    ("Rédactrice technique", "engineering", "ic"),
    ("Ingénieur brevets", "other", "ic"),
    ("Bioinformaticienne", "data", "ic"),
    # German boards: the inside-sales desk sells; dispatchers, tour planners, administration
    # clerks and production staff are operations; fitters and crafts are "other"; a foreman leads
    ("Kaufmännischer Mitarbeiter Innendienst (m/w/d)", "sales", "ic"),
    ("Vertriebsinnendienst Medizintechnik (w/m/d)", "sales", "ic"),
    ("Disponent Nahverkehr (m/w/d)", "operations", "ic"),
    ("Tourenplaner (m/w/d) Spedition", "operations", "ic"),
    ("Verwaltungsfachangestellte (m/w/d) Bürgeramt", "operations", "ic"),
    ("Produktionshelfer (m/w/d) Lebensmittel", "operations", "ic"),
    ("Elektromonteur (m/w/d) Schaltanlagen", "other", "ic"),
    ("Helfer im Handwerk (m/w/d)", "other", "ic"),
    ("Vorarbeiter Tiefbau (m/w/d)", "other", "manager"),
    # French support functions
    ("Responsable comptabilité fournisseurs", "finance", "manager"),
    ("Trésorière groupe", "finance", "ic"),
    ("Chargée d'accueil bilingue", "operations", "ic"),
    ("Standardiste (H/F)", "operations", "ic"),
    ("Chargé d'études socio-économiques", "data", "ic"),
    ("Développeuse décisionnel Power BI", "data", "ic"),
    ("Responsable qualité de vie au travail", "people", "manager"),
    ("Planneur stratégique (H/F)", "marketing", "ic"),
    ("Assistante administration des ventes", "revenue_operations", "ic"),
    ("Responsable service clients", "customer_success", "manager"),
    ("Intégrateur logiciel (H/F)", "engineering", "ic"),
    ("Administratrice base de données", "engineering", "ic"),
    ("Dirigeant d'entreprise", "operations", "c_level"),
    # German official titles: a "Kaufmann/-frau" is the trade that follows; stock clerks and
    # machine operators are operations; a bare "Designer" reads the discipline after it
    ("Filialleiter Einzelhandel (m/w/d)", "operations", "director"),
    ("Kaufmann für Büromanagement (m/w/d)", "operations", "ic"),
    ("Fachlagerist (m/w/d) Frühschicht", "operations", "ic"),
    ("Maschinen- und Anlagenführer (m/w/d) Kunststoff", "operations", "ic"),
    ("Lokführer (m/w/d)", "other", "ic"),
    ("Designer/in (Ausbildung) - Kommunikationsdesign", "marketing", "ic"),
    ("Designer (m/w/d)", "product", "ic"),
    ("Senior Designer", "product", "ic"),
    # German "im" names where the job sits, like "for"; "IM" in capitals is an acronym
    ("Sachbearbeiter im Einkauf (m/w/d)", "operations", "ic"),
    ("Mitarbeiter im Handwerk", "other", "ic"),
    ("Head of IM Sales", "sales", "director"),
    # Guards and workplace safety are operations; IT security officers engineering
    ("Store Security Officer", "operations", "ic"),
    ("IT Security Officer", "engineering", "ic"),
    ("Health and Safety Coordinator", "operations", "ic"),
    ("Patient Safety Officer", "other", "ic"),
    # Pensions, trusts and risk consulting are finance; staffing and training people
    ("Pension Administrator", "finance", "ic"),
    ("Trust Officer", "finance", "ic"),
    ("Staffing Specialist", "people", "ic"),
    ("Training Manager, Retail", "people", "manager"),
    ("GTM Risk and Compliance Analyst", "other", "ic"),
    # Sourcing, supply management, trade compliance, shifts
    ("Strategic Sourcing Manager", "operations", "manager"),
    ("Trade Compliance Specialist", "operations", "ic"),
    ("Shift Leader", "operations", "manager"),
    ("Sous Chef", "other", "manager"),
    ("Supervisory Procurement Analyst", "operations", "manager"),
    ("Spa Coordinator", "other", "ic"),
    # An analyst's desk names the team
    ("Equity Research Associate", "finance", "ic"),
    ("Senior Policy Analyst", "other", "ic"),
    ("Public Policy Analyst, EMEA", "marketing", "ic"),
    ("Sales Training Manager", "revenue_operations", "manager"),
    ("Customer Education Specialist", "customer_success", "ic"),
    ("Asset Protection Lead", "operations", "ic"),
    # French banking, insurance, retail, sales and media
    ("Conseillère clientèle bancaire (H/F)", "finance", "ic"),
    ("Gestionnaire sinistres automobile", "finance", "ic"),
    ("Chargé d'études actuarielles", "finance", "ic"),
    ("Gestionnaire de copropriété (H/F)", "operations", "ic"),
    ("Boulangère en supermarché", "other", "ic"),
    ("Courtier en matières premières", "sales", "ic"),
    ("Représentant commercial (H/F)", "sales", "ic"),
    ("Déléguée pharmaceutique Île-de-France", "sales", "ic"),
    ("Téléconseiller centre d'appels", "customer_success", "ic"),
    ("Chargée de relations publiques", "marketing", "ic"),
    ("Éditrice jeunesse (H/F)", "marketing", "ic"),
    ("Chef boulanger", "other", "manager"),
]


@pytest.mark.parametrize(("title", "function", "seniority"), CASES)
def test_profile_title_shapes(title: str, function: str, seniority: str) -> None:
    got = classify_title(title)
    assert (got.function, got.seniority) == (function, seniority)
