import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkbatch import emit
SR = "https://www.siliconrepublic.com/start-ups/crowdstrike-levelup-appear-here-capsule-funding (weekly funding column, 2017: sentences; section heading + paragraph)"
DT = "http://www.digitaltransactions.net/as-hackers-press-their-attack-cybersecurity-funding-tails-off/ (headline + first paragraph; a sentence)"
IM = "https://infosecurity-magazine.com/news/2018-proved-highest-funding-year (a sentence)"
CW = "https://computerweekly.com/news/252485823/Security-funding-soars-despite-Covid-19-slump-but-problems-lie-ahead (headline + dek; a sentence)"
HY = "https://hyetechminds.com/2021/04/18/startup-monday-issue-10-news-to-follow-this-week-in-the-global-startup-ecosystem-issue-36-19-april-2021/ (startup newsletter: sentences)"
DS = "https://www.dealstreetasia.com/stories/dugar-finance-powerup-money-467551 (deal roundup: subheading + first paragraph)"
BS = "https://business-standard.com/article/finance/developing-world-markets-invests-rs-50-crore-in-microfinance-firm-110051900018_1.html (first sentences)"
LT = "https://lawtechdaily.com/jun-30-2023/ (legal-tech briefing: sentences)"
ZX = "https://zonixai.com/?p=1138 (legal-tech funding explainer: list items and a sentence)"
LG = "https://blog.lawgeex.com/5-things-in-legaltech-the-elon-musk-of-legal (a sentence)"
BN = "https://bisnow.com/national/news/proptech/from-boom-to-bust-how-2023-became-proptechs-most-turbulent-year-122169 (headline + dek; sentences)"
CT = "https://www.cretech.com/news/proptech-bubble-deflates-as-startups-swallow-lower-valuations/ (headline + first sentence)"
BI = "https://www.businessinsider.sg/top-business-stories-this-week-adam-neumann-hbo-max-2019-11/ (a sentence)"
TB = "https://turtlebayventures.com/2019/09/proptech-venture-capital-commitments-double-year-over-year-in-2019/ (sentences)"
RD = "https://therealdeal.com/2020/07/27/raising-covid-cash-how-proptech-firms-struck-deals-in-lockdown/ (a sentence)"
GB = "https://www.globest.com/2022/03/11/vc-money-continues-to-pour-into-proptech-investments/?amp=1 (headline + dek)"
rows = [
("Several start-ups enjoyed successful funding rounds this week, with Russian hacks seeing cybersecurity interest at its highest point in a long time.", None, SR),
("Among its companies, Symantec added $750m to its market cap in less than a week.", None, SR),
("For example, CrowdStrike has revealed that it raised $100m in recent days, with its valuation nearing $1bn and its total funds raised to more than $250m.", ("CrowdStrike", None, 100e6, "USD"), SR),
("LevelUp levels up\nElsewhere, US fintech start-up LevelUp raised $50m from the likes of JPMorgan Chase and US Boston Capital, with its total funding now at $85m.", ("LevelUp", None, 50e6, "USD"), SR),
("As Hackers Press Their Attack, Cybersecurity Funding Tails off\nEven though the payments industry is undergoing an unprecedented attack by fraudsters, funding of cybersecurity startups by top investors will drop somewhat this year compared to 2015, according to the latest data from CBInsights, a New York City-based firm that tracks venture-capital investment.", None, DT),
("While the top investment firms plowed $517 million into the industry on 37 deals in 2013, they did 59 deals the following year, good for $1.17 billion, more than doubling their 2013 funding level.", None, DT),
("Though last year saw $5.3 billion in cybersecurity global ventures, Strategic Cyber Ventures called this an unsustainable investment rate.", None, IM),
("Security funding soars despite Covid-19 slump, but problems lie ahead\nThe overall cyber security funding ecosystem in the UK is healthier than ever despite Covid-19, but the figures mask stark and concerning disparities in where the money is going", None, CW),
("Almost £500m has been invested in British cyber security startups in 2020 in spite of the economic slump caused by the Covid-19 coronavirus pandemic, with the investment well on track to breaking the funding record of £521m set just last year.", None, CW),
("Interesting development happening in regard Clubhouse. Along with new offers for users, the audio-only app Clubhouse is having a successful fundraising round", None, HY),
("On top of this, it is reportedly being valued at $4 billion in a fresh round led by venture-capital firm Andreessen Horowitz.", None, HY),
("Despite a challenging year in the cannabis industry, venture investors poured over $2.3 billion into cannabis startups in 2019, up from $1.5 billion in 2018.", None, HY),
("Today, Wickramasekara joins the ranks of unicorn founders as Benchling hits a $4 billion valuation.", None, HY),
("Symbiotics leads $18m debt round in Dugar Finance\nDugar Finance & Investments Limited, an impact-led secured MSME lender, has raised $18 million (about Rs 160 crore) in debt funding led by Swiss-based impact investor Symbiotics, per an announcement.", (["Dugar Finance", "Dugar Finance & Investments", "Dugar Finance & Investments Limited"], "venture_debt", 18e6, "USD"), DS),
("PowerUp Money raises $12m led by Peak XV\nPowerUp Money, a mutual fund advisory wealthtech platform headquartered in Bengaluru, has raised up to $12 million in a Series A funding round led by Peak XV Partners, the company said.", ("PowerUp Money", "series_a", 12e6, "USD"), DS),
("Chennai-based microfinance company SMILE Microfinance Ltd (SMILE) has raised around $10 million (around Rs 50 crore) from equity funds managed by Developing World Markets (DWM), a US-based social investment fund manager.", (["SMILE Microfinance", "SMILE Microfinance Ltd", "SMILE"], None, 10e6, "USD"), BS),
("Presently, SMILE has a total equity of around Rs 60 crore, including promoters’ Rs 10 crore.", None, BS),
("Meanwhile, LexisNexis has introduced an AI tool called Agreement Analysis, which simplifies transactional agreements, and DraftWise has successfully secured five million dollars in funding to enhance its AI platform for contract drafting.", ("DraftWise", None, 5e6, "USD"), LT),
("We covered the Thompson Reuters x Casetext acquisition earlier this week - you can find an in-depth analysis here.", None, LT),
("Harvey.ai – $200 million funding round led by Sequoia Capital and OpenAI.", ("Harvey.ai", None, 200e6, "USD"), ZX),
("Casetext – acquired by Thomson Reuters for $650 million.", None, ZX),
("Spellbook (Canada) – $25 million raised to integrate AI drafting tools directly into Microsoft Word.", ("Spellbook", None, 25e6, "USD"), ZX),
("Over the past two years, venture capital firms and tech giants have poured more than $750 million into AI tools for lawyers, betting that machine learning will soon become as essential to law firms as casebooks and paralegals.", None, ZX),
("The interview comes after Browder secured $1.1 in funding from top VCs Andreessen Horowitz, Greylock Partners, and lawyers from Wilson Sonsini.", None, LG),
("With Funding Down 42%, Proptech Startups Struggle To Hang On\nThe once-booming proptech sector needs a lifeline to keep it going.", None, BN),
("This year, the proptech sector raised $11.4B in venture capital funding, a 42% drop from the $19.75B invested last year and well below 2021's $32B, according to the Center for Real Estate Technology & Innovation.", None, BN),
("Since Northspyre's Series B, its latest round of funding, closed in early 2022, he has been able to extend the runway of his company's investment by spending sparingly.", None, BN),
("More than 3,000 private venture-backed U.S. companies have closed their doors this year, according to PitchBook data reported by The New York Times.", None, BN),
("Proptech Bubble Deflates As Startups Swallow Lower Valuations\nAfter years of exuberant dealmaking, the proptech industry is facing a reckoning.", None, CT),
("As Alex Nicoll reports, venture funds have poured $24.6 billion into proptech so far this year – and there’s likely more to come.", None, BI),
("The single largest deal in August was $400 million raised by Knotel, a provider of co-work space.", ("Knotel", None, 400e6, "USD"), TB),
("In related news, WeWork, the mother of all PropTech unicorns (and another big hard-asset real estate play), which lost $2.9 billion last year, is now targeting an IPO at about half its valuation of just a couple months ago.", None, TB),
("According to their accounting, the total PropTech VC volume through August has hit $2.6 billion.", None, TB),
("John Berkowitz, CEO of Austin-based OJO Labs, said travel restrictions complicated his efforts to raise $62.5 million and simultaneously negotiate a deal to buy Movoto, a residential listings website.", None, RD),
("VC Money Continues to Pour into Proptech Investments\nIt’s a race to fund the eventual winners, but that could mean a lot of green going down the tubes.", None, GB),
]
emit(rows, "batchE.jsonl")
print(len(rows), sum(1 for r in rows if r[1]), sum(1 for r in rows if not r[1]))
