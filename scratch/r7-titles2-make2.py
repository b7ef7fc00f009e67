"""Batch 2 of r7-titles2: B2B software titles (a GTM role selector, a SaaS careers page, engineering listings) and
French/German job classifications (hard negatives)."""
import json
GTM = {"sales", "marketing", "customer_success", "revenue_operations"}
R = "quoted for evaluation; labelled by hand; round 7 titles2 batch 2"
S11 = "search-tool code index id 55944408418: a sales-research tool's curated GTM job-title selector; " + R
S12 = "search-tool code index id 68862722454: a B2B SaaS careers page (team and open roles); " + R
S13 = ("search-tool pages corpus: engineering and solutions listings (https://nextleveljobs.eu/companies/hubspot/jobs/69709f2cd4ff3539125a2bde, "
       "https://jobboardsearch-demo.myjboard.io/jobs/44719120-software-engineering-architect, https://www.devopsschool.com/blog/page/15/, "
       "https://www.devopsschool.com/blog/author/devopsschool/page/13/, http://www.stellenmarkt-direkt.de/gs/Hamburg/Commis+(Koch%2FK%C3%B6chin)?page=430); " + R)
S14 = ("search-tool pages corpus: German public-sector pay-group examples (https://www.haufe.de/personal/haufe-personal-office-platin/entgeltordnung-vka-teil-a-allgemeiner-teil_idesk_PI42323_HI9862724.html); " + R)
S15 = ("search-tool pages corpus: French collective-agreement job classifications (https://legal.tricoteuses.fr/articles/KALIARTI000005769089, "
       "KALIARTI000005837489, KALIARTI000020022405, KALIARTI000005788375; https://ro.scribd.com/document/158721692/Classification-Professionnelle); " + R)
items = {S11: """Enterprise Account Executive|sales|ic
Strategic Account Executive|sales|ic
Senior Account Executive|sales|ic
Mid-Market Account Executive|sales|ic
Regional Account Executive|sales|ic
Account Executive|sales|ic
SaaS Account Executive|sales|ic
Named Account Executive|sales|ic
VP of Sales|sales|vp
Senior Vice President of Sales|sales|vp
Director of Sales|sales|director
Regional Sales Director|sales|director
Sales Manager|sales|manager
Regional Sales Manager|sales|manager
Chief Revenue Officer|sales|c_level
Director of Business Development|sales|director
VP of Business Development|sales|vp
Strategic Partnerships Manager|sales|ic
VP of Partnerships|sales|vp
Alliance Manager|sales|ic
Director of Revenue Operations|revenue_operations|director
Growth Manager|marketing|ic
VP of Growth|marketing|vp
Commercial Director|sales|director
VP of Customer Success|customer_success|vp
Director of Customer Success|customer_success|director
Strategic Customer Success Manager|customer_success|ic
Enterprise Customer Success Manager|customer_success|ic
Head of Customer Success|customer_success|director
Sales Consulting Account Executive|sales|ic
Sales Enablement Manager|revenue_operations|ic
Director of Sales Enablement|revenue_operations|director""",
S12: """CEO & Co-Founder|operations|c_level
CTO & Co-Founder|engineering|c_level
Chief Product Officer|product|c_level
VP of Engineering|engineering|vp
Senior Full-Stack Engineer|engineering|ic
Cloud Infrastructure & DevOps Engineer|engineering|ic
Sales Development Representative|sales|ic
Security & Compliance Engineer|engineering|ic""",
S13: """Senior Software Engineer I, Backend - Account & Billing|engineering|ic
Software Engineering Architect|engineering|ic
Cloud Carbon Optimization Engineer|engineering|ic
Staff Solutions Engineer|sales|ic
Senior Solutions Engineer|sales|ic
Staff Payment Systems Engineer|engineering|ic
Staff Commerce Platform Engineer|engineering|ic
Senior Payment Systems Engineer|engineering|ic
Senior Commerce Platform Engineer|engineering|ic
Administrator (m/w/d) Windows - 38,5 h/Woche|engineering|ic""",
S14: """Essens- und Getränkeausgeber/innen|other|ic
Garderobenpersonal|other|ic
Reiniger/innen in Außenbereichen|other|ic
Servierer/innen|other|ic
Hausarbeiter/innen|other|ic
Hausgehilfe/Hausgehilfin|other|ic
Bote/Botin (ohne Aufsichtsfunktion)|operations|ic
Wärter/innen von Bedürfnisanstalten|other|ic""",
S15: """Personnel de nettoyage|other|ic
Veilleur de nuit|operations|ic
Livreur|other|ic
Chauffeur-livreur|other|ic
Employé à la réception et à l'expédition du courrier|operations|ic
Secrétaire débutante|operations|ic
Téléphoniste, standardiste, télexiste et chargé de télécopies|operations|ic
Hôtesse d'accueil débutante|operations|ic
Secrétaire qualifiée|operations|ic
Hôtesse d'accueil|operations|ic
Employé administratif au S.A.V.|customer_success|ic
Secrétaire de direction|operations|ic
Chef de classement|operations|manager
Chef de dactylographie ou de sténographie|operations|manager
Technicien commercial de prospection-promotion|sales|ic
Aide-acheteur|operations|ic
Agent de promotion commerciale|sales|ic
Employé de services administratifs, approvisionnement et personnel|operations|ic
Technicien de services administratifs, approvisionnement et personnel|operations|ic
Employé administratif|operations|ic
Employé de comptabilité/facturier|finance|ic
Agent de sécurité|operations|ic
Meunier|other|ic
Porcher|other|ic
Bouvier|other|ic
Portier|other|ic
Valet|other|ic
Aide ouvrier|other|ic
Vendeur auxiliaire|sales|ic
Polycopieur|operations|ic
Blanchisseur|other|ic
Jardinier|other|ic
Caissier|other|ic
Vendeur|sales|ic
Dactylographe|operations|ic
Aide-soignant|other|ic
Conducteur de véhicule|other|ic
Agent de transit|operations|ic
Archiviste|other|ic"""}
rows = []
for src, block in items.items():
    for line in block.strip().splitlines():
        t, f, s = line.split("|")
        rows.append({"text": t, "expected": {"function": f, "seniority": s}, "hard_negative": f not in GTM, "part": "dev", "source": src})
with open("scratch/r7-titles2-batch2.jsonl", "w") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), sum(r["hard_negative"] for r in rows))
