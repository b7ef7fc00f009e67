"""Round 5 appt4 batch 2: company and public-body newsroom posts, local business briefs, company blogs
(a new hire told in the first person) and hiring talk with no named move (hard negatives).
Labelled by hand before scoring or any rule.
Four pages the duplicate check found in the sets (one held-out, three dev) were dropped whole."""
import json

Q = "text (c) its publisher, quoted for evaluation"
def src(url): return f"stored web page {url}; {Q}"
P = lambda person, title, company: {"person": person, "title": title, "company": company}
rows = [
 ("Peter Yates Appointed Publisher of The Daily Progress\nPeter S. Yates, a veteran newspaper executive, was appointed publisher of the Daily Progress Tuesday. He replaces Rob Jiranek, who served as publisher from 2016 to 2018.",
  P(["Peter S. Yates", "Peter Yates"], "publisher", ["The Daily Progress", "Daily Progress"]),
  "http://www.editorandpublisher.com/people/peter-yates-appointed-publisher-of-the-daily-progress/"),
 ("Port Authority Creates New Role for Growth\nPORT ALBERNI – The Port Alberni Port Authority is pleased to announce the promotion of David McCormick to the newly created position of Director, Public Relations and Business Development effective May 1, 2013.",
  P("David McCormick", "Director, Public Relations and Business Development", "Port Alberni Port Authority"),
  "https://www.alberni.ca/blogs/16-01-23/port-authority-creates-new-role-growth"),
 ("It is with a heavy heart that I announce my time at The Daily News is wrapping up as I have taken a promotion within the company and will be leading several of our Virginia markets.",
  None, "https://tdn.com/news/local/presidents-note-dave-cuddihy-is-promoted-within-company-to-east-coast/article_b5a1c120-651d-11ed-81a1-4f1e714bc564.html"),
 ("The chamber on Wednesday introduced its Washington Forward agenda, a collaborative policy road map that, according to a news release, “is designed to underscore the ongoing significance of economic, workforce and community development priorities” in the county. Chamber president Jeff Kotula said in a statement: “Through conversation and collaboration with our board and member businesses ... we have recognized there was not a unified message from the business community.”",
  None, "https://observer-reporter.com/business/chamber-road-map-providing-direction-for-washington-county/article_f877d93e-4cd6-11ee-9382-eb35aee6ac7a.html"),
 ("Lumber Liquidators names new president, COO\nLumber Liquidators, the Toano-based hardwood flooring retailer, has named Robert M. Lynch president and chief operating officer.",
  P(["Robert M. Lynch", "Robert Lynch"], "president and chief operating officer", "Lumber Liquidators"),
  "http://articles.dailypress.com/2010-12-22/business/dp-nws-bizbriefs-1222-20101222_1_bank-branch-local-business-briefs-food-drive"),
 ("I have three quick updates I would like to share.\nFirst, Doug Smith is handling the hiring process for the new Director of the Convention and Visitors Bureau. Searchwide has been hired as the executive search firm. Second, Tiffany Russell, our Director of Public Relations, will be our interim VP for Marketing and Research until the position can be filled.",
  P("Tiffany Russell", "interim VP for Marketing and Research", ["Convention and Visitors Bureau", "the Convention and Visitors Bureau"]),
  "https://cvblife.com/2016/02/05/director-updates"),
 ("Savannah, GA -- Gov. Nathan Deal joined Georgia Ports Authority Board Chairman-elect James L. Allgood, Georgia Department of Transportation Commissioner Russell R. McMurry and local leaders to celebrate the opening of the Jimmy DeLoach Connector.",
  None, "https://expansionsolutionsmagazine.com/ed_news/?y=2016&m=5"),
 ("The Cavalry is Here! And Just in Time\nOn May 1, 2007 Telarus found itself with a new Director of Web Development: Andrew Morgan. I met Andrew in Las Vegas at the Channel Partner Show. He was employed by PowerNet Global at the time and I instantly gained a respect for his knowledge of e-business as well as his integrity.",
  P("Andrew Morgan", "Director of Web Development", "Telarus"),
  "https://geoquote.blogspot.com/2007/05/cavalry-is-here-and-just-in-time.html"),
 ("Three to six, six to nine\nOur new sales guy started today. I like him but I'll reserve judgment until we get some results. Our typical sales cycle is about three to six months so we'll give him six to nine months and then bring down the hammer.",
  None, "http://yankeeent.blogspot.com/2005/12/three-to-six-six-to-nine.html"),
 ("Head Office has sent out an “all staff, all locations, all around the world” email again.\nSomebody I have never heard of who does a job I never knew existed has been promoted to a job whose purpose I cannot fathom and our paths have never and shall never cross.",
  None, "https://smellytongues.wordpress.com/2012/09/07/congratulations/"),
]
with open("scratch/appt_r5_b2.jsonl", "w") as f:
    for text, exp, url in rows:
        f.write(json.dumps({"text": text, "expected": exp, "part": "dev", "source": src(url)}, ensure_ascii=False) + "\n")
print(len(rows), sum(1 for r in rows if r[1]))
