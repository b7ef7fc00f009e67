import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkbatch import emit
CN = "http://www.cnbc.com/2018/06/01/google-and-amazon-back-ctrl-labs-sensetime-raises-620-million.html (CNBC top VC deals, 2018: title; key-point bullets; paragraphs' first sentences)"
GV = "https://globalventuringreview.com/page/16/ (corporate-venturing news list, 2017: item headlines and first sentences)"
NL = "https://newsletterest.com/message/151653/Yahoo-layoffs-Chinese-spy-balloons-and-Ford-ditches-most-of-its-Rivian-shares (copy of a TechCrunch newsletter: first sentences)"
CL = "https://news.clateway.com/the-10-biggest-rounds-of-may-xai-and-coreweave-lead-big-month-for-ai-30673.html (monthly biggest-rounds list: numbered item leads; sentences)"
TC = "https://gsmcompare.netlify.app/host-https-techcrunch.com/2019/12/30/the-five-biggest-rounds-in-tech-in-2019-and-what-they-mean (copy of a TechCrunch feature: headline; a sentence)"
rows = [
("Top VC deals: Google and Amazon both backed CTRL Labs, and Chinese AI firm SenseTime raised $620 million", None, CN),
("SenseTime, the Chinese A.I. start-up, raised $620 million not even two months after closing a $600 million round.", ("SenseTime", None, 620e6, "USD"), CN),
("CTRL-labs raised $28 million for wearable tech that would allow people to mentally control computers or other devices.", ("CTRL-labs", None, 28e6, "USD"), CN),
("Here's a round-up of the most important deals in venture capital from the past week.", None, CN),
("Chinese artificial intelligence company SenseTime said Thursday that it raised $620 million in fresh funds from prominent investors including Fidelity International, Hopu Capital, Silver Lake and Tiger Global.", ("SenseTime", None, 620e6, "USD"), CN),
("Alibaba and Tencent, China's biggest tech companies, have both invested in a $300 million, series D round of funding in a shopping app called Xiaohongshu, which means \"Little Red Book\" in English.", ("Xiaohongshu", "series_d", 300e6, "USD"), CN),
("A ride-hailing company called Taxify raised $175 million and notched a $1 billion valuation, the company revealed on Wednesday", ("Taxify", None, 175e6, "USD"), CN),
("Toyota’s research division, Toyota Research Institute, has launched a dedicated corporate venturing fund called Toyota AI Ventures that will invest in artificial intelligence as well as robotics, autonomous mobility, data and cloud technology.", None, GV),
("Partech Ventures, a US-headquartered venture firm with a significant presence in Europe,has closed its seventh VC-stage fund, Partech International Ventures VII, at $455m.", None, GV),
("Global Brain heads for $180m close", None, GV),
("Ground transport-focused venture firm Autotech Ventures, which had already revealed commitments from BorgWarner and Autoliv to its first fund, has now closed it at $120m.", None, GV),
("Hong Kong to launch matched venture fund", None, GV),
("Set-top box producer Roku has hired underwriters for an IPO that could value it at up to $1bn, according to the Wall Street Journal.", None, GV),
("Symantec finds Skycure in $250m acquisition", None, GV),
("Baidu catches Kitt.AI", None, GV),
("SBI Life prepares $1bn IPO", None, GV),
("Uber’s on-demand ride and food ordering operations in 21 cities across four countries in Eastern Europe will be merged with Yandex Taxi, a subsidiary of Russian internet company Yandex, in a deal that will create a $3.7bn company, of which Uber will own 36%.", None, GV),
("Co-working space provider WeWork has raised $760m in a series G round that reportedly increased its valuation to $20bn.", ("WeWork", "series_g", 760e6, "USD"), GV),
("Artificial intelligence technology provider SenseTime has completed a $410m series B round featuring Dalian Wanda that reportedly valued it at more than $1.5bn.", ("SenseTime", "series_b", 410e6, "USD"), GV),
("Samsung Next embarks on European trip", None, GV),
("Ford Motor Company has sold a majority of its Rivian shares, according to regulatory filings.", None, NL),
("Redwood Materials, the nearly six-year-old, Carson City, Nev.-based battery materials and recycling startup founded by former Tesla CTO and cofounder JB Straubel, has secured a conditional commitment for a $2 billion loan from the Department of Energy", None, NL),
("Its latest moves come a week after Ford reported a $7.3 billion write-down on its Rivian investment last year.", None, NL),
("1. xAI, $6B, artificial intelligence: Elon Musk’s generative AI startup, xAI, officially announced its long-awaited fundraise — making it the second-most-valuable generative AI company in the world behind only competitor OpenAI.", ("xAI", None, 6e9, "USD"), CL),
("2. CoreWeave, $1.1B, artificial intelligence: Another big AI-related funding round.", ("CoreWeave", None, 1.1e9, "USD"), CL),
("This is a monthly feature that runs down the month’s top 10 funding rounds in the U.S.", None, CL),
("May was a big month to raise, well, really big. Four rounds hit $1 billion or more and companies needed to raise at least $200 million to make this list.", None, CL),
("The $6 billion round included investment from the likes of Valor Equity Partners, Andreessen Horowitz, Sequoia Capital and Fidelity Management & Research, among others.", None, CL),
("The five biggest rounds in tech in 2019 and what they mean", None, TC),
("Asian companies figure massive in the list, and account for 7 of the 10 biggest rounds in the list.", None, TC),
]
emit(rows, "batchG.jsonl")
print(len(rows), sum(1 for r in rows if r[1]), sum(1 for r in rows if not r[1]))
