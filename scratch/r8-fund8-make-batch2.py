"""Batch 2 of r8-fund8: real text from public repositories (search tool code index), labelled by hand.
News-feed captures (title + newline + excerpt) and a weekly Indian startup newsletter."""
import json
U = "USD"
def P(c, r, a, cur=U): return {"company": c, "round": r, "amount": a, "currency": cur}
HB = "harshalbot/harshalbot.github.io@b758f1026b8c12ef2be797cf00e4d31d6decebdd:_posts/2017-04-01-newsletter-edition-24.md (weekly Indian startup newsletter; ETTech/Inc42/Medianama items)"
EM = "everyday-cc/ai@23fa679b75fc8611b2920ed55051f557461ad73b:_news/2021-11-12-early-money-11-bay-area-startups-just-raised-230m-in-series-a-funds-led-by-landing-ais-jumbo-round.md (news-feed capture: title + excerpt, incl. related items)"
LF = "everyday-cc/ai@57cf2f665c5a6e04e0ce99143c217156abdef9f1:_news/2021-10-13-london-fintech-firm-raises-8m-in-series-a-fund-to-expand-to-the-us.md (news-feed capture, incl. related items)"
FL = "everyday-cc/ai@1c7e1037d6359c2b28efa9b80e475f0244151501:_news/2024-02-20-ft-the-fintech-times-float-expands-with-50m-debt-financing-from-svb.md (related items of a news-feed capture)"
F12 = "everyday-cc/ai:_news/2021-05-13-fintech-start-up-raises-12m.md (news-feed capture, incl. related items)"
FW = "everyday-cc/ai:_news/2023-06-13-four-week-old-ai-start-up-raises-record-105mn-in-european-push.md (news-feed capture, incl. related items)"
EX = "everyday-cc/ai:_archive/_news/2020-12-09-exceedai-completes-4-million-raise-for-ai-marketing-assistant.md (news-feed capture)"
IV = "everyday-cc/ai:_archive/_news/2021-08-25-involveai-raises-16-million-in-series-a-funding.md (news-feed capture, incl. related items)"
HF = "everyday-cc/ai@9880269093393f719ed02ab45a336a998fe30ab2:_news/2021-03-11-hugging-face-raises-40-million-for-its-natural-language-processing-library.md (news-feed capture)"
VJ = "viraj89/ai-resources-and-tools:artifacts/blogs-and-news.md (daily AI news headline list, July 2025)"
AX = "https://www.axios.com/pro/media-deals/2024/06/11/particle-news-twitter-funding (stored page)"
CB = "https://news.crunchbase.com/startups/microsoft-acquires-semantic-machines-continuing-ais-big-2018 (stored page)"
MO = "https://mo4tech.com/?p=232226 (stored page)"
items = [
 ("Varmora Plastech, a premium homeware manufacturer has raised ₹30 Cr from GVFL.", P("Varmora Plastech", None, 3e8, "INR"), HB),
 ("CASHe, a personal lending firm raises ₹25 Cr in its Series-A round from Mathew Cyriac(Fmr Blackstone PE) and other investors.", P("CASHe", "series_a", 2.5e8, "INR"), HB),
 ("Jhakas, a company enabling local businesses to go online, has raised ₹1 Cr from a group of HNIs.", P("Jhakas", None, 1e7, "INR"), HB),
 ("Big Basket raises ₹45 Cr in Venture debt from Trifecta Capital.", P(["Big Basket", "BigBasket"], "venture_debt", 4.5e8, "INR"), HB),
 ("Oriano Solar, a procurement, and construction company for utility-scale solar power plants, to raise ₹20 Cr from SIDBI Venture's Samridhi fund.", None, HB),
 ("Icertis, an enterprise contract management company, has raised ₹175 Cr in its Series-C round led by B-Capital and existing investors.", P("Icertis", "series_c", 1.75e9, "INR"), HB),
 ("Licious, a gourmet meat delivery startup has secured $10 Million(approx. ₹67 Cr) from Mayfield India, 3one4 Capital and others in its Series-B round.", P("Licious", "series_b", 10e6), HB),
 ("Perpule, a fintech company has raised $650K(approx. ₹4.3 Cr) from KStart Capital and other investors.", P("Perpule", None, 650000.0), HB),
 ("Snapdeal looking to IPO in the later half of 2019; lists out 5 merchant bankers.", None, HB),
 ("Zomato in its latest report announces it processes 2 Million orders in a month and a 23% MoM growth.", None, HB),
 ("Zensar, a digital solutions company will acquire Keystone Logic, a supply chain and solutions company for ₹132 Cr.", None, HB),
 ("Siftr Labs, a photo-curation platform has been acquired by China's APUS Group.", None, HB),
 ("Genie, a hyper-local delivery startup shut its shop.", None, HB),
 ("Goqii becomes the top wearables vendor in India with 15% of the market share.", None, HB),
 ("Early Money: 11 Bay Area startups just raised $230M in Series A funds, led by Landing AI's jumbo round\nAI helped push the total raised by #BayArea startups in #SeriesA rounds over the last week well past the $200 million mark. #venture", None, EM),
 ("Rad AI Raises $25M in Series A Funding\nRad AI, a Berkeley CA-based radiologist-led AI company, raised $25M in Series A funding. The round was led by ARTIS Ventures with participation from OCV Partners, Kickstart Fund, and Gradient Ventures.", P("Rad AI", "series_a", 25e6), EM),
 ("AI Writer Startup Gets $21 Million in Series A Funding\nWriter, an AI framework capable of generating written content for marketing teams, announced today that it has secured $21 million in series A funding, in a package led by venture capital company Insight Partners.", P("Writer", "series_a", 21e6), EM),
 ("The Funded: The maker of a dinner plate-sized AI chip raised $250M in new funding\nA local chipmaker now has some big bucks to boost its planned global expansion Cerebras Systems Inc., which is developing chips for artificial intelligence, announced Thursday it raised $250 million in Series F funding.", P(["Cerebras Systems", "Cerebras Systems Inc.", "Cerebras"], "series_f", 250e6), EM),
 ("Zesty Raises $35 Million Series A to Simplify Cloud Management with AI-Driven Automation\nZesty, a provider of AI-driven cloud management technologies for real-time optimization, today announced a $35 million Series A funding round led by Next47. Joining the round as new investors are Sapphire Ventures and Samsung Next,", P("Zesty", "series_a", 35e6), EM),
 ("London fintech firm raises £8M in Series A fund to expand to the US\nA London-based fintech company specialising in debt capital markets has announced an £8m Series A round fund fuelling its expansion… | London | Recruitment | Finance | Finance | Investment | USA | Bus", None, LF),
 ("Fintech stays on the march as ASX non-bank lenders and financial wellness apps build market share\nASX fintech stocks are rising rapidly as non bank lenders are gaining market share from banks. Stocks like HMY, PLT and DOU are growing", None, LF),
 ("Global FinTech Market to 2026 By Technology, Service, Application, Region, Competition Forecast & Opportunities - ResearchAndMarkets.com\nGlobal FinTech Market to 2026 By Technology, Service, Application, Region, Competition Forecast & Opportunities - ResearchAndMarkets.com. The \"Global FinTech Market, By Technology", None, LF),
 ("Insights From The 2023 Fintech Index\nMuch ink has been spilled about where fintech is going. It is refreshing to ground this in a retrospective. In this vein, I wanted to deep dive on three reflections from this excellent report by F-Prime: The 2023 Fintech Index.", None, FL),
 ("Bud Financial, Fintech Galaxy in tie-up to boost Open Banking\nBud and Fintech Galaxy will blend advanced, AI-powered data enrichment techniques with the Open Finance FINX Platform enabling FIs to craft financial experiences that truly resonate with individual needs. Tangible benefits This collaboration is all about ...", None, FL),
 ("India finance ministry to meet fintech startups next week, source says\nIndia's finance ministry will hold meetings with the country's fintech startups next week to urge them to comply with regulations and hear their concerns, a source familiar with the matter told Reuters on Tuesday.", None, FL),
 ("RBI ups scrutiny of fintechs with more inspections\nIndia's financial regulator, the Reserve Bank of India (RBI), is intensifying oversight of fintech firms after inspections revealed lapses in customer due diligence. The RBI has increased meetings with executives and invested in better technology to monitor regulatory compliance.", None, FL),
 ("Tech-Driven Efficiency: How Automation is Reshaping Fintech Operations\nBacked by these enablers, the fintech market in India is projected to reach $150 billion by 2025. Artificial intelligence: AI is a core component of the fintech world that is used for better loan decision-making, credit risk assessment, fraud detection ...", None, FL),
 ("Sameer Nigam talks all things fintech; Paytm’s shares surge 5% again\nThe caller identification app's AI assistant in India led to a 19% increase in paying ... In the wake of the developments, Finance Minister Nirmala Sitharaman has decided to meet heads of fintech companies next week to persuade them to strictly follow ...", None, FL),
 ("Fintech Giant Black Banx Boasts Highest Annual Profit since 2015\nWhere traditional banks have huge efforts and manual labor costs to identify and do background checks on their non-resident clients, Black Banx uses Server Power and AI to run a fully automated and scalable identification process in real-time. Black Banx ...", None, FL),
 ("72% fewer Indian fintech startups incorporated in 2023 than in 2021: Report\nThere have been around 30 acquisition deals in the Indian fintech space in 2023 and 20 out of these were done by large companies with over 1,000 employees or funding of over $50 million", None, FL),
 ("Fintech start-up raises £1.2m\nBeta earlier this year. The purpose-led, AI-driven fintech had previously raised £455,000 in pre-seed funding, which saw the initial build of the app, which has since gone on to receive full FCA authorisation in January and has already attracted its first beta users.", None, F12),
 ("Toch.ai Raises $11.75 Mn To Transform Digital Video Content Production And Monetisation\nToch.ai, an SaaS platform for the video content industry, has raised $11.75 Mn in Series A funding from Moneta Ventures and others.", P("Toch.ai", "series_a", 11.75e6), LF),
 ("Four-week-old AI start-up raises record €105mn in European push\nA French start-up founded four weeks ago by a trio of former Meta and Google artificial intelligence researchers has raised €105mn in Europe’s largest-ever seed round.", None, FW),
 ("AI Regulation Is Almost Here in Europe\nThe European Union’s Parliament voted to push forward draft legislation that is positioned to be the West’s first comprehensive set of AI regulations.", None, FW),
 ("Exceed.ai Completes $4 Million Raise for AI Marketing Assistant\nExceed.ai, a startup for nurturing marketing leads, has announced the completion of a $4M seed round. Funds will be used to enhance the AI", P("Exceed.ai", "seed", 4e6), EX),
 ("Aumni Raises $50M in Series B Funding\nAumni, a Salt Lake City UT-based investment analytics platform, raised $50M in Series B funding. The round was led by J.P. Morgan with participation from Pelion Venture Partners, WndrCo, Citadel Securities,", P("Aumni", "series_b", 50e6), IV),
 ("Foodtech startup Ai Palette raises $4.4M Series A funding\nFoodtech startup Ai Palette that uses artificial intelligence to predict trends for F&B companies raises USD 4.4 Million in Series A funding. The funding round was led by pi Ventures and Exfinity Ventures with participation from Anthill and other ...", P("Ai Palette", "series_a", 4.4e6), IV),
 ("involve.ai Raises $16 Million in Series A Funding\nSeries A financing round led by Sapphire Ventures, with participation from existing investors Bonfire Ventures, Greycroft, Launch Capital, BDMI and new", P("involve.ai", "series_a", 16e6), IV),
 ("AI wafer scale chip startup Cerebras raises $250m at $4bn valuation\nCerebras Systems, the AI semiconductor startup selling the world's largest computer chip, has raised $250 million, valuing the company at $4 billion. The company's Series F round was led by Alpha Wave Ventures,", P(["Cerebras", "Cerebras Systems"], "series_f", 250e6), EM),
 ("Hugging Face raises $40 million for its natural language processing library\nHugging Face has raised a $40 million Series B funding round — Addition is leading the round. The company has been building an open source library for natural language processing (NLP) technologies. You can find the Transformers library on GitHub — it has 42,", P("Hugging Face", "series_b", 40e6), HF),
 ("Exclusive: Litero AI lands $800K to solve the dropout crisis with collaborative AI - Tech Funding News", P("Litero AI", None, 800000.0), VJ),
 ("An AI ‘gold rush.’ What to know about OpenAI’s record $40-billion funding round - Los Angeles Times", None, VJ),
 ("Exclusive | SoftBank and OpenAI’s $500 Billion AI Project Struggles to Get Off Ground - The Wall Street Journal", None, VJ),
 ("$61.5 billion tech giant Anthropic has made a major hiring U-turn—now, it's letting job applicants use AI months after banning it from the interview process - Fortune", None, VJ),
 ("AI Startups: What OpenAI, Anthropic Pay Their Technical Staff - PYMNTS.com", None, VJ),
 ("OpenAI wins trademark lawsuit against doppelganger company - Courthouse News Service", None, VJ),
 ("Semantic Machines raised just under $21 million during its life, accreting capital from General Catalyst and Bain Capital Ventures while a private company.", None, CB),
 ("Just last week, Crunchbase News covered two new funding rounds into AI-focused startups: Beautiful.AI’s $11 million Series B and Alloy.AI’s $12 million Series A.", None, CB),
 ("On Sunday, Microsoft announced that it acquired Semantic Machines, a company focused on using artificial intelligence (AI) to power human-computer interactions.", None, CB),
 ("AI news platform raises Series A backed by Axel Springer, Lightspeed\nParticle, an AI-powered news platform, raised $10.9 million as it continues to develop its core product.", P("Particle", "series_a", 10.9e6), AX),
 ("The project’s first public investment: leading a $10.5m round of funding for Algorithmia, a Seattle-based start-up company.", P("Algorithmia", None, 10.5e6), MO),
 ("Google declined to make company officials available to speak to the media about its new fund, which has no name and has not disclosed its size.", None, MO),
]
with open("scratch/r8-fund8-batch2.jsonl", "w") as f:
    for t, e, s in items:
        f.write(json.dumps({"text": t, "expected": e, "part": "dev", "source": s + "; text (c) its publisher, quoted for evaluation; labelled by hand"}, ensure_ascii=False) + "\n")
pos = sum(1 for i in items if i[1]); print(len(items), "items", pos, "pos", len(items)-pos, "neg")

# Dupcheck: nine items the dev part already holds are dropped (none in the held-out part).
dups = ("Early Money", "Rad AI Raises", "AI Writer Startup", "The Funded:", "London fintech firm", "Fintech stays on", "Four-week-old", "AI Regulation Is Almost", "AI wafer scale")
rows = [json.loads(l) for l in open("scratch/r8-fund8-batch2.jsonl")]
keep = [r for r in rows if not r["text"].startswith(dups)]
open("scratch/r8-fund8-batch2.jsonl", "w").write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in keep))
print(len(keep), "kept", sum(1 for r in keep if r["expected"]), "pos")
