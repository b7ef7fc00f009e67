"""Round-4 appointment shapes and gates of the third shift (issue 12), pinned with made-up sentences
of the same shape as the fresh real items that showed them (NHS trusts, universities, councils,
insurers, football clubs and Asian banks):

* gates: a wire dateline with a colon is no part of the company ("LONDON: Acme United"); a region
  or country that owns a descriptor ("Europe's third-largest insurer Acme said it named ...") is no
  employer; a reporting clause ("said it") is cut from the subject;
* "<Name>, <appositive>, has been appointed as <title> of the <Org>", "<Name> has been announced as
  the new <title> at <Org>", "<Name> is the new <title> of <Org>";
* a post filled in one sentence ("<Org> has announced the appointment of a new chief executive",
  "A new <title> has been appointed at <Org>") and the person who takes it up in the next ("<Name>
  will be taking up the new role at <Org>", "<Name> officially took up the role on March 1");
* "<Name> ... leaving (<Old>) to take up <title> role at <Org>" / "to take on a new role as <title>
  with <Org>": the role the subject leaves for is the move;
* batch 15 (PR trade columns, wire releases, public broadcasters, Latin-American press, NBA): the
  employer in front of the name is the present one when the new title opens with another
  organisation ("<Org> chief executive <Name> confirmed as new <Org2> director general"); "as new
  <Org> <title>" without an article; "<New> replaces <Old>, who has retired as <title> of <Org>";
  "<Org>, <Place>'s largest bank, has announced that <Name> will take over ... as"; an adverbial
  participle clause is cut from the title; an award inside an appositive describes the person;
  director-general is a title head;
* batch 16 (Formula 1 and cricket bodies, Pakistani, Nigerian and Indonesian business press): a
  demonym is no given name ("Italian Rossi"); "promoted from an executive director role" names the
  job left; a sector board is the organisation's own name ("England and Wales Cricket Board");
  "the <Org> team"; "has been appointed as <Org>'s new <title>"; "will become <title> of the <Org>
  at the start of next year"; "officially became <Org>'s <title>"; "<Org> confirmed <Name> as <title>";
* batch 17 (newspaper editors, US college presidents): "in rural Virginia" after a name is a place;
  "<University> Board of Trustees on Thursday officially appointed <Name> the next president of the
  college"; "has been selected as the next president of <Org>"; a name with an initial or an
  honorific opening the sentence fills the person slot without a known given name;
* batch 18 (CEO successions, hotel GMs): "chairman and chief executive(-elect)" is a chief
  executive's appointment; a comma before "as"; "has been unveiled as the new GM at"; "<Name> who
  takes charge as" after "is"; a rubric before a headline's colon ("The Search Is Over: ..."); "on
  the Sunshine Coast" after a name is a place;
* open cases from earlier shifts: "Meanwhile, <Name> (73) has replaced <Old> as <Org> CEO" (an age
  in brackets, a sentence adverb); "<long subject>, formerly known as ..., tapped <Name> to succeed
  <Old> as chairman and CEO of <Org>" (the company from "of <Org>"; "formerly known as" is no past
  move); "<Org> closes a round. The <descriptor> company also appointed a new CEO, <Name>, ..." (the
  company is the first sentence's subject);
* batch 19 (charities, port authorities): "<Org>'s board of directors voted Tuesday to hire <Name>
  as <title>"; a quoted nickname inside a name ('James I. "Jim" Newsome');
* the second shift's open cases: "Jun" is a given name before a surname ("to President Jun Seki"),
  a date in front of the subject ("On Jun 5 Acme named ...") is no part of the company.
"""

from __future__ import annotations

import pytest

from signals.extract.job_change import explain_appointment, extract_appointment

APPOINTED: list[tuple[str, str, str, str]] = [
    ("LONDON: Northwind United have appointed managing director Peter Grant to be ceo from March 1 from the departing chairman Sam Poe.",
     "Peter Grant", "ceo", "Northwind United"),
    ("ROME, May 3 Europe's second-largest lender Northwind said it named Laura Mills, a top executive at Globex Bank, as its new CEO on Friday.",
     "Laura Mills", "CEO", "Northwind"),
    ("Andrew Price, president of Globex Texas, has been appointed as chancellor of the State College System of Ohio.",
     "Andrew Price", "chancellor", "State College System of Ohio"),
    ("Northwind Hospital has appointed a new chief executive after a long search.\nMaria Lopez has been announced as the new chief executive at Northwind Teaching Hospital NHS Trust.",
     "Maria Lopez", "chief executive", "Northwind Teaching Hospital NHS Trust"),
    ("Dr Helen Ward is the new chief executive of Northwind Community Health NHS Trust.",
     "Helen Ward", "chief executive", "Northwind Community Health NHS Trust"),
    ("Northwind Hospitals NHS Foundation Trust has announced the appointment of a new chief executive.\nPeter Kane will take over the role from the current chief executive Sam Poe when he leaves in May.",
     "Peter Kane", "chief executive", "Northwind Hospitals NHS Foundation Trust"),
    ("Westshire's community trust has announced the appointment of a new chief executive.\nCarl Dunn will be taking up the new role at Westshire Community NHS Foundation Trust (WCT) by spring.",
     "Carl Dunn", "chief executive", "Westshire Community NHS Foundation Trust"),
    ("A new interim chief executive has been appointed at Northwind and Eastvale NHS Foundation Trust.\nRichard Hale officially took up the role on March 1 while Sam Poe is on secondment.",
     "Richard Hale", "interim chief executive", "Northwind and Eastvale NHS Foundation Trust"),
    ("A NEW VICE CHANCELLOR has been appointed at the University of Northwind.\nProfessor Laura Mills, currently provost of Globex University, will take up her new role on September 1.",
     "Laura Mills", "vice chancellor", "University of Northwind"),
    ("Globex boss Peter Grant leaving to take up chief exec role at rival Northwind Insurance\nPeter Grant will step down at the end of his contract.",
     "Peter Grant", "chief exec", "Northwind Insurance"),
    ("Poe will replace Mark A. Lane, President and CEO, who will be leaving Globex Power to take on a new role as Executive Vice President, Western Operations with Northwind, effective May 1.",
     "Mark A. Lane", "Executive Vice President", "Northwind"),
]

APPOINTED += [
    ("Globex Studios chief executive Laura Mills confirmed as new Northwind director general\nLaura Mills has been confirmed as the new Director General of Northwind.",
     "Laura Mills", "director general", "Northwind"),
    ("Peter Kane confirmed as new Northwind Director General", "Peter Kane", "Director General", "Northwind"),
    ("Dr. Helen Ward replaces Mr. Sam Poe, who has retired as Director General of Northwind Broadcasting Corporation.",
     "Helen Ward", "Director General", "Northwind Broadcasting Corporation"),
    ("Northwind Banco, Brazil's second-largest bank, has announced that Carlos Mendes will take over from Sam Poe as chief executive in April 2027.",
     "Carlos Mendes", "chief executive", "Northwind Banco"),
    ("The Northwind League (NWL) announced today that James Hale, a two-time Coach of the Year Award recipient, has been appointed Executive Vice President, Head of Operations.",
     "James Hale", "Executive Vice President", "The Northwind League"),
    ("Peter Grant, chief executive of Globex television, has been appointed director-general of the Northwind Broadcasting Corporation, the broadcaster announced on Friday.",
     "Peter Grant", "director-general", "Northwind Broadcasting Corporation"),
    ("Northwind last week named Adam Hale, 43, to replace Sam Poe as deputy commissioner and chief operating officer, drawing on Hale's background as president of Globex.",
     "Adam Hale", "deputy commissioner and chief operating officer", "Northwind"),
]

APPOINTED += [
    ("The Northwind Cricket Board has appointed Peter Kane as its new chief executive.",
     "Peter Kane", "chief executive", "The Northwind Cricket Board"),
    ("Motor racing-Northwind F1 team appoint Globex's Hale as new principal\nThe Northwind Formula One team appointed Globex strategy director James Hale as their new principal on Friday following the departure last month of Sam Poe.",
     "James Hale", "principal", "The Northwind Formula One team"),
    ("Ex-Globex Sport boss Frederic Hale has been appointed as Northwind's new managing director, CEO, and team principal and will start work after the summer.",
     "Frederic Hale", "managing director", "Northwind"),
    ("Hale to become Northwind Team Principal\nDesign legend, Adrian Hale will become Team Principal of the Northwind at the start of next year, as part of an extension of his role.",
     "Adrian Hale", "Team Principal", "Northwind"),
    ("Balagopal Rao, a former executive at Globex Airlines, officially became Northwind's chief financial officer.",
     "Balagopal Rao", "chief financial officer", "Northwind"),
    ("Northwind Holdings recently confirmed Innocent Okafor as Managing Director, succeeding Sam Poe in line with governance rules.",
     "Innocent Okafor", "Managing Director", "Northwind Holdings"),
]

APPOINTED += [
    ("Laura Mills will take over as president of Northwind College in rural Vermont after current president Sam Poe retires in May.",
     "Laura Mills", "president", "Northwind College"),
    ("The University of Northwind Board of Trustees on Thursday officially appointed Dr. Helen Ward the next president of the college.",
     "Helen Ward", "president", "The University of Northwind"),
    ("Dr. F. DuMont Hale has been selected as the next president of Northwind College, the historic college in Atlanta.",
     "F. DuMont Hale", "president", "Northwind College"),
    ("Globex founder Sam Poe will hand over the post of CEO to President Jun Tanaka after holding the reins since its 1973 founding, the company said.",
     "Jun Tanaka", "CEO", "Globex"),
    ("On Jun 5 Northwind named Peter Kane CEO.", "Peter Kane", "CEO", "Northwind"),
]

APPOINTED += [
    ("Northwind has named Mr Peter Kane, as its chairman and chief executive-elect, ending a three-month search.",
     "Peter Kane", "chief executive-elect", "Northwind"),
    ("The Search Is Over: Northwind Names Laura Mills Its New CEO\nNorthwind's CEO search is officially over.",
     "Laura Mills", "CEO", "Northwind"),
    ("In Queensland, Helen Ward has been unveiled as the new GM at the Northwind Bay Resort on the Gold Coast.",
     "Helen Ward", "GM", "Northwind Bay Resort"),
    ("Last but not least is Carl Dunn who takes charge as the new GM at the Northwind Harbour Hotel.",
     "Carl Dunn", "GM", "Northwind Harbour Hotel"),
]

APPOINTED += [
    ("Meanwhile, Kenji Tanaka (61) has replaced Sam Poe as Northwind Post CEO following the latter's resignation.",
     "Kenji Tanaka", "CEO", "Northwind Post"),
    ("The Leiden-based company, formerly known as Globex Aerospace N.V., tapped Peter Kane to succeed Sam Poe as chairman and CEO of Northwind Group Inc.",
     "Peter Kane", "CEO", "Northwind Group Inc"),
    ("Northwind closes $8 million Series A round. The alt-protein company also appointed a new CEO, Laura Mills, who will lead its expansion.",
     "Laura Mills", "CEO", "Northwind"),
]

APPOINTED += [
    ('The Northwind Ports Authority\'s board of directors voted Tuesday to hire Peter J. "Pete" Kane as president and chief executive officer, effective Sept. 1.',
     "Peter J. Kane", "president and chief executive officer", "The Northwind Ports Authority"),
]

NOT_APPOINTED: list[str] = [
    "The Northwind Ports Authority's board voted Tuesday to hire a search firm to find its next chief executive.",
    # "the company" with no organisation named as the text's first subject
    "It was a busy week. The company also appointed a new CEO, Laura Mills, who will lead its expansion.",
    # formerly: a past role, not a name's history
    "Globex tapped Peter Kane, formerly chief executive of Northwind Group Inc., to advise on the deal.",
    # a relative clause after a comma tells a past move in passing
    "Carl Dunn, who took charge as GM at the Northwind Harbour Hotel in 2019, said bookings rose.",
    "The Northwind College Board of Trustees approved the timetable for the presidential search on Oct. 4.",
    "Italian Rossi, a former engineer at Globex, was promoted from an executive director role at Northwind Racing.",
    "Jane Roe became chief executive of Northwind in 2015.",
    "Northwind Holdings confirmed Jane Roe's departure on Friday.",
    # the award is the news, not a description of the person
    "Northwind League announced today that James Hale has been named Executive of the Year.",
    # a region owns the descriptor and nothing else names an employer
    "Europe's largest insurer said it named Laura Mills as its new CEO.",
    # a post filled, but the next sentence names no one taking it up
    "Northwind Hospital has appointed a new chief executive.\nThe trust said the search took nine months.",
    # the post filled is named, but the next sentence tells a past role
    "Northwind Trust has announced the appointment of a new chief executive.\nPeter Kane took up the role of finance director in 2015.",
    # leaving, with no role taken up
    "Globex boss Peter Grant leaving at the end of the year\nPeter Grant will step down in December.",
    "Peter Grant is leaving Globex to spend more time with his family.",
]


@pytest.mark.parametrize(("text", "person", "title", "company"), APPOINTED)
def test_third_shift_shapes_are_read(text: str, person: str, title: str, company: str) -> None:
    found = extract_appointment(text)
    assert found is not None, text
    assert (found.person, found.company) == (person, company)
    assert title.casefold() in found.title.casefold() or found.title.casefold() in title.casefold()


@pytest.mark.parametrize("text", NOT_APPOINTED)
def test_third_shift_negatives_stay_empty(text: str) -> None:
    assert extract_appointment(text) is None


def test_post_filled_answers_say_where_the_person_came_from() -> None:
    decision = explain_appointment(APPOINTED[5][0])
    assert decision is not None and decision.confidence < 0.9
    assert "takes it up" in decision.explanation
