"""Round 5 appt4 batch 3: company newsroom posts (a software company's blog, an AI lab's news page) and a forex
industry news archive (broker press pieces: appointments and brand/sponsorship news as hard negatives).
Labelled by hand before scoring or any rule.
Four pages the duplicate check found already in dev (Chocolatey COO, Anthropic CCO, two broker pieces) were dropped."""
import json

Q = "quoted for evaluation"
def src(repo, commit, path): return f"{repo}@{commit}:{path}; {Q}"
P = lambda person, title, company: {"person": person, "title": title, "company": company}
BA = ("vivaluxo37/BrokeranaylysisDaily", "3e827de530dedb436cf8a7718ce50398e24874d4")
rows = [
 ("Gary Ewan Park Joins Chocolatey as Senior Software Engineer\nWe are excited to announce that Gary Ewan Park has joined the team as a Senior Software Engineer in a full time capacity. Gary had been working with the team in a part time capacity previously and has been a long time member of the Chocolatey community!",
  P("Gary Ewan Park", "Senior Software Engineer", "Chocolatey"),
  "stored file WeilerWebServices/Chocolatey:chocolatey.org/chocolatey/Website/Views/Blog/GaryEwanParkJoinsChocolatey.txt; " + Q),
 ("CFI Financial Appoints Ziad Melhem as Group CEO\nDubai, 24 June 2025 — CFI Financial Group, a globally recognized leader in online trading, announced today the appointment of Ziad Melhem as its new Group Chief Executive Officer, marking an important milestone as the Group continues its strong global growth trajectory.",
  P("Ziad Melhem", "Group CEO", ["CFI Financial Group", "CFI Financial", "CFI"]), src(*BA, "scripts/article_068.sql")),
 ("Libertex Powers Up Monaco GP Weekend\nAs official sponsor of KICK Sauber F1 Team and co-host of Monaco’s most talked-about superyacht event, Libertex showcased a masterclass in strategic branding. Alongside Tom Claeren, the financial industry leader made waves at the Monaco Grand Prix for the second consecutive year.",
  None, src(*BA, "scripts/article_075.sql")),
 ("XM Arabia Successfully Concludes Regional Sponsorship\nCasablanca, Morocco, July 14, 2025 – Under the umbrella of its ongoing Golden Tour in the Arab world since last year, XM Arabia proudly concluded its distinguished participation as the Regional Sponsor of The Trading Show 2025 and its exclusive workshop with Expert Nadir Belbarka in Casablanca.",
  None, src(*BA, "scripts/article_079.sql")),
 ("IronFX Celebrates 15 Years of Global Trading Excellence\nSince 2010, global online CFD and forex broker IronFX has charted a course towards expansion, providing financial services and education to millions of traders. This year, it proudly celebrates 15 years in the industry.",
  None, src(*BA, "scripts/article_085.sql")),
]
with open("scratch/appt_r5_b3.jsonl", "w") as f:
    for text, exp, source in rows:
        f.write(json.dumps({"text": text, "expected": exp, "part": "dev", "source": source}, ensure_ascii=False) + "\n")
print(len(rows), sum(1 for r in rows if r[1]))
