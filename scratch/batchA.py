import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkbatch import emit
FF1 = "https://fintechfutures.com/?p=15372294 (FinTech Futures top five stories, 13 Sep 2024: headline + first paragraph)"
FF2 = "https://fintechfutures.com/2024/10/fintech-futures-top-five-news-stories-of-the-week-4-october-2024 (headline + first paragraph)"
FF3 = "https://fintechfutures.com/?p=15313120 (FinTech Futures top five stories, 8 Dec 2023: headline + first paragraph)"
PY1 = "https://pymnts.com/news/2020/today-in-payments-around-the-world-stripe-leads-paymongo-12m-funding-round-aldi-to-pilot-digital-ordering (headline + paragraph)"
PY2 = "https://pymnts.com/?p=1253638 (PYMNTS EMEA daily news: headline + paragraph)"
PY3 = "https://www.pymnts.com/digital-first-banking/2020/today-in-digital-first-banking-ny-based-fintech-petal-notches-55m-bny-mellon-gtreasury-collaborate/amp/ (headline + paragraph)"
VP = "https://verdict-payments.h5mag.com/verdict-payments_apr21/the_briefing_on_payments (payments news in numbers: first sentence)"
PS = "https://www.paymentssource.com/news/revolut-picks-up-investment-to-feed-expansion (PaymentsSource morning brief)"
LA1 = "https://www.lendacademy.com/top-10-fintech-news-stories-for-the-week-ending-may-8-2021/ (linked title + the editor's note, 'from <publisher> -' dropped)"
LA2 = "https://www.lendacademy.com/top-10-fintech-news-stories-for-the-week-ending-september-26-2020/ (linked title + the editor's note, 'from <publisher> -' dropped)"
LA3 = "https://www.lendacademy.com/top-10-fintech-news-stories-for-the-week-ending-november-20-2021/ (linked title + the editor's note, 'from <publisher> -' dropped)"
FN1 = "https://news.fintechnexus.com/top-10-fintech-news-stories-for-the-week-ending-august-21-2021/ (linked title + the editor's note, 'from <publisher> -' dropped)"
FN2 = "https://fintechnexus.com/top-10-fintech-news-stories-for-the-week-ending-october-1-2022 (linked title + the editor's note, 'from <publisher> -' dropped)"
FN3 = "https://fintechnexus.com/fintech-news-december-12-2020 (linked title + the editor's note, 'from <publisher> -' dropped)"
FIN = "http://finanster.com/2017/09/22/top-vc-deals-this-week-electric-scooters-slack-and-a-chinese-self-driving-car-firm (a weekly VC deals round-up: one sentence per deal)"
SF = "https://news.starfolksoftware.com/posts/startup-weekly-roundup-creative-accounting-nuclear-reactors-and-ai-acquisitions-67e6d937d999e (weekly startup round-up: sentences)"
SF2 = "https://news.starfolksoftware.com/posts/startups-weekly-partnerships-acquisitions-and-funding-galore-in-the-world-of-tech-67a64c95c787f (weekly startup round-up: sentences)"
CL = "https://news.clateway.com/the-10-biggest-rounds-of-may-xai-and-coreweave-lead-big-month-for-ai-30673.html (monthly biggest-rounds list: a sentence)"
HT = "https://hottopicharbor.com/mega-rounds-take-over-startup-funding-as-fewer-companies-grab-bigger-checks (a sentence)"
FO = "https://fortune.com/2019/11/13/startup-funding-vendors-bust/ (Term Sheet newsletter: sentences)"
VN = "http://www.venture.name/tag/finance/ (headline + first paragraph)"
BI = "http://jlne.ws/1VVoFRP (BI Intelligence fintech briefing, 2016: sentences)"
E27 = "https://e27.co/optus-innov8-announces-top-ten-finalist/ (sentences)"
AU = "https://inspirepreneurmagazine.com/surge-in-mega-deals-masks-struggles-for-australian-early-stage-startups/ (headline + first paragraph; a sentence)"
TB = "https://techboard.com.au/funded-april-2023/ (a sentence)"
D8 = "https://test.daily8.com/en/article/516a19e32f982f3c17d4c7d746838cd0 (headline + first paragraph)"
AW = "https://blogairwallex.ghost.io/the-week-that-wallexed-5/ (a sentence)"
rows = [
("The Bank of London bags £42m funding round after reportedly being hit with HMRC winding-up petition\nThe Bank of London has closed its latest funding round at £42 million after reportedly being hit by a winding-up petition from UK tax authority HM Revenue and Customs (HMRC).", (["The Bank of London", "Bank of London"], None, 42e6, "GBP"), FF1),
("Financial management software provider to SMEs, Finally, raises $50m equity and $150m debt\nFlorida-based fintech Finally has raised $200 million in debt and equity and now plans to expand its AI-powered business payments platform throughout the US.", ("Finally", None, 200e6, "USD"), FF1),
("UniCredit buys 9% stake in Commerzbank as German government looks to offload shareholding\nItalian banking group UniCredit has snapped up a 9% equity stake in the share capital of Germany’s Commerzbank.", None, FF1),
("Digital Federal Credit Union and First Tech Federal Credit Union to merge\nTwo US-based credit unions, Digital Federal Credit Union (DCU) and First Tech Federal Credit Union, have announced plans to combine through a merger of equals.", None, FF2),
("Mastercard acquires Minna Technologies to upgrade subscription experience\nPaytech giant Mastercard has agreed to acquire Swedish subscription management fintech Minna Technologies for an undisclosed sum.", None, FF2),
("Fiserv ends joint venture in Wells Fargo Merchant Services\nFiserv is preparing to terminate its joint venture in Wells Fargo Merchant Services (WFMS), which will expire on 1 April next year, according to an 8-K filing Fiserv made with the US Securities and Exchange Commission (SEC) on 20 September.", None, FF2),
("AGCM interrupts Intesa Sanpaolo’s migration to Isybank\nThe Autorita’ Garante della Concorrenza e del Mercato (AGCM) has interrupted Intesa Sanpaolo’s plans to migrate 2.4 million customer accounts to its digital banking offering Isybank.", None, FF3),
("Monzo co-founder Jonas Templestein departs after nine years\nMonzo co-founder and former chief technology officer (CTO) Jonas Templestein has announced his intention to leave the UK challenger after almost nine years.", None, FF3),
("Stripe Heads Up $12M Funding Round For Payments Processing Startup PayMongo\nPayMongo has come off a funding round of $12 million. Stripe headed up the round, while current investors Global Founders Capital and Y Combinator participated with new investor Bedrock Capital.", ("PayMongo", None, 12e6, "USD"), PY1),
("ALDI To Test Online Grocery Ordering At UK Stores\nALDI is taking another large step into the world of online shopping as COVID-19 reshapes the retail landscape globally.", None, PY1),
("London Judge Reinstates Uber License\nA judge in London reinstated the license of Uber Technologies Inc. to run, concluding a 10-month battle between regulators and the ridesharing firm.", None, PY1),
("Payhawk Becomes Bulgaria’s First Unicorn After $100M Round\nPayments and expense platform Payhawk raised an additional $100 million at a valuation of $1 billion in an extended Series B funding round led by Lightspeed Venture Partners, making the startup Bulgaria’s first unicorn.", ("Payhawk", "series_b", 100e6, "USD"), PY2),
("UK Media Regulator Investigates Russian TV Station Over Ukraine Coverage\nThe United Kingdom’s Office of Communications, Ofcom, is investigating the Russian-backed TV station RT over alleged bias in its coverage of the Ukraine invasion.", None, PY2),
("Visa and Mastercard Ban Russian Banks, Pledge $2M Each in Aid\nBoth Visa and Mastercard have separately announced they are blocking several Russian financial institutions from their global card payment networks, complying with the sanctions imposed by the West following Russian President Vladimir Putin’s attack on Ukraine.", None, PY2),
("Credit Industry Disruptor Petal Hits $100M Investment Mark\nPetal, which aims to disrupt the world of credit cards, has landed a further $55 million in funding, which puts the total amount of venture funds committed to the firm to the $100 million threshold. The New York-based FinTech bases credit decisions on a person’s cash flow instead of typical industry metrics. Valar Ventures led the Series C round of funding.", ("Petal", "series_c", 55e6, "USD"), PY3),
("BNY Mellon, GTreasury Team For B2B Cash Management\nBNY Mellon announced a tie-up to help clients invest and manage funds by allowing them to access the cash management and payment abilities of GTreasury.", None, PY3),
("Banks, SMBs Push For Simplified PPP Loan Forgiveness\nSMBs are reporting challenges with the forgiveness portion of the PPP as the function opens up.", None, PY3),
("African paytech Flutterwave is eyeing up expansion after securing $170m in a Series C funding round led by international investors.", ("Flutterwave", "series_c", 170e6, "USD"), VP),
("Digital payments firm Stripe has secured a $600m investment in a new financing round, taking its valuation to $95bn – almost triple its last valuation of $36bn announced a year earlier.", ("Stripe", None, 600e6, "USD"), VP),
("The Financial Conduct Authority (FCA) in the UK has increased the limits on contactless payments to £100 from £45 for single transactions.", None, VP),
("Morning Brief 7.27.20: Revolut picks up investment to feed expansion\nFintech Revolut has raised $80 million from TSG Consumer Partners as part of an earlier Series D round that it announced in February.", ("Revolut", "series_d", 80e6, "USD"), PS),
("A federal court ruled bitcoin is covered under Washington, D.C.'s Money Transmitters Act, creating a legal path to prosecute parties and individuals using the cryptocurrency to launder money.", None, PS),
("Hamilton, Ontario has launched an iPhone and Android app that allows people to remotely find and pay for parking spots.", None, PS),
("Federal Reserve Opens Consultation on Access to the Payments System\nWith many fintechs obtaining bank charters today the Federal Reserve has proposed new guidelines on how they can gain access to the Fed payments system. This is a big deal.", None, LA1),
("The Paycheck Protection Program is out of money\nEven though the Paycheck Protection Program is not due to end until May 31 the program ran out of funding this week.", None, LA1),
("Cash App Is King at Square\nSquare released their first quarter earnings this week with some astounding growth numbers courtesy of bitcoin trading in their Cash App.", None, LA1),
("PayPal has held exploratory talks about launching a stablecoin: sources\nPayPal is exploring creating its own stablecoin as it apparently has been in contact with some of the industry’s stablecoin protocol developers.", None, LA1),
("Fintech Wealthsimple raises about $610 million in funding round\nIt was a relatively quiet week as far as big fundraising announcements were concerned with Canadian fintech Wealthsimple leading the way by announcing a $610 million round.", ("Wealthsimple", None, 610e6, "USD"), LA1),
("Galaxy Digital to Buy BitGo in Crypto Sector’s First $1 Billion Deal\nThe first billion dollar deal in the crypto space has been consummated with Galaxy Digital, a leading crypto-focused financial-services firm, acquiring BitGo, a leading institutional digital asset platform.", None, LA1),
("Is an Algorithm Less Racist Than a Loan Officer?\nThis is a long article but worthwhile reading in full. The basic premise is that algorithms can be less racist than human underwriters but you have to be careful what data you include.", None, LA2),
("Better.com in talks to raise $100M at $4B valuation: report\nOne of the leading real estate fintechs is looking to raise money at a $4 billion valuation after an 8x increase in revenue this year.", None, LA2),
("LendIt Fintech Industry Awards 2020 Finalists Announced\nThis past week we announced the six finalists in all thirteen categories for the 4th annual LendIt Fintech Industry Awards. Winners will be revealed on Monday.", None, LA2),
("Valar triples down on Petal, leading $55M Series C round into the credit card disruptor\nPetal closed this Series C in April but it was just announced this week. Peter Thiel’s Valar Ventures is back with a third investment in the credit card startup.", ("Petal", "series_c", 55e6, "USD"), LA2),
("Funding Circle losses deepen as pandemic hits peer-to-peer lending momentum\nIn the UK Funding Circle released their financial results for the first half of the year and as expected it was not pretty. The company lost £113.5 million, up from a £31.3 million loss for the same period last year.", None, LA2),
("German Digital Bank N26 to Withdraw From the U.S., Close 500,000 Accounts\nThe Europeans are finding it tough going in the U.S. when it comes to digital banking as leading German neobank N26 has decided it’s time to call it quits. After launching in August 2019 N26 will close all 500,000 U.S. accounts in January.", None, LA3),
("Oportun to purchase Digit, become Neobank\nConsumer lending fintech Oportun is expanding its capabilities as it announced this week it was acquiring Digit, a leading neobank savings app, for $213 million.", None, LA3),
("Amazon vs. Visa and the Coming Fintech Wars\nIn the U.K this week Amazon gave notice that it would not be allowing U.K-issued Visa credit cards as a form of payment on its platform starting in January.", None, LA3),
("Credit card start-up Upgrade jumps 83% in valuation in just four months to $6.28 billion\nUpgrade had the largest funding round of the week with a $280 million Series F. Their new valuation of $6.28 billion is up 83% from June and revenue climbed 70% during the same time frame as the Upgrade Card has become the fastest-growing credit card in the U.S.", ("Upgrade", "series_f", 280e6, "USD"), LA3),
("Study Blames Fintech for Bad Data in the PPP Program\nThe University of Texas study on fintech’s role in the PPP was an abomination. It claims, with no hard data, that 40% of PPP loans originated by fintechs were deemed suspicious and calls out several fintech lenders.", None, FN1),
("Visa challenges Mastercard, others with BNPL rollout\nMore evidence that consumers really love BNPL. Visa announced their new offering, called Visa Installments, as they try to play catch up with the segment leaders, Klarna, Affirm, and Afterpay.", None, FN1),
("The Fintech Unicorn Hubs of 2021: Where Do the Largest Fintechs Hail From?\nNew research shows the U.S. is still where the action is in fintech with more than half of the world’s 157 fintech unicorns residing in this country.", None, FN1),
("Sustainable finance company Aspiration to go public through SPAC merger\nAfter the rumors swirled last week we now know it is official. Leader in the green banking space, Aspiration, is going public via SPAC that values the company at $2.3 billion.", None, FN1),
("Celsius CEO Alex Mashinsky resigns\nThe CEO of embattled crypto lender Celsius called it quits this week, saying he had become “an increasing distraction.” As their bankruptcy procedures continue the founder and former CEO will stay on the board.", None, FN2),
("Square now supports Apple’s Tap to Pay on iPhones\nAfter introducing this feature in June, Square is rolling out Tap to Pay for all merchants in the U.S.", None, FN2),
("JPMorgan’s UK Digital Bank Has More Than 1 Million Customers\nIt has been a year since JPMorgan opened their digital consumer bank in the UK and they have made good progress. Over one million customers have deposited more than £10 billion into the current account, more than digital leaders Monzo and Starling but less than Marcus UK.", None, FN2),
("FTX Wins Auction for Bankrupt Crypto Broker Voyager Digital’s Assets\nThe bankruptcy process of crypto broker Voyager continues. FTX edged our Binance in the auction for its assets paying just over $50 million.", None, FN2),
("Online lender SoFi explores deal to go public, report says\nSoFi might be the next fintech to go public, possibly via a SPAC, having held discussions with a number of so-called blank-check acquisition companies.", None, FN3),
("Two cryptocurrency firms seek OCC approval to charter trust banks\nPaxos and BitPay have applied to the OCC to become national trust banks, a type of bank that does not require FDIC insurance.", None, FN3),
("Synctera raises $12.4 million seed to connect community banks and fintechs\nThe former head of Uber Money, Peter Hazlehurst, has launched his new company, Synctera, which aims to make it easier for community banks and fintechs to partner with each other.", ("Synctera", "seed", 12.4e6, "USD"), FN3),
("Capital One bans buy now, pay later transactions on its credit cards\nCapital One becomes the first major bank to hit back at the BNPL trend that has been sweeping the country this year.", None, FN3),
("Gogoro raised $300 million in a series C round led by Temasek Holdings, and joined by Al Gore’s Generation Investment Management group, Sumitomo and others.", ("Gogoro", "series_c", 300e6, "USD"), FIN),
("SoftBank poured $250 million into Slack, the workplace collaboration platform that competes with Microsoft-owned Yammer and Facebook’s Workplace.", ("Slack", None, 250e6, "USD"), FIN),
("Patreon, a crowdfunding platform, raised $60 million, TechCrunch reported.", ("Patreon", None, 60e6, "USD"), FIN),
("Chinese Autonomous driving firm JingChi raised $30 million in angel funding, China Money Network reported, and has targeted a Series A round of $100 million.", ("JingChi", "pre_seed", 30e6, "USD"), FIN),
("Food-tech startup MealPal raised $20 million in a series B round of funding led by Menlo Ventures.", ("MealPal", "series_b", 20e6, "USD"), FIN),
("C2Sense raised $3.2 million for its “digital nose” that detects gas compounds.", ("C2Sense", None, 3.2e6, "USD"), FIN),
("The Hong Kong government created a USD $256 million fund (the Innovation and Technology Venture Fund) to co-invest alongside other venture firms that agree to back local tech startups there.", None, FIN),
("S2G Ventures closed a $180 million fund, its second, to invest in food and agriculture startups.", None, FIN),
("The Engine, a venture firm founded at MIT, announced that its debut fund has expanded to a total of $200 million.", None, FIN),
("In other news, Cerebras Systems, an AI chipmaker, saw its IPO delayed again due to an ongoing national security review.", None, SF),
("On a more positive note, Terrestrial Energy, a U.S. nuclear startup, went public via SPAC and is expected to net $280 million.", None, SF),
("Vertical farming company Plenty filed for bankruptcy after raising nearly $1 billion in funding from investors, including SoftBank Investment Advisers, Walmart, Bezos Expeditions, and Jeff Bezos as an angel investor.", None, SF),
("In other news, Block, the fintech startup co-founded by Jack Dorsey, laid off 931 people, according to a leaked email.", None, SF),
("However, not all startups were as fortunate, as failed Canada-based accounting startup Bench burned through $135 million before filing for bankruptcy, according to records.", None, SF2),
("In acquisition news, XOi, a startup building software for maintenance personnel, acquired competitor Specifx to expand its datasets on repairs.", None, SF2),
("In funding news, Canadian programmatic advertising startup StackAdapt raised a $235 million growth funding round led by Teachers' Venture Growth (TVG).", ("StackAdapt", "growth", 235e6, "USD"), SF2),
("Meanwhile, Bill Gates-backed Commonwealth Fusion Systems hit a key milestone in its quest to construct a demonstration reactor.", None, SF),
("AI cloud infrastructure startup CoreWeave locked up a $1.1 billion round led by Coatue that values the company at $19 billion, per The Wall Street Journal.", ("CoreWeave", None, 1.1e9, "USD"), CL),
("Saronic, which makes autonomous surface vessels, raised $600 million in a Series C round.", ("Saronic", "series_c", 600e6, "USD"), HT),
("The hotel startup Oyo, for example, which raised $1.55 billion in funding from SoftBank, promised local hoteliers in India big fees if they rebranded through Oyo and upgraded their properties.", None, FO),
("Earlier this year, I wrote about Munchery, the meal delivery startup that raised more than $125 million in venture funding and reached a valuation of $300 million at its peak before unceremoniously crashing down to Earth.", None, FO),
("FintechOS raises $14M help banks launch products as fast as FinTech Startups\nOver the last few years, we’ve seen the rise of FinTech startups like N26 and Monzo to challenge the incumbents with new products like challenger banks. But what if the big banks wanted to compete in that game themselves?", ("FintechOS", None, 14e6, "USD"), VN),
("Mondo, a mobile-only challenger bank, recently raised £1 million ($1.4 million) from individual investors via crowdfunding platform Crowdcube in what is being called the fastest equity raise ever.", ("Mondo", None, 1e6, "GBP"), BI),
("1,861 people invested an average of £542 ($763) each. Investors were limited to £1,000 ($1,408) per person.", None, BI),
("Earlier this week, Script Rock, a business software firm based in Australia, has raised a total of A$1.2million in a seed funding round led by Facebook board member, PayPal co-founder and technology startup investor Peter Thiel.", ("Script Rock", "seed", 1.2e6, "AUD"), E27),
("A month ago, telco giant Optus and SingTel Innov8 came together and launched a joint seed funding program called the Optus Innov8 Seed Program.", None, E27),
("Surge in Mega Deals Masks Struggles for Australian Early-Stage Startups\nAustralian startups enjoyed a banner second quarter in 2024, according to a new report by Cut Through Venture. The data revealed a total of $1.5 billion raised across 99 deals, marking the strongest performance in 18 months.", None, AU),
("During the month of April Australian startups announced they had collectively raised $498m from 40 private rounds.", None, TB),
("Australian startups starved of cash despite big potential returns\n[SINGAPORE] Australian startups lag far behind the US and China in funding raised despite the country's historical effectiveness at creating unicorns.", None, D8),
("In a bid to partner with the world’s best companies to improve their services, SWIFT are offering investment of €200,000 to the two winning companies of their ‘Industry Challenge’.", None, AW),
]
emit(rows, "batchA.jsonl")
print(len(rows), sum(1 for r in rows if r[1]), sum(1 for r in rows if not r[1]))
