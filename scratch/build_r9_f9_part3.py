import json
B = "round 9 f9 batch 1"
def P(c, r, a, cur): return {"company": c, "round": r, "amount": a, "currency": cur}
U = {
 "sf1": "https://news.starfolksoftware.com/posts/startups-weekly-partnerships-acquisitions-and-funding-galore-in-the-world-of-tech-67a64c95c787f",
 "sf2": "https://news.starfolksoftware.com/posts/startup-weekly-roundup-creative-accounting-nuclear-reactors-and-ai-acquisitions-67e6d937d999e",
 "st": "https://sergeytereshkin.ca/publications/startup-and-venture-investment-news-january-9-2026",
 "sif1": "https://email.sifted.eu/stride-stops-fundraising-and-lays-off-staff-6",
 "sif2": "https://email.sifted.eu/can-europe-attract-us-talent",
 "sif3": "https://email.sifted.eu/how-governments-can-help-startups?ecid=ACsprvtazIp03T2Dn0Sr94JstgdHDtBvjg5G_f5GC1gKGr9NXMPGy0iJzQx88XZgzFNZz5SvVszr",
 "sif4": "https://newsletterest.com/message/188974/Mistrals-first-AI-model",
 "sif5": "https://email.sifted.eu/vc-ma-5?ecid=ACsprvtDHzHkqaqk4gTGt9mBwW-HJuyj1EV_abWKM1hxmHS8rCPdSnoJXqbyx3JhVFRIpgL_WNDf",
 "cet": "https://sundaycet.beehiiv.com/p/why-defence-tech-is-hot-1",
 "fo": "https://www.fintechobserver.com/speedas-japan-startup-finance-2025-report",
}
items = [
 ("sf1", "In acquisition news, XOi, a startup building software for maintenance personnel, acquired competitor Specifx to expand its datasets on repairs.", None),
 ("sf1", "However, not all startups were as fortunate, as failed Canada-based accounting startup Bench burned through $135 million before filing for bankruptcy, according to records.", None),
 ("sf1", "In funding news, Canadian programmatic advertising startup StackAdapt raised a $235 million growth funding round led by Teachers' Venture Growth (TVG).", P("StackAdapt", "growth", 235e6, "USD")),
 ("sf1", "In the partnership department, Volvo Autonomous Solutions teamed up with self-driving truck startup Waabi to develop and deploy autonomous trucks, with commercial pilots set to launch in Texas soon.", None),
 ("sf2", "On a more positive note, Terrestrial Energy, a U.S. nuclear startup, went public via SPAC and is expected to net $280 million.", None),
 ("sf2", "Vertical farming company Plenty filed for bankruptcy after raising nearly $1 billion in funding from investors, including SoftBank Investment Advisers, Walmart, Bezos Expeditions, and Jeff Bezos as an angel investor.", None),
 ("sf2", "In other news, Block, the fintech startup co-founded by Jack Dorsey, laid off 931 people, according to a leaked email.", None),
 ("sf2", "In other news, Cerebras Systems, an AI chipmaker, saw its IPO delayed again due to an ongoing national security review.", None),
 ("st", "Lux Capital — announced at the beginning of 2026 that it closed a $1.5 billion fund, marking the largest in the 25-year history of this firm specializing in science-based startups (defense, space, biotech).", None),
 ("st", "Dragoneer Investment Group — established a new fund totaling $4.3 billion, continuing its strategy of significant late-stage investments, including over $3 billion into OpenAI.", None),
 ("sif1", "Stride VC has stopped fundraising and laid off staff. More VCs could follow", None),
 ("sif1", "Destin announced on LinkedIn this week that Stride won't raise a third fund — but will continue supporting its existing portfolio.", None),
 ("sif2", "The EU's €500 million \"Choose Europe for Science\" initiative follows similar plays in France and the UK, hoping to lure researchers in search of stability and support.", None),
 ("sif3", "Last February, Germany launched its first big commitment to the cause: a $1bn deeptech and climate tech fund to invest in startups in areas such as AI, robotics and digital health.", None),
 ("sif4", "Niel also announced a €200m investment pledge for AI.", None),
 ("sif5", "Earlier this week, UK-based Molten Ventures announced it plans to acquire fellow London venture firm Forward Partners in a £41m deal, subject to regulatory approval.", None),
 ("cet", "EQT acquired the British secondaries investment firm Coller Capital for $3.7 billion - 3.2B in stock and 500M in cash.", None),
 ("fo", "Speeda's Japan Startup Finance 2025 Report\nThe Japanese startup ecosystem entered 2025 in a phase of consolidation and strategic re-evaluation.", None),
]
rows = [{"text": t, "expected": e, "part": "dev", "source": f"{U[k]} ({B})"} for k, t, e in items]
from pathlib import Path
import sys
sys.path.insert(0, ".")
from signals.extract.measure import near_duplicates
hits = near_duplicates([r["text"] for r in rows], Path("tests/fixtures/realworld"))
flag = {h[0] for h in hits}
bad_src = {r["source"] for h in hits if h[1] == "test" for r in rows if r["text"] == h[0]}
print("hits", len(hits), "test-page", len(bad_src))
keep = [r for r in rows if r["text"] not in flag and r["source"] not in bad_src]
with open("scratch/r9-f9-batch1.jsonl", "a") as f:
    for r in keep: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(keep))
