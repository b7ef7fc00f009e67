"""Batch 4 of r7-titles: careers-site titles of B2B software companies (Greenhouse/Lever/Ashby boards quoted in job-search tools)."""
import json
GTM = {"sales", "marketing", "customer_success", "revenue_operations"}
S25 = ("search-tool code index id 66602842325: a job-evaluation batch script's Greenhouse roles (Arize AI board), characters "
       "0-16,000; quoted for evaluation; labelled by hand; round 7 batch 4")
S26 = ("search-tool code index id 54950584407: a job-radar demo seed of RegTech/FinTech/SaaS openings (Stripe, Revolut, Wise, "
       "Datadog, Pleo, Workday, Zendesk, Adyen, HubSpot, Figma, Personio, Klarna); quoted for evaluation; labelled by hand; round 7 batch 4")
S27 = ("job-search and lead-signal tools' test titles in public repositories (search-tool code index ids 56059475558, 54713096008, "
       "69758000095, 59238635307, 55208901805, 58567687941 characters 28,000-44,000); quoted for evaluation; labelled by hand; round 7 batch 4")
items = {S25: """AI Product Manager|product|ic
AI Sales Engineer, EMEA|sales|ic
AI Sales Engineer, US|sales|ic
AI Solutions Engineer, East|sales|ic
AI Solutions Engineer, EMEA|sales|ic
AI Solutions Engineer, West|sales|ic""",
S26: """Technical Account Manager, EMEA|customer_success|ic
Customer Support Team Lead|customer_success|manager
Implementation Consultant, Financials|customer_success|ic
Technical Support Specialist|customer_success|ic
Implementation Engineer|customer_success|ic
Customer Onboarding Specialist|customer_success|ic
Solutions Engineer, Enterprise EMEA|sales|ic
Onboarding Manager|customer_success|ic
Technical Support Lead|customer_success|ic""",
S27: """Enterprise Account Executive, DACH|sales|ic
Strategic Account Executive, EMEA|sales|ic
Senior GDPR Compliance Engineer|engineering|ic
Privacy Engineer (GDPR / EU Data Residency)|engineering|ic
Head of Revenue Operations, EMEA|revenue_operations|director
VP of Sales, EMEA|sales|vp
Sales Development Representative — DACH|sales|ic
Senior Security Engineer, Cloud SIEM|engineering|ic
Staff Product Manager, Integrations|product|ic
Solutions Engineer, Benelux|sales|ic
Solutions Engineer, Nordics|sales|ic
Solutions Engineer, Central & Eastern Europe - Hebrew Speaking|sales|ic
Staff Engineer, Runtime|engineering|ic
Senior Product Designer, Studios|product|ic
Security Engineer, Enterprise|engineering|ic
Technical Program Manager, Platform|operations|ic
Applied AI Engineer, Agents|engineering|ic
Product Designer, Growth|product|ic
Brand Designer|marketing|ic
Developer Marketing Lead|marketing|ic
Senior GTM Engineer|revenue_operations|ic
Lead Growth Manager- UK/IE/NL|marketing|ic
Forward Deployed Engineer, GTM, DACH|engineering|ic
Forward Deployed Engineer, EMEA|engineering|ic
AI Solutions Consultant|sales|ic
Digital Automation Product Manager|product|ic
Internal Tools Product Manager|product|ic
Workato Automation Engineer|engineering|ic
Revenue Operations Automation|revenue_operations|ic
Marketing Operations Automation|revenue_operations|ic
Project Manager, Public Sector|operations|ic
Program Manager, Security Business Enablement|operations|ic
Technical Account Manager, AI Implementation|customer_success|ic"""}
rows = []
for src, block in items.items():
    for line in block.strip().splitlines():
        t, f, s = line.rsplit("|", 2)
        rows.append({"text": t, "expected": {"function": f, "seniority": s}, "hard_negative": f not in GTM, "part": "dev", "source": src})
with open("scratch/r7-titles-batch4.jsonl", "w") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), sum(r["hard_negative"] for r in rows))
