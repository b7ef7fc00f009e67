import json,subprocess
exec(open('scratch/r7-fund2-mk1.py').read().split("out=open")[0])
first=[i for i in items if i[2]!=te]
cg=S("http://en.chinagate.cn/2015-06/15/content_35827919.htm","Xinhua roundup copy")
cf=S("https://www.cafayate.net/blog/our-blogs-1/dutch-startup-news-update-euro-tech-funding-dropped-cic-rotterdam-and-money-for-food-innovation-14581","copy of a Dutch startup weekly")
js=S("http://archive.jsonline.com/business/82322437.html","Milwaukee Journal Sentinel")
bt=S("https://biztimes.com/wisconsins-early-stage-companies-raise-record-483-million-in-2020/","BizTimes")
cn=S("https://www.cnet.com/tech/services-and-software/evan-williams-media-startup-medium-raises-25m/","CNET")
kd=S("https://kdal610.com/2024/03/05/semiconductors-a-bright-spot-in-dutch-startup-landscape-report-says/","copy of a Reuters article")
ds=S("https://blog.digitalsevaa.com/?p=25086","copy of a Silicon Canals article")
fn=S("https://fintechnews.site/dutch-startups-face-funding-hurdles-despite-tech-sector-growth","fintech news site")
mr=S("http://medial.app/news/decoding-rapidos-dollar120-mn-unicorn-round-5d27d4cc17579","Medial copy of an Entrackr article")
mw=S("https://medial.app/news/dubai-return-shock-customs-seizes-994-purity-gold-ring-delhi-hc-orders-release-and-rs-5000-costs-the-economic-times-39cccedc24ff0","Medial copy of an Entrackr weekly")
mv=S("http://medial.app/news/the-red-flags-and-magic-numbers-that-investors-look-for-in-your-startups-metrics-80-slide-deck-included-ec43e486afde4","Medial copy of an Entrackr article")
ic=S("http://www.anapaulabessa.com/index-102.html","copy of the Inc42 feed")
y2=S("https://yourstory.com/2021/04/startup-news-and-updates-daily-roundup-april-9-2021","YourStory daily roundup")
fj=S("https://www.frenchtechjournal.com/french-tech-wire-galactic-sheriff-macron-wants-spacetech-founders-to-saddle-up","French Tech Journal newsletter")
fj2=S("https://frenchtechjournal.com/french-tech-wire-startup-nation-confronts-austerity-nation-liberte-egalite-subventionne","French Tech Journal newsletter")
new=[
("According to StartupJuncture, which lists all publicly announced start-up investments in the Netherlands, more than 30 Dutch start-ups have raised 79 million euros (about 89 million U.S. dollars) in the first quarter of 2015, marking a 60 percent increase in number of deals.",N,cg),
("The biggest investment on Dutch start-ups during Q1 2015 reached 22 million euros and went to file transfer platform WeTransfer.",N,cg),
("Tech developer AppMachine was second with 13 million euros, followed by real-time trend intelligence company Bottlenose with 12 million euros.",N,cg),
("More investment came during April and May with maritime start-up Barge Master securing 20 million euros.",N,cg),
("European tech funding dropped 17 percent to €3.4 billion in Q3 2016.",N,cf),
("Startupbootcamp alumni ULU secured an investment of around one million euro to buy Chinese hardware company Velio.",P("ULU",None,1e6,"EUR"),cf),
("The money was invested by new ULU ceo Christian Kerssens (also co-founder of Velio) and the Brabantse Ontwikkelings Maatschappij (BOM).",N,cf),
("Secretary of State Martijn van Dam (Economy) has promised 8 million euro for innovation in the Food and Agriculture sectors, he said at the opening.",N,cf),
("State firms raise $22 million in venture capital",N,js),
("Seven state companies raised $22.2 million during the year, the lowest total since 2003, according to the MoneyTree Report, released Friday by PricewaterhouseCoopers and the National Venture Capital Association.",N,js),
("Last year, 19 young Wisconsin companies raised $75 million of venture capital, led by Cellular Dynamics International, with $18 million.",N,js),
("Madison-based Alice.com led state companies in venture capital fundraising in 2009, with $6 million, according to MoneyTree.",N,js),
("The network published a report in August saying that state companies had raised $22.9 million of angel and venture capital funding so far that year.",N,js),
("Wisconsin’s early-stage companies raise record $483 million in 2020",N,bt),
("The largest deals reported were SHINE Medical Technologies ($80 million), Fetch Rewards ($80 million), NorthStar Medical Radioisotopes ($70 million) and Sunvest ($50 million), accounting for $280 million of the state total.",N,bt),
("The average round size was $4.2 million, up from $3.8 million in 2019, and the median round size was $1 million, up from $700,000 in 2019.",N,bt),
("According to Recode, the startup just closed a $25 million round of funding, which is a hefty amount of money considering the average deal size is around $9 million.",N,cn),
("Before this round of funding, Williams was the primary investor behind Medium via an incubator he co-founded called The Obvious Corporation.",N,cn),
("Venture capital funding for Dutch chip startups grew for the fifth consecutive year in 2023, reaching 216 million euros ($234 million), the report by Techleap said, helped by increasing recognition of chip equipment maker ASML as Europe’s largest tech firm.",N,kd),
("Dutch companies are also more likely to be bought out before reaching a 1 billion euro ($1.1 billion) valuation, as happened with Booking.com in 2005, now worth more than 100 billion euros.",N,kd),
("In the first six months of 2021, Dutch startups together raised a whopping €3 billion.",N,ds),
("Amsterdam-based Messagebird and Mollie led the pack, respectively with their €823 and €672 million Series-C rounds.",N,ds),
("Challenger bank Bunq and fashion retail disrupter Otrium, also based in Amsterdam, raised more than €100 million.",N,ds),
("TechLeap data shows that venture capital funding for Dutch firms experienced relative growth in 2024, increasing 47% to €3.1 billion, ranking the Netherlands fourth in Europe behind the UK, Germany, and France.",N,fn),
("However, it also found that only 104 new Dutch companies secured funding of over €100,000 in 2024, a decrease from 172 in 2023.",N,fn),
("Decoding Rapido’s $120 Mn unicorn round",P("Rapido",None,120e6,"USD"),mr),
("Mobility startup Rapido recently turned unicorn after raising $120 million in a Series E funding round from WestBridge Capital through its various investment vehicles including SETU AIF and Konark.",P("Rapido","series_e",120e6,"USD"),mr),
("Notably, shares issued worth Rs 501 crore were fully paid-up shares while the other 50% is partly-paid up.",N,mr),
("According to the startup data intelligence platform, TheKredible’s estimates, Rapido was valued at around Rs 8,517 crore (approximately $1.02 billion) in the series E round.",N,mr),
("Funding and acquisitions in Indian startup this week [30 Sep - 05 Oct]",N,mw),
("During the week, 21 Indian startups raised around $92.63 million in funding.",N,mw),
("Last week, 29 early and growth-stage startups cumulatively raised over $461 million in funding.",N,mw),
("Agriculture supply chain firm Waycool spearheaded a $12 million debt funding round.",P(["Waycool","WayCool"],"venture_debt",12e6,"USD"),mw),
("Fintech startup Basic Home Loan raised $10.6 million followed by D2C millet-based snack brand Troo Good and lending startup True Balance with $8.6 million and $2.38 million in funding, respectively.",P("Basic Home Loan",None,10.6e6,"USD"),mw),
("Further, 12 early-stage startups secured funding worth $59.05 million during the week.",N,mw),
("Meanwhile, Digilogic Systems India (DSPL), Aikenist, SanchiConnect, Garuda Aerospace, and Sugar.fit also raked in funding but did not disclose the transaction details.",N,mw),
("VerSe clarified that over the past five years, it had availed services worth $80 million from Builder.ai, which included AWS infrastructure, cloud services, custom software and application development.",N,mv),
("During the same period, Builder.ai engaged VerSe for advertising and promotional services, paying a total of $53 million, creating a clear imbalance in the trade.",N,mv),
("SoftBank Made $1.8-1.9 Bn By Offloading Shares In Four Listed Indian Startups",N,ic),
("It had invested a total of $2.3-2.4 Bn in these four new-age companies.",N,ic),
("In December, SoftBank offloaded 2.53% of its stake in Gurugram-based parent of Policybazaar PB Fintech, through multiple block deals, amounting to a cumulative INR 913.7 Cr ($109 Mn).",N,ic),
("Alteria Capital announces first close of venture debt fund at Rs 1,325 Cr (Funding)",N,y2),
("The fund will target startups across early and growth stages with cheque sizes up to Rs 150 crore.",N,y2),
("Fintech startup Safexpay raises $6M from T Choithrams BVI, Ardor (Funding)",P("Safexpay",None,6e6,"USD"),y2),
("When France's L’Autorité de la concurrence (Competition Authority) announced on November 6 that it was slapping a €4.6M fine on the healthtech unicorn for abusing its dominant market position, the company issued a statement claiming:",N,fj),
("A French Tech Mission report positions startups as nationwide job engines rather than elite subsidy hogs before the budget axe falls. Also: A new new new digital minister; a Nobel win for economist Aghion; RIVRS pivots to Asia + new publishing model; €105M biotech raise leads funding rounds.",N,fj2),
]
allit=first+new
out=open('scratch/r7-fund2-batch1.jsonl','w')
for t,e,s in allit: out.write(json.dumps({"text":t,"expected":e,"part":"dev","source":s},ensure_ascii=False)+"\n")
out.close()
r=subprocess.run(['.venv/bin/outrider','eval','extract','--dupcheck','scratch/r7-fund2-batch1.jsonl'],capture_output=True,text=True)
print(r.stdout[-3000:],r.stderr[-500:])
