"""Batch 3 of r7-titles: GTM leadership and operations titles, combined C-level titles, US public-sector titles, Italian roles."""
import json
GTM = {"sales", "marketing", "customer_success", "revenue_operations"}
S18 = ("search-tool code index id 5070680100: a job-scraper's search_terms seed (titles searched on Indeed and LinkedIn with job "
       "counts: SDR/BDR leadership, RevOps, sales operations); quoted for evaluation; labelled by hand; round 7 batch 3")
S19 = ("search-tool code index ids 70929081872 and 68605781552: a job-search CRM's contact fixture (talent-acquisition and "
       "hiring-manager titles) and a role-hunting tool's tests (GTM leadership roles); quoted for evaluation; labelled by hand; round 7 batch 3")
S20 = ("search-tool code index id 66351125829: a company-comparison tool's leadership list of an IT services firm (Kanini); "
       "quoted for evaluation; labelled by hand; round 7 batch 3")
S21 = ("search-tool code index id 17778466724: a US state salary-database title cleaner (expanded Illinois state job titles), "
       "characters 9,000-25,000; quoted for evaluation; labelled by hand; round 7 batch 3")
S22 = ("search-tool code index id 42474020813: an Italian CRM demo-data generator's roles list; quoted for evaluation; labelled by hand; round 7 batch 3")
items = {S18: """SDR Director|sales|director
BDR Director|sales|director
Head of SDR|sales|director
Head of BDR|sales|director
SDR Manager|sales|manager
BDR Manager|sales|manager
Head of Sales Ops|revenue_operations|director
VP Sales Operations|revenue_operations|vp
VP Revenue Operations|revenue_operations|vp
Marketing Operations Manager|revenue_operations|manager
RevOps Manager|revenue_operations|manager
Revenue Operations Manager|revenue_operations|manager
Sales Operations Manager|revenue_operations|manager
Head of Sales Operations|revenue_operations|director
Senior Director of Sales Development|sales|director
VP Sales Development|sales|vp
Enterprise Sales Development Representative|sales|ic
Enterprise Business Development Representative|sales|ic
Head of Revenue Operations|revenue_operations|director
Director of Sales Development|sales|director""",
S19: """VP, Sales Operations|revenue_operations|vp
Talent Acquisition Lead|people|ic
Recruiting Coordinator|people|ic
Director, GTM Strategy|revenue_operations|director
SVP, Revenue|sales|vp
Head of Talent|people|director
VP, Finance|finance|vp
Talent Acquisition Manager|people|manager
Recruiting Lead|people|ic
Talent Partner|people|ic
Agency Recruiter, Ashdown Search|people|ic
Talent Acquisition Partner|people|ic
VP, Customer Operations|customer_success|vp
Director of Analytics|data|director
Director, Sales Strategy|revenue_operations|director
Director, Sales Enablement|revenue_operations|director
VP, Revenue Operations|revenue_operations|vp
Director, GTM Operations|revenue_operations|director
Head of GTM Operations|revenue_operations|director
Head of Commercial Sales|sales|director
Head of GTM Strategy|revenue_operations|director
Head of Platform Engineering|engineering|director
Head of Revenue|sales|director
Programmatic Director ANZ|marketing|director
CEO and cofounder|operations|c_level""",
S20: """SVP - Healthcare Business Unit Leader|operations|vp
Chief Delivery Officer|operations|c_level
President/CEO|operations|c_level
Chief Transformation Officer|operations|c_level
Chief Strategy and Growth Officer|operations|c_level
Chief Operating Officer & Chief Financial Officer|operations|c_level
Executive Vice President - Customer Success|customer_success|vp
Head of Product Engineering|engineering|director
Chief Program Management Officer|operations|c_level""",
S21: """Administrative Assistant to Assistant Director|operations|ic
Administrative Assistant 2/Receptionist|operations|ic
Administrative Law Judge Transportation 4|other|ic
Administrative Aide|operations|ic
Agricultural Land & Water Resource Specialist 3|other|ic
Animal & Animal Products Investigator|other|ic
Appellate Court Legal Research Director|other|director
Appropriations Manager for Policy and Budget|finance|manager
Chief Diversity & Inclusion Officer|people|c_level
Chief Administrative Officer/Senior Counsel|operations|c_level
Chief Financial Officer & Diversity, Equity and Inclusion Counsel|finance|c_level
Child Welfare Administrative Case Reviewer|other|ic
Civil Engineer 4|engineering|ic
Clerk of Appellate Court|other|ic
Commerce Commission Police Officer 1|other|ic
Communications Systems Specialist|engineering|ic
Court Reporting Services Supervisor 2|other|manager
Criminal Intelligence Analyst 1|other|ic
Day Care Licensing Representative 2|other|ic
Director Ethics Training & Compliance|other|director
Director of Technology Support & Infrastructure|engineering|director
Drug Compliance Investigator|other|ic
Employment Security Tax Auditor 2|finance|ic
Electronic Equipment Installer/Repairer|other|ic
Electrical Field Inspector 1|other|ic
Emergency Response Telecommunicator|other|ic
End-User Computer Systems Analyst|engineering|ic
Environmental Protection Geologist 3|other|ic
Executive Assistant to the Attorney General|operations|ic
Financial Institutions Examiner 2|finance|ic
Historical Documents Conservator 1|other|ic
Information Services Technician 2|engineering|ic
Insurance Company Financial Examiner Trainee|finance|ic
Intermittent Motor Vehicle Cashier|other|ic
Juvenile Justice Independent Ombudsman|other|ic
Lead Information Systems Developer|engineering|ic
Maintenance Worker (Power Plant)|operations|ic
Motor Carrier Reciprocity/Prorate Auditor|finance|ic
Nuclear Safety Health Physics Technician 2|other|ic
Procurement Compliance Monitor|operations|ic
Rehabilitation Workshop Supervisor 3|other|manager
Scheduler for Lieutenant Governor|operations|ic
Small Engine Mechanic|other|ic
State Purchasing Officer 1/Agency Purchasing Officer|operations|ic
Senior Program Manager, Access & Community Trust|operations|ic""",
S22: """Direttore Commerciale|sales|director
Direttore Marketing|marketing|director
Responsabile Vendite|sales|manager
Responsabile Acquisti|operations|manager
Responsabile IT|engineering|manager
Responsabile HR|people|manager
Sviluppatore|engineering|ic
Assistente|operations|ic
Segretario/a|operations|ic"""}
rows = []
for src, block in items.items():
    for line in block.strip().splitlines():
        t, f, s = line.rsplit("|", 2)
        rows.append({"text": t, "expected": {"function": f, "seniority": s}, "hard_negative": f not in GTM, "part": "dev", "source": src})
with open("scratch/r7-titles-batch3.jsonl", "w") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), sum(r["hard_negative"] for r in rows))
