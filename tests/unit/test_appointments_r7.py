"""Appointment shapes added in round 7 (rules only), each pinned by made-up sentences."""

from __future__ import annotations

import pytest

from signals.extract.job_change import extract_appointment

READ = [
    # a future move reported with a weekday: "said Wednesday it will promote ..." keeps its base verb
    ("Corvel Ltd. said Wednesday it will promote Vice President Mara Lindqvist to president on June 23.",
     "Mara Lindqvist", "president", "Corvel Ltd."),
    ("Corvel Ltd. said Thursday it would name Mara Lindqvist as chief executive.",
     "Mara Lindqvist", "chief executive", "Corvel Ltd."),
    # age and present job between the name and "as"
    ("Corvel Ltd. said Tuesday it will appoint Mara Lindqvist, 51, currently chief strategy officer, as its new president "
     "and CEO, effective April 1.", "Mara Lindqvist", "president and CEO", "Corvel Ltd."),
    # a news agency's dateline ("(Jiji Press)--", "(Reuters):") in front of the subject
    ("Osaka, Feb. 3 (Jiji Press)--Hanabira Foods Corp. said Monday it will appoint Kenta Mori, 49, currently chief "
     "financial officer, as its new president, effective June 1.", "Kenta Mori", "president", "Hanabira Foods Corp."),
    ("PUNE (Reuters): Corvel Bank said it has appointed Mara Lindqvist as chief executive.",
     "Mara Lindqvist", "chief executive", "Corvel Bank"),
    # a news word about the company in front of its name
    ("Crisis-hit Corvel on Monday named Mara Lindqvist as its new president.", "Mara Lindqvist", "president", "Corvel"),
    ("Embattled Corvel has appointed Mara Lindqvist as chief executive.", "Mara Lindqvist", "chief executive", "Corvel"),
    # a description, then the name in quotes
    ('The Budget Airline "Skyvale" appointed Mara Lindqvist as its new Chief Executive',
     "Mara Lindqvist", "Chief Executive", "Skyvale"),
    # "to fill the ... role": the role is the title
    ("Corvel Bank has appointed former Vodafone marketer Mara Lindqvist to fill the chief marketing officer role vacant "
     "for a year.", "Mara Lindqvist", "chief marketing officer", "Corvel Bank"),
    # a regulator approves; the organisation after the title employs the person
    ("The regulator has approved the appointment of veteran banker Mara Lindqvist as managing director and chief "
     "executive of Corvel Bank (CRVL.NS), the lender said.", "Mara Lindqvist", "managing director and chief executive",
     "Corvel Bank"),
    # a headline naming the company and a new title, the summary naming the person after a common noun for the company
    ("Corvel Names New President\nElectronics giant named Mara Lindqvist as president, amid a recession.",
     "Mara Lindqvist", "president", "Corvel"),
    ("Brightwater appoints new CFO\nThe company has appointed Mara Lindqvist as chief financial officer.",
     "Mara Lindqvist", "chief financial officer", "Brightwater"),
    # a family name first, then a two-syllable given name
    ("Brightwater has appointed Tan Wei Ming as chief executive.", "Tan Wei Ming", "chief executive", "Brightwater"),
    # leaving one firm to join another is the move, not a departure; "late last year" is no part of the title
    ("Move 2: Corvel's Mara Lindqvist left to join Brightwater as its regional managing director late last year.",
     "Mara Lindqvist", "regional managing director", "Brightwater"),
    # a post filled in the first sentence, given to the person in the next ("elevated to lead")
    ("Corvel has a new CEO for its delivery business - again. Mara Lindqvist, the former head of product, has been "
     "elevated to lead one of Corvel's largest units.", "Mara Lindqvist", "CEO", "Corvel"),
    # a headline's new title, the summary's "It's <name>"
    ("Breaking: Corvel Philharmonic announces new chief executive\nIt's Mara Lindqvist, CEO of the Brightwater Symphony "
     "since 2015.", "Mara Lindqvist", "chief executive", "Corvel Philharmonic"),
    ("On March 3, 2019 Corvel found itself with a new Director of Sales: Mara Lindqvist.",
     "Mara Lindqvist", "Director of Sales", "Corvel"),
    # "The new <org> <title> will be <name>" after a first sentence that names the organisation
    ("Tom Reyes, CEO of the gaming organisation Corvel Esports (CE), has stepped down from his role.\n"
     "The new CE CEO will be Mara Lindqvist.", "Mara Lindqvist", "CEO", "CE"),
    # resigned to join an organisation, the post told about "she" in the next sentence
    ("Former head of Corvel Foods and most recently of the Corvel Group Mara Lindqvist has resigned to join the "
     "Brightwater Group. She will become chief executive officer in September, replacing Tom Reyes.",
     "Mara Lindqvist", "chief executive officer", "Brightwater Group"),
    ("Mara Lindqvist has left Corvel to join Brightwater. She will be chief operating officer.",
     "Mara Lindqvist", "chief operating officer", "Brightwater"),
    # "said it appointed": a company's statement in the past tense, no auxiliary
    ("Corvel said it named Mara Lindqvist chief executive.", "Mara Lindqvist", "chief executive", "Corvel"),
    # the move told in a relative clause
    ("Mara Lindqvist, who has now been appointed the GM at Corvel Beach Hotel, will oversee the property's refurbishment.",
     "Mara Lindqvist", "GM", "Corvel Beach Hotel"),
    # a company's disclosure that someone "was now its new" title
    ("In a disclosure, Corvel Holdings Inc. said Mara Lindqvist was now its new president after Tom Reyes resigned.",
     "Mara Lindqvist", "president", "Corvel Holdings Inc."),
    # one who retires "from his position as", the successor who "will take his place" or "will replace him"
    ("Tom Reyes announced to retire from his position as president and CEO of Corvel. Mara Lindqvist, who is currently "
     "the company's chief revenue officer, will take his place.", "Mara Lindqvist", "president and CEO", "Corvel"),
    ("Tom Reyes will retire as CEO of Corvel. Mara Lindqvist will replace him in June.", "Mara Lindqvist", "CEO", "Corvel"),
    # a scene-setting clause, then "the <company> board" with its verb ("crowned")
    ("Nearly a year after the death of its founder, the Corvel Corp. board has crowned Mara Lindqvist as its new CEO.",
     "Mara Lindqvist", "CEO", "Corvel Corp."),
    # a named successor "poised to sit as" the company's title; the start date is no part of the title
    ("A fifth-generation heir of the founding family, Mara Lindqvist is poised to sit as Corvel Bank's president and CEO "
     "by Jan. 1, 2025.", "Mara Lindqvist", "president and CEO", "Corvel Bank"),
    # the one who leaves after the first sentence's comma, the successor in the next sentence
    ("Corvel Foods President, Tom Reyes, announced he will retire 6/30/15. Mara Lindqvist, current Executive VP, will "
     "succeed Reyes.", "Mara Lindqvist", "President", "Corvel Foods"),
    # legal lateral-hire columns: a practice strengthened "with the hire of partner <name>", an office opened "hiring partner"
    ("Meanwhile, Corvel Sutherland strengthened its EU and competition practice with the hire of partner Mara Lindqvist, "
     "who returns to her former firm after five years at Brightwater.", "Mara Lindqvist", "partner", "Corvel Sutherland"),
    ("Corvel & Foerster has continued the growth of its real estate practice in London with the hire of partner Mara Lindqvist.",
     "Mara Lindqvist", "partner", "Corvel & Foerster"),
    ("As the new year unfolds, Corvel has launched its seventh European office in Brussels, hiring antitrust partner "
     "Mara Lindqvist from Brightwater.", "Mara Lindqvist", "antitrust partner", "Corvel"),
    # a place opening the sentence, and the office's place after a lowercase title
    ("Back in London, Corvel has hired Mara Lindqvist from Brightwater as a tax partner in London.",
     "Mara Lindqvist", "tax partner", "Corvel"),
    ("Further north, leading Scottish independent Corvel announced the appointment of Mara Lindqvist, who joins the firm "
     "as partner in its advocacy unit.", "Mara Lindqvist", "partner", "Corvel"),
    ("Mara Lindqvist will assume the CFO post on September 1, replacing outgoing finance chief Tom Reyes, Corvel said in "
     "a statement.", "Mara Lindqvist", "CFO", "Corvel"),
    ("Mara Lindqvist, who for 25 years was publisher of Brightwater Business before her retirement late last year, starts "
     "her job this week as vice president of corporate affairs for Corvel Bank.",
     "Mara Lindqvist", "vice president of corporate affairs", "Corvel Bank"),
    # "has made another hire ..., taking <name> as <title>"; the purpose after the title is no part of it
    ("Corvel & Watkins has made another hire in its London office, taking Brightwater assistant Mara Lindqvist as an of "
     "counsel to launch a UK law arbitration department.", "Mara Lindqvist", "of counsel", "Corvel & Watkins"),
    # a dateline on a line of its own is no part of the next sentence's subject
    ("Corvel names senior VP and CFO\nCOLUMBUS\nCorvel Bancshares Inc. announced Monday that it named Howard D. Lindqvist "
     "as senior vice president and chief financial officer.", "Howard D. Lindqvist",
     "senior vice president and chief financial officer", "Corvel Bancshares Inc."),
    # "until the end of the year" is a date, not an award
    ("Mara Lindqvist will assume the CFO post on September 1, replacing Tom Reyes, who will remain with the company until "
     "the end of the year, Corvel said in a statement.", "Mara Lindqvist", "CFO", "Corvel"),
    # a headline about a replacement, the summary's first sentence names all three plainly
    ("Corvel Replaces CEO Reyes with Mara Lindqvist\nCorvel Foods of America has replaced its CEO Tom Reyes III with a new "
     "chief executive Mara Lindqvist, who joined the company's board of directors last month.",
     "Mara Lindqvist", "CEO", "Corvel Foods of America"),
    # a roundup's scene opener and a nickname; a closing "marking ..." clause; an initial inside an organisation's name
    ("Lastly, in Flagstaff, Robert \u201cBo\u201d Lindqvist, who holds a Doctor of Public Health (DrPH), has been named the COO "
     "of Corvel Healthcare.", "Robert Lindqvist", "COO", "Corvel Healthcare"),
    ("Similarly, Mara Lindqvist has been appointed as the assistant vice president and COO of Corvel Health Dr. P. Phillips "
     "Hospital in Florida, marking a significant milestone in her professional journey.",
     "Mara Lindqvist", "assistant vice president and COO", "Corvel Health Dr. P. Phillips Hospital"),
    # "Meanwhile at <org>, the board led by ... has appointed"
    ("Meanwhile at Treasury, the board led by chairman Tom Reyes has appointed current vice-president of corporate "
     "development and engineer Mara Lindqvist as interim CEO.", "Mara Lindqvist", "interim CEO", "Treasury"),
    # a wire release's long first sentence is cut at a word, never inside the title
    ("NEW YORK, Jan. 13, 2023 /PRNewswire/ -- Corvel Hospital for Special Care (CHSC), the region's leading academic medical "
     "system specializing in orthopedics, rheumatology and related disciplines, has appointed experienced healthcare leader, "
     "Mara Lindqvist, to the new position of Florida Chief Executive Officer.",
     "Mara Lindqvist", "Florida Chief Executive Officer", "Corvel Hospital for Special Care"),
    # "New" as a surname after a given name; a Welsh given name added to the lexicon
    ("The Riverside Zoo announced Monday it has named a new CEO.\nLisa Brandt will take over as the zoo's chief executive "
     "officer.", "Lisa Brandt", "CEO", "The Riverside Zoo"),
    ("Corvel has appointed Rhodri Vaughan as chief financial officer.", "Rhodri Vaughan", "chief financial officer", "Corvel"),
    # "has been announced as <company>'s new <title>"
    ("This week, we made yet another exciting announcement- Mara Lindqvist has been announced as Corvel's new Chief "
     "Executive Officer.", "Mara Lindqvist", "Chief Executive Officer", "Corvel"),
    # a Spanish given name added to the lexicon, in a movers column's verbless line
    ("Cayetana Ruiz to chief curator, Corvel Museum, Springfield.", "Cayetana Ruiz", "chief curator", "Corvel Museum"),
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "person", "title", "company"), READ)
def test_round7_shapes_read(text: str, person: str, title: str, company: str) -> None:
    found = extract_appointment(text)
    assert found is not None, text
    assert (found.person, found.title, found.company) == (person, title, company)


REFUSED = [
    # (round 14 reads "BlackBerry owner Research in Motion has appointed ..." whole: tests/unit/test_round14.py)
    # a headline with a new title, a summary whose subject is no common noun for the company
    "Corvel names new CFO\nAnalysts named Mara Lindqvist as the best candidate.",
    # a clause with its own verb before the title: the words after "will lead" are a hotel, not the person
    "Corvel Hotels has confirmed Mara Lindqvist will lead the new voco Harbour Palm Hotel in the role of general manager.",
    # a past move, told as background (the fallback is silent too)
    "Corvel appointed Mara Lindqvist, its chief financial officer, as interim chief executive last September while it "
    "searched for a new leader.",
    # the successor succeeds someone else than the one who leaves
    "Corvel Foods President, Tom Reyes, announced he will retire. Mara Lindqvist will succeed Jane Doe.",
    # "New" stays a word of the headline when no given name stands before it
    "Corvel Names New CEO",
    # announced results, not a person
    "Corvel has announced record profits as Mara Lindqvist takes over.",
    # a template with placeholder names
    "You can use a standard opening such as \u201cXYZ Corp. has named Jane Doe its new [title] \u2026,\u201d",
    # an award stays refused
    "Corvel names Mara Lindqvist Executive of the Year",
    # a loss made, no hire
    "Corvel has made a loss in its London office, taking a charge.",
    # a departure with no move in the next sentence
    "Mara Lindqvist has resigned to join Brightwater. She will be missed.",
    "Mara Lindqvist left Corvel in March.",
    # a headline's new title, a summary that names no one
    "Corvel names new CFO\nIt is unclear who will lead the finance team.",
    # a family name, then an organisation: no person
    "Brightwater has appointed Tan Corvel Holdings as chief executive.",
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", REFUSED)
def test_round7_shapes_refuse(text: str) -> None:
    assert extract_appointment(text) is None


@pytest.mark.usefixtures("rules_only")
def test_a_town_after_a_one_word_firm_is_still_dropped() -> None:
    found = extract_appointment("Mara Lindqvist joins Goodwin in Boston as partner.")
    assert found is not None and found.company == "Goodwin"


# Review of round 7: ordinary news the round's new shapes misread (made-up sentences; each gave a wrong person or
# company at a drafted confidence before the fix).
REVIEW_REFUSED = [
    # "New" before a title is the adjective, not a surname
    "Hyundai Names Kim New CEO",
    "Acme Names Taylor New President",
    # the summary's subject is another party, or the post is not the headline's
    "Acme names new CFO\nThe newspaper hired John Smith as editor.",
    "Acme Names New CEO\nThe regulator appointed Jane Roe as chief executive.",
    "Globex names new CEO\nRival electronics maker named Jane Roe as president.",
    # she is raised to lead another organisation
    "Acme has a new CEO\nJane Roe, the former head of Globex, has been promoted to lead Globex's European arm.",
    # a person, not an organisation, hires after a scene opener
    "Lastly, in Flagstaff, Jane Roe hired John Smith as CFO",
]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", REVIEW_REFUSED)
def test_review_ordinary_news_is_refused(text: str) -> None:
    assert extract_appointment(text) is None


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "company"), [
    # "the ..." after a described company is an appositive: the company is the name before it
    ("Swiss lender Quorbank, the Zurich Bank, appoints Jane Roe as CEO", "Quorbank"),
    ("US chipmaker Halvex, the Santa Clara Company, names Jane Roe CFO", "Halvex"),
    # a common noun for the headline's company, with the headline's post
    ("Acme names new CEO\nThe company has appointed Jane Roe as chief executive officer.", "Acme"),
    # "New" is a surname where a verb follows the name
    ("The Riverside Zoo announced Monday it has named a new CEO.\nLisa New will take over as the zoo's chief executive.",
     "The Riverside Zoo"),
])
def test_review_companies_still_read(text: str, company: str) -> None:
    found = extract_appointment(text)
    assert found is not None and found.company == company
