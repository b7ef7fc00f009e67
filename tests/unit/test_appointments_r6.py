"""Round 6 (r6-appt) appointment shapes, pinned with made-up sentences of the same shape (no row of the sets)."""

import pytest

from signals.extract import job_change
from signals.extract.job_change import extract_appointment


def _triple(text):
    found = extract_appointment(text)
    return None if found is None else (found.person, found.title, found.company)


@pytest.mark.parametrize("text, expected", [
    ("Margaret Holloway to chief curator, Riverbend Museum of Glass, Dayton, Ohio.",
     ("Margaret Holloway", "chief curator", "Riverbend Museum of Glass")),
    ("Thomas Ferrante, to executive director, Harborview Arts Center, Portland, Maine.",
     ("Thomas Ferrante", "executive director", "Harborview Arts Center")),
    ("Susan Whitfield to acting CEO of the Lakeshore Chamber Orchestra, March, 2025",
     ("Susan Whitfield", "acting CEO", "Lakeshore Chamber Orchestra")),
    ("Daniel Okafor to head of development, Northgate Botanical Garden.",
     ("Daniel Okafor", "head of development", "Northgate Botanical Garden")),
])
def test_a_movers_column_line_without_a_verb(text, expected):
    assert _triple(text) == expected


@pytest.mark.parametrize("text", [
    "Margaret Holloway, Thomas Ferrante and Susan Whitfield to Board of Trustees, Riverbend Museum of Glass, Ohio.",
    "Margaret Holloway to step down as CEO of Riverbend Museum, sources say",
    "Margaret Holloway to speak at Riverbend Summit, London",
    "Margaret Holloway to retire, Riverbend Museum says",
    "Riverbend Holdings to buy Northgate Foods, Dayton",
    "Zorbix Quantel to director, Riverbend Museum, Dayton.",  # no known given name
])
def test_a_movers_column_line_needs_a_person_a_title_and_an_organisation(text):
    assert extract_appointment(text) is None


def test_curator_is_a_job_title():
    assert _triple("Riverbend Museum of Glass has appointed Margaret Holloway as associate curator.") == (
        "Margaret Holloway", "associate curator", "Riverbend Museum of Glass")


def test_the_employer_left_behind_is_no_part_of_the_name():
    assert _triple("Margaret Holloway walked away from Northgate Credit Partners to join Riverbend Capital Group as president.") == (
        "Margaret Holloway", "president", "Riverbend Capital Group")
    assert _triple("Margaret Holloway stepped away from Northgate Foods to join Riverbend Holdings as chief financial officer.") == (
        "Margaret Holloway", "chief financial officer", "Riverbend Holdings")


def test_a_name_of_its_own_ending_in_s_before_its_verb():
    # a possessive cannot stand alone before the verb: "Benny's" is the chain's name
    assert _triple("Benny's announced the appointment of Margaret Holloway as chief marketing officer.") == (
        "Margaret Holloway", "chief marketing officer", "Benny's")
    assert _triple("Benny’s has named Margaret Holloway as chief marketing officer.") == (
        "Margaret Holloway", "chief marketing officer", "Benny's")
    # the possessive in front of a noun stays a possessive
    assert _triple("Riverbend's board has named Margaret Holloway as CEO.") == ("Margaret Holloway", "CEO", "Riverbend")


def test_general_partner_stays_an_investor_role():
    # the golden file treats "General Partner" as an investor's seat; round 6 left it so
    assert extract_appointment("Northgate Ventures hired Margaret Holloway as a general partner.") is None


def test_a_columns_transition_in_front_of_the_sentence():
    assert _triple("In other museum personnel news, Margaret Holloway, deputy director of Northgate Gallery, has been appointed "
                   "director of the Riverbend Museum of Glass.") == ("Margaret Holloway", "director", "Riverbend Museum of Glass")


def test_will_be_the_next_title_of_the_org():
    assert _triple("Margaret Holloway will be the next president and CEO of the Riverbend Policy Institute.") == (
        "Margaret Holloway", "president and CEO", "Riverbend Policy Institute")
    assert extract_appointment("Margaret Holloway will be the next speaker at the Riverbend Policy Summit.") is None


def test_chosen_by_the_board_of_the_org_as_its_next_title():
    assert _triple("Margaret Holloway has been chosen by the board of directors of the Riverbend Institute for Applied "
                   "Economics as its next president.") == ("Margaret Holloway", "president", "Riverbend Institute for Applied Economics")


@pytest.mark.parametrize("text, expected", [
    ("New Riverbend Police Chief Margaret Holloway was officially sworn in during a ceremony on Tuesday.",
     ("Margaret Holloway", "Police Chief", "Riverbend")),
    ("Northgate's new fire chief - Thomas Ferrante - will be sworn in on Monday afternoon.",
     ("Thomas Ferrante", "fire chief", "Northgate")),
])
def test_an_official_sworn_into_the_post(text, expected):
    assert _triple(text) == expected


@pytest.mark.parametrize("text", [
    "Margaret Holloway was formally sworn in as the city's new chief of police Monday.",  # no body named
    "Riverbend City Council member Margaret Holloway was sworn in on Monday.",  # a council seat, no job title
    "Judge Margaret Holloway was sworn in on Monday.",
])
def test_a_swearing_in_without_a_body_and_a_job_title_is_not_read(text):
    assert extract_appointment(text) is None


def test_a_school_board_acts_for_its_district_and_the_day_is_no_part_of_the_title():
    found = extract_appointment("The Riverbend School District Board of Education selected Margaret Holloway as its new "
                                "superintendent Tuesday, March 15.")
    assert found is not None and found.person == "Margaret Holloway" and found.title == "superintendent"
    assert found.company.removeprefix("The ") == "Riverbend School District"


def test_a_governing_board_and_the_day_it_acted_stand_for_the_organisation():
    found = extract_appointment("The Riverbend County Learning Center’s governing board on Thursday named Margaret Holloway "
                                "its new superintendent.")
    assert found is not None and (found.person, found.title) == ("Margaret Holloway", "superintendent")
    assert found.company.removeprefix("The ") == "Riverbend County Learning Center"


def test_a_place_dateline_with_a_colon_is_no_part_of_the_company():
    assert _triple("Springfield, Illinois: Riverbend Playhouse Names Margaret Holloway As Managing Director") == (
        "Margaret Holloway", "Managing Director", "Riverbend Playhouse")


def test_an_ordinal_is_never_read_as_a_name():
    # "As Sixth Artistic Director": no person called "Sixth Artistic"
    found = extract_appointment("Riverbend Playhouse names margaret holloway As Sixth Artistic Director")
    assert found is None or found.person != "Sixth Artistic"


def test_a_subject_that_has_named_someone_is_not_the_one_named():
    found = extract_appointment("Uptown's Riverbend Music Hall has named British conductor Margaret Holloway its new "
                                "artistic director.")
    assert found is None or found.person == "Margaret Holloway"


def test_a_name_with_its_own_of_is_not_cut_at_it():
    assert _triple("Margaret Holloway has been named the next president and CEO of City of Riverbend Credit Union.") == (
        "Margaret Holloway", "president and CEO", "City of Riverbend Credit Union")
    # a department after "of" stays in the title
    assert _triple("Margaret Holloway has been named VP of Sales of Riverbend Corp.") == (
        "Margaret Holloway", "VP of Sales", "Riverbend Corp.")
