import json
def P(c,r,a,cur): return {"company":c,"round":r,"amount":float(a),"currency":cur}
N=None
S=lambda url,d: f"stored web page {url} ({d}); text (c) its publisher, quoted for evaluation; labelled by hand"
d8=S("https://test.daily8.com/en/article/b634b80be2d757f11e290e5c45128ee0","Indian weekly funding report")
fn=S("https://fastnewsglobe.com/startup-ecosystem-of-india-is-flying-high-1250-crore-rupees-raised-in-7-days","Indian weekly funding report")
ns=S("https://newsstreetlive.com/domestic-startups-secure-more-than-150-million-this-week","IANS weekly funding report")
nb=S("https://www.newsbytesapp.com/news/business/indian-startups-raised-871-million-in-september-so-far/tldr","monthly funding summary")
sp=S("https://startuppoint.in/indian-startup-funding-october-6-11-2025/?amp=1","Indian weekly funding report")
ti=S("https://www.tice.news/tice-dispatch/top-startup-news-of-the-week-fintech-deeptech-and-policy-push-lead-the-week-10554241","TICE weekly startup news")
cl=S("https://thecatchline.com/indian-startups-secure-395-million-in-funding-surge-up-350-from-previous-week/","weekly funding report")
fi=S("https://founderindia.com/2025/04/05/indian-startups-raise-3-1-billion-in-q1-2025-amid-cautious-investor-optimism","quarterly funding report")
y1=S("https://yourstory.com/2019/04/weekly-funding-roundup-startup-innovapptive-kuvera","YourStory weekly funding roundup")
y2=S("https://yourstory.com/2019/04/weekly-funding-nykaa-blackbuck-soonicorns","YourStory weekly funding roundup")
y3=S("https://yourstory.com/2020/05/weekly-funding-roundup-investments-startups-coronavirus","YourStory weekly funding roundup")
e1=S("https://entrackr.com/2024/04/funding-and-acquisitions-in-indian-startups-this-week-22-27-apr/","Entrackr weekly report")
e2=S("https://entrackr.com/2024/04/funding-and-acquisitions-in-indian-startups-this-week-01-06-apr","Entrackr weekly report")
e3=S("https://entrackr.com/2024/07/funding-and-acquisitions-in-indian-startup-this-week-01-06-july/","Entrackr weekly report")
m1=S("https://www.marketers1.com/IN/Chennai/253325638355647/Adding-Communications--Digital-Marketing-%2C-Events%2C-PR-%26-Advertising","social post on Indian weekly funding")
t1=S("https://tech.eu/2023/04/28/this-week-in-european-tech-28-april-2023/","tech.eu weekly digest")
t2=S("https://tech.eu/2024/03/01/this-week-in-european-tech/","tech.eu weekly digest")
t3=S("https://tech.eu/2023/05/26/this-week-in-european-tech-26-may-2023/","tech.eu weekly digest")
ld=S("https://learnanddevelop.top/en/funding-raise-of-eu433-million-for-electra-through-green-loans-ongoing-challenges-for-open-source-software-financing-and-the-growth-of-european-private-capital-to-a-remarkable-eu1-25-tr","rewrite of a European weekly digest")
sf1=S("https://email.sifted.eu/femtech-mans-world?","Sifted Daily newsletter")
sf2=S("https://pressgazette.co.uk/news/sifted-financial-times-raises-four-million/","Press Gazette")
sf3=S("https://email.sifted.eu/how-governments-can-help-startups","Sifted Daily newsletter")
sf4=S("https://newsletterest.com/message/188974/Mistrals-first-AI-model","Sifted newsletter copy")
sf5=S("https://email.sifted.eu/can-europe-attract-us-talent","Sifted Daily newsletter")
jp1=S("https://newsonjapan.com/article/120199.php","News On Japan / the-japan-news.com")
jp2=S("http://www.newsonjapan.com/html/newsdesk/article/124859.php","News On Japan / Nikkei")
jp3=S("https://goldinvestmentguides.com/2022/05/17/kishida-seeks-to-awaken-animal-spirits-in-japans-start-up-scene","copy of an FT column")
jp4=S("https://initial.inc/articles/japan-startup-funding-2020-en","INITIAL Japan Startup Funding 2020")
jp5=S("https://initial.inc/articles/japan-startup-funding-2022h1-en","INITIAL Japan Startup Funding H1 2022")
jp6=S("https://medium.com/@julian.littler/japans-growing-startup-scene-tokyo-venture-ecosystem-bd62721c6ef2","Medium essay on Tokyo startups")
tc1=S("http://ideaforge.co/blog/index.php/page/34","repost of a TechCrunch item")
tc2=S("https://www.technologyeater.com/FreshRSS/i/?search=%23States","FreshRSS capture of a TechCrunch feed item")
tc3=S("https://www.technologyeater.com/FreshRSS/i/?search=%23venture","FreshRSS capture of a TechCrunch feed item")
tc4=S("https://blancer.com/category/tech/page/143","repost of a TechCrunch item")
lr=S("https://www.lightreading.com/seranoas-slip-is-showing/d/d-id/589613","Light Reading")
ic=S("https://www.ishmaelscorner.com/is-startup-raising-100-million-dollars-newsworthy/","PR blog")
nl=S("https://newsletterest.com/message/167476/The-EU-takes-a-major-step-toward-regulating-AI-Twitter-gets-sued-by-music-publishers-and-VCs-are-buying-up-GPUs","StrictlyVC newsletter copy")
nl2=S("https://newsletterest.com/message/157195/First-Republics-succession-drama-Twitter-Blues-woes-and-a-harder-look-at-why-Elon-Musk-and-OpenAI-split-up","StrictlyVC newsletter copy")
items=[
("The majority of this funding was directed towards growth-stage companies, with notable investments including Porter, an on-demand goods transport agency, which secured USD 200 million in its Series F funding round.",P("Porter","series_f",200e6,"USD"),d8),
("Other significant growth-stage investments encompassed automotive company Routemotic, which raised USD 40 million in its Series C round, and interior design startup Flipspaces, which secured USD 35 million led by Iron Pillar.",P("Routemotic","series_c",40e6,"USD"),d8),
("Healthcare company PB Healthcare led this segment with an impressive USD 218 million seed round, backed by General Catalyst.",P("PB Healthcare","seed",218e6,"USD"),d8),
("Indian startups secure $585.71 million in funding this week",N,d8),
("On the early-stage front, 20 startups collectively raised USD 263.41 million.",N,d8),
("Smallcase, which is India’s largest model portfolio platform, completed a $ 50 million series-D funding.",P("Smallcase","series_d",50e6,"USD"),fn),
("Fintech company Abound also achieved the highest number of $ 14 million funding this week.",P("Abound",None,14e6,"USD"),fn),
("Also read: Bank forgives Preity Zinta’s loan of 1.55 crores",N,fn),
("Late-stage startups raised $ 1.8 billion during this period, which is 38.46 per cent higher than the previous quarter and 114.54 per cent higher than last year’s Q1.",N,fn),
("India’s largest model portfolios platform smallcase raised $50 million in its Series D funding round with a mix of primary and secondary led by Elev8 Venture Partners, with participation from new and existing investors.",P("smallcase","series_d",50e6,"USD"),ns),
("About 17 early-stage startups raised a total of $54.09 million in funding and fintech startup Abound led with a $14 million round.",P("Abound",None,14e6,"USD"),ns),
("The government said this week that 217 incubators have been selected with a total approved funding of Rs 916.91 crore under the Startup India initiative (till January 31).",N,ns),
("Big winners included Tide (fintech), which landed $120 million at a $1.5 billion valuation, and Infra. Market (construction materials marketplace), which raised $83 million and is now valued at $2.8 billion.",P("Tide",None,120e6,"USD"),nb),
("Enterprise automation firm EvoluteIQ snagged $53 million from Baird Capital; CityMall, an ecommerce platform, got $47 million led by Accel; and digital credit firm FinBox secured $40 million from WestBridge Capital.",P("EvoluteIQ",None,53e6,"USD"),nb),
("Indian startups pulled in $871 million across 87 funding rounds from September 1-26 this year—a noticeable drop from the $1.2 billion raised during the full month of September last year.",N,nb),
("Indian Startup Funding Hits $331M Across 30 Deals: Fintech & AI Lead Weekly Surge",N,sp),
("The week was dominated by Dhan’s $120 million Series B round, which propelled the stock trading platform to unicorn status and accounted for over a third of the total funding.",P("Dhan","series_b",120e6,"USD"),sp),
("The standout of the week was Dhan, a Mumbai-based fintech platform, which raised $120 million, entering the coveted unicorn club.",P("Dhan",None,120e6,"USD"),ti),
("JSW One Platforms, the enterprise e-commerce arm of the JSW Group, raised ₹575 crore (~$70 million) to expand its procurement and supply chain platform for small manufacturers and construction players.",P("JSW One Platforms",None,5.75e9,"INR"),ti),
("India’s startup scene witnessed a strong rebound this week with $285M in funding, Dhan’s unicorn entry, Tamil Nadu’s new startup policy push, and AI & spacetech breakthroughs leading the headlines.",N,ti),
("In July alone, Indian startups attracted $1.03 billion in investment, a significant boost attributed to the Indian government’s decision to abolish the angel tax in the Union Budget 2024-25.",N,cl),
("Leading the funding surge was hospitality and travel-tech company Oyo, which raised nearly $175 million.",P("Oyo",None,175e6,"USD"),cl),
("Notably, Indian EV firm Ather Energy secured $71 million, elevating its valuation to $1.3 billion and earning it the status of a “new unicorn.”",P("Ather Energy",None,71e6,"USD"),cl),
("Indian Startups Raise $3.1 Billion in Q1 2025 Amid Cautious Investor Optimism",N,fi),
("Fintech emerged as the top-performing sector, attracting $905 million across 41 deals, as investors continue to bet on India’s growing digital finance market.",N,fi),
("Singapore’s Temasek acquired nearly a 10% stake, valuing the company at over $10 billion, while Alpha Wave Global and IHC also came onboard.",N,fi),
("Chef Robotics, an AI-driven kitchen automation startup, secured $20.6 million in Series A funding led by Avataar Venture Partners, further validating the growing intersection of AI and F&B.",P("Chef Robotics","series_a",20.6e6,"USD"),fi),
("Startup funding activity in week ending April 20 was dominated predominantly by early-stage deals, with Hyderabad-based enterprise software platform, Innovapptive, seeing the largest infusion ($16.3 million) and Tiger Global Management entering as an investor.",P("Innovapptive",None,16.3e6,"USD"),y1),
("This was followed by online wealth management platform Kuvera, which raised $4.5 million from Eight Road Ventures.",P("Kuvera",None,4.5e6,"USD"),y1),
("Mumbai-based edtech venture WhiteHat Jr raised $1.3 million in pre-Series A round from Nexus Venture Partners and Omidyar Network India.",P("WhiteHat Jr","seed",1.3e6,"USD"),y1),
("Further, fleet service and transport automation software provider, Routematic, raised $2.5 million in Pre-series A funding.",P("Routematic","seed",2.5e6,"USD"),y1),
("A total of $38.5 million was raised across 13 deals, an 85 percent dip in total deal value compared to the previous week, when startups bagged $262 million in investments across 22 deals.",N,y1),
("Of this, $79.37 million was swept up by B2B logistics startup Blackbuck, making it a ‘soonicorn’ with a valuation close to $850 million -$900 million.",P("Blackbuck",None,79.37e6,"USD"),y2),
("Online beauty platform Nykaa too attained ‘soonicorn’ status by raising Rs 100 crore ($14 million) from Singapore-based TPG Growth IV SF, at a valuation of $725 million.",P("Nykaa",None,1e9,"INR"),y2),
("EF Polymer raised $10 million as a part of an incubation by the Japanese government at the Okinawa Institute of Science and Technology (OIST).",P("EF Polymer",None,10e6,"USD"),y2),
("Kochi-based SurveySparrow raised $1.4 million seed funding from Prime Venture Partners.",P("SurveySparrow","seed",1.4e6,"USD"),y2),
("AI-based agritech platform Intellolabs raised a seed round of $2 million by Nexus Venture Partners and Omnivore.",P("Intellolabs","seed",2e6,"USD"),y2),
("Tea brand Teamonk Global raised $1 million in its Pre-Series A round led by Roots Ventures, and former McKinsey Chief Rajat Gupta.",P("Teamonk Global","seed",1e6,"USD"),y2),
("Among the four Series A deals, BharatPe took a chunk of $15.5 million, led by US-based Insight Partners with participation from existing investors Sequoia and BEENEXT.",P("BharatPe","series_a",15.5e6,"USD"),y2),
("[Weekly funding roundup] Startups raise over $200M, Nykaa and Blackbuck become soonicorns with valuations shy of $1B",N,y2),
("In the last week of May, the funds infused into Indian startups amounted to $50 million across 13 deals, which was a 56 percent decline as compared to the previous week.",N,y3),
("Financial services firm Northern Arc led the list with $80 million in funding.",P("Northern Arc",None,80e6,"USD"),e1),
("During the week, as many as 27 Indian startups raised nearly $222.7 million in funding.",N,e1),
("Bhavish Agarwal-led Ola Electric led the list with $50 million in debt funding.",P("Ola Electric","venture_debt",50e6,"USD"),e2),
("Last week, about 17 early and growth-stage startups collectively raised around $125.73 million.",N,e2),
("E-commerce company Purplle topped with its $120 million Series F round.",P("Purplle","series_f",120e6,"USD"),e3),
("On a weekly basis, startup funding surged 34.5% to $270.33 million as compared to around $201 million raised during the previous week.",N,e3),
("24 startups. $385 million. Ten sectors in one week — from fintech and AI to defense tech, space, EVs, and skincare.",N,m1),
("Helsinki-based electric vehicle charging platform Virta has raised €85 million in a new funding round.",P("Virta",None,85e6,"EUR"),t1),
("London-based TopHat, a technology-driven modular housing manufacturer, has announced that it has secured £70 million in a new round of funding from new and existing investors.",P("TopHat",None,70e6,"GBP"),t1),
("Paris-based biotech Woodoo is using low-grade wood products and turning them into ‘premium high-tech materials’. It has raised $31 million to scale its technology platform.",P("Woodoo",None,31e6,"USD"),t1),
("Finnish IoT company Haltian has raised €22 million in growth funding for its IoT software and sensor solutions, and services for real estate.",P("Haltian","growth",22e6,"EUR"),t1),
("London-based ear and hearing health assessment system company TympaHealth has raised $23 million in a Series A funding round.",P("TympaHealth","series_a",23e6,"USD"),t1),
("Cambridge-based quantum engineering company Riverlane has secured £15 million in a Series B funding round.",P("Riverlane","series_b",15e6,"GBP"),t1),
("Bosch will acquire the assets of US chipmaker TSI Semiconductors for $1.5 billion to expand its semiconductor business with silicon carbide chips (SiC), the German engineering and technology giant announced on Wednesday.",N,t1),
("This week, our research team tracked more than 95 tech funding deals worth over €1.3 billion, and over 15 exits, M&A transactions, rumours, and related news stories across Europe.",N,t1),
("🇵🇹 Powerdot secures €100M funding for EV charging infrastructure expansion",P("Powerdot",None,100e6,"EUR"),t2),
("🇸🇪 EQT cheers €22B haul for latest flagship private equity fund",N,t2),
("🇳🇴 Verdane's big bets on digital and decarbonisation: Edda III fund closes at €1.1B",N,t2),
("🇪🇸 Upbizor raises more than €100M to finance startups and SMEs in 2023",N,t2),
("🇺🇦 Horizon Capital closes its latest Ukraine-focused fund at €323M",N,t2),
("🇬🇧 Former £4bn tech unicorn Hopin liquidated in UK",N,t2),
("🇪🇺 Google hit with $2.3B lawsuit by Axel Springer, other media groups",N,t2),
("🇫🇷 French billionaire Xavier Niel expands telecom empire with $1.26B Tele2 deal",N,t2),
("London-based Builder.ai has secured $250 million in a Series D round led by Qatar Investment Authority (QIA).",P("Builder.ai","series_d",250e6,"USD"),t3),
("According to a report first filed by Handelsblatt, Berlin-based fast grocery service, Flink has raked in €150 million from existing investors including German supermarket giant Rewe at €50 million and Doordash at €30 million.",P("Flink",None,150e6,"EUR"),t3),
("German healthcare company Patient21 has raised €100 million in Series C funding to further develop its software platform and expand from Germany into further European markets.",P("Patient21","series_c",100e6,"EUR"),t3),
("The Bucharest-founded FlowX.ai that helps businesses to digitize their internal processes, has raised $35 million in the largest Series A in the history of the Romanian startup ecosystem.",P("FlowX.ai","series_a",35e6,"USD"),t3),
("Cologne’s Sastrify has raised $32 million in a Series B funding round.",P("Sastrify","series_b",32e6,"USD"),t3),
("Ferovinum, another UK-based company, raised £400 million to support its global expansion.",P("Ferovinum",None,400e6,"GBP"),ld),
("Climeworks, a Swiss company focused on carbon capture, raised $162 million.",P("Climeworks",None,162e6,"USD"),ld),
("Genesis AI, a French startup focusing on AI basic models for robotics, secured $105 million in seed funding.",P("Genesis AI","seed",105e6,"USD"),ld),
("Legaltech company Clio, based in Spain, acquired vLex in a deal valued at $1 billion.",N,ld),
("Over the past week, we traced nearly 70 funding agreements in the tech sector, totalling over €1.4 billion, alongside approximately 15 company sales, mergers, conjectures, and associated news updates throughout Europe.",N,ld),
("Yesterday we published the news that period-tracking app Flo had raised $200m and become Europe’s first femtech unicorn.",P("Flo",None,200e6,"USD"),sf1),
("🇮🇹 Italian mobile app developer Bending Spoons has acquired Dutch file-sharing service WeTransfer, which backed out of a public listing two years ago citing a tough IPO market.",N,sf1),
("At the time, it was targeting a valuation of up to €716m.",N,sf1),
("FT-backed site for start-ups Sifted takes £4m for 25% stake two years after launch",P("Sifted",None,4e6,"GBP"),sf2),
("According to Sifted, in the first half of 2021 alone, European start-ups raised some $57.5bn in funding – three times the figure for 2020.",N,sf2),
("Last February, Germany launched its first big commitment to the cause: a $1bn deeptech and climate tech fund to invest in startups in areas such as AI, robotics and digital health.",N,sf3),
("Niel also announced a €200m investment pledge for AI.",N,sf4),
("The EU’s €500 million “Choose Europe for Science” initiative follows similar plays in France and the UK, hoping to lure researchers in search of stability and support.",N,sf5),
("Cool Japan Fund to put $10 mil. into U.S. venture capital firm",N,jp1),
("The investment brings total capital raised for the venture firm's Japan fund to $35 million, exceeding its initial target of $30 million when it debuted last year.",N,jp1),
("Cloud-based accounting software provider Freee announced the previous month that it had raised a total of 6.5 billion yen from MUFG Bank, Line and others.",P("Freee",None,6.5e9,"JPY"),jp2),
("Last week the venture capital arm of the government-backed Japan Investment Corporation supported a $120mn round of financing for Opn, a payment processing start-up founded in Thailand in 2013 but which has since moved to Tokyo.",P("Opn",None,120e6,"USD"),jp3),
("It eventually aims to expand in size to about ¥10tn ($82bn) in assets and be one of the largest of its type in the world.",N,jp3),
("Nevertheless, the total amount of funding raised (observable data as of January 25, 2021) by Japanese startups in 2020 stood at approximately JPY 461.1 billion (USD 4.32 billion), a figure which is projected to rise to an ultimate total of around JPY 480 billion (USD 4.49 billion) as further information is disclosed.",N,jp4),
("In fact, with a total of JPY 416 billion (USD 3.39 billion) raised over the first half of 2022—a sum equivalent to roughly 51% of all startup investment recorded in 2021—funding this year is shaping up to outpace the last.",N,jp5),
("It has raised some $116.7 million investment in only three years, all from Japanese funds.",N,jp6),
("Berlin-based Mobius Labs has closed a €5.2 million (~$6.1M) funding round off the back of increased demand for its computer vision training platform.",P("Mobius Labs",None,5.2e6,"EUR"),tc1),
("Window Snyder’s new startup Thistle Technologies raises $2.5M seed to secure IoT devices",P("Thistle Technologies","seed",2.5e6,"USD"),tc2),
("Her new startup, Thistle Technologies, is backed with $2.5 million in seed funding from True Ventures with the goal of helping IoT manufacturers reliably and securely deliver software updates to their devices.",P("Thistle Technologies","seed",2.5e6,"USD"),tc2),
("This VC just closed on $60M to fund ‘technical risk,’ saying other VCs mostly do not",N,tc3),
("Ashmeet Sidana, a longtime VC who struck out on his own in 2015 to form Engineering Capital, just closed his third and newest fund with $60 million in capital commitments from a university endowment, a fund of funds, and three foundations.",N,tc3),
("Her latest venture, Planet FWD, has raised $2.7 million for climate-friendly food.",P("Planet FWD",None,2.7e6,"USD"),tc4),
("A VentureWire Alert report earlier in the week says Seranoa hopes to close a $15 million Series B funding round by April.",N,lr),
("Yet, a quick glance at TechCrunch on Oct. 30 at 3:42 p.m. shows a startup feed with ZypMedia securing $5.6M for an online advertising play, Aura nabbing $2.7M for wellness and Freebird raising a cool $8M for a travel rebooking service.",P("ZypMedia",None,5.6e6,"USD"),ic),
("Filed on behalf of 17 music publishers, the companies are seeking up to $150,000 for every piece of work infringed.",N,nl),
("Investment in generative AI startups has ballooned to $5.9 billion since the beginning of 2022, up from $1.5 billion in 2020, according to data from PitchBook.",N,nl2),
]
out=open('/work/wt/r7-fund/scratch/r7-fund-batch1.jsonl','w')
for t,e,s in items: out.write(json.dumps({"text":t,"expected":e,"part":"dev","source":s},ensure_ascii=False)+"\n")
print(len(items), sum(1 for i in items if i[1]))
