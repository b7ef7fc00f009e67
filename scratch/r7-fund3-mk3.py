"""Batch 3: real Indian feed headlines (Entrackr, Inc42, ET, Reuters, TechCrunch via Google News) that two public
repos keep as the test cases of their own headline parsers ("every case is a real headline seen in the feeds").
Labelled here by hand with this set's conventions (their expectations were not copied: pre-Series A is seed,
a fund or an IPO anchor book is no round, a person or an unnamed startup is no company)."""
import json,subprocess,re
def P(c,r,a,cur): return {"company":c,"round":r,"amount":(float(a) if a is not None else None),"currency":cur}
N=None
A="headline kept as a 'real headline seen in the feeds' test case in a public repo (node headline-parser tests); text (c) its publisher, quoted for evaluation; labelled by hand"
B="headline (and body line) kept as a 'real headline from the seeded feeds' test case in a public repo (funding extractor tests, Entrackr feed); text (c) its publisher, quoted for evaluation; labelled by hand"
items=[
("10-minute food delivery startup Swish raises $24 Mn led by Bertelsmann India Investments - Entrackr",P("Swish",None,24e6,"USD"),A),
("Google-backed Indian space startup raises $100 million in latest funding round - Reuters",N,A),
("Deeptech Startup Jaipur Robotics Raises €4.3 Mn, Eyes India Expansion - Inc42",P("Jaipur Robotics",None,4.3e6,"EUR"),A),
("Indian EV startup River raises $120M Series C to scale production, launch more models - TechCrunch",P("River","series_c",120e6,"USD"),A),
("Funding and acquisitions in Indian startups this week [July 27 - Aug 01] - Entrackr",N,A),
("Legal AI startup NYAI raises $1.5mn seed round from family offices - ET Entrepreneur",P("NYAI","seed",1.5e6,"USD"),A),
("The Pizza Bakery operator Popo Global raises Rs 532 Cr from Artal Asia",P("Popo Global",None,5.32e9,"INR"),A),
("Graph AI raises $13.3 Mn in Series A round led by Insight Partners",P("Graph AI","series_a",13.3e6,"USD"),A),
("AI contact centre startup Dialflo raises Rs 1.7 Cr led by AJVC",P("Dialflo",None,1.7e7,"INR"),A),
("Cardless payments platform Piston raises $15 Mn in Series A led by FPV Ventures",P("Piston","series_a",15e6,"USD"),A),
("Nishant Pitti pledges Rs 212 Cr EaseMyTrip shares with Motilal Oswal for personal use",N,A),
("ESDS Soars 92% To Lead New-Age Tech Stocks This Week",N,A),
("Peak XV raises $1.2 Bn for new fund",N,A),
("Zepto raises prices on late-night orders",N,A),
("RentoMojo raises Rs 400 Cr via IPO anchor book",N,A),
("Ola's Krutrim raises $50 Mn in debt from Matrix Partners",P(["Krutrim","Ola's Krutrim"],"venture_debt",50e6,"USD"),A),
("Bengaluru-based fintech Jar secures $20 million from Tiger Global, Arkam Ventures and others",P("Jar",None,20e6,"USD"),A),
("Ather Energy raises INR 400 Cr",P("Ather Energy",None,4e9,"INR"),A),
("Edtech unicorn upGrad bags Rs 1,000 crore from Temasek",P("upGrad",None,1e10,"INR"),A),
("Spacetech startup Pixxel closes $24 Mn Series B extension",P("Pixxel","series_b",24e6,"USD"),A),
("Quick commerce startup raises concerns over dark stores",N,A),
("Skyroot raises undisclosed amount from Temasek in pre-Series C",P("Skyroot",None,None,None),A),
("{Funding Alert} Circolife raises $4.5 Mn in pre-Series A led by Bharat Jaisinghani",P("Circolife","seed",4.5e6,"USD"),A),
("Exclusive: DaMENSCH raises Rs 60 Cr",P("DaMENSCH",None,6e8,"INR"),A),
("Accel raises $3.5 billion for early-stage fund",N,A),
("VC tracker: Accel raises $3.5 Bn",N,A),
("Construction qcomm outfit HomeRun raises $12 Mn from Nexus Venture Partners",P("HomeRun",None,12e6,"USD"),A),
("Q-comm for building material industry Fixxly raises $5.5M seed",P("Fixxly","seed",5.5e6,"USD"),A),
("specialty coffee QSR Third Wave Coffee raises Rs 408 Cr",P("Third Wave Coffee",None,4.08e9,"INR"),A),
("Uber Black fleet partner raises Rs 96 Cr",N,A),
("Comet, the homegrown sneaker brand, raises Rs 100 Cr in Series B from Verlinvest",P("Comet","series_b",1e9,"INR"),A),
("AI Infra Play, BUILT Raises $2 Mn",P("BUILT",None,2e6,"USD"),A),
("Lightstorm Launches AI Superhighway, raises Rs 2,500 Cr",P("Lightstorm",None,2.5e10,"INR"),A),
("Former Dyson India boss Ankit Jain raises pre-seed from BEENEXT",N,A),
("IIT Kharagpur grad gave up PhD dream to build AI startup in San Francisco, raises Rs 580 Cr",N,A),
("RailTel Corporation of India raises Rs 167 Cr from EPFO",N,A),
("Aditya Birla Group raises Rs 24,000 Cr",N,A),
("Omega Seiki Mobility once again raises Rs 50 Cr from Abhishek Misra, Unistone",P("Omega Seiki Mobility",None,5e8,"INR"),A),
("Carrum Mobility raises $10 Mn Series B from Uber, Nearly Doubles Business Since January",P("Carrum Mobility","series_b",10e6,"USD"),A),
("Nua raises $50 Mn in Series C led by Peak XV Partners, Filter Capital and Peak XV",P("Nua","series_c",50e6,"USD"),A),
("HerSpace raises $40 Mn from existing investor Gray Matters Capital",P("HerSpace",None,40e6,"USD"),A),
("Sugar Cosmetics raises Rs 145 Cr from A91 Partners Amid Valuation Reset",P("Sugar Cosmetics",None,1.45e9,"INR"),A),
("Navana.ai raises Rs 40 Cr in Series A led by Ronnie Screwvala",P("Navana.ai","series_a",4e8,"INR"),A),
("tunnel startup raises $3 billion",N,A),
("B'luru startup raises Rs 24 Cr",N,A),
("ETtech Deals Digest: Startups raise $1.11 billion this week",N,A),
("GE Power India bags Rs 550 Cr order from Saudi Arabia",N,A),
("24 Indian startups raise Rs 2,090 Cr this week",N,A),
("Between August 31 and September 05, startups raised $291 Mn",N,A),
("Bodycraft Clinic and Salon raises Rs 120 Cr from PE firm Singularity AMC",P("Bodycraft Clinic and Salon",None,1.2e9,"INR"),A),
("PharmEasy Founders' AllHome raises Rs 200 Cr",P("AllHome",None,2e9,"INR"),A),
("'Innovation or modern slavery?' Startup offers 'CarryMen' to haul Delhi shoppers, gets Rs 79/hour",N,A),
("Largest funding in India's space sector: Pixxel raises $100M Series C from Temasek, Seraphim, Google",P("Pixxel","series_c",100e6,"USD"),A),
("At 7, he entered Guinness records; at 16, built a satellite: How a 20-year-old from Jammu raised $4.3 million",N,A),
("Navam Capital leads Rs 22 Cr round in DigitalPaani",P("DigitalPaani",None,2.2e8,"INR"),B),
("TPG-backed NewQuest offloads Rs 200 Cr Shadowfax stake in a bulk deal",N,B),
("Kuku to build 1,000-member AI team ahead of Rs 3,500 Cr IPO",N,B),
("Bajaj Finance acquires 5% stake in TrueFan AI\nThe Gurugram-based startup had previously secured $10 million in a Series A funding round led by Baring Private Equity Partners India and Z3 Partners in June this year.",N,B),
("OORJAA Raises Rs 9.7 Crore in Series A First Close Led by Equentis Angel Fund",P("OORJAA","series_a",9.7e7,"INR"),B),
("Fabric care startup Iztri raises Seed round led by All In Capital, Suashish Group",P("Iztri","seed",None,None),B),
("Gaming tech startup ARC raises Rs 10.5 Cr in pre-seed round",P("ARC","pre_seed",1.05e8,"INR"),B),
]
F='scratch/r7-fund3-batch3.jsonl'
rows=[{"text":t,"expected":e,"part":"dev","source":s} for t,e,s in items]
open(F,'w').write(''.join(json.dumps(r,ensure_ascii=False)+"\n" for r in rows))
print(subprocess.run(['.venv/bin/outrider','eval','extract','--dupcheck',F],capture_output=True,text=True).stdout)
print(len(rows),sum(1 for r in rows if r['expected']))
