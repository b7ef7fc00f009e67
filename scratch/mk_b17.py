"""Round-4 appointments batch 17 (third shift): hand-labelled before scoring."""
import json
Q = "; text (c) its publisher, quoted for evaluation; labelled by hand"
def P(person, title, company): return {"person": person, "title": title, "company": company}
APME = "https://www.apme.com/page/EditorsInNews"
HEP = "https://hepinc.com/true/page/5/"
UB = "https://universitybusiness.com/president-moves-spring-is-the-time-for-several-big-leadership-changes/"
IHE1 = "https://www.insidehighered.com/taxonomy/term/383?page=1"
IHE2 = "https://www.insidehighered.com/news/2017/08/24/new-presidents-or-provosts-auburn-city-colleges-chicago-desales-lakeshore-nc"
MC = "https://mediaconfidential.blogspot.com/2023/06/usatoday-names-npr-executive-as-editor.html"
FL = "https://mcwflint.blogspot.com/2009/04/new-executive-editor-reflects-on.html"
items = [
 ("David Zeeck leaving The News Tribune after 24 years as publisher and executive editor\nDavid Zeeck is leaving The News Tribune next month after 24 years at the paper, the last 10 as publisher.", None, APME),
 ("Rebecca Poynter will replace Zeeck. She is the vice president of local sales for McClatchy's West Region and serves as publisher of The Idaho Statesman and also oversees The Tri-City Herald.", None, APME),
 ("AP's enterprise editor Pauline Arrillaga to join Arizona State journalism school\nPauline Arrillaga, a 27-year veteran of The Associated Press who has overseen AP's enterprise journalism in the United States since 2014, is joining the Cronkite School of Journalism at Arizona State University.", None, APME),
 ("The New York Times, an American daily newspaper based in New York City with a worldwide readership, announced the appointment of its new executive editor.", None, "https://econotimes.com/New-York-Times-promotes-Pulitzer-Prize-awardee-Joe-Kahn-to-executive-editor-role-1631744"),
 ("NEW YORK: The New York Times on Tuesday announced the appointment of veteran journalist Joe Kahn as its next executive editor, the top newsroom position at the powerful US paper.",
  P("Joe Kahn", "executive editor", ["The New York Times", "New York Times"]), "https://thenews.com.pk/print/951638-new-york-times-names-next-editor-to-lead-us-paper"),
 ("Kahn -- currently the Times's number two-ranked editor -- will succeed Dean Baquet, whose eight-year reign is due to end in June, the daily said.", None, "https://thenews.com.pk/print/951638-new-york-times-names-next-editor-to-lead-us-paper"),
 ("USAToday has named Terence Samuel, NPR News' vice president and executive editor, as editor-in-chief effective July 10.",
  P("Terence Samuel", "editor-in-chief", ["USAToday", "USA Today"]), MC),
 ("Gannett on Friday also announced that Michael McCarter, who served as USA TODAY's interim editor-in-chief, has been promoted to vice president of opinion and will continue overseeing standards, ethics, and belonging at the USA TODAY Network.",
  P("Michael McCarter", "vice president of opinion", ["Gannett", "USA TODAY", "USA TODAY Network"]), MC),
 ("Kristin Roberts, Gannett's recently appointed chief content officer, said Samuel \"will be instrumental in the next phase of growth at USA TODAY.\"", None, MC),
 ("Jodi McFarland, 34, is the community editor in Saginaw.", None, FL),
 ("Flint's editor, John Foren, is leaving to pursue new adventures on June 1.", None, FL),
 ("The new publisher of the three newspapers is Matt Sharp, son of Flint's retiring publisher Dave Sharp.", None, FL),
 ("The University of Vermont Board of Trustees on Thursday officially appointed Dr. Marlene Tromp the next president of the college.",
  P("Marlene Tromp", "president", "University of Vermont"), "https://www.wamc.org/news/2025-03-20/dr-marlene-tromp-officially-named-university-of-vermont-president"),
 ("Tromp is currently President of Boise State University.", None, "https://www.wamc.org/news/2025-03-20/dr-marlene-tromp-officially-named-university-of-vermont-president"),
 ("College of Charleston Announces New President\nThe College of Charleston has named Steve Osborne as the school's next president.",
  P("Steve Osborne", "president", "College of Charleston"), HEP),
 ("Mr. Jeffrey D. Senese has been appointed the new president of Saint Leo University in Florida.",
  P("Jeffrey D. Senese", "president", "Saint Leo University"), HEP),
 ("ACHS Names Next President\nThe American College of Healthcare Sciences (ACHS) has named Erika Yigzaw president.",
  P("Erika Yigzaw", "president", ["American College of Healthcare Sciences", "ACHS"]), HEP),
 ("Dr. Heidi M. Anderson has been named the new president of the University of Maryland Eastern Shore.",
  P("Heidi M. Anderson", "president", "University of Maryland Eastern Shore"), HEP),
 ("New Oklahoma University president Jim Gallogly has begun his tenure with a bang, laying off six top administrators.", None, HEP),
 ("Western Connecticut State University has selected Jesse Bernal as its next president.",
  P("Jesse Bernal", "president", "Western Connecticut State University"), UB),
 ("Dr. F. DuBois Bowman has been selected as the next president of Morehouse College, the historic HBCU in Atlanta and alma mater of Martin Luther King, Jr.",
  P("F. DuBois Bowman", "president", "Morehouse College"), UB),
 ("Phil Cook, the current president and CEO of the North American Coalition for Christian Admissions Professionals since 2021, has been selected as the next president of Lee University.",
  P("Phil Cook", "president", "Lee University"), UB),
 ("The university Board of Trustees approved the appointments for the candidates of the presidential search committee and the timetable for the search Oct. 4.", None, "https://usishield.com/26406/news/trustees-approve-presidential-search-committee-timetable/"),
 ("Michelle Behr, provost, senior vice president for academic affairs and dean of the college at Birmingham-Southern College, in Alabama, has been named chancellor of the University of Minnesota, Morris.",
  P("Michelle Behr", "chancellor", ["University of Minnesota, Morris", "University of Minnesota Morris", "University of Minnesota"]), IHE1),
 ("Brendan Kelly, vice president for university advancement at University of West Florida, has been selected as chancellor of the University of South Carolina Upstate.",
  P("Brendan Kelly", "chancellor", "University of South Carolina Upstate"), IHE1),
 ("Sweet Briar Picks Next President\nSweet Briar College named its next president Monday, picking a former University of Virginia dean to lead the all-women liberal arts institution as it attempts to recover from a near closure two years ago.", None, IHE1),
 ("Meredith Woo will take over as president of Sweet Briar in rural Virginia after current president Phillip C. Stone retires in May.",
  P("Meredith Woo", "president", ["Sweet Briar", "Sweet Briar College"]), IHE1),
 ("Krislov to move from Oberlin to Pace\nPresident Marvin Krislov says higher ed is changing as he prepares to move from Oberlin to Pace.", None, IHE1),
 ("FORT COLLINS \u2014 The board of governors of the Colorado State University System has completed the final step of the process of appointing a new president of CSU and has confirmed the appointment of Joyce E. McConnell to the post.",
  P("Joyce E. McConnell", "president", ["CSU", "Colorado State University", "Colorado State University System"]), "https://bizwest.com/2019/03/29/csu-board-names-mcconnell-to-president-position/"),
 ("McConnell succeeds CSU's current president, Tony Frank, who begins serving exclusively as chancellor of the CSU System on July 1.", None, "https://bizwest.com/2019/03/29/csu-board-names-mcconnell-to-president-position/"),
 ("Michael B. Brown, professor of psychology and associate dean of the Thomas Harriot College of Arts and Sciences at East Carolina University, in North Carolina, has been chosen as provost and senior vice president for academic affairs at North Carolina Wesleyan College.",
  P("Michael B. Brown", "provost and senior vice president for academic affairs", "North Carolina Wesleyan College"), IHE2),
 ("Reverend James J. Greenfield, provincial of the Wilmington-Philadelphia Province of the Oblates of St. Francis de Sales, in Pennsylvania, has been appointed president of DeSales University, also in Pennsylvania.",
  P("James J. Greenfield", "president", "DeSales University"), IHE2),
 ("Steven Leath, president of Iowa State University, has been chosen as president of Auburn University, in Alabama.",
  P("Steven Leath", "president", "Auburn University"), IHE2),
 ("Juan Salgado, CEO of Instituto del Progreso Latino, in Illinois, has been named chancellor of City Colleges of Chicago, also in Illinois.",
  P("Juan Salgado", "chancellor", "City Colleges of Chicago"), IHE2),
 ("Tan Tai Yong, executive vice president, academic affairs, at Yale-NUS College, in Singapore, has been named president there.",
  P("Tan Tai Yong", "president", "Yale-NUS College"), IHE2),
]
with open(__file__.replace("mk_b17.py", "appt_r4_b17.jsonl"), "w") as f:
    for text, exp, src in items:
        f.write(json.dumps({"text": text, "expected": exp, "part": "dev", "source": src + Q}, ensure_ascii=False) + "\n")
print(len(items), sum(1 for i in items if i[1]))
