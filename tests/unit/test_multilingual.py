"""German, French, Spanish, Portuguese, Italian, Japanese and Chinese funding and appointment news (round 18).

Before round 18 every such item was read as nothing; batch n18 (regional press in its own language) showed it. The
readers take the plain shapes only and refuse plans, rumours, fund closes and board seats as the English ones do.
"""

from __future__ import annotations

import pytest

from signals.extract.multilingual import FOREIGN_CONFIDENCE
from signals.text.money import foreign_amounts
from tests.conftest import appointment_answer, appointment_triple, funding_answer, funding_facts


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("sammelt 40 Mio. Euro ein", 40_000_000, "EUR"),
        ("in Höhe von 5,4 Mio. Euro", 5_400_000, "EUR"),
        ("weitere 155 Millionen Euro eingeworben", 155_000_000, "EUR"),
        ("1,2 Mrd. Euro", 1_200_000_000, "EUR"),
        ("d’un montant de 4,1 millions $.", 4_100_000, "USD"),
        ("lève 15 millions d'euros", 15_000_000, "EUR"),
        ("15 M€", 15_000_000, "EUR"),
        ("una ronda semilla de US$30 millones", 30_000_000, "USD"),
        ("1.000 millones de euros", 1_000_000_000, "EUR"),
        ("um investimento de 90 milhões de dólares", 90_000_000, "USD"),
        ("R$ 10 milhões", 10_000_000, "BRL"),
        ("altri 32.5 milioni di dollari", 32_500_000, "USD"),
        ("シリーズAで2.35億円を調達", 235_000_000, "JPY"),
        ("5000万円", 50_000_000, "JPY"),
        ("筹集了 3000 多万美元", 30_000_000, "USD"),
        ("1亿元人民币", 100_000_000, "CNY"),
    ],
)
def test_foreign_amounts(text: str, value: int, currency: str) -> None:
    found = foreign_amounts(text)
    assert [(a.value, a.currency) for a in found] == [(value, currency)]


def test_a_bare_m_is_no_million() -> None:
    assert foreign_amounts("Die Halle ist 40 m lang.") == []


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Sorare - Fantasy-Fußball-Plattform sammelt 40 Mio. Euro ein\nSorare hat eine Series-A-Finanzierung in Höhe von "
         "40 Mio. Euro erhalten.", ("Sorare", "series_a", 40_000_000, "EUR")),
        ("Die Berliner Rematiq GmbH erhielt Mitte April eine Seed-Finanzierung in Höhe von 5,4 Mio. Euro.",
         ("Rematiq GmbH", "seed", 5_400_000, "EUR")),
        ("das deutsche Raumfahrt-Startup Isar Aerospace hat weitere 155 Millionen Euro eingeworben.",
         ("Isar Aerospace", None, 155_000_000, "EUR")),
        ("Das US-Startup Airware hat eine starke Finanzierungsrunde aufgestellt. Laut Forbes hat das Unternehmen von "
         "Investoren 30 Millionen Dollar erhalten.", ("Airware", None, 30_000_000, "USD")),
        ("La startup française Exotec lève 335 millions de dollars en série D.", ("Exotec", "series_d", 335_000_000, "USD")),
        ("L’entreprise agricole kényane FarmWorks a procédé à la levée d’un financement de pré-série A, d’un montant de "
         "4,1 millions $.", ("FarmWorks", "seed", 4_100_000, "USD")),
        ("Elevva cierra una ronda semilla de US$30 millones, una de las más grandes en la historia de LatAm",
         ("Elevva", "seed", 30_000_000, "USD")),
        ("Kavak recauda US$700 millones en una ronda Serie E.", ("Kavak", "series_e", 700_000_000, "USD")),
        ("A fintech brasileira Acme captou R$ 50 milhões em rodada série A.", ("Acme", "series_a", 50_000_000, "BRL")),
        ("La startup milanese Satispay raccoglie 320 milioni di euro nel round di Serie D.",
         ("Satispay", "series_d", 320_000_000, "EUR")),
        ("D2CファッションテックのBrandit、シリーズAで2.35億円を調達——大広、SMBC VC、DIMENSIONから",
         ("Brandit", "series_a", 235_000_000, "JPY")),
        ("Acme 完成 3000 万美元 A 轮融资", ("Acme", "series_a", 30_000_000, "USD")),
    ],
)
def test_foreign_rounds(text: str, facts: tuple) -> None:
    assert funding_facts(text) == facts


@pytest.mark.parametrize(
    "text",
    [
        "Die Münchner Acme GmbH plant eine Finanzierungsrunde über 20 Mio. Euro.",
        "Laut Insidern sammelt Acme 20 Mio. Euro ein.",
        "Acme Ventures sammelt 200 Mio. Euro für seinen dritten Fonds ein.",
        "Acme erhält Auftrag über 5 Mio. Euro von der Deutschen Bahn.",
        "Exotec prévoit de lever 100 millions d'euros.",
        "Kavak busca recaudar US$700 millones.",
        "Vikua anunció una próxima ronda puente de financiación liderada por Epakon Capital.",
        "Les start-up françaises lèvent 492 millions d'euros en février",
    ],
)
def test_foreign_plans_rumours_funds_and_contracts_are_no_round(text: str) -> None:
    assert funding_facts(text) is None


def test_a_foreign_round_without_an_amount_is_for_review() -> None:
    decision = funding_answer("Foretop, Inc. がシードラウンドの資金調達を行いました")
    assert (decision.round.company, decision.round.round) == ("Foretop, Inc.", "seed")
    assert decision.confidence < 0.6


def test_a_foreign_reading_is_below_the_english_rules() -> None:
    assert funding_answer("Kavak recauda US$700 millones en una ronda Serie E.").confidence == FOREIGN_CONFIDENCE < 0.8


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("GlobalFoundries hat am Montag den Veteranen der Halbleiterindustrie John Hollister zum Finanzchef ernannt.",
         ("John Hollister", "Finanzchef", "GlobalFoundries")),
        ("Siemens ernennt Roland Busch zum Vorstandsvorsitzenden.", ("Roland Busch", "Vorstandsvorsitzenden", "Siemens")),
        ("Renault nomme Luca de Meo au poste de directeur général.", ("Luca de Meo", "directeur général", "Renault")),
        ("Digibee nombra a Humberto Ballesteros como director comercial para Latinoamérica",
         ("Humberto Ballesteros", "director comercial para Latinoamérica", "Digibee")),
        ("IBM para Colombia tiene nuevo gerente general\nEste martes, IBM de Colombia anunció la designación de Patricio "
         "Espinosa como nuevo gerente general de la compañía en el país.",
         ("Patricio Espinosa", "gerente general", "IBM de Colombia")),
        ("Telefónica nombra a José María Álvarez-Pallete como consejero delegado.",
         ("José María Álvarez-Pallete", "consejero delegado", "Telefónica")),
        ("Natura anuncia Fábio Barbosa como novo CEO.", ("Fábio Barbosa", "CEO", "Natura")),
        ("Acme nomina Marco Rossi nuovo amministratore delegato.", ("Marco Rossi", "amministratore delegato", "Acme")),
        ("RealNetworks 任命前 Adobe 高管 Thomas Nielsen 为首席执行官 TechCrunch",
         ("Thomas Nielsen", "首席执行官", "RealNetworks")),
        ("Flexera 是一家公司，今天宣布 David Zwick 为其新任首席财务官(CFO)", ("David Zwick", "首席财务官", "Flexera")),
    ],
)
def test_foreign_appointments(text: str, triple: tuple) -> None:
    assert appointment_triple(text) == triple
    assert appointment_answer(text)[3] == FOREIGN_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "Acme hat Jürgen Weber zum Vorsitzenden des Aufsichtsrats ernannt.",
        "Acme nomme Marie Dupont au conseil d'administration.",
        "Acme 任命 John Smith 为董事",
        # a plan and a post with no title word
        "Acme planea nombrar a Juan Pérez como director general.",
        "Acme nombra a Juan Pérez como embajador de la marca.",
    ],
)
def test_foreign_board_seats_plans_and_non_posts_are_no_appointment(text: str) -> None:
    assert appointment_triple(text) is None
