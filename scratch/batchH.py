import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkbatch import emit
BM = "http://biomecho.org/292%2c850b08.html (copy of med-tech financing briefs, 2023: first sentences)"
LR = "https://www.lightreading.com/seranoas-slip-is-showing/d/d-id/589613 (headline + first sentence; a sentence)"
NL1 = "https://newsletterest.com/message/25003/Facebook-employees-revolt-Bay-Area-prices-sink-and-Michael-Jordan-says-enough (copy of StrictlyVC, 2020-06-01: 'Massive Fundings' items, top news)"
NL2 = "https://newsletterest.com/message/167476/The-EU-takes-a-major-step-toward-regulating-AI-Twitter-gets-sued-by-music-publishers-and-VCs-are-buying-up-GPUs (copy of StrictlyVC: first sentences)"
NL3 = "https://newsletterest.com/message/107095/Tesla-plans-a-3for1-stock-split-the-SEC-probes-Goldman-Sachs-and-Sandberg-vs-Facebook-grab-the-popcorn (copy of StrictlyVC: a sentence)"
IF1 = "https://ifundlab.medium.com/startup-monday-latest-tech-trends-news-happening-in-the-global-startup-ecosystem-issue-89-may-7198cae8e9d4 (Startup Monday newsletter: item headline + first sentence; sentences)"
IF2 = "https://ifundlab.medium.com/startup-monday-latest-tech-trends-news-happening-in-the-global-startup-ecosystem-issue-95-july-64a02c331e4a (Startup Monday newsletter: item headline + first sentence)"
GV = "https://staging.globalventuring.com/?p=168153 (corporate-venturing funds news: first sentences)"
rows = [
("AOA Dx Inc. closed an oversubscribed $17 million seed round to expand the clinical trial for its ovarian cancer diagnostic test, build out new lab facilities and explore applications of its Glycolocate platform in other cancers.", (["AOA Dx", "AOA Dx Inc"], "seed", 17e6, "USD"), BM),
("Through the third quarter 2023 med-tech firms raised $14.35 billion in financings, down 43.82% from $25.55 billion raised in the same period last year.", None, BM),
("Precede Biosciences Inc. emerged from stealth having raised $57 million in seed and series A financing to fund its genome-wide platform.", (["Precede Biosciences", "Precede Biosciences Inc"], None, 57e6, "USD"), BM),
("Seranoa's Slip Is Showing\nSo what's up at Seranoa Networks Inc.?", None, LR),
("A VentureWire Alert report earlier in the week says Seranoa hopes to close a $15 million Series B funding round by April.", None, LR),
("Genor Biopharma, a 13-year-old, Shanghai, China-based biopharmaceutical firm at work on therapeutic monoclonal antibodies, raised $160 million in Series B funding. Hillhouse Capital Group led the round.", ("Genor Biopharma", "series_b", 160e6, "USD"), NL1),
("Ligado Networks, a Reston, Va.-based satellite communications company that was formerly known as LightSquared (and after restructuring, emerged from bankruptcy in 2016 in its newest form), just raised $100 million in funding.", ("Ligado Networks", None, 100e6, "USD"), NL1),
("Uber, Lyft and DoorDash are suspending operations in some cities during curfew hours across the United States.", None, NL1),
("The National Music Publishers’ Association sued Twitter today, alleging it violates the copyright of songwriters by using their music on its platform without permission.", None, NL2),
("The European Commission has made a formal antitrust complaint against Google and its ad business.", None, NL2),
("Juniper Square surveyed nearly 100 VC firms about their concerns, plans, and focus areas for the rest of the year, and found that: 63% of VC firms plan to raise capital this year; the most pressing concern from LPs is around exits; and 40% want to invest in better LP reporting.", None, NL2),
("Tesla just filed its annual proxy statement with the SEC and revealed it plans a three-for-one stock split, and that board member Larry Ellison does not plan to stand for re-election.", None, NL3),
("Seattle VC firm Ascend raises $25M for second fund, plans to double down on AI\nThe Seattle-based pre-seed venture capital firm led by startup veteran Kirby Winfield on Tuesday announced a $25 million second fund.", None, IF1),
("Seattle VC fund Capria raises $100M to invest in ‘Global South’ startups\nSeattle-based venture capital firm Capria has raised a $100 million fund to invest in 20-to-25 tech startups in the “Global South” areas of India, Southeast Asia, Latin America, the Middle East, and Africa.", None, IF1),
("Winfield raised a majority of the new fund at the beginning of 2022, just before startup funding dried up amid the tech downturn.", None, IF1),
("To date, he’s backed more than 70 startups across the Pacific Northwest.", None, IF1),
("VC funding drops 49% in Q2 while AI boom mints new unicorns\nSome 6,000 startups raised money in the second quarter, down from 9,500 in the same period last year.", None, IF2),
("Sienna VC raising $250 million to invest in Israeli startups\nThe European venture capital fund, Sienna VC, is raising $250 million to invest in Israeli technology companies.", None, IF2),
("Mauritius-headquartered venture capital firm Launch Africa Ventures has closed a $36.3m fund backed by CommerzVentures, the strategic investment arm of financial services firm Commerzbank.", None, GV),
("US-based venture capital firm LegalTech Fund has closed a $28.5m fund with contributions from limited partners including e-signature technology provider DocuSign, equity management software producer Carta and law firms including McDermott Will & Emery and Orrick.", None, GV),
("Germany-based venture capital firm New High-Tech Gründerfonds’ fourth seed fund has reached a first close sized at more than €400m ($417m)", None, GV),
]
emit(rows, "batchH.jsonl")
print(len(rows), sum(1 for r in rows if r[1]), sum(1 for r in rows if not r[1]))
