"""Batch 1 top-up (hard negatives: market totals, funds, grants in won/yen/CAD), appended before scoring."""
import json
S = " (stored page, search tool; text (c) its publisher, quoted for evaluation; labelled by hand)"
items = [
 ("The startup market here saw record investments of 4.28 trillion won ($3.61 billion) last year, according to the Ministry of SMEs and Startups on Thursday.", "http://news.koreaherald.com/view.php?ud=20200130000669"),
 ("The support includes visas, office space and 40 million won ($36,400) each.", "https://koreajoongangdaily.joins.com/2016/09/11/industry/Koreas-startup-scene-is-starting-to-look-a-little-less-Korean/3023722.html"),
 ("SEONGNAM, South Korea - President Lee Jae-myung stated that the government would establish a KRW 1 trillion (approximately US$716 million) fund for entrepreneurs who have experienced previous business failures, according to remarks delivered at a September 17 event.", "https://www.thepickool.com/south-korea-launches-krw-1-trillion-startup-fund"),
 ("Venture capital funding jumped 50% to 345.7 billion yen ($3.09 billion) last fiscal year, well above the total of about 220 billion yen from IPOs, according to data compiled by mergers and acquisitions advisory firm Recof.", "http://www.newsonjapan.com/html/newsdesk/article/124859.php"),
 ("A former host admitted to knowingly receiving approximately 25 million yen that had been deceitfully obtained by convicted scammer \"Riri-chan,\" in a trial held on April 23.", "http://www.newsonjapan.com/html/newsdesk/article/124859.php"),
 ("Toronto-based Cross-Border Impact Ventures (CBIV) has closed its first fund, securing over $90 million USD ($135 million CAD) in total commitments.", "https://betakit.com/ecosystem-insiders-on-what-canadian-tech-should-expect-in-2024"),
 ("$135M CAD FOR WOMEN, CHILDREN-FOCUSED HEALTHTECH FUND", "https://betakit.com/ecosystem-insiders-on-what-canadian-tech-should-expect-in-2024"),
 ("Clio just raised the largest software funding round in Canadian tech history on the back of $200 million USD in ARR, international expansion, and smart forays into FinTech and AI.", "https://betakit.com/is-bc-tech-lethargic-or-on-fire/"),
 ("According to briefed.in's latest report, in the first quarter of 2021, startups in BC raised a total of $95.1 million through nine deals.", "https://betakit.com/canadian-startup-news-of-the-week-5-14-23/"),
]
with open("scratch/r8-fund8-batch1.jsonl", "a") as f:
    for t, s in items:
        f.write(json.dumps({"text": t, "expected": None, "part": "dev", "source": s + S}, ensure_ascii=False) + "\n")
