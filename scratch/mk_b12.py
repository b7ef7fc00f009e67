import json, sys
P = "stored web page {}; text (c) its publisher, quoted for evaluation; labelled by hand"
def A(p, t, c): return {"person": p, "title": t, "company": c}
NIK = P.format("https://asia.nikkei.com/Editor-s-Picks/Japan-Update/Motor-king-Nagamori-pins-hopes-on-deputy-in-Nidec-succession")
SP = P.format("https://sundaypost.com/features/nissan-names-head-of-china-business-to-be-new-chief-executive")
JJ = P.format("https://sp.m.jiji.com/english/show/11860")
NP = P.format("https://www.nippon.com/en/news/kd938365020306178048/japanese-motor-giant-nidec-president-seki-steps-down.html")
NOJ = P.format("https://newsonjapan.com/article/120401.php")
EM = P.format("https://elevenmyanmar.com/news/who-will-be-next-nissan-chief")
YF = P.format("https://sg.finance.yahoo.com/news/japans-nidec-lines-five-execs-102956256.html")
KR = P.format("https://theinvestor.co.kr/view.php?ACE_MAIN=2&ud=20231124000506")
JA = P.format("https://koreajoongangdaily.joins.com/news/2025-11-10/business/industry/Generational-transition-eyed-as-Koreas-top-4-conglomerates-begin-corporate-reshuffles/2440122")
KH = P.format("http://khnews.kheraldm.com/view.php?ud=20161130000938")
FP = P.format("http://business.financialpost.com/news/fp-street/a-new-financial-guard-takes-the-helm-in-canada/wcm/5f095ab7-29b7-4ea3-a56a-c1cc27038408")
BDV = P.format("https://bankingdive.com/news/bmo-poaches-next-chief-risk-officer-from-citi/625297")
GM = P.format("https://www.theglobeandmail.com/business/article-royal-bank-co-head-of-canadian-investment-banking-departs-for-bank-of/")
BNN = P.format("https://www.bnnbloomberg.ca/td-says-barbara-hooper-to-lead-canadian-business-banking-after-current-head-retires-1.1872169")
rows = [
 ("Motor king Nagamori pins hopes on deputy in Nidec succession\nEx-Nissan executive to take on presidency; market's initial response lukewarm", None, NIK),
 ("KYOTO -- Japanese motor producer Nidec, whose rapid growth is almost synonymous with legendary founder Shigenobu Nagamori, has taken a first step toward a full leadership change by naming the long-reigning CEO's second in command.", None, NIK),
 ("Japanese carmaker Nissan Motor Co has named the head of its China business, Makoto Uchida, to be its new chief executive.", A("Makoto Uchida", "chief executive", ["Nissan Motor Co", "Nissan"]), SP),
 ("Mr Uchida replaces Hiroto Saikawa, who resigned last month after acknowledging he had received questionable income payments.", None, SP),
 ("Nidec Founder Nagamori to Hand Over Reins to Seki\nNidec Corp. founder Shigenobu Nagamori will hand over the post of CEO to President Jun Seki after holding the reins since its 1973 founding, the Japanese motor maker said Thursday.", A("Jun Seki", "CEO", ["Nidec Corp.", "Nidec"]), JJ),
 ("Dai-ichi Life Holdings installed 53-year-old Seiji Inagaki as president in April.", A("Seiji Inagaki", "president", "Dai-ichi Life Holdings"), NOJ),
 ("At Tokyo Electric Power Co. Holdings, 53-year-old Tomoaki Kobayakawa replaced 64-year-old Naomi Hirose in June.", None, NOJ),
 ("Masayuki Mizushima, 57, assumed the presidency of Hakuhodo DY Holdings ad agency Hakuhodo in April.", A("Masayuki Mizushima", "president", ["Hakuhodo", "Hakuhodo DY Holdings"]), NOJ),
 ("TOKYO (Reuters) - Japanese electric motor company Nidec Corp on Monday lined up five contenders to eventually take the reins as chairman from the firm's no-nonsense 78-year-old founder, Shigenobu Nagamori.", None, YF),
 ("On Friday, Samsung Electronics surprised observers by elevating its temporary strategy for the task force to a permanent unit and appointing Park Hark-kyu, formerly head of business support at the Device Solutions (DS) division, to succeed Chung.", None, JA),
 ("Chung, who previously led the task force, has stepped away from management and will now serve as a special adviser to the chairman.", None, JA),
 ("On Tuesday, GS Group Chairman Huh Chang-soo promoted his younger brother Huh Jin-soo, CEO and vice chairman of the group's oil refinery arm GS Caltex, to a chairman post.", None, KH),
 ("The Bank of Montreal has hired Citi's global head of climate risk to serve as its next chief risk officer (CRO), the Canadian bank said Wednesday in a press release.", None, BDV),
 ("Piyush Agrawal \u2014 who is CRO for Citibank NA, in addition to his climate role \u2014 will join BMO as deputy CRO on July 1, then ascend to CRO on Nov. 1, the bank said.", A("Piyush Agrawal", "CRO", ["BMO", "Bank of Montreal"]), BDV),
 ("Agrawal will replace Patrick Cronin, who is retiring after nearly 30 years at BMO.", None, BDV),
 ("TD Bank Group says its head of Canadian business banking Paul Douglas is stepping back from daily operations into the newly created position of chair of the division.", None, BNN),
]
with open(sys.argv[1], "w") as f:
    for text, exp, src in rows:
        f.write(json.dumps({"text": text, "expected": exp, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
print(len(rows), sum(1 for r in rows if r[1]))
# Left out after dupcheck (an item of the page is already in the sets): nippon.com on Nidec (test), Eleven Myanmar /
# The Japan News on Nissan (test), The Investor on LG (test), The Globe and Mail on BMO (test), Financial Post on bank
# CEOs (dev). No rule was written for any of their items.
