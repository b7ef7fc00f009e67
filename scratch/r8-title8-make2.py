"""Batch 2 of r8-title8: Romanian staff functions of an event-venue management app (its "Functie" choice list),
labelled by hand. Left out: the event roles (whether events are the venue's product or its marketing is not in
the title), "Administrator", "Host / Hostess", "Operator Rezervari", hall manager/supervisor, photographer and
videographer (creative or venue staff)."""
import json
GTM = {"sales", "marketing", "customer_success", "revenue_operations"}
SRC = ("search-tool code index id 53931040616: a Romanian event-venue management app's staff function list "
       "(cbAngFunctie items); quoted for evaluation; labelled by hand; round 8 title8 batch 2")
BLOCK = """Director General|operations/c_level
Manager General|operations/director
Receptie|operations/ic
Receptioner|operations/ic
Secretara|operations/ic
Manager Vanzari|sales/manager
Agent Vanzari|sales/ic
Reprezentant Vanzari|sales/ic
Manager Marketing|marketing/ic
Specialist Marketing|marketing/ic
PR / Comunicare|marketing/ic
Contabil|finance/ic
Contabil Sef|finance/manager
Casier|other/ic
Resurse Umane|people/ic
Achizitii|operations/ic
Magazioner|operations/ic
Sef Ospatar|other/manager
Ospatar|other/ic
Ajutor Ospatar|other/ic
Barman|other/ic
Barista|other/ic
Somelier|other/ic
Bucatar Sef|other/manager
Bucatar|other/ic
Ajutor Bucatar|other/ic
Cofetar|other/ic
Patiser|other/ic
Spalator vase|other/ic
Tehnician Sunet|other/ic
Tehnician Lumini|other/ic
Tehnician IT|engineering/ic
Electrician|other/ic
Instalator|other/ic
Intretinere|operations/ic
Manipulant Marfa|operations/ic
Curatenie|other/ic
Menajera|other/ic
Supraveghetor Curatenie|other/manager
Securitate|operations/ic
Agent Securitate|operations/ic
Paznic|operations/ic
Sofer|other/ic
Valet|other/ic
DJ|other/ic
MC / Prezentator|other/ic
Decorator|other/ic
Florist|other/ic"""
SRC2 = ("search-tool code index id 67428837369: a Romanian job-board salary scraper's occupation search terms "
        "(CUSTOM[slug].q, the job-title queries; English queries and ones already above left out); quoted for evaluation; "
        "labelled by hand; round 8 title8 batch 2")
BLOCK2 = """mecanic auto|other/ic
sudor|other/ic
lacatus mecanic|other/ic
operator cnc|operations/ic
tinichigiu auto|other/ic
vopsitor auto|other/ic
electromecanic|other/ic
tamplar|other/ic
fierar betonist|other/ic
dulgher|other/ic
zidar|other/ic
zugrav|other/ic
faiantar|other/ic
macaragiu|other/ic
stivuitorist|operations/ic
buldoexcavatorist|other/ic
sofer tir|other/ic
sofer distributie|other/ic
sofer autobuz|other/ic
sofer taxi|other/ic
curier|other/ic
livrator|other/ic
brutar|other/ic
pizzar|other/ic
receptioner hotel|operations/ic
camerista|other/ic
vanzator|sales/ic
lucrator comercial|sales/ic
sef magazin|operations/manager
merchandiser|marketing/ic
operator curatenie|other/ic
ingrijitor batrani|other/ic
bona|other/ic
frizer|other/ic
coafor|other/ic
manichiurista|other/ic
cosmeticiana|other/ic
maseur|other/ic
instructor auto|other/ic
instructor fitness|other/ic
agent asigurari|sales/ic
economist|finance/ic
auditor financiar|finance/ic
analist financiar|finance/ic
specialist hr|people/ic
specialist seo|marketing/ic
traducator|other/ic
consilier juridic|other/ic
notar|other/ic
avocat|other/ic
medic veterinar|other/ic
asistent veterinar|other/ic
tehnician dentar|other/ic
optometrist|other/ic
kinetoterapeut|other/ic
asistent radiologie|other/ic
operator call center|customer_success/ic
dispecer transport|operations/ic
pilot avion|other/ic
muncitor constructii|other/ic
muncitor fabrica|operations/ic
factor postal|other/ic
marinar|other/ic"""
# already dev rows (--dupcheck): left out
DEV_DUPLICATES = {"Director General", "Manager General", "Receptie", "Manager Marketing", "Specialist Marketing",
                  "Casier", "Barman", "Barista", "Electrician", "Instalator", "Valet", "operator cnc", "economist",
                  "auditor financiar", "analist financiar", "specialist hr", "specialist seo", "asistent veterinar"}
rows, seen = [], set()
for src, line in [(SRC, l) for l in BLOCK.splitlines()] + [(SRC2, l) for l in BLOCK2.splitlines()]:
    t, lab = line.rsplit("|", 1)
    if t.lower() in seen or t in DEV_DUPLICATES:
        continue
    seen.add(t.lower())
    f, s = lab.split("/")
    rows.append({"text": t, "expected": {"function": f, "seniority": s}, "hard_negative": f not in GTM, "part": "dev", "source": src})
with open("scratch/r8-title8-batch2.jsonl", "w") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), sum(r["hard_negative"] for r in rows))
