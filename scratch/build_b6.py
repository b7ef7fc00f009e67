"""Batch 6 (round 4, fund helper): TechCrunch headlines of 2023-10 (with their teaser where the capture
kept the right one), AI-news feed items; labelled before any rule for them."""
import json, sys
B = "MShahdat/blog-website@f589c69bbf383fc695eead098c6cd2898a4d1690:public/Blogs.js (TechCrunch headlines of 2023-10 with teasers; where the capture copied another item's teaser only the headline is used); text (c) its publisher, quoted for evaluation"
I = "insideout/ai@44d2e3fbb8b6227cae7be3eb2ddf16af01a04ffd:_posts/2020-02-22-invest-digital-health-winner-spotlight-voice-startup-routes-patients-to-the-right-care.md (captured news feed: title + excerpt, related items); text (c) its publisher, quoted for evaluation"
def E(path):
    return f"everyday-cc/ai:{path} (captured news feed: title + excerpt, related items); text (c) its publisher, quoted for evaluation"
def F(c, r=None, a=None, cur=None):
    return {"company": c, "round": r, "amount": a, "currency": cur}
N = None
items = [
 (B, "Making wearable medical devices more patient-friendly with Professor Esther Rodriguez-Villegas from Acurable\nWelcome back to Found, where we get the stories behind the startups. This week, our old friend Darrell Etherington joins Becca Szkutak to talk with Professor Esther Rodriguez-Villegas from Acurable...", N),
 (B, "Rainforest raises $8.5M to help software companies embed financial services, payments\nIn November 2019, Andreessen Horowitz General Partner Angela Strange famously declared that, “Every company will be a fintech company.” Specifically, Strange projected that — in the not-too-d...", F("Rainforest", None, 8.5e6, "USD")),
 (B, "Pow.bio says biomanufacturing is broken and its continuous fermentation tech will fix it\nPow.bio intends to bring down the costs associated with biomanufacturing by reimagining of fermentation facility operations.", N),
 (B, "Recapitalization, $60M Series D support growth of e-commerce financier Clearco\nToday is news marks a turnaround for a company that is had its share of ups and downs over the past year.", F("Clearco", "series_d", 60e6, "USD")),
 (B, "Rabbit is building an AI model that understands how software works\nWhat if you could interact with any piece of software using natural language? Imagine typing in a prompt and having AI translate the instructions into machine-comprehendable commands, executing tas...", N),
 (B, "Okta plans to weave AI across its entire identity platform using multiple models\nOne thing is clear this year: generative AI is having a tremendous impact on the software industry, and a week doesn’t pass without software companies announcing their plans to incorporate the seem...", N),
 (B, "Yubico can now ship pre-registered security keys to its enterprise users\nPhysical security keys remain one of the best ways to secure user accounts, but the fact that new users have to register them before they can use them often adds quite a bit of friction. Yubico, th...", N),
 (B, "Resy and Eater co-founder raises $24M for Blackbird, a restaurant loyalty platform\nBlackbird Labs, a hospitality tech company whose platform helps restaurants stay in touch with guests and incentivize them to dine out more frequently, today announced that it raised $24 million in...", F(["Blackbird", "Blackbird Labs"], None, 24e6, "USD")),
 (B, "Yahoo spins out Vespa, its search tech, into an independent company\nYahoo, otherwise known as the company that pays my salary (full disclosure: Yahoo owns TC), today announced that it’s spinning off Vespa, the big data serving engine, into an independent vent...", N),
 (B, "Okta acquires a16z-backed password manager Uno to develop a personal tier\nOkta, the U.S.-based identity mangement giant, announced today that it has acquired a password mangement app, Uno. The company said that Uno’s team will help speed up the public launch of the...", N),
 (B, "CoPilot, a training app that matches users with remote fitness coaches, raises $6.5M\nCoPilot, a digital training app that matches users with one-on-one remote fitness coaches, has raised $6.5M in Series A-1 funding led by Jackson Square Ventures. The app, which has seen more than 1...", F("CoPilot", "series_a", 6.5e6, "USD")),
 (B, "Opsera, a DevOps platform geared toward enterprises, raises $12M\nOpsera, a DevOps platform geared toward enterprise clients, today announced that it raised $12 million in a funding round — a tranche smaller than Opsera’s previous — led by Taiwa...", F("Opsera", None, 12e6, "USD")),
 (B, "EU lawmakers take aim at ‘arbitrary’ decisions by Big Tech in Media Freedom Act vote\nMainstream social media platforms could face limits on their ability to take down independent journalism that violates their terms and conditions under a proposal agreed by European Union lawmakers...", N),
 (B, "Make these 5 changes to avoid becoming the next cybersecurity headline\nRecent incidents, such as the breach at MGM Resorts, serve as stark reminders of the potential consequences of inadequate security measures.", N),
 (B, "Open Banking led to a FinTech boom — As Brite raises $60M, account-to-account payment grows\nThe move towards Open Banking payments, especially in the EU, effectively kicked-off the FinTech boom. Open Baking standards meant that FinTech startups could create Wallets and effectively become ...", F("Brite", None, 60e6, "USD")),
 (B, "Electric Hydrogen is the green hydrogen industry’s first unicorn\nInvestors have historically been skeptical of green hydrogen. High production costs, expensive infrastructure builds, competition with batteries and minimal government support have made the green h...", N),
 (B, "In latest Cruise incident, video shows pedestrian struck by human-driven car, then run over by robotaxi\nThe San Francisco Police Department is investigating an October 2 incident that left a woman stuck underneath a Cruise robotaxi after being hit by a human-driven vehicle. Video captured by Cruise a...", N),
 (B, "Spotify to include a selection of 150K audiobooks with its Premium subscription\nSpotify today unveiled what’s next for the future of its audiobooks service. At an event hosted in its New York offices on Tuesday afternoon, the company announced a new business model where", N),
 (B, "You can now add PayPal and Venmo credit or debit cards to your Apple Wallet\nPayPal announced today that users can now add their PayPal and Venmo credit or debit cards to their Apple Wallet. With this new integration, you can now make payments in-store, online or on apps using Apple Pay. The company notes that users will continue earning their cashback and rewards.", N),
 (B, "Sam Altman backs teens’ AI startup automating browser-native workflows", N),
 (B, "Don’t sweat the valuation headlines, ByteDance is doing great", N),
 (B, "PlanetScale forks MySQL to add vector support", N),
 (B, "Osmoses gets $11M seed to bring its molecule-scale membranes to the hydrogen market", F("Osmoses", "seed", 11e6, "USD")),
 (B, "SBF’s trial has started, this is how he and FTX got here", N),
 (B, "Qobra raises $10.5 million for its real-time sales compensation tool", F("Qobra", None, 10.5e6, "USD")),
 (B, "Motel One says ransomware gang stole customer credit card data", N),
 (B, "LinkedIn goes big on new AI tools for learning, recruitment, marketing and sales, powered by OpenAI", N),
 (B, "DoorDash tests a feature that rewards users for dining out, not ordering in", N),
 (B, "Adapting to a world with higher interest rates — a guide for startups", N),
 (B, "Wattpad ditches ‘Paid Stories’ for a freemium model", N),
 (B, "Science lab automation and robotics startup Automata raises $40M", F("Automata", None, 40e6, "USD")),
 (B, "Sparx wants to do for enterprise what Truebill did for consumer recurring bills", N),
 (B, "Ten Key Labs wants to simplify managing equity for startups", N),
 (B, "HCVC is back with a new $75 million deep tech fund", N),
 (B, "Cloaked manages your logins with proxy emails, phone numbers and a built-in password manager", N),
 (B, "Unitary AI picks up $15M for its multimodal approach to video content moderation", F("Unitary AI", None, 15e6, "USD")),
 (B, "Tesla Autopilot arbitration win could set legal benchmark in auto industry", N),
 (B, "Humane’s ‘Ai Pin’ debuts on the Paris runway", N),
 (B, "Xbox Cloud Gaming is coming to Meta Quest 3 in December", N),
 (B, "Ask Sophie: What are the options for replacing an L-1A visa?\nIt is time for Congress to raise the numerical caps and eliminate the country-of-birth caps!", N),
 (B, "Meta debuts generative AI features for advertisers\nMeta announced today it is rolling out its first generative AI features for advertisers, allowing them to use AI to create backgrounds, expand images, and generate multiple versions of ad text...", N),
 (I, "INVEST Digital Health Winner Spotlight: Voice startup routes patients to the right care\nJudges said they were impressed by the company’s traction and its unique approach to AI enablement. When they first started the company ... so the company began working with Medicare Advantage plans. The Miami Beach-based startup has grown by leaps and bounds since. CareAngel now has half-a-million members across the U.S. It’s also expanded ...", N),
 (I, "Nation’s largest insurer invests in Waltham healthcare AI startup\nA venture capital firm tied to the largest health insurer in the U.S., UnitedHealth Group, has invested in a local startup working to avoid unnecessary drug costs. Optum Ventures contributed an undisclosed amount to Scipher Medicine’s expanded $30 million Series B round,", F("Scipher Medicine", "series_b", 30e6, "USD")),
 (I, "Healthcare startup Qure.ai raises $16 million led by Sequoia India\nHealthcare startup Qure.ai has raised $16 million in an equity funding round led by Sequoia India, with participation from MassMutual Ventures Southeast Asia, it said Thursday. MassMutual Ventures is the investment arm of US-based MassMutual Life Insurance Company.", F("Qure.ai", None, 16e6, "USD")),
 (E("_news/2023-08-29-revolutionary-ai-startup-promptora-secures-significant-seed-funding-valued-at-1-million.md"), "Revolutionary Ai Startup, Promptora, Secures Significant Seed Funding, Valued At $1 Million\nPromptora, a trailblazing AI startup, has achieved a remarkable feat by raising an undisclosed amount in seed funding within a mere two months, valuing the company at an impressive $1 million. This rapid influx of capital speaks volumes about the ...", F("Promptora", "seed")),
 (E("_news/2023-08-29-revolutionary-ai-startup-promptora-secures-significant-seed-funding-valued-at-1-million.md"), "AI startup Modular raises $100 million in General Catalyst-led funding\nAI startup Modular said on Thursday it had raised $100 million in a new funding round, led by venture capital firm General Catalyst, with participation from existing investors Google Ventures, SV Angel,", F("Modular", None, 100e6, "USD")),
 (E("_news/2021-11-15-ai-writer-startup-gets-21-million-in-series-a-funding.md"), "The Funded: The maker of a dinner plate-sized AI chip raised $250M in new funding\nA local chipmaker now has some big bucks to boost its planned global expansion Cerebras Systems Inc., which is developing chips for artificial intelligence, announced Thursday it raised $250 million in Series F funding.", F(["Cerebras Systems", "Cerebras Systems Inc.", "Cerebras"], "series_f", 250e6, "USD")),
]
out_f, out_a = sys.argv[1], sys.argv[2]
with open(out_f, "w") as f, open(out_a, "w") as g:
    for src, text, fund in items:
        f.write(json.dumps({"text": text, "expected": fund, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
        g.write(json.dumps({"text": text, "expected": None, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
print(len(items), "items;", sum(1 for i in items if i[2]), "rounds")
