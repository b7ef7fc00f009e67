"""Batch 7 (round 4, fund helper): AI/fintech news feed items of 2020-01 (insideout/ai); labelled before any rule for them."""
import json, sys
def I(path, commit="a8fd616f838f1c48b98c225ba4fc447de64644e7"):
    return f"insideout/ai@{commit}:{path} (captured news feed: title + excerpt, related items); text (c) its publisher, quoted for evaluation"
def F(c, r=None, a=None, cur=None):
    return {"company": c, "round": r, "amount": a, "currency": cur}
N = None
FS = I("_posts/2020-01-20-ai-driven-fintech-set-to-expand-team-after-securing-25m-investment.md")
FS2 = I("_posts/2020-01-20-ai-saas-business-feedstock-raises-25-million-through-latest-investment-round-led-by-praetura-ventures.md")
AX = I("_posts/2020-01-20-apple-acquires-xnorai-to-bolster-ai-at-the-edge.md")
VC = I("_posts/2020-01-19-venture-capital-accelerating-and-shifting-to-ai-and-other-breakthrough-technologies.md")
FT = I("_posts/2020-01-19-fintech-trends-mobile-first-approach-and-data-science-are-giving-a-fillip-to-fintech.md")
items = [
 (FS, "AI-driven fintech set to expand team after securing £2.5m investment\nAn AI-driven software as a service (SaaS) business has secured multi-million pound investment to propel its expansion. London-based fintech FeedStock has raised £2.5m in a funding round led by Praetura Ventures. Founded in 2015 and is run by co-founders and joint managing directors Charlie Henderson and Lucas Wurfbain, FeedStock Based in ...", F("FeedStock", None, 2.5e6, "GBP")),
 (FS, "Tech firm, after $75M investment, plots global expansion\nuses artificial intelligence and machine learning to analyze customer interactions via call centers and other channels. That analysis provides its more than 400 clients — which include some of the world’s largest brands, financial institutions and communications companies — with actionable recommendations for improving customer service ...", N),
 (FS, "Axel Maier joins welath investment AI startup MDOTM\nHis knowledge of the asset management industry will be key in speeding up the international expansion of the Fintech company, which - after the 2018 series A funding - managed a rapid expansion in Europe thanks to its cutting-edge investment solutions that use AI to adapt to the financial markets’ complexity and to the customization needs of ...", N),
 (FS, "Artificial Intelligence Company in Crystal City Wins Plans Expansion After Big Investment\nScoutbee, a tech company based in Crystal City, is looking to scale up after winning $60 million in a round of investment funding. The company builds software that links artificial intelligence (AI) technology and big data to create more efficient supply shipments.", F("Scoutbee", None, 60e6, "USD")),
 (FS2, "AI SaaS Business FeedStock Raises £2.5 Million Through Latest Investment Round Led By Praetura Ventures\nFeedStock, an AI-driven SaaS business that uses the latest natural language processing technologies to enable financial services companies to meet both their compliance requirements and commercial goals, announced on Monday it secured £2.5 million through its latest investment round, which was led by Praetura Ventures with participation from ...", F("FeedStock", None, 2.5e6, "GBP")),
 (FS2, "AI specialist FeedStock raises £2.5m\nFeedStock, a UK startup using AI to help financial services firms meet compliance requirements and hit commercial goals, has raised £2.5 million in a funding round led by Praetura Ventures. Founded in 2015, FeedStock is an AI-driven SaaS business that leverages the latest natural language processing technologies to help both the buy and sell-side.", F("FeedStock", None, 2.5e6, "GBP")),
 (AX, "Apple Acquires Xnor.ai To Bolster AI At The Edge\nLast week, Apple reportedly acquired Xnor.ai, a Seattle-based startup for $200 million. Xnor.ai is one of the few startups that’s focused on delivering AI capabilities at the edge.", N),
 (AX, "Macworld speculates that Apple bought Xnor.ai to make Siri smarter\nThat cuts to Apple’s main privacy argument. We’ve long suspected that the reason why Siri lags Google Assistant and Amazon Alexa is that Apple doesn’t collect the same kind of information that those companies do and is thus at a disadvantage […]", N),
 (VC, "Venture Capital Accelerating and Shifting to AI and Other Breakthrough Technologies\nHe is the sole author and writer of nextbigfuture.com, the top online science blog. He is also involved in angel investing and raising funds for breakthrough technology startup companies.", N),
 (VC, "China is Dominating Computer Vision AI Venture Capital Investment\nOur recent research shows that venture capital (VC) investment in computer vision technology firms has increased four-fold from 2016-2018 exceeding a total of $8 billion USD.", N),
 (I("_posts/2020-01-19-visit-health-this-ai-driven-platform-helps-patients-consult-doctors.md"), "Visit Health: This AI-driven platform helps patients consult doctors\nSo, to tap into this market, we brought a new concept by providing insurance for OPD,” explains Prasad. Visit Health: This AI-driven platform helps patients consult doctors Fintech Trends: Mobile-first approach and data science are giving a fillip to fintech Flashback: Jeff Bezos reveals first question investors asked him before funding his ...", N),
 (I("_posts/2020-01-19-investors-challenge-sorting-the-real-ai-managers-from-the-fake.md"), "Investors’ challenge: Sorting the real AI managers from the fake\nBut we have a way to go before genuine AI rises above the fakes. Chetan Pandya, who set up Kotak Securities’ institutional business, is now a fintech expert wearing multiple hats.", N),
 (FT, "Fintech Trends: Mobile-first approach and data science are giving a fillip to fintech\nFintech Trends: Mobile-first approach and data science are giving a fillip to fintech If Samsung sheds its Snow white paradox, NEON can become more than personal AI assistant Slot free: What is eSIM and how is it helpful?", N),
 (FT, "How Data Science is Shaping Fintech?\nThus, the transaction value of Indian fintech market is expected to elevate from $65 billion in 2019 to $140 billion by 2023 at a CAGR of 20 percent. Fintech companies majorly depend on AI, machine learning, predictive analytics and data science to provide superior services.", N),
]
out_f, out_a = sys.argv[1], sys.argv[2]
with open(out_f, "w") as f, open(out_a, "w") as g:
    for src, text, fund in items:
        f.write(json.dumps({"text": text, "expected": fund, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
        g.write(json.dumps({"text": text, "expected": None, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
print(len(items), "items;", sum(1 for i in items if i[2]), "rounds")
