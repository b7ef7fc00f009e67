"""Batch 4 (round 4, fund helper): African, Dutch, Indian and Japanese startup press (digest sentences,
first sentences, headline + first sentence) and AI-news feed items; labelled before any rule for them."""
import json, sys
def P(url, what):
    return f"stored web page {url} ({what}); text (c) its publisher, quoted for evaluation"
def E(path):
    return f"everyday-cc/ai:{path} (captured news feed: title + excerpt, related items); text (c) its publisher, quoted for evaluation"
def F(c, r=None, a=None, cur=None):
    return {"company": c, "round": r, "amount": a, "currency": cur}
N = None
RIP = P("https://www.ripplesnigeria.com/technigeria-a-weekly-digest-of-what-went-down-in-nigerias-tech-space-22/", "Ripples Nigeria weekly tech digest, 2022-03-19")
RUN = P("https://www.runningafrica.com/africas-usd-1-19-bn-fund-receives-usd-26-5-mn-from-nigerian-startups/", "Running Africa")
TCS = P("https://techstuff.news/uncategorized/2021/01/23/how-fintech-and-serial-founders-drove-african-pre-seed-investing-to-new-heights-in-2020/", "copy of a TechCrunch article, 2021-01")
DUT = P("https://www.cafayate.net/blog/our-blogs-1/dutch-startup-news-update-euro-tech-funding-dropped-cic-rotterdam-and-money-for-food-innovation-14581", "copy of a weekly Dutch startup news update, 2016")
BLU = P("https://www.vccircle.com/deepika-padukone-backed-blu-smart-raises-funding-from-mumbai-angels-others", "VCCircle, 2020-07-03")
EM = E("_news/2021-11-12-early-money-11-bay-area-startups-just-raised-230m-in-series-a-funds-led-by-landing-ais-jumbo-round.md")
CAP = E("_archive/_news/2020-06-30-capital-raises-9m-for-its-ai-based-capital-as-a-service-funding-platform-for-startups.md")
items = [
 (RIP, "Spleet, a Nigerian prop-tech startup, during the week, closed a US$625,000 pre-seed funding round.", F("Spleet", "pre_seed", 625000.0, "USD")),
 (RIP, "Also, Nigeria-based media company, Big Cabal Media, closed a $2.3 million seed funding, bringing its total funding to over $2.9 million.", F("Big Cabal Media", "seed", 2.3e6, "USD")),
 (RIP, "Though, undisclosed financials, African payments and software company, Yoco, announced acquiring Nona Digital, a leading fintech and Web3 software development agency in Africa.", N),
 (RIP, "Bringing its total funding to over $2.9 million, the raiser followed a $620,000 angel and pre-seed round BCM raised between 2016 and 2020.", N),
 (RIP, "Big Cabal Media, which is the parent company of both TechCabal and Zikoko, noted that the fund was raised to lead its efforts in expanding its audience and building new verticals.", N),
 (RUN, "Africa’s USD 1.19 Bn fund receives USD 26.5 Mn from Nigerian startups\nNigeria has been a popular location for venture capital in the recent past. The country added USD 26.5 million to Africa's USD 1.19 billion amassed in the first half of this year.", N),
 (RUN, "Tech startup Decagon that combines lending, training, and job placement to assist skilled individuals to start careers as software engineers, has reportedly raised USD 1.5 million in preliminary funding from early-stage VCs.", F("Decagon", None, 1.5e6, "USD")),
 (RUN, "The company has also secured a student loan financing facility worth USD 25 million from Sterling Bank.", N),
 (TCS, "How fintech and serial founders drove African pre-seed investing to new heights in 2020\nWhen Stripe-subsidiary Paystack raised its seed round of $1.3 million in 2016, it was one of the largest disclosed rounds at that stage in Nigeria.", N),
 (TCS, "Just a month into 2021,  Egyptian fintech startup Cassbana raised a $1 million pre-seed investment led by VC firm Disruptech in a bid to drive expansion within the country.", F("Cassbana", "pre_seed", 1e6, "USD")),
 (TCS, "Nigerian fintech startup, Kuda, which bagged $10 million last year, comes to mind, for example.", N),
 (P("https://www.theafricareport.com/80460/nigerias-pricepally-plans-expansion-as-food-inflation-jumps-again/", "The Africa Report"), "The company aims to be operating in one or both of the cities by the fourth quarter of this year, when it plans a new seed funding round, Lawoyin says from Lagos.", N),
 (DUT, "European tech funding dropped 17 percent to €3.4 billion in Q3 2016. Decreased activity in UK and Germany are to blame, says TechEU.", N),
 (DUT, "Startupbootcamp alumni ULU secured an investment of around one million euro to buy Chinese hardware company Velio.", F("ULU", None, 1e6, "EUR")),
 (DUT, "Secretary of State Martijn van Dam (Economy) has promised 8 million euro for innovation in the Food and Agriculture sectors.", N),
 (P("https://inspirega.bytes.news/f2935e9-startup-innovation-defense-funding", "news page, 2024-12-30"), "Dutch Defense Ministry Unveils €100 Million Fund for Startup Innovation\nThe Dutch Ministry of Defense introduces the SecFund, offering up to €5 million per company to support startups in dual-use technologies, benefiting both civilian and military sectors.", N),
 (P("https://tradesavi.com/flash-news/dutch-prime-minister-promises-action-to-help-tech-startups-thrive", "flash news page"), "Dutch Prime Minister promises action to help tech startups thrive\nDutch Prime Minister Dick Schoof announced plans to boost technical startups and attract venture capital after new research showed the sector is struggling.", N),
 (BLU, "Blu Smart Mobility Pvt. Ltd, an electric taxi-hailing and riding platform, has raised Rs 37 crore (nearly $5 million at current exchange rate) in a pre-Series A funding round, according to a report.", F(["Blu Smart Mobility", "Blu Smart", "Blu Smart Mobility Pvt. Ltd"], "seed", 3.7e8, "INR")),
 (BLU, "This development comes almost a year after the company raised $3 million (around Rs 21.22 crore at the time) in an angel funding round from several investors including Ka Enterprises LLP, the family office of actor Deepika Padukone.", N),
 (BLU, "At the time, the company said it was also in talks to raise $25 million (around Rs 177 crore) in a Series A round, and that it had appointed Centrum Capital as the adviser for the planned funding.", N),
 (P("http://medial.app/news/decoding-rapidos-dollar120-mn-unicorn-round-5d27d4cc17579", "copy of an Entrackr story"), "Decoding Rapido’s $120 Mn unicorn round\nMobility startup Rapido recently turned unicorn after raising $120 million in a Series E funding round from WestBridge Capital through its various investment vehicles including SETU AIF and Konark.", F("Rapido", "series_e", 120e6, "USD")),
 (P("https://medial.app/news/ola-trolled-for-4th-largest-ev-company-claim-after-fine-print-excludes-china-whats-the-need-good-story-or-mint-fc72d5472fb93", "copy of an Entrackr story"), "Ather files DRHP to raise Rs 3,100 Cr via IPO; Hero MotoCorp won’t sell shares\nElectric two-wheeler firm Ather Energy has filed its draft red herring prospectus (DRHP) with the Security Exchange Board of India (SEBI) for an initial public offering (IPO) on Monday.", N),
 (P("https://www.cnbctv18.com/startup/startup-digest-cci-approves-billdesk-acquisition-by-payu-klub-closes-maiden-fund-amazon-sortation-centre-in-gujarat-14656371.htm/amp", "CNBC-TV18 startup digest, 2022-09-05"), "CCI approves acquisition of BillDesk by PayU for $4.7Bn\nThe Competition Commission of India (CCI) has approved the $4.7 billion acquisition of payment gateway BillDesk by Naspers' PayU, the competition watchdog said in a tweet.", N),
 (EM, "Early Money: 11 Bay Area startups just raised $230M in Series A funds, led by Landing AI's jumbo round\nAI helped push the total raised by #BayArea startups in #SeriesA rounds over the last week well past the $200 million mark. #venture", N),
 (EM, "Rad AI Raises $25M in Series A Funding\nRad AI, a Berkeley CA-based radiologist-led AI company, raised $25M in Series A funding. The round was led by ARTIS Ventures with participation from OCV Partners, Kickstart Fund, and Gradient Ventures.", F("Rad AI", "series_a", 25e6, "USD")),
 (EM, "AI Writer Startup Gets $21 Million in Series A Funding\nWriter, an AI framework capable of generating written content for marketing teams, announced today that it has secured $21 million in series A funding, in a package led by venture capital company Insight Partners.", F("Writer", "series_a", 21e6, "USD")),
 (CAP, "Capital raises $9M for its AI-based ‘capital as a service’ funding platform for startups\nIn 2019, in the US alone, more than 10,000 startups raised more than $133 billion in venture funding, with a large proportion of that equity investments. Today, a company building a platform to help startups consider alternative routes to financing — specifically less dilutive options that", F("Capital", None, 9e6, "USD")),
 (CAP, "Hunters raises $15M Series A for its threat-hunting platform\nHunters, a Tel Aviv-based cybersecurity startup that helps enterprises defend themselves from intruders and analyze attacks, today announced that it has raised a $15 million Series A funding round from Microsoft’s M12 and U.", F("Hunters", "series_a", 15e6, "USD")),
 (P("https://initial.inc/articles/japan-startup-funding-2022h1-en", "INITIAL report summary"), "H1 2022 Analysis: Investment in Japanese Startups Proves Surprisingly Resilient\nStartups in Japan continue to attract a surprisingly strong flow of investment capital. In fact, with a total of JPY 416 billion (USD 3.39 billion) raised over the first half of 2022—a sum equivalent to roughly 51% of all startup investment recorded in 2021—funding this year is shaping up to outpace the last.", N),
 (P("https://medium.com/@julian.littler/japans-growing-startup-scene-tokyo-venture-ecosystem-bd62721c6ef2", "a Medium article"), "Mercari now has 50 million downloads in Japan and monthly revenue of $88 million (According to Mercari this revenue figure has not changed in over a year since April 2015). It has raised some $116.7 million investment in only three years, all from Japanese funds.", N),
]
out_f, out_a = sys.argv[1], sys.argv[2]
with open(out_f, "w") as f, open(out_a, "w") as g:
    for src, text, fund in items:
        f.write(json.dumps({"text": text, "expected": fund, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
        g.write(json.dumps({"text": text, "expected": None, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
print(len(items), "items;", sum(1 for i in items if i[2]), "rounds")
