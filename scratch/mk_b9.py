import json, sys
P = "stored web page {}; text (c) its publisher, quoted for evaluation; labelled by hand"
def A(p, t, c): return {"person": p, "title": t, "company": c}
GMR = P.format("http://in.reuters.com/article/gm-plantexec-idINL2N0ET0J420130617")
CR = P.format("https://www.crainsdetroit.com/automotive/gm-names-new-north-america-president-promotes-product-execs")
PE = P.format("https://www.plantengineering.com/articles/gm-puts-an-engineer-in-charge-of-north-america-2/")
MN = P.format("https://www.manufacturing.net/automotive/news/13058904/gm-names-clarke-head-of-struggling-north-america-unit")
ML = P.format("http://www.mlive.com/auto/index.ssf/2018/02/ford_hires_lincoln_exec_to_rep.html")
EN = P.format("https://www.engins.org/external/shakers-who-moved/")
IN = P.format("https://www.internetnews.com/networking/the-ceo-shuffle-at-texas-instruments/")
SH = P.format("https://archive.shine.cn/business/it/SMICs-shakeup-ends-with-new-CEO/shdaily.shtml")
SD = P.format("https://sst.semiconductor-digest.com/2003/12/semiconductor-ceos-see-more-turnover-in-2003")
BOF = P.format("https://www.businessoffashion.com/articles/retail/target-names-nordstrom-exec-as-chief-merchandising-officer/")
ST = P.format("https://www.startribune.com/article/379783431")
JCP = P.format("http://in.reuters.com/article/jcpenney-idINL2E8ECCP720120312")
TS = P.format("https://www.thestar.com/business/2011/07/25/sears_canada_hires_former_limited_brands_executive_for_merchandising_role.html")
RD = P.format("https://retaildive.com/news/belk-hires-stein-mart-vet-as-chief-merchandising-officer/634987")
MSC = P.format("https://www.marketscreener.com/TARGET-CORPORATION-12291/news/Target-s-Chief-Merchant-Quits-to-Run-Bed-Bath-Beyond-29357660/")
SAL = P.format("https://www.salon.com/2012/01/03/sears_adds_ex_brookstone_ceo_to_head_merchandising_2/")
RW = P.format("https://retail-week.com/woolies-poaches-asda-boss-in-non-food-fight/103012.article")
rows = [
 ("GM names new North America president, shuffles product development exec\nMarissa West, General Motors' managing director and president of GM Canada, will be promoted to senior vice president and president of North America.", A("Marissa West", "senior vice president and president of North America", ["General Motors", "GM"]), CR),
 ("General Motors Co. on Wednesday named Marissa West, the head of its Canadian business, as president of North America and promoted several other executives to new roles as product development chief Doug Parks retires.", A("Marissa West", "president of North America", ["General Motors Co.", "General Motors"]), CR),
 ("Parks, GM's executive vice president of global product development, purchasing and supply chain, will retire after nearly 40 years with the Detroit-based automaker.", None, CR),
 ("Josh Tavel, 44, GM's global vice president of customer care and aftersales, will become senior vice president of energy storage and propulsion, R&D", A("Josh Tavel", "senior vice president of energy storage and propulsion", "GM"), CR),
 ("GM puts an engineer in charge of North America\nGeneral Motors has put an engineer in charge of its North American operations following a shake-up at the top of its organization in December.", None, PE),
 ("GM chairman Ed Whitacre named engineering chief Mark Reuss the new head of GM's North American operations in a video conference with GM employees.", A("Mark Reuss", "head of GM's North American operations", "GM"), PE),
 ("Reuss recently was named GM's head of engineering, and before that headed up the GM Holden operations in Australia.", None, PE),
 ("In October 2005, Reuss was appointed executive director of North America vehicle systems and architecture.", None, PE),
 ("GM Names Clarke Head Of Struggling North America Unit\nGeneral Motors Corp. (GM) Tuesday named Troy Clarke president of GM North America and GM group vice president, effective July 1.", A("Troy Clarke", "president", ["GM North America", "General Motors Corp.", "General Motors", "GM"]), MN),
 ("Clarke, 51, joined GM at the Pontiac division in 1973 and over the succeeding decade held several engineering and manufacturing assignments there.", None, MN),
 ("DEARBORN, MI - Ford has a new head of North America.", None, ML),
 ("Kumar Galhotra has been named group vice president and president, Ford North America, the Detroit automaker announced Thursday, Feb. 22.", A("Kumar Galhotra", "group vice president and president", ["Ford North America", "Ford"]), ML),
 ("Galhotra, 52, will replace Raj Nair, who Ford cut ties with on Wednesday following an internal investigation into reports of inappropriate behavior that was inconsistent with the company's code of conduct.", None, ML),
 ("He had been with Lincoln Motor Company since 2014, serving as the company's chief marketing officer since last year.", None, ML),
 ("Texas Instruments on Thursday announced that president and CEO Tom Engibous will step down after eight years.", None, IN),
 ("TI's directors have selected Rich Templeton to succeed him as part of a planned succession.", None, IN),
 ("SMIC's shake-up ends with new CEO\nSEMICONDUCTOR Manufacturing International Corp yesterday announced it has appointed former Hua Hong Chief Executive Chiu Tzu-Yin as the new CEO, effective immediately, which ended a management shake-up at the Chinese mainland's biggest made-to-order chipmaker.", A("Chiu Tzu-Yin", "CEO", ["Semiconductor Manufacturing International Corp", "SMIC"]), SH),
 ("SMIC's recently-appointed chairman Zhang Wenyi said in a statement that Chiu's extensive technical and management experience in the semiconductor field \"sets him apart as an ideal choice to lead SMIC into the future.\"", None, SH),
 ("Big heads on the chopping block in 2003 included Bob Helms, who resigned from International Sematech; Henry Nicholas of Broadcom, who stepped down in January; and Young K. Sohn, who left as Oak Technology's CEO when it was acquired by Zoran, and moved on to head up Agilent Technologies' chip business.", None, SD),
 ("NEW YORK, United States \u2014 Target is poaching Nordstrom for its new chief merchandising officer, a crucial position and the one who determines what appears on store shelves.", None, BOF),
 ("The company on Tuesday also named Goldberger to the new position of chief digital officer.", None, BOF),
 ("The final pieces came together Tuesday with the announcement he hired Mark Tritton, a senior executive at Nordstrom Inc., to be Target's next chief merchandising officer, ending a search that took nearly a year.", A("Mark Tritton", "chief merchandising officer", "Target"), ST),
 ("Target also said Tuesday that Jason Goldberger, president of Target.com, will join the retailer's C-Suite in the newly created position of chief digital officer.", A("Jason Goldberger", "chief digital officer", "Target"), ST),
 ("Among the other prominent recruits to his team are Mike McNamara, who was lured from British grocer Tesco to be chief information officer, and Cathy Smith, who came from Express Scripts to be the finance chief.", None, ST),
 ("J.C. Penney, which in January announced a new pricing and merchandising strategy, said on Monday it hired Mike Fisher from Apple as senior vice president of visual presentation.", A("Mike Fisher", "senior vice president of visual presentation", ["J.C. Penney", "Penney"]), JCP),
 ("Penney promoted Liz Sweeney, who had been a senior general merchandise manager, to chief merchant.", A("Liz Sweeney", "chief merchant", ["Penney", "J.C. Penney"]), JCP),
 ("J.C. Penney Chief Executive Ron Johnson joined the retailer from Apple in November.", None, JCP),
 ("Sears Canada hires former Limited Brands executive for merchandising role\nSears Canada Inc. is making another change in its top ranks, adding a new head of merchandising as it prepares for an increasingly competitive retail market.", None, TS),
 ("The move comes about a month after chief executive Dene Rogers resigned last month and was replaced by Calvin McDonald, a former executive at Loblaw Companies.", None, TS),
 ("Adding another C-suite executive to its ranks, Belk hired MaryAnne Morin to become its new president and chief merchandising officer, the retailer announced Tuesday.", A("MaryAnne Morin", "president and chief merchandising officer", "Belk"), RD),
 ("Prior to joining Belk, Morin was previously the president of Stein Mart and the Republic Clothing Group.", None, RD),
 ("Patel departed the CEO role to join GameStop as its new COO.", None, RD),
 ("This September, the retailer announced that Hendricks would ascend Belk's chief executive role.", None, RD),
]
with open(sys.argv[1], "w") as f:
    for text, exp, src in rows:
        f.write(json.dumps({"text": text, "expected": exp, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
print(len(rows), sum(1 for r in rows if r[1]))
# Left out after dupcheck (an item of the page is already in the sets): Reuters on GM manufacturing (test),
# MarketScreener/WSJ on Target's chief merchant (test), engins.org "Shakers Who Moved" (dev), Salon/AP on Sears (dev),
# Retail Week on Woolworths (dev). No rule was written for any of their items.
