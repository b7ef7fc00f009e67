"""Round 5 appt4 batch 1: press-release first paragraphs (SEC 8-K exhibit 99.1 releases, wire
releases) and company/trade newsroom posts. Labelled by hand before any rule was written.
Pages whose items the duplicate check found in the sets (8 in the held-out part, 5 in dev, one page
with one of each) were dropped whole; their text is not kept here."""
import json

Q = "text (c) its publisher, quoted for evaluation"
def src(url): return f"stored web page {url}; {Q}"
P = lambda person, title, company: {"person": person, "title": title, "company": company}
rows = [
 ("VIRGINIA M. ROMETTY ELECTED IBM CHAIRMAN\nARMONK, N.Y., September 25, 2012 . . . The IBM (NYSE: IBM) board of directors today elected Virginia M. Rometty chairman of the board, effective October 1, 2012. Mrs. Rometty succeeds Samuel J. Palmisano, who is stepping down from the board effective October 1, 2012.",
  None, "https://www.sec.gov/Archives/edgar/data/51143/000110465912065383/a12-22038_1ex99d1.htm"),
 ("CHIRON ANNOUNCES CHAIRMANSHIP TRANSITION\n—President and CEO Howard Pien to Succeed Chairman Seán Lance in May 2004—\nEMERYVILLE, CA, September 15, 2003 — Chiron Corporation (NASDAQ: CHIR) today announced that chairman Seán P. Lance, 56, intends to retire from active service with Chiron and its board of directors as of the annual meeting of shareholders in May 2004. The board of directors has determined that it will elect Chiron president and CEO Howard H. Pien, 45, as chairman at the same meeting.",
  None, "https://www.sec.gov/Archives/edgar/data/706539/000110465903020657/a03-3387_1ex99d1.htm"),
 ("Ciena Announces CFO Plans to Step Down By the End of Calendar 2007\nLINTHICUM, Md. — April 4, 2007 — Ciena Corporation (NASDAQ: CIEN), the network specialist, today announced that Joseph Chinnici, senior vice president, finance and chief financial officer, plans to resign from his position by the end of the current calendar year. The Company announced it has begun a search for his successor.",
  None, "https://www.sec.gov/Archives/edgar/data/936395/000095013307001582/w32970exv99w1.htm"),
 ("BOARD CHAIR WOLFE RESIGNS; NEVELS ELECTED TO BE CHAIRMAN\nHERSHEY, Pa., February 16, 2009 — The Hershey Company (NYSE: HSY) today announced that Kenneth L. Wolfe, the Company's non-executive Chairman of the Board of Directors, has resigned from the Company's Board of Directors effective immediately.",
  None, "https://www.sec.gov/Archives/edgar/data/47111/000004711109000007/exh991.htm"),
 ("Apple Australia Gains A New Managing Director From IBM\nARNnet is reporting out of Australia that Apple Australia has announced Tony King will be its new managing director. The previous managing director, Ben Bowley, left the company in March.",
  P("Tony King", "managing director", ["Apple Australia", "Apple"]),
  "https://www.macobserver.com/tmo/article/Apple_Australia_Gains_A_New_Managing_Director_From_IBM"),
 ("Dale Brendel, a native Missourian and newspaper group publisher in Oklahoma, has been named the new publisher of The Joplin Globe.\nBrendel, 56, has been a group publisher for the Globe's parent company, CNHI, in Oklahoma, with oversight of the Stillwater News Press, Muskogee Phoenix, Tahlequah Daily Press and the Ada News.",
  P("Dale Brendel", "publisher", ["The Joplin Globe", "Joplin Globe"]),
  "https://www.joplinglobe.com/news/oklahoma-newspaperman-named-new-publisher-of-the-joplin-globe/article_76e66820-db26-11e9-916a-0f8a7a0685a0.html"),
 ("GPO, USA, Hires Joel Harris\nGPO, USA, has hired Joel Harris, owner of Harris Global Marketing and Communications, to handle the company’s public relations.",
  None, "https://www.shotbusiness.com/harris-gpo-usa/"),
 ("Bill Hancock Statement on Jeff Long\nStatement from Bill Hancock: “When we created the selection committee, we envisioned the chairmanship as a one- or two-year term. In keeping with that, Jeff Long will be rotating off the chair’s role for next season.”",
  None, "http://collegefootballplayoff.com/news/bill-hancock-statement-jeff-long"),
 ("Twitter CEO Jack Dorsey announced on Twitter on Tuesday morning that the micro-blogging site has named former American Express executive Leslie Berland as its new CMO.",
  P("Leslie Berland", "CMO", "Twitter"),
  "https://marketingdive.com/news/twitter-names-former-amex-exec-as-new-cmo/412741"),
]
with open("scratch/appt_r5_b1.jsonl", "w") as f:
    for text, exp, url in rows:
        f.write(json.dumps({"text": text, "expected": exp, "part": "dev", "source": src(url)}, ensure_ascii=False) + "\n")
print(len(rows), sum(1 for r in rows if r[1]))
