"""Batch 3 of r8-fund8 (small): scored with the end code of batches 1-2 before any change."""
import json
U = "USD"
def P(c, r, a, cur=U): return {"company": c, "round": r, "amount": a, "currency": cur}
PR = "everyday-cc/ai@1bd7fe9b8622f1696a378e27faa82a40307058b6:_news/2023-08-29-revolutionary-ai-startup-promptora-secures-significant-seed-funding-valued-at-1-million.md (related items of a news-feed capture)"
AV = "everyday-cc/ai:_news/2021-11-18-avodah-closes-7-million-seed-round-to-scale-digital-healthcare-platform-with-ai-capabilities.md (news-feed capture)"
BJ = "everyday-cc/ai:_news/2023-09-11-ai-startup-raises-75m-to-help-patients-predict-health-outcomes-heres-how.md (news-feed capture, incl. related item)"
CU = "everyday-cc/ai:_archive/_news/2020-12-16-curai-health-secures-275-million-in-series-b-funding-to-make-virtual-primary-care-accessible-for-everyone.md (news-feed capture, incl. related item)"
NW1 = "Newsworthyai/press-release-archive:ibn/2025/0722/cryptonewsbreaks-bitmine-immersion-technologies-inc-nyse-american-bmnr-closes-250-million-private-placement-to-launch-ethereum-treasury-strategy.md"
NW2 = "Newsworthyai/press-release-archive:ibn/2025/0701/investornewsbreaks-sekur-private-data-ltd-cse-skur-otcqb-swisf-fse-gdt0-closes-ca-1-7-million-private-placement-to-fund-global-expansion.md"
NW3 = "Newsworthyai/press-release-archive:ibn/2024/1011/clene-nasdaq-clnn-closes-7-3m-registered-direct-offering-and-concurrent-private-placements.md"
SV = "savvoff/pumpushka.trade:src/content/blog/2025/12/seller-exhaustion-or-a-bottom-strategy-gains-11-from-session-s-worst-levels.en.md (CoinDesk RSS item, rewritten)"
HS = "HomenShum/nodebench-ai:src/components/views/dossier-newsletter-agent-search-results-log.md (a research log's funding list, quoting DH Arab and TICE News)"
items = [
 ("AI startup Modular raises $100 million in General Catalyst-led funding\nAI startup Modular said on Thursday it had raised $100 million in a new funding round, led by venture capital firm General Catalyst, with participation from existing investors Google Ventures, SV Angel,", P("Modular", None, 100e6), PR),
 ("AI Startup Modular Secures $100 mn in VC Funding to Revolutionize AI Development\nModular, a forward-thinking AI startup, has successfully raised $100 million in a recent funding round, spearheaded by prominent venture capital firm General Catalyst. Existing investors, including Google Ventures, SV Angel, Greylock, and Factory ...", P("Modular", None, 100e6), PR),
 ("Onto Innovation Announces Over $100 Million in Orders for Systems Supporting Advanced Packaging for AI\nThe orders are from leading logic and memory manufacturers for heterogeneous integrated (HI) packages that combine a graphics processor (GPU) and numerous high bandwidth memory (HBM) devices to create an AI GPU in a single package. The Company expects ...", None, PR),
 ("Sales intelligence startup Apollo now worth $1.6B after $100M round\nThe Series D round was led by Bain Capital Ventures at a $1.6 billion valuation. That’s up from the $900 million Apollo was reportedly worth after its last raise, a $110 million investment announced in early 2022. Returning backers Sequoia Capital, Tribe Capital, and Nexus Venture Partners also contributed to the company’s latest round.", P("Apollo", "series_d", 100e6), PR),
 ("Avodah Closes $7 Million Seed Round to Scale Digital Healthcare Platform with AI Capabilities\nAvodah, a transformative SaaS company powering human-centered integrated artificial intelligence (AI) capabilities, announced today closing $7 million in seed funding to advance AvodahMed ’s digital healthcare platform.", P("Avodah", "seed", 7e6), AV),
 ("AI startup raises $7.5M to help patients predict health outcomes. Here's how.\nThe funding comes as investment in AI explodes across the globe, with businesses turning to the technology to increase productivity and revenue. The average budget allocation for AI spending at health care companies alone is projected to rise from 5.7% in 2022 to 10.5% in 2024, according to Morgan Stanley.", None, BJ),
 ("Here’s how we raised a Series B for our AI startup during a downturn\nNot so fast. Already, the headline-grabbing funding rounds for generative AI companies are beginning to slow, and with almost every startup calling itself an “AI company,” it will become more difficult for true AI startups to stand out. For founders ...", None, BJ),
 ("Curai Health Secures $27.5 Million In Series B Funding To Make Virtual Primary Care Accessible For Everyone\nCurai Health, a virtual care company using AI to make high-touch, lower-cost primary care available to everyone, today announced $27.5 million in Series B funding led by Morningside Ventures. The round,", P("Curai Health", "series_b", 27.5e6), CU),
 ("Creative Tech Platform Runway Raises $8.5 Million to Make AI Tools More Accessible\nA series of research advances over the past few years have unlocked new potential for the use of AI in creative settings, from generating realistic-sounding copy to creating art from scratch. Startup Runway wants to make all of these capabilities ...", P("Runway", None, 8.5e6), CU),
 ("CryptoNewsBreaks – BitMine Immersion Technologies, Inc. (NYSE American: BMNR) Closes $250 Million Private Placement to Launch Ethereum Treasury Strategy\nBitMine Immersion Technologies (NYSE American: BMNR) has closed a $250 million private placement, funded in cash and crypto, to support its Ethereum-focused treasury strategy.", None, NW1),
 ("InvestorNewsBreaks – Sekur Private Data Ltd. (CSE: SKUR) (OTCQB: SWISF) (FSE: GDT0) Closes CA$1.7 Million Private Placement to Fund Global Expansion\nSekur Private Data (CSE: SKUR) (OTCQB: SWISF) (FSE: GDT0) a Swiss-hosted cybersecurity and privacy communications platform, has closed its non-brokered private placement for gross proceeds of CA$1,703,461.75 (approx. US$1,192,423.22).", None, NW2),
 ("Clene (NASDAQ: CLNN) Closes $7.3M Registered Direct Offering and Concurrent Private Placements", None, NW3),
 ("Seller Exhaustion or a Bottom? Strategy Gains 11% From Session's Worst Levels\nIn a notable development in the financial markets, a company announced the successful raising of $1.44 billion through common stock sales. This funding is earmarked as a reserve to cover preferred dividends for an extended period, specifically nearly two years.", None, SV),
 ("OutcomesAI (US – digital nursing / virtual care) – $10M seed", P("OutcomesAI", "seed", 10e6), HS),
 ("Praan Health (India – chronic-care healthtech) – ₹8.5 Cr seed (~$1M)", P("Praan Health", "seed", 8.5e7, "INR"), HS),
]
with open("scratch/r8-fund8-batch3.jsonl", "w") as f:
    for t, e, s in items:
        f.write(json.dumps({"text": t, "expected": e, "part": "dev", "source": s + "; text (c) its publisher, quoted for evaluation; labelled by hand"}, ensure_ascii=False) + "\n")
pos = sum(1 for i in items if i[1]); print(len(items), "items", pos, "pos", len(items)-pos, "neg")

dups = ("AI startup Modular raises", "AI startup raises $7.5M", "Here’s how we raised")
rows = [json.loads(l) for l in open("scratch/r8-fund8-batch3.jsonl")]
keep = [r for r in rows if not r["text"].startswith(dups)]
open("scratch/r8-fund8-batch3.jsonl", "w").write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in keep))
print(len(keep), "kept", sum(1 for r in keep if r["expected"]), "pos")
