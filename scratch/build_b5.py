"""Batch 5 (round 4, fund helper): AI-news feed items (extensions, investor-led, corporate
investments, layoffs) and Canadian startup newsletters; labelled before any rule for them."""
import json, sys
def P(url, what):
    return f"stored web page {url} ({what}); text (c) its publisher, quoted for evaluation"
def E(path):
    return f"everyday-cc/ai:{path} (captured news feed: title + excerpt, related items); text (c) its publisher, quoted for evaluation"
def F(c, r=None, a=None, cur=None):
    return {"company": c, "round": r, "amount": a, "currency": cur}
N = None
AX = E("_news/2023-05-23-axelera-ai-extends-series-a-funding-round-to-50m.md")
KO = E("_news/2021-11-23-koreai-extends-its-financing-to-735-million.md")
DG = E("_news/2023-10-12-ai-startup-lays-off-workers-again-in-fresh-sign-of-sector-belt-tightening.md")
MS1 = E("_news/2023-01-23-microsoft-invests-billions-more-into-ai-which-it-believes-could-be-as-big-as-the-internet.md")
MS2 = E("_news/2023-01-24-why-is-microsoft-putting-billions-of-dollars-into-an-artificial-intelligence-chatbot.md")
MS3 = E("_news/2023-01-24-microsoft-to-invest-billions-in-maker-of-viral-ai-chatgpt.md")
DU = E("_news/2023-06-29-sequoia-capital-partners-with-ai-startup-dust-to-bolster-generative-ai-initiatives.md")
SG = E("_news/2022-09-15-ai-startup-sigmoid-raises-12-million-from-sequoia-capital.md")
BS = E("_news/2023-06-22-benchmark-sequoia-back-ex-salesforce-ceos-ai-startup.md")
BK = P("https://betakit.com/canadian-startup-news-of-the-week-5-14-23", "BetaKit startup stories of the week, 2023-05")
items = [
 (AX, "Axelera AI extends Series A funding round to $50M\nAxelera AI is a Netherlands-based startup that was founded in 2021. It’s developing a specialized computer chip that’s optimized to run AI software at the network edge, or outside data centers. It says its silicon will be highly sought after for use in training connected devices such as industrial robots and internet of things systems.", F("Axelera AI", "series_a", 50e6, "USD")),
 (AX, "Thoro.ai raises $7 million Series A funding round\nA startup making robotics-based autonomy stacks for industrial equipment manufacturers has closed on a $7 million funding round, bringing its total outside investment amount to just over $11 million to date. Thoro.ai, a company Carnegie Robotics spun out ...", F("Thoro.ai", "series_a", 7e6, "USD")),
 (KO, "Kore.ai Extends Its Financing to $73.5 Million\nKore.ai, a top conversational AI software company, today announced that it has extended its Series C funding round with participation", F("Kore.ai", "series_c", 73.5e6, "USD")),
 (KO, "Jina AI Raises $30 Million to Scale Open-Source Neural Search Ecosystem\nJina AI, an open-source neural search company, today announced $30 million in Series A financing. Canaan Partners led the round with participation from new investors including Mango Capital, as well as existing partners GGV Capital,", F("Jina AI", "series_a", 30e6, "USD")),
 (KO, "Jina.ai raises $30M for its for its neural search platform\nBerlin-based Jina.ai, an open-source startup that uses neural search to help its users find information in their unstructured data (including videos and images), today announced that it has raised a $30 million Series A funding round led by Canaan Partners.", F("Jina.ai", "series_a", 30e6, "USD")),
 (DG, "AI Startup Lays Off Workers Again in Fresh Sign of Sector Belt-Tightening\nDeepgram, an artificial intelligence startup selling speech recognition software that generates transcripts, has cut around 20% of staff, or around 20 people, CEO Scott Stephenson said. It was at least the second time this year the San Francisco startup has laid off workers,", N),
 (DG, "Millions of Workers Are Training AI Models for Pennies\nHer friend told her about Appen, an Australian data services company that was looking for crowdsourced workers to tag training data for artificial intelligence algorithms ... Appen’s clients have included Amazon, Facebook, Google, and Microsoft, and ...", N),
 (E("_archive/_news/2023-06-14-is-ai-the-cause-of-job-cuts-this-year.md"), "Is AI The Cause Of Job Cuts This Year?\nIndeed, according to Crunchbase data, funding to AI startups made up about 10% of global startup funding. Venture’s dramatic shift in funding priorities has rocked every industry from the art world to health care.", N),
 (E("_archive/_news/2023-01-11-booming-ai-under-the-knife-tech-layoffs-slay-20-of-popular-startups-workforce.md"), "Booming AI under the knife: Tech layoffs slay 20% of popular startup's workforce\nThe recent announcement of Scale AI layoffs has served as a reminder that even the most promising startups and IT giants are not immune to the problems of the collapsing tech market.", N),
 (P("https://betakit.com/ecosystem-insiders-on-what-canadian-tech-should-expect-in-2024", "BetaKit newsletter, 2024-01"), "$135M CAD FOR WOMEN, CHILDREN-FOCUSED HEALTHTECH FUND\nToronto-based Cross-Border Impact Ventures (CBIV) has closed its first fund, securing over $90 million USD ($135 million CAD) in total commitments.", N),
 (BK, "FLOAT LAUNCHES NEW CORPORATE CARD AS IT EXPERIENCES GROWTH IN ECONOMIC DOWNTURN\nThe second version of the corporate card comes two years after Float first launched, and follows a 4x increase in its revenue.", N),
 (BK, "BC VENTURE DEAL VOLUME REACHED A THREE-YEAR LOW IN FIRST QUARTER OF 2023\nAccording to briefed.in's latest report, in the first quarter of 2021, startups in BC raised a total of $95.1 million through nine deals.", N),
 (BK, "ONEELEVEN HEAD MATTHEW LOMBARDI STEPPING DOWN\nThe search for OneEleven’s next leader has begun. Angelo Casanas, OneEleven’s programming director, will assume Lombardi’s leadership duties on an interim basis.", N),
 (BK, "ATTABOTICS SUES CANADIAN TIRE OVER WAREHOUSE FIRE\nAttabotics alleges that as a result of Canadian Tire’s “alleged evasiveness and obstruction,” it has suffered and continues to suffer damages for which Canadian Tire is liable.", N),
 (P("https://betakit.com/?p=382310", "BetaKit newsletter"), "On that front, my old boss Jim Balsillie thinks Canada does itself more harm than good, so he’s committed $10 million CAD to a new policy think tank.", N),
 (P("https://betakit.com/is-bc-tech-lethargic-or-on-fire/", "BetaKit newsletter, 2024-10-01"), "Clio just raised the largest software funding round in Canadian tech history on the back of $200 million USD in ARR, international expansion, and smart forays into FinTech and AI.", F("Clio")),
 (MS1, "Microsoft Invests Billions More Into AI, Which It Believes Could Be As Big As The Internet\nMicrosoft believes AI could be a \"transformative\" technology that could make an impact as big as the PC, the internet, and mobile devices.", N),
 (MS1, "Seamless Checkout, AI, Robotics News From Microsoft, Google, Brain Corp And More At NRF 2023\nVice President and Principal Analyst Melody Brue looks at some of the companies and products showcased at NRF 2023 that maximize the three pillars of an excellent shopping experience.", N),
 (MS2, "Why is Microsoft putting billions of dollars into an Artificial Intelligence chatbot?\nMicrosoft has announced a multi-year, multibillion dollar investment in artificial intelligence (AI) as it extends its partnership with OpenAI.", N),
 (MS2, "Microsoft says cloud demand waning, plans to infuse AI into products\nCloud revenue growth has been slowing quarter-on-quarter for the Windows maker, which expects the growth to continue to decline through the year.", N),
 (MS3, "Microsoft to invest billions in maker of viral AI ChatGPT\nMicrosoft says it is making a “multiyear, multibillion dollar investment” in the artificial intelligence startup OpenAI, maker of ChatGPT and other tools that can write readable text and generate new images.", N),
 (DU, "Sequoia Capital Partners with AI Startup Dust to Bolster Generative AI Initiatives\nSequoia Capital recently announced that it is going to partner with France based AI Startup Dust. “We at Sequoia were thrilled to lead their seed round and become their partners”, the company said in their blog post on the website.", F("Dust", "seed")),
 (DU, "Big Tech corporate venture capital 🤝 generative AI startups\nAs the race to build generative AI tools for the enterprise devolves into a battle royale, Big Tech is busy wielding its most powerful weapon: checkbooks.", N),
 (SG, "AI startup Sigmoid raises $12 million from Sequoia Capital\nAI solutions provider Sigmoid has raised $12 million funding from Sequoia Capital India today. With the current round being a mix of primary and secondary funding, Sequoia has invested $19.3 million in Sigmoid till date.", F("Sigmoid", None, 12e6, "USD")),
 (SG, "Rephrase.ai Raises $10.6 Million In Series A Funding\nThis fund raised will allow the company to enhance its capabilities by integrating product experiences, scaling hiring across the business, including within the engineering, AI, product, sales, and marketing teams,", F("Rephrase.ai", "series_a", 10.6e6, "USD")),
 (SG, "AI startup Rephrase.ai raises $10.6 mn in Series A funding round\nArtificial Intelligence startup Rephrase.ai, backed by Lightspeed Ventures, has raised $10.6 million in its Series A funding round. The round was led by Red Ventures and saw participation from Silver Lake and 8VC Ventures,", F("Rephrase.ai", "series_a", 10.6e6, "USD")),
 (SG, "Winn.AI Goes Out Of Stealth and secures $17 Million Seed Funding for Real-Time AI Sales Assistant\nThe real-time AI assistant is touted to help sales teams save time on busywork and win more deals.  August 27, 2022 –  Israeli sales tech start-up, Winn.AI, announced that it has raised $17 million in seed funding from global software investor Insight P", F("Winn.AI", "seed", 17e6, "USD")),
 (BS, "Benchmark, Sequoia Back Ex-Salesforce CEO’s AI Startup\nBenchmark has led the first round of funding for a three-month-old artificial intelligence startup founded by former Salesforce co-CEO Bret Taylor and ex-Google executive Clay Bavor at a valuation of over $100 million,", N),
 (BS, "Boost agent productivity with Salesforce integration for Live Call Analytics\nAs a contact center agent, would you rather focus on having productive customer conversations or get distracted by having to look up customer information and knowledge articles that could exist in various systems?", N),
]
out_f, out_a = sys.argv[1], sys.argv[2]
with open(out_f, "w") as f, open(out_a, "w") as g:
    for src, text, fund in items:
        f.write(json.dumps({"text": text, "expected": fund, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
        g.write(json.dumps({"text": text, "expected": None, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
print(len(items), "items;", sum(1 for i in items if i[2]), "rounds")
