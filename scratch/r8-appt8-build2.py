"""Batch 2 (round 8, appt8): mining, football-club and tech executive news, labelled by hand before any rule."""
import json
def P(person, title, company):
    return {"person": person, "title": title, "company": company}
ARI = "https://www.australianresourcesandinvestment.com.au/2022/09/21/new-era-at-new-century-and-other-recent-executive-movements/"
PM = "https://anz.peoplemattersglobal.com/news/appointments/australian-mines-appoints-michael-holmes-as-new-ceo-35159"
CS = "https://chinaslurrypump.blogspot.com/2013/07/new-chairman-minerals-council-of.html"
RT = "http://in.reuters.com/article/africanminerals-idINL3E8I41E020120704"
FO = "https://fool.com.au/2021/01/04/why-the-chesser-asxchz-share-price-is-climbing-higher-today"
RD = "https://m.rediff.com/amp/sports/report/former-banker-woodward-takes-top-role-manchester-united-epl/20130220.htm"
MU = "https://metro.us/man-utd-to-name"
NT = "https://newstalk.com/sport/manchester-united-announce-new-ceo-as-woodward-steps-down-1295722"
CU = "https://carlisleunited.co.uk/news/2013/june/fl-league-to-appoint-chief-exec"
IT = "https://irishtimes.com/news/united-move-quickly-to-replace-kenyon-1.497739"
FP = "https://funplaneta.blogspot.com/2010/03/new-league-chairman-appointed-lord.html"
SZ = "https://sportzine69.blogspot.com/2013/07/football-league-appoints-shaun-harvey.html"
DM = "https://www.dailymail.co.uk/sport/football/article-1214163/Chelsea-promote-Manchester-United-man-replace-Peter-Kenyon-chief-executive.html"
TR = "https://www.theregister.com/2015/08/27/vmware_appoints_development_chief_as_new_cto/"
MP = "https://www.mediapost.com/publications/article/127843/microsoft-cto-jumps-to-aol.html"
IB = "https://www.itbrew.com/stories/2024/05/03/april-c-suite-shake-ups-leave-some-in-some-out"
IJ = "http://itsjustanotherlayer.com/2009/09/hiring-a-non-tech-person-for-a-cto/"
items = [
    (ARI, "New era at New Century and other recent executive movements", None),
    (ARI, "New Century Resources has appointed Robert Cooper as its new managing director and chief executive officer (CEO).",
     P("Robert Cooper", "managing director and chief executive officer", "New Century Resources")),
    (ARI, "Previous New Century managing director Patrick Walta stepped down from the board with effect from September 16, having served in the role for over five years.", None),
    (ARI, "Firefinch has appointed experienced mining executive Scott Lowe as its new managing director, effective October 17.",
     P("Scott Lowe", "managing director", "Firefinch")),
    (PM, "Australian Mines appoints Michael Holmes as new CEO\nAustralian Mines (AUZ) has appointed Michael Holmes as its new Chief Executive Officer with immediate effect.",
     P("Michael Holmes", "CEO", ["Australian Mines", "AUZ"])),
    (PM, "Holmes has replaced Les Guthrie who has been acting as interim CEO since May.", None),
    (CS, "Mr Andrew Michelmore was today elected Chairman of the Minerals Council of Australia Board.", None),
    (RT, "July 4 Iron ore producer African Minerals Ltd appointed Keith Calder as its chief executive, effective immediately, and said Executive Chairman Frank Timis who had been running the company since May would become non-executive chairman.",
     P("Keith Calder", "chief executive", ["African Minerals Ltd", "African Minerals"])),
    (RT, "The news of the new CEO appointment was first reported by the Financial Times.", None),
    (FO, "The Chesser Resources Limited (ASX: CHZ) share price is climbing higher today following a change in management.", None),
    (FO, "In today\u2019s release, Chesser advised that it has appointed Andrew Grove as its new CEO.", P("Andrew Grove", "CEO", ["Chesser", "Chesser Resources"])),
    (FO, "The outgoing managing director, Michael Brown, will continue in an advisory role for the remaining time.", None),
    (RD, "As part of United's reorganisation, commercial director Richard Arnold, who has done a series of sponsorship deals around the world, is promoted to the role of managing director.",
     P("Richard Arnold", "managing director", ["Manchester United", "United"])),
    (MU, "(Reuters) \u2013 Manchester United will appoint managing director Richard Arnold as its new chief executive officer in the coming days, effectively replacing executive vice-chairman Ed Woodward as the soccer club\u2019s boss, Sky News reported on Monday.", None),
    (MU, "A spokesperson for the English Premier League club, which has not had a CEO since David Gill\u2019s departure in 2013, declined to comment on \u201cspeculation\u201d when contacted by Reuters.", None),
    (NT, "Richard Arnold will become the new Chief Executive of Manchester United on February 1st, with Ed Woodward to leave his role.",
     P("Richard Arnold", "Chief Executive", "Manchester United")),
    (NT, "Woodward will continue to attend board meetings but will leave the club entirely in April of this year.", None),
    (CU, "The Football League is to appoint a Chief Executive to oversee the management and strategic direction of the organisation, with Chairman Greg Clarke moving from an executive to non-executive role.", None),
    (IT, "United move quickly to replace Kenyon\nDavid Gill has been appointed as chief executive of Manchester United \"with immediate effect\" following the resignation of Peter Kenyon who is expected to take a similar role at Chelsea.",
     P("David Gill", "chief executive", "Manchester United")),
    (FP, "The Football League has appointed businessman Greg Clarke as their new chairman to take over from Lord Brian Mawhinney.", None),
    (SZ, "Harvey will take up his new role on 1 October.", None),
    (DM, "Chelsea promote ex-Manchester United man Ron Gourlay to replace Peter Kenyon as chief executive", P("Ron Gourlay", "chief executive", "Chelsea")),
    (DM, "Chelsea have named Ron Gourlay as their new chief executive.", P("Ron Gourlay", "chief executive", "Chelsea")),
    (DM, "The 46-year-old replaces Peter Kenyon, who announced yesterday he would be stepping down from the position at the end of next month.", None),
    (TR, "VMware appoints development chief as new CTO", None),
    (TR, "Ray O'Farrell is therefore going to have an even busier VMworld that he first thought, as he'll be wearing the CTO and CDO hats at the shindig.", None),
    (MP, "AOL on Monday named Alexander Gounares as its new chief technology officer, as well as a member of its global executive operating committee.",
     P("Alexander Gounares", "chief technology officer", "AOL")),
    (MP, "Gounares succeeds Ted Cahall, who left AOL in January.", None),
    (IB, "Jason Taylor moved from Meta to Microsoft", None),
    (IB, "The tech behemoth hired former Meta VP of infrastructure Jason Taylor as corporate VP and deputy CTO on April 22.", None),
    (IB, "Security management company F5 announced Kunal Anand as its new CTO on April 2.", P("Kunal Anand", "CTO", "F5")),
    (IB, "Federal cybersecurity expert Sean Connelly left the government on April 19 after two decades.", None),
    (IJ, "Citrix has gone and hired a new CTO", None),
]
with open("scratch/r8-appt8-batch2.jsonl", "w") as f:
    for src, text, exp in items:
        f.write(json.dumps({"text": text, "expected": exp, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
print(len(items), "items", sum(e is not None for *_, e in items), "positives")
