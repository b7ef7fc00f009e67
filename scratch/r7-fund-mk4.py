import json
def P(c,r,a,cur): return {"company":c,"round":r,"amount":(float(a) if a is not None else None),"currency":cur}
N=None
S=lambda url,d: f"stored web page {url} ({d}); text (c) its publisher, quoted for evaluation; labelled by hand"
gcv=S("https://staging.globalventuring.com/tapdaq-hits-up-bgf-for-6-5m-series-a/","Global Corporate Venturing")
yp=S("http://www.yorkshirepost.co.uk/news/silicon-valley-funding-shows-north-is-strong-1-8805902","Yorkshire Post")
pr=S("http://www.pressreader.com/uk/yorkshire-post/20171016/281938838144474","Yorkshire Post print edition via PressReader")
uk=S("https://edgedatacenters.nl/2022/01/21/ukcloud-acquired-troubled-government-cloud-provider-receives-funding-lifeline","copy of a Computer Weekly article")
lc=S("https://web.uk-plc.net/24n-biz/news/uk-government-launches-25m-investment-fund-for-londons-tech-startups.html","UK business news")
bq=S("https://www.bqprime.com/business/startup-funding-falls-to-its-lowest-in-at-least-five-years-in-july-september-says-tracxn","BQ Prime")
ken=S("https://the-ken.com/story/ratan-tata-yourstory-media/","The Ken")
c1=S("https://www.cnbctv18.com/startup/startup-digest-startup-funding-falls-by-33-in-q2-tracxn-report-rajeev-misra-steps-back-from-softbank-waycool-raises-rs-50-cr-from-stride-ventures--apple-to-release-new-lockdown-mode-14063092.htm/amp","CNBC-TV18 startup digest")
c2=S("https://www.cnbctv18.com/startup/startup-digest-herere-top-stories-of-the-week-4-9705191.htm","CNBC-TV18 startup digest")
si=S("https://www.siliconindia.com/news/weekly-review/the-week-that-was-indian-startup-news-overview-08--13-november-nid-217357-cid-83.html","siliconindia weekly review")
ys=S("https://yourstory.com/2024/05/vc-investments-in-april-decline","YourStory newsletter")
tb=S("https://thetimesofbollywood.com/mamaearth-to-file-drhp-in-oct-swiggy-completes-acquisition-of-dineout-twitter-lays-off-30-of-employees/amp","copy of a CNBC-TV18 startup digest")
fr=S("http://www.freshnews.org/feeds/techcrunch","FreshNews capture of the TechCrunch feed")
sv=S("https://newsletterest.com/message/151653/Yahoo-layoffs-Chinese-spy-balloons-and-Ford-ditches-most-of-its-Rivian-shares","StrictlyVC newsletter copy")
items=[
("UK-based ad exchange platform Tapdaq has received $6.5m in a series A round from investors including BGF Ventures, the venture capital arm of UK-government mandated growth equity firm British Growth Fund, Sky News reported on Wednesday.",P("Tapdaq","series_a",6.5e6,"USD"),gcv),
("British Growth Fund is a £2.5bn ($3.6bn) initiative set up by the UK government and backed by five domestic banks: Barclays, HSBC, Lloyds, RBS and Standard Chartered.",N,gcv),
("BGF Ventures has been allocated £200m and typically invests between £1m and £6m in series A and B rounds.",N,gcv),
("It previously obtained $1.4m in a 2014 seed round led by Balderton Capital and backed by Open Ocean.",N,gcv),
("An internet connection provider has secured £10m from Silicon Valley, allowing the business to turn many areas of the UK into ‘smart cities’.",N,yp),
("Hull-based Connexin will also be creating 100 jobs off the back of the investment from Digital Alpha, a Silicon Valley-based equity fund backed by tech giant Cisco Systems.",N,yp),
("£10m boost for expansion at Connexin",P("Connexin",None,10e6,"GBP"),pr),
("Thomas, who has served as a director of UKCloud since November 2020, has previously invested millions of pounds in the company through Hadston 2 – having provided the firm with a £5.5m “convertible loan” during the 2019-2020 financial year, which is due for redemption in late 2022.",N,uk),
("London's Tech Start-Ups Get £35m Government Investment",N,lc),
("The scheme, which has been established by Funding London and Capital Enterprise, will see £25 million invested in 156 seed stage firms in the technology, digital and science sectors over the next three years.",N,lc),
("Crowdcube, an equity crowdfunding platform, has been selected along with its consortium partner Braveheart Investment Group to invest £5 million into high growth businesses as part of the project.",N,lc),
("The quarter saw inflows of about $1.5 billion, which is a 30% drop from the previous quarter and a 54% slide from a year earlier.",N,bq),
("According to documents filed with the registrar of companies (RoC), Ministry of Corporate Affairs (MCA), YourStory has raised about Rs 20 crore in funding — Rs 9 crore each from UC-RNT fund and Kalaari Capital partners.",P("YourStory",None,200e6,"INR"),ken),
("YourStory had raised around $2.5 million at $7.5 million pre in the last round.",N,ken),
("Indian startup funding drops by 33% in April-June quarter: Tracxn Report",N,c1),
("The total funding raised by Indian startups has declined by 33 percent from $10.3 billion during the January-March quarter to $6.9 billion in the second quarter, according to a report by SaaS-based market intelligence platform Tracxn.",N,c1),
("Top startups which raised funds during the quarter include Dailyhunt parent VerSe Innovation ($805 million - Series J), Delhivery ($304 million - Series J), and Udaan ($275 million - Series D).",P("VerSe Innovation","series_j",805e6,"USD"),c1),
("Paytm to raise Rs 12,000 cr via IPO",N,c2),
("Digital payment app Paytm is looking to raise Rs 12,000 crore through fresh issue of shares in its upcoming IPO, the company told shareholders in a letter on Friday.",N,c2),
("Mohalla Tech, the parent company of regional language social media platform ShareChat and short video app Mojwill, bought back employee stocks worth $19.1 million.",N,c2),
("The move comes a few months after it raised $502 million at a valuation of $2.1 billion, thus making an entry into the startup unicorn club.",N,c2),
("Zomato, the online meal delivery company, became an investor this week, announcing plans to invest $175 million in three startups: Shiprocket, Curefit, and Magicpin.",N,si),
("This week, large-scale fundraises totaling $450 million were announced by startups on a various platforms.",N,si),
("The total funding for April 2024 came in at $848 million while the figure was $971 million for the same period a year ago.",N,ys),
("Mamaearth set to apply for IPO in October: Sources",N,tb),
("Byju’s $800M fundraise off the track as Sumeru Venture payment goes missing: Report",N,tb),
("At a time when the macroeconomic headwinds have slowed the pace of deal-making in the startup ecosystem, edtech giant BYJU’s had announced a mega $800 million fundraise in March this year.",N,tb),
("The company’s filings with the ministry of corporate affairs show that 16,031 Series F preference shares were allotted to Vitruvian Partners on 29 March for Rs 571 crore.",N,tb),
("Indian e-commerce giant Flipkart has hit the market to raise about $1 billion at up to $30 billion valuation before its public listing, two people familiar with the matter told TechCrunch.",N,fr),
("Flipkart was last valued at about $24.9 billion last year when it raised $1.2 billion in a round led by Walmart.",N,fr),
("Its latest moves come a week after Ford reported a $7.3 billion write-down on its Rivian investment last year.",N,sv),
]
out=open('/work/wt/r7-fund/scratch/r7-fund-batch4.jsonl','w')
for t,e,s in items: out.write(json.dumps({"text":t,"expected":e,"part":"dev","source":s},ensure_ascii=False)+"\n")
print(len(items), sum(1 for i in items if i[1]))
