"""Round-4 appointment mechanisms of the second shift (issue 12), pinned with made-up sentences of
the same shape as the fresh real items that showed them:

* gates every answer must pass, whatever shape produced it: a person is no organisation; when the
  person slot holds no known given name but the company slot does, the slots are swapped and the
  answer is refused; a company holds no lowercase clause words ("Jane Roe its new"), no bare wire
  dateline ("JOHANNESBURG May 23") and no weekday; a department is no company; a person leaving
  right after the name; an office an association elects is no job; a headline's second clause is
  cut from the title;
* a slot-filling fallback for move verbs the shape rules do not parse: the person must open with a
  known given name (signals/data/given_names.txt), the title must hold a title word and the company
  must be an organisation span; such answers carry a lower confidence and say so.
"""

from __future__ import annotations

import pytest

from signals.extract.job_change import explain_appointment, extract_appointment

APPOINTED: list[tuple[str, str, str, str]] = [
    # batch 8: hotels, airlines, pharma, construction, wire datelines
    ("Northwind Hotels & Suites, the new brand run by Globex Chairman and CEO Sam Poe, has named Maria Lopez as president.",
     "Maria Lopez", "president", "Northwind Hotels & Suites"),
    ("Helen Ward has joined as group CEO of N+W Hotels, with overall responsibility for strategy and growth.",
     "Helen Ward", "group CEO", "N+W Hotels"),
    ("CAPE TOWN May 3 Northwind Holdings named Sipho Dlamini as its chief executive on Monday, charged with a turnaround.",
     "Sipho Dlamini", "chief executive", "Northwind Holdings"),
    ("Northwind Air has appointed Karl von der Berg as CCO, effective March 1, succeeding Sam Poe.",
     "Karl von der Berg", "CCO", "Northwind Air"),
    ("Northwind Airlines (NASDAQ: NWA) on Tuesday promoted Laura Mills to president of cargo, tying two groups together.",
     "Laura Mills", "president of cargo", "Northwind Airlines"),
    ("Lately, a rival has lost a leader: Globex's research partner Northwind Bio has welcomed Peter Grant as CMO.",
     "Peter Grant", "CMO", "Northwind Bio"),
    ("Northwind Pharma said in an SEC filing that Laura Mills will step up as interim CFO on July 15.",
     "Laura Mills", "interim CFO", "Northwind Pharma"),
    ("Northwind Construction has named Andrew Price its new chief operating officer, with effect from 1 January.",
     "Andrew Price", "chief operating officer", "Northwind Construction"),
    # batch 9: automotive and retail executive news
    ("Carl Dunn, 44, Northwind's vice president of customer care, will become senior vice president of energy storage, the company said.",
     "Carl Dunn", "senior vice president of energy storage", "Northwind"),
    ("Northwind Motors Co. on Wednesday named Nora Hale, the head of its Canadian business, as president of North America and promoted two others.",
     "Nora Hale", "president of North America", "Northwind Motors Co."),
    ("Northwind Motors Corp. Tuesday named Peter Kane president of Northwind North America, effective July 1.",
     "Peter Kane", "president of Northwind North America", "Northwind Motors Corp."),
    ("Northwind Beatty has named Andrew Price its new chief operating officer, with effect from 1 January.",
     "Andrew Price", "chief operating officer", "Northwind Beatty"),
    ("Carl Dunn, 44, Northwind's vice president, will become senior vice president of storage, R&D",
     "Carl Dunn", "senior vice president of storage", "Northwind"),
    ("Rajesh Kumar has been named group vice president and president, Northwind Europe, the carmaker announced Thursday.",
     "Rajesh Kumar", "group vice president and president", "Northwind Europe"),
    ("The search ended Tuesday with the news he hired Mark Dunn, a senior executive at Globex Inc., to be Northwind's next chief merchandising officer.",
     "Mark Dunn", "chief merchandising officer", "Northwind"),
    ("Northwind also said Tuesday that Jason Reed, president of Northwind.com, will join the retailer's C-Suite in the newly created position of chief digital officer.",
     "Jason Reed", "chief digital officer", "Northwind"),
    ("Northwind Stores, which in March announced a new pricing plan, said on Monday it hired Mike Ross from Globex as senior vice president of store design.",
     "Mike Ross", "senior vice president of store design", "Northwind Stores"),
    ("Adding another C-suite executive to its ranks, Northwind hired Anne Marie Cole to become its new president and chief merchandising officer, the retailer announced Tuesday.",
     "Anne Marie Cole", "president and chief merchandising officer", "Northwind"),
    ("Northwind chairman Sam Poe named engineering chief Mark Lane the new head of Northwind's European operations in a video call with staff.",
     "Mark Lane", "head", "Northwind"),
    # batch 10: crypto exchanges, IT services, accounting firms
    ("In a blog post Monday, the exchange's operator 20x announced that Laura Mills will come aboard as chief compliance officer for the group.",
     "Laura Mills", "chief compliance officer", "20x"),
    ("In a top level reshuffle, software major Northwind on Thursday appointed Soumitro Basu as head of Northwind Infotech replacing Sam Poe.",
     "Soumitro Basu", "head", "Northwind Infotech"),
    ("Boise-based Northwind, the 12th largest accounting firm in the region, named Rick Dunn to succeed Robert Poe as chief executive in June.",
     "Rick Dunn", "chief executive", "Northwind"),
    ("On January 1, 2020, Joseph Hale took over as the fourth managing partner of Northwind, the largest local firm in the state.",
     "Joseph Hale", "managing partner", "Northwind"),
    # batch 11: utilities
    ("Northwind Power appoints new CEO\nSt. Paul, MN - The Board of Directors of Northwind Power Inc. recently announced that Gary J. Hale has been appointed the new President and Chief Executive Officer, effective August 1.",
     "Gary J. Hale", "President and Chief Executive Officer", "Northwind Power Inc."),
    # batch 12: Japanese, Korean and Canadian business news
    ("Japanese carmaker Northwind Motor Co has named the head of its China business, Makoto Hale, to be its new chief executive.",
     "Makoto Hale", "chief executive", "Northwind Motor Co"),
    ("Northwind Life Holdings installed 53-year-old Seiji Hale as president in April.",
     "Seiji Hale", "president", "Northwind Life Holdings"),
    ("Masayuki Hale, 57, assumed the presidency of Northwind Holdings ad agency Northwind in April.",
     "Masayuki Hale", "president", "Northwind"),
    ("Piyush Rao — who is CRO for Globex NA, in addition to his climate role — will join Northwind as deputy CRO on July 1, the bank said.",
     "Piyush Rao", "deputy CRO", "Northwind"),
    ("Northwind Energy's board of directors appointed President Kim Dong-myung as its new CEO starting next year.",
     "Kim Dong-myung", "CEO", "Northwind Energy"),
    # batch 13: publishing, a generic noun after the name is kept
    ("Sam Poe has been appointed deputy editor of NWD magazine, the bi-annual fashion publication.",
     "Sam Poe", "deputy editor", "NWD magazine"),
    # the brief's open case: a regulator approves the appointment the company reports
    ("Northwind Leasing and Financial Services (NL&FS) on Sunday said the Ministry of Corporate Affairs has approved the appointment of Nand Rao as the group's executive director.",
     "Nand Rao", "executive director", "Northwind Leasing and Financial Services"),
    # the brief's open case: a surname-only headline, the full name in the summary
    ("Northwind names Nadella new CEO\nSatya Nadella, who ran the cloud business, takes over from Sam Poe.",
     "Satya Nadella", "CEO", "Northwind"),
    ("Northwind names Smith new CEO\nThe board said John Smith will start in May.", "John Smith", "CEO", "Northwind"),
]

NOT_APPOINTED: list[str] = [
    # the person is leaving
    "Northwind's has announced its Managing Director (MD), Sam Poe, is stepping down from his position.",
    # an association's elected office bearer
    "Globex Chamber of Commerce appoints Northwind CEO as president\nThe Globex Chamber of Commerce has elected Maria Lopez, the chief executive of Northwind, as its president at its annual meeting.",
    # the person after "to succeed" is the predecessor, never the appointee
    "Northwind named its president to succeed Robert Poe as chief executive in June.",
    # a relative clause's past role
    "Northwind hired Maria Lopez, who most recently served as global CMO at Globex's.",
    # past moves, boards, extensions, unnamed people
    "In 2019, Northwind said it had appointed Maria Lopez as chief financial officer.",
    "Northwind Group has named Maria Lopez to its board of directors as a non-executive director.",
    "Northwind Platinum has extended the appointment of Maria Lopez as interim chief financial officer by three months.",
    "Northwind Group has appointed an interim chief financial officer to replace Sam Poe, who is leaving at the end of the month.",
    "Etihad CEO Sam Poe has agreed to join new Saudi airline Northwind, industry sources say.",
    # a surname-only headline whose full name is nowhere in the text stays unanswered
    "Northwind names Nadella new CEO",
]


@pytest.mark.parametrize(("text", "person", "title", "company"), APPOINTED)
def test_round4b_shapes_are_read(text: str, person: str, title: str, company: str) -> None:
    found = extract_appointment(text)
    assert found is not None, text
    assert (found.person, found.title, found.company) == (person, title, company)


@pytest.mark.parametrize("text", NOT_APPOINTED)
def test_round4b_non_appointments_stay_none(text: str) -> None:
    assert extract_appointment(text) is None


def test_fallback_answers_say_so_with_a_lower_confidence() -> None:
    decision = explain_appointment("Northwind Pharma said in an SEC filing that Laura Mills will step up as interim CFO on July 15.")
    assert decision is not None
    assert decision.confidence < 0.6
    assert "fallback" in decision.explanation


def test_fallback_needs_a_known_given_name() -> None:
    # the same shape with a person slot that opens with no known given name is not answered by the fallback
    assert extract_appointment("Northwind Pharma said in an SEC filing that Zorblat Quenk will step up as interim CFO on July 15.") is None


def test_gates_refuse_swapped_slots_clauses_and_departments() -> None:
    from signals.extract.job_change import _gate

    text = "Balfour Trent has named Andrew Price its new chief operating officer."
    # no given name in the person slot, one in the company slot, a clause word in the company: refused
    assert _gate(("Balfour Trent", "chief operating officer", "Andrew Price its new", False), text) is None
    assert _gate(("Sam Poe", "senior vice president", "R&D", False), "Sam Poe will become senior vice president, R&D") is None
    assert _gate(("Sam Poe", "CEO", "JOHANNESBURG May 23 Northwind", False), "x")[2] == "Northwind"
    assert _gate(("Sam Poe", "CEO", "Northwind Corp. Tuesday", False), "x")[2] == "Northwind Corp."
    assert _gate(("Sam Poe", "North America president, shuffles product team", "Northwind", False), "x")[1] == "North America president"
    assert _gate(("Sam Poe", "senior vice president, sales and marketing", "Northwind", False), "x")[1] == "senior vice president, sales and marketing"
    # descriptors in front of the name are dropped; a title that only describes the person before "to be" is refused
    assert _gate(("Sam Poe", "CEO", "Japanese carmaker Northwind Motor Co", False), "x")[2] == "Northwind Motor Co"
    text = "Northwind has named the head of its China business, Sam Poe, to be its new chief executive."
    assert _gate(("Sam Poe", "head of its China business", "Northwind", False), text) is None


def test_given_name_lexicon_is_packaged() -> None:
    from signals.extract.job_change import _given_names

    names = _given_names()
    assert len(names) > 5000
    assert {"andrew", "maria", "rajesh", "sipho", "mohammed"} <= names
    assert not {"april", "paris", "chief", "sales"} & names


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # an aggregator's credit after the headline is no part of the company or the title
        ("Sam Poe promoted to CFO of Northwind / via Yahoo Finance", "Northwind"),
        ("Northwind names Sam Poe chief financial officer (via Bloomberg)", "Northwind"),
        # "<X>-focused", "<X>-listed" describe the company in front of its name
        ("AI-focused Northwind Ventures makes Sam Poe partner", "Northwind Ventures"),
        ("Nasdaq-listed Northwind names Sam Poe CFO", "Northwind"),
    ],
)
def test_credits_and_hyphenated_descriptors_stay_out_of_the_company(text: str, company: str) -> None:
    found = extract_appointment(text)
    assert found is not None and found.company == company and found.person == "Sam Poe"
    assert "via" not in found.title
