import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkbatch import emit
TT1 = "https://telecareaware.com/tag/ford-sync/ (health-tech weekly funding roundup bullets, 2013: sentences)"
TT2 = "https://telecareaware.com/tag/medarrive/ (health-tech weekly update: title; first line)"
VT = "https://vator.tv/news/2022-03-21-digital-health-news-funding-roundup-in-the-prior-week-march-21-2022 (digital-health weekly: title + dek; bullets)"
MH1 = "http://mobihealthnews.com/page/2/ (MobiHealthNews list page, 2014: headline + first paragraph)"
MH2 = "https://mobihealthnews.com/36897/in-depth-q3-2014-digital-health-state-of-the-industry (quarterly recap: lead-ins and sentences)"
MH3 = "http://ao6.org/in-depth-digital-health-news-recap-of-q3-2015.html (copy of a MobiHealthNews quarterly recap: a sentence)"
NC = "http://healthblog.ncpathinktank.org/tag/investment/ (sentences)"
OA = "https://oneasks.com/2024/03/monad-labs-in-talks-to-raise-more-than-200-million-round-led-by-paradigm-valuing-the-jump-crypto-linked-startup-at-3-billion (copy of a Fortune crypto story: sentences)"
BM = "https://blockogmedia.com/cryptocurrency/12046 (crypto news: sentences)"
BE = "https://blockeden.xyz/blog/tags/investment/page/2 (crypto VC blog: list fragments and sentences)"
TI = "https://www.theinformation.com/newsletters/crypto-global (crypto newsletter: sentences)"
PC = "https://resources.platform.coop/resources/blockchain-tokens-and-the-dawn-of-the-decentralized-business-model/ (a sentence)"
DS1 = "https://www.dealstreetasia.com/stories/gojek-pathao-tokopedia-oyo-gogovan-klook-144794/ (editor's weekly take: sentences)"
DS2 = "https://media.dealstreetasia.com/stories/editors-picks-the-week-that-was-oct-6-oct-11-459568 (editor's weekly picks: a sentence)"
MB = "https://mb.com.ph/2025/09/17/philippines-edges-indonesia-in-startup-capital-amid-regional-decline-driven-by-political-uncertainties (headline + first paragraph)"
MT = "https://marketech-apac.com/tag/investment/page/4 (regional business briefs: first sentences)"
SA = "https://seasia.co/2024/01/03/recap-2023-the-top-10-tech-news-stories-of-the-year-in-southeast-asia (list headings + first sentence)"
CA = "https://cariasean.org/news/cari-captures-issue-648-asean-startup-sector-facing-declining-funding/ (newsletter headings)"
IS1 = "https://verygoodnewsisrael.blogspot.com/2020/01/ (Israel good-news newsletter: bold lead + paragraph)"
IS2 = "https://americaunitedwithisrael.org/good-news-archive-february-14-2021/ (good-news newsletter: heading + paragraph)"
IS3 = "https://unitedwithisrael.org/good-news-archive-may-19-2024/ (good-news newsletter: heading + paragraph)"
MS1 = "https://marcschulman.substack.com/p/israel-update-week-ending-november (newsletter title + dek)"
MS2 = "https://marcschulman.substack.com/p/tel-aviv-diary-september-22-2023 (newsletter title + dek)"
SN = "http://siliconangle.com/blog/2012/08/28/is-dublin-the-new-startup-hub (sentences)"
BT = "http://www.belfasttelegraph.co.uk/business/news/dublin-well-ahead-on-funding-for-startups-31546735.html (headline + first paragraph; sentences)"
SR = "https://www.siliconrepublic.com/start-ups/ireland-venture-capital-imbalance (a sentence)"
WI = "https://www.wired.co.uk/article/dublin-startup-best-city (a sentence)"
AX1 = "https://www.axios.com/newsletters/axios-pro-rata-2c5e74fe-dfd7-4c0b-b6b6-c80095798125.html (Axios Pro Rata, 2021-02-02: sentences)"
AX2 = "https://www.axios.com/newsletters/axios-pro-rata-b81c5069-24a9-404b-b7c5-506a8e6b69dc.html (Axios Pro Rata, 2020-06-25: a sentence)"
AX3 = "https://www.axios.com/newsletters/axios-pro-rata-e4ec24ae-a5d5-4dad-9aca-d418cfa162a8.html (Axios Pro Rata, 2021-08-25: a sentence)"
AX4 = "https://www.axios.com/newsletters/axios-pro-rata-321ee3fa-3aa9-439a-a906-4aff08833974.html (Axios Pro Rata, 2023-01-25: sentences)"
AX5 = "https://www.axios.com/newsletters/axios-pro-rata-d80641e8-3a9a-4555-ab27-dd318b080b58.html (Axios Pro Rata, 2025-01-15: a sentence)"
AX6 = "https://www.axios.com/newsletters/axios-pro-rata-61f13db7-4f84-48eb-bb64-da7e1b23c4d6.html (Axios Pro Rata, 2021-08-11: sentences)"
AX7 = "https://www.axios.com/newsletters/axios-pro-rata-795d4286-a8e4-4ee5-94bf-7e4aeb0ae329.html (Axios Pro Rata, 2021-09-16: a sentence)"
NP = "https://npifund.com/article/term-sheet-newsletters (copy of Fortune Term Sheet, 2022-05-27: sentences)"
rows = [
("What is intriguing in the July deals is the whopping $40 million Series A funding of Oscar, which will integrate telemedicine (presumably consults) and free generic medications to its members in New York State, where they’ve stated they will be integrated into the Health Exchange in NY State.", ("Oscar", "series_a", 40e6, "USD"), TT1),
("MedSynergies led with a $65 million Series A for their software which will facilitate hospital networks performance monitoring of practices and provider referrals/scheduling.", ("MedSynergies", "series_a", 65e6, "USD"), TT1),
("Internationally, Withings raised a $30 million Series A in July.", ("Withings", "series_a", 30e6, "USD"), TT1),
("Fitbit just raised an additional $43 million to add to their previous $23 million.", ("Fitbit", None, 43e6, "USD"), TT1),
("The StartUp Health accelerator is now producing its independent analysis of health tech funding deals, presumably to catch the fire of RockHealth’s recognized quarterly report [TTA 9 July].", None, TT1),
("Fast funding and sale roundup for Thursday/Friday", None, TT1),
("Week-end update: Breaking–Theranos lab director suing Hulu, Disney for defamation; ‘green shoots’ for SonderMind, Cognito, Vital, MedArrive; 3 in Asia; Telstra Australia’s new CTO", None, TT2),
("Key Theranos prosecution witness suing Disney and Hulu for misrepresentation and defamation.", None, TT2),
("Digital health news, funding roundup in the prior week; March 21, 2022\nGoogle Health partnered with MEDITECH; NIH developed HIV mRNA vaccines; Illumina sued Guardant", None, VT),
("Genomics sequencing company Illumina sued cancer-screening company Guardant Health and its two founders, accusing them of stealing and profiting from its trade secrets.", None, VT),
("Google Health partnered with MEDITECH, an on-premise electronic health record system, for an integrated solution that will enable the use of Google Health’s search and summarization capabilities within the Expanse EHR.", None, VT),
("Astute Imaging, a provider of imaging guided therapy and procedure planning services, acquired Dileny Technologies, a deep technology healthcare startup developing innovative artificial intelligence solutions for screening and diagnostic radiology workflow", None, VT),
("Mobile health companies raked in $198 million during Q1 2014\nConsumer-focused health technology companies raised $398 million from 103 investment deals in the first quarter of 2014, according to a report from Mercom Capital Group.", None, MH1),
("Google acquires tremor-canceling spoon company: Google has acquired San Francisco-based Lift Labs, a company that is developing smart utensils for people with Parkinson’s and essential tremor.", None, MH2),
("Lift Labs has raised $1 million in funding to date.", None, MH2),
("HCA buys PatientKeeper: The most recent acquisition deal -- just last week -- was Nashville, Tennessee-based healthcare provider HCA's purchase of PatientKeeper, one of the oldest mobile health companies still in operation.", None, MH2),
("The third quarter of 2015 was another big one for digital health, with $689 million in funding raised by 49 different companies.", None, MH3),
("Looking only at investments worth at least $2 million, Rock Health estimates that $4.1 billion of new capital was invested in digital health, up from less than $1 billion in 2011.", None, NC),
("StartUp Health, which also captures smaller deals, estimates that $6.5 billion in new capital was invested in digital health in 2014, up from $1.2 billion in 2010.", None, NC),
("Massive crypto raises are back: Paradigm, the venture firm behind many of the industry’s top startups, is in talks to lead a round north of $200 million for Monad Labs, a startup that aims to build a faster competitor to the blockchain Ethereum, according to people familiar with the raise.", None, OA),
("The round, which would follow Monad Labs’ $19 million seed round announced in February 2023, values the startup at $3 billion, according to those familiar with the deal.", None, OA),
("Well-known cryptocurrency venture capital firm Paradigm is reportedly raising funds of $750 million to $850 million.", None, BM),
("During the cryptocurrency bull market in 2021, Paradigm established a $2.5 billion fund, which was the largest cryptocurrency investment fund at the time.", None, BM),
("Paradigm had invested $278 million in FTX, and Matt Huang stated that Paradigm was unaware of any fraudulent behavior by FTX.", None, BM),
("Rain's $250 million Series C at a $1.95 billion valuation.", ("Rain", "series_c", 250e6, "USD"), BE),
("Fireblocks acquiring Tres Finance for $130 million.", None, BE),
("Babylon Labs securing $15 million from a16z for Bitcoin collateral infrastructure.", ("Babylon Labs", None, 15e6, "USD"), BE),
("ZenChain closing $8.5 million for its EVM-compatible Bitcoin L1.", ("ZenChain", None, 8.5e6, "USD"), BE),
("In just seven days, crypto venture capitalists deployed $763 million across six projects.", None, BE),
("In March, Haun Ventures announced it raised $1.5 billion across two funds.", None, TI),
("And Andreessen Horowitz debuted a $4.5 billion crypto fund last May.", None, TI),
("A handful of blockchain-based projects have raised a combined $250m+, but none of that money has come from venture capitalists.", None, PC),
("This week, the Indonesian unicorn announced unspecified investments from three companies under Japan’s Mitsubishi group and Siam Commercial Bank, Thailand’s largest lender by assets.", None, DS1),
("Meanwhile, Kristie had this story on the ongoing cost-cutting and restructuring at GOJEK-backed Bangladeshi app Pathao after its plans to close a $50-million Series B round came up short.", None, DS1),
("It is said to have closed an investment in local agritech startup Sayurbox.", None, DS1),
("The company has just had a fresh injection of capital from Norfund in the form of convertible preference shares.", None, DS2),
("Philippines edges Indonesia in startup capital amid regional decline driven by political uncertainties\nThe Philippines overtook Indonesia in equity funding value in the first half of the year as investments in startup firms in Southeast Asia fell to a six-year low, driven by rising regional uncertainties due to political unrest.", None, MB),
("Jakarta, Indonesia – VinFast, a Vietnamese electric vehicle manufacturer, has gotten approval from the Indonesian government regarding its plans to invest in the country.", None, MT),
("Singapore – Jollibee Foods Corporation (JFC), through its wholly-owned subsidiary Jollibee Worldwide Pte. Ltd., (JWPL) has announced an increase in stake with private equity fund Titan Dining LP which owns the Tim Ho Wan brand and company-owned stores.", None, MT),
("Temasek's VC Arm, Vertex, Gathers $900M in First Round for Latest Fund\nVertex Venture Holdings, a subsidiary of Temasek Holdings, raised more than $900 million in the first round of fundraising for Vertex Master Fund III.", None, SA),
("TikTok to Invest $1.5B in Indonesian E-Commerce Giant GoTo\nTikTok plans to invest $1.5 billion to acquire a majority stake in Tokopedia, the e-commerce platform that is part of Tokopedia's GoTo Gojek in Indonesia.", None, SA),
("ASEAN startup sector facing declining funding, prompting calls for restructuring and consolidation", None, CA),
("Stopping cancer in its tracks.\nIsrael’s Metabomed is developing treatments using small molecules that target and inhibit metabolic enzymes vital for cancer cells’ survival. It currently has four pipeline programs. Metabomed has just raised a further $12.5 million of funds to help it prepare for clinical trials.", ("Metabomed", None, 12.5e6, "USD"), IS1),
("Developing AI for spinal surgery.\nIsraeli intelligent scan analysis startup Zebra Medical (see here) is partnering with Johnson & Johnson subsidiary DePuy Synthes to jointly develop artificial intelligence technologies for spine and other orthopedic surgeries.", None, IS1),
("Treatment for deadly bacteria approved\nFollowing successful Phase 3 trials, the US FDA has approved Reltecimod from Israel’s Atox Bio (reported here previously) for the treatment of NSTI (Necrotizing  Soft  Tissue Infections), commonly referred to as flesh-eating bacteria.", None, IS2),
("Raising funds for child survivors\nIsrael’s Valoo has launched a fund assembled to provide support for the child survivors of Oct 7. Operating with the social fund Tmura (see here previously), it will regularly distribute cash to these children over the next 10 years. The fund has already raised some $20 million in stock donations.", None, IS3),
("Edison award for cancer diagnosis\nIsrael’s Ibex Medical Analytics (see here previously) was a bronze winner in the Diagnostic Technologies category at the 2024 Edison Awards.", None, IS3),
("Israel Update Week Ending November 5\nBudgets Passed, Bennett Meets Global Leader,Shekel Strengthens,Israeli Companies Raise $3.45 Billion in October", None, MS1),
("Tel Aviv Diary September 22, 2023\nViolence in the West Bank and Gaza, as Netanyahu Meets Biden;Talks Peace with Saudi Arabia, More Start-Ups Funded, History and a Review", None, MS2),
("Recently, BalconyTV announced a funding round from Lerer Ventures, Polaris Venture Partners, and Greycroft Partners.", ("BalconyTV", None, None, None), SN),
("And just one week before that, LogEntries received investment of $1 million from Polaris Venture Partners, RRE Ventures, and a local firm Frontline.", ("LogEntries", None, 1e6, "USD"), SN),
("Dublin well ahead on funding for start-ups\nFor tech venture capitalists, Dublin seems to be the only place in Ireland with start-ups worth funding.", None, BT),
("In all, at least €227m (£165m) of the €307m (£224m) raised by start-ups in the first six months of this year went to companies based in Dublin, according to the IVCA figures.", None, BT),
("In all, Cork start-ups attracted just four VC investments in the first half of this year and Limerick start-ups saw no VC investment at all.", None, BT),
("Circle, the Boston-based Bitcoin money-transfer company with a European headquarters in Dublin, raised more than €45m (£33m) in funding", ("Circle", None, 45e6, "EUR"), BT),
("On Friday, the IVCA reported the latest figures for the second quarter of the year showing a new record high of €486m for the first half of 2016.", None, SR),
("Investment in Irish tech companies doubled from 2014 to 2016 to reach €888 million (£814m), according to the Irish Venture Capital Association.", None, WI),
("Driving the news: The stock trading app yesterday announced $2.4 billion in new funding from existing backers, on top of the $1 billion it secured last Friday.", None, AX1),
("The $3.4 billion was structured as a convertible note, although terms haven’t been disclosed.", None, AX1),
("Breaking: Uber agreed to buy alcohol delivery company Drizly for $1.1 billion.", None, AX1),
("Upfront plugged $1 million into Valence, which launched its beta last November and now has nearly 8,000 members.", ("Valence", None, 1e6, "USD"), AX2),
("Sweetgreen, the quick-service restaurant chain that recently filed for an IPO, acquired Spyce, an automated kitchen startup that operates two of its own restaurants in Boston.", None, AX3),
("Musical note: Hipgnosis, the music investment fund backed by Blackstone, confirmed its acquisition of Justin Bieber's publishing and recording rights.", None, AX4),
("Elsewhere: Harrison Metal, the VC firm led by Michel Dearing, is suing the founder and CEO of portfolio company Mixmax for breach of fiduciary duty.", None, AX4),
("Last call: The Justice Department yesterday sued private equity giant KKR for allegedly failing to file proper pre-merger notifications on nearly a dozen deals in 2021 and 2022, asking for a whopping $650 million in damages.", None, AX5),
("Meanwhile, Tiger Global has already been pre-marketing its upcoming $10 billion growth equity fund to back more internet startups while deploying its recently closed $6.7 billion fund at a furious pace.", None, AX6),
("By the numbers: Last quarter SoftBank's Vision Fund 2 invested in 47 startups ($14.2 billion including follow-on capital from VF 1), and has already backed another 27 since July 1.", None, AX6),
("When Mailchimp recently agreed to be acquired by Intuit for $12 billion, we noted how it was the richest sale ever of a private bootstrapped company.", None, AX7),
("After closing a $12.7 billion fund mere months ago, Tiger Global is planning to go back to market.", None, NP),
("Firms including Insight Partners, SoftBank, and Tiger Global have upped the number of deals they’ve completed in the first quarter of this year compared to last, according to Crunchbase data.", None, NP),
]
emit(rows, "batchC.jsonl")
print(len(rows), sum(1 for r in rows if r[1]), sum(1 for r in rows if not r[1]))
