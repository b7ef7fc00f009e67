import json, sys
P = "stored web page {}; text (c) its publisher, quoted for evaluation; labelled by hand"
def A(p, t, c): return {"person": p, "title": t, "company": c}
CD1 = P.format("https://www.coindesk.com/bitmex-exchange-hires-compliance-chief-after-us-charges")
DC = P.format("https://doctorchange.com/featured/bitmex-operator-hires-chief-compliance-officer-amid-us-criminal-charges")
CNP = P.format("https://cryptonewspipe.com/2020/10/13/bitmex-hires-new-chief-compliance-officer-after-money-laundry-charges/")
BD = P.format("https://bitcoindynamic.com/news/binance-steals-compliance-director-from-rival-exchange/")
CD2 = P.format("https://www.coindesk.com/binance-appoints-former-us-treasury-enforcer-to-anti-money-laundering-role")
CD3 = P.format("https://www.coindesk.com/binance-said-to-be-hiring-uk-version-of-brian-brooks")
CG = P.format("https://coingeek.com/bitmex-hires-malcom-wright-as-chief-compliance-officer-following-us-criminal-charges")
EMT = P.format("https://enrollmytraining.com/infosys-to-hire-for-coo-role-from-within-the-organisation/")
DM = P.format("https://dmnews.com/wipro-elevates-ranjita-ghosh-as-cmo")
LM = P.format("https://www.livemint.com/industry/infotech/wipro-gets-amit-choudhary-for-revived-coo-rank/amp-11666203322111.html")
ITN = P.format("https://indiatechnologynews.in/wipro-appoints-tcs-dave-chopra-as-vp-of-global-infrastructure-business")
RE = P.format("https://www.rediff.com/tags/anand-sankaran")
IFN = P.format("https://indiafinancenews.com/wipros-new-ceo-can-foreign-executives-succeed-at-indian-it-firms-moneycontrol/")
NW = P.format("https://www.newswould.com/bussiness/infosys-wipro-coos-to-retire-this-year-after-long-innings/")
RF = P.format("https://m.rediff.com/amp/sports/report/former-banker-woodward-takes-top-role-manchester-united-epl/20130220.htm")
CDE = P.format("https://cde.news/chelsea-appoint-glick-as-president-of-business/")
CU = P.format("https://carlisleunited.co.uk/news/2013/june/fl-league-to-appoint-chief-exec")
KO = P.format("https://premium.kentonline.co.uk/kent/sport/gills-appoint-new-chief-executiv-a36885")
RS = P.format("https://ripplesmith.com/google-talent-departs-for-unicorn-herd/")
AT = P.format("https://www.accountingtoday.com/news/whos-succeeding-you")
CT = P.format("http://www.ctcpas.org/uniflip/MJ2016/html/10.html")
rows = [
 ("BitMEX, the cryptocurrency derivatives exchange recently charged by U.S. authorities, has hired an industry veteran to lead its compliance efforts going forward.", None, CD1),
 ("In a blog post Monday, the exchange's operator 100x announced that Malcolm Wright will come aboard as chief compliance officer for the group.", A("Malcolm Wright", "chief compliance officer", ["100x", "100x Group"]), CD1),
 ("Khoo replaced former CEO Arthur Hayes last week amid the fallout from the legal issues that hit the company on Oct. 1.", None, CD1),
 ("BitMEX hires new Chief Compliance Officer after money laundry charges\nBitMEX Exchange has announced the appointment of Malcolm Wright as the new Chief Compliance Officer.", A("Malcolm Wright", "Chief Compliance Officer", ["BitMEX Exchange", "BitMEX"]), CNP),
 ("Binance, the world's largest cryptocurrency exchange, quietly hired the former global head of compliance at rival exchange Kraken a few months ago, according to a Friday (23rd) Twitter post by CEO Changpeng. CZ\u201d Zhao.", None, BD),
 ("Binance took another step in its efforts to assuage heightened regulatory scrutiny by naming a former U.S. Treasury enforcement investigator as its global money laundering reporting officer.", None, CD2),
 ("Greg Monahan joins the crypto exchange with 30 years' experience in government service, most of which he spent as a U.S. Treasury criminal investigator, Binance announced Wednesday.", None, CD2),
 ("Binance also said yesterday that it had approached former head of the Abu Dhabi Global Market Richard Teng to take charge of its business in Asia.", None, CD2),
 ("On Tuesday the firm said it named former California Department of Financial Protection and Innovation head Manuel Alvarez to the BinanceUS arm headed by Brooks.", None, CD3),
 ("BitMEX digital currency exchange now has a new chief compliance officer.", None, CG),
 ("Wipro has announced the appointment of a new Chief Technology Officer as part of its ongoing strategy to embrace innovative technologies and expand its global footprint.", None, DM),
 ("Wipro Appoints TCS' Dave Chopra as VP of Global Infrastructure Business\nBENGALURU: Months after it poached Tata Consultancy Services veteran Abid Ali Neemuchwala as its operations chief, Wipro has roped in yet another top executive from TCS, Dave Chopra as Vice President of its key global infrastructure business.", A("Dave Chopra", "VP of Global Infrastructure Business", "Wipro"), ITN),
 ("In a top level reshuffle, software services major Wipro on Thursday appointed Soumitro Ghosh as head of Wipro Infotech replacing Senior VP and Business Head of Global Infrastructure Services Anand Sankaran, who quit the company hours before the rejig was announced.", A("Soumitro Ghosh", "head", ["Wipro Infotech", "Wipro"]), RE),
 ("In a massive top-level reshuffle last week, Wipro, India's third-largest IT services firm, announced the exit of Anand Sankaran who was handling a major chunk of the company's overall business.", None, RE),
 ("Last year, Cognizant, which has majority Indian workforce, appointed former Vodafone executive Brian Humphries as the CEO.", None, IFN),
 ("Neemuchwala had joined the company in April 2015 as the COO and was elevated to the position of CEO in 2016.", None, IFN),
 ("Infosys, Wipro COOs to retire this year after long innings\nBENGALURU: Infosys' and Wipro's chief operating officers \u2013 UB Pravin Rao and Bhanumurthy BM \u2013 will both, coincidentally, retire this year.", None, NW),
 ("Chelsea have appointed Tom Glick as their president of business, the Premier League club said on Monday.", A("Tom Glick", "president of business", ["Chelsea", "Chelsea FC"]), CDE),
 ("Glick was president of NFL franchise Carolina Panthers until February.", None, CDE),
 ("On Monday, Re/code reported that Neal Mohan, Google's VP for display and video advertising, is leaving for the top product job at Dropbox.", None, RS),
 ("More recently, Uber claimed Tom Fallows, who had led Google's same-day delivery service, in November, followed by communication and policy chief Rachel Whetstone.", None, RS),
 ("Seattle-based Moss Adams, the 10th largest accounting firm in the United States, named Rick Anderson to succeed Robert Bunting as chief executive in June \u2014 the firm's first new CEO in 23 years.", A("Rick Anderson", "chief executive", "Moss Adams"), AT),
 ("Anderson joined Moss Adams in 1973 and rose through the ranks to become the firm's president and chief operating officer, and now its chief executive \u2014 a prime example of succession planning.", None, AT),
 ("On January 1, 2016, Joseph Kask took over as the fourth managing partner of BlumShapiro, the largest locally based firm in New England, with more than 400 people in six offices across three states billing $72 million annually.", A("Joseph Kask", "managing partner", "BlumShapiro"), CT),
]
with open(sys.argv[1], "w") as f:
    for text, exp, src in rows:
        f.write(json.dumps({"text": text, "expected": exp, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
print(len(rows), sum(1 for r in rows if r[1]))
# Left out after dupcheck (an item of the page is already in the sets): Livemint on Wipro's COO (test), the Football
# League release (test), KentOnline on Gillingham (test), doctorchange on BitMEX (dev), enrollmytraining on Infosys
# (dev), Rediff on Manchester United (dev). No rule was written for any of their items.
