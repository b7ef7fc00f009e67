import json
def P(c,r,a,cur): return {"company":c,"round":r,"amount":(float(a) if a is not None else None),"currency":cur}
N=None
S=lambda url,d: f"stored web page {url} ({d}); text (c) its publisher, quoted for evaluation; labelled by hand"
sl=S("https://scileads.com/product-updates/biopharma-updates-29th-september-2025","SciLeads BioPharma weekly updates")
pa=S("https://www.binance.bh/en-AE/square/post/30632893791913","PANews weekly blockchain financing report, copy")
bm=S("http://biomecho.org/292%2c850b08.html","copy of BioWorld MedTech financings")
bw=S("https://bioworld.com/articles/topic/292-financings-bioworld-medtech?page=166","BioWorld MedTech financings")
st=S("https://www.stocktitan.net/sec-filings/BYSI/8-k-beyond-spring-inc-reports-material-event-5d91324966e6.html","StockTitan 8-K summary")
ch1=S("https://theedgemalaysia.com/node/743278","The Edge Malaysia / Bloomberg")
ch2=S("https://techcrunch.com/2019/06/19/cherry-ventures-iii/","TechCrunch")
sif=S("https://email.sifted.eu/the-california-of-europe","Sifted Daily newsletter")
nag=S("https://n-ag.net/deutschland/berlin/berlin-und-brandenburg-erhalten-10-millionen-fuer-start-ups-der-zukunft/en","translated regional news")
sc=S("https://sundaycet.beehiiv.com/p/why-defence-tech-is-hot-1","Sunday CET newsletter")
mt=S("https://migrate.startuptalky.com/tag/hash-news/page/13","StartupTalky news list")
sf=S("https://snackfax.com/page/80/?page_id=4005%2Fpage%2F1263%2F","Indian business blog")
ti=S("https://www.tice.news/tice-trending/top-startup-news-today-the-government-funding-and-innovation-forces-driving-indias-startup-growth-10954509","TICE daily startup news")
hk=S("https://migrate.startuptalky.com/page/58","StartupTalky blog list")
items=[
("Basilea Pharmaceutica (Basel, Switzerland) received up to $159M in BARDA funding, including $6M committed upfront, to advance its oral antibiotic ceftibuten-ledaborbactam into Phase 3 trials for complicated urinary tract infections.",N,sl),
("Sparrow Pharmaceuticals (OR, USA) raised $95M in Series B funding to advance Phase 2b development of clofutriben, its HSD-1 inhibitor targeting cortisol-driven metabolic dysfunction in type 2 diabetes.",P("Sparrow Pharmaceuticals","series_b",95e6,"USD"),sl),
("Avenzo Therapeutics (CA, USA) raised $60M in Series B funding to advance its pipeline of oncology drug candidates, including small molecule inhibitors and antibody-drug conjugates.",P("Avenzo Therapeutics","series_b",60e6,"USD"),sl),
("Until Labs (CA, USA) raised $58M in Series A funding to develop organ-scale cryopreservation technology, enabling extended storage and rewarming of donor organs for transplantation.",P("Until Labs","series_a",58e6,"USD"),sl),
("Ensoma Bio (MA, USA) raised $53M in funding to support its Phase 1/2 trial of EN-374 for X-linked chronic granulomatous disease and advance its in vivo hematopoietic stem cell engineering platform.",P("Ensoma Bio",None,53e6,"USD"),sl),
("Rapid Micro Biosystems (MA, USA) raised $45M in growth funding to expand commercialisation of its Growth Direct platform, automating microbial quality control in biopharma manufacturing.",P("Rapid Micro Biosystems","growth",45e6,"USD"),sl),
("Leo Cancer Care (WI, USA) raised $40M in funding to advance its upright radiotherapy technologies and support global commercial expansion.",P("Leo Cancer Care",None,40e6,"USD"),sl),
("According to incomplete statistics from PANews, there were 10 financing events in the global blockchain last week (9.29-10.05), with a total funding scale exceeding $305 million; in addition, the total amount of financing for listed companies' crypto asset reserves exceeded $453 million, as summarized below:",N,pa),
("Two financing events were announced in the DeFi sector, including the platform Lava, which focuses on Bitcoin collateralized lending, announcing it has completed $17.5 million in Series A expansion financing;",P("Lava","series_a",17.5e6,"USD"),pa),
("One financing event was announced in the Web3+AI track, with the decentralized AI agent infrastructure layer Talus Network having raised over $10 million cumulatively;",N,pa),
("The infrastructure & tools sector announced 1 financing event, with the stablecoin payment network Mesta completing a $5.5 million seed round led by Village Global;",P("Mesta","seed",5.5e6,"USD"),pa),
("The centralized finance sector announced 1 financing event, with xMoney announcing $21.5 million in strategic financing led by the Sui Foundation;",P("xMoney",None,21.5e6,"USD"),pa),
("In addition, 3 listed companies completed financing to establish crypto treasuries, including POAI, which plans to launch a digital asset library centered around ATH, securing two PIPE financings totaling approximately $344 million.",N,pa),
("Andre Cronje's new crypto project Flying Tulip completed $200 million in seed round financing at a $1 billion token valuation.",P("Flying Tulip","seed",200e6,"USD"),pa),
("AOA Dx Inc. closed an oversubscribed $17 million seed round to expand the clinical trial for its ovarian cancer diagnostic test, build out new lab facilities and explore applications of its Glycolocate platform in other cancers.",P(["AOA Dx","AOA Dx Inc.","AOA Dx Inc"],"seed",17e6,"USD"),bm),
("Through the third quarter 2023 med-tech firms raised $14.35 billion in financings, down 43.82% from $25.55 billion raised in the same period last year.",N,bm),
("Precede Biosciences Inc. emerged from stealth having raised $57 million in seed and series A financing to fund its genome-wide platform.",P(["Precede Biosciences","Precede Biosciences Inc.","Precede Biosciences Inc"],None,57e6,"USD"),bm),
("Softbank Vision Fund and Prosperity7 Ventures led the round, which rained down $150 million on the medical robotics company.",N,bw),
("Zephyrm Biotechnologies Co. Ltd. raised ¥200 million (US$29 million) in a series B financing to support phase I and II trials of the company’s human pluripotent stem cell candidates to treat lung diseases, degenerative joint diseases such as osteoarthritis, CNS diseases, inherited retinal degenerations and retinal degenerative diseases.",P(["Zephyrm Biotechnologies","Zephyrm Biotechnologies Co. Ltd.","Zephyrm Biotechnologies Co. Ltd","Zephyrm"],"series_b",200e6,"CNY"),bw),
("The €13.8 million (US$15.25 million) Kiro SAS recently raised in its series A financing led by Sofinnova Partners will enable the company to further develop its artificial intelligence (AI) platform, which standardizes and analyzes laboratory test results, making them more relevant to doctors and easier for patients to understand.",P(["Kiro SAS","Kiro"],"series_a",13.8e6,"EUR"),bw),
("A research initiative led by Jennifer Doudna and Jill Banfield of the Innovative Genomics Institute at the University of California, Berkeley, has landed $70 million in funding from the Audacious Project to bring the power and precision of CRISPR-based genome editing to the gut microbiome of humans and animals, in an ambitious effort to engineer complex microbial communities to achieve outcomes that can benefit human health and the environment.",N,bw),
("SEED funding leaves BeyondSpring (NASDAQ: BYSI) with 38% stake in biotech",N,st),
("(Feb 4): Cherry Ventures, a venture capital firm based in Berlin, has raised US$500 million (RM2.22 billion) in funding to back European startups.",N,ch1),
("Cherry Ventures, which was founded in 2012, invests in early-stage startups and raised its last fund of €320 million (RM1.47 billion) in 2022.",N,ch1),
("Berlin’s Cherry Ventures raises new €175M fund to back early-stage startups across Europe",N,ch2),
("Elsewhere today, we look at a $15.4m raise for a climate change-resistant cocoa alternative, hear from Speedinvest's Oliver Holle and dig into the spacetech startups investors have their eyes on.",N,sif),
("Söder said that Bavaria was investing €5.5bn in areas like AI, quantum and space.",N,sif),
("The start-up factory Unite, which should be active from the beginning of 2026, has won a funding of up to ten million euros over five years.",N,nag),
("🇸🇪 EQT acquired the British secondaries investment firm Coller Capital for $3.7 billion - 3.2B in stock and 500M in cash.",N,sc),
("Health-Focused Pet Food Brand Muttley Crew Secures $425,000 in Seed Round to Grow Footprint Across India",P("Muttley Crew","seed",425000,"USD"),mt),
("Muttley Crew, a Bangalore-based premium, health-focused pet food brand, announced the successful raise of its seed funding round, raising $425,000.",P("Muttley Crew","seed",425000,"USD"),mt),
("Continue Exploring: Lahori Beverages Nears ₹450 Crore Fundraise as Valuation Soars to ₹2,500 Crore – A New Challenger in India’s Booming Drinks Market",N,sf),
("Each community will receive up to ₹1 lakh in subsidies, with guidance on funding, GST filing, and market access.",N,ti),
("Kavin Bharti Mittal to Shut Down Hike After India’s Real-Money Gaming Ban",N,hk),
]
with open('/work/wt/r7-fund/scratch/r7-fund-batch3.jsonl','a') as out:
    for t,e,s in items: out.write(json.dumps({"text":t,"expected":e,"part":"dev","source":s},ensure_ascii=False)+"\n")
print(len(items), sum(1 for i in items if i[1]))
