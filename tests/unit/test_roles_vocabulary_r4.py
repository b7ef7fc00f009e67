"""Round 4 of issue 12: job titles as careers sites and job boards publish them.

Made-up titles of the shapes that fresh Remote OK, We Work Remotely, hellowork.com and
arbeitnow.com titles showed (none is a title from the evaluation sets): HTML-escaped feeds, ".NET",
French inclusive endings, "Dev" for development, team compounds ("Talent Acquisition",
"Recruiting Operations"), a grade inside a title, working students, "with a path to" futures, French
"Chef de ..." heads of a shop floor or a site, hardware design, and Dutch, Italian and Portuguese
vocabularies. Labels follow the conventions pinned in test_roles_vocabulary.py: engineers of any
discipline are engineering, construction managers operations, "Gerente de Cuentas" a manager.
"""

from __future__ import annotations

import pytest

from signals.extract.roles import classify_title

CASES: list[tuple[str, str, str]] = [
    # Feeds escape HTML; ".NET" names a stack; French inclusive endings
    ("Data &amp; Analytics Engineer", "data", "ic"),
    ("Lead Developer .NET (m/w/d)", "engineering", "ic"),
    ("Responsable Applicatif .Net H/F", "engineering", "manager"),
    ("Chargé·e de Recrutement H/F", "people", "ic"),
    ("Directeur·rice Commercial·e Grands Comptes", "sales", "director"),
    # "Dev" is development
    ("Head of App Dev", "engineering", "director"),
    ("Biz Dev Associate (Remote)", "sales", "ic"),
    # A team's compound keeps its noun: acquisition of talent or users is not a deal
    ("Talent Acquisition Partner (m/w/d)", "people", "ic"),
    ("User Acquisition Specialist", "marketing", "ic"),
    ("Acquisitions Analyst", "finance", "ic"),
    ("Recruiting Operations Lead", "people", "ic"),
    ("Finance Operations Analyst", "finance", "ic"),
    # A grade between team and role noun; a working student is not a school's staff
    ("IT Junior Support Specialist", "operations", "ic"),
    ("Working Student Customer Support (m/w/d)", "customer_success", "ic"),
    # Where the job may lead is not the job
    ("Sales Manager (m/w/d) mit Perspektive zur Vertriebsleitung", "sales", "manager"),
    ("Account Executive with a path to Sales Director", "sales", "ic"),
    ("Buchhalter (m/w/d) mit Entwicklungsperspektive zur Teamleitung", "finance", "ic"),
    # French heads of a team, a shop floor or a building site; a butcher is a trade
    ("Chef d'Équipe Logistique H/F", "operations", "manager"),
    ("Chef des Ventes Export H/F", "sales", "manager"),
    ("Chef de Rayon Boulangerie H/F", "operations", "manager"),
    ("Responsable de Magasin - Lyon 3e H/F", "operations", "manager"),
    ("Conducteur de Travaux Gros Oeuvre H/F", "operations", "manager"),
    ("Chef de Projets Génie Climatique H/F", "operations", "ic"),
    ("Boucher en Grande Surface H/F", "other", "ic"),
    ("Vendeur en magasin de sport (H/F)", "sales", "ic"),
    # One phrase holding the "and"; hardware design is engineering, not product design
    ("Virtual Design and Construction Manager", "other", "manager"),
    ("Chip Design Engineer", "engineering", "ic"),
    ("PCB Design Lead", "engineering", "ic"),
    ("Semiconductor Process Engineer", "engineering", "ic"),
    # Vocabulary
    ("Client Relationship Manager (Wealth)", "sales", "ic"),
    ("Content Moderator (Dutch speaking)", "operations", "ic"),
    ("Conseillère en Gestion de Patrimoine H/F", "finance", "ic"),
    ("Responsable Formation H/F", "people", "manager"),
    ("Assistenz der Geschäftsführung (m/w/d)", "operations", "ic"),
    ("Technischer Redakteur Software (m/w/d)", "engineering", "ic"),
    ("Fotograf / Videograf (m/w/d)", "marketing", "ic"),
    ("SAP Basis Administrator", "engineering", "ic"),
    ("Dozent für Projektmanagement (m/w/d)", "other", "ic"),
    ("Freelance Security Researcher", "engineering", "ic"),
    ("Retention Marketing Manager", "marketing", "ic"),
    # Dutch
    ("Accountmanager Buitendienst (m/v)", "sales", "ic"),
    ("Commercieel Medewerker Binnendienst", "sales", "ic"),
    ("Klantenservice Medewerker (32-40 uur)", "customer_success", "ic"),
    ("Medior Ontwikkelaar Java", "engineering", "ic"),
    ("Financieel Administratief Medewerker", "finance", "ic"),
    ("Teamleider Klantenservice", "customer_success", "manager"),
    ("Online Marketeer", "marketing", "ic"),
    # Italian
    ("Responsabile Commerciale Nord Italia", "sales", "manager"),
    ("Sviluppatore Full Stack Junior", "engineering", "ic"),
    ("Addetto Contabilità", "finance", "ic"),
    ("Addetto Assistenza Clienti", "customer_success", "ic"),
    ("Direttore Vendite", "sales", "director"),
    # Portuguese
    ("Executivo de Vendas", "sales", "ic"),
    ("Gerente de Contas Sênior", "sales", "manager"),
    ("Analista de Dados Pleno", "data", "ic"),
    ("Desenvolvedora Front-end", "engineering", "ic"),
    ("Atendimento ao Cliente - Suporte", "customer_success", "ic"),
    ("Diretora Financeira", "finance", "director"),
    # "IT" names the domain when another word names the team; German word order puts the team first
    ("Vertrieb IT-Lösungen (m/w/d) im Außendienst", "sales", "ic"),
    ("IT Recruiter (w/m/d)", "people", "ic"),
    ("Werkstudent IT-Support", "operations", "ic"),
    # Drivers and train crews; project developers and project management are not software
    ("Lokführer:in im Güterverkehr (m/w/d)", "other", "ic"),
    ("Berufskraftfahrer CE (m/w/d) Nahverkehr", "other", "ic"),
    ("Geschäftsführer (m/w/d) Tochtergesellschaft", "operations", "c_level"),
    ("Projektentwickler Wind (m/w/d)", "operations", "ic"),
    ("Werkstudent Projektmanagement & Vertrieb", "operations", "ic"),
    ("Niederlassungsleiter Logistik (m/w/d)", "operations", "director"),
    ("Netzwerk Administrator (m/w/d)", "engineering", "ic"),
    ("AWS Cloud Specialist (m/w/d)", "engineering", "ic"),
    ("Personalentwickler:in (m/w/d)", "people", "ic"),
    ("Geschäftsentwickler B2B (m/w/d)", "sales", "ic"),
    ("Vertriebsingenieur Antriebstechnik (m/w/d)", "sales", "ic"),
    # German "für" and French "pour" begin the qualifier, as "for" does
    ("Lehrkraft für Betriebswirtschaft und Marketing (m/w/d)", "other", "ic"),
    # "GTM" spelled out is three words but one modifier: the role noun after it decides
    ("GTM Legal Counsel, EMEA", "other", "ic"),
    ("GTM Recruiter (Contract)", "people", "ic"),
    ("Head of GTM", "sales", "director"),
    ("GTM Engineer", "revenue_operations", "ic"),
    # Partner development and marketers; warehouses ship "IT equipment" without being IT
    ("Partner Development Manager, Payments (German Speaking)", "sales", "ic"),
    ("Lifecycle Marketer", "marketing", "ic"),
    ("Shipping Coordinator, IT Hardware | Austin, On-site", "operations", "ic"),
    ("Fulfilment Centre Lead, IT equipment", "operations", "ic"),
    ("Employee Success Manager", "people", "ic"),
    ("LMS Administrator (Workday)", "people", "ic"),
    ("Jovem Aprendiz - Atendimento ao Cliente", "customer_success", "ic"),
    # Partner leads are partnerships (sales), whatever the qualifier; comms operations stay in comms
    ("Strategic Partner Lead, Cloud Infrastructure", "sales", "ic"),
    ("Partner Director, Workday Alliance | EMEA", "sales", "director"),
    ("Communications Operations Manager", "marketing", "manager"),
    ("Credit Risk Analyst, Consumer Lending", "finance", "ic"),
    ("Analista de Cobranza", "finance", "ic"),
    # A team's strategy is the team's work; capital-markets "sales and trading" is a finance desk
    ("Brand Strategy Lead", "marketing", "ic"),
    ("Data Strategy Manager", "data", "manager"),
    ("Platform Strategy & Operations Lead", "engineering", "ic"),
    ("Associate, Sales & Trading (Fixed Income)", "finance", "ic"),
    ("Analyst, Portfolio Management - Private Credit", "finance", "ic"),
    ("Venture Investment Associate", "finance", "ic"),
    ("Affiliate Manager (Remote, Part-Time)", "marketing", "ic"),
    ("RFP & Proposal Manager", "sales", "manager"),
    ("Threat Intelligence Analyst", "engineering", "ic"),
    ("Responsable Rémunération et Avantages H/F", "people", "manager"),
    ("Analista de Remuneração Sênior", "people", "ic"),
    ("Bankruptcy Specialist, Mortgage Servicing", "finance", "ic"),
]


@pytest.mark.parametrize(("title", "function", "seniority"), CASES)
def test_title_vocabulary_round_4(title: str, function: str, seniority: str) -> None:
    found = classify_title(title)
    assert (found.function, found.seniority) == (function, seniority)
