import json
GNW = "github:black-belt-badger/vertx-demo@b159541547348aeadd85bea0557c9952313d8c03:dhall/output/news_merger.dhall (Finnhub M&A news feed, 2025-07-28: GlobeNewswire/BusinessWire/Seeking Alpha headline + summary); text (c) its publishers, quoted for evaluation; labelled by hand"
def ev(path, commit=None): return f"github:everyday-cc/ai:{path} (feed item: title + excerpt of a wire release); text (c) its publisher, quoted for evaluation; labelled by hand"
def pg(url): return f"{url}; text (c) its publisher, quoted for evaluation; labelled by hand"
items = [
 ("Questerre announces definitive agreement to acquire 100% of PX Energy", None, GNW),
 ("QCI Announces Acquisition of VizExplorer, Establishes Itself as A Data Activation Powerhouse and Fuels Growth with Expanded Product Suite\nLAS VEGAS, July  28, 2025  (GLOBE NEWSWIRE) -- Quick Custom Intelligence (QCI) is proud to announce its new status as a powerhouse in the casino and resort data activation world, following a strategic acquisition of VizExplorer and sustained global expansion.", None, GNW),
 ("Baker Hughes nears $13.6B deal to buy Chart Industries, displacing Flowserve - FT", None, GNW),
 ("Olo received $13/share cash and stock offer after Thoma Bravo deal - proxy", None, GNW),
 ("Comerica gains as holder pushes for sale process", None, GNW),
 ("Mandalay Shareholders Overwhelmingly Approve Transaction with Alkane Resources", None, GNW),
 ("UES Expands into Indiana with Acquisition of GME Testing\nUES has acquired GME Testing, a geotechnical engineering, construction materials testing, and foundation inspections and testing firm in Ft. Wayne, IN.", None, GNW),
 ("Transom Capital Completes Acquisition of SigmaTron International\nLOS ANGELES and ELK GROVE VILLAGE, Ill., July  28, 2025  (GLOBE NEWSWIRE) -- Transom Capital Group (“Transom”), an operationally focused middle-market private equity firm, and SigmaTron International, Inc. (formerly NASDAQ: SGMA) (“SigmaTron” or the “Company”), a global electronic manufacturing services (EMS) provider, today announced the successful completion of Transom’s previously announced acquisition of SigmaTron.", None, GNW),
 ("Inception Growth Acquisition Limited Announces Adjournment of the Special Meeting to August 8, 2025 and Extension of Redemption Deadline", None, GNW),
 ("McEwen to buy Canadian Gold in all-stock deal at C$0.35/share", None, GNW),
 ("Oriental Rise Holding Limited Signs Non-Binding Letter of Intent to Acquire Daohe and Minji", None, GNW),
 ("Orion Properties board rejects Kawa Capital's revised proposal", None, GNW),
 ("E.U. launches probe into Adnoc's $13.7B Covestro acquisition over subsidies", None, GNW),
 ("Canada-based iA Financial to acquire RF Capital for $597M", None, GNW),
 ("AMG and Montefiore Investment Announce Partnership\nWEST PALM BEACH, Fla. and PARIS, July  28, 2025  (GLOBE NEWSWIRE) -- AMG, a strategic partner to leading independent investment management firms globally, today announced that it has entered into a definitive agreement to acquire a minority equity interest in Montefiore Investment (“Montefiore”), a leading middle-market private equity firm in France and southern Europe.", None, GNW),
 ("Nice to acquire Cognigy in deal valued at $955M", None, GNW),
 ("Cheetah Mobile to take controlling interest in UFACTORY", None, GNW),
 ("Bavarian Nordic agrees to $2.99B takeover by Permira and Nordic Capital", None, GNW),
 ("Dimensional Fund Advisors Ltd. : Form 8.3 - UNITE GROUP PLC/THE - Ordinary Shares", None, GNW),
 ("CEROS FINANCIAL SERVICES ARRANGES $15 MILLION FINANCING FOR PRISTINE SURGICAL\nCeros Financial Services announced that Ceros Capital Markets, its investment banking division, has completed a $15 million Series D (Series A4) financing round for",
   {"company": "Pristine Surgical", "round": "series_d", "amount": 15000000, "currency": "USD"}, ev("_news/2022-03-02-ceros-financial-services-arranges-15-million-financing-for-pristine-surgical.md")),
 ("Provus Inc. Announces $12 Million Series A To Enhance AI-Powered Services Quoting Solution And Expand Team\nProvus Inc., provider of an automated services quoting solution, today announced it has raised $12 million in Series A funding. Norwest Venture Partners led the round with returning participation from angel investors Accel Partners and Storm Ventures,",
   {"company": ["Provus Inc.", "Provus"], "round": "series_a", "amount": 12000000, "currency": "USD"}, ev("_archive/_news/2022-07-13-provus-inc-announces-12-million-series-a-to-enhance-ai-powered-services-quoting-solution-and-expand-team.md")),
 ("On December 8, Blue Current, an American company specializing in the production of silicon elastic composite solid - state batteries, made the announcement that it had successfully closed a Series D funding round, raising more than $80 million.",
   {"company": "Blue Current", "round": "series_d", "amount": 80000000, "currency": "USD"}, pg("https://www.c114pro.com/chipnews/131766.html")),
 ("The folks at Fitbit have managed to snag a fairly large round of funding. The company scored about $43 million, with the largest contributor being Softbank Capital.",
   {"company": "Fitbit", "round": None, "amount": 43000000, "currency": "USD"}, pg("https://crunchwear.com/fitbit-raises-millions/")),
 ("Fitbit Raises Millions", None, pg("https://crunchwear.com/fitbit-raises-millions/")),
]
with open("scratch/fund4_b2.jsonl","w") as f:
    for t,e,s in items: f.write(json.dumps({"text":t,"expected":e,"part":"dev","source":s}, ensure_ascii=False)+"\n")
with open("scratch/fund4_b2_appointments.jsonl","w") as f:
    for t,e,s in items: f.write(json.dumps({"text":t,"expected":None,"part":"dev","source":s}, ensure_ascii=False)+"\n")
print(len(items), sum(1 for i in items if i[1]))
