"""Round 16: shapes left open at the end of round 15, each made general and pinned with near misses.

Appointments:
- an adverb between the auxiliary and the act ("Acme Games has now hired ...");
- a headline's own hire ("Acme Games hires Globex veteran to lead India push") with the person named in the body, whose
  subject is "the company" ("The company has hired former Globex executive Jane Roe as its head of India operations");
  a headline whose subject is a person or a person's old post gives no company;
- an insider's step into "the CEO role" ("Current Lyft board member Jane Roe will step into the CEO role");
- a departure told with "has stepped down" / "has left his post as", the successor after "with" ("..., with the firm's
  European boss Jane Roe stepping up to replace him").

Funding and money (from the fresh news batch n16, whose wrong answers were all general shapes):
- the noun a description ends in is no company ("Malaysian Healthy Snacks E-commerce Platform Receives Funding" gave
  "Platform", drafted);
- a round told as the time of another story ("In August, when Acme announced a $33 million round, all eyes ...");
- financing for a project, a plant or a farm is project finance ("USD 35 million financing for its second solar project");
- money from a commercial bank, with nothing that says venture, is lending ("secures MYR 200 million from CIMB Bank");
- "Deals in brief:" is a digest's rubric;
- "Moringa School, Nairobi-based Technology Learning Accelerator Lands ...": the description after the name is no name;
- the money layer reads ringgit, rupiah, baht, taka, zloty and more codes ("MYR 4 million (USD 1 million)" is MYR).

Titles (fresh careers batch t16): a Romance head noun followed by an adjective heads the title unless the adjective names
a go-to-market job; data warehouses, telecalling, Nordic recruiting, Brazilian DHO, freight, Portuguese foremen,
account-based marketing, "<X> Success Manager" and client managers.
"""

from __future__ import annotations

import pytest

from signals.extract.funding import extract_funding
from signals.extract.roles import classify_title
from signals.text.money import find_amounts
from tests.conftest import appointment_triple as _triple
from tests.conftest import funding_facts as _round


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Games has now hired former Globex executive Jane Roe as head of India operations.",
         ("Jane Roe", "head of India operations", "Acme Games")),
        ("Acme Bank has officially appointed Jane Roe as chief risk officer.", ("Jane Roe", "chief risk officer", "Acme Bank")),
        ("Acme Games hires Globex veteran to lead India push\n"
         "The company has hired former Globex executive Jane Roe as its head of India operations.",
         ("Jane Roe", "head of India operations", "Acme Games")),
        ("Acme Games hires Globex veteran to lead India push\n"
         "The company has now hired former Globex executive Jane Roe to be its head of India operations.",
         ("Jane Roe", "head of India operations", "Acme Games")),
        ("Initech taps ex-Google leader for sales\nThe firm recruited Jane Roe as its new chief revenue officer.",
         ("Jane Roe", "chief revenue officer", "Initech")),
    ],
)
def test_a_hire_told_with_an_adverb_or_by_the_company_noun(text: str, expected: tuple[str, str, str]) -> None:
    assert _triple(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the headline's subject is a person or a person's old post: no company to give "the company"
        "Former Globex CEO hires new team\nThe company has hired Jane Roe as its head of sales.",
        "Jane Roe hires new agency\nThe company has hired John Smith as its head of sales.",
        # "the company" hired a firm or a crowd, not a person
        "Acme Games hires agency for India push\nThe company has hired Globex Partners as its agency of record.",
        "Acme Games hires 200 engineers\nThe company has hired 200 engineers as it expands in India.",
    ],
)
def test_the_company_noun_needs_a_company_and_a_person(text: str) -> None:
    assert _triple(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Current Lyft board member Jane Roe will step into the CEO role, the company said.", ("Jane Roe", "CEO", "Lyft")),
        ("Jane Roe will step into the CFO role at Acme Corp in January.", ("Jane Roe", "CFO", "Acme Corp")),
        ("Acme Corp veteran Jane Roe steps into the chief operating officer post.",
         ("Jane Roe", "chief operating officer", "Acme Corp")),
    ],
)
def test_a_step_into_the_named_role(text: str, expected: tuple[str, str, str]) -> None:
    assert _triple(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2015, Jane Roe stepped into the CEO role at Acme.",  # history, not news
        "Jane Roe will step into the role at Acme Trust.",  # no post named
        "Jane Roe will step into the spotlight at Acme Trust.",
    ],
)
def test_a_step_into_needs_news_and_a_post(text: str) -> None:
    assert _triple(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("John Smith has stepped down as CEO of Acme, with Jane Roe taking over.", ("Jane Roe", "CEO", "Acme")),
        ("John Smith has stepped down as CEO of Acme, with Jane Roe stepping up to replace him.", ("Jane Roe", "CEO", "Acme")),
        ("Acme founder John Smith has left his post as chief executive, with the firm's European boss Jane Roe stepping up "
         "to replace him.", ("Jane Roe", "chief executive", "Acme")),
        ("Acme CEO John Smith steps down, with COO Jane Roe taking over.", ("Jane Roe", "CEO", "Acme")),
    ],
)
def test_a_successor_after_with(text: str, expected: tuple[str, str, str]) -> None:
    assert _triple(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "John Smith has stepped down as CEO of Acme, with the company citing personal reasons.",
        "John Smith has left his post as chief executive of Acme.",
        "John Smith has stepped down as CEO of Acme, with no successor named.",
    ],
)
def test_a_departure_alone_is_no_appointment(text: str) -> None:
    assert _triple(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malaysian Healthy Snacks E-commerce Platform Receives Funding\nSignature Market, a Malaysian healthy snacks "
         "e-commerce retail platform, has raised MYR 4 million (USD 1 million) of capital from RHL Ventures.",
         ("Signature Market", None, 4_000_000.0, "MYR")),
        ("Acme raises RM4 million seed round", ("Acme", "seed", 4_000_000.0, "MYR")),
        ("Acme raises Rp 10 billion in seed funding", ("Acme", "seed", 10_000_000_000.0, "IDR")),
        # a bank's venture arm invests
        ("Acme raises $5 million seed round from HSBC Ventures", ("Acme", "seed", 5_000_000.0, "USD")),
        ("Acme secures $12 million Series A from Globex Bank", ("Acme", "series_a", 12_000_000.0, "USD")),
        ("Acme, a Berlin-based fintech startup, raises €8 million", ("Acme", None, 8_000_000.0, "EUR")),
    ],
)
def test_round16_rounds_are_read(text: str, expected: tuple[str, str | None, float | None, str | None]) -> None:
    assert _round(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "E-commerce Platform Receives Funding",
        "In August, when construction tech startup Acme announced a $33 million round of funding, all investor eyes were "
        "once again on the construction sector.",
        "When Acme raised $10 million last year, the market was different.",
        "Acme Energy Secures Financing for Large Scale Solar Project in Kedah\nAcme Energy has secured USD 35 million "
        "financing for its second Large Scale Solar (LSS) project in Malaysia.",
        "Acme Power raises $40 million financing for its new wind farm",
        "Acme Mobility secures MYR 200 million from CIMB Bank to spur green mobility\nAcme Mobility, a wholly owned "
        "subsidiary of Globex, has secured MYR 200 million in funding from CIMB Bank.",
        "Deals in brief: Acme secures $20 million from Globex, Initech acquires Hooli, and more",
    ],
)
def test_round16_money_that_is_no_round(text: str) -> None:
    assert _round(text) is None


def test_a_name_then_its_title_case_description() -> None:
    found = extract_funding("Acme School, Nairobi-based Technology Learning Accelerator Lands $2M From Globex Equity")
    assert found is None or found.company != "Technology Learning Accelerator"
    assert _round("Acme Labs, Nairobi-based Technology Learning Accelerator Lands $2M From Globex Equity")[0] == "Acme Labs"
    # lower-case words after the place name the company after the description
    assert _round("San Jose, Calif-based network security firm Vectra has closed a $100 million Series E funding round")[0] \
        == "Vectra"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("has raised MYR 4 million (USD 1 million)", [(4_000_000.0, "MYR"), (1_000_000.0, "USD")]),
        ("invested Tk5 crore", [(50_000_000.0, "BDT")]),
        ("raised 50 million baht", [(50_000_000.0, "THB")]),
        ("raised PLN 3 million", [(3_000_000.0, "PLN")]),
        ("raised NT$30 million", [(30_000_000.0, "TWD")]),
        ("a 3 million zloty round", [(3_000_000.0, "PLN")]),
        ("raised 100 million PHP", [(100_000_000.0, "PHP")]),
        ("PHP 7 developer", []),  # a language's version is no money
    ],
)
def test_round16_currencies(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(a.value, a.currency) for a in find_amounts(text)] == expected


@pytest.mark.parametrize(
    ("title", "function", "seniority"),
    [
        ("Ingeniero Mecánico Junior para importante empresa constructora", "engineering", "ic"),
        ("Abogado Tributarista Junior", "other", "ic"),
        ("Docentes Ingeniería Informática", "other", "ic"),
        ("Enseignant(e)s Formateur(trice)s en Informatique et Technologies Numériques", "other", "ic"),
        # a go-to-market word after the head makes a go-to-market job
        ("Desarrollador comercial", "sales", "ic"),
        ("Advogado Closer", "sales", "ic"),
        ("Data Warehouse - Entwickler für ein österreichweites Competence - Center", "data", "ic"),
        ("Młodszy Programista Hurtowni Danych", "data", "ic"),
        ("Warehouse Associate", "operations", "ic"),
        ("Comptable clientèle", "finance", "ic"),
        ("Hiring Telecalling executive Bangalore", "sales", "ic"),
        ("Senior rekrutteringspartner", "people", "ic"),
        ("Coordenador DHO", "people", "manager"),
        ("#1094 Analista de Frete Internacional", "operations", "ic"),
        ("Stage webdevelopment", "engineering", "ic"),
        ("Chefe de Cozinha", "other", "manager"),
        ("Encarregado de Limpeza", "other", "manager"),
        ("ABM Manager", "marketing", "ic"),
        ("Agency Success Manager", "customer_success", "ic"),
        ("Associate Client Manager", "sales", "ic"),
        ("Conseillers Commerciaux Experts en Assurance", "sales", "ic"),
    ],
)
def test_round16_titles(title: str, function: str, seniority: str) -> None:
    found = classify_title(title)
    assert (found.function, found.seniority) == (function, seniority)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body in the title spells out the announcer's own name
        ("Acme County Board of Education names interim superintendent\nThe Acme County Board of Education announced Tuesday "
         "evening the appointment of Dr. Jane Roe as interim superintendent of the Acme County Public School System.",
         ("Jane Roe", "interim superintendent", "Acme County Public School System")),
        # a sport's coach is a title; a bare "coach" still is not
        ("Michigan named Jane Roe its new football coach.", ("Jane Roe", "football coach", "Michigan")),
        ("Acme State hires Jane Roe as basketball coach", ("Jane Roe", "basketball coach", "Acme State")),
        # the hire's home town
        ("Jane Roe of Williston, Vermont will become CEO of Acme Dairy.", ("Jane Roe", "CEO", "Acme Dairy")),
        # the announcer is the company whose post changes hands
        ("Acme Milk announced yesterday that John Smith is to step down as CEO and will be replaced by Shelagh Hancock.",
         ("Shelagh Hancock", "CEO", "Acme Milk")),
        # "has a new leader", the title in the next sentence
        ("The Acme Food Bank, which has fed thousands this year, has a new leader.\nJane Roe, who served as Chief Development "
         "Officer for Globex, is taking over as President and CEO, at a time when demand is high.",
         ("Jane Roe", "President and CEO", "The Acme Food Bank")),
        # an institution's common noun, no "as"
        ("The College of Engineering will be under new leadership this fall.\nThe college announced Jane Roe its new dean "
         "Thursday.", ("Jane Roe", "dean", "The College of Engineering")),
        ("Maryland brought in a new Director of Scouting and Player Development in Jane Roe.",
         ("Jane Roe", "Director of Scouting and Player Development", "Maryland")),
        ("Current Acme board member and longtime tech executive Jane Roe will step into the CEO role.", ("Jane Roe", "CEO", "Acme")),
        ("Acme hires Globex exec to lead operations in India\nAmidst reports that Acme lost three executives in India, the "
         "company has now hired Globex executive Jane Roe to be its head of India operations, according to a report.",
         ("Jane Roe", "head of India operations", "Acme")),
    ],
)
def test_round16_batch_shapes(text: str, expected: tuple[str, str, str]) -> None:
    assert _triple(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme Bus Lines buys new coach",
        "Acme Milk announced yesterday that John Smith is to step down as CEO.",
        "The Acme Food Bank has a new leader.\nThe board thanked volunteers for their work this year.",
        "The college announced new parking rules Thursday.",
        "Acme brought in a new logo in January.",
    ],
)
def test_round16_batch_near_misses(text: str) -> None:
    assert _triple(text) is None
