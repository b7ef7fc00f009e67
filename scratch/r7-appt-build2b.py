import json,sys
S=lambda u,what="": f"stored web page {u}{' ('+what+')' if what else ''}; text (c) its publisher, quoted for evaluation; labelled by hand"
def P(p,t,c): return {"person":p,"title":t,"company":c}
items=[
("CBN Orders Banks To Announce New CEOs Three Months Before Transition", None, "https://newscrackersng.com/category/economy/page/10","Nigerian news list headline"),
("President Bola Ahmed Tinubu has nominated Olayemi Michael Cardoso as the new governor of the Central Bank of Nigeria.", None, "https://www.tvcnews.tv/2023/09/breaking-tinubu-nominates-yemi-cardoso-as-new-cbn-governor/","TVC News, first sentence (a nomination awaiting confirmation)"),
("He is the Chairman, Board of Directors of Citibank Nigeria.", None, "https://www.tvcnews.tv/2023/09/breaking-tinubu-nominates-yemi-cardoso-as-new-cbn-governor/","TVC News, a sentence"),
("Access Holdings recently confirmed Innocent Ike as Managing Director, succeeding Roosevelt Ogbonna in line with governance rules.", P("Innocent Ike","Managing Director","Access Holdings"), "https://springnewsng.com/cbn-orders-major-nigerian-banks-to-announce-new-ceos-six-months-before-handover","Spring News, a bullet"),
("President Jonathan picks Zenith Bank MD as new CBN Governor", None, "https://ferddyjay.blogspot.com/2014/02/president-jonathan-picks-zenith-bank-md.html","blog headline (no person named)"),
("PHINMA Corp. has named a new chairman and president after its chairman, who held the post since 2003, stepped down early this year.", None, "https://www.bworldonline.com/corporate/2022/10/28/483510/phinma-corp-names-new-key-officials/","BusinessWorld, first sentence (no person)"),
("Ramon R. del Rosario, Jr., the company's president and chief executive officer (CEO), was designated chairman and CEO.", None, "https://www.bworldonline.com/corporate/2022/10/28/483510/phinma-corp-names-new-key-officials/","BusinessWorld, a sentence (a chair added to a held post)"),
("Chito B. Salazar, the company's chief operating officer and head of education, will concurrently serve as president.", None, "https://www.bworldonline.com/corporate/2022/10/28/483510/phinma-corp-names-new-key-officials/","BusinessWorld, a sentence (company not named)"),
("BUSINESSMAN Manuel V. Pangilinan stepped down as president and chief executive officer (CEO) of PLDT, Inc. on Tuesday.", None, "https://www.bworldonline.com/pangilinan-steps-down-as-president-ceo-of-pldt/","BusinessWorld, first sentence"),
("Mr. Pangilinan remains as chairman of the company.", None, "https://www.bworldonline.com/pangilinan-steps-down-as-president-ceo-of-pldt/","BusinessWorld, a sentence"),
("The new 'Boss': RSA takes over as San Miguel CEO; chairman still to be named", None, "https://bilyonaryo.com.ph/2021/04/17/the-new-boss-rsa-takes-over-as-san-miguel-ceo-chairman-still-to-be-named/","Bilyonaryo headline (initials only)"),
("Nearly a year after the death of bilyonaryo Danding Cojuangco, the San Miguel Corp. board has crowned Ramon S. Ang as its new CEO.", P("Ramon S. Ang","CEO",["San Miguel Corp.","San Miguel"]), "https://bilyonaryo.com.ph/2021/04/17/the-new-boss-rsa-takes-over-as-san-miguel-ceo-chairman-still-to-be-named/","Bilyonaryo, first sentence"),
("In a stock exchange filing, the company said Chief Operating Officer Miguel Marco A. Bitanga and Chief Information Officer Alberto P. Ambuyo were stepping down effective immediately.", None, "https://www.bworldonline.com/corporate/2024/05/29/598080/ptt-announces-leadership-changes/","BusinessWorld, a sentence"),
("Tan son named PAL Holdings' new chief", None, "https://www.manilatimes.net/2019/10/30/business/business-top/tan-son-named-pal-holdings-new-chief/652119/","Manila Times headline (no name)"),
("In a disclosure, PAL Holdings Inc. said Lucio Tan Jr. was now its new president after Gilbert Gabriel Santa Maria resigned from the post for \u201cpersonal reasons.\u201d", P(["Lucio Tan Jr.","Lucio Tan"],"president",["PAL Holdings Inc.","PAL Holdings"]), "https://www.manilatimes.net/2019/10/30/business/business-top/tan-son-named-pal-holdings-new-chief/652119/","Manila Times, a sentence"),
("Santa Maria, however, remains as president and chief operating officer of PAL Inc., it added.", None, "https://www.manilatimes.net/2019/10/30/business/business-top/tan-son-named-pal-holdings-new-chief/652119/","Manila Times, a sentence"),
("Also during the meeting, Joseph Chua was elected as director of the airline.", None, "https://www.manilatimes.net/2019/10/30/business/business-top/tan-son-named-pal-holdings-new-chief/652119/","Manila Times, a sentence (a board seat)"),
("Manny V. Pangilinan announced to retire from his position as president and CEO of PLDT. Alfredo Panlilio, who is currently telco's chief revenue officer, will take his place.", P("Alfredo Panlilio","president and CEO","PLDT"), "https://www.techbeat.ph/mvp-retires-as-president-ceo-of-pldt-al-panlilio-to-take-over/","TechBeat, first two sentences"),
("A fifth-generation heir of the male-dominated Aboitiz family, Ana Maria Aboitiz-Delgado is poised to sit as Union Bank of the Philippines' president and CEO by Jan. 1, 2025.", P("Ana Maria Aboitiz-Delgado","president and CEO","Union Bank of the Philippines"), "https://business.inquirer.net/493787/change-is-in-the-air-a-new-era-begins","Inquirer, a sentence"),
("Delgado, who first joined UnionBank in 2003 as a management trainee, is currently the company's senior executive vice president.", None, "https://business.inquirer.net/493787/change-is-in-the-air-a-new-era-begins","Inquirer, a sentence"),
]
with open(sys.argv[1],"w") as f:
    for t,e,u,w in items:
        f.write(json.dumps({"text":t,"expected":e,"part":"dev","source":S(u,w)},ensure_ascii=False)+"\n")
print(len(items), sum(1 for i in items if i[1]))
