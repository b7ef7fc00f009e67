import json, sys
P = "stored web page {}; text (c) its publisher, quoted for evaluation; labelled by hand"
def A(p, t, c): return {"person": p, "title": t, "company": c}
R1 = P.format("http://in.reuters.com/article/africanminerals-idINL3E8I41E020120704")
ARI = P.format("https://www.australianresourcesandinvestment.com.au/2022/09/21/new-era-at-new-century-and-other-recent-executive-movements/")
EMJ = P.format("http://emj.epubxp.com/i/799329-mar-2017/13")
MD = P.format("https://miningdigital.com/supply-chain-and-operations/sa-chamber-mines-appoints-exxaro-ceo-president")
MCA = P.format("https://chinaslurrypump.blogspot.com/2013/07/new-chairman-minerals-council-of.html")
CIO = P.format("https://www.cio.com/article/213752/nab-appoints-ctoo-as-part-of-new-look-exec-team.html")
AB = P.format("https://americanbanker.com/news/revenge-of-the-nerds-tech-gurus-take-top-posts-at-banks")
TT = P.format("https://www.thetimes.co.uk/article/metro-banks-finance-chief-heads-for-door-q9thsk97l")
CW = P.format("https://www.computerweekly.com/news/2240240921/Digital-challenger-bank-Starling-loses-its-CTO")
CF = P.format("https://cryptoproductivity.org/?p=67686")
IBS = P.format("https://ibsintelligence.com/ibs-journal/bian-makes-major-hire-to-speed-banking-innovation/")
LM = P.format("https://lodgingmagazine.com/lodgingdailynews/page/166/")
TM = P.format("https://en.10minhotel.com/?p=76680")
CA = P.format("https://www.thecaterer.com/archive/people-16")
PC = P.format("http://premierconstructionnews.com/2017/07/04/jupiter-hotels-appoints-cluster-gms-manage-groups-29-strong-hotel-portfolio/")
IOL = P.format("https://www.iol.co.za/business-report/companies/manenzhe-appointed-acting-cfo-of-rbplat-72b5ec42-75c0-4053-8535-14622ca44a6a")
RP = P.format("https://www.rough-polished.com/en/news/127398.html")
DW = P.format("https://www.defenceweb.co.za/industry/industry-industry/south-africa-state-defence-firm-denel-appoints-thandeka-sabela-as-acting-cfo/")
TL = P.format("https://www.timeslive.co.za/news/south-africa/2018-06-24-sabc-appoints-new-group-ceo-and-cfo/")
TC = P.format("https://techcentral.co.za/vodacom-appoints-interim-cfo/99136/")
R5 = P.format("http://cn.reuters.com/article/group-five-moves-ceo-idCNL8N1IP5JM")
TMN = P.format("https://trendsmena.com/economy/saudi-arabia-appoints-new-ceo-to-drive-neoms-mega-city-project-forward")
TN = P.format("https://thenational-the-national-prod.web.arc-cdn.net/business/long-serving-mbc-group-chief-executive-resigns-1.920894")
ARB = P.format("https://www.arabianbusiness.com/abnews/new-ceos-arab-youths-qatars-closed-borders-7-things-you-missed-this-week")
MC = P.format("https://themuslimchronicle.com/amp/91/top-real-estate-official-appointed-dubai-holding-chairman-095908")
SA = P.format("https://portal.staralliance.com/cms/news/hot-topics/2016-08-09/oneworld")
FW = P.format("https://freightwaves.com/news/american-airlines-announces-new-cargo-president/amp")
BR = P.format("https://brecorder.com/news/4655687/air-france-gets-new-ceo-20181213430815")
CAPA = P.format("https://centreforaviation.com/news/air-france-klm-appoints-new-chairman-and-ceo-831565")
TJ1 = P.format("https://transportjournal.com/home/regional-focus/asiapacific/188.html?L=660")
TJ2 = P.format("https://transportjournal.com/home/news/44.html?L=140")
LS1 = P.format("https://theloadstar.com/michael-aldwell-to-succeed-otto-schacht-on-kn-board/")
LS2 = P.format("https://theloadstar.com/tony-berkeley-retire-chairman-rail-freight-group/")
CEP = P.format("https://www.cep-research.com/2009/11/04/cep-managerial-appointments-in-october")
EY = P.format("https://theenergyyear.com/news/bp-appoints-new-ep-executives/")
RZ = P.format("https://www.rigzone.com/news/oil_gas/a/126954/songa_elects_new_board_of_directors/")
H2 = P.format("http://www.h29736.cn/article/39947")
PN = P.format("http://www.petroleumnews.com/pnarchpop/53827255.shtml")
EV = P.format("https://energyvoice.com/all-news/73627/video-oga-head-bring-staff-outside-oil-gas-industry")
FB1 = P.format("https://www.fiercebiotech.com/biotech/chutes-ladders-astrazeneca-internally-promotes-galbraith-to-helm-cancer-r-d")
FB2 = P.format("https://www.fiercebiotech.com/biotech/chutes-ladders-recursion-makes-big-executive-splash-nabs-jjs-chief-data-science-officer")
BPR = P.format("https://biopharma-reporter.com/Article/2019/01/18/Pharma-appointments-see-Novartis-and-Roche-execs-leave")
EP = P.format("https://endpoints1662.rssing.com/chan-80439860/article548.html")
OP = P.format("https://outsourcing-pharma.com/Article/2019/06/05/Hired-and-retired-pharma-appointments")
HN = P.format("https://hermesnews.net/people-moves-mace-robertson-and-skanska-lead-the-changes")
CI = P.format("https://www.theconstructionindex.co.uk/news/view/aecom-coo-quits-to-join-kier")
ND = P.format("https://newsdailybrief.com/people-moves-change-at-the-top-at-balfour-beatty-new-chair-for-projects-body-and-more")
NA = P.format("https://newsaltitude.com/author/kerry-lorimer/")
BU = P.format("https://building.co.uk/news/balfour-beatty-promotes-mcnaughton-to-chief-operating-officer/3127793.article")
CO = P.format("https://construction.co.uk/construction-news/225728/laing-o-rourke-md-steps-down")
CN = P.format("http://computernetservices.net/index369a-7.html")
rows = [
 ("SA Chamber of mines appoints Exxaro CEO as president\nThe Chamber of Mines has announced that is has elected Mxolisi Mgojo, the chief executive of Exxaro Resources, as its president during its 127th Annual General Meeting, replacing Mike Teke", None, MD),
 ("NEW CHAIRMAN: MINERALS COUNCIL OF AUSTRALIA\nMr Andrew Michelmore was today elected Chairman of the Minerals Council of Australia Board.", None, MCA),
 ("National Australia Bank has appointed Barclaycard Global COO Patrick Wright to chief technology and operations officer.", A("Patrick Wright", "chief technology and operations officer", "National Australia Bank"), CIO),
 ("Acting CTOO Matthew Lawrence will remain with NAB in a key leadership role, the bank said.", None, CIO),
 ("Wright has been with Barclays since 2012 as COO of Barclaycard (the credit card and payment services division of the bank) in the US and in 2015 became Barclaycard's global COO.", None, CIO),
 ("Capital One's recent hire of Google's Dan Makoski is a rare coup for a financial services company.", None, AB),
 ("Sills on Tuesday was named president and chief executive of the $300 million-asset M&F Bank in Durham.", None, AB),
 ("Digital challenger bank Starling loses its CTO\nThe CTO of digital bank Starling has left the company before it has even been granted a banking licence.", None, CW),
 ("Treasury-backed fintech body calls in open bank chief executive\nOpen Banking Implementation Entity (OBIE) CEO Charlotte Crosswell has been appointed Chair of the Center for Finance, Innovation and Technology", None, CF),
 ("BIAN makes major hire to speed banking innovation\nNot-for-profit standards association the Banking Industry Architecture Network (BIAN) has appointed Michael Lewis of Citi to its Executive Board.", None, IBS),
 ("MIKE METCALF'S NEW ROLE AT HQ HOTELS\nHQ Hotels & Residences, the new lifestyle hospitality brand led by sbe Chairman and CEO Sam Nazarian, has named Mike Metcalf as president.", A("Mike Metcalf", "president", ["HQ Hotels & Residences", "HQ Hotels"]), TM),
 ("HARRY DONG TO LEAD BWH IN CHINA\nBWH Hotels has named Harry Dong as the president and CEO of BWH Hotels China (Hong Kong, Macau, Taiwan), Mongolia and Nepal.", A("Harry Dong", "president and CEO", ["BWH Hotels China", "BWH Hotels"]), TM),
 ("Cody Bradshaw has joined as group CEO of L+R Hotels, with overall responsibility for global strategy, growth, asset management and performance.", A("Cody Bradshaw", "group CEO", "L+R Hotels"), TM),
 ("Metcalf brings more than 40 years of hospitality experience and joins the HQ Hotels team from Crescent Hotels & Resorts, where he served as COO, executive vice president, senior vice president, operations and vice president business development over his 18 years with Crescent.", None, TM),
 ("SABC appoints new Group CEO and CFO\nThe South African Broadcasting Corporation (SABC) Board of Directors has announced the appointment of Madoda Nxakwe as Group CEO and Yolande van Biljon as CFO of the public broadcaster.", A("Madoda Nxakwe", "Group CEO", ["SABC", "South African Broadcasting Corporation"]), TL),
 ("JOHANNESBURG May 23 Group Five named Themba Mosai as its chief executive on Tuesday, charged with unlocking shareholder value at the South African construction firm after it cut jobs and split up its loss-making engineering and construction division as part of a restructuring.", A("Themba Mosai", "chief executive", "Group Five"), R5),
 ("Mosai has been with the company for over 13 years and replaces Eric Vemer, who resigned in February after more than two years at the helm of Group Five which operates in 12 countries in Africa and Europe.", None, R5),
 ("British media executive Sam Barnett, who has been at the helm of one of the Arab world's leading broadcasters MBC Group since 2002, has resigned.", None, TN),
 ("Mr Barnett will be an adviser to the company's board from the new year.", None, TN),
 ("Etihad's Tony Douglas agrees to join new Saudi airline RIA\nEtihad CEO Tony Douglas has agreed to join new Saudi airline RIA, Arabian Business understands from industry sources.", None, ARB),
 ("Abdulla al-Habbai was chosen as chairman of the investment conglomerate by Dubai ruler Sheikh Mohammed bin Rashid al-Maktoum, the government said in a brief statement.", None, MC),
 ("Malaysia Airlines has appointed Arved von zur Muehlen as CCO, effective Sept. 5, succeeding Paul Simmons who will be leaving in mid-September.", A("Arved von zur Muehlen", "CCO", "Malaysia Airlines"), SA),
 ("American Airlines (NASDAQ: AAL) on Tuesday promoted Jessica Tyler to president of cargo and vice president of airport excellence, tying together two inter-related groups and underscoring how members of the cargo team are taking on expanded roles as the company contracts to a more manageable size.", A("Jessica Tyler", "president of cargo and vice president of airport excellence", "American Airlines"), FW),
 ("Air France gets new CEO\nAir France on Wednesday appointed a new chief executive, who will have the difficult task of piloting the airline out of difficult relations with its unions that have hobbled its performance.", None, BR),
 ("Benno H\u00e4gler promoted to COO of M+R Spedag\nBenno H\u00e4gler has been appointed COO Switzerland of M+R Spedag Group and M+R Spedag Horizon.", A("Benno H\u00e4gler", "COO", ["M+R Spedag Group", "M+R Spedag"]), TJ1),
 ("Australian all-rounder under Bollor\u00e9's flag\nLynair Logistics in Australia has been taken over by Bollor\u00e9 Logistics, effective 1 August 2022.", None, TJ1),
 ("Claus Herting banks on Hyster-Yale\nClaus Herting has been area business director for Central & Eastern Europe and Turkey at Hyster-Yale Deutschland, a specialist in materials handling equipment based in Frankfurt am Main, since 1 March 2024.", A("Claus Herting", "area business director", "Hyster-Yale Deutschland"), TJ2),
 ("Otto Schacht is to leave Kuehne + Nagel's management board in October, but retain an advisory role at the forwarder.", None, LS1),
 ("The board has appointed Michael Aldwell (pictured) to succeed him, taking on the responsibility for the business unit Sea Logistics.", None, LS1),
 ("Paul Dale promoted to COO at Forth Ports; CFO/CCO Carole Cran steps down", A("Paul Dale", "COO", "Forth Ports"), LS2),
 ("One of the biggest names in the rail freight industry, Rail Freight Group (RFG) chairman Tony Berkeley (pictured), is to retire at its AGM in November.", None, LS2),
 ("FedEx has appointed William J. Logue as the new president of FedEx Freight, the company's road trucking business.", A("William J. Logue", "president", ["FedEx Freight", "FedEx"]), CEP),
 ("Meanwhile, Jiro Saito (73) has replaced Yoshifumi Nishikawa as Japan Post CEO following the latter's resignation under political pressure from the new postal minister Shizuka Kamei who opposes postal privatisation.", A("Jiro Saito", "CEO", "Japan Post"), CEP),
 ("Logue joined FedEx Express in 1989 through the Flying Tiger acquisition.", None, CEP),
 ("BP appoints new E&P executives\nLONDON, March 16, 2017 \u2013 BP has appointed new heads of production and drilling, international media reported on Thursday.", None, EY),
 ("Songa Elects New Board of Directors\nNorwegian rig operator Songa Offshore announced Friday that it has made two changes to its board of directors.", None, RZ),
 ("Michael Mannering, president of Schlumberger's Rig Management Group, has been elected chairman while Songa's largest shareholder, Frederik Wilhelm Mohn, has been elected as a new director.", None, RZ),
 ("BP Plc's (NYSE:BP) head of exploration Richard Herbert is leaving the British oil major after slightly more than two years in the job, a period in which the company slashed spending on the search for new deposits.", None, H2),
 ("The head of the new Oil and Gas Authority (OGA) confirmed three new appointments to the fledgling body yesterday and suggested experts from other industries may be brought in to bring fresh thinking into the sector.", None, EV),
 ("AstraZeneca names Galbraith as Baselga successor in cancer R&D\nSusan Galbraith, Ph.D., is moving up the ladder to executive vice president of oncology research and development to fill the shoes of the late Jos\u00e9 Baselga.", A("Susan Galbraith", "executive vice president of oncology research and development", "AstraZeneca"), FB1),
 ("Former Sanofi executive joins low price-focused biotech EQRx to lead drug creation\nCarlos Garcia-Echeverria, Ph.D., is joining the clinical stage biotech to lead drug creation after leading Sanofi's research strategy.", None, FB1),
 ("Just 11 months into her high profile appointment as CEO of Novartis Oncology, Liz Barrett opted to take on the role of CEO at UroGen Pharma.", A("Liz Barrett", "CEO", "UroGen Pharma"), BPR),
 ("The steady stream of executives departing large pharma companies became a torrent this month, with a number of high profile departures to take up CEO positions.", None, BPR),
 ("\u2192 As we learned on Tuesday, Mikael Dolsten is set to leave \u2014 but another Pfizer leader is already gone: Eli Lilly's radiopharma partner Aktis Oncology has welcomed Akos Czibere as CMO.", A("Akos Czibere", "CMO", "Aktis Oncology"), EP),
 ("Czibere had just been elevated to therapeutic area head of hematology-oncology at Pfizer in January.", None, EP),
 ("\u2192 Eli Lilly said in an SEC filing that Gordon Brooks will step up to the plate as interim CFO on July 15.", A("Gordon Brooks", "interim CFO", "Eli Lilly"), EP),
 ("Departing finance chief Anat Ashkenazi is sticking around for a little while longer, but she will start a new chapter on July 31 as CFO of Alphabet after 23 years with Lilly.", A("Anat Ashkenazi", "CFO", "Alphabet"), EP),
 ("AbbVie announced Wednesday that Tom Hudson has retired with immediate effect as CSO, global research, and Roopal Thakkar \u2014 the Chicago-area pharma's medical chief for global therapeutics who has been in the Abbott/AbbVie family since 2003 \u2014 will be EVP of R&D and CSO under new chief executive Rob Michael.", A("Roopal Thakkar", "EVP of R&D and CSO", "AbbVie"), EP),
 ("In 2023 alone, John Reed left Sanofi to take Mathai Mammen's old job at J&J; Rupert Vessey stepped down from Bristol Myers Squibb to join Flagship; and Jay Bradner replaced David Reese at Amgen.", None, EP),
 ("LEO Pharma's long-serving CEO, Gitte Aabo, will step down from the position after 11 years in the role and 27 years with the company.", None, OP),
 ("Robertson Construction has announced a new managing director.", None, HN),
 ("It surprised the sector by revealing that the head of its construction arm, Andrew Jackson, had stepped down after just three months in the role.", None, HN),
 ("Cooke moves to Wates from Balfour Beatty to boost north-west business\nWates has hired Balfour Beatty national framework director Sarah Cooke as regional director for the north-west.", A("Sarah Cooke", "regional director", "Wates"), NA),
 ("Balfour Beatty has named Andrew McNaughton its new chief operating officer, with effect from 1 January.", A("Andrew McNaughton", "chief operating officer", "Balfour Beatty"), BU),
 ("McNaughton, who is 44, joined Balfour Beatty in 1997.", None, BU),
 ("Laing O'Rourke's has announced its Managing Director (MD), Paul Sheffield, is stepping down from his position.", None, CO),
 ("After a short pause, Clancy Docwra's new chief executive Matt Cannon gathers his thoughts and knows how he wants to answer Construction", None, CN),
 ("Gleeds' inside man: Graham Harle's first interview as CEO", None, CN),
]
with open(sys.argv[1], "w") as f:
    for text, exp, src in rows:
        f.write(json.dumps({"text": text, "expected": exp, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
print(len(rows), sum(1 for r in rows if r[1]))
# Left out after dupcheck (an item of the page is already in the sets; held-out ones marked test): Reuters African
# Minerals (test), Australian Resources & Investment executive movements (test), The Times on Metro Bank/Revolut (test),
# Premier Construction News on Jupiter Hotels (test), IOL and Rough&Polished on RBPlat (test), TechCentral on Vodacom
# (test), defenceWeb on Denel (test), E&MJ news page (dev), Lodging Daily News (dev), The Caterer people page (dev),
# trendsmena NEOM (dev), Flightglobal airline appointments 224716 (dev), aviahub Air France-KLM (dev), CAPA Air France-KLM (dev),
# Petroleum News on Parker Drilling (test), Fierce Biotech 2024-04-19 (dev), Construction Index on Kier (dev), newsdailybrief
# on Balfour Beatty (dev).
