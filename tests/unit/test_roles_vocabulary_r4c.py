"""Round 4 of issue 12, third shift: occupational families read across languages.

Made-up titles (none is a title from the evaluation sets) of the shapes fresh job-board listings
showed: reception desks, warehouses and picking, purchasing, logistics traffic, guards, cleaning,
kitchens, trades, drivers, care, schools, law and inspection, drafting, payments and payroll,
human resources, customer care and pharmaceutical reps, in Spanish, Portuguese, French, Italian,
German, Dutch and English. Labels follow the conventions pinned in test_roles_vocabulary.py.
"""

from __future__ import annotations

import pytest

from signals.extract.roles import classify_title

CASES: list[tuple[str, str, str]] = [
    # Reception, warehouses, picking, forklifts and stockers are operations
    ("Recepcionista bilingüe - Turno tarde", "operations", "ic"),
    ("Réceptionniste H/F", "operations", "ic"),
    ("Operario/a de Depósito - Zona Oeste", "operations", "ic"),
    ("Preparador de pedidos con experiencia", "operations", "ic"),
    ("Kommissionierer (m/w/d) im Frischelager", "operations", "ic"),
    ("Autoelevadorista turno noche", "operations", "ic"),
    ("Repositor externo - Supermercados", "operations", "ic"),
    ("Auxiliar de depósito y limpieza", "operations", "ic"),
    # Purchasing, traffic and security guards are operations
    ("Comprador Sr. de Insumos", "operations", "ic"),
    ("Acheteur Projets H/F", "operations", "ic"),
    ("Coordinadora de Tráfico Nacional", "operations", "ic"),
    ("Vigilador/a con curso habilitante", "operations", "ic"),
    ("Beveiliger evenementen", "operations", "ic"),
    # A shop names where a job is only when nothing else names the team
    ("Encargado/a de tienda - Centro", "operations", "manager"),
    ("Cajera/o - Tienda Norte", "other", "ic"),
    ("Cajero/a repositor/a part time", "other", "ic"),
    ("Ingeniero de obra civil", "engineering", "ic"),
    # Cleaning, kitchens, trades and drivers are "other", whatever the shop-floor word before them
    ("Operaria de limpieza - Oficinas", "other", "ic"),
    ("Reinigungskraft (m/w/d) in Teilzeit", "other", "ic"),
    ("Ayudante de cocina / Cocinero", "other", "ic"),
    ("Camarera de sala fines de semana", "other", "ic"),
    ("Soldador calificado MIG", "other", "ic"),
    ("Oficial Albañil con experiencia", "other", "ic"),
    ("Chofer profesional categoría C", "other", "ic"),
    ("Repartidor en moto", "other", "ic"),
    # Care, schools, law and inspection are "other"; a patient's desk is care, not support
    ("Asistente de atención al paciente - Clínica", "other", "ic"),
    ("Enfermero/a para internación", "other", "ic"),
    ("Maestra de nivel inicial", "other", "ic"),
    ("Abogada Sr. - Derecho laboral", "other", "ic"),
    ("Inspector de obra - Seguridad e Higiene", "other", "ic"),
    # Drafting and engineering in Spanish are engineering
    ("Dibujante técnico Revit", "engineering", "ic"),
    ("Analista de Ingeniería Industrial", "engineering", "ic"),
    # Payments, credit and payroll are finance; "RRHH" and selection are people
    ("Analista de Pagos y Conciliaciones", "finance", "ic"),
    ("Analista de Créditos y Cobranzas", "finance", "ic"),
    ("Liquidador/a de sueldos", "finance", "ic"),
    ("Pasante de RRHH - Selección", "people", "ic"),
    ("Analista de Selección IT", "people", "ic"),
    # Customer care and pharmaceutical reps
    ("Ejecutiva de Atención Telefónica", "customer_success", "ic"),
    ("Agente de propaganda médica - Zona Sur", "sales", "ic"),
    ("Visitador médico oftalmología", "sales", "ic"),
    ("Gerencia Comercial Regional", "sales", "manager"),
    # A Romance head noun before "de" is the job; its subject follows ("Process Engineer")
    ("Ingeniera de Proyectos Industriales", "engineering", "ic"),
    ("Ingeniero Químico de Procesos Logísticos", "engineering", "ic"),
    ("Profesora de Marketing Digital", "other", "ic"),
    ("Abogado de Recursos Humanos", "other", "ic"),
    ("Ingeniero de Ventas Técnicas", "sales", "ic"),
    ("Ingeniera de Datos Sr", "data", "ic"),
    ("Arquitecto de Soluciones Cloud", "sales", "ic"),
    ("Desarrolladora de Negocios B2B", "sales", "ic"),
    ("Técnico de Mantenimiento Industrial", "other", "ic"),
    ("Técnico de Sistemas - Mesa de ayuda", "operations", "ic"),
    ("Técnico de Marketing Online", "marketing", "ic"),
    ("Soporte TI - Sucursales", "operations", "ic"),
    # Plants, planning, demand, distribution, upkeep and process improvement are operations
    ("Jefe de Planta Láctea", "operations", "manager"),
    ("Jefa de Obra - Edificios", "operations", "manager"),
    ("Analista de Planificación de la Producción", "operations", "ic"),
    ("Analista de Demanda y Abastecimiento", "operations", "ic"),
    ("Responsable de Distribución Regional", "operations", "manager"),
    ("Supervisión de Operaciones - Turno Tarde", "operations", "manager"),
    ("Supervisor de Mantenimiento Eléctrico", "operations", "manager"),
    ("Analista de Mejora Continua", "operations", "ic"),
    ("Analista de Gestión Documental Jr", "operations", "ic"),
    ("Operador de Centro de Monitoreo", "operations", "ic"),
    ("Operadora de Emergencias Médicas", "other", "ic"),
    # An assistant to management is an assistant
    ("Asistente de Gerencia General", "operations", "ic"),
    ("Asistente del Equipo de Gerencia Comercial", "sales", "ic"),
    # Government relations, talent, management control, AI, customer development
    ("Especialista en Relaciones Institucionales", "marketing", "ic"),
    ("Analista de Atracción de Talento", "people", "ic"),
    ("Analista de Control de Gestión", "finance", "ic"),
    ("Consultora de IA Generativa", "engineering", "ic"),
    ("Responsable de Desarrollo Comercial", "sales", "manager"),
    ("Supervisora de Cultivo Celular", "other", "manager"),
    # Occupational health and safety is operations; its technicians are technicians
    ("Analista de Higiene y Seguridad Laboral", "operations", "ic"),
    ("Coordinadora de Salud Ocupacional y Medioambiente", "operations", "ic"),
    ("Auditor de Seguridad e Higiene - Plantas", "operations", "ic"),
    ("HSE Manager - Mining", "operations", "manager"),
    ("Técnica en Higiene y Seguridad - Obra", "other", "ic"),
    ("Técnico de salud en atención primaria", "other", "ic"),
    # Ramps, consortia, service stations; cyber security and infrastructure; trades; lab media
    ("Maletero/a aeropuerto (eventual)", "operations", "ic"),
    ("Administradora de Consorcios Jr", "operations", "ic"),
    ("Responsable de Estación de Servicio - Ruta 9", "operations", "manager"),
    ("Analista de Ciberseguridad SOC", "engineering", "ic"),
    ("Administrador de Infraestructura Cloud", "engineering", "ic"),
    ("Oficial de Mantenimiento Edilicio", "other", "ic"),
    ("Supervisora de Medios de Cultivo", "other", "manager"),
    # Designers of ads and multimedia work for marketing
    ("Diseñadora Multimedia Jr", "marketing", "ic"),
    ("Motion Designer (Freelance)", "marketing", "ic"),
    ("Senior Ad Creative Designer", "marketing", "ic"),
    # Portuguese families: IT, networks, insurance, claims, travel, stockrooms, foreign trade
    ("Técnico em Informática - Suporte", "operations", "ic"),
    ("Analista de Redes Pleno", "engineering", "ic"),
    ("Analista de Mídias Sociais Jr", "marketing", "ic"),
    ("Analista de Tecnologia da Informação Sênior", "engineering", "ic"),
    ("Analista de Seguros Auto", "finance", "ic"),
    ("Assistente de Sinistros", "finance", "ic"),
    ("Analista de Riscos Operacionais", "finance", "ic"),
    ("Analista de Viagens Corporativas", "operations", "ic"),
    ("Auxiliar de Almoxarifado", "operations", "ic"),
    ("Analista de Comércio Exterior", "operations", "ic"),
    ("Assistente de Departamento Pessoal", "people", "ic"),
    ("Analista de Treinamento", "people", "ic"),
    ("Analista de Vendas Pleno", "revenue_operations", "ic"),
    ("Assessora de Imprensa", "marketing", "ic"),
    ("Analista de Suporte Técnico N2", "customer_success", "ic"),
    ("Vendedor Técnico Externo", "sales", "ic"),
    ("Arquiteta de Soluções AWS", "sales", "ic"),
    ("Arquiteto de Interiores", "engineering", "ic"),
    ("Líder de Produção - 2º turno", "operations", "manager"),
    ("Digitadora (meio período)", "operations", "ic"),
    # Systems: an IT manager in Spanish, an IT auditor is an auditor; Italian payroll
    ("Jefa de Sistemas - Planta", "engineering", "manager"),
    ("Auditor de Sistemas Jr", "finance", "ic"),
    ("Impiegata ufficio paghe", "finance", "ic"),
    # A German sale of credit stays a sale
    ("Vertriebsmitarbeiter Kredit (m/w/d)", "sales", "ic"),
]


@pytest.mark.parametrize(("title", "function", "seniority"), CASES)
def test_round4c_title_shapes(title: str, function: str, seniority: str) -> None:
    got = classify_title(title)
    assert (got.function, got.seniority) == (function, seniority), title
