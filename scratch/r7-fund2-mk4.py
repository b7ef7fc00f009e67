import json,subprocess,re
def P(c,r,a,cur): return {"company":c,"round":r,"amount":(float(a) if a is not None else None),"currency":cur}
N=None
S=lambda url,d: f"stored web page {url} ({d}); text (c) its publisher, quoted for evaluation; labelled by hand"
dz=S("https://dailyza.com/eu-startups-weekly-funding-round-up-europes-deals-dec-15-19/","Dailyza")
ed=S("https://europedigital.cloud/en/news/23e3ca33-recap-europes-top-10-funding-rounds-this-week-9-15-march","Europe Digital summary of The Next Web")
t24=S("https://tech.eu/2024/03/01/this-week-in-european-tech/","tech.eu weekly roundup")
t23=S("https://tech.eu/2023/05/19/this-week-in-european-tech-19-may-2023/","tech.eu weekly roundup")
nm=S("https://noah.makes.news/gb/en/technology/2025/10/04/european-tech-funding-soars-with-record-deals-and-strategic-acquisitions-in-2025","news rewrite of a European tech weekly")
d40=S("https://www.dealflow.la/p/dealflowla-40-nubank-to-invest-159","Dealflow.la newsletter")
d50=S("https://www.dealflow.la/p/dealflowla-50-loft-and-klar-both","Dealflow.la newsletter")
tp=S("https://thepaypers.com/payments/news/chinas-tencent-invests-usd-180-million-in-brazil-fintech-nubank","The Paypers")
tn=S("https://technopoly.substack.com/p/038-why-tech-should-care-about-americanas","Technopoly newsletter")
ef=S("https://emergingfintech.co/p/the-fintech-premium-effect-how-becoming","Emerging Fintech newsletter")
items=[
("EU-Startups has published its latest “Weekly funding round-up,” compiling the European startup financings it tracked during Dec. 15–19.",N,dz),
("The period between March 9th and 15th saw an exceptional surge, highlighted by two major deals in London and Paris that alone contributed nearly three billion dollars to the ecosystem.",N,ed),
("This week our research tracked more than 90 tech funding deals worth over €1.85 billion, and around 15 exits, M&A transactions, rumours, and related news stories across Europe.",N,t24),
("🇸🇪 EV maker Polestar bags €877M in external funding",N,t24),
("🇵🇹 Powerdot secures €100M funding for EV charging infrastructure expansion",P("Powerdot",None,100e6,"EUR"),t24),
("🇸🇪 EQT cheers €22B haul for latest flagship private equity fund",N,t24),
("🇪🇸 Upbizor raises more than €100M to finance startups and SMEs in 2023",N,t24),
("🇺🇦 Horizon Capital closes its latest Ukraine-focused fund at €323M",N,t24),
("🇬🇧 Former £4bn tech unicorn Hopin liquidated in UK",N,t24),
("🇪🇺 Google hit with $2.3B lawsuit by Axel Springer, other media groups",N,t24),
("🇫🇷 French billionaire Xavier Niel expands telecom empire with $1.26B Tele2 deal",N,t24),
("Wefox, the German insurtech scale-up, has closed a new $110 million funding round from existing investors, split between equity and a revolving credit facility.",P("Wefox",None,110e6,"USD"),t23),
("Wefox managed to maintain the same valuation of $4.5 billion as its previous financing round.",N,t23),
("London-based fintech focused on the retirement savings market, Smart, aka SmartPension, has secured $95 million in a Series E funding round.",P(["Smart","SmartPension"],"series_e",95e6,"USD"),t23),
("Swedish online grocery, and of course delivery service, Mathem, has raised approximately €88 million.",P("Mathem",None,88e6,"EUR"),t23),
("French SaaS scale-up Pigment has reportedly raised $70 million in new funding.",P("Pigment",None,70e6,"USD"),t23),
("Switzerland-based robotics company ANYbotics has raised $50 million in a Series B funding round led by Walden Catalyst and NGP Capital.",P("ANYbotics","series_b",50e6,"USD"),t23),
("Barcelona-based climate tech company Mitiga Solutions has raised a €13.25 million Series A round for its solution which predicts and prevents natural hazards from becoming disasters using high-performance computing, AI, and science.",P("Mitiga Solutions","series_a",13.25e6,"EUR"),t23),
("Global employee engagement company, Reward Gateway has been acquired by French-based employee fintech firm, Edenred for £1.15 billion from funds managed by Abry Partners and Castik Capital.",N,t23),
("US-based crypto company Ripple has acquired Swiss crypto custody firm Metaco in a $250 million deal.",N,t23),
("According to media reports, German startup TIER Mobility is in advanced acquisition talks with European rival Bolt.",N,t23),
("This week in European tech funding, over 90 deals worth more than €1.5 billion were tracked, alongside a range of mergers, acquisitions, and industry news that underscore the region's growing innovation landscape.",N,nm),
("Among the notable funding rounds, UK-based cloud banking services provider Thought Machine raised £45 million in July 2025 from existing investors to support its growth and product development.",P("Thought Machine",None,45e6,"GBP"),nm),
("Despite this fresh capital injection, the company reported increased pre-tax losses, rising from £62.7 million in 2023 to £69.3 million in 2024.",N,nm),
("This recent funding round aligns with the company’s ongoing strategy to expand its footprint and enhance its cloud-native banking platform, following an earlier $160 million Series D funding round in 2022 that doubled its valuation to $2.7 billion.",N,nm),
("The UK government has also awarded £4.4 million in funding to startups focused on aviation and drone technologies, supporting innovation in this strategic sector.",N,nm),
("Dealflow.la #40 - NuBank 🇧🇷 to invest $159 Million in Colombia 🇨🇴 amid record profits, dLocal 🇺🇾 fraud allegations send stock into freefall, and Stori 🇲🇽 raises $50 Million in debt financing.",N,d40),
("Trébol 🇨🇴 raised a $3 Million Seed round led by Canaan Partners 🇺🇸 and Better Tomorrow Ventures 🇺🇸 with funding from Y Combinator 🇺🇸, Soma Capital 🇺🇸, and Unpopular Ventures 🇺🇸 to build an application programming platform interface intended to help businesses, neo banks, and lenders to underwrite their clients faster.",P("Trébol","seed",3e6,"USD"),d40),
("Huli 🇨🇷 raised a $5.5 Million Seed round led by Intoku Health 🇳🇿 with funding from Carao Ventures 🇨🇷 to simplify the process of managing patients and their records.",P("Huli","seed",5.5e6,"USD"),d40),
("Kapital 🇲🇽 raised a $20 Million Series A led by Tribe Capital 🇺🇸 and Niya Partners 🇺🇸 with funding from Dropbox co-founder Arash Ferdowsi 🇺🇸, Marbruck 🇦🇺, Broom Ventures 🇺🇸, FoundersX 🇺🇸, Pioneer Fund 🇺🇸, and Kube VC 🇸🇬 to develop a banking platform designed to gain visibility and control of the treasury.",P("Kapital","series_a",20e6,"USD"),d40),
("Cashbanx 🇧🇷 raised a $4.1 Million Venture round led by SRM Ventures 🇧🇷 to build an affiliate B2B platform that allows banks and fintechs to offer cashback incentives to their customers.",P("Cashbanx",None,4.1e6,"USD"),d50),
("Klar 🇲🇽 raised $100 Million in Debt financing from Victory Park Capital 🇺🇸 to fund their challenger bank intended to offer deposit and credit services for Mexican customers.",P("Klar","venture_debt",100e6,"USD"),d50),
("Nubank has raised USD 330 million since its foundation in 2013 in six financing rounds.",N,tp),
("In its last financing round, led by venture capital company DST Global Investment Partners, the Brazilian fintech raised USD 150 million.",N,tp),
("LatAm’s premier neobank raised a $150mn lending facility from the World Bank’s International Finance Corporation (IFC) to deepen its footprint in Colombia.",N,tn),
("The three-year credit line is the second major lending vehicle Nubank has raised since the pandemic, bringing total credit facilities to $800mn following the $650mn syndicated bank line secured last year.",N,tn),
("KLYM, the Colombia-based working capital provider for SMEs (formerly OmniLatam), raised a $27mn round from JPMorgan Chase and the International Finance Corporation (IFC).",P("KLYM",None,27e6,"USD"),tn),
("Total revenue: $6.1 billion, with fintech revenue accounting for $2.5 billion (41% of total)",N,ef),
]
F='scratch/r7-fund2-batch4.jsonl'
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
testsrc={r['source'] for r in rows for p,f in flag if p=='test' and r['text'].startswith(f)}
keep=[r for r in rows if not any(r['text'].startswith(f) for p,f in flag) and r['source'] not in testsrc]
write(keep)
print(len(rows),len(keep),sum(1 for r in keep if r['expected']),'test pages dropped whole',len(testsrc))
