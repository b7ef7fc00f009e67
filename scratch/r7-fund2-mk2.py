import json,subprocess,re
def P(c,r,a,cur): return {"company":c,"round":r,"amount":(float(a) if a is not None else None),"currency":cur}
N=None
S=lambda url,d: f"stored web page {url} ({d}); text (c) its publisher, quoted for evaluation; labelled by hand"
y18=S("https://yourstory.com/2018/09/weekly-funding-roundup-theres-a-new-unicorn-in-town-and-its-cornered-half-of-the-500m-raised-this-week","YourStory weekly funding roundup")
y19=S("https://yourstory.com/2019/04/weekly-funding-nykaa-blackbuck-soonicorns","YourStory weekly funding roundup")
if89=S("https://ifundlab.medium.com/startup-monday-latest-tech-trends-news-happening-in-the-global-startup-ecosystem-issue-89-may-7198cae8e9d4","Startup Monday newsletter")
if160=S("https://ifundlab.medium.com/startup-monday-latest-tech-trends-news-happening-in-the-global-startup-ecosystem-issue-160-may-273de57d29bd","Startup Monday newsletter quoting TechCrunch")
hy=S("https://hyetechminds.com/2021/04/18/startup-monday-issue-10-news-to-follow-this-week-in-the-global-startup-ecosystem-issue-36-19-april-2021/","Startup Monday newsletter copy")
bq=S("https://www.bqprime.com/business/startup-street-explainer-how-series-funding-works","BQ Prime explainer")
nj=S("https://newsonjapan.com/article/120199.php","News On Japan copy of The Japan News")
sr1=S("https://www.siliconrepublic.com/start-ups/irish-start-ups-e90m-innovation-seed-fund","Silicon Republic")
sr2=S("https://siliconrepublic.com/?p=1047017","Silicon Republic")
sr3=S("https://siliconrepublic.com/?p=889122","Silicon Republic")
it=S("https://irishtimes.com/business/financial-services/vc-firms-can-avail-of-additional-10m-to-back-irish-start-ups-1.4355591","The Irish Times")
ic=S("https://irishindianchronicle.com/funding-dips-for-mid-sized-irish-start-ups-as-global-investments-decline/","Irish Indian Chronicle")
ind=S("https://www.independent.ie/business/technology/investment-in-tech-surges-as-irish-firms-raise-12bn-40249218.html","Irish Independent via a mail link")
rb=S("https://www.retailbankerinternational.com/features/ark-kapital-cto-has-gone-from-building-games-to-being-part-of-the-swedish-tech-wave/","Retail Banker International")
at=S("https://www.arctictoday.com/headline-swedens-start-up-market-attracts-major-impact-investing/","Arctic Today")
nw=S("https://medium.com/the-nordic-web/analysis-of-funding-raised-by-nordic-startups-in-q3-and-a-look-at-the-year-so-far-d0879bae9482","The Nordic Web")
sfn=S("https://sifted.eu/articles/nordics-fastest-growing-startups","Sifted")
pc=S("https://piacadar.medium.com/the-adventure-capitalist-stockholm-285291f604db","Medium blog")
su=S("https://startupuniversal.com/country/sweden/","Startup Universal")
el=S("https://entrepreneurloop.com/startup-landscape-buzzes-despite-election-noise-a-week-in-review","Entrepreneur Loop weekly review")
kh=S("http://news.koreaherald.com/view.php?ud=20200130000669&np=10&mp=1","The Korea Herald")
nna=S("https://english.nna.jp/articles/13205","NNA copy of an AJU article")
cb=S("https://biz.chosun.com/en/en-finance/2025/07/21/JV6LB2D4EVG3LPU7VLPG3ILU7Q/?outputType=amp","ChosunBiz English")
jd=S("https://koreajoongangdaily.joins.com/2016/09/11/industry/Koreas-startup-scene-is-starting-to-look-a-little-less-Korean/3023722.html","Korea JoongAng Daily")
pk=S("https://www.thepickool.com/south-korea-launches-krw-1-trillion-startup-fund","The Pickool")
items=[
("[Weekly funding roundup] There’s a new unicorn in town, and it’s cornered half of the $500M+ raised this week",N,y18),
("In a week marked with big funding rounds, the spotlight was firmly on Udaan, which entered the Unicorn club after raising $225 million in a Series C round.",P("Udaan","series_c",225e6,"USD"),y18),
("This makes it the youngest company in India to achieve a $1 billion valuation (in just 26 months), displacing Swiggy, which took four years.",N,y18),
("Three companies raised funding of $100 million or more, including GreyOrange, which raised $140 million, also in a Series C round.",P("GreyOrange","series_c",140e6,"USD"),y18),
("1) Udaan raises $225M from DST Global and LightSpeed Venture Partners",P("Udaan",None,225e6,"USD"),y18),
("Lightspeed India MD Bejul Somaia confirmed the news after Udaan announced the $225 million Series C round.",P("Udaan","series_c",225e6,"USD"),y18),
("The startup, founded by ex-Flipkart executives Vaibhav Gupta, Amod Malviya and Sujeet Kumar, had raised about $50 million from Lightspeed and Apoletto Asia in February this year.",N,y18),
("2) GreyOrange raises $140M Series C from Mithril Capital, Blume Ventures and Binny Bansal",P("GreyOrange","series_c",140e6,"USD"),y18),
("Of the total 16 deals, only two startups had a female co-founder: Flyrobe and Mad Street Den.",N,y18),
("Online beauty platform Nykaa too attained ‘soonicorn’ status by raising Rs 100 crore ($14 million) from Singapore-based TPG Growth IV SF, at a valuation of $725 million.",P("Nykaa",None,1e9,"INR"),y19),
("EF Polymer raised $10 million as a part of an incubation by the Japanese government at the Okinawa Institute of Science and Technology (OIST).",P("EF Polymer",None,10e6,"USD"),y19),
("Of the 24 deals, four were undisclosed, one of which was Airbnb’s investment in OYO’s Series E round.",N,y19),
("Kochi-based SurveySparrow raised $1.4 million seed funding from Prime Venture Partners.",P("SurveySparrow","seed",1.4e6,"USD"),y19),
("Tea brand Teamonk Global raised $1 million in its Pre-Series A round led by Roots Ventures, and former McKinsey Chief Rajat Gupta.",P("Teamonk Global","seed",1e6,"USD"),y19),
("This week, there were four Series A deals amounting to $25.10 million, one Series B of $5 million, and three Series C amounting to $20.67 million.",N,y19),
("1. Seattle VC firm Ascend raises $25M for second fund, plans to double down on AI",N,if89),
("After two decades in leadership at four startups, Winfield jumped into venture capital in 2019, raising $15 million for Ascend’s initial fund.",N,if89),
("2. Seattle VC fund Capria raises $100M to invest in ‘Global South’ startups",N,if89),
("1. Rising star defense tech startup Mach Industries is raising $100 million, sources say",N,if160),
("The new round will value the company at around $470 million, according to the source.",N,if160),
("2. Supio, an AI-powered legal analysis platform, lands $60M",P("Supio",None,60e6,"USD"),if160),
("The new capital, which brings Supio’s total raised to $91 million, will be put toward growth, hiring, and go-to-market efforts, co-founder and CEO Jerry Zhou told TechCrunch.",N,if160),
("Despite a challenging year in the cannabis industry, venture investors poured over $2.3 billion into cannabis startups in 2019, up from $1.5 billion in 2018.",N,hy),
("On top of this, it is reportedly being valued at $4 billion in a fresh round led by venture-capital firm Andreessen Horowitz.",N,hy),
("The outlet did report, however, that it was likely more than the $100 million Clubhouse raised in a previous round.",N,hy),
("In January, the app had been valued at about $1 billion.",N,hy),
("In the past couple of months, InsuranceDekho raised a large $150 million Series A round.",N,bq),
("Cool Japan Fund to put $10 mil. into U.S. venture capital firm",N,nj),
("The government-backed Cool Japan Fund said Thursday it will contribute $10 million to become the largest limited partner in the Japan-focused fund of 500 Startups, a San Francisco-based venture firm specializing in early-stage investments.",N,nj),
("The investment brings total capital raised for the venture firm's Japan fund to $35 million, exceeding its initial target of $30 million when it debuted last year.",N,nj),
("Irish start-ups to get €90m funding in State’s bid to boost innovation",N,sr1),
("The Government has today (9 February) launched a new €90m investment fund aimed at Irish start-ups.",N,sr1),
("The fund is being co-financed by the Department of Enterprise, the European Investment Fund (EIF) and the Irish Strategic Investment Fund, each of which will provide €30m.",N,sr1),
("The non-profit’s latest Start-up Funding Review claims Irish start-ups only raised €460m for the first half of the year.",N,sr2),
("The biggest deal of the year was landed by Everseen in Cork, which raised €65m earlier this year, followed by Nomupay raising €50m.",N,sr2),
("Other top deals included Dublin’s Neuromod Devices and Galway-based Vivasure Medical, which each raised €30m.",N,sr2),
("Enterprise software company Fenergo raised $80m in February, oncology-focused start-up ALX raised $105m in the same month, and LetsGetChecked raised $71m in May for its at-home health testing kits.",N,sr3),
("Enterprise Ireland said it is looking to hear from VC firms with which it has previously invested in to access some €10 million in additional funding for the Seed and Venture Capital Scheme, which it manages.",N,it),
("Seed financing was down nearly 60 per cent year-on-year as funding overall rose almost 60 per cent to €364 million on the back of a number of big deals for companies such as Fenergo and LetsGetChecked.",N,it),
("Despite these challenges, notable funding deals during this period include EV charger company Easy Go (€30 million), life-science firm Luma Vision (€20 million), and software firms Clouds Myth (€10 million) and Alvirus (€5.5 million).",N,ic),
("That included firms with Covid-related solutions, such as Peter Foley’s Let'sGetChecked which raised €60m to produce home collection PCR kits – 64 of the companies backed last year by venture capital were in the health sector.",N,ind),
("Forty-eight companies with female founders or co-founders in Ireland raised a record €105m, even though the average amount raised by a female-founded firm remains less than half of a male-founded company, at €2.1m.",N,ind),
("The company secured €165m in March.",N,rb),
("The €15m equity portion of the seed funding raise was led by LocalGlobe, with participation from Creandum and angel investors including founders of iZettle, Supercell, King and EQT Ventures.",N,rb),
("Apart from Klarna, Sweden is home to the likes of Tink and Lendify, which have respectively been acquired by payments giant Visa and Danish challenger bank Lunar.",N,rb),
("Early- stage companies in Sweden raised $5.7 billion in 2022, according to Dealroom, making it the largest market for venture capital in the region.",N,at),
("It was valued at $12 billion in July 2022.",N,at),
("In Q3, 43 Nordic Startups raised investment, with a grand total of 114.68 Million Euro’s raised.",N,nw),
("Swedish Startups raised 46.52 Million Euro’s, while Denmark claimed just shy of 13 Million .",N,nw),
("The number of megarounds in Q1 (9) beat the entirety of 2023 (6) in just one quarter, headlined by mammoth fundraises from Swedish unicorns Northvolt (€5bn) and H2 Green Steel (€4.75bn).",N,sfn),
("They raised USD 2.63 million from the European Innovation Council Fund.",N,pc),
("At the start of 2019, STING alumni companies had collectively received nearly £419 million in private capital, made over £219 million in revenue, and created 2,639 jobs.",N,su),
("Despite the lower-than-usual deal count and funding volume, some startups managed to secure fresh capital this week.",N,el),
("Chinese autonomous driving startup DeepRoute.ai raised $100 million, while Mexico City-based MoradaUno, which simplifies apartment rentals, secured a $5.6 million Series A round.",P("DeepRoute.ai",None,100e6,"USD"),el),
("Dash0, a Datadog challenger, raised a $9.5 million seed round, and Transaera, a company working on dehumidification solutions, raised $8.2 million in seed funding.",P("Dash0","seed",9.5e6,"USD"),el),
("The startup market here saw record investments of 4.28 trillion won ($3.61 billion) last year, according to the Ministry of SMEs and Startups on Thursday.",N,kh),
("By segment, smart health care companies received 617.2 billion won, while sharing-economy businesses and financial technology firms attracted 276.1 billion won and 120.7 billion won, respectively.",N,kh),
("SEOUL, AJU - Despite a COVID-19 pandemic that has drastically dampened global consumption and economic activities, the operator of South Korea's one-day online grocery delivery service Market Kurly has successfully attracted 200 billion won ($163 million) from multi-national investors.",P(["Market Kurly","Kurly"],None,200e9,"KRW"),nna),
("In the past five years, 420 billion won has been funneled into the company.",N,nna),
("The company has secured 50 billion won in new funding, attracting a series of investments from large domestic venture capitalists (VCs).",N,cb),
("According to the VC industry on the 18th, Kong Studios recently conducted fundraising targeting domestic VCs, raising a total of 50 billion won.",P("Kong Studios",None,50e9,"KRW"),cb),
("Specifically, Atinum Investment invested 10 billion won using the venture investment fund 'Atinum Growth Investment Partnership 2023.'",N,cb),
("Their mobile adventure role-playing game (RPG) 'Guardian Tales,' launched in 2020, gained worldwide popularity, achieving a corporate value assessment of over 1 trillion won in January 2021.",N,cb),
("Considering that new investments in the gaming sector last year fell short of 100 billion won, this is an exceptional achievement.",N,cb),
("The support includes visas, office space and 40 million won ($36,400) each.",N,jd),
("SEONGNAM, South Korea - President Lee Jae-myung stated that the government would establish a KRW 1 trillion (approximately US$716 million) fund for entrepreneurs who have experienced previous business failures, according to remarks delivered at a September 17 event.",N,pk),
]
F='scratch/r7-fund2-batch2.jsonl'
def write(rows):
    with open(F,'w') as o:
        for r in rows: o.write(json.dumps(r,ensure_ascii=False)+"\n")
rows=[{"text":t,"expected":e,"part":"dev","source":s} for t,e,s in items]
write(rows)
out=subprocess.run(['.venv/bin/outrider','eval','extract','--dupcheck',F],capture_output=True,text=True).stdout
flag=[]
for l in out.splitlines():
    m=re.match(r"already in the (dev|test) part \(similarity \d+\): '(.*)'$",l)
    if m: flag.append((m.group(1),m.group(2)))
testsrc={r['source'] for r in rows for p,f in flag if p=='test' and r['text'].startswith(f)}
keep=[r for r in rows if not any(r['text'].startswith(f) for p,f in flag) and r['source'] not in testsrc]
write(keep)
print(len(rows),len(keep),sum(1 for r in keep if r['expected']),'flagged',len(flag),'test pages',len(testsrc))
