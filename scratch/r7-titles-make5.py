"""Batch 5 of r7-titles: Norwegian, Spanish (Equatorial Guinea, Latin America), Portuguese titles and combined C-level titles."""
import json
GTM = {"sales", "marketing", "customer_success", "revenue_operations"}
S28 = ("search-tool code index id 31139841761: a Norwegian software vendor's contact section (staff titles); quoted for "
       "evaluation; labelled by hand; round 7 batch 5")
S29 = ("search-tool code index id 17566493350: an Equatorial Guinean company's org chart (Spanish roles by department), "
       "characters 0-16,000; quoted for evaluation; labelled by hand; round 7 batch 5")
S30 = ("Spanish and Portuguese careers and org-data files in public repositories (search-tool code index ids 6989236457, "
       "55892004852, 54701789953); quoted for evaluation; labelled by hand; round 7 batch 5")
S31 = ("search-tool code index id 70208216151: a company site's org-chart script (executive roles); quoted for evaluation; "
       "labelled by hand; round 7 batch 5")
items = {S28: """Markedssjef kommunaltekniske tjenester|marketing|manager
Kundeansvarlig - Kommuner|sales|ic
Markedssjef for Plan og Geodata|marketing|manager
Markedssjef for Vann og avløp|marketing|manager
Markedsansvarlig datavarehus|marketing|manager""",
S29: """Consejero Delegado (CEO)|operations|c_level
Director de Gabinete|operations|director
Asistenta Personal|operations|ic
Técnico de Operaciones|operations|ic
Conductor Ejecutivo|other|ic
Coordinador Operativo|operations|ic
Director de Marketing y Ventas|marketing|director
Coordinador de Alianzas Comerciales|sales|ic
Especialista en Inteligencia de Mercado|data|ic
Oficial PMO Senior|operations|ic
Analista de Inversiones|finance|ic
Coordinadora de Hitos Estratégicos|operations|ic
Diseñadora UX/UI|product|ic
Investigadora UX|product|ic
Lead UI Systems|product|ic
Diseñadora de Prototipos|product|ic
Contable Senior|finance|ic
Especialista Fiscal|finance|ic
Controller Financiero|finance|ic
Analista de Presupuestos|finance|ic
Director Logística y Suministros|operations|director
Planificadora de Rutas|operations|ic
Supervisor de Almacenes|operations|manager
Responsable de Compras Estratégicas|operations|manager
Responsable de Marketing Digital|marketing|manager
Coordinadora de Contenido|marketing|ic
Especialista en Medios|marketing|ic
Diseñadora Multimedia|marketing|ic
Directora de Recursos Humanos|people|director
Coordinador de Clima Laboral|people|ic
Especialista en Selección|people|ic
CFO · Contabilidad, Finanzas y RR.HH.|finance|c_level
Especialista en Compensación|people|ic
Analista de Beneficios|people|ic
Coordinadora de Gobierno Corporativo|other|ic
Director de Tecnología (CTO)|engineering|c_level
Ingeniera de Software Senior|engineering|ic
DevOps & Integraciones|engineering|ic
Líder QA|engineering|ic
Técnico de Soporte y Redes|engineering|ic
Analista NOC|engineering|ic
Coordinadora de Continuidad Operativa|operations|ic""",
S30: """Desenvolvedor Frontend Sênior|engineering|ic
Product Designer (UI/UX)|product|ic
Analista de Marketing de Performance|marketing|ic
Executivo de Vendas (SaaS)|sales|ic
Representante de desarrollo comercial|sales|ic
Director de ventas y desarrollo comercial|sales|director
Ejecutivo de cuentas empresariales|sales|ic
Gerente de marketing digital|marketing|manager
Especialista en crecimiento y adquisición|marketing|ic
Especialista en adquisición de talento|people|ic
Ingeniero de automatización de pruebas|engineering|ic
Ingeniero de infraestructura en nube|engineering|ic""",
S31: """Co-Founder · Chief Investment Officer|finance|c_level
Co-Founder · Chief Operating Officer & Chief Financial Officer|operations|c_level
Executive Assistant to CEO|operations|ic"""}
rows = []
for src, block in items.items():
    for line in block.strip().splitlines():
        t, f, s = line.rsplit("|", 2)
        rows.append({"text": t, "expected": {"function": f, "seniority": s}, "hard_negative": f not in GTM, "part": "dev", "source": src})
with open("scratch/r7-titles-batch5.jsonl", "w") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), sum(r["hard_negative"] for r in rows))
