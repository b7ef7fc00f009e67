"""Batch 1 of r7-titles2: B2B software titles (GitLab job-family list; SaaS org charts and role guides from the pages corpus)."""
import json
GTM = {"sales", "marketing", "customer_success", "revenue_operations"}
S1 = ("search-tool code index id 18763209893: a B2B software company's job-family title list (GitLab compensation "
      "calculator's job_families.yml, mirrored in spicysoft/jp-www-gitlab-com); quoted for evaluation; labelled by hand; round 7 titles2 batch 1")
S2 = ("search-tool pages corpus: https://www.slideshare.net/slideshow/mastermind-masterclass-the-saas-org-chart-by-series-with-david-sacks/250459033 "
      "(a SaaS org chart by funding stage); quoted for evaluation; labelled by hand; round 7 titles2 batch 1")
S3 = ("search-tool pages corpus: SaaS org-chart and role guides (https://orgbrief.com/guides/org-chart-by-role/vp-sales, "
      "https://startupsuccess.xange.biz/polls-benchmarks/structuring-your-customer-success-management-team, "
      "); "
      "quoted for evaluation; labelled by hand; round 7 titles2 batch 1")
items = {S3: """Regional Sales Directors|sales|director
Head of SDRs|sales|director
Head of Sales Engineering|sales|director
Head of Partnerships|sales|director
Customer Success Management Team Lead|customer_success|manager
Customer Success Analyst|customer_success|ic
Vice President of Customer Success|customer_success|vp
Chief Customer Officer|customer_success|c_level
Customer Success Director|customer_success|director
Vice President of Revenue Operations|revenue_operations|vp"""}
S4 = ("search-tool pages corpus: https://tr.scribd.com/document/50940340/emplois (French AFNOR list of 20 sales job types) and "
      "https://fr.scribd.com/document/649074475/Chap-4-LES-METIERS-ET-POSTES-COMMERCIAUX (BTS NRC sales jobs); quoted for evaluation; labelled by hand; round 7 titles2 batch 1")
S6 = ("search-tool pages corpus: https://www.juriafrica.com/lex/convention-collective-nationale-assurances-25501.htm (French job classification "
      "of an insurance collective agreement); quoted for evaluation; labelled by hand; round 7 titles2 batch 1")
S7 = ("search-tool pages corpus: Spanish company-position guides (https://html.pdfcookie.com/02/2019/11/24/g27owyd6y0v0/g27owyd6y0v0.html, "
      "https://mymap.ai/es/blog/organizacion-jerarquia-cargos-empresa, https://ceipgonzalofdezdecordoba.es/trabajo/cargos-de-empresas-guia-completa-de-puestos-y-funciones); "
      "quoted for evaluation; labelled by hand; round 7 titles2 batch 1")
S10 = ("search-tool pages corpus: German salary pages (https://gehaltsreporter.de/kienbaum-studie-vertrieb-40-key-account-top-aussendienst-flop, "
       "https://www.abendblatt.de/wirtschaft/karriere/article107985372/Gutes-Gehalt.html, https://monster.at/mitarbeiter-finden/hr-know-how/recruiting/gehalt-benefits/gehaltsreport-vertrieb-066732); "
       "quoted for evaluation; labelled by hand; round 7 titles2 batch 1")
items[S4] = """Vendeur itinérant|sales|ic
Délégué commercial|sales|ic
Technico-commercial|sales|ic
Représentant|sales|ic
Ingénieur commercial|sales|ic
Ingénieur technico-commercial|sales|ic
Ingénieur d'affaires|sales|ic
Conseiller commercial|sales|ic
Commercialisateur|sales|ic
Chargé d'affaires|sales|ic
Visiteur commercial|sales|ic
Prospecteur sédentaire|sales|ic
Employé commercial|sales|ic
Animateur des ventes|sales|ic
Assistant commercial|sales|ic
Adjoint commercial|sales|ic
Chef des ventes|sales|manager
Directeur des ventes|sales|director
Directeur des opérations|operations|director
Directeur commercial|sales|director
Téléprospecteur|sales|ic
Promoteur des ventes|sales|ic
Animateur de réseau|sales|ic
Attaché commercial|sales|ic
Télévendeur|sales|ic
Responsable comptes clés|sales|manager
Responsable de secteur|sales|manager
Agent commercial|sales|ic
Responsable des ventes|sales|manager"""
items[S6] = """Balayeur|other|ic
Nettoyeur|other|ic
Manutentionnaire|operations|ic
Gardien sans ronde|operations|ic
Terrassier|other|ic
Manœuvre de plantation|other|ic
Téléphoniste sur une ligne|operations|ic
Pompiste|other|ic
Treuilliste|other|ic
Nageur|other|ic
Equarrisseur|other|ic
Eboueur|other|ic
Laveur de lames en laboratoire|other|ic
Garçon de bureau|operations|ic
Employé de bureau|operations|ic"""
items[S7] = """Gerente de Producción|operations|manager
Gerente Comercial|sales|manager
Director de Ventas|sales|director
Gerente de Administración o Finanzas|finance|manager
Jefe de Planeación|operations|manager
Jefe de Contabilidad|finance|manager
Auxiliar Contable|finance|ic
Jefe Financiero|finance|manager
Tesorero|finance|ic
Director Ejecutivo|operations|c_level
Director de Operaciones|operations|director
Director Comercial|sales|director
Director de Recursos Humanos|people|director"""
items[S10] = """Bauzeichner|engineering|ic
Brand Manager|marketing|ic
Bürokauffrau|operations|ic
Business Development Manager|sales|ic
Fertigungsplaner|operations|ic
Financial Analyst|finance|ic
Vertriebsleiter|sales|director
Marketingleiter|marketing|director
Senior-Außendienstmitarbeiter|sales|ic
Leitung Sales/Außendienst|sales|director"""
rows = []
for src, block in items.items():
    for line in block.strip().splitlines():
        t, f, s = line.split("|")
        rows.append({"text": t, "expected": {"function": f, "seniority": s}, "hard_negative": f not in GTM, "part": "dev", "source": src})
with open("scratch/r7-titles2-batch1.jsonl", "w") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), sum(r["hard_negative"] for r in rows))
