import json, sys
sys.path.insert(0, ".")
from pathlib import Path
from signals.extract.measure import near_duplicates
B = "round 9 f9 batch 3"
def P(c, r, a, cur): return {"company": c, "round": r, "amount": a, "currency": cur}
U = {
 "tcb": "github:Asin-Junior-Honore/TechCrunchStartupBot:README.md (scraped TechCrunch Startups headlines, 2025-11); headline (c) TechCrunch, quoted for evaluation",
 "tns": "github:tiffanynguyenSF/techcrunch-scraper:README.md (TechCrunch funding headlines paraphrased, 2024-04)",
 "stt1": "https://www.stocktitan.net/sec-filings/BYSI/8-k-beyond-spring-inc-reports-material-event-5d91324966e6.html",
 "stt2": "https://stocktitan.net/news/PRTC/pure-tech-founded-entity-seaport-therapeutics-closes-225-million-2gpu44fcjseq.html",
 "bio": "http://biomecho.org/292%2c850b08.html",
 "sl1": "https://scileads.com/product-updates/biopharma-updates-29th-september-2025",
 "sl2": "https://scileads.com/?p=9357",
 "bc": "https://www.biocentury.com/article/249684/why-healthcap-novo-seeds-backed-glioblastoma-multiforme-play-glionova",
 "nx": "https://newsx.io/2025/11/16/ai-startups-sakana-turing-get-funds-as-japans-attraction-grows",
 "amw": "https://en.amwalalghad.com/foreign-investment-in-japanese-startups-up-70-in-h1-24",
 "tn": "https://third-news.com/article/418f9c06-e16d-11f0-b1bc-9ca3ba0a67df",
}
items = [
 ("tcb", "AI data startup WisdomAI has raised another $50M, led by Kleiner, Nvidia", P("WisdomAI", None, 50e6, "USD")),
 ("tcb", "Fei-Fei Li's World Labs speeds up the world model race with Marble, its first commercial product", None),
 ("tcb", "Microsoft-backed Veir is bringing superconductors to data centers", None),
 ("tcb", "Groww raises nearly $750M in IPO as India's retail investing boom continues", None),
 ("tcb", "Teradar raises $150M for a sensor it says beats lidar and radar", P("Teradar", None, 150e6, "USD")),
 ("tcb", "Self-driving trucks startup Einride plans to go public via a SPAC", None),
 ("tcb", "Immortality startup Eternos nabs $10.3M, pivots to personal AI that sounds like you", P("Eternos", None, 10.3e6, "USD")),
 ("tcb", "What startups want from OpenAI", None),
 ("tns", "The Autism Impact Fund closes its first $60 million fund and broadens its scope on April 2, 2024.", None),
 ("tns", "Plantee Innovations reveals its $1.4M seed pitch deck on March 29, 2024.", None),
 ("tns", "Modal raises $25M on April 2, 2024, to train corporate workers on data and AI.", P("Modal", None, 25e6, "USD")),
 ("stt1", "SEED funding leaves BeyondSpring (NASDAQ: BYSI) with 38% stake in biotech", None),
 ("stt2", "PureTech Founded Entity Seaport Therapeutics Closes $225 Million Oversubscribed Series B Financing Round", P("Seaport Therapeutics", "series_b", 225e6, "USD")),
 ("bio", "AOA Dx Inc. closed an oversubscribed $17 million seed round to expand the clinical trial for its ovarian cancer diagnostic test, build out new lab facilities and explore applications of its Glycolocate platform in other cancers.", P(["AOA Dx", "AOA Dx Inc.", "AOA Dx Inc"], "seed", 17e6, "USD")),
 ("bio", "Through the third quarter 2023 med-tech firms raised $14.35 billion in financings, down 43.82% from $25.55 billion raised in the same period last year.", None),
 ("bio", "Precede Biosciences Inc. emerged from stealth having raised $57 million in seed and series A financing to fund its genome-wide platform.", P(["Precede Biosciences", "Precede Biosciences Inc.", "Precede Biosciences Inc"], None, 57e6, "USD")),
 ("sl1", "Basilea Pharmaceutica (Basel, Switzerland) received up to $159M in BARDA funding, including $6M committed upfront, to advance its oral antibiotic ceftibuten-ledaborbactam into Phase 3 trials for complicated urinary tract infections.", None),
 ("sl1", "Sparrow Pharmaceuticals (OR, USA) raised $95M in Series B funding to advance Phase 2b development of clofutriben, its HSD-1 inhibitor targeting cortisol-driven metabolic dysfunction in type 2 diabetes.", P("Sparrow Pharmaceuticals", "series_b", 95e6, "USD")),
 ("sl1", "Until Labs (CA, USA) raised $58M in Series A funding to develop organ-scale cryopreservation technology, enabling extended storage and rewarming of donor organs for transplantation.", P("Until Labs", "series_a", 58e6, "USD")),
 ("sl2", "Moderna (MA, USA) raised $176M in funding to expedite the creation of a pandemic influenza vaccine to combat potential bird flu infections in humans, with ongoing development and late-stage trials planned.", None),
 ("sl2", "EnChannel Medical (Guangzhou, China) raised $82.2M in Series B funding to accelerate product development and advance clinical registration trials in China and internationally.", P("EnChannel Medical", "series_b", 82.2e6, "USD")),
 ("sl2", "deepull (Barcelona, Spain) raised $50M in Series C funding to finalize clinical validation and expedite the regulatory approval process of its UllCORE diagnostic system.", P("deepull", "series_c", 50e6, "USD")),
 ("sl2", "Craif (Tokyo, Japan) raised $22M in Series C funding to expand its R&D and testing services in Japan and the U.S., aiming for FDA approval and insurance reimbursement.", P("Craif", "series_c", 22e6, "USD")),
 ("sl2", "Transverse Medical (CO, USA) raised $10M in Series B2 funding to support the clinical validation of its POINT-GUARD Cerebral Embolic Protection device for stroke prevention during TAVR procedures.", P("Transverse Medical", "series_b", 10e6, "USD")),
 ("bc", "Why HealthCap, Novo Seeds backed glioblastoma multiforme play Glionova", None),
 ("bc", "HealthCap and Novo Seeds co-led a SEK42 million ($5.7 million) series A round for the newco to develop a preclinical brain cancer compound licensed from the Karolinska Institute.", None),
 ("nx", "Two of Japan's most promising tech firms together secured more than ¥35 billion ($230 million) of financing this week, underscoring growing investor interest in the country's burgeoning AI scene.", None),
 ("nx", "Japanese self-driving tech startup Turing Inc. said Monday it raised about ¥15.3 billion from investors including Toyota Motor Corp. supplier Denso Corp.", P(["Turing", "Turing Inc.", "Turing Inc"], None, 15.3e9, "JPY")),
 ("nx", "Separately, Sakana AI said it raised ¥20 billion at a valuation of about $2.6 billion.", P("Sakana AI", None, 20e9, "JPY")),
 ("nx", "The round included a ¥5.5 billion syndicated loan, the company said.", None),
 ("amw", "Foreign investment in Japanese startups up 70% in H1 '24", None),
 ("amw", "Notable examples include Sakana AI, a startup founded by ex-Google researchers, raised around 4.5 billion yen in January.", None),
 ("amw", "Zehitomo, a startup connecting service providers with customers, secured 1.1 billion yen, with 500 million yen from overseas investors, including Taiwan's Darwin Venture Management.", P("Zehitomo", None, 1.1e9, "JPY")),
 ("tn", "In February 2024, the city of Tokyo introduced an ambitious initiative aimed at enhancing the entrepreneurial ecosystem by establishing the \"University-based Startup Promotion Fund.\"", None),
 ("tn", "With a substantial investment of 5 billion yen (approximately $45 million), the fund is designed to nurture cutting-edge technology firms emerging from universities and research institutions, fostering their global presence.", None),
]
rows = [{"text": t, "expected": e, "part": "dev", "source": f"{U[k]} ({B})"} for k, t, e in items]
hits = near_duplicates([r["text"] for r in rows], Path("tests/fixtures/realworld"))
flag = {h[0] for h in hits}
bad_src = {r["source"] for h in hits if h[1] == "test" for r in rows if r["text"] == h[0]}
print("hits", len(hits), "test-pages", sorted(s.split(" (")[0][:80] for s in bad_src))
keep = [r for r in rows if r["text"] not in flag and r["source"] not in bad_src]
with open("scratch/r9-f9-batch3.jsonl", "w") as f:
    for r in keep: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), len(keep), sum(r["expected"] is not None for r in keep))
