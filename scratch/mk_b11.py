import json, sys
P = "stored web page {}; text (c) its publisher, quoted for evaluation; labelled by hand"
def A(p, t, c): return {"person": p, "title": t, "company": c}
EF = P.format("https://electricityforum.com/news-archive/aug14/newfiepowerceo")
HG = P.format("https://highergroundtimes.com/higher-ground/2020/feb/21/maine-utility-hires-former-ceo-to-restore-public-t")
PC = P.format("https://www.pulaskicitizen.com/news/local/pes-ceo-resigns-for-new-job/article_46d6257e-9c83-11eb-8e80-9f2977b478f7.html")
FI = P.format("https://news.findit.com/news/125879/edf-names-proglio-as-new-chief-executive")
HC = P.format("https://www.courant.com/business/hc-biz-eversource-ceo-20210407-ylnread56jehrk7ilc3qjhfahu-story.html")
PP = P.format("https://www.publicpower.org/periodical/article/public-power-leadership-changes-and-accomplishments-4")
IT = P.format("http://innotap.com/2015/04/electric-grid-operator-pjm-interconnection-names-new-ceo")
BC = P.format("https://biocap.ca/hydro-one-taps-bc-hydro-executive-as-new-company-president-and-ceo")
IOL2 = P.format("https://www.iol.co.za/business-report/companies/mtn-appoints-charles-molapisi-as-ceo-in-sa-dc0f9413-db93-45f4-bbe7-70fd8719bd78")
TZ = P.format("https://www.thecitizen.co.tz/news/Airtel-Tanzania-gets-new-managing-director/1840340-5262982-74b09iz/index.html")
MTN = P.format("https://group.mtn.com/2019/09/")
MG = P.format("https://mg.co.za/article/2009-06-29-mtn-appoints-new-finance-director/")
TC2 = P.format("https://techcentral.co.za/wim-vanhelleputte-to-lead-safaricoms-ethiopia-venture/227535/")
GTB = P.format("http://www.globaltelecomsbusiness.com/Article/3645909/MTN-announces-three-new-top-jobs.html")
rows = [
 ("Newfoundland Power appoints new CEO\nSt. John's, NL - The Board of Directors of Newfoundland Power Inc. recently announced that Gary J. Smith has been appointed the new President and Chief Executive Officer, effective August 1, 2014.", A("Gary J. Smith", "President and Chief Executive Officer", ["Newfoundland Power Inc.", "Newfoundland Power"]), EF),
 ("Smith will replace Earl A. Ludlow, President and Chief Executive Officer, who will be leaving Newfoundland Power to take on a new role as Executive Vice President, Eastern Canadian and Caribbean Operations with Fortis, effective August 1, 2014.", A("Earl A. Ludlow", "Executive Vice President, Eastern Canadian and Caribbean Operations", "Fortis"), EF),
 ("Kelley, who has been with PES for 15 years and CEO for the past four years, has accepted a job with Columbia Power and Water.", None, PC),
 ("Electricite de France announced Monday that they named Henri Proglio as the new chief executive of the state-controlled utility company, according to Associated Press.", A("Henri Proglio", "chief executive", ["Electricite de France", "EdF", "EDF"]), FI),
 ("Proglio, the current chief of Veolia Environnement, would take over from Pierre Gadonneix, who spent five years at the head of EdF, France's No. 2 publicly listed company by market capitalization.", None, FI),
 ("Electric grid operator PJM Interconnection names new CEO\nPJM Interconnection, Inc., the regional grid operator based in Valley Forge, on Wednesday appointed an insider as its next chief executive officer.", None, IT),
 ("Andrew L. Ott, the executive vice president for markets, was picked to succeed Terry Boston when he retires at the end of 2015.", None, IT),
 ("TORONTO \u2014 Hydro One says an executive from a British Columbia electrical utility will become the new president and CEO of Ontario's partially privatized utility.", None, BC),
 ("Mark Poweska, who currently serves as BC Hydro's executive vice president of operations, will start work at Hydro One in early May.", None, BC),
 ("Dar es Salaam. Airtel Africa has today appointed George Mathen as Managing Director for Airtel Tanzania, his appointment is set to take effect on October 1, the company said in a statement.", A("George Mathen", "Managing Director", ["Airtel Tanzania", "Airtel Africa"]), TZ),
 ("Prior to joining Airtel Africa, he was CEO \u2013 Homes, at Bharti Airtel In India where he designed and implemented the Airtel Home strategy.", None, TZ),
 ("MTN Group has announced that current MTN Zambia CEO, Philip van Dalsen will be leaving MTN at the end of September.", None, MTN),
 ("MTN Rwanda CEO, Bart Hofker, will take over the reins from van Dalsen, effective October.", None, MTN),
 ("MTN also announced that Mitwa Kaemba Ng'ambi has been appointed as the new CEO of MTN Rwanda.", A("Mitwa Kaemba Ng'ambi", "CEO", "MTN Rwanda"), MTN),
 ("Schulte-Bockum stepped down as Vodafone Germany CEO in June 2015 after three years in the role.", None, GTB),
]
with open(sys.argv[1], "w") as f:
    for text, exp, src in rows:
        f.write(json.dumps({"text": text, "expected": exp, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
print(len(rows), sum(1 for r in rows if r[1]))
# Left out after dupcheck (an item of the page is already in the sets): Higher Ground Times/AP on Central Maine Power
# (test), Hartford Courant on Eversource (test), IOL on MTN's South African CEO (test), APPA's leadership changes (dev),
# Mail & Guardian on MTN's finance director (dev), TechCentral on Safaricom Ethiopia (dev). No rule was written for them.
