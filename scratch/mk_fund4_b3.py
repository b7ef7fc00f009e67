import json
def pg(url): return f"{url}; text (c) its publisher, quoted for evaluation; labelled by hand"
GV1 = pg("https://staging.globalventuring.com/smartnews-carts-off-92m")
GV2 = pg("https://globalventuringreview.com/tag/oneweb/")
GV3 = pg("https://globalventuringreview.com/?p=804")
GV4 = pg("https://globalventuringreview.com/tag/investment/")
R = lambda c, r, a, cur="USD": {"company": c, "round": r, "amount": a, "currency": cur}
items = [
 ("Japan-based news aggregator SmartNews has secured $92m in a series E round co-led by Japan Post Capital, postal service Japan Post’s corporate venture capital unit, it announced today.", R("SmartNews","series_e",92000000), GV1),
 ("The company said it has now raised $182m since it was founded in 2012.", None, GV1),
 ("Gree subsequently led a $10m bridge round for SmartNews in 2015 that included Globis Capital Partners, Atomico, social network operator Mixi and Social Venture Partners.", None, GV1),
 ("SmartNews secured a further $38m in a 2016 series D round led by Development Bank of Japan and backed by financial services firm Sumitomo Mitsui Banking Corporation’s SMBC Ventures.", None, GV1),
 ("SoftBank’s Vision Fund 2 co-led a $600m series D round for UK-based surgical robotics technology developer CMR Surgical with healthcare investment group Ally Bridge, while Cambridge Innovation Capital, the patient capital fund formed with the support of University of Cambridge, also participated.", R("CMR Surgical","series_d",600000000), GV2),
 ("BMW i Ventures, the US-based venture capital firm formed by Germany’s automotive manufacturer BMW, launched a $300m fund that will focus on sustainability.", None, GV2),
 ("Didi Global, the China-based ride hailing service backed by SoftBank, Alibaba, China Life, Tencent, Apple, Booking Holdings, Ping An, eHi and Sina Weibo, went public in a $4.44bn initial public offering.", None, GV2),
 ("AvidXchange, a developer of accounts payable automation software, has raised $128m to hike its latest round to $388m.", R("AvidXchange",None,128000000), GV3),
 ("As the Covid-19 pandemic continues to affect startups, the UK government has pledged up to $1.25bn in financing, a quarter of which will be channelled into the Future Fund, a vehicle that will provide convertible debt financing to match private investment.", None, GV3),
 ("Online travel booking platform Baicheng had been founded in 2000 and had received $20m in a 2014 series B round featuring e-commerce group Alibaba according to KrAsia, which cited information from deals database Tianyancha.", None, GV3),
 ("Chinese AI software provider SenseTime has expanded its visual surveillance technology to assess the internal temperature of individuals in order to more efficiently track coronavirus patients, and is considering seeking $1bn in funding.", None, GV4),
 ("Mauritius-based venture capital firm Novastar Ventures has raised $108m from limited partners including insurance firm Axa for its second Africa-focused fund.", None, GV4),
 ("ADC Therapeutics is the latest pharmaceutical company to buck the market downturn to successfully go public, and it certainly has proven to be a successful IPO.", None, GV4),
 ("Fagura raised 780,000 Euros in equity investments in its second round on Seedrs\nFintech startup Fagura.com announces that it has successfully closed its second round of equity investments, held on the London platform Seedrs.com.", {"company": ["Fagura", "Fagura.com"], "round": None, "amount": 780000, "currency": "EUR"}, pg("https://fagura.com/tag/seedrs-round-2")),
 ("JS profiled the company in 2022 when Sample raised $3.25 million in seed funding backed by fintech investor Nevcaut Ventures, The Artemis Fund and Builders and Backers.", None, pg("https://blogaid.org/fintech-fundid-was-closed-due-to-interest-rates-and-a-stretched-cap-table")),
 ("Fintech Fundid was closed due to interest rates and a stretched cap table", None, pg("https://blogaid.org/fintech-fundid-was-closed-due-to-interest-rates-and-a-stretched-cap-table")),
 ("Finkargo has gone all the way to $27M+ in equity funding, plus $75M in debt financing.", None, pg("https://latitud.com/blog/santiago-molina-fundraising-journey-lessons-finkargo-first-round")),
 ("As some of you may have seen, we’ve recently announced a round of financing. The two great new investors involved are Point Nine Capital and Runa.", None, pg("http://blog.mambu.com/impact-of-financing/")),
]
with open("scratch/fund4_b3.jsonl","w") as f:
    for t,e,s in items: f.write(json.dumps({"text":t,"expected":e,"part":"dev","source":s}, ensure_ascii=False)+"\n")
with open("scratch/fund4_b3_appointments.jsonl","w") as f:
    for t,e,s in items: f.write(json.dumps({"text":t,"expected":None,"part":"dev","source":s}, ensure_ascii=False)+"\n")
print(len(items), sum(1 for i in items if i[1]))
