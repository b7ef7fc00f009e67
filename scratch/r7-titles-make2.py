"""Batch 2 of r7-titles: executives' titles, French careers-site titles (marketing and finance)."""
import json
GTM = {"sales", "marketing", "customer_success", "revenue_operations"}
S10 = ("search-tool code index id 57611517066: an account-research brief's executive committee, subsidiary presidents and "
       "career histories (a utility holding company), characters 12,500-28,500; quoted for evaluation; labelled by hand; round 7 batch 2")
S11 = ("search-tool code index ids 23246625681 and 36826263618: an organisation database dump's employee_profile designations "
       "(start-ups and Juniper Networks) and a company profile's leadership team (Microsoft); quoted for evaluation; labelled by hand; round 7 batch 2")
S12 = ("search-tool code index id 66480009257: a French digital-marketing job-family study listing the titles of observed "
       "Indeed/HelloWork/Welcome to the Jungle offers (VARIANTES_FRANCAISES / VARIANTES_ANGLAISES), characters 24,000-40,000; "
       "quoted for evaluation; labelled by hand; round 7 batch 2")
S13 = ("search-tool code index id 58704940093: a French finance-jobs site's manually added offers (banks, audit firms, M&A, asset "
       "management, private equity, insurers), characters 0-16,000; quoted for evaluation; labelled by hand; round 7 batch 2")
items = {S10: """President and Chief Executive Officer|operations|c_level
Executive Vice President and Chief Operating Officer, President of Utility Operations|operations|c_level
Executive Vice President and Chief Customer and Technology Officer|customer_success|c_level
Executive Vice President, Chief Regulatory and Strategy Officer|other|c_level
Executive Vice President, Chief Legal Officer and Corporate Secretary|other|c_level
Executive Vice President, Chief Human Resources Officer|people|c_level
Executive Vice President, Chief Communications and External Affairs Officer|marketing|c_level
Senior Vice President, Chief Audit and Risk Officer|finance|c_level
Senior Vice President, Chief Financial Planning Officer and Treasurer|finance|c_level
Senior Vice President, Controller and Chief Accounting Officer|finance|c_level
President, Riverbend Electric Company (Illinois)|operations|c_level
President, Keystone Electric & Gas (Maryland)|operations|c_level
Vice President of Governmental and Legislative Affairs|other|vp
VP of Distribution Operations|operations|vp
SVP of Electric Operations|operations|vp
SVP of Financial Planning|finance|vp
Senior Vice President of Finance|finance|vp
SVP, Chief Information Officer and Chief Technology Officer|engineering|c_level
EVP and Chief Financial Officer|finance|c_level""",
S11: """Co-Founder/Co-CEO|operations|c_level
Founder and CEO|operations|c_level
Vice-President of Strategic Partnerships|sales|vp
General Counsel|other|c_level
Chief Data Officer|data|c_level
EVP Engineering, Chief Development Officer|engineering|c_level
SVP, Strategy & Product Mgmt|product|vp
Senior Vice President, Customer Services and Support|customer_success|vp
Co-Founder and Chairman|operations|c_level
Co-Founder and CEO|operations|c_level
Chief Financial Officer, Vice President Finance and Accounts|finance|c_level
Co-Founder and Managing Director|operations|c_level
Cofounder & Director|operations|c_level
Chief Data Scientist,Cofounder|data|c_level
Chief Customer Officer Co-founder|customer_success|c_level
Chief Product Officer and Co-founder|product|c_level
Chief Executive Officer Co-founder|operations|c_level
Co-Founder & Head of Engineering|engineering|c_level
Executive Vice President, Worldwide Commercial|sales|vp
Chief People Officer|people|c_level""",
S12: """Brand Strategist / Concepteur·rice Brand Content|marketing|ic
Content Strategist H/F|marketing|ic
Social Media Brand Content Manager|marketing|ic
Alternant(e)/Stagiaire Marketing CRM (H/F)|marketing|ic
Expert CRM, fidélisation et voix du client Gémo H/F|marketing|ic
CRM Manager - Braze / Anglais courant H/F|marketing|ic
Alternance Chargé·e CRM et Développement Marketing Digital|marketing|ic
Assistant CRM & Graphiste|marketing|ic
Assistant Marketing digital & CRM (H/F) - stage ou alternance|marketing|ic
CRM & Clienteling Assistant Europe (H/F)|marketing|ic
Chargé de Marketing Digital & CRM - Alternance|marketing|ic
Chargé de campagnes CRM en Alternance (F/H)|marketing|ic
Growth Marketing Assistant CRM (Stage / Alternance)|marketing|ic
CRM & Campaign Manager (H/F)|marketing|ic
CRM Campaign Manager (F-H)|marketing|ic
Campaign Manager CRM (H/F) - Adobe Campaign/Dartagnan|marketing|ic
Chef de projet CRM / CRM Lifecycle Manager|marketing|ic
Lifecycle CRM Manager B2B|marketing|ic
Senior Lifecycle Marketing Manager|marketing|ic
CRM & Automation manager F/H|marketing|ic
Senior CRM Manager - Automation|marketing|ic
Chargé(e) de campagnes digitales & influence Junior (H/F)|marketing|ic
Campaign manager F/M|marketing|ic
Alternance - Web Analyst (F/H)|data|ic
CDI - Web Analyst H/F|data|ic
Digital Analyst Confirmé|data|ic
Global Data and Analytics Manager|data|manager
Senior Digital Analyst (x/f/m)|data|ic
CDI - DATA ANALYST - H/F|data|ic
Data Analyst Junior (H/F)|data|ic
Data Analyst expérimenté H/F - Nantes|data|ic
Stage - Data Analyst Junior (F/H)|data|ic
Data Analyst Marketing (F/H/X)|data|ic
Lead Marketing Data Analyst (x/f/m)|data|ic
Marketing Data Analyst - CDI - Lille/Lyon/Paris|data|ic
Senior Marketing Analyst|data|ic
Consultant CRO - (IT) / Freelance|marketing|ic
Consultant Chargé de Campagnes / CRO H/F|marketing|ic
Expert E-commerce Shopify / Optimisation de Conversion (CRO) – H/F|marketing|ic
E-commerce Merchandising & CRO Manager|marketing|ic
ASSISTANT.E E-Commerce & Marketing Digital|marketing|ic
Alternance Assistant(e) E-Commerce & Communication digitale|marketing|ic
Assistant responsable E-Commerce Orange F/H|marketing|ic
Chargé de Marketing Digital & E-commerce (H/F) - Alternance|marketing|ic
Chargé de Contenus E-Commerce / Content Manager|marketing|ic
Content Manager International Ecommerce|marketing|ic
E-COMMERCE PROJECT MANAGER ESPAGNE (F/H)|marketing|ic
E-Commerce Product Manager|product|ic
E-Commerce Specialist H/F - CDI - Paris|marketing|ic""",
S13: """Analyste quantitatif H/F|finance|ic
Compliance, Global Banking & Markets Compliance, Analyst, Paris|other|ic
2027 Corporate & Investment Bank - Global Investment Banking Analyst Program - Off-Cycle Internship - Paris|finance|ic
Investment Banking Associate, Paris|finance|ic
Deutsche Bank Internship Programme - Investment Bank: Corporate Finance – Origination & Advisory - Paris - July 2026|finance|ic
Stage Strategic Corporate Finance - Octobre 2026 (f/m/d)|finance|ic
2027 Off-Cycle Internship - Global Banking - Paris|finance|ic
Analyste ALM Pilotage et Trésorerie|finance|ic
Auditeur Stagiaire de fin d'études - Grenoble F/H|finance|ic
Stage de fin d'études Audit Banque Assurance - Paris - Septembre 2026 F/H|finance|ic
Auditeur Financier Junior (F/H)|finance|ic
Stage Auditeur Financier - Bordeaux - Septembre 2026 - F/H|finance|ic
Stagiaire Audit - F/H|finance|ic
Stage en audit - Janvier 2027 H/F|finance|ic
Finance & Strategy Junior Consultants|finance|ic
Contrôleur dépositaire - H/F|finance|ic
Stage - 6 mois - Financial Analyst - Advisory & Coverage FIG F/H|finance|ic
Stage M&A - Juillet / Septembre 2026|finance|ic
Analyste M&A - Stage septembre 2026|finance|ic
Technology M&A Analyst (Internship)|finance|ic
Stage - Investment Specialist Intern – Private Markets H/F|finance|ic
Stage Analyste Quantitatif H/F|finance|ic
Gérant Analyste Actions Europe Junior (H/F)|finance|ic
Stage - Analyste Fonds Infrastructures (H/F)|finance|ic
Financial Analyst - Talent Program (Internship)|finance|ic
Stagiaire Analyste ISR - 6 mois (H/F)|finance|ic
Stage Analyste Private Equity H/F|finance|ic
Buyout Stage - Septembre 2026 I Paris (M/F)|finance|ic
Internship – Junior Analyst - Meridiam GIGF – Paris - September 2026|finance|ic
Private Equity Internship (Paris) - September 2026 / January 2027 (6 months)|finance|ic
Analyste Private Equity – Fonds France Nucléaire|finance|ic
Analyst for Partech Venture Fund (Series A/B) - Internship|finance|ic
Chargé(e) d'études actuarielles (H/F) - Alternance|finance|ic
Actuaire Confirmé - Tarification Emprunteur Individuel (H/F)|finance|ic
Data Scientist F/H|data|ic"""}
rows = []
for src, block in items.items():
    for line in block.strip().splitlines():
        t, f, s = line.rsplit("|", 2)
        rows.append({"text": t, "expected": {"function": f, "seniority": s}, "hard_negative": f not in GTM, "part": "dev", "source": src})
with open("scratch/r7-titles-batch2.jsonl", "w") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), sum(r["hard_negative"] for r in rows))
