"""Batch 1 (round 8, appt8): appointment items from stored pages, labelled by hand. Writes scratch/r8-appt8-batch1.jsonl."""
import json
B7 = "https://www.beckershospitalreview.com/hospital-executive-moves/7-recent-hospital-health-system-ceo-moves-9.html"
B10 = "https://beckershospitalreview.com/hospital-executive-moves/10-notable-ceo-transitions-this-yeardecember5.html"
B10b = "https://www.beckershospitalreview.com/hospital-management-administration/10-notable-ceo-transitions-this-year.html"
BC = "http://beckershospitalreview.com/hospital-management-administration/c-suite-roles-that-lead-to-ceo.html"
BS = "https://www.beckershospitalreview.com/hospital-executive-moves/sparrow-health-system-appoints-james-dover-ceo-3-things-to-know.html"
B41 = "https://www.beckershospitalreview.com/hospital-management-administration/17-health-systems-zeroing-in-on-exec-teams-administration-in-2023.html"
IW = "https://www.industryweek.com/leadership/companies-executives/article/21966487/apple-shuffles-executive-team"
MG = "https://murdok.org/archive/big-changes-in-googles-sales-department"
CR = "http://managementaschangeagent.blogspot.com/2007/05/cirrus-logics-youthful-in-house.html"
TR = "https://treasuryandrisk.com/2008/03/03/cfo-turnover-accelerates"
BW = "https://businessworld.co/category/boards/"
FP = "https://thefrontierpost.com/india-kotak-mahindra-bank-gets-cenbank-nod-to-appoint-ashok-vaswani-as-md-ceo/"
BD = "https://bdnews24.com/bangladesh/dbnxuxfc6p"
GE = "https://govexec.com/federal-news/1999/11/people-big-moves-for-small-biz/5048"
PBJ = "https://abcdocz.com/doc/213882/11"
AA = "https://aacsb.edu/insights/articles/2022/02/people-and-places-february-8-2022"
VB = "https://virginiabusiness.com/byline/kate-andrews/page/36"
IBJ = "https://www.ibj.com/search?q=michael+huber"
GM = "https://www.greenm3.com/gdcblog/2016/4/7/lee-kirby-is-new-president-of-uptime-institute-why-no-press-release"
SD = "https://southdacola.com/blog/2017/05/changes-at-the-pavilion/amp"
NB = "https://newsboys24.com/linda-yaccarino-takes-over-as-twitter-ceo-while-ad-sales-plunges-59"
LF = "https://www.lawfuel.com/polsinelli-partner-poaching-raid-on-holland-knight/"
PIT = "https://www.bizjournals.com/pittsburgh/print-edition/2012/01/20/law-firms-lateral-hires.html?page=5"
FG = "http://www.fostergr.com/the-foster-group/legal-search-firm-nyc/news/2023/4/12/the-foster-group-featured-in-lawcom-on-how-thoughtful-headcount-growth-steers-midsize-firms-to-steady-financial-outcomes-xsrs5-b46at"
RL = "http://strategyonline.ca/2017/03/30/red-lion-hires-new-director-of-strategy/"
RGA = "https://www.adweek.com/agencyspy/rga-new-york-boosts-strategy-department-with-new-hire-promotion/107865/"
BT = "https://www.bandt.com.au/oohmedia-snatches-josh-gurgiel-back-from-thinkerbell-leadership-team/"
LBB = "https://lbbonline.com/news/The-Community-Appoints-Harry-Roman-Torres-as-Chief-Strategy-Officer"
MC = "https://mumbrella.com.au/carat-invests-big-in-new-strategy-team-led-by-spark-foundrys-linda-fagerlund-as-chief-strategy-officer-632118"
MO = "http://mumbrella.com.au/ogilvy-hires-mark-sareff-as-national-strategy-chief-to-boost-thinking-culture-54563"
LC = "http://strategyonline.ca/2019/06/12/the-local-collective-hires-strategy-lead/"
TP = "https://tyrepress.com/2008/04/smartire-appoints-new-interim-cfo"
TC = "https://techcentral.co.za/?p=188234"

def P(person, title, company):
    return {"person": person, "title": title, "company": company}

items = [
    (B7, "7 recent hospital, health system CEO moves", None),
    (B7, "Stephen Garner was named CEO of Abrazo Arrowhead Campus in Glendale, Ariz., according to yourvalley.net.", P("Stephen Garner", "CEO", "Abrazo Arrowhead Campus")),
    (B7, "Dean Mihaltses was named interim CEO of NYC Health + Hospitals/Queens.", P("Dean Mihaltses", "interim CEO", "NYC Health + Hospitals/Queens")),
    (B7, "Arturo Polizzi is departing as president and CEO of the Christ Hospital Health Network in Cincinnati.", None),
    (B7, "Israel Rocha Jr., CEO of two hospitals in New York City's public health system, was approved as the next CEO of Cook County Health in Chicago.", P(["Israel Rocha Jr.", "Israel Rocha"], "CEO", "Cook County Health")),
    (B7, "Wayne Smith will step away from his role as CEO of Franklin, Tenn.-based Community Health Systems to become executive chair of the board.", None),
    (B7, "Ashley Vertuno was selected as the next CEO of JFK Medical Center North Campus in West Palm Beach, Fla.", P("Ashley Vertuno", "CEO", "JFK Medical Center North Campus")),
    (B7, "Eric Wei, MD, was named interim CEO of NYC Health + Hospitals/Elmhurst.", P("Eric Wei", "interim CEO", "NYC Health + Hospitals/Elmhurst")),
    (B10, "Brian Kirk was released as CEO of Norton (Kan.) County Hospital after being put on administrative leave and later reinstated.", None),
    (B10, "Cory Everett resigned as COO of Maryville, Tenn.-based Blount Memorial Hospital, effective Dec. 12.", None),
    (B10b, "Boston Children's Hospital tapped Kevin Churchwell, MD, as its next CEO.", P("Kevin Churchwell", "CEO", "Boston Children's Hospital")),
    (B10b, "CHS intends to name current President and COO Tim Hingtgen as CEO.", None),
    (B10b, "Joey Jacobs stepped down as CEO of Brentwood, Tenn.-based Quorum Health in September.", None),
    (BC, "Trevor Sawallish was promoted from COO to CEO of Robbinsdale, Minn.-based North Memorial Health.", P("Trevor Sawallish", "CEO", "North Memorial Health")),
    (BC, "Mary Casillas was promoted from COO to CEO of Hollister, Calif.-based Hazel Hawkins Memorial Hospital.", P("Mary Casillas", "CEO", "Hazel Hawkins Memorial Hospital")),
    (BC, "Michael Garcia, RN, COO of Houston Methodist Hospital, was selected as the new CEO of Houston Methodist Sugar Land (Texas) Hospital.",
     P("Michael Garcia", "CEO", ["Houston Methodist Sugar Land (Texas) Hospital", "Houston Methodist Sugar Land Hospital", "Houston Methodist Sugar Land"])),
    (BS, "MD Anderson names Dr. David Jaffray 1st chief technology and digital officer", P("David Jaffray", "chief technology and digital officer", "MD Anderson")),
    (BS, "Massachusetts General Hospital appoints its first chief equity and inclusion officer", None),
    (BS, "21 recent hospital, health system CNO and CMO moves", None),
    (BS, "He succeeds E.W. Tibbs Jr., who left the organization in March after sexual misconduct claims.", None),
    (B41, "St. Louis-based Ascension has named presidents for three of its 17 hospitals in Wisconsin.", None),
    (IW, "SAN FRANCISCO \u2014 Apple announced shifts to its executive team on Thursday, naming its first chief operating officer since Tim Cook moved into the chief executive job more than four years ago.", None),
    (IW, "Jeff Williams was named the company\u2019s new COO, formalizing a role some contend he was already handling.", None),
    (IW, "Johny Srouji, the head of Apple's chip business, was named senior vice president for hardware technologies.", P("Johny Srouji", "senior vice president for hardware technologies", "Apple")),
    (IW, "Cook also announced that Tor Myhren will join Apple early next year as vice president of marketing communications, reporting to Cook.", P("Tor Myhren", "vice president of marketing communications", "Apple")),
    (IW, "Cook served as Apple\u2019s COO from 2007 to 2011, and took over as CEO from co-founder Steve Jobs on August 24, 2011, about six weeks before Jobs\u2019 death.", None),
    (MG, "The job is being filled by long-time Google executive Penry Price, who is being promoted from his previous job of vice president of sales for North America.", None),
    (MG, "Of course, Nikesh Arora recently took over global operations and sales, and Dennis Woodside became the company\u2019s new vice president for the Americas.", None),
    (CR, "Cirrus Logic CRUS (NASDAQ) announced the appointment of current vice president and general manager of Cirrus' mixed signal audio product line, Jason Rhode as the company's new CEO.", P("Jason Rhode", "CEO", "Cirrus Logic")),
    (CR, "The position became vacate in March after David French the company's CEO since 1999 resigned.", None),
    (TR, "CFO turnover reached new heights early this year, in sharp contrast to relatively stable rates for most of 2007.", None),
    (BW, "To Find a CFO, Many Firms Turn to Their Own Board Members", None),
    (BW, "Earlier this month the Colorado footwear maker named Ms. Teffner, former CFO for PetSmart Inc., as its next finance chief.", None),
    (BW, "Crocs said in September that Mr. Lasher would join boating-equipment retailer West Marine Inc. this month.", None),
    (FP, "MUMBAI (Reuters): India\u2019s central bank has approved the appointment of veteran banker Ashok Vaswani as managing director and chief executive of Kotak Mahindra Bank (KTKM.NS), the private lender said in an exchange filing on Saturday.",
     P("Ashok Vaswani", "managing director and chief executive", "Kotak Mahindra Bank")),
    (FP, "Dipak Gupta, currently the managing director and CEO, will carry out the chief executive duties until Dec. 31, the bank said last month.", None),
    (BD, "New managing directors appointed to state-owned Sonali, Agrani, Rupali banks", None),
    (BD, "The government has appointed new managing directors to state-owned Sonali, Agrani and Rupali banks on three-year terms.", None),
    (BD, "Mohammad Jahangir, the deputy managing director of Rupali Bank, was promoted to the position of managing director at the bank.", P("Mohammad Jahangir", "managing director", "Rupali Bank")),
    (BD, "Md Afzal Karim, the MD of the House Building Finance Corporation, was assigned to the Sonali Bank as managing director and chief executive officer.",
     P(["Md Afzal Karim", "Afzal Karim"], "managing director and chief executive officer", "Sonali Bank")),
    (GE, "Tom Tolan takes over as director of the agency's Philadelphia office.", None),
    (GE, "Eugene Cornelius is the agency's new district director for Michigan.", None),
    (PBJ, "Charles Kerr has been named project manager at Thomas E. Hall & Associates Inc.", P("Charles Kerr", "project manager", ["Thomas E. Hall & Associates Inc.", "Thomas E. Hall & Associates"])),
    (PBJ, "Margarita Gagliardi has been named vice president of transit planning at Urban Engineers.", P("Margarita Gagliardi", "vice president of transit planning", "Urban Engineers")),
    (PBJ, "Roy Wilbur has been named director of marketing and communications at Moore College of Art & Design.", P("Roy Wilbur", "director of marketing and communications", "Moore College of Art & Design")),
    (PBJ, "George Walter has been named vice president for enrollment services at La Salle University.", P("George Walter", "vice president for enrollment services", "La Salle University")),
    (PBJ, "James Capone has been promoted to vice president of finance and administration at SES Advisors Inc.", P("James Capone", "vice president of finance and administration", ["SES Advisors Inc.", "SES Advisors"])),
    (AA, "Naomi E. Boyd has been named dean of the School of Business at Virginia Commonwealth University in Richmond, effective July 1.",
     P("Naomi E. Boyd", "dean", ["Virginia Commonwealth University", "School of Business at Virginia Commonwealth University"])),
    (AA, "Krist Swimberghe has been appointed the new dean of the Soules College of Business at the University of Texas at Tyler.",
     P("Krist Swimberghe", "dean", ["University of Texas at Tyler", "Soules College of Business at the University of Texas at Tyler", "Soules College of Business"])),
    (AA, "S. Douglas Pugh, who has been interim dean since July 2021, will continue to hold that post until Boyd arrives.", None),
    (VB, "Charlottesville Chamber appoints 3 board members", None),
    (VB, "Virginia Tech Carilion hires director of communications\nJosh Meyer will join Virginia Tech Carilion School of Medicine as its director of communications, the school announced this week.",
     P("Josh Meyer", "director of communications", ["Virginia Tech Carilion School of Medicine", "Virginia Tech Carilion"])),
    (IBJ, "Former Indy Chamber chief to join Indy Eleven as president", None),
    (IBJ, "Because of her tireless devotion to Indiana\u2019s economic and social betterment, IBJ has named Proffitt the 31st recipient of the Michael A. Carroll Award.", None),
    (GM, "Lee Kirby is new President of Uptime Institute, why no press release?", P("Lee Kirby", "President", "Uptime Institute")),
    (SD, "Smith this month created and filled two new executive positions \u2013 a chief operating officer and a chief financial officer.", None),
    (NB, "New Delhi: Linda Yaccarino took over as the brand new Twitter CEO on Monday, liberating Elon Musk to concentrate on Tesla and SpaceX, as Twitter\u2019s US advert gross sales plunged 59 p.c in April and the month of May didn\u2019t look shiny both.",
     P("Linda Yaccarino", "CEO", "Twitter")),
    (LF, "Polsinelli has continued its rapid expansion with a raid on Holland & Knight taking 20 partners for the launch of its Philadelphia office in a major \u2018partner poaching\u2019 move.", None),
    (PIT, "In December, 16 lawyers, two paralegals and two support staffers, joined Babst Calland from Tucker Arensberg PC.", None),
    (FG, "The year started with a bang when a team of 32 attorneys decamped from Lewis Brisbois Bisgaard & Smith LLP for the employment-focused firm Constangy Brooks Smith & Prophete.", None),
    (RL, "Red Lion hires new director of strategy\nToronto agency Red Lion has hired Kira Montgomery as director of strategy and insight.", P("Kira Montgomery", "director of strategy and insight", "Red Lion")),
    (RGA, "R/GA New York Boosts Strategy Department With New Hire, Promotion", None),
    (BT, "POLY, the creative and content innovation hub from oOh!media, has further strengthened its leadership team, appointing senior Thinkerbell executive, Josh Gurgiel, to the newly created head of strategy position.",
     P("Josh Gurgiel", "head of strategy", "POLY")),
    (BT, "POLY has also promoted Alex Rog to senior creative strategist.", P("Alex Rog", "senior creative strategist", "POLY")),
    (LBB, "Yesterday also saw another high-profile Droga5 vet land a new role, with Scott Bell joining BBDO New York as chief creative officer.", P("Scott Bell", "chief creative officer", "BBDO New York")),
    (MC, "Carat invests big in new strategy team, led by Spark Foundry\u2019s Linda Fagerlund as chief strategy officer", P("Linda Fagerlund", "chief strategy officer", "Carat")),
    (MO, "Ogilvy hires Mark Sareff as national strategy chief to boost \u2018thinking culture\u2019", P("Mark Sareff", "national strategy chief", "Ogilvy")),
    (MO, "Last week, Ogilvy hired Brett Howlett to replace Chris Ford as ECD for its Sydney office.", P("Brett Howlett", "ECD", "Ogilvy")),
    (MO, "The agency is hunting for a replacement for Ogilvy Melbourne\u2019s former ECD Michael Knox, who left to join Grey Melbourne in May.", None),
    (LC, "The Local Collective hires strategy lead\nThe Local Collective has added to its strategy leadership with the hiring of Michael Ash in the new role of director of integrated strategy.",
     P("Michael Ash", "director of integrated strategy", "The Local Collective")),
    (TP, "SmarTire Appoints New Interim CFO\nTPMS provider SmarTire Systems has named David A. Dodge as the company\u2019s interim chief financial officer following the resignation of Jeff Finkelstein, who had served in the role since 2002 before leaving to \u201cpursue a new opportunity\u201d, to quote SmarTire.",
     P("David A. Dodge", "interim chief financial officer", ["SmarTire Systems", "SmarTire"])),
    (TC, "Financially troubled IT services group Gijima has lost its long-serving chief financial officer, Carlos Ferreira, who is stepping down after eight years in the role.", None),
    (TC, "Gijima told shareholders on Tuesday that it had appointed Liesl Tweedie as acting chief financial officer and director in Ferreira\u2019s place.", P("Liesl Tweedie", "acting chief financial officer", "Gijima")),
]
with open("scratch/r8-appt8-batch1.jsonl", "w") as f:
    for src, text, exp in items:
        f.write(json.dumps({"text": text, "expected": exp, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
pos = sum(e is not None for _, _, e in items)
print(len(items), "items,", pos, "positives,", len(items) - pos, "negatives")
