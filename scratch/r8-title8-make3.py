"""Batch 3 of r8-title8: Italian job-title keywords of a Swiss-Italian (Ticino) job scraper's categories (KEYWORDS:
tech, logistica, produzione, ristorazione, pulizie, retail, trasporti), labelled by hand. Left out: English keywords
(Help Desk, IT Support, Network technician, Runner, Sales/Store assistant, Driver), words that are no job title
(IoT, Cablaggio, Montaggio, Saldatura, Mensa, Consegne, Pulizie industriali/civili/uffici, Movimentazione merci,
Controllo qualità, Food & Beverage, Junior IT) and ones whose team the word does not tell (Programmatore CNC,
Factotum, Montatore, Metalmeccanico, Scaffalista, Banconista, Addetto al banco).

Relabelled after the before-score (before any append): "Tecnico informatico" and "Tecnico IT" were first labelled
engineering; the classifier's documented vocabulary puts IT-support technicians ("Soporte TI", "Técnico informático",
"Técnico de sistemas") in operations, so they are operations here too."""
import json
GTM = {"sales", "marketing", "customer_success", "revenue_operations"}
SRC = ("search-tool code index id 55475343789: a Ticino job scraper's Italian job-title keywords per category "
       "(KEYWORDS); quoted for evaluation; labelled by hand; round 8 title8 batch 3")
BLOCK = """Tecnico informatico|operations/ic
Tecnico IT|operations/ic
Operatore informatico|engineering/ic
Sviluppatore Junior|engineering/ic
Sistemista|engineering/ic
Tecnico reti|engineering/ic
Tecnico hardware|engineering/ic
Tecnico software|engineering/ic
Operaio elettronico|operations/ic
Cablatore|operations/ic
Tecnico elettronico|other/ic
Assemblatore elettronico|operations/ic
Montatore elettronico|operations/ic
Tecnico di laboratorio|other/ic
Elettrotecnico|other/ic
Operatore CNC|operations/ic
Operatore macchine utensili|operations/ic
Elettricista|other/ic
Tecnico elettrico|other/ic
Installatore elettrico|other/ic
Magazziniere|operations/ic
Addetto logistica|operations/ic
Operaio generico|operations/ic
Ausiliario di produzione|operations/ic
Preparatore ordini|operations/ic
Carrellista|operations/ic
Mulettista|operations/ic
Operatore logistico|operations/ic
Addetto magazzino|operations/ic
Addetto al magazzino|operations/ic
Addetto spedizioni|operations/ic
Addetto ricevimento merci|operations/ic
Movimentatore|operations/ic
Operatore di magazzino|operations/ic
Responsabile logistica|operations/manager
Operaio di produzione|operations/ic
Operaio produzione|operations/ic
Operatore macchine|operations/ic
Operatore di linea|operations/ic
Addetto alla produzione|operations/ic
Addetto produzione|operations/ic
Assemblatore|operations/ic
Operaio specializzato|operations/ic
Operaio polivalente|operations/ic
Addetto controllo qualità|operations/ic
Operaio metalmeccanico|operations/ic
Saldatore|other/ic
Cameriere|other/ic
Cameriera|other/ic
Chef de rang|other/ic
Aiuto cuoco|other/ic
Cuoco|other/ic
Addetto mensa|other/ic
Lavapiatti|other/ic
Staff di sala|other/ic
Addetto ristorazione|other/ic
Ausiliario di pulizia|other/ic
Addetto pulizie|other/ic
Pulitore|other/ic
Operatore pulizie|other/ic
Addetto alle pulizie|other/ic
Collaboratore pulizie|other/ic
Agente di pulizia|other/ic
Addetto vendita|sales/ic
Cassiere|other/ic
Commesso|sales/ic
Commessa|sales/ic
Addetto cassa|other/ic
Operatore di vendita|sales/ic
Addetto alla cassa|other/ic
Autista|other/ic
Autista furgone|other/ic
Autista camion|other/ic
Corriere|other/ic
Autista di distribuzione|other/ic
Autista patente B|other/ic
Autista patente C|other/ic
Fattorino|other/ic"""
# already dev rows (--dupcheck): left out
DEV_DUPLICATES = {"Sviluppatore Junior", "Responsabile logistica"}
rows, seen = [], set()
for line in BLOCK.splitlines():
    t, lab = line.rsplit("|", 1)
    if t.lower() in seen or t in DEV_DUPLICATES:
        continue
    seen.add(t.lower())
    f, s = lab.split("/")
    rows.append({"text": t, "expected": {"function": f, "seniority": s}, "hard_negative": f not in GTM, "part": "dev", "source": SRC})
with open("scratch/r8-title8-batch3.jsonl", "w") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), sum(r["hard_negative"] for r in rows))
