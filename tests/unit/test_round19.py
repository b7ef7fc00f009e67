"""Round 19: shapes round 18 left open, made general and pinned with near misses, then fresh batches.

- Funding: a company's own blog post tells its round in the first person ("We raised $4M!") and names the company it
  speaks for only once, elsewhere ("here at Unlock", "We at Apiary", "Algolia has just raised"); the answer is recorded
  for review. Money raised for charity, a contract closed, prices raised and an investor's own post are no round.
- Funding: a name right after a C-suite post or "founder" is that person's, whether or not the given-names list knows
  the first name ("Paystack CEO Shola Akinlade raises $8 million for his new startup").
"""

from __future__ import annotations

import pytest

from signals.extract.funding import OWN_VOICE_CONFIDENCE
from tests.conftest import appointment_triple, funding_answer, funding_facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("We raised $3M!\nWe have big news here at Tallyho! We raised $3 million in venture funding from a group of "
         "angel investors.", ("Tallyho", None, 3_000_000.0, "USD")),
        ("Announcing our $4.2M Series A\nWe at Quillstone are proud to announce that this spring we've closed our "
         "Series A funding at $4.2M.", ("Quillstone", "series_a", 4_200_000.0, "USD")),
        ("We just raised our seed round. What now?\nAs some of you read in the press, Brightpath has just raised a "
         "$2.5M seed round led by Foundry Group.", ("Brightpath", "seed", 2_500_000.0, "USD")),
        ("Announcing Our B2 Round!\nWe're excited to announce our B2 round of funding from two new investors. This $40M "
         "raise takes the total investment in Corvana to $95M.", ("Corvana", "series_b", 40_000_000.0, "USD")),
        ("How €3M in Series A Funding Will Help Us Grow\nIt is with joy that we share some news. Fernhill has closed our "
         "Series A round of funding. Through it we raised €3 million to grow the team.",
         ("Fernhill", "series_a", 3_000_000.0, "EUR")),
    ],
)
def test_a_companys_own_post_tells_its_round_for_review(text: str, facts: tuple) -> None:
    decision = funding_answer(text)
    found = decision.round
    assert (found.company, found.round, found.amount, found.currency) == facts
    assert decision.confidence == OWN_VOICE_CONFIDENCE < 0.6  # read from the post's wording: recorded for review
    assert "first person" in decision.explanation


@pytest.mark.parametrize(
    "text",
    [
        # money raised for others
        "We raised $31,000 for charity!\nEveryone here at Tallyho ran the marathon and we raised $31,000 for the food bank.",
        # a contract, not a round
        "We closed a $5M deal\nWe at Tallyho are proud of the $5 million contract we closed with the city.",
        # prices, not money raised
        "We raised our prices\nHere at Tallyho we raised prices by $5 per month.",
        # an office, no round word after "our"
        "Announcing our new office\nWe at Tallyho are moving to a $3M building in Austin.",
        # an investor's own post: the name it speaks for is a fund
        "Our Series A investment\nHere at Foundry Ventures we're announcing our Series A investment in a startup.",
        # no money and no round
        "We raised the bar\nHere at Tallyho we raised the bar for customer service this year.",
    ],
)
def test_first_person_money_that_is_no_round_of_the_named_company(text: str) -> None:
    assert funding_facts(text) is None


def test_the_named_company_is_not_the_investor_the_post_thanks() -> None:
    # the only company-shaped name after "at" is the lead investor's, so no company is read
    assert funding_facts("We just raised $10M\nToday we announced a $10 million Series A led by Index Ventures. "
                         "Everyone at Index Ventures is excited.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Paystack CEO Shola Akinlade raises $8 million for his new startup",
        "Paystack CEO Shola Akinlade raises $8 million",
        "Flutterwave co-founder Iyinoluwa Aboyeji raises $5M for his new venture",
    ],
)
def test_a_name_after_a_post_is_a_person_not_the_company(text: str) -> None:
    assert funding_facts(text) is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Acme CEO Lumen Robotics raises $5M", "Lumen Robotics"),  # a business word: a company, not a person
        ("Paystack-backed Kora raises $8 million", "Kora"),
    ],
)
def test_a_company_after_a_post_or_a_backer_stays_the_company(text: str, company: str) -> None:
    assert funding_facts(text)[0] == company


@pytest.mark.parametrize(
    ("title", "function", "seniority"),
    [
        # batch t19a (AI and SaaS companies' boards)
        ("Escalation Manager", "customer_success", "ic"),
        ("Senior Escalation Engineer, Enterprise", "customer_success", "ic"),
        ("VP Technical Account Management", "customer_success", "vp"),
        ("Product GTM Specialist - Voice", "marketing", "ic"),
        ("Senior ML Science Manager", "data", "manager"),
        ("Applied Scientist, Search", "data", "ic"),
        ("Global Candidate Experience, Senior Manager", "people", "manager"),
        ("Manager, Applied AI Solutions Architecture - Partnerships", "sales", "manager"),
        ("Forecasting & Data Analyst", "data", "ic"),
        ("Head of Corporate Services Sourcing", "operations", "director"),
        ("IT Application Support Analyst (Level 3 Support)", "operations", "ic"),
        # near misses: the team words these lean on keep their other meanings
        ("Sales Forecasting Analyst", "revenue_operations", "ic"),
        ("Demand Forecasting Manager", "operations", "manager"),
        ("Talent Sourcing Lead", "people", "ic"),
        ("Sourcing Recruiter", "people", "ic"),
        ("Machine Learning Engineer", "engineering", "ic"),
        ("Application Support Analyst", "customer_success", "ic"),
        ("Senior ISV Marketing Manager, Partner Marketing", "marketing", "ic"),
        ("Revenue Cycle Specialist", "finance", "ic"),
        # batch t19c (hospital, biotech, public-sector and bank boards)
        ("Production Technician-Kitting (Contractor)", "operations", "ic"),
        ("R-174078 Senior Specialty Representative - Bone Health - Jonesboro NE, AR", "sales", "ic"),
        ("CARD Settlement Analyst", "finance", "ic"),
        ("Patient Account Rep.", "finance", "ic"),
        ("Research Associate II - Medically Associated Science & Technology Program (MAST)", "other", "ic"),
        ("Salaried GP/Lead Gp", "other", "ic"),
        ("quantitative research associate", "data", "ic"),
        ("Patient Service Rep - Cedars-Sinai Cancer Beverly Hills", "other", "ic"),
        ("Risk Analyst", "finance", "ic"),
        ("disaster risk analyst", "other", "ic"),
        ("Revenue Operations Analyst", "revenue_operations", "ic"),
        # batch t19b (German, Spanish, Finnish, French, Polish and Portuguese boards)
        ("Staplerfahrer (m/w/d) 41542 Dormagen", "operations", "ic"),
        ("Junior Risikomanager/ Risikomanagerin (m/w/d)", "finance", "ic"),
        ("Especialista de Mercadeo VNP", "marketing", "ic"),
        ("Técnico delineante Jr", "engineering", "ic"),
        ("Visita Médica Zona Norte", "sales", "ic"),
        ("Administradora General", "operations", "director"),
        ("Automyyjäksi Bilarille", "sales", "ic"),
        ("Tiedonhallinnan asiantuntija (Specialist/Sr. Specialist)", "data", "ic"),
        ("Développeur CRM Microsoft Dynamics (H/F)", "revenue_operations", "ic"),
        ("Stage Buying Support", "operations", "ic"),
        ("Doradca serwisowy", "customer_success", "ic"),
        ("Analista de Tráfego Pago", "marketing", "ic"),
        # near misses
        ("Développeur Java (H/F)", "engineering", "ic"),
        ("Analista de Pagos", "finance", "ic"),
        ("Technical Support Engineer", "customer_success", "ic"),
        ("General Manager", "operations", "director"),
        ],
)
def test_round19_titles(title: str, function: str, seniority: str) -> None:
    from signals.extract.roles import classify_title

    found = classify_title(title)
    assert (found.function, found.seniority) == (function, seniority)


# --- batch n19a: wrong answers found and fixed, and its misses made general --------------------------------------------


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Peruvian Veef Secures $320K in First Funding Round", "Veef"),  # a nationality before a one-word name
        ("Kenyan Moringa raises $5M", "Moringa"),
        ("British Airways raises $500M", "British Airways"),  # an industry word: the nationality is the name's
        ("Indian Oil raises $200M", "Indian Oil"),
        ("Swiss Re raises $1B", "Swiss Re"),
        ("Swara Fincare Secures Rs 19.4 Cr Series-A Funding In Partnership With UC Impower Fund", "Swara Fincare"),
    ],
)
def test_round19_funding_companies(text: str, company: str) -> None:
    assert funding_facts(text)[0] == company


def test_a_description_ending_in_a_sector_noun_is_no_company() -> None:
    # the summary names the company in a sentence no rule takes: the description is never the answer, and whatever the
    # learned fallback reads is recorded for review, not drafted
    from signals.extract.funding import explain_funding

    decision = explain_funding("Gene Therapy Biotech Secures $37.5 Million in Venture Funds\nApplied Genetic Technologies "
                               "Corp., a biotechnology company in Gainesville, Florida, gained $37.5 million in series B funds.")
    assert decision is None or (decision.round.company != "Gene Therapy Biotech" and decision.confidence < 0.6)


def test_a_founders_post_names_the_company_it_raised_for() -> None:
    decision = funding_answer("Seed Funding for Tallyho\nIn spring I was fundraising for Tallyho with my cofounder, "
                              "and today we announced we've raised $5.7M in seed funding.")
    assert (decision.round.company, decision.round.round, decision.round.amount) == ("Tallyho", "seed", 5_700_000.0)
    assert decision.confidence == OWN_VOICE_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # "Bros." is an abbreviation, not a sentence's end
        ("Ciraulo Elevated To SVP At Stater Bros.\nStater Bros. Markets has promoted John Ciraulo to SVP of fresh foods.",
         ("John Ciraulo", "SVP of fresh foods", "Stater Bros. Markets")),
        ("Warner Bros. Discovery has appointed Jane Roe as chief financial officer.",
         ("Jane Roe", "chief financial officer", "Warner Bros. Discovery")),
        # a place in capitals and its state, with no date, opens the summary
        ("A&P names new EVP operations\nMONTVALE, N.J. Grocer A&P has appointed former OfficeMax executive Paul Hertz as "
         "EVP operations, succeeding Mark Kramer.", ("Paul Hertz", "EVP operations", "A&P")),
        # after a promotion verb, "to <title>" after the name is the new post; the post before the name is the old one
        ("Peach Cobbler Factory has elevated its president, Greg George, to CEO, effective May 1.",
         ("Greg George", "CEO", "Peach Cobbler Factory")),
        ("Acme has promoted its head of sales, Jane Roe, to the role of chief revenue officer.",
         ("Jane Roe", "chief revenue officer", "Acme")),
        # a sport before "head coach" names the team
        ("Ole Keusgen named Virginia field hockey head coach", ("Ole Keusgen", "head coach", "Virginia")),
        # a ranking in brackets after the subject
        ("Ruan promotes new executive VP\nRuan Transportation Management Systems (CCJ Top 250, No. 31) has promoted Jeff "
         "Harpole to executive vice president.", ("Jeff Harpole", "executive vice president",
                                                  "Ruan Transportation Management Systems")),
        # the summary's "the chain" is the company the headline named first
        ("Papa Johns Taps Former Inspire Brands Exec As Chief Restaurant Officer\nThe chain appointed 20-year pizza "
         "industry veteran Joe Sieve as its new chief restaurant officer, effective May 2.",
         ("Joe Sieve", "chief restaurant officer", "Papa Johns")),
        ("Ruby Tuesday taps longtime QSR exec as new CEO\nThe troubled Ruby Tuesday casual-dining chain named Jim Hyatt as "
         "its new CEO.", ("Jim Hyatt", "CEO", "Ruby Tuesday")),
        # a weekday that the headline shows is part of the name
        ("Ruby Tuesday taps longtime QSR exec as new CEO\nRuby Tuesday named Jim Hyatt as its new CEO.",
         ("Jim Hyatt", "CEO", "Ruby Tuesday")),
    ],
)
def test_round19_appointments(text: str, triple: tuple) -> None:
    assert appointment_triple(text) == triple


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # the day after a subject that the headline does not carry on is still the day it was announced
        ("General Motors Corp. Tuesday named Jane Roe its CFO", ("Jane Roe", "CFO", "General Motors Corp.")),
        # a name of its own after "The" is not the headline's company
        ("Papa Johns Taps Former Inspire Brands Exec As Chief Restaurant Officer\nThe Acme Group appointed Joe Sieve as "
         "its new chief restaurant officer.", ("Joe Sieve", "chief restaurant officer", "The Acme Group")),
        # a ticker in brackets has a colon and stays for the ticker reader
        ("Acme Inc. (NASDAQ: ACME) has appointed Jane Roe as CFO.", ("Jane Roe", "CFO", "Acme Inc.")),
        # "to" after the name of someone named (not promoted) starts no new post
        ("Acme announced its new head of marketing today, Chris Capossela, who joins from Microsoft.",
         ("Chris Capossela", "head of marketing", "Acme")),
        # a sport's coach alone stays the title it is
        ("Acme FC names John Smith as its new football coach", ("John Smith", "football coach", "Acme FC")),
    ],
)
def test_round19_appointment_near_misses(text: str, triple: tuple) -> None:
    assert appointment_triple(text) == triple


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MONTVALE, N.J. Grocer A&P has appointed X", "Grocer A&P has appointed X"),
        ("BOSTON, Mass. -- Acme named Jane", "Acme named Jane"),
        ("AUSTIN, TX Acme hires", "Acme hires"),
        ("ACME, INC. NAMES JANE DOE CEO", "ACME, INC. NAMES JANE DOE CEO"),  # an all-capitals headline is no dateline
        ("Acme, Inc. names Jane", "Acme, Inc. names Jane"),
    ],
)
def test_a_capitals_place_and_state_dateline(text: str, expected: str) -> None:
    from signals.text.datelines import strip_dateline

    assert strip_dateline(text) == expected


# --- batch n19b: wrong answers found and fixed, and its misses made general --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a count opening the sentence is no company
        "Six months after raising a $1.5 million seed round, Redbird, a Ghanaian health-tech start-up, is expanding.",
        # the backer of those who raised is no company that raised
        "Irish medtechs backed by EIT Health raised more than €31m in 2021\nNine Irish medtech start-ups backed by the "
        "EU-funded EIT Health network went on to raise funding last year.",
    ],
)
def test_round19_funding_negatives(text: str) -> None:
    assert funding_facts(text) is None


def test_a_plural_possessive_keeps_its_s() -> None:
    assert funding_facts("PBR Life Sciences’ $1M pre-seed")[:2] == ("PBR Life Sciences", "pre_seed")
    assert funding_facts("Acme's $5M seed round")[:2] == ("Acme", "seed")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("UNICORN BIRTHS\nChipper Cash, a pan-African payments company, raised a $150M Series C round led by FTX.",
         "Chipper Cash"),
        ("Weekly news\nChipper Cash raised a $150M Series C round.", "Chipper Cash"),
    ],
)
def test_an_item_under_a_section_heading_is_read_for_review(text: str, company: str) -> None:
    from signals.extract.funding import RUBRIC_CONFIDENCE

    decision = funding_answer(text)
    assert decision.round.company == company
    assert decision.confidence <= RUBRIC_CONFIDENCE


def test_a_heading_over_a_later_sentence_lends_it_nothing() -> None:
    # only the item's first sentence is read under a heading
    assert funding_facts("Weekly news\nThe market was slow. Chipper Cash raised a $150M Series C round.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Deliveroo onboards Next CEO as non-executive director\nDeliveroo has appointed the CEO of Next, Simon Wolfson, to "
        "its board as a non-executive director.",
        "ISHC adds RLA’s CEO to its board\nThe International Society of Hospitality Consultants (ISCH) has elected RLA "
        "CEO Roger Allen as its newest board member.",
    ],
)
def test_a_board_seat_given_to_a_holder_of_another_post_is_no_appointment(text: str) -> None:
    assert appointment_triple(text) is None


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Acme names Jane Roe as CEO and adds her to its board", ("Jane Roe", "CEO", "Acme")),
        ("Burberry appoints new CMO in ex-Calvin Klein marketer Rod Manley", ("Rod Manley", "CMO", "Burberry")),
        ("Karl-Ludwig Kley übernimmt Führung beim Pharmakonzern Merck\nKarl-Ludwig Kley ist neuer Unternehmenschef des "
         "Pharmakonzerns Merck.", ("Karl-Ludwig Kley", "Unternehmenschef", "Merck")),
        ("OFFICIAL: Hofstra hires Mihalich\nJoe Mihalich, who has guided the Niagara University Men’s Basketball team to "
         "five postseason appearances, has been named the 12th head coach in the history of the Hofstra University Men’s "
         "Basketball program.", ("Joe Mihalich", "head coach", "Hofstra University")),
        # near misses: a place after the title stays; a title is not cut at an ordinary "in"
        ("Acme names Jane Roe head of sales in London", ("Jane Roe", "head of sales in London", "Acme")),
    ],
)
def test_round19_appointments_n19b(text: str, triple: tuple) -> None:
    assert appointment_triple(text) == triple


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("O’Connor to Rejoin HMC as COO\nJohn O’Connor will be rejoining HMC as COO.", ("John O'Connor", "COO", "HMC")),
        ("Burberry Nabs Gucci's CMO\nWith sales still crashing, the new chief executive is shaking up the executive suite. "
         "The company has named Jonathan Kiman, Gucci’s chief marketing officer, as its new CMO.",
         ("Jonathan Kiman", "CMO", "Burberry")),
        ("Intershop ernennt US-Chef\nMÜNCHEN (COMPUTERWOCHE) - Der deutsche E-Commerce-Softwarespezialist Intershop hat "
         "Ray Schaaf zum neuen Präsidenten für sein US-Geschäft ernannt.",
         ("Ray Schaaf", "Präsidenten für sein US-Geschäft", "Intershop")),
    ],
)
def test_round19_appointments_rejoin_nabs_german_dateline(text: str, triple: tuple) -> None:
    assert appointment_triple(text) == triple


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # Spanish and Portuguese sports desks
        ("Raúl Gutiérrez, nuevo entrenador del Real España\nEl entrenador mexicano dirigirá al equipo.",
         ("Raúl Gutiérrez", "entrenador", "Real España")),
        ("Tras dirigir a Lionel Messi en el PSG, el argentino Mauricio Pochettino es nuevo entrenador del Chelsea inglés",
         ("Mauricio Pochettino", "entrenador", "Chelsea")),
        ("Independiente de Avellaneda ya tiene nuevo técnico\nIndependiente de Avellaneda ha anunciado a través de su "
         "página oficial la contratación de Ramón Díaz como nuevo entrenador.",
         ("Ramón Díaz", "entrenador", "Independiente de Avellaneda")),
        ("Eduardo Baptista assina por um ano e é o novo técnico do Palmeiras", ("Eduardo Baptista", "técnico", "Palmeiras")),
        # a team's coach, an age in brackets
        ("Southampton FC announced the signing of Nathan Jones (49 years old) as the new coach of the team.",
         ("Nathan Jones", "head coach", "Southampton FC")),
        # leaving to become
        ("Jane Roe has left Acme to become CEO of Globex.", ("Jane Roe", "CEO", "Globex")),
        ("George Robinson has left Newgate Communications to become head of UK government relations at Trainline.",
         ("George Robinson", "head of UK government relations", "Trainline")),
    ],
)
def test_round19_appointments_coaches_and_leavers(text: str, triple: tuple) -> None:
    assert appointment_triple(text) == triple


@pytest.mark.parametrize(
    "text",
    [
        "Tito Vilanova no seguirá siendo el técnico del Barcelona\nEl estratega español sufrió una nueva recaída.",
        "Jane Roe has left Acme to become a mother of three.",
        "Jane Roe is stepping down as CEO of Acme to become chair of the board.",
        "Acme appointed Jane Roe as her life coach.",
    ],
)
def test_round19_appointment_negatives(text: str) -> None:
    assert appointment_triple(text) is None


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("McAlister’s Deli names its 1st CMO\nIndustry vet Natalia Franco will lead the fast-casual brand’s marketing "
         "strategies.", ("Natalia Franco", "CMO", "McAlister's Deli")),
        ("Tilbury Douglas has appointed two new regional managing directors, covering the Northern and Central regions\n"
         "John Gittins will be promoted to regional managing director for the Northern Region (covering Scotland).",
         ("John Gittins", "regional managing director for the Northern Region", "Tilbury Douglas")),
        ("Former Panera Bread exec takes the helm at P.F. Chang's\nEduardo Luz, Panera's former chief brand and concept "
         "officer, was named CEO and president of the 30-year-old casual-dining chain, effective immediately.",
         ("Eduardo Luz", "CEO and president", "P.F. Chang's")),
    ],
)
def test_round19_posts_filled_then_named(text: str, triple: tuple) -> None:
    assert appointment_triple(text) == triple


def test_a_later_sentence_about_another_task_names_no_hire() -> None:
    assert appointment_triple("Acme names its new CEO\nThe search took a year. Jane Roe will lead the product team.") is None


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("South32’s COO appointed as gold miner Chaarat’s new CEO\nGold mining company Chaarat steals South32’s COO, Mike "
         "Fraser, as he takes on the role of its new CEO starting January 2022", ("Mike Fraser", "CEO", "Chaarat")),
        ("Cricket Australia (CA) has appointed Simon Longstaff as its inaugural ethics commissioner.",
         ("Simon Longstaff", "ethics commissioner", "Cricket Australia")),
        ("Neuseeländer wird CFO von Microsoft\nMicrosoft hat in der Person von Chris Liddell einen neuen Finanzchef gefunden.",
         ("Chris Liddell", "Finanzchef", "Microsoft")),
        # the aside after the employer left does not hide the post taken
        ("Trainline hires Newgate partner\nGeorge Robinson has left Newgate Communications, where he was an associate "
         "partner, to take up the role of head of UK government relations at travel platform Trainline.",
         ("George Robinson", "head of UK government relations", "Trainline")),
    ],
)
def test_round19_appointments_steals_commissioner_leaver(text: str, triple: tuple) -> None:
    assert appointment_triple(text) == triple


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe is leaving Acme after ten years as CEO, and the board expects John Doe to join as CEO.",
        "Acme CEO Jane Roe has resigned after a decade in which she helped the company to become the market leader.",
        "Jane Roe will retire as CEO of Acme at the end of the year after helping the group to become a leader in payments.",
    ],
)
def test_round19_departures_stay_departures(text: str) -> None:
    found = appointment_triple(text)
    assert found is None or found[0] != "Jane Roe"


def test_an_earlier_round_of_another_amount_names_no_round() -> None:
    found = funding_facts("Ivory Coast's e-commerce platform, ANKA, has raised $5 million, building on the $6.2 million "
                          "pre-series A funding they got last year.")
    assert found == ("ANKA", None, 5_000_000.0, "USD")


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # a gloss in brackets between the amount and the round keeps the round
        ("Belgium-based drug developer Promethera Biosciences raised €20.3m ($25.4m) on Tuesday in a series C round.",
         ("Promethera Biosciences", "series_c", 20_300_000.0, "EUR")),
        # money raised toward a bigger round keeps the round's name
        ("Nth Cycle raised $20 million toward a $50 million Series B round.", ("Nth Cycle", "series_b", 20_000_000.0, "USD")),
    ],
)
def test_a_round_beside_another_amount_that_is_not_past(text: str, facts: tuple) -> None:
    assert funding_facts(text) == facts


def test_a_running_total_is_no_round_amount_for_the_fallback() -> None:
    found = funding_facts("Family office Tayside Australia invests in automated indoor farming startup Stacked Farm.\n"
                          "The investment brings Stacked’s total capital to AUD $98 million ($65 million).")
    assert found is None or (found[0] == "Stacked Farm" and found[2] is None)


def test_taking_a_named_post_at_a_company() -> None:
    assert appointment_triple("Former Oracle exec Jane Roe takes CEO role at Acme") == ("Jane Roe", "CEO", "Acme")
    # a seat or an advisory role taken is no post of the conventions
    assert appointment_triple("Jane Roe takes board seat at Acme") is None
    assert appointment_triple("Jane Roe takes advisory role at Acme") is None


# --- batch n19c ---------------------------------------------------------------------------------------------------


def test_a_person_who_raised_through_a_named_company() -> None:
    decision = funding_answer("Elon Musk secures $675M to build underground highways\n\nTech leader and Tesla CEO, Elon "
                              "Musk, through his The Boring Company (TBC), has secured $675M to build underground highways.")
    assert (decision.round.company, decision.round.amount) == ("The Boring Company", 675_000_000.0)
    # a person with no company named raises no company's round
    assert funding_facts("Tesla CEO, Elon Musk, secures $675M to build underground highways") is None


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Groupon cofounder’s healthcare start-up closes $70 million Series C round\nChicago-based Tempus has closed a "
         "$70 million Series C round, bringing the start-up’s total funding to $130 million.",
         ("Tempus", "series_c", 70_000_000.0, "USD")),
        ("$255M: Series C for the World’s First Commercial-Scale IDMO Smart Factory\nCellares has secured $255 million in "
         "Series C funding led by new investor Koch Disruptive Technologies.", ("Cellares", "series_c", 255_000_000.0, "USD")),
    ],
)
def test_a_described_headline_round_named_by_the_summary(text: str, facts: tuple) -> None:
    assert funding_facts(text) == facts


def test_a_described_headline_round_another_amount_in_the_summary() -> None:
    # the summary's company must raise the headline's money
    assert funding_facts("Healthcare start-up closes $70 million Series C round\nChicago-based Tempus has closed a "
                         "$20 million seed round.") is None


def test_a_clubs_plural_announce() -> None:
    assert appointment_triple("Wolves announce Gary O'Neil as new head coach") == ("Gary O'Neil", "head coach", "Wolves")
    assert appointment_triple("Acme announce results as planned") is None


def test_a_question_tacked_on_after_the_news() -> None:
    assert appointment_triple("Lee Kirby is new President of Uptime Institute, why no press release?") == (
        "Lee Kirby", "President", "Uptime Institute")
    assert appointment_triple("Is Jane Roe the new CEO of Acme?") is None
