"""Batch 8 (round 4, fund helper): a NewsAPI capture of TechCrunch items of 2022-02 (title + description),
all hard negatives (fund closes, fees, price rises, earnings, a digest); labelled before any rule."""
import json, sys
S = "ahmed1sayed/my_course_apps@22e3832fbefa7c984cd9a82bf1773d04d894263b:lib/news_app/json_test.dart (NewsAPI capture of TechCrunch items, 2022-02-03/04: title + description); text (c) its publisher, quoted for evaluation"
N = None
items = [
 "Artisanal Ventures closes $62M fund, takes ‘connected capital’ approach to investment\nThe firm's strategy is to complement the biggest VC firms by building companies with them, leveraging LP expertise with executive search capabilities.",
 "Apple to charge 27% fee for Dutch dating apps using alternative payment options\nFollowing a court order, developers working on dating apps don’t have to use Apple’s in-app purchase system in the Netherlands. And because those purchases aren’t handled by Apple, the company doesn’t take its usual 30% cut on digital purchases. But developer…",
 "Indian fintech founder asks for the removal of BharatPe CEO from board\nBharatPe co-founder and managing director Ashneer Grover has asked the board for the removal of chief executive Suhail Sameer from the board in the latest of a series of remarkable turn of events at the Tiger Global-backed Indian fintech startup. Grover, who …",
 "In Ford's transition to EVs, cost-cutting takes center stage\nFord has made cost-cutting a key piece of its EV strategy as the company works to improve profit margins while meeting what CEO Jim Farley has called “incredible demand” of its new electric vehicle models. During the company’s fourth-quarter and full-year ear…",
 "Marathon Venture Capital adds to its newest fund to back Greek founders around the globe\nMarathon Venture Capital, an Athens, Greece-based venture firm cofounded in 2017 by two stalwarts of the Greek startup scene, has added €30 million in capital commitments to its second fund roughly a year after completing a first close with €40 million. Backe…",
 "Daily Crunch: Mos evolves from fintech into challenger bank, as early users start post-college lives\nHello friends and welcome to Daily Crunch, bringing you the most important startup, tech and venture capital news in a single package.",
 "Aptiv's latest investment shows that software-defined vehicles are here to stay\nAutomakers keen to sell vehicles loaded with features and software services — in a bid to generate more revenue — have an information overload challenge. These so-called software-defined vehicles contain myriad systems-on-a-chip (SoCs) running anything from e…",
 "11 ways to make personalized shopping more effective and profitable\nThere is no longer a question of whether or not you should offer personalized digital experiences. The research shows that anything less is a death knell to your brand’s long-term success",
 "Snap finally did it, y'all\nSound the horns, unveil the banners, cue the parade. Snap is profitable. And we don’t mean adjusted-EBITDA profitable, adjusted-operating-income profitable, or even the infamous non-GAAP-net-income profitable. It’s real-profit profitable. In the fourth quarte…",
 "Amazon is increasing the annual price of Prime to $139 in the U.S.\nAmazon is increasing the price of Prime in the United States, the company announced on Thursday as part of its quarterly and full-year earnings release. The monthly fee is going from $12.99 to $14.99 and the annual membership is increasing from $119 to $139. …",
]
out_f, out_a = sys.argv[1], sys.argv[2]
with open(out_f, "w") as f, open(out_a, "w") as g:
    for text in items:
        f.write(json.dumps({"text": text, "expected": N, "part": "dev", "source": S}, ensure_ascii=False) + "\n")
        g.write(json.dumps({"text": text, "expected": N, "part": "dev", "source": S}, ensure_ascii=False) + "\n")
print(len(items), "items; 0 rounds")
