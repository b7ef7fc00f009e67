"""Batch 1 of r7-titles: fresh titles labelled by hand (function, seniority)."""
import json
S1 = ("search-tool code index id 54568573137: a survey-tool company's seed file of target companies, "
      "hiring_for_roles lists (careers-site titles of Calendly, Notion, Miro, Toast, Zapier, Duolingo, ZoomInfo, "
      "Gusto, Lenskart, Urban Company, Zepto, Swiggy, Monzo), characters 0-80,000; quoted for evaluation; labelled by hand; round 7 batch 1")
S2 = ("search-tool code index id 55265768855: a job monitor's KNOWN_JOBS list (openings at Criteo, Amadeus, Celonis, Salesforce, SAP, "
      "Oracle, Datadog, Palo Alto Networks, Glovo, Microsoft, Google, ServiceNow, Snowflake, Cisco); quoted for evaluation; labelled by hand; round 7 batch 1")
S3 = ("German careers-page and job-board fixtures in public repositories (search-tool code index ids 71231369041, 25868618256, 53519192811, "
      "56727821507, 58573488294, 3197431727, 6737836002, 7267085743, 69154403440, 70977953476, 71190507898, 66632968305, 21929132931); "
      "quoted for evaluation; labelled by hand; round 7 batch 1")
S4 = ("Polish job-title taxonomy and occupation list in public repositories (search-tool code index ids 60487792762, 17237607458); "
      "quoted for evaluation; labelled by hand; round 7 batch 1")
S5 = ("Dutch finance-vacancy classifier self-test titles and a vacancy factory (search-tool code index ids 68664824759, 55899343292); "
      "quoted for evaluation; labelled by hand (the files' own families not used); round 7 batch 1")
S6 = ("French job offers of a West-African internship board and a job-bot log of Datadog openings (search-tool code index ids 53314613182, 4491239654); "
      "quoted for evaluation; labelled by hand; round 7 batch 1")
GTM = {"sales", "marketing", "customer_success", "revenue_operations"}
items = {
S1: """Staff Product Manager, New Products|product|ic
Staff Product Manager, Scheduling / Core Product|product|ic
Senior Product Designer, AI Notetaker|product|ic
Senior Product Designer, Growth|product|ic
Senior Frontend Platform Engineer, App Platform|engineering|ic
Staff Full Stack Engineer, Contacts|engineering|ic
Senior Full Stack Engineer, Growth|engineering|ic
Engineering Manager, Platform Services / Ecosystems|engineering|manager
Senior Manager, CX Operations - Systems & Analytics|customer_success|manager
AI Applications Engineer|engineering|ic
Data Engineer, Finance|data|ic
Data Engineer, Go-To-Market|data|ic
Engineering Manager, AI Search|engineering|manager
Software Engineer, Cloud Infrastructure|engineering|ic
Software Engineer, Datastore / Enterprise Data Platform|engineering|ic
AI Solutions Specialist|sales|ic
Mid-Market Customer Success Manager|customer_success|ic
Manager, Solutions Engineering - Enterprise|sales|manager
Product Marketing Manager, IT Solutions|marketing|ic
Enterprise Product Marketing Manager|marketing|ic
Global Head of GTM Recruiting|people|director
Senior GTM Recruiter|people|ic
Strategic Account Executive|sales|ic
Commercial Account Executive|sales|ic
Head of Global Sales Development|sales|director
Senior Threat Detection Engineer|engineering|ic
Full-Stack / Forward Deployed Engineer|engineering|ic
Enterprise Customer Success Manager|customer_success|ic
Hybrid Development Representative|sales|ic
Senior Manager, CX Strategy & Analytics|customer_success|manager
Manager, Customer Success - Mid-Market (MM)|customer_success|manager
Product Designer, Ads & Insights|product|ic
Tech Lead / Staff Full Stack Engineer - Upsells Platform|engineering|ic
Sr. Director, Engineering - Applied AI|engineering|director
Campaign Marketing Manager (AI Enterprise)|marketing|ic
Principal Growth Marketer|marketing|ic
Data Engineer (Data team, remote in NAMER/EMEA)|data|ic
Applied AI Engineer|engineering|ic
Engineer, Backend (Events Team)|engineering|ic
Engineer, Full Stack (Revenue Zone)|engineering|ic
Sr. Product Manager - AI Capabilities|product|ic
Account Executive, Large Enterprise|sales|ic
Sr. Frontend Engineer (Enterprise zone)|engineering|ic
Sr. Manager, AI & Machine Learning|engineering|manager
AI Product Engineer, Math|engineering|ic
Staff AI Research Engineer|engineering|ic
Senior Site Reliability Engineer|engineering|ic
Group Product Manager, Growth|product|manager
Director of Product Design|product|director
Senior Product Designer, Music|product|ic
Director of Payroll|finance|director
Associate Product Manager, Recent Grad|product|ic
Software Engineer, New Graduate|engineering|ic
Senior Data Engineering Analyst|data|ic
Partner Solutions Engineer III|sales|ic
Senior Sales Development Representative - Enterprise Customer|sales|ic
Senior Product Manager, Time Tools|product|ic
Technical Enterprise Client Success Manager - Symmetry|customer_success|ic
Senior Product Manager, Benefits & PEO|product|ic
Senior Product Manager, Unified Service Platform|product|ic
Senior Product Design Lead, Payments & Risk Platform|product|ic
Senior Accountant (Platform Accounting)|finance|ic
Fresher Trainee Optometrist|other|ic
Full Stack Developer (Python) - Gurugram|engineering|ic
Remote Optometry Lead|other|ic
Corporate Sales Manager|sales|manager
Optometrist Trainer|other|ic
SDE 2 Backend|engineering|ic
Manager, Business Growth|sales|manager
Customer Support Executive|customer_success|ic
Senior Manager, Controllership & Accounting|finance|manager
Business Development Associate - Mumbai (hybrid)|sales|ic
Operations Executive|operations|ic
Talent Acquisition Specialist|people|ic
Senior Product Manager - New Category|product|ic
Product Manager II - Search & Recommendations|product|ic
Senior Manager - Consumer CRM|marketing|manager
Product Manager II|product|ic
Key Account Manager I|sales|ic
Sales Manager II|sales|manager
Analyst - Finance|finance|ic
Assistant Manager - Influencer Marketing|marketing|manager
Warehouse Lead - SLP|operations|ic
Lead Product Manager|product|ic
Senior Product Manager - European Union|product|ic
Senior User Research Manager|product|manager
Staff Technical Program Manager - Platform|operations|ic
Senior Lead Product Designer - Operations|product|ic
Product Director - Customer Support|product|director
Product Director - Operations|product|director
Senior Engineer II - Backend (Go)|engineering|ic
Vulnerable Customer Advisor|customer_success|ic
Senior Credit Analyst - Financial Health|finance|ic""",
S2: """Account Strategist MEA - Arabic Speaker|sales|ic
Customer Success Manager (Arabic Speaker)|customer_success|ic
Enterprise Business Development Representative (German + Arabic)|sales|ic
Territory Ecosystem Manager - Southern Africa|sales|ic
Senior Customer Success Manager - EMEA|customer_success|ic
Territory Account Manager - Spain|sales|ic
Sr. People Business Partner - North Africa|people|ic
Business Development Manager - MENA|sales|ic
Growth Manager - Middle East|marketing|ic
Solutions Architect - EMEA North|sales|ic
Account Manager - Saudi Arabia|sales|ic""",
S3: """Senior Full-Stack Entwickler (m/w/d)|engineering|ic
Product Manager Gesundheitswesen (m/w/d)|product|ic
Frontend-Entwickler (m/w/d)|engineering|ic
Backend-Entwickler (m/w/d)|engineering|ic
Rechtsanwalt (m/w/d)|other|ic
Backend Engineer — Buchungssystem (m/w/d)|engineering|ic
Partner Manager Golfplätze (m/w/d)|sales|ic
Event Coordinator (m/w/d)|marketing|ic
Performance Marketing Manager (m/w/d)|marketing|ic
Content & Social Lead (m/w/d)|marketing|ic
Werkstudent:in People & Operations (m/w/d)|people|ic
Customer Success Manager - Finanzbuchhaltung / SaaS (m/w/d)|customer_success|ic
Strategic Partnership Manager (m/w/d)|sales|ic
Technical Sales Engineer (m/f/d)|sales|ic
HR Business Partner (m/w/d)|people|ic
Softwareentwickler Python (m/w/d)|engineering|ic
Sales Manager DACH (m/w/d)|sales|manager
SDR / Sales Development Representative (m/w/d) – 100 % Homeoffice|sales|ic
Head of E-Commerce Sales DACH|sales|director
Kassierer (m/w/d) Filiale München|other|ic
SDR DACH|sales|ic
SDR Wholesale DACH|sales|ic
Account Executive Wholesale DACH|sales|ic
Head of RevOps|revenue_operations|director
Vertriebsleiterin|sales|director
Sales Team Lead Wholesale DACH|sales|manager
Key Account Manager Retail|sales|ic
AE Retail Partnerships|sales|ic
Minijob Verkauf|sales|ic
Sales Development Representative - DACH (m/f/d)|sales|ic
Senior Partnerships Acquisition Manager- UK  (m/f/d)|sales|ic
Business Development Manager, DACH (m/f/d)|sales|ic
CNC-Maschinenbediener / Metalltechniker (m/w/d)|other|ic
Vertriebsmitarbeiter Innendienst (m/w/d)|sales|ic""",
S4: """Analityk BI|data|ic
Analityk danych|data|ic
Specjalista ds. raportowania|data|ic
Analityk biznesowy|data|ic
Inżynier danych|data|ic
Analityk finansowy|finance|ic
Programista frontend|engineering|ic
Programista backend|engineering|ic
Tester oprogramowania|engineering|ic
Administrator systemów|engineering|ic
Specjalista ds. wsparcia IT|engineering|ic
Inżynier DevOps|engineering|ic
Księgowy|finance|ic
Główny księgowy|finance|manager
Specjalista ds. kadr i płac|finance|ic
Kontroler finansowy|finance|ic
Specjalista ds. sprzedaży|sales|ic
Specjalista ds. marketingu|marketing|ic
Specjalista ds. rekrutacji|people|ic
Specjalista ds. HR|people|ic
Specjalista ds. logistyki|operations|ic
Spedytor|operations|ic
Koordynator transportu|operations|ic
Specjalista ds. zakupów|operations|ic
Inżynier procesu|engineering|ic
Kierownik produkcji|operations|manager
Kierownik projektu|operations|ic
Specjalista ds. obsługi klienta|customer_success|ic
Kierownik budowy|other|manager
Fizjoterapeuta|other|ic
Specjalista ds. prawnych|other|ic
Kucharz|other|ic
Pokojówka|other|ic
Szlifierz|other|ic
Spawacz MAG|other|ic
Tapicer|other|ic
Monter rusztowań|other|ic
Recepcjonistka|operations|ic
Logistyk|operations|ic
Kurier|other|ic
Kierownik zmiany|operations|manager
Betoniarz|other|ic
Dentysta|other|ic
Sprzedawca|sales|ic
Pracownik biurowy|operations|ic
Kierowca B|other|ic
Górnik|other|ic
Archiwista|operations|ic
Kosmetyczka|other|ic
Masażysta|other|ic
Pracownik działu obsługi klienta|customer_success|ic
Hydraulik|other|ic
Strażak|other|ic
Cukiernik|other|ic
Elektryk przemysłowy - utrzymanie ruchu|other|ic
Marynarz|other|ic""",
S5: """Assistent Controller|finance|ic
Trainee Controller|finance|ic
Concern Controller|finance|ic
Project Controller|finance|ic
Credit Controller|finance|ic
Medewerker Crediteurenadministratie|finance|ic
Treasury Analist|finance|ic
Assistent Accountant|finance|ic
Financieel Administratief Medewerker|finance|ic
Boekhouder|finance|ic
Salarisadministrateur|finance|ic
Fiscalist|finance|ic
Document Controller|operations|ic
Inventory Controller|operations|ic
Production Controller|operations|ic
Voorraadcontroller|operations|ic
Accountmanager Binnendienst|sales|ic
Magazijnmedewerker|operations|ic
Medewerker Klantenservice (m/v)|customer_success|ic
Online Marketeer (m/v/x)|marketing|ic
HR-adviseur (m/v)|people|ic""",
S6: """Développeur Fullstack Junior|engineering|ic
Chargé de Clientèle (H/F)|customer_success|ic
Analyste Financier Senior|finance|ic
Sales Development Representative - Summer 2026 Graduates (Portuguese Speaking)|sales|ic
Product Marketing Manager (Product Analytics)|marketing|ic""",
}
out = []
for src, block in items.items():
    for line in block.strip().splitlines():
        t, f, s = line.rsplit("|", 2)
        out.append({"text": t, "expected": {"function": f, "seniority": s},
                    "hard_negative": f not in GTM, "part": "dev", "source": src})
with open("scratch/r7-titles-batch1.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), sum(r["hard_negative"] for r in out))
