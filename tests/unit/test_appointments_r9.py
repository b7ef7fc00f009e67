"""Round 9 (appointments, a9): ordinary wrappers around a plain move, from the misses of a fresh batch of people-moves
columns, newsletters, telecom and agency trade press. Every sentence here is made up."""

from __future__ import annotations

import pytest

from tests.conftest import appointment_answer as _answer

DRAFT = 0.6


def _assert_read(text: str, person: str, title: str, company: str, drafted: bool = True, exact_title: bool = False) -> None:
    """The move is read: this person and employer, the title (or a title holding it), drafted or held for review."""
    found = _answer(text)
    assert found is not None, text
    assert found[0] == person and found[2] == company, found
    if exact_title:
        assert found[1].casefold() == title.casefold(), found
    else:
        assert title.casefold() in found[1].casefold(), found
    assert (found[3] >= DRAFT) == drafted, found


@pytest.mark.parametrize(("text", "person", "title", "company"), [
    # title words: a chief of technology and information, a managing director before a remit
    ("Harwick Bank names Laura Dansk CTIO", "Laura Dansk", "CTIO", "Harwick Bank"),
    ("Tomas Ekberg joins Quillon as MD of social media", "Tomas Ekberg", "MD of social media", "Quillon"),
    # the trade press's hiring verbs
    ("Harwick Bank has poached Quillon's Laura Dansk to be its executive creative director.",
     "Laura Dansk", "executive creative director", "Harwick Bank"),
    ("Harwick Bank has plucked Laura Dansk from Quillon to serve as its first chief strategy officer.",
     "Laura Dansk", "chief strategy officer", "Harwick Bank"),
    # the occasion before the main clause
    ("In response to Roe's departure, Harwick Bank promoted Laura Dansk to the position of Chief Financial Officer.",
     "Laura Dansk", "Chief Financial Officer", "Harwick Bank"),
    # an adverb inside the verb
    ("Laura Dansk has also been appointed managing director of Harwick Bank.", "Laura Dansk", "managing director", "Harwick Bank"),
    # a descriptive appositive after the subject
    ("Harwick, another major lender in the region, has appointed Laura Dansk as its new CFO.", "Laura Dansk", "CFO", "Harwick"),
    ("Harwick Systems, the payments group, has hired Laura Dansk as chief revenue officer.",
     "Laura Dansk", "chief revenue officer", "Harwick Systems"),
    # "continues to expand, adding P as its T"
    ("Harwick Group, the lobbying shop founded by two former aides, continues to expand, adding Tomas Ekberg as its third principal.",
     "Tomas Ekberg", "principal", "Harwick Group"),
    # leaving one employer to become another's T
    ("Laura Dansk is leaving Quillon in favor of becoming Harwick Bank's first CMO.", "Laura Dansk", "CMO", "Harwick Bank"),
    ("Laura Dansk is leaving Quillon to become Harwick Bank's chief marketing officer.",
     "Laura Dansk", "chief marketing officer", "Harwick Bank"),
    # departing one, and will join the next as T
    ("Tomas Ekberg is departing Quillon, where he was senior vice president for policy, and will join Harwick Denham & Reid as a partner.",
     "Tomas Ekberg", "partner", "Harwick Denham & Reid"),
    # a place before the title is no part of the name
    ("Harwick names Tara Ford London CCO as creative line-up evolves", "Tara Ford", "CCO", "Harwick"),
    # a comment clause after the move
    ("Meanwhile, former Quillon CFO Laura Dansk has taken over as CFO at Harwick Systems, further reflecting the churn in the sector.",
     "Laura Dansk", "CFO", "Harwick Systems"),
])
def test_round9_wrappers_read(text: str, person: str, title: str, company: str) -> None:
    _assert_read(text, person, title, company)


@pytest.mark.parametrize("text", [
    "Dr Laura Dansk MD of Harwick Clinic retires",
    "Harwick Bank has poached three traders from Quillon.",
    "In response to Roe's departure, Harwick Bank said it would begin a search.",
    "Following Laura Dansk's departure, Harwick Bank named no successor.",
    "Harwick, another major lender in the region, has appointed Quillon Partners as its agency of record.",
    "Harwick Group continues to expand, adding three offices in Texas.",
    "Laura Dansk is leaving Quillon to become a full-time consultant.",
    "Laura Dansk is leaving Quillon in favor of becoming a member of the board of Harwick Bank.",
    "Tomas Ekberg is departing Quillon, and will join the board of Harwick Bank.",
    "Laura Dansk has stepped down as CFO at Harwick Systems, further reflecting the churn in the sector.",
    "John Smith is to step down as CEO of Harwick Bank in the fall, to be replaced by an interim team.",
    "HARWICK BANK ADDS TALENT: Laura Dansk, a former aide, has registered to lobby for Quillon.",
])
def test_round9_near_misses_refuse(text: str) -> None:
    assert _answer(text) is None, text


def test_a_newsletter_rubric_is_no_company() -> None:
    # the capitals of the rubric were read as the company before round 9
    found = _answer("HARWICK ADDS APPROPS EXPERT: Harwick Group, the lobbying firm founded by two former aides, continues "
                    "to expand, adding Tomas Ekberg as its fourth principal.")
    assert found is not None and found[2] == "Harwick Group"
    found = _answer("QUILLON ADDS FORMER AIDE: Quillon Strategies has hired Laura Dansk as vice president of government affairs.")
    assert found is not None and found[:3] == ("Laura Dansk", "vice president of government affairs", "Quillon Strategies")


def test_an_honorific_and_a_name_is_no_post() -> None:
    assert _answer("This week, Harwick Strategies brought on Laura Dansk, a longtime aide to Vice President Tomas Ekberg, "
                   "the firm said.") is None


def test_a_successor_named_in_a_departure_sentence() -> None:
    found = _answer("John Smith is to step down as group CEO of Harwick Group plc in the fall, to be replaced by Laura Dansk, "
                    "the current group CFO.")
    assert found is not None and found[:3] == ("Laura Dansk", "group CEO", "Harwick Group plc")
    assert found[3] >= DRAFT


def test_thin_shapes_are_held_for_review() -> None:
    # the subject's new post and its holder, no verb of appointing: recorded, not drafted
    found = _answer("Weekly roundup: Harwick, Quillon, Brookvale\nHarwick Bank's new CTIO, Laura Dansk.")
    assert found is not None and found[:3] == ("Laura Dansk", "CTIO", "Harwick Bank") and found[3] < DRAFT
    # the move only in the summary's first sentence, behind a wrapper: recorded, not drafted
    found = _answer("Harwick Bank gets a new tech boss\nPayments veteran Laura Dansk has been poached from Quillon to become "
                    "Harwick Bank's CTIO.")
    assert found is not None and found[:3] == ("Laura Dansk", "CTIO", "Harwick Bank") and found[3] < DRAFT
    assert _answer("Harwick Bank's new headquarters, Dansk Tower.") is None


# ---- shapes from batch 2's misses, and what they exposed on dev (made-up sentences) ----

@pytest.mark.parametrize(("text", "person", "title", "company"), [
    # left one employer and is joining the next
    ("One of the city's best-known planners Laura Dansk has left Quillon and is joining Harwick Bank as its new head of strategy.",
     "Laura Dansk", "head of strategy", "Harwick Bank"),
    # "moved to bolster its ... capabilities hiring P from Z as T"
    ("Harwick Media has also moved to bolster its planning capabilities hiring Laura Dansk from Quillon as planning director.",
     "Laura Dansk", "planning director", "Harwick Media"),
    # "..., with P being elevated to the role of T"
    ("Harwick Media has announced the merger of its two trading desks, with Laura Dansk being elevated to the newly-created role "
     "of EMEA CEO.", "Laura Dansk", "EMEA CEO", "Harwick Media"),
    # the time at the old employer opens the sentence; departed and accepted a new position
    ("After five years with Quillon, chef Laura Dansk has departed the company and accepted a new position as Harwick Foods' "
     "head of culinary innovation.", "Laura Dansk", "head of culinary innovation", "Harwick Foods"),
])
def test_round9_batch2_shapes_read(text: str, person: str, title: str, company: str) -> None:
    _assert_read(text, person, title, company)


@pytest.mark.parametrize("text", [
    "Laura Dansk has left Quillon and is joining the board of Harwick Bank.",
    "Harwick Media has moved to bolster its balance sheet, hiring advisers to explore a sale.",
    "Harwick Media has announced the merger of its two trading desks, with Laura Dansk being moved to a part-time advisory post.",
    "After five years with Quillon, chef Laura Dansk has departed the company and accepted a new position as a consultant.",
    "After five years with Quillon, Laura Dansk has left the company.",
])
def test_round9_batch2_near_misses_refuse(text: str) -> None:
    assert _answer(text) is None, text


def test_an_old_employer_after_years_with_is_no_person() -> None:
    # read as person "Quillon Brewing" before round 9
    found = _answer("After three years with Quillon Brewing, brewmaster Laura Dansk has departed the company and accepted a new "
                    "position as Harwick Brewing Company's director of brewery operations.")
    assert found is not None and found[0] == "Laura Dansk"


def test_a_publication_s_attribution_is_no_part_of_the_title() -> None:
    found = _answer("Laura Dansk is joining Harwick Bank as its new head of strategy, Mumbrella can reveal.")
    assert found is not None and found[:3] == ("Laura Dansk", "head of strategy", "Harwick Bank")


# ---- scene-setting around a lateral hire, a publication's dateline, "to head" (made-up sentences) ----

@pytest.mark.parametrize(("text", "person", "title", "company", "drafted"), [
    # a publication's dateline, an interjection after the subject, a parent's possessive before it
    ("NEW YORK (Adland.com) -- Quillon Group's Harwick, as part of its effort to become a full-service agency, has plucked "
     "top strategist Laura Dansk from Brookvale to serve as its first chief strategy officer.",
     "Laura Dansk", "chief strategy officer", "Harwick", True),
    # the post told with "to head", a descriptor before the employer
    ("Laura Dansk to head global comms arm at science publisher Harwick Press", "Laura Dansk", "head of global comms",
     "Harwick Press", True),
    # a lateral hire told in passing: recorded for review
    ("Her hire came a week after Harwick & Reid hired Quillon Law funds partner Laura Dansk, its third City hire this year.",
     "Laura Dansk", "partner", "Harwick & Reid", False),
    ("In the City, US practices continued to boost their benches, with Harwick & Reid hiring Quillon Law banking partner "
     "Laura Dansk.", "Laura Dansk", "partner", "Harwick & Reid", False),
])
def test_round9_scene_setting_read(text: str, person: str, title: str, company: str, drafted: bool) -> None:
    _assert_read(text, person, title, company, drafted)


@pytest.mark.parametrize("text", [
    "Her hire came a week after Harwick & Reid lost three partners to Quillon Law.",
    "US practices continued to boost their benches, with Harwick & Reid hiring aggressively in New York.",
    "Laura Dansk to head home after the Harwick Press conference",
    "NEW YORK (Adland.com) -- Quillon Group's Harwick, as part of its effort to become a full-service agency, has opened an "
    "office in Brazil.",
])
def test_round9_scene_setting_near_misses_refuse(text: str) -> None:
    assert _answer(text) is None, text


def test_a_person_hiring_for_an_organisation_is_held_for_review() -> None:
    found = _answer("Also making a big move this week was Tomas Ekberg, who hired Laura Dansk as regional chief creative officer "
                    "for Harwick Asia.")
    assert found is not None and found[:3] == ("Laura Dansk", "regional chief creative officer", "Harwick Asia")
    assert found[3] < DRAFT
    assert _answer("Tomas Ekberg, who hired Laura Dansk as a favour for Harwick Asia, retired.") is None


# ---- shapes that brought dev back to its recall floor once the round's batches were added (made-up sentences) ----

@pytest.mark.parametrize(("text", "person", "title", "company", "drafted"), [
    # a creative director in agency press
    ("Harwick Agency names Laura Dansk regional CD", "Laura Dansk", "regional CD", "Harwick Agency", True),
    # a practice list before the post
    ("Laura Dansk joined Harwick & Reid's London office as an energy, infrastructure and project finance partner from Quillon Law.",
     "Laura Dansk", "partner", "Harwick & Reid", True),
    # the owner and the client before the agency that hires
    ("Quillon North America's dedicated Brookvale agency Harwick Unlimited has hired Laura Dansk as chief strategy officer.",
     "Laura Dansk", "chief strategy officer", "Harwick Unlimited", True),
    # a typo for "as"
    ("Harwick Health has appointed Laura Dansk at its new vice president and chief financial officer.",
     "Laura Dansk", "vice president and chief financial officer", "Harwick Health", True),
    ("Harwick Trust has appointed Quillon managing director Laura Dansk has its new chief executive.",
     "Laura Dansk", "chief executive", "Harwick Trust", True),
    # the article left out; a descriptive "one of ... \u2014" before the employer
    ("Laura Dansk is new President of Harwick Institute", "Laura Dansk", "President", "Harwick Institute", True),
    ("Dr Laura Dansk is the new chief executive of one of the largest trusts of its kind in the country \u2013 Harwick Health NHS Trust.",
     "Laura Dansk", "chief executive", "Harwick Health NHS Trust", True),
    # a new team led by the hire
    ("Harwick invests big in new strategy team, led by Quillon's Laura Dansk as chief strategy officer",
     "Laura Dansk", "chief strategy officer", "Harwick", True),
    # a recent move in a relative clause (present perfect): review only
    ("The role was previously held by three-year incumbent Laura Dansk, who has joined the Harwick Trust as its chief executive.",
     "Laura Dansk", "chief executive", "Harwick Trust", False),
])
def test_round9_dev_floor_shapes_read(text: str, person: str, title: str, company: str, drafted: bool) -> None:
    _assert_read(text, person, title, company, drafted)


@pytest.mark.parametrize("text", [
    "Harwick Records has re-released the CD",
    "Harwick Health has appointed Laura Dansk at its new hospital in Leeds.",
    "Laura Dansk is new to the Harwick Institute.",
    "Harwick invests big in new strategy team, led by its existing leadership",
    "The role was previously held by Laura Dansk, who joined the Harwick Trust as its chief executive in 2015.",
    "Quillon North America's dedicated Brookvale agency Harwick Unlimited has hired three new planners.",
])
def test_round9_dev_floor_near_misses_refuse(text: str) -> None:
    assert _answer(text) is None, text


def test_a_head_of_state_is_no_employer() -> None:
    found = _answer("A statement said the commitment followed President Kofi Mensah's appointment of Laura Dansk as the Managing "
                    "Director for Harwick Airports Company Limited.")
    assert found is None or found[2] != "President Kofi Mensah"


# Review fixes (round 9 review, ra9): the leaving/poached/departing rewrites read a person's name as the employer.
@pytest.mark.parametrize("text", [
    "Tomas Ekberg is leaving Quillon to become Governor Brandt's chief of staff.",
    "Tomas Ekberg is leaving Quillon to become Mayor Castell's deputy chief of staff.",
    "Tomas Ekberg has been poached from Quillon to become Senator Ravel's communications director.",
    "Tomas Ekberg is departing Quillon and will join Mayor Castell's office as policy director.",
    "Tomas Ekberg has left Quillon and is joining Governor Brandt as legislative director.",
    "Tomas Ekberg is leaving Quillon to become Vice President Laura Dansk's chief of staff.",
    "Tomas Ekberg is leaving Quillon to become Sir Laura Dansk's private secretary.",
    "Tomas Ekberg is leaving Quillon to become Laura Dansk's chief of staff.",
    "Tomas Ekberg is departing Quillon and will join Laura Dansk's office as a senior adviser.",
    "Tomas Ekberg is leaving Quillon to become Mr. Dansk's press secretary.",
])
def test_a_person_is_no_employer_in_the_leaving_rewrites(text: str) -> None:
    assert _answer(text) is None, text


@pytest.mark.parametrize(("text", "person", "title", "company", "drafted"), [
    # an organisation after the same words stays drafted
    ("Tomas Ekberg is leaving Quillon to become Harwick Bank's chief of staff.", "Tomas Ekberg", "chief of staff", "Harwick Bank", True),
    ("Tomas Ekberg has been poached from Quillon to become Brookvale Motors' communications director.",
     "Tomas Ekberg", "communications director", "Brookvale Motors", True),
    ("Tomas Ekberg is departing Quillon and will join Harwick Advisors as a managing director.",
     "Tomas Ekberg", "managing director", "Harwick Advisors", True),
    # a company named like a person ("Laura Dansk's chief executive" may be a fashion house): held for review, not dropped
    ("Tomas Ekberg is leaving Quillon to become Laura Dansk's chief executive.", "Tomas Ekberg", "chief executive", "Laura Dansk", False),
    # an honorific that also opens brands ("Lord", "King", "Mr") before a word that is no given name: held for review
    ("Tomas Ekberg is leaving Quillon to become Lord Harwick's chief investment officer.",
     "Tomas Ekberg", "chief investment officer", "Lord Harwick", False),
])
def test_an_owner_that_reads_as_an_organisation_or_maybe_one(text: str, person: str, title: str, company: str,
                                                              drafted: bool) -> None:
    _assert_read(text, person, title, company, drafted)


@pytest.mark.parametrize(("text", "person", "title", "company"), [
    # a rubric over a sentence whose company has "&" after its first word: the sentence's company, not the capitals
    ("HARWICK ADDS TAX LAWYER: Harwick & Reid has hired Laura Dansk as a partner in its tax group.",
     "Laura Dansk", "partner", "Harwick & Reid"),
    # a comment tail after a move whose subject carries an old employer ("Former Quillon CFO ..."), with no opener before it
    ("Former Quillon CFO Laura Dansk has taken over as CFO at Harwick Energy, further reflecting the churn in the sector.",
     "Laura Dansk", "CFO", "Harwick Energy"),
    # "Vice" alone or in a company's name is still a company
    ("Vice Media names Tomas Ekberg chief executive", "Tomas Ekberg", "chief executive", "Vice Media"),
    ("Harwick Vice President Laura Dansk has been named chief operating officer of Harwick.",
     "Laura Dansk", "chief operating officer", "Harwick"),
])
def test_review_fixes_read(text: str, person: str, title: str, company: str) -> None:
    _assert_read(text, person, title, company, exact_title=True)


@pytest.mark.parametrize("text", [
    # an office-holder naming an aide: no employer ('Vice', 'President-elect Dansk' were read as one)
    "Vice President Laura Dansk names Tomas Ekberg chief of staff",
    "Vice President Laura Dansk names Tomas Ekberg as his chief of staff.",
    "Deputy Prime Minister Laura Dansk names Tomas Ekberg chief of staff",
    "President-elect Dansk names Tomas Ekberg as chief of staff.",
    # a rubric over a sentence that tells no move
    "HARWICK & REID EXPANDS: Harwick & Reid has opened an office in Denver.",
    # a comment tail after no move
    "Former Quillon CFO Laura Dansk has spoken at Harwick Energy's summit, further reflecting the churn in the sector.",
])
def test_review_fixes_refuse(text: str) -> None:
    assert _answer(text) is None, text


@pytest.mark.parametrize("text", [
    # second review: an office-holder who is the sentence's subject is no employer in a rewritten shape either
    "Mayor Dansk continues to expand her office, adding Tomas Ekberg as policy director",
    "Governor Harwick continues to build out his administration, adding Tomas Ekberg as communications director",
    "Senator Dansk continues to expand his team, adding Tomas Ekberg as legislative director",
    "In response to Roe's departure, Senator Dansk promoted Tomas Ekberg to chief of staff",
    # ... nor a council member or a representative in a plain shape
    "Councilmember Laura Dansk names Tomas Ekberg chief of staff",
    "Representative Laura Dansk hires Tomas Ekberg as communications director",
])
def test_second_review_office_holders_refused(text: str) -> None:
    assert _answer(text) is None, text


@pytest.mark.parametrize(("text", "company"), [
    # ... while a company that continues to expand, or promotes after a departure, is read as before
    ("Harwick Bank continues to expand its team, adding Tomas Ekberg as chief risk officer", "Harwick Bank"),
    ("In response to Roe's departure, Harwick Bank promoted Tomas Ekberg to chief financial officer", "Harwick Bank"),
])
def test_second_review_companies_still_read(text: str, company: str) -> None:
    found = _answer(text)
    assert found is not None and found[0] == "Tomas Ekberg" and found[2] == company, found
