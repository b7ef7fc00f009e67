import json, sys
P = "stored web page {}; text (c) its publisher, quoted for evaluation; labelled by hand"
def A(p, t, c): return {"person": p, "title": t, "company": c}
AF1 = P.format("https://www.airandspaceforces.com/leadershipchangeatlockheedmartinaeronautics")
MIL = P.format("https://www.military.com/dodbuzz/2014/01/08/bae-airbus-tap-new-u-s-executives")
MUT = P.format("http://mutabbal.blogspot.com/2008/02/boeing-shifts-managers-in-defence-unit.html (quoting the Financial Times)")
OS = P.format("https://www.orlandosentinel.com/news/os-xpm-2005-06-30-lockheed30-story.html")
AF2 = P.format("https://airandspaceforces.com/lockheedmartinaeronauticsleadershipchange")
RT = P.format("http://www.reuters.com/article/spiritaerosystems-idUSL1N0CB3WB20130319")
AW1 = P.format("https://aviationweek.com/content/aerospace-daily-defense-report?page=2619")
AW2 = P.format("https://aviationweek.com/taxonomy/term/1106?page=1473")
MQ = P.format("https://mequoda.com/digital-publishing-trends/multiplatform-publishing-companies-promote-hire-focus-important-details")
DL = P.format("https://delectant.com/?p=65438 (quoting WWD)")
BM = P.format("https://theblondemisfit.com/1717-2")
YF2 = P.format("https://finance.yahoo.com/news/media-moves-march-29-2021-130041633.html (WWD)")
rows = [
 ("Lockheed Martin's board of directors has approved the appointment of Larry Lawson to serve as executive vice president of the company's Aeronautics business area, announced the company Thursday.", A("Larry Lawson", "executive vice president", "Lockheed Martin"), AF1),
 ("Filling Lawson's F-35 leadership position will be Orlando Carvalho, who is currently Lawson's deputy.", None, AF1),
 ("BAE, Airbus Tap New U.S. Executives\nEuropean defense giants BAE Systems Plc and Airbus SAS have announced new chief executive officers for their U.S. businesses.", None, MIL),
 ("Jerry DeMuro will succeed Linda Hudson as president and CEO of BAE Systems Inc. effective Feb. 1, the U.S. subsidiary of the London-based company announced Tuesday.", A("Jerry DeMuro", "president and CEO", ["BAE Systems Inc.", "BAE Systems"]), MIL),
 ("The Leiden, Netherlands-based company, formerly known as European Aeronautic Defence and Space Company N.V., tapped Allan McArtor to succeed Sean O'Keefe as chairman and CEO of Airbus Group Inc.", A("Allan McArtor", "CEO", ["Airbus Group Inc.", "Airbus Group"]), MIL),
 ("Lockheed Martin executive Ron Abbott will succeed retiring Stanley R. Arthur as head of the defense contractor's Orlando Missiles and Fire Control division.", A("Ron Abbott", "head", "Lockheed Martin"), OS),
 ("Earlier this month, the company appointed Dale P. Bennett, president of the company's Integrated Coast Guard Systems, to lead the division.", None, OS),
 ("David Chen was appointed president of the company's China operations.", None, AW2),
 ("Cliff Leaf is stepping down as editor in chief of Fortune, a role he has held since 2017.", None, DL),
 ("Hearst also announced Tuesday that Michele Promaulayko has been named Coles's replacement as both editor in chief of Cosmopolitan and editorial director of Seventeen.", A("Michele Promaulayko", "editor in chief", ["Cosmopolitan", "Hearst"]), BM),
 ("Chidozie Obasi has been appointed deputy editor of ODDA magazine, the bi-annual fashion and culture publication.", A("Chidozie Obasi", "deputy editor", ["ODDA magazine", "ODDA"]), YF2),
 ("He joins from Vogue Italia where he was a reporter for the culture section and will continue to write for the publication as a columnist and contributing editor.", None, YF2),
]
with open(sys.argv[1], "w") as f:
    for text, exp, src in rows:
        f.write(json.dumps({"text": text, "expected": exp, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
print(len(rows), sum(1 for r in rows if r[1]))
# Left out after dupcheck (an item of the page is already in the sets): Reuters on Spirit AeroSystems (test), a second
# Air & Space Forces page on Lockheed Martin Aeronautics (dev), the FT on Boeing via a blog (dev), an Aviation Week
# daily report page (dev), Mequoda on Forbes and Art in America (dev). No rule was written for any of their items.
