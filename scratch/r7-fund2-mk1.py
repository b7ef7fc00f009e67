import json
def P(c,r,a,cur): return {"company":c,"round":r,"amount":(float(a) if a is not None else None),"currency":cur}
N=None
S=lambda url,d: f"stored web page {url} ({d}); text (c) its publisher, quoted for evaluation; labelled by hand"
d8=S("https://test.daily8.com/en/article/b634b80be2d757f11e290e5c45128ee0","copy of an IANS weekly Indian funding report")
ys=S("https://yourstory.com/2021/05/startup-news-and-updates-daily-roundup-may-17-2021/amp","YourStory daily roundup")
tice=S("https://www.tice.news/tice-dispatch/top-startup-news-of-the-week-fintech-deeptech-and-policy-push-lead-the-week-10554241","TICE weekly dispatch")
noj=S("http://www.newsonjapan.com/html/newsdesk/article/124859.php","News On Japan copy of a Nikkei article")
med=S("https://medium.com/@julian.littler/japans-growing-startup-scene-tokyo-venture-ecosystem-bd62721c6ef2","Medium essay on the Tokyo venture ecosystem")
nx=S("https://newsx.io/2025/11/16/ai-startups-sakana-turing-get-funds-as-japans-attraction-grows","copy of a Bloomberg article")
te=S("https://tech.eu/2023/05/26/this-week-in-european-tech-26-may-2023/","tech.eu weekly roundup")
sf1=S("https://email.sifted.eu/how-governments-can-help-startups","Sifted Daily newsletter")
sf2=S("https://email.sifted.eu/the-california-of-europe","Sifted Daily newsletter")
wb=S("https://why.berlin/article/best-chances-to-raise-money-in-berlin","why.berlin article")
na=S("https://n-ag.net/deutschland/berlin/berlin-und-brandenburg-erhalten-10-millionen-fuer-start-ups-der-zukunft/en","regional news, English version")
cl=S("https://thecatchline.com/indian-startups-secure-395-million-in-funding-surge-up-350-from-previous-week/","The Catchline")
fg=S("https://fastnewsglobe.com/startup-ecosystem-of-india-is-flying-high-1250-crore-rupees-raised-in-7-days","Fast News Globe")
mk=S("https://www.marketers1.com/IN/Chennai/253325638355647/Adding-Communications--Digital-Marketing-%2C-Events%2C-PR-%26-Advertising","agency social post")
hn=S("https://hn.masterscheme.cn/item?id=9365539","Hacker News comment copy")
ini=S("https://initial.inc/articles/japan-startup-funding-2022h1-en","INITIAL Japan Startup Funding report")
items=[
("Indian startups secure $585.71 million in funding this week",N,d8),
("New Delhi: In a significant surge, Indian startups collectively raised approximately USD 585.71 million this week, marking a substantial increase from the USD 102.93 million secured the previous week.",N,d8),
("The majority of this funding was directed towards growth-stage companies, with notable investments including Porter, an on-demand goods transport agency, which secured USD 200 million in its Series F funding round.",P("Porter","series_f",200e6,"USD"),d8),
("This round was led by Kedaara Capital and Wellington Management, propelling Porter into the unicorn club.",N,d8),
("Other significant growth-stage investments encompassed automotive company Routemotic, which raised USD 40 million in its Series C round, and interior design startup Flipspaces, which secured USD 35 million led by Iron Pillar.",P("Routemotic","series_c",40e6,"USD"),d8),
("Additionally, logistics firm Celcius Logistics, foodtech company The Good Bug, and e-commerce startup Blissclub also attracted substantial investments this week.",N,d8),
("On the early-stage front, 20 startups collectively raised USD 263.41 million.",N,d8),
("Healthcare company PB Healthcare led this segment with an impressive USD 218 million seed round, backed by General Catalyst.",P("PB Healthcare","seed",218e6,"USD"),d8),
("Geographically, Delhi-NCR-based startups led the funding race with 11 deals, closely followed by Bengaluru with 10 deals.",N,d8),
("Moglix, a Noida-based B2B industrial goods ecommerce marketplace, on Monday, announced that it has raised $120 million in a Series E round led by Falcon Edge Capital and Harvard Management Company (HMC).",P("Moglix","series_e",120e6,"USD"),ys),
("Delhi-based omnichannel eyewear startup Lenskart has raised $95 million investment from global investment firm KKR via a secondary stake acquisition.",N,ys),
("A press note by KKR said as a part of the transaction, existing investors TPG Growth and TR Capital, who first invested in Lenskart in late 2014, will each divest a portion of their holding in the Company.",N,ys),
("Delhi-based smart parking management platform ParkSmart has raised an undisclosed amount of funding from Campus Fund and angels like Dilesh Gathani, Shireen Rangaswamy amongst others.",P("ParkSmart",None,None,None),ys),
("Earlier in August 2020, the startup had raised $2.8 million across seed and Series A round from elea Foundation for Ethics in Globalisation, the Singh Family Trusts, advised by Artha Impact, Yunus Social Business, Better Capital and Keiretsu Forum.",N,ys),
("The funds would be deployed to expand across geographies and add senior members to the core team.",N,ys),
("Top Startup News of the Week: Fintech, Deeptech and Policy Push Lead the Week",N,tice),
("India’s startup scene witnessed a strong rebound this week with $285M in funding, Dhan’s unicorn entry, Tamil Nadu’s new startup policy push, and AI & spacetech breakthroughs leading the headlines.",N,tice),
("According to industry trackers, Indian startups raised around $284.6 million across 26 deals, representing a sharp 78% jump over the previous week — signalling cautious optimism in the ecosystem.",N,tice),
("The standout of the week was Dhan, a Mumbai-based fintech platform, which raised $120 million, entering the coveted unicorn club.",P("Dhan",None,120e6,"USD"),tice),
("The Dhan deal alone accounted for nearly half of the week’s total funding, helping the fintech sector retain its position as the top-performing vertical in India’s startup landscape.",N,tice),
("Venture capital funding jumped 50% to 345.7 billion yen ($3.09 billion) last fiscal year, well above the total of about 220 billion yen from IPOs, according to data compiled by mergers and acquisitions advisory firm Recof.",N,noj),
("Mobile payment platform operator Origami said last September that it had secured 6.7 billion yen from investors including Toyota Motor arm Toyota Finance.",N,noj),
("It has raised some $116.7 million investment in only three years, all from Japanese funds.",N,med),
("Mercari now has 50 million downloads in Japan and monthly revenue of $88 million (According to Mercari this revenue figure has not changed in over a year since April 2015).",N,med),
("(Bloomberg) — Two of Japan’s most promising tech firms together secured more than ¥35 billion ($230 million) of financing this week, underscoring growing investor interest in the country’s burgeoning AI scene.",N,nx),
("Japanese self-driving tech startup Turing Inc. said Monday it raised about ¥15.3 billion from investors including Toyota Motor Corp. supplier Denso Corp.",P(["Turing","Turing Inc.","Turing Inc"],None,15.3e9,"JPY"),nx),
("Separately, Sakana AI said it raised ¥20 billion at a valuation of about $2.6 billion.",P("Sakana AI",None,20e9,"JPY"),nx),
("Tokyo-based Turing’s valuation nearly quadrupled from a year ago after the Series A funding round, which valued it at about $388 million, people familiar with the matter said, asking not to be identified as the details are private.",N,nx),
("The round included a ¥5.5 billion syndicated loan, the company said.",N,nx),
("This week, our research team tracked more than 80 tech funding deals worth over €883 million, and over 15 exits, M&A transactions, rumours, and related news stories across Europe.",N,te),
("London-based Builder.ai has secured $250 million in a Series D round led by Qatar Investment Authority (QIA).",P("Builder.ai","series_d",250e6,"USD"),te),
("According to a report first filed by Handelsblatt, Berlin-based fast grocery service, Flink has raked in €150 million from existing investors including German supermarket giant Rewe at €50 million and Doordash at €30 million.",P("Flink",None,150e6,"EUR"),te),
("German healthcare company Patient21 has raised €100 million in Series C funding to further develop its software platform and expand from Germany into further European markets.",P("Patient21","series_c",100e6,"EUR"),te),
("The Bucharest-founded FlowX.ai that helps businesses to digitize their internal processes, has raised $35 million in the largest Series A in the history of the Romanian startup ecosystem.",P("FlowX.ai","series_a",35e6,"USD"),te),
("Cologne’s Sastrify has raised $32 million in a Series B funding round.",P("Sastrify","series_b",32e6,"USD"),te),
("Last February, Germany launched its first big commitment to the cause: a $1bn deeptech and climate tech fund to invest in startups in areas such as AI, robotics and digital health.",N,sf1),
("Elsewhere today, we dig deep into what startups may need more than just government funding, an OpenAI alum’s fresh Series A round for his startup and Spain’s boost in early-stage funding.",N,sf1),
("Elsewhere today, we look at a $15.4m raise for a climate change-resistant cocoa alternative, hear from Speedinvest's Oliver Holle and dig into the spacetech startups investors have their eyes on.",N,sf2),
("Söder said that Bavaria was investing €5.5bn in areas like AI, quantum and space.",N,sf2),
("In total there were 1160 financing rounds in 2021 worth approximately €17.4 billion altogether.",N,wb),
("60% of this capital, €10.5 billion, flowed into Berlin startups.",N,wb),
("The highest round at €861 million went to Berlin-based food delivery startup Gorillas (that being just one of two rounds they did in 2021).",N,wb),
("33 of the Berlin deals in 2021 weighed in at over €100 million, and eight at over €500 million.",N,wb),
("The start-up factory Unite, which should be active from the beginning of 2026, has won a funding of up to ten million euros over five years.",N,na),
("Another exciting aspect of unite financing is the additional private capital of over ten million euros, which is provided from various sources: by the Berliner Sparkasse, private investors and large companies such as Bayer and Deutsche Telekom.",N,na),
("In July alone, Indian startups attracted $1.03 billion in investment, a significant boost attributed to the Indian government’s decision to abolish the angel tax in the Union Budget 2024-25.",N,cl),
("Notably, Indian EV firm Ather Energy secured $71 million, elevating its valuation to $1.3 billion and earning it the status of a “new unicorn.”",P("Ather Energy",None,71e6,"USD"),cl),
("Smallcase, which is India’s largest model portfolio platform, completed a $ 50 million series-D funding.",P(["Smallcase","smallcase"],"series_d",50e6,"USD"),fg),
("Fintech company Abound also achieved the highest number of $ 14 million funding this week.",P("Abound",None,14e6,"USD"),fg),
("Under the Startup India Initiative, the government has announced funding support to 217 incubators.",N,fg),
("24 startups. $385 million. Ten sectors in one week — from fintech and AI to defense tech, space, EVs, and skincare.",N,mk),
("The acquirer, Sprinklr, is funding multiple acquisitions out of their recently raised $46M, so it's fairly certain that the amount of this acquisition was less than $50M",N,hn),
("In fact, with a total of JPY 416 billion (USD 3.39 billion) raised over the first half of 2022—a sum equivalent to roughly 51% of all startup investment recorded in 2021—funding this year is shaping up to outpace the last.",N,ini),
]
out=open('/work/wt/r7-fund2/scratch/r7-fund2-batch1.jsonl','w')
for t,e,s in items: out.write(json.dumps({"text":t,"expected":e,"part":"dev","source":s},ensure_ascii=False)+"\n")
print(len(items), sum(1 for i in items if i[1]))
