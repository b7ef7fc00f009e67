import json, sys
sys.path.insert(0, ".")
from pathlib import Path
from signals.extract.measure import near_duplicates
B = "round 9 f9 batch 4"
def P(c, r, a, cur): return {"company": c, "round": r, "amount": a, "currency": cur}
U = {
 "cx20": "https://www.caixinglobal.com/2020-10-21/sbcvc-backed-dingdang-kuaiyao-nets-150m-in-series-b-round-101617191.html",
 "orzm": "http://www.orzm.cn/ee/3532",
 "tro": "https://techresearchonline.com/news/vc-investment-in-uk-healthtech/",
 "fw": "https://www.fintechweekly.com/links/1206",
 "mt": "http://www.managementtoday.co.uk/uk-tech-sector-smashes-funding-record/article/1354554",
 "cnbc21": "https://beta.cnbctv18.com/startup/startup-digest-top-startup-stories-of-the-week-5-8511731.htm",
 "cnbc22a": "https://www.cnbctv18.com/startup/startup-digest-thrasio-enters-india-paytm-to-shut-canada-app-satya-nadella-invests-in-groww-globalbees-acquires-3-more-brands--facebook-faces-32-bn-uk-class-action-12127612.htm",
 "cnbc22b": "https://www.cnbctv18.com/startup/startup-digest--setback-for-amazon-cci-future-deal-order-upheld-fareye-lays-off-250-employees-inframarket-bags-50m-in-growth-capital--meta-probing-sheryl-sandberg-13804562.htm",
 "ys24": "https://yourstory.com/2024/05/vc-investments-in-april-decline",
 "bs17": "https://business-standard.com/article/opinion/starting-troubles-117110901620_1.html",
}
items = [
 ("cx20", "SoftBank China Capital (SBCVC)-backed Chinese online-to-offline medicine platform Dingdang Medicine Express (Beijing) Technology Co., Ltd, also known as Dingdang Kuaiyao, has secured 1 billion yuan ($150 million) in a Series B+ round of financing, according to a company statement on Tuesday.",
  P(["Dingdang Medicine Express (Beijing) Technology Co., Ltd", "Dingdang Medicine Express (Beijing) Technology", "Dingdang Medicine Express", "Dingdang Kuaiyao", "Dingdang"], "series_b", 1e9, "CNY")),
 ("cx20", "Prior to the latest round, Dingdang raised an undisclosed sum from state-owned HuNan Hi-Tech Investment Group and Beijing-based asset management player Skycus Capital earlier in August 2020.", None),
 ("cx20", "In 2019, SBCVC had led a $90-million Series B round funding in Dingdang Kuaiyao with the participation of Sinopharm-CICC, CMB International and CICC Qizhi.", None),
 ("orzm", "36Kr learned that on February 28th, CDP Group formally submitted a prospectus to the Hong Kong Stock Exchange, intending to list its main board.", None),
 ("orzm", "Hammer Technology's equity freeze information was cleared, and Luo Yonghao responded that it would repay the remaining debts for the company.", None),
 ("tro", "Recent research by the HSBC Innovation Banking and Dealroom shows that in the first quarter of 2025, UK health tech investments reached a high of $1.8 billion.", None),
 ("tro", "The UK life sciences startup that is developing a weight loss drug to compete with Ozempic raised $410 million in January 2025.", None),
 ("fw", "Fintech drives record hike in London startup VC funding", None),
 ("mt", "UK tech sector smashes funding record", None),
 ("mt", "VCs put $1.45bn (£930m) into UK tech companies in the first six months of 2015, according to London & Partners, the Mayor's promotional body.", None),
 ("mt", "The latter scored the biggest deal of the past quarter, raising $150m to bring its valuation to $1bn, thus granting it that legendary, much-touted 'unicorn' status.", None),
 ("cnbc21", "Razorpay announces its third and largest ESOP sale of $10 million for 750 current and former employees", None),
 ("cnbc21", "Walmart-owned Flipkart in talks to add Cleartrip to its shopping cart: Report", None),
 ("cnbc21", "Razorpay's 1,350 people team raised their $100 million Series-D funding in October last year.", None),
 ("cnbc22a", "PM Modi to interact with more than 150 startups tomorrow", None),
 ("cnbc22a", "Thrasio forays into India, commits investment of $500 mn", None),
 ("cnbc22a", "Thrasio has committed an investment $500 million in India, which the company says will be a massive market for digital shopping, making it a high priority entry for Thrasio.", None),
 ("cnbc22b", "FarEye lays off 250 employees citing softness in market conditions", None),
 ("cnbc22b", "NCLAT upholds CCI order suspending Amazon deal with Future Coupons", None),
 ("ys24", "VC investments in April decline; Bringing Bodo tales alive with toys\nThe total funding for April 2024 came in at $848 million while the figure was $971 million for the same period a year ago.", None),
 ("bs17", "According to the latest report by information technology industry body Nasscom, the total start-up ecosystem funding rose 167 per cent to touch $6.4 billion in the first half of 2017 against $2.4 billion in the same period last year.", None),
]
rows = [{"text": t, "expected": e, "part": "dev", "source": f"{U[k]} ({B})"} for k, t, e in items]
hits = near_duplicates([r["text"] for r in rows], Path("tests/fixtures/realworld"))
flag = {h[0] for h in hits}
bad_src = {r["source"] for h in hits if h[1] == "test" for r in rows if r["text"] == h[0]}
print("hits", len(hits), "test-pages", sorted(s.split(" (")[0][:80] for s in bad_src))
keep = [r for r in rows if r["text"] not in flag and r["source"] not in bad_src]
with open("scratch/r9-f9-batch4.jsonl", "w") as f:
    for r in keep: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), len(keep), sum(r["expected"] is not None for r in keep))
