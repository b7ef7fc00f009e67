"""Batch 3 of r7-titles2: executives' titles (insider-filing mock data of large US companies, executive job postings,
executive career histories)."""
import json
GTM = {"sales", "marketing", "customer_success", "revenue_operations"}
R = "quoted for evaluation; labelled by hand; round 7 titles2 batch 3"
S18 = "search-tool code index id 36315809417: an insider-trading service's officer titles of large US companies (mock data modelled on Form 4 filings); " + R
S19 = "search-tool code index id 55941201993: an executive's career history (roles list); " + R
S20 = "search-tool code index id 52325591361: a collector's sample executive job postings; " + R
S21 = "search-tool code index id 27436509318: a product executive's employment history; " + R
S22 = "search-tool code index id 8840848554: a CRM contact export (contact titles); " + R
items = {S19: """SVP, Data, Technology & Operations|data|vp
VP, Analytics & Automation|data|vp
DVP, Analytics Enablement|data|vp
Director, Digital Product Delivery|product|director
Director, Product & Analytics|product|director
Sr. Manager, Strategy & Analytics|operations|manager""",
S20: """SVP, Supply Chain & Logistics|operations|vp
Director of Strategic Initiatives|operations|director
Head of Business Transformation|operations|director""",
S21: """SVP, Product (Commerce)|product|vp
VP of Product Innovation|product|vp""",
S22: """SVP, Procurement|operations|vp"""}
S23 = "search-tool code index id 3540992545: a B2B software company's org-chart data (titles by team: sales, engineering, marketing, product, customer success, people, finance); " + R
items[S23] = """Special Assistant, Office of the CEO|operations|ic
Chief Sales Officer|sales|c_level
RVP, Sales East AMER|sales|vp
Associate Enterprise Account Executive|sales|ic
RVP, Sales West AMER|sales|vp
Global Account Director|sales|director
RVP, Sales DACH|sales|vp
RVP Sales, Northern Europe|sales|vp
RVP Sales, Southern Europe|sales|vp
Associate Inside Sales Account Executive|sales|ic
Inside Sales Account Executive|sales|ic
Head of Solution Engineering, AMER|sales|director
Head of Solutions Engineering, EMEA|sales|director
Principal Solutions Engineer|sales|ic
Sr. Solutions Engineer|sales|ic
VP, Revenue Operations and Strategic Growth|revenue_operations|vp
Deal Desk Director|revenue_operations|director
Global VP, Channels|sales|vp
Channel Sales Director Central EMEA|sales|director
Channel Sales Director Northern Europe|sales|director
Channel Sales Director East NA|sales|director
Global GSI Director|sales|director
Cloud Partnerships Director|sales|director
Channel Sales Director, DACH|sales|director
Chief Scientist|engineering|vp
VP, Engineering|engineering|vp
Director, Software Engineering|engineering|director
Sr. Manager, Software Engineering I|engineering|manager
Sr. Principal Engineer|engineering|ic
Sr. Software Engineer|engineering|ic
Staff Software Engineer|engineering|ic
Sr. Staff Software Engineer|engineering|ic
Manager, Software Engineering II|engineering|manager
Sr. Principal SW Engineer|engineering|ic
Sr. Director, QA|engineering|director
Sr. Quality Engineer|engineering|ic
QA Architect|engineering|ic
Director, Infrastructure Eng & Operations|engineering|director
Manager, Infrastructure Engineering|engineering|manager
General Manager|operations|director
Chief Marketing Officer|marketing|c_level
VP, Corporate Marketing|marketing|vp
Sr. Director, Global Field Marketing|marketing|director
Director, Field Marketing EMEA|marketing|director
Sr. Director, Solutions Marketing|marketing|director
VP, Product Marketing|marketing|vp
VP, Product Management|product|vp
Global Head of Design|product|director
VP, Global Professional Services|customer_success|vp
SVP, Customer Success|customer_success|vp
Customer Excellence Program Director|customer_success|director
Director, Customer Success North America|customer_success|director
Director, Customer Success EMEA|customer_success|director
Sr. Director, Global Support|customer_success|director
Manager, Technical Support West II|customer_success|manager
Manager, Technical Support East II|customer_success|manager
VP, People|people|vp
Director, People|people|director
People Success Partner|people|ic
Sr. Director, Strategic Finance|finance|director
Sr. Director, Go To Market Finance|finance|director
VP, Accounting|finance|vp
Head of Legal|other|director
Director, IT & Security|engineering|director
Security Analyst|engineering|ic"""
rows = []
for src, block in items.items():
    for line in block.strip().splitlines():
        t, f, s = line.split("|")
        rows.append({"text": t, "expected": {"function": f, "seniority": s}, "hard_negative": f not in GTM, "part": "dev", "source": src})
with open("scratch/r7-titles2-batch3.jsonl", "w") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), sum(r["hard_negative"] for r in rows))
