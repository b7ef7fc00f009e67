import json, sys
sys.path.insert(0, ".")
from pathlib import Path
from signals.extract.measure import near_duplicates
B = "round 9 f9 batch 3"
def P(c, r, a, cur): return {"company": c, "round": r, "amount": a, "currency": cur}
U = {
 "dsa15": "http://media.dealstreetasia.com/stories/editors-take-the-week-that-was-sept-15-20-457026",
 "vir": "https://vir.com.vn/investment-into-startups-up-34-per-cent-in-first-quarter-83996.html",
 "dsa20": "https://media.dealstreetasia.com/stories/the-week-that-was-oct-20-25-460984",
 "dsa49": "https://media.dealstreetasia.com/stories/the-week-that-was-49-458705",
 "sas": "https://www.shareandstocks.com/the-week-that-was-may-8-13/",
 "cb": "https://about.crunchbase.com/blog/byfounders-launches-shape-of-new-nordics-2024-report",
 "nsn": "https://nordicstartupnews.com/nordic-investment-analysis-q3",
 "sifn": "https://sifted.eu/articles/nordics-fastest-growing-startups",
}
items = [
 ("dsa15", "In August, startups in the region raised just $233 million across 36 deals, a whopping 84% decline from July's $1.47 billion raised from 35 deals, according to proprietary data compiled by DealStreet.", None),
 ("dsa15", "UK investment firm Gresham House Holdings Limited is acquiring Switzerland-based SUSI Partners AG, an energy transition infrastructure manager, for an undisclosed amount.", None),
 ("dsa15", "Global logistics builder and investor GLP has secured close to 2 billion yuan ($280.7 million) of assets under management for its onshore RMB fund—GLP China Income Fund XIV.", None),
 ("vir", "The most notable deals in the first quarter were an investment of $2.6 million from a group of investors led by Singaporean venture capital firm Jungle Ventures in electric motorbike brand Dat Bike, and a $1 million investment by investment fund AppWorks in healthcare service booking platform Docosan.", None),
 ("dsa20", "Nevertheless, total capital raised surged to $2.27 billion in Q3, largely due to a single mega-deal: Singapore-based data centre firm Princeton Digital Group secured $1.3 billion in growth capital.", P("Princeton Digital Group", "growth", 1.3e9, "USD")),
 ("dsa20", "A Vietnamese diaspora movement has launched a new investment vehicle, OV Ventures, to back founders of Vietnamese origin building globally-focused companies.", None),
 ("dsa49", "South Korean AI chip startup Rebellions raised $250 million in a Series C round from Samsung Ventures and Pegatron VC, while Singaporean open-source database startup Supabase secured a valuation of $5 billion in a $100 million Series E funding led by Accel and Peak XV.", None),
 ("dsa49", "Accel and Singapore's GIC also led a $300m funding round in the US-based AI coding startup Vercel at a valuation of Almost $9.3 billion this week.", P("Vercel", None, 300e6, "USD")),
 ("dsa49", "It secured a valuation of $500 billion when a group of investors—SoftBank, Thrive Capital and UAE-based MGX, among others—struck a $6.6 billion deal to buy shares owned by the ChatGPT-maker's employees.", None),
 ("dsa49", "This week our reporters got wind that Advance Intelligence Group, the parent of BNPL app Atome, is considering a new equity fundraising.", None),
 ("sas", "Singapore-based climate investor TRIREC is closing its second fund at around $80 million, which is above its $75 million initial target.", None),
 ("sas", "Indonesian healthtech startup Halodoc is said to be closing a new funding round worth over $50 million.", None),
 ("sas", "Vietnam-based omni channel sales and management platform Sapo Technology is in talks to raise $20 million in a Series A funding round, founder and CEO Tran Trong Tuyen said.", None),
 ("sas", "Southeast Asian healthtech company Good Doctor Technology is said to be raising up to $15 million in a new funding round, according to sources privy to the development.", None),
 ("cb", "Startups across the New Nordics (Nordic countries Denmark, Sweden, Norway, Finland, and Iceland, as well as Baltic countries Estonia, Lithuania, and Latvia) raised a total of €1.18 billion this year, marking a 6% increase from 2023's €1.12 billion.", None),
 ("cb", "Energy and climate startups led the way, raising €347 million, thanks to major rounds from companies like Syre (€93 million) and Flower (€44 million).", None),
 ("nsn", "In Q3, tech startups based in the Nordic countries collectively raised $296.5 million in 73 rounds.", None),
 ("sifn", "The region had a record quarter for funding — once you include debt — in Q1, securing a whopping €13.2bn from 277 deals according to Sifted data.", None),
]
rows = [{"text": t, "expected": e, "part": "dev", "source": f"{U[k]} ({B})"} for k, t, e in items]
hits = near_duplicates([r["text"] for r in rows], Path("tests/fixtures/realworld"))
flag = {h[0] for h in hits}
bad_src = {r["source"] for h in hits if h[1] == "test" for r in rows if r["text"] == h[0]}
print("hits", len(hits), "test-pages", sorted(s.split(" (")[0][:80] for s in bad_src))
keep = [r for r in rows if r["text"] not in flag and r["source"] not in bad_src]
with open("scratch/r9-f9-batch3.jsonl", "a") as f:
    for r in keep: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), len(keep), sum(r["expected"] is not None for r in keep))
