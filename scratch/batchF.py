import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkbatch import emit
SP = "https://startuppakistan.com.pk/pakistani-startups-raised-240-million-investment-in-2021-alone-uptill-now-as-compared-to-2020 (sentences)"
RH = "https://www.riazhaq.com/2023/02/pakistan-startups-incubated-at-karachis.html (headline + first sentence; a sentence)"
TT = "https://technologytimes.pk/2016/03/16/pak-tech-startups-begin-getting-investor-recognition/ (sentences)"
DS = "https://www.thedayspring.com.pk/pakistan-set-to-launch-local-currency-venture-capital-fund/ (headline + first sentence; a sentence)"
AN = "https://www.arabnews.pk/node/2438496 (headline + first paragraph; a quote)"
IN = "https://instanewsistics.blogspot.com/search/label/Business (copy of a Pakistani startup story: headline + first paragraph; sentences)"
DW = "https://www.dawn.com/news/1252694/new-breed-of-tech-entrepreneurs (a sentence)"
TS = "https://techstuff.news/uncategorized/2021/01/23/how-fintech-and-serial-founders-drove-african-pre-seed-investing-to-new-heights-in-2020/ (copy of a TechCrunch feature: headline; sentences)"
TN = "https://www.technewscenters.com/goldman-leads-30m-twiga-raise-china-grows-tech-influence-jumia-weathers-lockup-expiry-techcrunch/ (copy of a TechCrunch Africa round-up: title; sentences)"
VN = "http://www.venture.name/author/jake-bright/ (copy of a TechCrunch Africa story: headline + first paragraph; a sentence)"
rows = [
("Bazaar, a Karachi-based internet start-up, was revealed to have received $30 million in ‘Series A’ funding less than a week later.", ("Bazaar", "series_a", 30e6, "USD"), SP),
("In the year 2021 alone, Pakistani start-ups have received at least 240 million dollars in financing.", None, SP),
("Last year, 66 million dollars were raised throughout the course of the entire year.", None, SP),
("Pakistan: Startups Incubated at Karachi's NED University Got the Highest Funding in 2022\nKarachi-based start-ups raised $236.7 million in 2022, accounting for two-thirds of Pakistan's total startup funding and almost double the previous year, according to Data Darbar.", None, RH),
("Since the start of 2018, the total VC funding in Pakistan soared more than 20-fold to reach an all-time high of $333m in 2022, according to Magnitt, an emerging market data platform.", None, RH),
("In 2015, 15 startups in Pakistan raised almost $30 million, up from just $6 million in 2014.", None, TT),
("Technology projects outsourced to Pakistan from overseas received another $70 million last year.", None, TT),
("Pakistan Set To Launch Local-Currency Venture Capital Fund\nKARACHI: Pakistan is set to introduce its inaugural local-currency-denominated venture capital fund aiming to boost the country’s tech sector and support startups.", None, DS),
("Leading the charge in this endeavor is Sai Venture Capital Private, a Lahore-based firm, aiming to secure $10 million in funding primarily from local investors.", None, DS),
("Government launches Pakistan Startup Fund in major boost for entrepreneurs\nISLAMABAD: The government launched the Pakistan Startup Fund (PSF) today, Tuesday, which aims to invest Rs2 billion per year in startups, Caretaker Information Technology Minister Dr. Umar Saif said after a dismal year for entrepreneural activities in the country.", None, AN),
("“If you are a startup in Pakistan and a foreign VC is evaluating your startup for a $1 million investment, the VC only needs to invest $700k — the Pakistan Startup Fund will give you a grant of $300k to help close the round.”", None, AN),
("Lahore-based coworking startup COLABS raises $3m in seed round\nLahore-based startup COLABS, which provides small and medium enterprises, entrepreneurs and freelancers with spaces and a tech platform to build and grow businesses, has raised $3 million in a seed round.", ("COLABS", "seed", 3e6, "USD"), IN),
("COLABS was founded in 2019 by Omar Shah, a former private equity and venture investor, and his twin brother Ali Shah, who operates a long-established family-run real estate and development firm SABCON, which designs and builds out COLABS' facilities.", None, IN),
("Its leadership team also includes Fatima Mazhar in the role of the chief operating officer.", None, IN),
("A little more than a year ago, Azan Malik partnered with his friends to found a tech firm to provide periodic maintenance services to the car owners in Lahore through online appointments at their doorsteps: at home or at office.", None, DW),
("Goldman leads $30M Twiga raise, China grows tech influence, Jumia weathers lockup-expiry – TechCrunch", None, TN),
("Kenya’s Twiga Foods raised a total of $30 million in October from lenders and investors led by Goldman Sachs.", ("Twiga Foods", None, 30e6, "USD"), TN),
("This adds to the list of African startups the U.S. financial firm has backed, including e-commerce venture Jumia and South African fintech startup Jumo.", None, TN),
("Africa focused Andela cuts 400 staff as it confirms $50M in revenue\nAfrica focused tech talent accelerator Andela will cut 400 junior engineers across Kenya, Uganda, and Nigeria, CEO Jeremy Johnson told TechCrunch.", None, VN),
("The Series D tech-venture is one of Africa’s most visible (by press volume) and best funded ― backed by $181 million in VC from investors that include the Chan Zuckerberg initiative.", None, VN),
]
emit(rows, "batchF.jsonl")
print(len(rows), sum(1 for r in rows if r[1]), sum(1 for r in rows if not r[1]))
