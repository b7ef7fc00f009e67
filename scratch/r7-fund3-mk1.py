"""Batch 1: NewsAPI title + description pairs (India startup funding query, July 2025) kept as a commented
fixture in a public repo (ET/ETtech, BusinessLine, TOI, Mint, TechCrunch, SiliconANGLE, Fortune, Forbes, Skift...)."""
import json,subprocess,re
def P(c,r,a,cur): return {"company":c,"round":r,"amount":(float(a) if a is not None else None),"currency":cur}
N=None
def S(outlet,url): return f"NewsAPI item ({outlet}, {url}) title + description, as kept in a public repo's commented fixture; text (c) its publisher, quoted for evaluation; labelled by hand"
items=[
("Indian startup QpiAI gets $32M to supercharge AI development with quantum computing\nQpiAI India Pvt. Ltd. is looking to establish its home nation as a leading light in the field of quantum computing-based artificial intelligence after bagging $32 million in a Series A round of funding. Today’s round was led by Avataar Ventures and saw partic…",
 P(["QpiAI","QpiAI India","QpiAI India Pvt. Ltd."],"series_a",32e6,"USD"),S("SiliconANGLE","https://siliconangle.com/2025/07/17/indian-startup-qpiai-gets-32m-supercharge-ai-development-quantum-computing/")),
("QpiAI raises USD 32 million (INR 279 crore) in Series-A round led by Avataar Ventures and National Quantum Mission\nQpiAI raises $32 million in Series A round to advance full-stack Quantum Computing technology globally.",
 P("QpiAI","series_a",32e6,"USD"),S("BusinessLine","https://www.thehindubusinessline.com/brandhub/qpiai-raises-usd-32-million-inr-279-crore-in-series-a-round-led-by-avataar-ventures-and-national-quantum-mission/article69822047.ece")),
("India eyes global quantum computer push — and QpiAI is its chosen vehicle | TechCrunch\nQpiAI, an Indian startup that integrates AI and quantum computing for enterprise use cases, has raised $32 million in a new funding round co-led by the Indian government.",
 P("QpiAI",None,32e6,"USD"),S("TechCrunch","https://techcrunch.com/2025/07/16/india-eyes-global-quantum-computer-push-and-qpiai-is-its-chosen-vehicle/")),
("Cybersecurity startup Deep Algorithm raises Rs 10.8 crore from Unicorn India Ventures\nThe company, which focuses on fraud prevention in the finance sector, will use the fresh funds to scale engineering and threat intelligence teams, accelerate go-to-market activities in India and Southeast Asia, expand integrations with key enterprise platform…",
 P("Deep Algorithm",None,108e6,"INR"),S("ETtech","https://economictimes.indiatimes.com/tech/funding/cybersecurity-startup-deep-algorithm-raises-rs-10-8-crore-from-unicorn-india-ventures/articleshow/122586240.cms")),
("Voice AI startup Navana AI raises Rs 7 crore in round led by Antler India\nAjay Agarwal, Ronnie Screwvala, and Sandeep Singhal participated in the funding round. The fresh funds will be used by the company for its R&D activities and to scale its products.",
 P("Navana AI",None,7e7,"INR"),S("ETtech","https://economictimes.indiatimes.com/tech/funding/voice-ai-startup-navana-ai-raises-rs-7-crore-in-round-led-by-antler-india/articleshow/122516906.cms")),
("Unibose secures ₹5.5 crore to expand AI-powered industrial robots\nUnibose Tech raises ₹5.5 Cr in Pre-Series A to expand its Zone-0 robots for hazardous industries. Plans global scale-up and AI-driven inspection R&D.",
 P(["Unibose","Unibose Tech"],"seed",5.5e7,"INR"),S("BusinessLine","https://www.thehindubusinessline.com/news/unibose-secures-55-crore-to-expand-ai-powered-industrial-robots/article69810535.ece")),
("Home decor start-up Vaaree raises $4.6 mn in pre-Series A round\nThe funding round was led by PeerCapital, along with existing investors Peak XV’s Surge, All In Capital, and new investors Sattva Ventures and the Asian Paints family office",
 P("Vaaree","seed",4.6e6,"USD"),S("BusinessLine","https://www.thehindubusinessline.com/companies/home-decor-start-up-vaaree-raises-46-mn-in-pre-series-a-round/article69804343.ece")),
("Vaaree raises $4.6 million to scale home décor platform\nIndia Business News: BENGALURU: Bengaluru-based home décor startup Vaaree has raised $4.6 million in a pre-Series A round led by PeerCapital, with participation from other.",
 P("Vaaree","seed",4.6e6,"USD"),S("Times of India","https://timesofindia.indiatimes.com/business/india-business/vaaree-raises-4-6-million-to-scale-home-dcor-platform/articleshow/122406189.cms")),
("Clean Fanatics raises $2 million in seed round led by Inflection Point Ventures\nClean Fanatics, a premium home services marketplace, has secured $2 million in seed funding led by Inflection Point Ventures. The investment will fuel team growth, tech upgrades, and expansion into civil construction and home renovation. Currently serving 2,5…",
 P("Clean Fanatics","seed",2e6,"USD"),S("Times of India","https://timesofindia.indiatimes.com/business/india-business/clean-fanatics-raises-2-million-in-seed-round-led-by-inflection-point-ventures/articleshow/122370184.cms")),
("Saas fintech platform Arteria Technologies raises Rs 100 crore funding from ICICI Venture\nFounded in 2007 by Parag Sushilkumar Jain and Sriram Kanuri, the company offers upstream and downstream supply chain solutions to enterprises while acting as a technology partner for lending services in supply chain finance. The funding is a mix of primary an…",
 P("Arteria Technologies",None,1e9,"INR"),S("ETtech","https://economictimes.indiatimes.com/tech/funding/saas-fintech-platform-arteria-technologies-raises-rs-100-crore-funding-from-icici-venture/articleshow/122364309.cms")),
("Swiss PE firm Partners Group to acquire majority stake in Infinity Fincorp for $230 mn, outbids Advent and Creador\nPartners Group's deal includes a  ₹600 crore primary capital infusion and a secondary purchase of shares from existing shareholders, including Indium IV (Mauritius) Holdings",
 N,S("Livemint","https://www.livemint.com/companies/partners-group-nbfc-infinity-fincorp-msme-lending-advent-creador-11752129631874.html")),
("Partners Group to acquire majority stake in Infinity Fincorp for Rs 1,950 crore\nThe deal, which includes participation from existing shareholder Jungle Ventures, comprises a primary infusion of Rs 600 crore ($70 million) and a secondary purchase of shares from Indium IV (Mauritius) Holdings and other shareholders. Infinity Fincorp plans …",
 N,S("ETtech","https://economictimes.indiatimes.com/tech/funding/partners-group-to-acquire-majority-stake-in-infinity-fincorp-for-rs-1950-crore/articleshow/122358709.cms")),
("IndiGo Ventures raises Rs 450 cr; invests in startup Jeh Aerospace\nIndiGo Ventures, the corporate venture capital arm of domestic carrier IndiGo, on Monday announced the first close of its maiden fund at Rs 450 crore.",
 N,S("PTI via ET","https://economictimes.indiatimes.com/markets/stocks/news/indigo-ventures-raises-rs-450-cr-invests-in-startup-jeh-aerospace/articleshow/122346121.cms")),
("UAE proptech Huspy raises $59M to scale in Europe | TechCrunch\nHuspy closes $59 million Series B to double down on operations across the Middle East and Europe, backed by Balderton Capital and Peak XV.",
 P("Huspy","series_b",59e6,"USD"),S("TechCrunch","https://techcrunch.com/2025/07/07/uae-proptech-huspy-raises-59m-to-scale-in-europe/")),
("AI infra firm RackBank gets land in Indore, Raipur for data centres\nRackBank plans to grow data centers in cities like Indore and Raipur. This move aims to cut operational costs significantly. The company recently launched NeevCloud, an AI cloud business. They acquired land in Indore and Raipur for new facilities. These proje…",
 N,S("ETtech","https://economictimes.indiatimes.com/tech/artificial-intelligence/ai-infra-firm-rackbank-gets-land-in-indore-raipur-for-data-centres/articleshow/122305380.cms")),
("Bambrew secures $10.3m in funding to boost eco-friendly packaging\nThe company aims to use the funding to expand from the B2B into the DTC market.",
 P("Bambrew",None,10.3e6,"USD"),S("Packaging Gateway","https://www.packaging-gateway.com/news/bambrew-secures-funding-boost-packaging/")),
("Exclusive: Ambrook raises $26.1 million Series A to provide farmers and ranchers with better accounting software\nFounded in 2021, Ambrook has raised a $26.1 million Series A, led by Thrive Capital and Dylan Field, Fortune has exclusively learned.",
 P("Ambrook","series_a",26.1e6,"USD"),S("Fortune","https://fortune.com/2025/07/01/exclusive-ambrook-raises-26-1-million-series-a-to-provide-farmers-and-ranchers-with-better-accounting-software/")),
("Insect farming start-up Loopworm raises $3.25 m in pre-series A round\nLoopworm, a Bengaluru-based biomanufacturing company developing insect-derived proteins, has raised $3.25 million Pre-Series A funding round.",
 P("Loopworm","seed",3.25e6,"USD"),S("BusinessLine","https://www.thehindubusinessline.com/economy/agri-business/insect-farming-start-up-loopworm-raises-325-m-in-pre-series-a-round/article69758782.ece")),
("English learning startup SpeakX looks to raise $15 million\nSpeakX, a voice-first learning platform that uses AI to teach conversational English, will use the funds for expanding its engineering team and product development.",
 N,S("Livemint","https://www.livemint.com/companies/start-ups/english-learning-startup-speakx-looks-to-raise-15-million-11751345238766.html")),
("AI startup Airial turns travel TikToks into bookable itineraries. Read its pitch deck that helped it land $3 million.\nAI startup Airial Travel has raised $3 million in seed funding to turn aspirational social media content into tangible vacation plans.",
 P(["Airial","Airial Travel"],"seed",3e6,"USD"),S("Business Insider","https://www.businessinsider.com/airial-ai-startup-raises-3-million-tiktoks-travel-plans-2025-6")),
("Regional Air Travel Startups Raise Over $85 Million: Funding Roundup\nSix travel startups raised more than $100 million in the last week. The majority was by startups seeking to modernize regional air travel.",
 N,S("Skift","http://skift.com/2025/06/27/regional-air-travel-startups-raise-over-85-million-funding-roundup/")),
("India ranks third globally in tech startup funding despite slowdown: study\nAccording to a report by market intelligence platform Tracxn, Indian tech startups raised $4.8 billion in H1 2025, down 25% from the $6.4 billion YoY and 19% from $5.9 billion in H2 2024. Cofounder Neha Singh said that despite the fall in funding volumes, the…",
 N,S("ETtech","https://economictimes.indiatimes.com/tech/funding/india-ranks-third-globally-in-tech-startup-funding-despite-slowdown-study/articleshow/122094643.cms")),
("Piston raises $7.5M for cardless fuel payments solution\nEliminating fuel fraud with unique QR codes and flexible business rules. The post Piston raises $7.5M for cardless fuel payments solution appeared first on...",
 P("Piston",None,7.5e6,"USD"),S("FreightWaves via Yahoo","https://finance.yahoo.com/news/piston-raises-7-5m-cardless-151700332.html")),
("Singapore VC Granite Asia leads $60 million funding round for AI ‘data foundry’ Centific to fund global expansion\n“This funding round isn’t about necessity—it’s about ambition,” CEO Venkat Rangapuram said in a statement.",
 P("Centific",None,60e6,"USD"),S("Fortune","https://fortune.com/asia/2025/06/25/centific-series-a-funding-venkat-rangapuram-granite-asia-jenny-lee/")),
("Sahi raises $10.5 mn in Series A funding from Accel, Elevation Capital for market expansion, team growth\nFunding to drive broking platform’s product development including advanced automation features as SEBI unlocks algorithmic trading for retail participants",
 P("Sahi","series_a",10.5e6,"USD"),S("BusinessLine","https://www.thehindubusinessline.com/markets/sahi-raises-105-mn-in-series-a-funding-from-accel-elevation-capital-for-market-expansion-team-growth/article69732037.ece")),
("Novoloop is making tons of upcycled plastic\nNovoloop recently raised a $21 million Series B to begin building its first commercial scale plastic upcycling plant.",
 P("Novoloop","series_b",21e6,"USD"),S("TechCrunch","https://techcrunch.com/2025/06/24/novoloop-is-making-tons-of-upcycled-plastic/")),
("Skippi raises ₹12 crore in extended pre-Series A round\nThe company will use this funding to expand into West Asia, increase brand visibility, accelerate product innovation and hire experienced leadership",
 P("Skippi","seed",1.2e8,"INR"),S("BusinessLine","https://www.thehindubusinessline.com/companies/skippi-raises-12-crore-in-extended-pre-series-a-round/article69731523.ece")),
("Fabheads raises $10 million Series A led by Accel to automate composite fibre manufacturing\nChennai-based Fabheads raises $10M to automate composite manufacturing, plans Bengaluru facility for aerospace sector, funded by Accel.",
 P("Fabheads","series_a",10e6,"USD"),S("BusinessLine","https://www.thehindubusinessline.com/companies/fabheads-raises-10-million-series-a-led-by-accel-to-automate-composite-fibre-manufacturing/article69728011.ece")),
("Ride the bond-wagon: VCs and fintech startups rush to tap the latest retail investor craze\nVenture capitalists are now looking to cash in on the surge in bond investing, and companies such as Groww, Stable Money, Grip Invest and Wint Wealth are riding the wave.",
 N,S("Livemint","https://www.livemint.com/industry/as-bonds-become-hot-asset-wealthtech-startups-and-vcs-pile-in-11750581082670.html")),
("How this ‘office-less’ startup turns into a unicorn\nAI startup Fireflies, valued at $1 billion, offers real-time meeting notes and AI assistant for remote work.",
 N,S("BusinessLine","https://www.thehindubusinessline.com/info-tech/how-this-office-less-startup-turns-into-a-unicorn/article69726993.ece")),
("Nurix AI expects to hit $10 million in projected annual revenue by the first half of next year\nBacked by $25 million in early-stage funding, Mukesh Bansal’s latest startup is betting on voice-first enterprise agents and deep domain focus to stand out in a crowded AI market.",
 N,S("Livemint","https://www.livemint.com/companies/start-ups/nurix-ai-expects-to-hit-10-million-in-projected-annual-revenue-by-the-first-half-of-next-year-11750657680611.html")),
("How new-age apparel brands are stitching the next wave of growth\nD2C fashion brands in India secure funding, scale up rapidly, and reshape the fashion landscape with quick-commerce strategies.",
 N,S("BusinessLine","https://www.thehindubusinessline.com/specials/corporate-file/how-new-age-apparel-brands-are-stitching-the-next-wave-of-growth/article69718724.ece")),
("Inside Otipy’s crash and burn: How 10-minute delivery killed a 10-year dream\nAgri-tech startup Otipy, which had raised $44 million, shut its operations in May. The company ran out of cash after a $10 million fundraise, from a new investor, did not come through. What changed this investor’s mind?",
 N,S("Livemint","https://www.livemint.com/companies/blinkit-instamart-grofers-farm-produce-agri-tech-quick-commerce-zepto-kirana-otipy-agriculture-startups-11753087991560.html")),
("VC investments in India at $3.5-bn mark in Q2, 2025: KPMG\nVenture capital investments in India rose to USD 3.5 billion across 355 deals in Q2 2025, up from USD 2.8 billion in the previous quarter, according to KPMG. Key sectors drawing investor interest included fintech, healthtech, and logistics. India’s largest VC…",
 N,S("PTI via ET","https://economictimes.indiatimes.com/news/economy/indicators/vc-investments-in-india-at-3-5-bn-mark-in-q2-2025-kpmg/articleshow/122819957.cms")),
("VC investments in India at $3.5-billion mark in Q2, 2025: KPMG\nVenture capital investments in India rose to $3.5 billion across 355 deals in Q2 2025, up from $2.8 billion in Q1, signaling resilience amid global uncertainty, per KPMG. Fintech, healthtech, and logistics led activity, with PB Healthcare’s $218 million seed …",
 N,S("PTI via ETtech","https://economictimes.indiatimes.com/tech/technology/vc-investments-in-india-at-3-5-billion-mark-in-q2-2025-kpmg/articleshow/122819245.cms")),
("Japanese VC Firm UTEC Launches $326 Million Fund\nUTEC is one of Japan’s largest science and technology-focused VCs, with a portfolio spanning more than 150 companies either originated from or backed by academic institutions.",
 N,S("Forbes","https://www.forbes.com/sites/catzxwang/2025/07/11/japanese-vc-firm-utec-launches-326-million-fund/")),
("Info Edge’s bet on Eternal now makes up over a third of its market cap\nInfo Edge India shares saw a surge following Eternal's earnings report. Eternal, parent company of Zomato and Blinkit, witnessed a rise in share value. This increased the value of Info Edge's stake in Eternal. The stake is now more than a third of Info Edge's…",
 N,S("Times of India","https://economictimes.indiatimes.com/markets/stocks/news/info-edges-bet-on-eternal-now-makes-up-over-a-third-of-its-market-cap/articleshow/122828191.cms")),
("Ugaoo targets ‘clicks-and-bricks’ approach to grow the urban gardening market\nUgaoo, a houseplants and urban gardening company that began its journey as an online marketplace in 2016, is expanding into the brick-and-mortar segment with plans to open over 80 retail outlets by 2029-30.",
 N,S("BusinessLine","https://www.thehindubusinessline.com/economy/agri-business/ugaoo-targets-clicks-and-bricks-approach-to-grow-the-urban-gardening-market/article69767103.ece")),
("This founder has spent a decade building a multi-million-dollar spice company that is almost profitable. She still doesn’t want your venture capital dollars—at least not for now\nSana Javeri Kadri has built a business around small farmers in India.",
 N,S("Fortune","https://fortune.com/2025/07/03/sana-javeri-kadri-diaspora-co-spices-startup-india/")),
("Wipro’s consumer VC arm tweaks investment strategy as startup ecosystem matures\nCapping investors’ shareholding to 20% will allow founders to have more skin in the game, thereby boosting efficiency and morale, according to Wipro Consumer Care Ventures’ Sumit Keshan.",
 N,S("Livemint","https://www.livemint.com/companies/start-ups/wipro-consumer-care-ventures-investment-strategy-d2c-startup-funding-goofy-tails-ustraa-sumit-keshan-11751178934642.html")),
("Chasing next-generation mega-trends\nAuxano Capital invests in tech-enabled, consumer-focused businesses with disruptive potential, emphasizing long-term leadership and market impact.",
 N,S("BusinessLine","https://www.thehindubusinessline.com/specials/emerging-entrepreneurs/chasing-next-generation-mega-trends/article69835865.ece")),
("Global Cybersecurity Market to Worth Over US$ 723.8 Billion By 2033 | North America Dominates, Asia-Pacific Accelerates, Europe Consolidates, Emerging Markets Awaken Says Astute Analytica\nGlobal cybersecurity market is expanding steadily, driven by relentless digital transformation and escalating threat sophistication. Compliance demands and hybrid working patterns further fuel enterprise investment, shifting procurement toward integrated, ser…",
 N,S("GlobeNewswire","https://www.globenewswire.com/news-release/2025/06/30/3107676/0/en/")),
("India has seen an explosion of fertility startups. Next up: deal spree\nAt least 37 fertility ventures were founded between 2021 and 2025 as rising incomes make assisted reproduction services accessible to more Indians. Here's what these startups offer and who is chasing them…",
 N,S("Livemint","https://www.livemint.com/companies/start-ups/india-fertility-startups-rising-incomes-growing-infertility-investors-large-chains-indira-ivf-luma-inito-arva-11752656100023.html")),
("Badshah now sells pizza with Ghost, enters Domino’s turf with Badboy Pizza\nBadshah is entering India's QSR market with Badboy Pizza. It is a mass-premium pizza brand blending Indian and global flavors. The launch is in partnership with Ghost Kitchens India. They aim to open 50 outlets across India's metros in three years. The brand …",
 N,S("ET Online","https://economictimes.indiatimes.com/industry/cons-products/food/badshah-now-sells-pizza-with-ghost-enters-dominos-turf-with-badboy-pizza/articleshow/122266663.cms")),
("ET X Tracxn report on top soonicorns and minicorns across ten sectors: ET Soonicorns sundowner Hyderabad edition\nAttention: The comprehensive ‘ET Top Soonicorns and Minicorns X Top 10 Sectors AP-Telangana’ report to debut at inaugural ET Soonicorns Sundowner on July 31, 2025! Read on to learn more about the unveiling of this report at the inaugural ET Soonicorns Sundown…",
 N,S("ET Special","https://economictimes.indiatimes.com/tech/startups/et-x-tracxn-report-on-top-soonicorns-and-minicorns-across-ten-sectors-et-soonicorns-sundowner-hyderabad-edition/articleshow/122442625.cms")),
]
F='scratch/r7-fund3-batch1.jsonl'
def write(rows):
    with open(F,'w') as o:
        for r in rows: o.write(json.dumps(r,ensure_ascii=False)+"\n")
rows=[{"text":t,"expected":e,"part":"dev","source":s} for t,e,s in items]
write(rows)
out=subprocess.run(['.venv/bin/outrider','eval','extract','--dupcheck',F],capture_output=True,text=True).stdout
print(out)
flag=[]
for l in out.splitlines():
    m=re.match(r"""already in the (dev|test) part \(similarity \d+\): (['"])(.*)\2$""",l)
    if m: flag.append((m.group(1),m.group(3)))
print(flag)
keep=[r for r in rows if not any(r['text'].startswith(f) for p,f in flag)]
if any(p=='test' for p,f in flag): print("TEST HIT - drop whole page manually")
write(keep)
print(len(rows),len(keep),sum(1 for r in keep if r['expected']))
