import json, sys
P = "stored web page {}; text (c) its publisher, quoted for evaluation; labelled by hand"
def A(p, t, c): return {"person": p, "title": t, "company": c}
ST = P.format("https://www.straitstimes.com/business/hsbc-singapore-to-get-new-ceo")
YH = P.format("https://sg.finance.yahoo.com/news/bank-singapore-ceo-bahren-shaari-061419447.html")
KW = P.format("https://keithweed.blogspot.com/2010/03/keith-weed-nets-new-cmo-role-at.html (quoting Marketing Week)")
CM = P.format("https://chiefmarketer.com/procter-gambles-stengel-to-retire-as-global-marketing-officer/")
rows = [
 ("SINGAPORE - HSBC Singapore is set to get a new chief executive officer this year, with Mr Wong Kee Joo taking over the reins at the bank on June 1.", A("Wong Kee Joo", "chief executive officer", "HSBC Singapore"), ST),
 ("Until then, HSBC Singapore's chief operating officer, Mr Olfert De Wit, will act as the interim CEO, according to an internal memo seen by The Straits Times.", A("Olfert De Wit", "interim CEO", "HSBC Singapore"), ST),
 ("MOVES-Bank of Singapore names former Credit Suisse banker Cheung as Greater China COO\nSINGAPORE, March 11 (Reuters) - Bank of Singapore, one of Asia's biggest private banks, said on Monday it has appointed Ronnie Cheung as its chief operating officer for Greater China, effective March 19.", A("Ronnie Cheung", "chief operating officer", "Bank of Singapore"), P.format("https://www.nasdaq.com/articles/moves-bank-of-singapore-names-former-credit-suisse-banker-cheung-as-greater-china-coo")),
 ("Bank of Singapore CEO Bahren Shaari to retire this month\nSINGAPORE, Dec 19 (Reuters) - Bank of Singapore Chief Executive Officer Bahren Shaari will retire by the end of this month, according to an internal memo sent by the company's parent.", None, YH),
 ("Vincent Choo, OCBC's outgoing group chief risk officer, will be appointed as Bank of Singapore's interim CEO from January, the memo said.", A("Vincent Choo", "interim CEO", "Bank of Singapore"), YH),
 ("SINGAPORE (THE BUSINESS TIMES) - HSBC will soon announce a new Singapore chief executive (CEO) to succeed Tony Cripps, who will be leaving for the Saudi British Bank (SABB), says an internal memo signed by the bank's deputy chairman and chief executive Peter Wong and seen by The Business Times.", None, P.format("https://www.straitstimes.com/business/banking/hsbc-to-name-new-singapore-ceo-as-tony-cripps-moves-to-saudi-british-bank")),
 ("Keith Weed nets new CMO role at Unilever (Marketing Week, Rosie Baker)\nExpanded role now includes control over communications, with a place on the board.", A("Keith Weed", "CMO", "Unilever"), KW),
 ("Unilever has promoted Keith Weed, head of global homecare, oral care and water, to chief marketing and communications officer.", A("Keith Weed", "chief marketing and communications officer", "Unilever"), KW),
 ("James R. Stengel, the global marketing officer for Procter & Gamble, will retire on Oct. 31, the company said yesterday.", None, CM),
 ("P&G has tapped Marc S. Pritchard, the firm\u2019s president of strategy, productivity and growth, to replace Stengel as global marketing officer starting Aug. 1.", A("Marc S. Pritchard", "global marketing officer", "P&G"), CM),
 ("P&G baby care boss lands global marketing position\nProcter & Gamble has promoted its vice-president of strategic planning, marketing and new business development in its baby care business, James Stengel, to the role of global marketing officer.", A("James Stengel", "global marketing officer", ["Procter & Gamble", "P&G"]), P.format("https://www.marketingweek.com/2001/06/21/pg-baby-care-boss-lands-global-marketing-position/")),
 ("Procter & Gambles Susan Arnold to retire\nProcter & Gamble\u2019s high profile marketer Susan Arnold is to retire and leave the packaged goods company in September.", None, P.format("https://www.marketingweek.com/2009/03/10/procter-gambles-susan-arnold-to-retire/")),
 ("Marc Pritchard, 48, will take over as global marketing officer for the company next month.", None, P.format("https://www.adweek.com/brand-marketing/all-about-pgs-new-global-marketing-officer-96411/")),
 ("John Blood joined Anheuser-Busch InBev in 2009 to focus on global mergers and acquisitions, compliance and corporate law.", None, P.format("https://www-ft-com.ezp-prod1.hul.harvard.edu/content/9b3a2bc2-0e58-4f5f-b3c0-6c4628991306")),
]
with open(sys.argv[1], "w") as f:
    for text, exp, src in rows:
        f.write(json.dumps({"text": text, "expected": exp, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
print(len(rows), sum(1 for r in rows if r[1]))
# Left out after dupcheck: two Straits Times pages on HSBC Singapore and a Yahoo/Reuters Bank of Singapore page (items in
# the held-out part), and the Nasdaq/Reuters Bank of Singapore item the dev part already holds.
