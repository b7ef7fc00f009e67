import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkbatch import emit
D40 = "https://www.dealflow.la/p/dealflowla-40-nubank-to-invest-159 (Dealflow.la LatAm newsletter #40: issue title; deal sentences)"
D50 = "https://www.dealflow.la/p/dealflowla-50-loft-and-klar-both (Dealflow.la #50: issue title; deal sentences)"
D28 = "https://www.dealflow.la/p/dealflowla-28-tinder-behind-90-of (Dealflow.la #28: issue title; deal sentences)"
D47 = "https://www.dealflow.la/p/dealflowla-47-messi-led-inter-miami (Dealflow.la #47, flags garbled by the capture: issue title; deal sentences)"
D35 = "https://www.dealflow.la/p/dealflowla-35-match-fixing-in-brazils (Dealflow.la #35: issue title; deal sentences)"
TP = "https://technopoly.substack.com/p/038-why-tech-should-care-about-americanas (LatAm newsletter: bold lead + first sentence)"
FV = "https://finovate.com/investors-flock-to-mexican-neobanks-ant-financial-ali-baba-ink-pact-with-icbc (weekly fintech-around-the-world bullets)"
PI = "https://pioneerinvestors.org/menas-startups-raised-110-million-in-may-2021 (a sentence)"
GB = "https://globalbizmag.com/uae-leads-mena-as-top-funded-ecosystem-in-h1-2024 (headline + first paragraph)"
RM = "https://www.rasmal.com/mena-startups-raise-dollar764-million-in-november-2023-funding/ (a sentence)"
AG = "https://www.agbi.com/finance/2023/12/startup-funding-november/ (headline + first paragraph; a sentence)"
ZW = "https://zawya.com/en/wealth/wealth-management/saudi-uae-lead-mena-start-up-funding-november-deals-surge-to-764mln-sttonc08 (a sentence)"
AN = "https://www.arabnews.com/node/2217806/media (Arab News startup column, 2022-12: section heading + paragraph; sentences)"
PX = "https://pixelation.org/middle-east-startup-funding-news-today-the-230-million-seed-round-that-changed-everything-1of4 (headline; sentences)"
KC1 = "https://www.keepcool.co/p/whats-in-a-name (Keep Cool climate newsletter: headline bullets)"
KC2 = "https://keepcool.co/p/getting-salty (Keep Cool climate newsletter: headline bullets)"
KC3 = "https://www.keepcool.co/p/farmers-win-for-now (Keep Cool climate newsletter: headline bullets)"
CT = "https://www.ctvc.co/climate-highs-and-lows-167/ (CTVC climate newsletter intro: sentences)"
rows = [
("Dealflow.la #40 - NuBank 🇧🇷 to invest $159 Million in Colombia 🇨🇴 amid record profits, dLocal 🇺🇾 fraud allegations send stock into freefall, and Stori 🇲🇽 raises $50 Million in debt financing.", None, D40),
("Trébol 🇨🇴 raised a $3 Million Seed round led by Canaan Partners 🇺🇸 and Better Tomorrow Ventures 🇺🇸 with funding from Y Combinator 🇺🇸, Soma Capital 🇺🇸, and Unpopular Ventures 🇺🇸 to build an application programming platform interface intended to help businesses, neo banks, and lenders to underwrite their clients faster.", ("Trébol", "seed", 3e6, "USD"), D40),
("Huli 🇨🇷 raised a $5.5 Million Seed round led by Intoku Health 🇳🇿 with funding from Carao Ventures 🇨🇷 to simplify the process of managing patients and their records.", ("Huli", "seed", 5.5e6, "USD"), D40),
("Kapital 🇲🇽 raised a $20 Million Series A led by Tribe Capital 🇺🇸 and Niya Partners 🇺🇸 with funding from Dropbox co-founder Arash Ferdowsi 🇺🇸, Marbruck 🇦🇺, Broom Ventures 🇺🇸, FoundersX 🇺🇸, Pioneer Fund 🇺🇸, and Kube VC 🇸🇬 to develop a banking platform designed to gain visibility and control of the treasury.", ("Kapital", "series_a", 20e6, "USD"), D40),
("Dealflow.la #50 - Loft 🇧🇷 and Klar 🇲🇽 both raise $100 Million+ rounds, right-wing presidential candidate Milei 🇦🇷 outperforms in primary, & Iranian drones 🇮🇷 in Bolivia🇧🇴.", None, D50),
("Cashbanx 🇧🇷 raised a $4.1 Million Venture round led by SRM Ventures 🇧🇷 to build an affiliate B2B platform that allows banks and fintechs to offer cashback incentives to their customers.", ("Cashbanx", None, 4.1e6, "USD"), D50),
("Loft 🇧🇷 raised a $100 Million Series D round with funding from Silver Lake 🇺🇸, QED Investors 🇺🇸, Monashees 🇧🇷, Fifth Wall 🇺🇸, DST Global 🇺🇸, D1 Capital Partners 🇺🇸, Close 🇺🇸, Citi Ventures 🇺🇸, Canada Pension Plan Investment Board 🇨🇦, BTG Pactual 🇧🇷, Baillie Gifford 🇬🇧, Andreessen Horowitz 🇺🇸, Altimeter 🇺🇸, & Valor Capital Group 🇺🇸 to continue building their online property searching platform intended to buy, sell and rent residential and commercial properties.", ("Loft", "series_d", 100e6, "USD"), D50),
("Klar 🇲🇽 raised $100 Million in Debt financing from Victory Park Capital 🇺🇸 to fund their challenger bank intended to offer deposit and credit services for Mexican customers.", ("Klar", "venture_debt", 100e6, "USD"), D50),
("Hospitales MAC 🇲🇽 raised a $160 Million Private Equity Round led by General Atlantic 🇺🇸 to continue building their chain of hospitals intended to serve individual clients.", ("Hospitales MAC", "private_equity", 160e6, "USD"), D50),
("Dealflow.la #28 - Tinder 🇺🇸 behind 90% of São Paulo 🇧🇷 kidnappings, Sabotage suspected in fire that caused major Argentine 🇦🇷 power outage, and Bukele 🇸🇻 to destroy gang affiliated tombstones.", None, D28),
("Amachains 🇧🇷 raised a $30,000 Pre-Seed Round led by Anjos do Brasil 🇧🇷 to build a blockchain carbon traceability and accounting platform.", ("Amachains", "pre_seed", 30000.0, "USD"), D28),
("Tobipets 🇨🇷 raised a $200,000 Pre-Seed round led by Leap Venture Studio 🇺🇸 to create a one-stop shop that connects pet parents with pet brands, services, and veterinarians.", ("Tobipets", "pre_seed", 200000.0, "USD"), D28),
("Super Vegan 🇧🇷 raised a $300,000 Seed round led by Veg Capital 🇬🇧 and Vegan Business 🇧🇷 to offer alternative chocolate options to vegans.", ("Super Vegan", "seed", 300000.0, "USD"), D28),
("ContaFuturo 🇧🇷 raised a $3.8 Million Private Equity Round led by Empírica 🇧🇷 to offer financial solutions that focus on expense management.", ("ContaFuturo", "private_equity", 3.8e6, "USD"), D28),
("HR Tech startup Rankmi 🇨🇱 has announced that it has closed a Series A funding round led by Softbank Latin America Fund 🇺🇸.", ("Rankmi", "series_a", None, None), D28),
("Dealflow.la #47 - Messi π¦π·-led Inter Miami πΊπΈ beats Liga MX's Cruz Azul π²π½, Foodology π¨π´ raises $17 Million, & 2,000 penguins dead in Uruguay πΊπΎ.", None, D47),
("Frota 162 π§π· raised a $423,000 Pre-Seed round led by ACE Startups π§π· to build a comprehensive, user-friendly fleet management platform built for handling infractions, fines, and vehicle debts across Brazil.", ("Frota 162", "pre_seed", 423000.0, "USD"), D47),
("Erathos π§π· raised a $500,000 Pre-Seed round led by ACE Startups π§π· to propel businesses toward data-driven operations through an ecosystem of innovative solutions.", ("Erathos", "pre_seed", 500000.0, "USD"), D47),
("Tera π§π· raised a $2,100,000 Venture round led by X8 Investimentos π§π· to build a digital training platform designed to help people learn new skills and connect their education with the job market.", ("Tera", None, 2.1e6, "USD"), D47),
("Tivos^ π²π½ raised $4.5 Million in Debt Financing from Addem Capital π²π½ to support Mexican SMEs with tailor-made financial solutions.", (["Tivos", "Tivos^"], "venture_debt", 4.5e6, "USD"), D47),
("Dealflow.la #35 - Match-fixing in Brazil's top soccer league 🇧🇷, Chile 🇨🇱 nationalizing its lithium industry, and Habi 🇨🇴 raises $100 Million in debt financing.", None, D35),
("BrandLovrs 🇧🇷 led a $2 Million Seed round led by Canary 🇧🇷 with funding from Scale-Up Ventures 🇧🇷, TheVentureCity 🇺🇸, and 4equity Media Ventures 🇧🇷 to gamify influencer marketing campaigns.", ("BrandLovrs", "seed", 2e6, "USD"), D35),
("Eyecare Health 🇧🇷 raised a $2.5 Million Seed round led by Vox Capital 🇧🇷 to develop digital eye healthcare technology intended to change the way ophthalmology is done.", ("Eyecare Health", "seed", 2.5e6, "USD"), D35),
("ZiYou 🇧🇷 raised a $3.9 Million Seed round led by Bertha Capital 🇧🇷 to build a subscription-based platform intended for fitness equipment.", ("ZiYou", "seed", 3.9e6, "USD"), D35),
("Justos 🇧🇷 raised a $6.4 Million Venture round led by MSR Capital 🇺🇸 to develop an automotive insurance application designed to use information about how users drive to set the insurance price.", ("Justos", None, 6.4e6, "USD"), D35),
("💸 Greensill subsidiary resuscitates from scandal.\nKLYM, the Colombia-based working capital provider for SMEs (formerly OmniLatam), raised a $27mn round from JPMorgan Chase and the International Finance Corporation (IFC).", ("KLYM", None, 27e6, "USD"), TP),
("🇸🇻 El Salvador plans for crypto-backed SME loans.", None, TP),
("Kenyan insurtech firm Turaco closes $2.1 million seed funding round.", ("Turaco", "seed", 2.1e6, "USD"), FV),
("Wefox, an insurtech based in Berlin, Germany, locks in $110 million extension to its Series B round.", ("Wefox", "series_b", 110e6, "USD"), FV),
("Based in Latvia and founded in Russia, Robocash announces plans to raise $5 million in funding over the next six month to support expansion to SE Asia.", None, FV),
("An AML startup founded by former workers at TransferWise and Skype, Estonia’s Salv has raised $2 million in seed funding.", ("Salv", "seed", 2e6, "USD"), FV),
("Trulioo goes live with its GlobalGateway in Nigeria and Ghana.", None, FV),
("Disrupt-Africa looks at the expansion and fundraising plans of South African payments startup Airbuy.", None, FV),
("This week, three upstart financial institutions in the Latin American country were the recipients of a combined $20+ million in funding.", None, FV),
("Pioneers Investors – Startups in the Middle East and North Africa raised nearly $110 million via 35 deals in May.", None, PI),
("UAE Leads MENA as Top Funded Ecosystem in H1-2024\nThe UAE has retained its spot as the top funded ecosystem in the Middle East and North Africa (MENA) region with 91 UAE-based start-ups raising $455.5 million in H1 of 2024, as against $604 million during the corresponding period last year.", None, GB),
("Startups in MENA raised $764 million in November 2023, a 390% MoM increase and a 74% YoY increase, with mega rounds dominating.", None, RM),
("Mena startup funding bounces back in November\nStartup funding rose sharply in November, reflecting regional and global investors’ renewed confidence in the Middle East and North Africa.", None, AG),
("Egyptian microfinance company MNT-halan secured $130 million in securitised bonds.", None, AG),
("Start-ups in the UAE and Saudi Arabia have dominated recent fundraising activity in the Middle East and North Africa (MENA) region, which saw total investments rising to nearly $800 million in November this year.", None, ZW),
("Letswork has it all worked out\nThe UAE-based platform for shared spaces Letswork raised $2.1 million in a seed funding round to expand its operations to Saudi Arabia.", ("Letswork", "seed", 2.1e6, "USD"), AN),
("The Middle East and North Africa’s 50 most-funded startups attracted a total of $3.2 billion in fundraising since their inception, with 18 companies from the UAE, 12 from Saudi Arabia and 11 from Egypt, according to Forbes.", None, AN),
("Startups that qualified for the list had to be no more than seven years old, excluding companies like Saudi Arabia’s fintech Foodics, which raised a total of $198 million, and the UAE’s cloud kitchen Kitopi, which raised $804 million in total funding.", None, AN),
("Middle East Startup Funding News Today: The $230 Million Seed Round That Changed Everything", None, PX),
("The biggest story in Middle East startup funding news today centers on a company called Mal. They just pulled in $230 million. For a seed round.", None, PX),
("Zeekr, the Chinese EV subsidiary of Geely, went public in an IPO on the New York Stock Exchange on Friday, raising $350M+ at a $5B+ valuation.", None, KC1),
("California greenlit $6.1B in funding for new transmission lines, including interconnections to generation sources in other states.", None, KC2),
("Vital Meat, a French startup that makes cultivated chicken, applied for regulatory approval in the U.K.", None, KC2),
("China Southern Power Grid turned on a 10 MWh sodium-ion battery storage station in Nanning, southwestern China this week, marking the first such station globally.", None, KC2),
("LG Chem inked a new 10-year, $19B deal with GM to supply the auto manufacturer with domestically made cathode materials for EV batteries.", None, KC3),
("The Biden Administration quadrupled tariffs on Chinese EVs, batteries, and solar cells to protect domestic cleantech industries.", None, KC1),
("In deals this week, sustainable agriculture reaps $250M. Corporate carbon footprint tracking collects $27M, and forestry and battery interests intersect to invest $18M toward bio-graphite for lithium-ion cells.", None, CT),
("Drought conditions are causing saltwater to creep into the drinking water of communities along the Mississippi River, and the DOE puts $325M toward long-duration energy storage projects.", None, CT),
]
emit(rows, "batchB.jsonl")
print(len(rows), sum(1 for r in rows if r[1]), sum(1 for r in rows if not r[1]))
