"""Batch 1 of r8-title8: Czech and Slovak profession names of a CV builder's profession pages (NAMES.cs and
NAMES.sk), labelled by hand. Left out: "dělník"/"robotník" (a labourer on a site or in a plant), "IT podpora"
(IT or customer support), "student brigádník", "absolvent bez praxe" (not jobs)."""
import json
GTM = {"sales", "marketing", "customer_success", "revenue_operations"}
SRC = ("search-tool code index id 67261931720: a Czech/Slovak CV builder's profession seed (NAMES.cs and NAMES.sk "
       "profession names); quoted for evaluation; labelled by hand; round 8 title8 batch 1")
BLOCK = """skladník|operations/ic
řidič|other/ic
řidič kamionu|other/ic
kurýr|other/ic
dispečer logistiky|operations/ic
skladový koordinátor|operations/ic
obsluha VZV|operations/ic
montážní pracovník|operations/ic
operátor výroby|operations/ic
svářeč|other/ic
elektrikář|other/ic
zedník|other/ic
instalatér|other/ic
mechanik|other/ic
lakýrník|other/ic
tesař|other/ic
kuchař|other/ic
číšník|other/ic
servírka|other/ic
barman|other/ic
barista|other/ic
recepční|operations/ic
uklízečka|other/ic
bezpečnostní pracovník|operations/ic
prodavač|sales/ic
prodavačka|sales/ic
pokladní|other/ic
asistentka|operations/ic
administrativní pracovník|operations/ic
účetní|finance/ic
personalista|people/ic
obchodní zástupce|sales/ic
projektový manažer|operations/ic
marketingový specialista|marketing/ic
mistr výroby|operations/manager
grafik|marketing/ic
programátor|engineering/ic
datový analytik|data/ic
tester softwaru|engineering/ic
učitel|other/ic
učitel mateřské školy|other/ic
lektor jazyků|other/ic
zdravotní sestra|other/ic
pečovatelka|other/ic
fyzioterapeut|other/ic
farmaceutický asistent|other/ic
vodič|other/ic
vodič kamiónu|other/ic
kuriér|other/ic
montážny pracovník|operations/ic
zvárač|other/ic
elektrikár|other/ic
murár|other/ic
inštalatér|other/ic
lakýrnik|other/ic
tesár|other/ic
kuchár|other/ic
čašník|other/ic
recepčný|operations/ic
upratovačka|other/ic
bezpečnostný pracovník|operations/ic
predavač|sales/ic
predavačka|sales/ic
pokladník|other/ic
administratívny pracovník|operations/ic
účtovník|finance/ic
obchodný zástupca|sales/ic
projektový manažér|operations/ic
marketingový špecialista|marketing/ic
majster výroby|operations/manager
dátový analytik|data/ic
tester softvéru|engineering/ic
učiteľ|other/ic
učiteľ materskej školy|other/ic
lektor jazykov|other/ic
zdravotná sestra|other/ic
opatrovateľka|other/ic"""
# already dev rows (--dupcheck): left out
DEV_DUPLICATES = {"mechanik", "barman", "barista", "marketingový specialista", "grafik"}
rows, seen = [], set()
for line in BLOCK.splitlines():
    t, lab = line.rsplit("|", 1)
    if t.lower() in seen or t in DEV_DUPLICATES:
        continue
    seen.add(t.lower())
    f, s = lab.split("/")
    rows.append({"text": t, "expected": {"function": f, "seniority": s}, "hard_negative": f not in GTM, "part": "dev", "source": SRC})
with open("scratch/r8-title8-batch1.jsonl", "w") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), sum(r["hard_negative"] for r in rows))
