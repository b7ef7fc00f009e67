import json,subprocess,re
def P(c,r,a,cur): return {"company":c,"round":r,"amount":(float(a) if a is not None else None),"currency":cur}
N=None
S=lambda url,d: f"stored web page {url} ({d}); text (c) its publisher, quoted for evaluation; labelled by hand"
gv=S("https://globalventuring.com/university/gliacure-closes-5-8m-series-b","Global Corporate Venturing")
ib=S("https://bioworld.com/articles/461174","BioWorld")
b1=S("https://bioworld.com/articles/keyword/17380-financings?page=18","BioWorld financings list")
b2=S("https://www.bioworld.com/articles/435327-financings-for-may-26-2020","BioWorld financings list")
b3=S("https://www.bioworld.com/articles/433750-financings-for-march-17-2020","BioWorld financings list")
bs=S("https://www.biospace.com/critical-biologics-corporation-announces-series-a-financing-7-million","BioSpace copy of a Business Wire release")
ss=S("https://shareandstocks.com/editors-take-the-week-that-was","copy of a DealStreetAsia editor's note")
d1=S("https://www.dealstreetasia.com/dealsbarometer/report-se-asia-sep-2023/","DealStreetAsia deals barometer")
d2=S("https://www.dealstreetasia.com/dealsbarometer/report-se-asia-nov-2023/","DealStreetAsia deals barometer")
d3=S("https://dealstreetasia.com/dealsbarometer/report-se-asia-may-2024","DealStreetAsia deals barometer")
ts=S("https://techstuff.news/uncategorized/2021/01/23/how-fintech-and-serial-founders-drove-african-pre-seed-investing-to-new-heights-in-2020/","copy of a TechCrunch article")
ic=S("https://ingressivecapital.com/?p=67","Ingressive Capital newsletter")
tc=S("http://pivoapps.com/index-1216.html","copy of a TechCabal author feed")
tc2=S("http://pivoapps.com/index-2748.html","copy of the TechCabal funding-tracker feed")
nt=S("https://www.newtelegraphng.com/startup-nigeria-sustains-lead-in-africas-533-3m-funding/","New Telegraph")
items=[
("Gliacure, a spin-out of Tufts University, has closed its series B round at $5.8m.",P("Gliacure","series_b",5.8e6,"USD"),gv),
("The round exceeded the company’s goal of $5m and puts total funds at $8.55m.",N,gv),
("The spin-out previously raised $2.75m in a 2012 series A round.",N,gv),
("A range of undisclosed private investors and high net-worth individuals took part in the round.",N,gv),
("Inflabloc Pharmaceuticals Inc. raised $6 million in its Series C round to fund Phase II studies of its lead inflammatory disease drugs, as well as to continue development of a preclinical oncology pipeline acquired through its recent merger with MantiCore Pharmaceuticals Inc.",P(["Inflabloc Pharmaceuticals","Inflabloc Pharmaceuticals Inc.","Inflabloc Pharmaceuticals Inc"],"series_c",6e6,"USD"),ib),
("As Pharmadigm, the company raised more than $30 million in venture capital.",N,ib),
("\"Since the recap, it’s brought it about $12 million total,\" Patel told BioWorld Today.",N,ib),
("Depending on the progression of the studies, the \"current funding should last about 12 to 15 months,\" Patel added.",N,ib),
("Eyenovia Inc., of New York, said it closed its underwritten public offering of 4.38 million shares of common stock at $2.78 each for net proceeds of approximately $11.2 million.",N,b1),
("Horizon Therapeutics plc, of Dublin, said Horizon Pharma U.S. Inc., its wholly owned subsidiary, priced its offering of $600 million aggregate principal amount of 5.5% senior notes due 2027.",N,b1),
("Hemostemix Inc., of Calgary, Alberta, said it will not proceed with its nonbrokered private placement of up to $6 million in secured convertible debentures and will not have a second close of its nonbrokered private placement of up to $1 million in secured convertible debentures, which previously raised gross proceeds of $525,000.",N,b1),
("Hummingbird Bioscience Pte. Ltd., of Singapore, said it completed an extended series A financing round led by Heritas Capital Management and SEEDS Capital, the investment arm of Enterprise Singapore.",P(["Hummingbird Bioscience","Hummingbird Bioscience Pte. Ltd.","Hummingbird Bioscience Pte. Ltd"],"series_a",None,None),b1),
("GNS Healthcare Inc., of Cambridge, Mass., said it raised $23 million in a series D fundraising led by Cigna Ventures, a wholly owned indirect subsidiary of Cigna Corp., with participation from Amgen Ventures, Celgene Corp., Echo Health Ventures, Alexandria Venture Investments and former Caesar's CEO and Aetna Division President Gary Loveman.",P(["GNS Healthcare","GNS Healthcare Inc.","GNS Healthcare Inc"],"series_d",23e6,"USD"),b1),
("Oncosenx Inc., of Seattle, said it raised $3 million in pre-seed funding to advance its pipeline.",P(["Oncosenx","Oncosenx Inc.","Oncosenx Inc"],"pre_seed",3e6,"USD"),b1),
("Accure Therapeutics, of Barcelona, Spain, said it launched with a series A round of funding totaling €7.6 million (US$8.1 million).",P("Accure Therapeutics","series_a",7.6e6,"EUR"),b2),
("Arvelle Therapeutics GmbH, of Zug, Switzerland, an emerging biopharmaceutical company focused on bringing innovative treatments to patients with CNS disorders, said it closed the final tranche of its series A financing round of $42.7 million, triggered by the EMA’s acceptance of the marketing authorization application for cenobamate for the adjunctive treatment of focal-onset seizures in adults with epilepsy.",P(["Arvelle Therapeutics","Arvelle Therapeutics GmbH"],"series_a",42.7e6,"USD"),b2),
("The total capital raised in the round was $207.8 million.",N,b2),
("Avidity Biosciences Inc., of La Jolla, Calif., has filed to raise up to $100 million in an IPO and applied to list its shares on Nasdaq under the symbol RNA.",N,b2),
("Biolinerx Ltd., of Tel Aviv, Israel, said it entered definitive agreements with several health care-focused, institutional and accredited investors for the purchase and sale of 5.14 million of its American depositary shares (ADSs) at $1.75 each, in a registered direct offering.",N,b2),
("Circle Pharma Inc., of South San Francisco, said it raised $45 million in a series B financing led by The Column Group, with participation by Nextech Invest, through its Nextech VI Oncology SCSP fund.",P(["Circle Pharma","Circle Pharma Inc.","Circle Pharma Inc"],"series_b",45e6,"USD"),b3),
("Compugen Ltd., of Holon, Israel, said it closed its public offering of about 8.3 million ordinary shares priced at $9 per share for gross proceeds of about $75 million.",N,b3),
("Eureka Therapeutics Inc., of Emeryville, Calif., said it closed a $45 million series E financing led by cell therapy company Lyell Immunopharma Inc., of South San Francisco, and joined by a syndicate of new and prior investors.",P(["Eureka Therapeutics","Eureka Therapeutics Inc.","Eureka Therapeutics Inc"],"series_e",45e6,"USD"),b3),
("Keros Therapeutics Inc., of Lexington, Mass., has filed with the SEC for an IPO to raise up to $86 million.",N,b3),
("CAMBRIDGE, Mass.--(BUSINESS WIRE)--Critical Biologics Corporation (CBC), a private company, today announced it has closed a Series ‘A’ financing with a $7 million investment from Morningside Ventures.",P(["Critical Biologics Corporation","Critical Biologics"],"series_a",7e6,"USD"),bs),
("The latest round comes nearly two years after Oatside secured about $65.6 million in its Series A funding round, which was co-led by Temasek and Granite Asia.",N,ss),
("In another significant capital injection, Singapore-based digital lender GXS Bank has received $169.4 million from Grab and Singtel, regulatory filings show.",N,ss),
("The latest infusion comes after Grab injected about $109 million into its digital banking subsidiary in January.",N,ss),
("The Singapore-headquartered company reported revenue of $21.6 billion in 2022, while its net profit more than tripled to $633.6 million.",N,ss),
("Startups based in Southeast Asia raised $1.1 billion in September, up 126% from August, and marking the third time this year that fundraising has crossed the $1-billion mark, show proprietary data compiled by DealStreetAsia.",N,d1),
("Privately held companies managed to raise a mere $382 million last month, the lowest so far this year and also the lowest in the last 12 months, according to proprietary data collated by DealStreetAsia.",N,d2),
("The biggest deal in May was the $280 million green loan that Singapore-based data centre provider Princeton Digital Group secured for its 150MW, AI-ready JH1 campus in Sedenak Tech Park in Johor, Malaysia.",N,d3),
("The deal value was further buoyed by the $230 million that e-commerce major Lazada received from its parent Alibaba.",N,d3),
("When Stripe-subsidiary Paystack raised its seed round of $1.3 million in 2016, it was one of the largest disclosed rounds at that stage in Nigeria.",N,ts),
("Nigerian fintech startup, Kuda, which bagged $10 million last year, comes to mind, for example.",N,ts),
("Just a month into 2021,  Egyptian fintech startup Cassbana raised a $1 million pre-seed investment led by VC firm Disruptech in a bid to drive expansion within the country.",P("Cassbana","pre_seed",1e6,"USD"),ts),
("Startups in Africa raised a total of at least $124.7m across 6 deals, one of them with an undisclosed amount.",N,ic),
("On the sector vertical, Africa’s first integrated tech company, Cassava technologies received a $50m investment from C5 capital putting SAAS in first place; this is followed closely by cleantech, thanks to Kenya’s CrossBoundary Energy Access who received a $40m investment from Norfund and KLP.",P(["Cassava technologies","Cassava Technologies"],None,50e6,"USD"),ic),
("Cathay AfricInvest Innovation Fund (CAIF), a Pan-African fund launched via a partnership between AfricInvest and Cathay Innovation, an European-born but global-focused venture capital firm, has achieved a final close of EUR 110 million (USD 112 Mn).",N,ic),
("FMO, the Dutch entrepreneurial development bank, has pledged a $10 commitment to Algebra’s second fund.",N,ic),
("Algebra Ventures has already invested in 21 startups through its $54 million inaugural fund.",N,ic),
("Ecobank-backed Cameroonian fintech, Koree, closes $200k pre-seed round\nCameroonian fintech Koree has closed a pre-seed round of $200,000 which it plans to use to grow its merchant base.",P("Koree","pre_seed",2e5,"USD"),tc),
("Koree, a Cameroonian fintech that allows customers to save spare cash (change) on their cards, has raised a $200,000 pre-seed round.",P("Koree","pre_seed",2e5,"USD"),tc),
("TechCabal Daily – Airtel Africa is buying back its shares",N,tc2),
("The telecom reported a significant loss after tax of $151 million in Q1 of 2023, and ultimately a 99% decline in profits, dropping from $523 million to $2 million by year-end.",N,tc2),
("Nigeria remained the most attractive startup haven in Africa as the continent secured a total of $533.3 million in funding in August.",N,nt),
("In Nigeria, OPay’s expected $400 million Series C round that made the news earlier in May was eventually announced in August.",P(["OPay","Opay"],"series_c",400e6,"USD"),nt),
("Opay’s $400 million funding round was led by SoftBank Vision Fund 2, valuing it at $2 billion.",P(["Opay","OPay"],None,400e6,"USD"),nt),
("Zambia and Ghana received $125,000 each, while Morocco startups attracted $250,000 funding.",N,nt),
]
F='scratch/r7-fund2-batch3.jsonl'
def write(rows):
    with open(F,'w') as o:
        for r in rows: o.write(json.dumps(r,ensure_ascii=False)+"\n")
rows=[{"text":t,"expected":e,"part":"dev","source":s} for t,e,s in items]
write(rows)
out=subprocess.run(['.venv/bin/outrider','eval','extract','--dupcheck',F],capture_output=True,text=True).stdout
flag=[]
for l in out.splitlines():
    m=re.match(r"""already in the (dev|test) part \(similarity \d+\): (['"])(.*)\2$""",l)
    if m: flag.append((m.group(1),m.group(3)))
testsrc={r['source'] for r in rows for p,f in flag if p=='test' and r['text'].startswith(f)}
keep=[r for r in rows if not any(r['text'].startswith(f) for p,f in flag) and r['source'] not in testsrc]
write(keep)
print(len(rows),len(keep),sum(1 for r in keep if r['expected']),'flagged',len(flag),'test flags',sum(1 for p,f in flag if p=='test'),'test pages',len(testsrc))
