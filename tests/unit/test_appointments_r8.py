"""Round 8 (appointments, appt8): general shapes behind dev misses. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.conftest import appointment_answer as _answer

DRAFT = 0.6


@pytest.mark.parametrize(("text", "person", "title", "company"), [
    # stepping up into a post, then "as"
    ("Laura Dansk has stepped up as executive director of the Halvard Chamber Players.",
     "Laura Dansk", "executive director", "Halvard Chamber Players"),
    ("Laura Dansk steps up as CEO at Brookvale Foods", "Laura Dansk", "CEO", "Brookvale Foods"),
    # the scene names the employer: "At <org>, P has stepped up / taken over as T"
    ("At Brookvale Foods, Laura Dansk has stepped up as chief executive.", "Laura Dansk", "chief executive", "Brookvale Foods"),
    ("Meanwhile, at the Halvard Chamber Players, Laura Dansk, a violist for 20 years, has stepped up as executive director.",
     "Laura Dansk", "executive director", "Halvard Chamber Players"),
    ("At Brookvale Foods, Laura Dansk has taken over as head of sales.", "Laura Dansk", "head of sales", "Brookvale Foods"),
    # the person's own word: "announced that he will take over as T at C", "announces she is now C CEO"
    ("Tomas Ekberg said Tuesday that he will take over as CEO at Quillon this year.", "Tomas Ekberg", "CEO", "Quillon"),
    ("Tomas Ekberg announced that he will take over as chief executive at Quillon Systems.",
     "Tomas Ekberg", "chief executive", "Quillon Systems"),
    # ("Tomas Ekberg announces he is now Quillon CEO": one bare word before the title is now held for review, see
    # test_appointments_r8_review.py, test_review2_is_now_needs_a_company_shaped_name)
    ("Petra Vale announces she is now Harwick Bank President", "Petra Vale", "President", "Harwick Bank"),
    # market news about the subject; the move told about a common noun for it
    ("Shares of Corvel Mining rose 5 percent after the miner named Petra Vale as its new chief executive.",
     "Petra Vale", "chief executive", "Corvel Mining"),
    # (the unmarked subject "CORVEL Mining yesterday climbed 2.1 percent in early trade after the miner named ..." is now held for
    # review: see test_appointments_r8_review.py, test_review_a_price_move_without_shares_is_held)
    ("Harwick Bank shares fell after the lender appointed Tomas Ekberg as chief financial officer.",
     "Tomas Ekberg", "chief financial officer", "Harwick Bank"),
])
def test_round8_shapes_read(text: str, person: str, title: str, company: str) -> None:
    found = _answer(text)
    assert found is not None, text
    assert found[:3] == (person, title, company)
    assert found[3] >= DRAFT


@pytest.mark.parametrize("text", [
    "Laura Dansk stepped down as CEO of Brookvale Foods",
    "At Brookvale Foods, Laura Dansk has stepped down as chief executive.",
    "Laura Dansk has stepped up as the fight against fraud intensifies at Brookvale.",
    "Volunteers stepped up as the storm hit Harwick County.",
    "Tomas Ekberg announced that he will step down as CEO at Quillon.",
    "Tomas Ekberg said that he will take over as captain of the Harwick Tigers next season.",
    "Tomas Ekberg announces he is now retired CEO",
    # a regulator or a court naming an administrator is not the subject hiring
    "Harwick Bank shares fell after the regulator named Tomas Ekberg as chief executive.",
    "Harwick Bank shares fell after the regulator named Tomas Ekberg as special administrator.",
    "Fans cheered when the club named Tomas Ekberg as captain.",
    "The rally faded after the company named Tomas Ekberg as CEO.",
])
def test_round8_shapes_refuse(text: str) -> None:
    assert _answer(text) is None, text


def test_a_time_before_the_name_is_no_company() -> None:
    # "At Tuesday's meeting" read as a company "At" before round 8
    found = _answer("At Tuesday's meeting, Laura Dansk was named head of sales.")
    assert found is None or found[2] not in {"At", "At Tuesday"}
    assert _answer("At Home Goods names Laura Dansk CFO")[2] == "At Home Goods"


def test_a_plain_summary_shape_about_another_subject_is_held_for_review() -> None:
    found = _answer("Executives swap seats across the software sector\nThe carousel kept turning this week, with Harwick's "
                    "former chief executive Tomas Ekberg announcing late Tuesday (weeks after leaving Harwick) that he "
                    "will take over as CEO at Quillon \u2013 the cloud software group \u2013 this year.")
    assert found is not None
    assert found[:3] == ("Tomas Ekberg", "CEO", "Quillon")
    assert found[3] < DRAFT


# ---- shapes from batch 1's misses (made-up sentences) ----

@pytest.mark.parametrize(("text", "person", "title", "company"), [
    # a digit ordinal before the title
    ("Harwick Clinic names Dr. Laura Dansk 1st chief digital officer", "Laura Dansk", "chief digital officer", "Harwick Clinic"),
    ("Harwick Clinic names Laura Dansk 10th president", "Laura Dansk", "president", "Harwick Clinic"),
    # an academic dean (lowercase)
    ("Laura Dansk has been named dean of Harwick University.", "Laura Dansk", "dean", "Harwick University"),
    ("Laura Dansk has been named dean of the School of Law at Harwick University in Dayton, effective July 1.",
     "Laura Dansk", "dean", "School of Law at Harwick University"),
    # "is new <Title> of <Org>": a headline drops the article
    ("Tomas Ekberg is new President of Quillon Institute", "Tomas Ekberg", "President", "Quillon Institute"),
    # the predecessor named between the person and "as"
    ("Quillon hired Laura Dansk to replace Tomas Ekberg as ECD for its Sydney office.", "Laura Dansk", "ECD", "Quillon"),
    ("Quillon named Laura Dansk, 43, to succeed Tomas Ekberg as chief operating officer.",
     "Laura Dansk", "chief operating officer", "Quillon"),
    # after "the new" the capitalised words are the employer, not a second person; a captain's rank is no part of the name
    ("Captain Laura Dansk has been appointed as the new Air Quillon chief executive officer.",
     "Laura Dansk", "chief executive officer", "Air Quillon"),
    # a position accepted
    ("Laura Dansk has accepted a new position as Quillon's director of operations.", "Laura Dansk", "director of operations", "Quillon"),
    # a description of the company between commas; a description of the person between commas, then "to the ... position"
    ("Quillon, the design hub of Harwick Media, has further strengthened its leadership team, appointing senior Globex "
     "executive, Laura Dansk, to the newly created head of strategy position.", "Laura Dansk", "head of strategy", "Quillon"),
])
def test_round8_batch1_shapes_read(text: str, person: str, title: str, company: str) -> None:
    found = _answer(text)
    assert found is not None, text
    assert found[:3] == (person, title, company)
    assert found[3] >= DRAFT


@pytest.mark.parametrize("text", [
    "Harwick Clinic ranks 1st in Ohio",
    "Harwick Clinic names Laura Dansk 1st in Ohio",
    "Tomas Ekberg is New York's new CEO",       # "New" capitalised is a place's name, not the adjective
    "Tomas Ekberg is new to Quillon Institute",
    "Laura Dansk has been appointed as the new Tomas Ekberg chief executive officer.",
    "Laura Dansk named Tomas Ekberg CFO",
    "Laura Dansk accepted the role as a favour to her friend.",
    "Quillon fans want Laura Dansk to replace Tomas Ekberg as coach.",
    # a company's report that someone will leave is a departure
    "Quillon announced Tuesday that longtime Harwick Brewing president, Tomas Ekberg, 62, will retire at the end of the year.",
    "Harwick Rovers name Laura Dansk club captain",
])
def test_round8_batch1_shapes_refuse(text: str) -> None:
    assert _answer(text) is None, text


def test_dean_as_a_given_name_is_still_a_person() -> None:
    assert _answer("Dean Ekberg has been named CEO of Harwick.")[:3] == ("Dean Ekberg", "CEO", "Harwick")
    assert _answer("Harwick names Dean Ekberg CEO")[:3] == ("Dean Ekberg", "CEO", "Harwick")


def test_a_description_before_the_name_is_no_title() -> None:
    # before round 8 the description was read as the title ("senior Globex executive")
    found = _answer("Quillon has strengthened its leadership team, appointing senior Globex executive, Laura Dansk, "
                    "to the newly created head of strategy position.")
    assert found is not None and found[1] == "head of strategy"


# ---- shapes from round 7's held-back batch (made-up sentences) ----

@pytest.mark.parametrize(("text", "person", "title", "company"), [
    # "<Org>, <description>, has a new <Title>, the <description> <Person>"
    ("Harwick Stores, the largest hardware chain in the region, has a new President, the former Globex chief Laura Dansk.",
     "Laura Dansk", "President", "Harwick Stores"),
    ("Harwick Stores has a new President, Laura Dansk.", "Laura Dansk", "President", "Harwick Stores"),
    # the post and the company in one sentence, the person who takes it in the next
    ("New chain CEO named\nPharmacy chain Harwick Apotek now has a new President. Tomas Ekberg leaves his post and is replaced "
     "today by Laura Dansk, former marketing director.", "Laura Dansk", "President", "Harwick Apotek"),
    ("Changes at Harwick's top management\nCFO of Harwick Air, Tomas Ekberg has decided to leave the company. Vice President "
     "Investor Relations, Tore \u00d8stby, will take on the position for an interim period.", "Tore \u00d8stby", "CFO", "Harwick Air"),
    ("Harwick CEO to step down\nSTOCKHOLM: Harwick, the second biggest maker of fridges, said on Thursday chief executive Tomas "
     "Ekberg is to step down at the end of the year. Harwick said Ekberg, 53, would be replaced by Laura Dansk, who is currently "
     "head of research at the group.", "Laura Dansk", "chief executive", "Harwick"),
])
def test_round8_successor_shapes_read(text: str, person: str, title: str, company: str) -> None:
    found = _answer(text)
    assert found is not None, text
    assert found[:3] == (person, title, company)
    if "\n" in text:
        # the successor in the next sentence: read, but held for review since the second review (two sentences' inference)
        assert found[3] < DRAFT
    else:
        assert found[3] >= DRAFT


@pytest.mark.parametrize("text", [
    "Changes at Harwick\nHarwick Air now has a new logo. The old one is replaced today by Laura Dansk, the designer.",
    "Changes at Harwick\nCFO of Harwick Air, Tomas Ekberg has decided to leave the company. The board will take on the role "
    "of finding a successor.",
    # the one replaced is not the one who leaves
    "Harwick CEO to step down\nHarwick said on Thursday chief executive Tomas Ekberg is to step down at the end of the year. "
    "Harwick said Smith would be replaced by Laura Dansk.",
    "Harwick CEO to step down\nHarwick said on Thursday chief executive Tomas Ekberg is to step down at the end of the year.",
])
def test_round8_successor_shapes_refuse(text: str) -> None:
    assert _answer(text) is None, text


@pytest.mark.parametrize(("text", "person", "title", "company"), [
    # the parent announces; the unit its appositive names hires (before round 8 the parent was drafted at 0.9)
    ("Globex today announced that Harwick, its retail media group, has tapped Laura Dansk as President.",
     "Laura Dansk", "President", "Harwick"),
    ("Globex said Harwick, its retail arm, has named Laura Dansk as chief executive.", "Laura Dansk", "chief executive", "Harwick"),
    # a person in the appositive is no unit: the announcer hires
    ("Globex announced that Laura Dansk, its finance chief, has been named chief executive.",
     "Laura Dansk", "chief executive", "Globex"),
])
def test_round8_parent_announces_for_its_unit(text: str, person: str, title: str, company: str) -> None:
    found = _answer(text)
    assert found is not None and found[:3] == (person, title, company)


# ---- shapes from batch 2's misses (made-up sentences) ----

@pytest.mark.parametrize(("text", "person", "title", "company"), [
    ("In today's release, Quillon advised that it has appointed Laura Dansk as its new CEO.", "Laura Dansk", "CEO", "Quillon"),
    ("Quillon informed the market that it has appointed Laura Dansk as CFO.", "Laura Dansk", "CFO", "Quillon"),
    # the release's own words in quotes after the company
    ('Laura Dansk has been appointed as chief executive of Harwick United "with immediate effect" following the resignation '
     'of Tomas Ekberg.', "Laura Dansk", "chief executive", "Harwick United"),
    # a British plural verb after a club's name; a descriptor of the person's past before the name
    ("Quillon promote ex-Harwick United man Laura Dansk to replace Tomas Ekberg as chief executive",
     "Laura Dansk", "chief executive", "Quillon"),
    ("Quillon promote Laura Dansk to chief executive", "Laura Dansk", "chief executive", "Quillon"),
])
def test_round8_batch2_shapes_read(text: str, person: str, title: str, company: str) -> None:
    found = _answer(text)
    assert found is not None, text
    assert found[:3] == (person, title, company)
    assert found[3] >= DRAFT


@pytest.mark.parametrize("text", [
    "Quillon plans to hire Laura Dansk as CFO",
    "Fans want Quillon to promote Laura Dansk to captain",
    "Quillon advised that it has appointed a new auditor.",
])
def test_round8_batch2_shapes_refuse(text: str) -> None:
    assert _answer(text) is None, text


# ---- dev misses closed at the end of the shift (made-up sentences) ----

def test_a_lowercase_library_is_part_of_the_employer_and_held_for_review() -> None:
    found = _answer("Town Manager Tomas Ekberg announced Monday that Laura Dansk, marketing director for the Harwick Public "
                    "Library in Kansas, will become director of the Quillon library May 20.")
    assert found is not None and found[:3] == ("Laura Dansk", "director", "Quillon library")
    assert found[3] < DRAFT  # a lowercase word in the company span: recorded for review
    assert _answer("Laura Dansk will become director of the city library.") is None


def test_a_wire_mark_between_double_dashes_is_a_dateline() -> None:
    from signals.text.datelines import strip_dateline

    assert strip_dateline("DAYTON, Ohio--(HSMN NewsFeed)--Quillon Corporation today announced ...") == \
        "Quillon Corporation today announced ..."
    assert strip_dateline("DAYTON, Ohio--(Market Wire)--Quillon Corporation today announced ...") == \
        "Quillon Corporation today announced ..."
    assert strip_dateline("Quillon (formerly Harwick) -- a note") == "Quillon (formerly Harwick) -- a note"
    found = _answer("Quillon Corporation Announces New President/CEO\nLaura Dansk Joins Company from Harwick Labs, Inc\n"
                    "DAYTON, Ohio--(HSMN NewsFeed)--QUILLON CORPORATION (AMEX:QLN ) today announced the appointment of "
                    "Laura Dansk, as President and Chief Executive Officer, effective January 3, 2007.")
    assert found is not None
    assert found[:3] == ("Laura Dansk", "President and Chief Executive Officer", "QUILLON CORPORATION")  # ticker dropped
