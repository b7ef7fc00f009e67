"""Round 11 (issue 12): general shapes from round 10's fresh news batch (development banks, orchestras, football clubs,
wire copy), which the round-10 rules read at recall 0.48. Made-up sentences only, on both sides of each rule.

Convention adopted in round 11: a club appointing its head coach (or manager) is a people move, read with the title
"head coach"; a player's signing, a coach's sacking or departure, and an assistant's post are not read."""

from __future__ import annotations

import pytest

from tests.conftest import appointment_answer


def _assert_read(text: str, expected: tuple[str, str, str], confidence: float | None = None) -> None:
    """The move is read as (person, title, company), at this confidence when one is given."""
    found = appointment_answer(text)
    assert found is not None, text
    assert found[:3] == expected
    if confidence is not None:
        assert found[3] == pytest.approx(confidence)


READ = [
    # head coach: a club's appointment is a people move (round 11 convention)
    ("Northwind Rovers FC have appointed Jane Roe as head coach on a two-year contract.",
     ("Jane Roe", "head coach", "Northwind Rovers FC"), 0.9),
    ("Riverside United have named Peter Kane their new head coach.", ("Peter Kane", "head coach", "Riverside United"), 0.9),
    ("Peter Kane has been appointed head coach of Northwind Rovers.", ("Peter Kane", "head coach", "Northwind Rovers"), 0.9),
    # a team's coordinators likewise ("OC" in capitals only)
    ("Riverside State has hired Peter Kane as offensive coordinator.", ("Peter Kane", "offensive coordinator", "Riverside State"), 0.9),
    ("Peter Kane named defensive coordinator at Riverside State", ("Peter Kane", "defensive coordinator", "Riverside State"), 0.9),
    ("Riverside State has named former Northwind OC Peter Kane as their new OC replacing Jane Roe.",
     ("Peter Kane", "OC", "Riverside State"), 0.9),
    # the contract's term after any title is no part of it
    ("Globex Corp has appointed Jane Roe as chief executive on an initial three-year deal.",
     ("Jane Roe", "chief executive", "Globex Corp"), 0.9),
    # "their" after the name, as "its" (a plural verb for a firm)
    ("Acme have named Peter Kane their new CFO.", ("Peter Kane", "CFO", "Acme"), 0.9),
    # a nationality before the name is a descriptor; one that is also a surname stays in the name
    ("Acme names Slovenian Jane Roe as CFO", ("Jane Roe", "CFO", "Acme"), 0.9),
    ("Globex has promoted New Zealander Peter Kane to chief operating officer.",
     ("Peter Kane", "chief operating officer", "Globex"), 0.9),
    ("Globex Holdings has named Malawian economist Peter Kane as its chief economist.",
     ("Peter Kane", "chief economist", "Globex Holdings"), 0.9),
    ("Acme names Mary English as CFO", ("Mary English", "CFO", "Acme"), 0.9),
    ("Acme names Peter Welsh as CFO", ("Peter Welsh", "CFO", "Acme"), 0.9),
    ("Acme names Judith French as CFO", ("Judith French", "CFO", "Acme"), 0.9),
    # a wire's city in capitals (and the day) whose "(Reuters) -" the copy dropped
    ("LONDON Globex Corp has appointed Jane Roe as chief executive.", ("Jane Roe", "chief executive", "Globex Corp"), 0.9),
    ("JOHANNESBURG May 23 Globex Holdings named Jane Roe as its chief executive on Tuesday.",
     ("Jane Roe", "chief executive", "Globex Holdings"), 0.9),
    # "engaged P to be/as T": arts and non-profit press's verb of hiring
    ("The Northwind Chamber Orchestra has engaged Jane Roe to be its new Executive Director, replacing Peter Kane.",
     ("Jane Roe", "Executive Director", "The Northwind Chamber Orchestra"), 0.9),
    ("Acme has engaged Peter Kane as interim CFO.", ("Peter Kane", "interim CFO", "Acme"), 0.9),
    ("Acme has engaged Jane Roe as general counsel.", ("Jane Roe", "general counsel", "Acme"), 0.9),
    # the move told as the owner's noun, the post held now after the name; an owner's name may run across "in"
    ("Look at Northwind in Motion's hire of Jane Roe, now VP of brand marketing.",
     ("Jane Roe", "VP of brand marketing", "Northwind in Motion"), 0.9),
    ("Globex Bank's hire of Jane Roe, now its chief risk officer, paid off.", ("Jane Roe", "chief risk officer", "Globex Bank"), 0.9),
    # one sentence tells who leaves, the post, and "and will be replaced/succeeded by" the successor
    ("The Acme Company's board of directors announced Tuesday that Jane Roe has stepped down from her position as Acme "
     "CEO and will be replaced by Peter Kane, who most recently ran its parks.", ("Peter Kane", "CEO", "Acme"), 0.9),
    ("Globex Bank's board of directors said that Jane Roe has stepped down as CEO and will be succeeded by Peter Kane.",
     ("Peter Kane", "CEO", "Globex Bank"), 0.9),
    ("Acme said on Monday that Jane Roe has resigned as chief financial officer of Acme Corp and will be replaced by Peter Kane.",
     ("Peter Kane", "chief financial officer", "Acme Corp"), 0.75),
    # an officer set off by commas announces the move: the organisation the officer speaks for employs, not the officer
    ("The President of the Northwind Development Bank (NDB), Dr Peter Kane, has announced the appointment of Ms Jane Roe "
     "as Acting Senior Vice President of the bank.", ("Jane Roe", "Acting Senior Vice President", "Northwind Development Bank"), 0.9),
    ("Globex Bank's chief executive, Peter Kane, has announced the appointment of Jane Roe as chief risk officer.",
     ("Jane Roe", "chief risk officer", "Globex Bank"), 0.9),
    ("The chairman of Acme Holdings, Peter Kane, announced the appointment of Jane Roe as CEO.",
     ("Jane Roe", "CEO", "Acme Holdings"), 0.9),
    # "has a new T, appointing P" with the day the post starts (or nothing) after the name; "country manager" is a title
    ("Northwind Bank has a new country manager for Kenya, appointing Jane Roe on 1 January.",
     ("Jane Roe", "country manager for Kenya", "Northwind Bank"), 0.9),
    ("Globex Bank has a new chief risk officer, hiring Jane Roe.", ("Jane Roe", "chief risk officer", "Globex Bank"), 0.9),
    ("Acme names country manager Jane Roe as CEO", ("Jane Roe", "CEO", "Acme"), 0.9),
    # a column quoting another publication's sentence: the quoted sentence is read (at most 0.75)
    ("\u201cThe Northwind Symphony has promoted its manager of touring Jane Roe to director of education,\u201d writes Peter "
     "Kane in Wednesday\u2019s (5/5) Trade Weekly (subscription required).",
     ("Jane Roe", "director of education", "The Northwind Symphony"), 0.75),
    ('"Globex has hired Jane Roe as its chief financial officer," reports Peter Kane in Monday\'s Trade Weekly.',
     ("Jane Roe", "chief financial officer", "Globex"), 0.75),
    # "said on <full date> that it has promoted ...", and a role's purpose after "role to <verb>"
    ("Northwind Foods said on July 13, 2021 that it has promoted Jane Roe, its vice-president for strategy, to a "
     "co-founder role to deepen its management bench.", ("Jane Roe", "co-founder", "Northwind Foods"), 0.9),
    ("Globex said on 13 July 2021 that it has promoted Peter Kane to chief operating officer.",
     ("Peter Kane", "chief operating officer", "Globex"), 0.9),
    # the attribution's noun may carry descriptors; it is cut, and the move drafted
    ("Riverside United have appointed Peter Kane as their new head coach, the cash-strapped second-tier football club "
     "announced on Thursday.", ("Peter Kane", "head coach", "Riverside United"), 0.9),
    ("Acme has appointed Jane Roe as CFO, the Texas-based software company announced on Thursday.",
     ("Jane Roe", "CFO", "Acme"), 0.9),
    ("Riverside have appointed Jane Roe as their president of business, the Premier League club said on Monday.",
     ("Jane Roe", "president of business", "Riverside"), 0.9),
    # "P will replace / is to replace / replaces Q as T": read as "will succeed"
    ("Jane Roe will replace Peter Kane as chief executive of Acme Corp.", ("Jane Roe", "chief executive", "Acme Corp."), 0.9),
    ("Jane Roe is to replace Peter Kane as Acme's CFO.", ("Jane Roe", "CFO", "Acme"), 0.9),
    ("Jane Roe replaces Peter Kane, who retires in June, as CEO of Acme.", ("Jane Roe", "CEO", "Acme"), 0.9),
    # a club's plural verbs before "<name> as"
    ("Riverside FC confirm Peter Kane as new head coach", ("Peter Kane", "head coach", "Riverside FC"), 0.9),
    ("Riverside FC name Peter Kane as head coach", ("Peter Kane", "head coach", "Riverside FC"), 0.9),
    # "tapped/picked/selected to be(come) T", "is Acme's new T"
    ("Jane Roe has been tapped to be Acme's next CFO.", ("Jane Roe", "CFO", "Acme"), 0.9),
    ("Jane Roe was picked to become chief executive of Acme Corp.", ("Jane Roe", "chief executive", "Acme Corp."), 0.9),
    ("Jane Roe was selected to be the next president of Northwind College.", ("Jane Roe", "president", "Northwind College"), 0.9),
    ("Jane Roe is Acme's new CFO.", ("Jane Roe", "CFO", "Acme"), 0.9),
    ("Peter Kane is Riverside FC's new head coach.", ("Peter Kane", "head coach", "Riverside FC"), 0.9),
    # a name's own "New" before its possessive is kept
    ("Jane Roe is New Relic's new CFO.", ("Jane Roe", "CFO", "New Relic"), 0.9),
    ("Jane Roe named New Relic's new CFO", ("Jane Roe", "CFO", "New Relic"), 0.9),
    # an agreement to take the post
    ("Jane Roe has agreed to become the new CEO of Acme.", ("Jane Roe", "CEO", "Acme"), 0.9),
    ("Jane Roe has finally agreed to join Acme as CFO.", ("Jane Roe", "CFO", "Acme"), 0.9),
    # the move as the subject of a passive announcement
    ("The appointment of Dr Jane Roe as chief executive of Acme Health was announced on Monday.",
     ("Jane Roe", "chief executive", "Acme Health"), 0.9),
    ("Jane Roe's appointment as CEO of Acme was confirmed on Tuesday.", ("Jane Roe", "CEO", "Acme"), 0.9),
    # no speaker: a clause before the commas keeps the employer it names
    ("Jane Roe was named interim president of Riverton, Maine-based Northwind Health Network, where she was COO.",
     ("Jane Roe", "interim president", "Northwind Health Network"), None),
]

REFUSED = [
    # a player's signing, a coach's sacking or departure, an assistant coach: no head-coach move
    "Northwind Rovers FC have signed striker Peter Kane on a two-year contract.",
    "Northwind Rovers FC have sacked head coach Peter Kane.",
    "Head coach Peter Kane has left Northwind Rovers FC.",
    "Northwind Rovers FC appoint Peter Kane as assistant coach",
    "Riverside State OC Peter Kane leaves for Globex",
    # "head" before another noun is still a task, not a title
    "Acme taps Jane Doe to head probe",
    # a board seat under "their new"
    "Acme have named Peter Kane their new director of the board.",
    # a firm engaged for a service (counsel, adviser, search firm, auditor) is no person's job
    "Acme Corp has engaged Baker McKenzie as legal counsel.",
    "Acme Corp has engaged Morgan Lewis as its counsel.",
    "Acme engaged Korn Ferry as its executive search firm",
    "Acme Corp has engaged Goldman Sachs as financial adviser.",
    "Acme Corp engaged Spencer Stuart to lead the search for a new CEO.",
    # where the hire is now, at another employer, is not the hire's post; a loss is no hire
    "Acme's hire of Jane Roe, now a partner at Globex, was a mistake.",
    "Look at Acme's loss of Jane Roe, now CFO at Globex.",
    "Acme's hire of Jane Roe, now retired, was a success.",
    # "has a new T, appointing ...": a board seat, no title, or more after the name than a date
    "Globex Bank has a new board member, appointing Jane Roe on 1 January.",
    "Globex Bank has a new headquarters, appointing Jane Roe to run it.",
    "Globex Bank has a new CEO, naming Jane Roe as successor to Peter Kane.",
    # a dated report of a departure is no move
    "Globex said on July 13, 2021 that Peter Kane has resigned as chief operating officer.",
    # replacing on a board or as chair is a board seat; a replaced thing is no person; a player's award, a departure
    "Jane Roe replaces Peter Kane on the board of Acme",
    "Jane Roe will replace Peter Kane as chair of Acme",
    "Acme's new system will replace legacy software as the core of its platform",
    "Fans name Peter Kane as player of the year",
    "Riverside FC confirm Peter Kane departure as head coach",
    "Riverside FC sign Peter Kane as player-coach",
    # chosen for a board, a chair, an ambassador's or a speaker's part: no job
    "Jane Roe was selected to be on the board of Acme.",
    "Jane Roe is Acme's new board chair.",
    "Jane Roe is Acme's new brand ambassador.",
    "Jane Roe was chosen to be a speaker at Acme's summit.",
    "Jane Roe is Acme's new face.",
    # a city's or a country's office
    "Peter Kane is New York's new police commissioner.",
    "Jane Roe is Kenya's new trade minister.",
    # a passive announcement of a board seat, a past one, or a verdict on the move
    "The appointment of Jane Roe as chair of Acme was announced.",
    "The appointment of Jane Roe as a non-executive director of Acme was announced.",
    "The appointment of Jane Roe as CEO of Acme was announced in 2015.",
    "The appointment of Jane Roe as CEO of Acme was criticised by unions.",
    "Jane Roe has agreed to become chair of Acme.",
    "Jane Roe has agreed to join the board of Acme.",
    "Acme has agreed to become a partner of Globex.",
    # a quoted departure is still a departure
    '"Jane Roe will step down as CFO of Globex," writes Peter Kane in Trade Weekly.',
    # a departure alone, a successor who is no person, a board seat left
    "Jane Roe resigns as Acme CEO",
    "Jane Roe has stepped down as Acme CEO and will be replaced by an interim team.",
    "Jane Roe has stepped down as chair of Acme and will be replaced by Peter Kane.",
    "Jane Roe has left the board of Acme and will be replaced by Peter Kane.",
]


@pytest.mark.parametrize(("text", "expected", "confidence"), READ)
def test_read(text: str, expected: tuple[str, str, str], confidence: float | None) -> None:
    _assert_read(text, expected, confidence)


@pytest.mark.parametrize("text", REFUSED)
def test_refused(text: str) -> None:
    assert appointment_answer(text) is None, text


def test_a_city_that_is_not_in_capitals_stays_a_name_question() -> None:
    """Only a wire's capitals mark a dateline; "London Globex Corp" is left for the company reader as it was."""
    found = appointment_answer("LONDON Globex Corp has appointed Jane Roe as chief executive.")
    assert found is not None and found[2] == "Globex Corp"


#: Round 11, second pass (the round-11 fresh news batch, after its before-score was recorded). Made-up text.
SECOND_PASS_READ: list[tuple[str, tuple[str, str, str]]] = [
    # the post, then the person after a comma, whatever the capitalisation
    ("Globex Have Appointed A New VP Of Sales, Jane Roe.", ("Jane Roe", "VP Of Sales", "Globex")),
    ("Globex has hired a new CFO, Peter Kane.", ("Peter Kane", "CFO", "Globex")),
    ("Globex hired its first (CXO) Chief Experience Officer, Jane Roe, to advocate for customers.",
     ("Jane Roe", "Chief Experience Officer", "Globex")),
    # the company's word that the person is its new post holder
    ("Globex has announced that Jane Roe is its new CFO.", ("Jane Roe", "CFO", "Globex")),
    # a brand spelt with 's is the name whole
    ("Jane Roe has been named by Dillon's as its chief customer officer.",
     ("Jane Roe", "chief customer officer", "Dillon's")),
    # a unit's chief: the unit is the employer (as the sets label MTN Rwanda and FedEx Freight)
    ("Globex appoints founder Jane Roe as the new global CEO of Initech.", ("Jane Roe", "global CEO", "Initech")),
]
SECOND_PASS_KEPT: list[tuple[str, tuple[str, str, str]]] = [
    # near misses: a region or a function after "of" stays the parent's post
    ("Globex names Jane Roe president of North America", ("Jane Roe", "president of North America", "Globex")),
    ("Globex names Jane Roe as president of Global Field Operations",
     ("Jane Roe", "president of Global Field Operations", "Globex")),
]
SECOND_PASS_REFUSED = [
    "Globex has appointed a new auditor, Deloitte.",  # a firm, not a person
    "Globex has named a new CEO, the company said.",  # no person named
]


@pytest.mark.parametrize(("text", "expected"), SECOND_PASS_READ + SECOND_PASS_KEPT)
def test_second_pass_read(text: str, expected: tuple[str, str, str]) -> None:
    found = appointment_answer(text)
    assert found is not None and found[:3] == expected, (text, found)


@pytest.mark.parametrize("text", SECOND_PASS_REFUSED)
def test_second_pass_refused(text: str) -> None:
    assert appointment_answer(text) is None, text


def test_a_possessive_before_a_noun_stays_a_possessive() -> None:
    """"Research in Motion's hire of P" is the company's hire: the "'s" is no part of the name there."""
    found = appointment_answer("Look at Research in Motion's hire of Jane Roe, now VP-brand marketing.")
    assert found is not None and found[2] == "Research in Motion"


#: Second readings of a text no rule read (explain_appointment's _reread), and a clause cut from a title.
REREAD: list[tuple[str, tuple[str, str, str]]] = [
    ("Globex appointed Peter Kane as Chairman-designate and Jane Roe as CFO.", ("Jane Roe", "CFO", "Globex")),
    ("Globex draws investor attention after appointing Jane Roe as CFO.", ("Jane Roe", "CFO", "Globex")),
    ("Globex leads a $90 million round in Initech, and appoints founder Jane Roe as its new CFO.",
     ("Jane Roe", "CFO", "Globex")),
    ("While rivals cut staff, Globex hired Jane Roe as CFO.", ("Jane Roe", "CFO", "Globex")),
    ("Globex appointed Jane Roe as CFO, moves analysts say strengthen the bank.", ("Jane Roe", "CFO", "Globex")),
]


@pytest.mark.parametrize(("text", "expected"), REREAD)
def test_reread(text: str, expected: tuple[str, str, str]) -> None:
    found = appointment_answer(text)
    assert found is not None and found[:3] == expected, (text, found)


@pytest.mark.parametrize(
    "text",
    ["Globex appointed Jane Roe as chairman and Peter Kane as non-executive director.",  # board seats only
     "Globex fell after losing Jane Roe to Initech."],  # a departure
)
def test_reread_finds_no_move(text: str) -> None:
    assert appointment_answer(text) is None, text
