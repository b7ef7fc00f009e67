import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkbatch import emit
AF1 = "https://agfundernews.com/the-week-in-agrifoodtech-swiggy-deliverect-calii-raise-funds-for-food-delivery (AgFunderNews weekly: flag bullets, headline sentence + next sentence)"
AF2 = "https://agfundernews.com/spac-scrapped-aerofarms-bio-breastmilk-bags-21m-the-week-in-agrifoodtech (AgFunderNews weekly, 2021-10-21: title; flag bullets)"
AF3 = "https://agfundernews.com/?p=36518 (AgFunderNews weekly, 2023-09-21: intro; flag bullets)"
AF4 = "https://agfundernews.com/the-week-in-agrifoodtech-planteds-72m-for-whole-cut-chicken-genomics-startup-pattern-snags-35m (AgFunderNews weekly: intro; flag bullets)"
AF5 = "https://agfundernews.com/fundings-in-brief-weekly-aerofarms-raises-20m-series-b-from-global-investors-more5146 (AgFunderNews fundings-in-brief: first sentences)"
EP = "https://www.edibleplanetventures.com/post/the-encounter-weekly-14-20-august-2021 (agrifood weekly: first sentences)"
TL = "https://america.tlw.com/news/view-369.html (agri-food technology weekly, 2022-03-11: sentences)"
ET1 = "https://www.etch.club/p/etch-weekend-reading-52724 (ETCH edtech newsletter: 'X raises $Y / country, sector / investors' lines, people moves, title)"
ET2 = "https://www.etch.club/p/etch-weekend-reading-3324 (ETCH edtech newsletter: deal lines)"
ET3 = "https://www.etch.club/p/etch-weekend-reading-512?open=false (ETCH edtech newsletter: deal lines)"
ET4 = "https://www.etch.club/p/etch-weekend-reading-21124 (ETCH edtech newsletter: deal lines, people moves)"
ET5 = "https://www.etch.club/p/edtech-thoughts-829-95?open=false (ETCH edtech newsletter: deal lead + first sentence)"
ET6 = "https://www.etch.club/p/etch-weekend-reading-42224 (ETCH edtech newsletter: people moves)"
ET7 = "https://www.etch.club/p/etch-weekend-reading-910?open=false (ETCH edtech newsletter: deal lines)"
HA = "http://www.harrogateadvertiser.co.uk/news/business/finance-yorkshire-secures-5m-boost-1-8308499 (first sentence)"
BD1 = "https://bdaily.co.uk/articles/2016/03/21/manchester-met-to-support-business-growth-with-new-47m-funding-boost (headline + first sentence)"
BD2 = "https://bdaily.co.uk/articles/2013/10/31/lep-supports-150-million-investment-in-leeds-region (headline + first sentence)"
DR = "http://www.dewsburyreporter.co.uk/news/9million-funds-boost-agreed-for-local-firms-1-8608123 (first sentence)"
rows = [
("🇮🇳 Swiggy bags $700 million in round led by US asset manager Invesco. This latest capital infusion nearly doubles the on-demand delivery service’s valuation to $10.7 billion. (The Economic Times)", ("Swiggy", None, 700e6, "USD"), AF1),
("🇬🇧 Deliverect raises $150 million in Series D funding. New funds will go towards hiring and adding new functions to the Deliverect platform, which the company says streamlines the online food ordering process. (TechCrunch)", ("Deliverect", "series_d", 150e6, "USD"), AF1),
("🇮🇱 Redefine Meat completes $135 million fundraise. According to sources close to the matter, the Israeli plant-based meat company will used the new capital to set up production lines in both Israel and the Netherlands. (Vegconomist)", ("Redefine Meat", None, 135e6, "USD"), AF1),
("🇲🇽 Latin American grocery startup Calii raises $22.5 million. Dalus Capital and JAM Fund co-led the Series A round for the Mexican company. (Fresh Plaza)", ("Calii", "series_a", 22.5e6, "USD"), AF1),
("🇯🇵 Bokksu raises $22 million in Series A funding. The NYC- and Tokyo-based startup offers a subscription service for delivery of traditional Japanese snacks to customers’ doorsteps. (TechCrunch)", ("Bokksu", "series_a", 22e6, "USD"), AF1),
("🇮🇱 ChickP closes $8 million Series A round. The alt-protein company also appointed a new CEO, Liat Lachish Levy, who will see the company through the global expansion process. (Calcalist)", ("ChickP", "series_a", 8e6, "USD"), AF1),
("Three of the biggest rounds announced in the last week came from on-demand food delivery startups.", None, AF1),
("The Week in Agrifoodtech: Biomilq banks $21m; AeroFarms scraps SPAC", None, AF2),
("🇺🇸 Coffee tech startup Cometeer raises $35 million in Series B funding. The company says the funding will be used to increase manufacturing as well as expand the number of coffee roasters it works with. (FoodBev Media)", ("Cometeer", "series_b", 35e6, "USD"), AF2),
("🇺🇸 Biomilq bags $21 million Series A round. The North Carolinian startup aims to produce cell-cultured human breastmilk for babies at commercial scale. Novo Nordisk’s Novo Holdings led the round with participation from Breakthrough Energy Ventures, Blue Horizon, Spero Ventures, Digitalis Ventures, Green Generation Fund, and Gaingels. (The Spoon)", ("Biomilq", "series_a", 21e6, "USD"), AF2),
("🇬🇧 Neat Burger raises $7 million. The UK vegan restaurant chain is now valued at $70 million, following a funding round led by Rajeev Misra, CEO of Softbank Investment Advisors. Neat Burger says it will open one restaurant per month through the end of 2022. (Vegconomist)", ("Neat Burger", None, 7e6, "USD"), AF2),
("🇺🇸 BluePallet raises $5 million. The financing round brings the company’s total funding to $10 million. BluePallet is a marketplace connecting manufacturers and the chemical industry. (TechCrunch)", ("BluePallet", None, 5e6, "USD"), AF2),
("🇳🇱 Orbisk banks €2.4 million ($2.8 million) from the EU to fight food waste.", None, AF2),
("🇩🇪 JOKR secures $50 million series D at $800 million valuation. This is down from the eGrocery company’s $1.3 billion post-money valuation that followed its series C earlier this year. (TechCrunch)", ("JOKR", "series_d", 50e6, "USD"), AF3),
("🇺🇸 Superorder bags $10 million Series A for its generative AI platform for restaurant order management. Foundation Capital led the round. (Restaurant Technology News)", ("Superorder", "series_a", 10e6, "USD"), AF3),
("🇰🇷 HN Novatech raises $4 million for to produce heme-based meat alternatives extracted from seaweed. Logan Ventures led the Series A bridge round. (The Future of Protein Production)", ("HN Novatech", "series_a", 4e6, "USD"), AF3),
("🇬🇧 Oceanium snags $2.6 million to scale seaweed processing operations for innovative ingredients. Impact investor Builders VC led the round. (Vegconomist)", ("Oceanium", None, 2.6e6, "USD"), AF3),
("🇫🇷 AI-powered restaurant tech startup Retail Robotics Solutions raises €0.5 million ($0.53 million) from Ariel Investments Corp. The firm’s ‘robot cashiers’ can instantly identify meals on a tray in self-service restaurants or corporate canteens. (RSS)", ("Retail Robotics Solutions", None, 0.5e6, "EUR"), AF3),
("🇺🇸 Flagship leads $250 million round for sustainable agriculture platform Indigo Ag. The latter plans to reach breakeven point in about one year. (Memphis Inno)", ("Indigo Ag", None, 250e6, "USD"), AF3),
("🇦🇪 Pure Harvest bags $150 million strategic round from greenhouse solutions company Richel Group. The exclusive partnership will focus on deploying Pure Harvest’s smart farms to the Middle East and Asia. (HortiDaily)", ("Pure Harvest", None, 150e6, "USD"), AF3),
("After a pretty dry spell, agrifood investors were throwing around the big bucks this week, with the launch of two sizeable funds ($384m from Astanor Ventures and $312m from Humble Growth), while Flagship led a $250m round into Indigo Ag and JOKR bagged $50m to expand its food-e-commerce platform.", None, AF3),
("🇨🇭 Planted raises $72 million for whole-cut plant-based chicken. The Series B was led by L Catterton and will enable Planted to expand and launch new products. (EU Startups)", ("Planted", "series_b", 72e6, "USD"), AF4),
("🇺🇸 Neutral Foods closes $12 million Series A led by Breakthrough Energy Ventures. The company plans to expand availability of its milks, Carbon Neutral Certified by SCS Global Services, to Whole Foods and other grocery retailers in the US. (Food Dive)", ("Neutral Foods", "series_a", 12e6, "USD"), AF4),
("🇮🇱 Mermade catches $3.3 million for cultivated scallops from OurCrowd & others. Mermade plans to reach lab-scale production by 2023. (The Spoon)", ("Mermade", None, 3.3e6, "USD"), AF4),
("🇺🇸 Restaurant remote staffing platform Bite Ninja bags $11.3 million in bridge funding. The round, which will go towards further platform development, was led by Manta Ray Ventures, Owl Ventures, Agfunder, and others. (FinSMES) [Disclosure: AFN’s parent company is Agfunder.]", ("Bite Ninja", None, 11.3e6, "USD"), AF4),
("🇺🇸 ConverseNow raises $10 million from Danny Meyer’s investment arm. Funding will help scale the ConverseNow platform, which provides voice AI tech for restaurants, enabling them to automate order taking. (Restaurant Dive).", ("ConverseNow", None, 10e6, "USD"), AF4),
("🇮🇳 Plant protein brand Greenest secures undisclosed seed round led by Better Bite Ventures. Greenest will use the funding to continue R&D, make new hires and expand products and distribution. (Green Queen)", ("Greenest", "seed", None, None), AF4),
("🇺🇸 Venus Williams’ Happy Viking superfood brand raises $2 million. A host of athletes participated in the financing including sister Serena Williams, Kevin Durant and Rich Kleiman’s company 35V, and many other high-profile athletes. (Vegconomist)", ("Happy Viking", None, 2e6, "USD"), AF4),
("Swiss alt-protein startup Planted raised Series B funding to expand its line of whole-cut plant-based chicken items.", ("Planted", "series_b", None, None), AF4),
("AeroFarms, the indoor agriculture company, has raised $20 million in Series B funding. Wheatsheaf Group, the investment firm founded by a UK family office, led the round.", ("AeroFarms", "series_b", 20e6, "USD"), AF5),
("Ripple Foods, a plant-base milk substitute company, raised $13.64 million in Series A funding from venture capital investors.", ("Ripple Foods", "series_a", 13.64e6, "USD"), AF5),
("Swift Navigation, the GPS technology company, raised $11 million in Series A funding in a round led by Eclipse Ventures and joined by New Enterprise Associates, Promus Ventures and existing investors.", ("Swift Navigation", "series_a", 11e6, "USD"), AF5),
("Zero Gravity Solutions, an agriculture biotech company, working with NASA, raised $3 million in a private placement.", None, AF5),
("This funding round follows an earlier $50 million capital raise from Goldman Sachs and Prudential to start construction of the 80,000 square foot facility.", None, AF5),
("Sound Agriculture, a company advancing two novel technology platforms that leverage plant and soil biology to radically improve food production, announced that it has secured a $45 million investment led by Leaps by Bayer, the impact investment arm of Bayer.", ("Sound Agriculture", None, 45e6, "USD"), EP),
("Dewey Scientific, the Pullman, Wash.-based agtech startup that is leveraging genomics, data science and more to improve the quality and genetic diversity of cannabis crops, has raised $3.2 million in new funding.", ("Dewey Scientific", None, 3.2e6, "USD"), EP),
("Apeel Sciences, a food system innovation company, is out to prevent food produced globally from ending up in the landfill, especially as pressures from the global pandemic affect the food supply chain. The company just added $250 million in Series E funding, giving it a valuation of $2 billion, to speed up the availability of its longer-lasting produce in the U.S. (where approximately 40% of food is wasted), the U.K. and Europe.", ("Apeel Sciences", "series_e", 250e6, "USD"), EP),
("Lowercarbon Capital, the climate change-focused VC firm launched by early Twitter and Uber investor and Shark Tank star Chris Sacca, has raised $800 million in capital.", None, EP),
("Saudi Arabia-based agritech startup Red Sea Farms has raised an additional $6 million, increasing its pre-Series A round to $16 million, led by Saudi, US and UAE investors, including the Aramco venture arm Wa’ed, the Saudi government-owned Future Investment Initiative (FII) Institute, KAUST, Global Ventures, AppHarvest and Bonaventure.", ("Red Sea Farms", "seed", 6e6, "USD"), EP),
("Once Upon a Farm in the US closed a $52 million Series D round.", ("Once Upon a Farm", "series_d", 52e6, "USD"), TL),
("US cell culture seafood startup Finless Foods closed a $34 million Series B funding round and used the new funds to build a production plant.", ("Finless Foods", "series_b", 34e6, "USD"), TL),
("Chip giant Nvidia invests $10 million in Serve Robotics.", ("Serve Robotics", None, 10e6, "USD"), TL),
("Arkeon Biotechnologies of Vienna, Austria has raised $7 million in seed funding.", ("Arkeon Biotechnologies", "seed", 7e6, "USD"), TL),
("US-based vegan startup Lypid has raised $4 million in seed funding.", ("Lypid", "seed", 4e6, "USD"), TL),
("S2G Ventures backed Big Bold Health with $4 million in funding.", ("Big Bold Health", None, 4e6, "USD"), TL),
("Notable industry funding this week was the $34 million round by cell-culture seafood startup Finless Foods.", ("Finless Foods", None, 34e6, "USD"), TL),
("Meanwhile, big-name food brands are ceasing operations in Russia, pulling out of the market in response to Russia's invasion of Ukraine.", None, TL),
("Zen Educate raises $37M / UK, Recruitment Platform / Round2 Capital, Adjuvo, Brighteye Ventures, FJ Labs, Ascension Ventures", ("Zen Educate", None, 37e6, "USD"), ET1),
("Acquires Aquinas Education / UK, Recruitment Platform", None, ET1),
("Praktika raises $35.5M / US, Language Learning / Blossom Capital", ("Praktika", None, 35.5e6, "USD"), ET1),
("Tiney raises £7.2M / UK, Early Childhood Education Software / Mustard Seed Partners, PortfolioLion, Sparkmind, Rubio", ("Tiney", None, 7.2e6, "GBP"), ET1),
("Coda acquires Plato / US (UK) / Mentorship", None, ET1),
("Cornerstone acquires SkyHive / US (Canada) / Talent Management", None, ET1),
("Will Zemp steps down as CEO of Project Kitty Hawk / via Business North Carolina", None, ET1),
("ETCH Weekend Reading 5/27/24\nSchool choice in Florida, NCAA to pay $2.8B in damages to former athletes, making up the AI rules as we go", None, ET1),
("Tokidos raises $1.35M CAD / Canada, Gamified Learning / Triptyq Capital, Investissement Québec, Boreal Ventures", ("Tokidos", None, 1.35e6, "CAD"), ET2),
("Software Circle acquires ARC Technology for £2M / UK, Software Infrastructure", None, ET2),
("Heat Geek raises £4M / UK, Training Provider / Transition, Triple Point Ventures", ("Heat Geek", None, 4e6, "GBP"), ET2),
("UBIQ Education raises $5M from Blackbaud / US, LMS / Blackbaud", ("UBIQ Education", None, 5e6, "USD"), ET3),
("Dexude raises undisclosed amount / via Arctic Startup", ("Dexude", None, None, None), ET3),
("Classplus invests in Gyan Live / via Hindu Businessline", ("Gyan Live", None, None, None), ET3),
("Kelly Sia promoted to President of Curriculum Associates / via Curriculum Associates", None, ET4),
("Chris Bondarenko joins 360Learning as Chief Revenue Officer / via businesswire", None, ET4),
("Google acquires Edlyft / US, Tutoring", None, ET4),
("Glints raises $50M: Singapore-based Glints is a recruiting platform with 3M professionals that helps over fifty thousand companies (primarily in SE Asia) source tech talent in the Philippines for remote roles.", ("Glints", None, 50e6, "USD"), ET5),
("LumiQ raises $5M CAD: Toronto-based LumiQ hosts a podcast that provides continuing education programming to CPAs in the US.", ("LumiQ", None, 5e6, "CAD"), ET5),
("Andy Myers joins eLuma as CEO / via PRNewswire", None, ET6),
("Byju’s India CEO Arjun Mohan steps down / via Reuters", None, ET6),
("Koios raises $550K / UK, Assessments / Seedcamp, Evolvient Ventures", ("Koios", None, 550000.0, "USD"), ET7),
("SkillArbitrage acquires Dataisgood for $3M / India, Upskilling", None, ET7),
("To be a verified funding in this newsletter, a company must raise $1M+ from named, searchable institutional investors and disclose the amount raised, be part of an acquisition where the combined entity has > 50 employees, or raise a VC/PE fund of $10M+", None, ET1),
("Workday acquires HiredScore / US, HR Infrastructure (Recruitment Software)", None, ET2),
("HMH acquires Writable / US, Content Provider", None, ET2),
("Deel acquires Zavvy / US (Germany), Talent Management Software", None, ET2),
("Leeds Equity Partners acquires TouchMath / US, Content Provider", None, ET2),
("Nexus Capital Management acquires ACT / US, Assessment", None, "https://www.etch.club/p/etch-weekend-reading-41424 (ETCH edtech newsletter: deal lines)"),
("EAB acquires Forage / US, College Counseling (Career Pathways)", None, "https://www.etch.club/p/etch-weekend-reading-41424 (ETCH edtech newsletter: deal lines)"),
("Multiverse acquires Searchlight / UK (US), Apprenticeships (Talent Management)", None, "https://www.etch.club/p/etch-weekend-reading-41424 (ETCH edtech newsletter: deal lines)"),
("Follett acquires MasterLibrary / US, School Software Infrastructure", None, ET6),
("PowerSchool acquires Neverskip / US, Software Infrastructure", None, ET7),
("Mezure Learning acquires Examity / US, Proctoring + Assessment", None, ET7),
("Echo360 acquires Inkling / US, Content Platform", None, ET3),
("David Longo promoted to CFO of Chegg / via Yahoo Finance", None, ET4),
("Elias Tavarez joins Interplay Learning as Chief Revenue Officer / via PRNewswire", None, ET6),
("Balraj Kalsi joins CORE Higher Education as CEO / via PRNewswire", None, ET7),
("Kevin Watson joins Barnes & Noble Education as CFO / via businesswire", None, ET7),
("Greg Pryor joins Guild Education as SVP of Learning / via businesswire", None, ET7),
("[Disclosure: AFN‘s parent company, AgFunder, is an investor in Black Sheep Foods, which is mentioned below.]", None, AF1),
("Finance Yorkshire’s investment fund has been extended following an injection of fresh capital from two Yorkshire Local Enterprise Partnerships (LEPs).", None, HA),
("Manchester Met to support business growth with new £4.7m funding boost\nManchester Metropolitan University and its partners have secured project funding of more than £4.7m from the European Regional Development Fund (ERDF).", None, BD1),
("LEP supports £150 million investment in Leeds region\nOver 100 businesses have benefitted from two major funding programmes coordinated by the Leeds City Region Local Enterprise Partnership.", None, BD2),
("£9 million of additional funding to support businesses in the region to grow, innovate and boost productivity has been agreed by the West Yorkshire Combined Authority’s Investment Committee.", None, DR),
]
emit(rows, "batchD.jsonl")
print(len(rows), sum(1 for r in rows if r[1]), sum(1 for r in rows if not r[1]))
