"""Round 12: general shapes behind dev misses. Every text here is made up.

* a quoted series letter ("a Series 'A' financing", 'Series "B" round') is the letter;
* misspelt renminbi ("1.1 billion reminbi", "renmimbi") is still yuan;
* a headline in dollars whose summary gives a local amount glossed with those dollars ("Rs 67.4 crore (over
  $7 million)") reports the local amount, the one raised;
* a bare "$" amount the text restates as a country's dollars ("That's $1 million Canadian") takes that currency;
* money an agency lands as an account, a mandate or a client win ("landed $10m account win") is no round;
* a purpose opener ("In a move that ..., the X Center has closed ...", "In a bid to ..., the ...") is no part of the
  subject;
* "N each from A and B" after the company's own amount is what each investor put in, not several raisers;
* a done raise followed by a plan for more ("raised $15.5m ... and aims to raise an additional $2m") is the done raise;
* a summing opener before a total ("Overall, X raised a total of $804 million") is money over time, no round;
* a deal table's row ("Name — A$30M, Series B round (02 Oct 2025), led by ..."), also with the name and amount
  cells run together ("RoboticsA$30M", "RoboEatzUndisclosed"), names the company, amount and round;
* a registered name with its city in brackets ("Dingdang Medicine Express (Beijing) Technology Co., Ltd") is read as
  the brand before the bracket;
* a ranked round told by where it went ("The largest injection of capital went to ... Helsing (600 million euros)")
  names the company when one amount tells it and the receiver is no place;
* a teaser that people "launch new startup with $50M seed round" takes the company from the summary's first
  sentence when it raises the same money;
* money taken "for 25% stake" (no "in <other company>" after it) is a raise by the subject.
"""

from __future__ import annotations

import pytest

from signals.extract.funding import explain_funding
from signals.text.money import find_amounts
from tests.conftest import funding_answer as _answer


def _fields(text):
    found = _answer(text).round
    return (found.company, found.round, found.amount, found.currency)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halvard Therapeutics today announced it has closed a Series \u2018A\u2019 financing with a $9 million "
         "investment from Quillstone Ventures.", ("Halvard Therapeutics", "series_a", 9_000_000, "USD")),
        ('Zentrix Labs closes Series "B" round of $12 million', ("Zentrix Labs", "series_b", 12_000_000, "USD")),
        ("Orbelle raises $20M in a Series \u201cC\u201d round", ("Orbelle", "series_c", 20_000_000, "USD")),
    ],
)
def test_a_quoted_series_letter_is_the_letter(text, expected):
    assert _fields(text) == expected


def test_a_quoted_word_after_series_is_no_letter():
    # a TV series named in quotes is no round letter
    found = explain_funding("Streamline Media raises $5M to produce the series 'Avalon' for kids")
    assert found is None or found.round.round is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("received 1.1 billion reminbi in new funding", 1_100_000_000),
        ("received 300 million renmimbi in new funding", 300_000_000),
        ("received 50 million renminbi in new funding", 50_000_000),
    ],
)
def test_misspelt_renminbi_is_yuan(text, amount):
    found = [a for a in find_amounts(text) if a.currency == "CNY"]
    assert found and float(found[0].value) == amount


def test_a_round_in_misspelt_renminbi():
    text = ("Tianlu Robotics received 800 million reminbi (US$ 110 million) in a series B round from a group of "
            "investors.")
    assert _fields(text) == ("Tianlu Robotics", "series_b", 800_000_000, "CNY")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pet Care App Wagtail Raises Over $6 Mn Led by Orchard Ventures\nWagtail, a pet care app, raised Rs 50.2 "
         "crore (over $6 million) in a Series A funding round.", ("Wagtail", "series_a", 502_000_000, "INR")),
        ("Loomfield raises $11M for its textile platform\nBerlin-based Loomfield has closed a \u20ac10 million "
         "(~$11M) seed round.", ("Loomfield", "seed", 10_000_000, "EUR")),
    ],
)
def test_the_headlines_dollars_glossing_a_local_amount_give_the_local_amount(text, expected):
    assert _fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the local amount's gloss is another sum: the headline's dollars stand
        ("Wagtail raises $6 million\nWagtail, a pet care app, raised the money after reaching Rs 40 crore "
         "($4.8 million) in annual revenue.", ("Wagtail", None, 6_000_000, "USD")),
        # the local amount glossed with the headline's dollars is a valuation, not the round
        ("Wagtail raises $6 million\nThe round values Wagtail at a valuation of Rs 50 crore ($6 million), the "
         "company said.", ("Wagtail", None, 6_000_000, "USD")),
    ],
)
def test_a_gloss_of_other_money_leaves_the_dollars(text, expected):
    assert _fields(text) == expected


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Brackenfield raises $2 million seed round\nThe Toronto startup raised $2 million from Maple Row Capital. "
         "That's $2 million Canadian, the company noted.", "CAD"),
        ("Quokka Freight raises $3.5M\nQuokka Freight raised $3.5M in seed funding, or $3.5M Australian dollars.",
         "AUD"),
        # the same value also written as US dollars: the "$" stays the US dollar
        ("Brackenfield raises $2 million seed round\nThe startup raised US$2 million; $2 million Canadian would "
         "have been less.", "USD"),
        # a country's dollars of another value say nothing about the round's "$"
        ("Brackenfield raises $2 million seed round\nIts Canadian arm had raised $500,000 Canadian a year ago.",
         "USD"),
    ],
)
def test_a_dollar_amount_restated_as_a_countrys_dollars_takes_that_currency(text, currency):
    found = _answer(text).round
    assert found.currency == currency


@pytest.mark.parametrize(
    "text",
    [
        "Harrow Media landed $10m account win",
        "Copperline Creative bags $4m media mandate",
        "Northgate PR secures $2M account from a retail chain",
        "Fennick Studio lands $3m client win",
    ],
)
def test_an_agencys_new_business_is_no_round(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harrow Media raises $10m Series A to win new clients", ("Harrow Media", "series_a", 10_000_000, "USD")),
        ("Ledgerly lands $6M seed round for its accounts payable software", ("Ledgerly", "seed", 6_000_000, "USD")),
    ],
)
def test_a_round_that_mentions_clients_or_accounts_after_it_is_read(text, expected):
    assert _fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a move that could reshape home robotics, the Hangzhou Service Robot Lab has closed its first funding "
         "round with 300 million yuan.", ("Hangzhou Service Robot Lab", None, 300_000_000, "CNY")),
        ("In a bid to expand across Europe, the Lisbon fintech Caravela Pay has raised \u20ac15 million in a Series B "
         "round.", ("Caravela Pay", "series_b", 15_000_000, "EUR")),
    ],
)
def test_a_purpose_opener_before_a_the_subject_is_no_part_of_it(text, expected):
    assert _fields(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the opener names the money's purpose; no company raises it
        "In a move to support startups, the city has set aside $20 million for a new innovation fund.",
        "In a bid to cut costs, the company plans to raise $10 million next year.",
    ],
)
def test_a_purpose_opener_makes_no_round_of_other_money(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to filings with the registrar, Papyrine has raised about Rs 20 crore in funding \u2014 Rs 10 "
         "crore each from Orchid Fund and Tamarind Capital.", ("Papyrine", None, 200_000_000, "INR")),
        ("Veldt Labs raised $4 million in seed funding, with $2 million each from Ashgrove Ventures and Pike Capital.",
         ("Veldt Labs", "seed", 4_000_000, "USD")),
    ],
)
def test_an_investors_share_after_the_companys_amount_is_no_second_raiser(text, expected):
    assert _fields(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # several receivers, each given the same sum
        "Zambrel and Koto received $125,000 each from the Harbor Fund.",
        "Lindqvist Bio and Orra Labs raised $3 million each from Fenwick Capital.",
    ],
)
def test_several_receivers_of_the_same_sum_stay_unanswered(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lunar mining start-up Regolux raised $12.5m in new funding and aims to raise an additional $3m, according "
         "to its regulatory filings.", ("Regolux", None, 12_500_000, "USD")),
        ("Tessaly Health has secured \u20ac6 million in seed funding and plans to raise another \u20ac4 million next "
         "year.", ("Tessaly Health", "seed", 6_000_000, "EUR")),
    ],
)
def test_a_done_raise_followed_by_a_plan_for_more_is_read(text, expected):
    assert _fields(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # only the plan is news
        "Regolux aims to raise an additional $3m from investors.",
        # the raise is told in a relative clause: background to the plan
        "Regolux, which raised $12.5m, plans to raise another $20m this year.",
        # a past perfect raise and a plan
        "Regolux had raised $12.5m and now plans to raise another $20m.",
    ],
)
def test_a_plan_for_more_without_a_done_raise_stays_unanswered(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Overall, meal-kit maker Basilico raised a total of $410 million.",
        "In total, Orrin Robotics has raised a combined $95 million from its backers.",
        "All told, Pemberly Health secured $60 million in total across its rounds.",
    ],
)
def test_a_summing_opener_before_a_total_is_no_round(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a summing opener with no total in the sentence: the round is read
        ("Overall, Basilico raised $40 million in a Series B led by Tamsin Ventures.",
         ("Basilico", "series_b", 40_000_000, "USD")),
        # a total with no summing opener: as before
        ("Kestrel Grid has raised a total of $12 million in a seed round led by Norland Capital.",
         ("Kestrel Grid", "seed", 12_000_000, "USD")),
    ],
)
def test_a_round_with_only_one_of_opener_or_total_is_read(text, expected):
    assert _fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel AgTechA$12M, Series A round (14 Mar 2025), led by Paddock Ventures; participants include Wattle "
         "Capital (PitchBook). Developer of soil sensing drones.", ("Kestrel AgTech", "series_a", 12_000_000, "AUD")),
        ("Brisket BotsUndisclosed, Strategic investment round (03 Feb 2025), led by Oakhearth Foods (PitchBook). "
         "Robotic grills for stadium kitchens.", ("Brisket Bots", None, None, None)),
        ("Lumen Harbor \u2014 $8M, Seed round (21 Jan 2025), led by Seawall Capital. Maritime analytics.",
         ("Lumen Harbor", "seed", 8_000_000, "USD")),
    ],
)
def test_a_deal_table_row_is_read(text, expected):
    assert _fields(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a buyout or an acquisition row is no venture round
        "Harbor Mills \u2014 $80M, Buyout round (14 Mar 2025), led by Crestline Partners. Flour milling.",
        "Harbor Mills \u2014 $80M, Acquisition round (14 Mar 2025), led by Crestline Partners. Flour milling.",
        # no dated round: a line of prose, not a table row
        "Harbor MillsUndisclosed, said the chairman in a statement.",
    ],
)
def test_other_table_rows_stay_unanswered(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Online pharmacy Qiyun Health Express (Hangzhou) Technology Co., Ltd has secured 500 million yuan in a Series "
         "C round.", "Qiyun Health Express"),
        ("Lumo Robotics (Shenzhen) Co., Ltd. raised 200 million yuan in a Series A round.", "Lumo Robotics"),
    ],
)
def test_a_registered_name_with_its_city_in_brackets_is_read_as_the_brand(text, company):
    assert _answer(text).round.company == company


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # an abbreviation in brackets is dropped as before; nothing after it is cut
        ("Velora Bio (VB) raised $40 million in a Series C round.", "Velora Bio"),
        # a lower-case word after the bracket: no registered name's tail
        ("Kinto Labs (Berlin) raised €4 million in a seed round.", "Kinto Labs"),
    ],
)
def test_a_bracket_that_is_no_registered_tail_stays_out_of_the_name(text, company):
    assert _answer(text).round.company == company


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The largest injection of capital went to Lyon-based robotics startup Ferrant (80 million euros), which "
         "builds warehouse arms.", ("Ferrant", None, 80_000_000, "EUR")),
        ("The biggest investment in Danish start-ups this quarter reached 15 million euros and went to payroll "
         "platform Kvik.", ("Kvik", None, 15_000_000, "EUR")),
        ("The biggest round of the month went to Oristel ($40M Series B).", ("Oristel", "series_b", 40_000_000, "USD")),
    ],
)
def test_the_largest_round_that_went_to_a_company_is_read(text, expected):
    assert _fields(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # money that went to a place, a sector or a building is no company's round
        "The largest investment went to the United Kingdom (\u00a32 billion), ahead of France.",
        "The largest investment went to Germany (\u20ac2 billion), ahead of France.",
        "The largest share of financing went to fintech startups ($3 billion).",
        "The biggest investment went to a new factory in Ohio ($500 million).",
        # no amount, or two: nothing to tell the round by
        "The biggest round went to Oristel, a payments startup.",
        "The biggest round of $40M went to Oristel ($35M in equity).",
        # a grant or an acquisition is no round
        "The largest grant went to Oristel ($2 million).",
        "The biggest acquisition went to Oristel ($90 million).",
    ],
)
def test_other_money_that_went_somewhere_stays_unanswered(text):
    assert explain_funding(text) is None


def test_a_launch_teaser_is_read_from_the_summary_that_names_the_company():
    text = ("Former Stripe execs launch new startup with $12M seed round\nToday a payments company from two former "
            "Stripe executives called Ferrowise emerged from stealth with a $12 million seed round from Lindenhall "
            "Ventures.")
    assert _fields(text) == ("Ferrowise", "seed", 12_000_000, "USD")


@pytest.mark.parametrize(
    "text",
    [
        # the teaser alone names no company (its subject is the founders)
        "Former Stripe execs launch new startup with $12M seed round",
        # the summary's company raised other money than the headline's
        "Former Stripe execs launch new startup with $12M seed round\nFerrowise, a payments company, raised $3 million "
        "from angels last year.",
        # a company launching a venture with its own money is no round
        "Siemens launches new venture with $50M to build factory software",
    ],
)
def test_a_launch_teaser_without_the_same_money_stays_unanswered(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Newsletter start-up Parlance takes \u00a33m for 20% stake two years after launch",
         ("Parlance", None, 3_000_000, "GBP")),
        ("Tidewell takes $1.5M for a 12 per cent stake", ("Tidewell", None, 1_500_000, "USD")),
    ],
)
def test_money_taken_for_a_share_of_the_company_is_a_raise(text, expected):
    assert _fields(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the subject buys a stake in another company
        "Parlance takes $3M for 20% stake in Tidewell",
        "Harrow Media takes 25% stake in Parlance for \u00a34m",
        # a stake without money taken
        "Parlance takes 20% stake in rival newsletter",
    ],
)
def test_a_stake_the_subject_buys_is_no_raise_of_its_own(text):
    assert explain_funding(text) is None


@pytest.mark.parametrize(
    "text,expected",
    [
        # a name that starts with a subordinating word keeps it; an article inside a title-cased name is part of it
        ("Once Upon a Barn closed a $52 million Series D", ("Once Upon a Barn", "series_d", 52_000_000, "USD")),
        ("Not a Ledger raises $5M seed round", ("Not a Ledger", "seed", 5_000_000, "USD")),
        # the subordinating word still opens a clause before another name; a description after a comma is no name
        ("Open banking booms as Tidewell raises $60M Series B", ("Tidewell", "series_b", 60_000_000, "USD")),
        ("Parlance, a farm startup, raises $5M seed round", ("Parlance", "seed", 5_000_000, "USD")),
    ],
)
def test_a_name_with_an_article_or_an_opening_subordinator(text, expected):
    assert _fields(text) == expected
