import json, sys
sys.path.insert(0, ".")
from pathlib import Path
from signals.extract.measure import near_duplicates
B = "round 9 f9 batch 1"
def P(c, r, a, cur): return {"company": c, "round": r, "amount": a, "currency": cur}
U = {
 "ib": "https://incbusiness.in/?p=4474",
 "pc": "https://blog.privatecircle.co/weekly-deals-roundup-sept26-oct2-2025-startup-funding1",
 "stk": "https://migrate.startuptalky.com/daily-indian-funding-roundup-key-news-27-october-2025",
 "ent": "https://entrackr.com/report/weekly-funding-report/funding-and-acquisitions-in-indian-startup-this-week-sep-22-sep-27-10506787",
 "sch": "https://startupchai.in/p/tmrw-dives-fashion-8x-ventures-funds-future-tech-stars-government-eyes-ais-impact",
 "d8k": "https://www.daily8.com/en/article/605dea363308bdd341e8f0c37f400d2a",
 "khr": "https://www.koreaherald.com/article/10495067",
 "atdk": "https://asiatechdaily.com/south-korea-launches-640-billion-won-startup-korea-fund-to-boost-deep-tech-ventures",
}
items = [
 ("ib", "Health-tech startup Dectrocel raises ₹4 Cr led by IAN Group-backed BioAngels\nDectrocel, a health-tech startup developing AI-powered diagnostic solutions, has raised ₹4 crore in a round led by BioAngels, with participation from PadUp Ventures and Vinners.", P("Dectrocel", None, 4e7, "INR")),
 ("ib", "L Catterton's India-centric consumer fund marks first close at $200 Mn", None),
 ("pc", "Weekly Deals Roundup (Sept 26 – Oct 2, 2025)\nBetween September 26 and October 2, 2025, startups raised a whopping ₹2,251 Cr across 24 deals.", None),
 ("stk", "Premium men's fashion label Banana Club has secured INR 12.25 crore at a valuation of INR 245 crore, according to the company's announcement.", P("Banana Club", None, 1.225e8, "INR")),
 ("stk", "Deep-tech startup HYDGEN has raised US$5 million in a mixed equity-and-debt round led by Transition VC, with participation from Cloudberry Pioneer Investments, Moringa Ventures and strategic family offices.", P("HYDGEN", None, 5e6, "USD")),
 ("ent", "Funding and acquisitions in Indian startup this week [Sep 22- Sep 27]\nDuring the week, 33 Indian startups raised a total of $173.48 million, including 4 growth-stage and 25 early-stage deals, while 3 startups kept their funding undisclosed.", None),
 ("ent", "The largest deal was cleantech startup Chakr Innovation's $23 million Series C round led by Iron Pillar.", P("Chakr Innovation", "series_c", 23e6, "USD")),
 ("sch", "Aditya Birla Group's TMRW Picks Up 16% Stake In Virat Kohli-Backed USPL", None),
 ("sch", "Solinas Backer 8X Ventures Hits First Close Of INR 200 Cr", None),
 ("sch", "GVFL's Seed Stage Fund Marks First Close At INR 100 Cr", None),
 ("d8k", "Illimis Therapeutics Closes 58 billion KRW ($42 million) Series B Financing to accelerate CNS and Immune Disease Drug Development via GAIA Platform", P("Illimis Therapeutics", "series_b", 58e9, "KRW")),
 ("khr", "South Korea's investment in startups jumped 34 percent from a year earlier in the first quarter, government data showed.", None),
 ("atdk", "On August 29, South Korea's Ministry of SMEs and Startups revealed the establishment of 22 Startup Korea Funds, totaling 640 billion won.", None),
 ("atdk", "In the cosmetics sector, Kolmar Korea and COSMAX will each set up venture funds worth 20 billion won to invest in K-beauty brands and beauty tech startups.", None),
]
rows = [{"text": t, "expected": e, "part": "dev", "source": f"{U[k]} ({B})"} for k, t, e in items]
hits = near_duplicates([r["text"] for r in rows], Path("tests/fixtures/realworld"))
flag = {h[0] for h in hits}
bad_src = {r["source"] for h in hits if h[1] == "test" for r in rows if r["text"] == h[0]}
print("hits", len(hits), "test-pages", len(bad_src))
keep = [r for r in rows if r["text"] not in flag and r["source"] not in bad_src]
with open("scratch/r9-f9-batch1.jsonl", "a") as f:
    for r in keep: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(keep))
