"""Round 9b (issue 12): general shapes from a fresh batch the round-9 rules had not seen (healthcare, retail, banking,
insurance and Asian business press). Made-up sentences only, on both sides of each rule; thin shapes are held for
review (0.55), never drafted."""

from __future__ import annotations

import pytest

from tests.conftest import appointment_answer


def _assert_read_at(text: str, expected: tuple[str, str, str], confidence: float) -> None:
    """The move is read as (person, title, company) at exactly this confidence."""
    found = appointment_answer(text)
    assert found is not None, text
    assert found[:3] == expected
    assert found[3] == pytest.approx(confidence)


READ = [
    # a discourse aside between the subject and its verb of appointing
    ("Northwind Bank, for instance, recently recruited an outsider, Jane Roe, as its new CRO.",
     ("Jane Roe", "CRO", "Northwind Bank"), 0.75),
    ("Globex Corp., for example, has named Peter Kane as its chief financial officer.",
     ("Peter Kane", "chief financial officer", "Globex Corp."), 0.75),
    ("Acme Health, meanwhile, hired Laura Mills as chief nursing officer.",
     ("Laura Mills", "chief nursing officer", "Acme Health"), 0.75),
    # a discourse opener before a sentence the rewrite reads
    ("For instance, Peter Kane, who was COO at Northwind Mutual, recently became CEO of the organization.",
     ("Peter Kane", "CEO", "Northwind Mutual"), 0.55),
    # a present-perfect or recent move into a named post (thin: held for review)
    ("Jane Roe has become chief executive of Globex Holdings.", ("Jane Roe", "chief executive", "Globex Holdings"), 0.55),
    ("Laura Mills has just become managing director of Northwind Capital.",
     ("Laura Mills", "managing director", "Northwind Capital"), 0.55),
    # taking a named role at an organisation; the honorific and surname resolved to the name told before
    ("Peter Kane takes the CIO role at Northwind Health.", ("Peter Kane", "CIO", "Northwind Health"), 0.75),
    ("Acme Clinic lost its CIO Laura Mills. Ms. Mills took the CIO role at Globex Health, based in Dayton, Ohio.",
     ("Laura Mills", "CIO", "Globex Health"), 0.55),
]

REFUSED = [
    # the aside's sentence tells a departure, not a hire
    "Northwind Bank, for instance, lost its chief risk officer Jane Roe to Globex.",
    "Acme Health, meanwhile, said Laura Mills will leave as chief nursing officer.",
    "For example, Globex Bank lost its chief risk officer, Peter Kane.",
    # "became" with a year or a time before now is a career's past
    "Jane Roe became chief executive of Globex Holdings in 2015.",
    "Jane Roe has become chief executive of Globex Holdings in 2015.",
    "Jane Roe became CEO of Globex.",
    # no organisation named for "the company"
    "Jane Roe recently became CEO of the company.",
    # a board seat is no appointment
    "Peter Kane, who was CFO at Northwind Mutual, recently became a director of the company.",
    "Jane Roe has become an independent director of Globex Corp.",
    "Laura Mills recently became chair of the board of Northwind Capital.",
    "Peter Kane takes the board chair role at Northwind Health.",
    # a past role taken, with its year
    "Peter Kane took the CEO role at Northwind Health in 2012.",
    # the honorific's surname is no one the text named
    "Acme Clinic lost its CIO Laura Mills. Mr. Smith took the CIO role at Globex Health.",
    # a departure from a relative clause's organisation
    "Meanwhile, Jane Roe, who was CFO at Northwind, has left the organization.",
]


@pytest.mark.parametrize(("text", "expected", "confidence"), READ)
def test_round9b_shapes_read(text: str, expected: tuple[str, str, str], confidence: float) -> None:
    _assert_read_at(text, expected, confidence)


@pytest.mark.parametrize("text", REFUSED)
def test_round9b_near_misses_refuse(text: str) -> None:
    assert appointment_answer(text) is None, text


SURNAMES_READ = [
    # a demonym that is a surname, after a first name (and a middle initial)
    ("Northwind Inc. named Peter R. Swedish as its new chief executive.", ("Peter R. Swedish", "chief executive", "Northwind Inc.")),
    ("Globex names Laura German as head of sales", ("Laura German", "head of sales", "Globex")),
    # a participle clause after an adverb is no part of the title
    ("Globex named Jane Roe as chief executive, unexpectedly turning to an outsider.", ("Jane Roe", "chief executive", "Globex")),
]

SURNAMES_REFUSED = [
    # a demonym with no first name is a descriptor, and a surname alone is no person
    "Northwind names Swedish from Globex Health as new CEO",
]


@pytest.mark.parametrize(("text", "expected"), SURNAMES_READ)
def test_a_demonym_surname_and_a_participle_tail(text: str, expected: tuple[str, str, str]) -> None:
    found = appointment_answer(text)
    assert found is not None, text
    assert found[:3] == expected


@pytest.mark.parametrize("text", SURNAMES_REFUSED)
def test_a_demonym_alone_is_no_person(text: str) -> None:
    assert appointment_answer(text) is None, text


def test_a_demonym_descriptor_before_a_name_stays_a_descriptor() -> None:
    found = appointment_answer("Globex hires Swedish banker Jane Roe as CFO")
    assert found is not None and found[:3] == ("Jane Roe", "CFO", "Globex")


LEFT_AND_WHICH_READ = [
    # leaving one organisation to join another, the post named (a city before "as" allowed)
    ("Jane Roe left Globex & Pike to join Northwind Law in Houston as a partner.", ("Jane Roe", "partner", "Northwind Law"), 0.75),
    ("Peter Kane has left Globex to join Northwind Corp as chief financial officer.",
     ("Peter Kane", "chief financial officer", "Northwind Corp"), 0.75),
    # a relative clause opened on the appointing organisation; embedded after "is" it is held for review
    # (0.55 since round 9b's review: the main clause may tell the news the move is background to)
    ("Northwind Corp, which has appointed Jane Roe as its new CEO, reported results on Monday.", ("Jane Roe", "CEO", "Northwind Corp"), 0.55),
    ("Also reshuffling is Germany's Globex (XETRA: GBX), which has named Peter Kane as its new CFO.",
     ("Peter Kane", "CFO", "Globex"), 0.55),
    # "However," opens a sentence the rewrite reads
    ("However, Northwind Bank, for instance, hired Laura Mills as chief risk officer.", ("Laura Mills", "chief risk officer", "Northwind Bank"), 0.75),
]

LEFT_AND_WHICH_REFUSED = [
    "Jane Roe left Globex to join Northwind as a partner in 2015.",
    "Jane Roe later left Globex to join Northwind as CFO.",
    "Jane Roe left Globex to join the board of Northwind as a director.",
    "Jane Roe left Globex to join Northwind's board as a non-executive director.",
    "Jane Roe left Globex to join Governor Wallace's office as chief of staff.",
    "Northwind Corp, which hired Jane Roe as CFO in 2015, reported results.",
    "Northwind Corp, which recently appointed a new CEO, reported results.",
    "Jane Roe left Globex to spend more time with her family.",
]


@pytest.mark.parametrize(("text", "expected", "confidence"), LEFT_AND_WHICH_READ)
def test_left_to_join_and_which_appointed_read(text: str, expected: tuple[str, str, str], confidence: float) -> None:
    _assert_read_at(text, expected, confidence)


@pytest.mark.parametrize("text", LEFT_AND_WHICH_REFUSED)
def test_left_to_join_and_which_appointed_refuse(text: str) -> None:
    assert appointment_answer(text) is None, text


# Round 9b's review (ra9c): past careers and departures told around the round's new shapes; made-up sentences only.
REVIEW_READ = [
    # "which appointed": held for review always, the main clause read first
    ("Northwind Bank, which has hired Peter Kane as chief risk officer, opened two branches.",
     ("Peter Kane", "chief risk officer", "Northwind Bank"), 0.55),
    ("Globex Foods (NYSE: GBF), which has named Laura Mills as CFO, said she starts next week.", ("Laura Mills", "CFO", "Globex Foods"), 0.55),
    # "left X to join Y as T": the title ends at a clause; a benign tail keeps 0.75, any other tail holds it for review
    ("Peter Kane has left Globex to join Northwind as CFO, effective March 1.", ("Peter Kane", "CFO", "Northwind"), 0.75),
    ("Laura Mills left Globex to join Northwind Bank as president and CEO.", ("Laura Mills", "president and CEO", "Northwind Bank"), 0.75),
    ("Peter Kane left Globex to join Northwind as CFO, a newly created role.", ("Peter Kane", "CFO", "Northwind"), 0.55),
    # an aside or opener with no past time still reads, its title cut before "after the"
    ("Northwind, meanwhile, hired Laura Mills as chief executive after the exit of Tom Vale.", ("Laura Mills", "chief executive", "Northwind"), 0.75),
    ("Globex Corp, for its part, named Peter Kane as its first chief data officer.", ("Peter Kane", "chief data officer", "Globex Corp"), 0.75),
    ("Northwind Bank, however, has hired Laura Mills as head of lending.", ("Laura Mills", "head of lending", "Northwind Bank"), 0.75),
    # a sentence-opening discourse word is no part of the company a plain shape reads
    ("However, Northwind Labs hired Peter Kane as its chief financial officer.", ("Peter Kane", "chief financial officer", "Northwind Labs"), 0.9),
    ("Separately, Globex Foods named Laura Mills as chief operating officer.", ("Laura Mills", "chief operating officer", "Globex Foods"), 0.9),
]

REVIEW_REFUSED = [
    # "which appointed", and the main clause tells a departure, firing, retirement, replacement, lawsuit or successor search
    "Northwind, which appointed Laura Mills CEO, announced her departure on Tuesday.",
    "Globex, which hired Peter Kane as CFO, fired him last week.",
    "Northwind Bank, which named Laura Mills president, is looking for her successor.",
    "Globex, which appointed Peter Kane as CEO, said he will retire next spring.",
    "Northwind, which hired Laura Mills as CEO after her years at Globex, has since replaced her.",
    "Globex Foods, which hired Peter Kane as CFO, is being sued by him.",
    "Northwind, which hired Laura Mills as CEO before she departed for Globex, is cutting jobs.",
    # "left X to join Y as T" with a past time or a tail that is the news
    "Peter Kane left Globex to join Northwind as CFO last year.",
    "Laura Mills left Globex to join Northwind as CFO in the 1990s.",
    "Peter Kane left Globex to join Northwind as CFO during the downturn.",
    "Laura Mills left Globex to join Northwind as COO, where she spent a decade.",
    "Peter Kane left Globex to join Northwind as COO before founding Vandelay.",
    "Laura Mills left Globex to join Northwind as head of design, then co-founded Vandelay.",
    "Peter Kane left Globex to join Northwind as CFO, but returned after a year.",
    "Laura Mills left Globex to join Northwind as CFO and now runs Vandelay.",
    "Peter Kane left Globex to join Northwind as CFO, sources said, but the talks collapsed.",
    "Laura Mills left Globex to join Northwind as CFO, a move she now regrets.",
    "Peter Kane left Globex to join Northwind as CFO at the time.",
    # an aside or opener with a past time, or a tail that undoes the move
    "Northwind, meanwhile, hired Laura Mills as CEO after the 2009 crash.",
    "Globex, for instance, hired Peter Kane as CEO, only to fire him months later.",
    "Northwind, meanwhile, hired Laura Mills as CEO, before she left for Globex.",
    "Globex, however, hired Peter Kane as CEO in the 1990s.",
    "However, Northwind hired Laura Mills as CFO in 2012.",
    # taking a role, with the time after the company
    "Peter Kane took the CFO role at Northwind, where he worked until 2020.",
    # a departure headline, its summary a past move
    "Northwind CFO Laura Mills steps down\nLaura Mills left Globex to join Northwind as CFO last year.",
]


@pytest.mark.parametrize(("text", "expected", "confidence"), REVIEW_READ)
def test_review_fixes_keep_reading(text: str, expected: tuple[str, str, str], confidence: float) -> None:
    _assert_read_at(text, expected, confidence)


@pytest.mark.parametrize("text", REVIEW_REFUSED)
def test_review_fixes_refuse_past_careers_and_departures(text: str) -> None:
    assert appointment_answer(text) is None, text


def test_a_base_shape_past_move_with_to_join_is_held_for_review() -> None:
    """The plain shape reads "quit X to join Y as T"; a decade after it dates the move, so it is never drafted."""
    found = appointment_answer("Laura Mills quit Globex to join Northwind as CFO in the 2000s.")
    assert found is None or found[3] < 0.6
