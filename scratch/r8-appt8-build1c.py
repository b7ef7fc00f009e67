"""Batch 1, third part (Fiji, Zimbabwe, brewing trade press), labelled by hand before any rule; merged into batch1."""
import json
def P(person, title, company):
    return {"person": person, "title": title, "company": company}
FT = "https://www.fbcnews.com.fj/news/big-changes-ahead-for-tourism-fiji-leadership/"
JET = "http://www.thejetnewspaper.com/2017/09/15/new-pss-for-ministry-of-foreign-affairs-and-fisheries/"
FC = "https://www.fbcnews.com.fj/news/kaloumaira-is-new-fbc-chair/"
FG = "https://fijiglobalnews.com/fiji-roads-authority-announces-new-acting-ceo-during-transition-phase"
FM = "https://www.fbcnews.com.fj/news/three-new-municipal-council-ceos-appointed/"
FL = "https://fijilive.com/news/2023/02/13/over-1200-applications-for-board-appointments/17491/"
RNZ = "https://www.rnz.co.nz/international/pacific-news/166841/fiji-coup-makers-revamp-top-administration"
ZF = "https://zifmstereo.co.zw/afdis-appoints-stanley-muchenje-as-new-managing-director/"
NZ = "https://www.newzimbabwe.com/mandiwanza-leaves-dairibord-after-26-years-on-the-helm/"
C263 = "https://263chat.com/sachikonye-appointed-dairiboard-chairman"
GB = "https://gambakwe.com/2022/10/07/tafadzwa-chinamo-is-now-the-ceo-and-president-of-zida/"
CH = "https://www.chronicle.co.zw/zimbabwe-investment-and-development-agency-announces-chinamo-as-ceo/"
B24 = "http://bulawayo24.com/index-id-business-sc-companies-byo-94389.html"
B24b = "https://bulawayo24.com/index-id-news-sc-national-byo-212846.html"
CHD = "https://www.chronicle.co.zw/dairibord-ceo-anthony-mandiwanza-retires/"
BB520 = "https://www.brewbound.com/page/520/"
BB1254 = "https://www.brewbound.com/category/news/page/1254"
BB388 = "https://www.brewbound.com/page/388/"
BB411 = "https://www.brewbound.com/top-features/page/411"
BB386 = "https://www.brewbound.com/page/386"
DS = "http://bendbeerblog.blogspot.com/2011/10/deschutes-names-two-new-brewmasters.html"
FB = "http://www.frenchbroadbrewery.com/comings-goings/"
items = [
    (FT, "Tourism Minister and Deputy Prime Minister Viliame Gavoka states that the process to appoint a new chairman for Tourism Fiji and a new Managing Director and Chief Executive for Fiji Airways is underway.", None),
    (FT, "Andre Viljoen, the current Chief Executive of Fiji Airways is expected to be replaced soon.", None),
    (JET, "The Chairman of the Public Service Commission, Mr. Vishnu Mohan, has confirmed the appointment of Mr. Iowane Naivalurua as the new Permanent Secretary for Foreign Affairs and Mr. Sanaila Naqali as the new Permanent Secretary for Fisheries following rigorous recruitment and selection processes.", None),
    (FC, "Prime Minister Sitiveni Rabuka in his capacity as Minister for Public Enterprise has announced the appointment of Isoa Kaloumaira as the new Chairperson of Fijian Broadcasting Corporation Limited.", None),
    (FG, "The Fiji Roads Authority (FRA) Board has appointed Apisai Ketenilagi as the Acting Chief Executive Officer, starting from November 25, 2024, until a permanent CEO is selected.",
     P("Apisai Ketenilagi", "Acting Chief Executive Officer", ["Fiji Roads Authority", "FRA"])),
    (FM, "New chief executive officers for five municipal Councils have been appointed.", None),
    (FM, "Priya Singh has been appointed as the new CEO of the Ba Town Council.", P("Priya Singh", "CEO", "Ba Town Council")),
    (FM, "Anurashika Bari has been appointed the chief executive of Nasinu and Nausori Town Councils.",
     P("Anurashika Bari", "chief executive", ["Nasinu and Nausori Town Councils", "Nasinu Town Council"])),
    (FL, "Prime Minister Sitiveni Rabuka says over 1,200 applications were received after Government had put out an advertisement inviting expressions of interest for Board Appointments.", None),
    (RNZ, "The military commander has directed that Rewa chief Ro Filpe Tuisawau, who unsuccessfully fought the May election against Ro Teimumu Kepa, be appointed the company's new chief executive.", None),
    (RNZ, "A former company head, Jone Koroitamana, has been brought in as executive chairman.", None),
    (ZF, "AFRICAN Distillers (Private) Limited has announced the appointment of Stanley Muchenje as the new substantive managing director (MD).",
     P("Stanley Muchenje", "managing director", ["African Distillers (Private) Limited", "African Distillers", "Afdis"])),
    (ZF, "He replaces Cecil Gombera who retires from the cane spirit beverages manufacturer at the end of this month.", None),
    (NZ, "Meanwhile, seasoned accountant and business leader, Mercy Rufaro Ndoro has been appointed to the position of new group chief executive with effect from October 1, 2022.", None),
    (NZ, "ONE of Zimbabwe\u2019s longest serving company executives, Anthony Mandiwanza has finally retired as Dairibord Zimbabwe Limited (DZL) chief executive offer after a total 26 years on the helm of the leading milk processor.", None),
    (C263, "Dairibord Holdings Limited (DHL) has appointed Josphat Sachikonye as the new board chairman, effective from last week.", None),
    (GB, "The Zimbabwe Development Agency(ZIDA) has announced that Tafadzwa Chinamo as the new chief executive officer as from 1 November 2022.",
     P("Tafadzwa Chinamo", "chief executive officer", ["Zimbabwe Development Agency", "ZIDA"])),
    (CH, "Zimbabwe Investment and Development Agency (ZIDA) has announced the appointment of Mr Tafadzwa Chinamo as substantive chief executive officer.",
     P("Tafadzwa Chinamo", "chief executive officer", ["Zimbabwe Investment and Development Agency", "ZIDA"])),
    (CH, "Another new appointment is that of Mrs Silibaziso Chizwina who is the chief development officer while Mr Kudakwashe Nyashanu is the chief human resources officer.", None),
    (B24, "Air Zimbabwe brews shocker\nCaptain Ripton Muzenda has been appointed as the new Air Zimbabwe chief executive officer.",
     P(["Ripton Muzenda", "Captain Ripton Muzenda"], "chief executive officer", "Air Zimbabwe")),
    (B24b, "NRZ appoints substantive GM\nTHE National Railways of Zimbabwe has appointed Respina Zinyanduko as its substantive general manager.",
     P("Respina Zinyanduko", "general manager", ["National Railways of Zimbabwe", "NRZ"])),
    (CHD, "LONG-SERVING Dairibord Holdings chief executive officer, Mr Anthony Mandiwanza, is retiring after serving the company for 34 years, 24 of them at the helm.", None),
    (CHD, "The company said Mercy Ndoro would replace Mandiwanza effective October 1, 2022.", None),
    (BB520, "New Belgium Names President\nNew Belgium today announced the promotion of current chief financial and chief operations officer, Christine Perich, to the position of president.",
     P("Christine Perich", "president", "New Belgium")),
    (BB520, "Jake Leinenkugel to Retire", None),
    (BB520, "MillerCoors announced Tuesday that longtime Jacob Leinenkugel Brewing president, Jake Leinenkugel, 62, will retire at the end of the year.", None),
    (BB520, "Boulevard Expands Distribution to Florida", None),
    (BB520, "Brewers Association Promotes Bob Pease to CEO", P("Bob Pease", "CEO", "Brewers Association")),
    (BB1254, "MillerCoors Names Pete Marino President of Tenth and Blake", P("Pete Marino", "President", ["Tenth and Blake", "MillerCoors"])),
    (BB1254, "BrewDog USA Names Managing Director", None),
    (DS, "Deschutes names two new brewmasters", None),
    (BB388, "Heineken USA today announced that Maggie Timoney, who currently serves as the CEO and managing director of Heineken Ireland, will take over as CEO of the international beer maker\u2019s U.S. division starting September 1.",
     P("Maggie Timoney", "CEO", "Heineken USA")),
    (BB411, "After three years with Golden Road Brewing, brewmaster Jesse Houck has departed the company and accepted a new position as Maui Brewing Company\u2019s director of brewery operations, Brewbound has learned.",
     P("Jesse Houck", "director of brewery operations", "Maui Brewing Company")),
    (BB411, "Charlie Papazian, the president of the Brewers Association and founder of the Great American Beer Festival, will step back from day-to-day responsibilities this month after 37 years.", None),
    (BB386, "Following months of turmoil, Green Flash Brewing Company has identified its next chief executive.", None),
    (BB386, "The San Diego-based craft brewery, which was sold to a new investor group last month, today named former Anheuser-Busch executive Michael Taylor as its new CEO.", None),
    (BB386, "In this edition of People Moves: Avery Brewing\u2019s COO resigns, and the Boulder, Colorado-based craft brewery lays off six workers; Wormtown Brewery names a new general sales manager; Heineken USA forms an new sales operations team; and more industry personnel moves.", None),
    (FB, "Our head brewer, Chris Richards, is moving on, and we\u2019re going to miss him.", None),
]
with open("scratch/r8-appt8-batch1c.jsonl", "w") as f:
    for src, text, exp in items:
        f.write(json.dumps({"text": text, "expected": exp, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
print(len(items), "items", sum(e is not None for *_, e in items), "positives")
