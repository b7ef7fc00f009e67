"""Round 8 (appt8), after review: the shapes the review found too loose, narrowed. Both sides are pinned with made-up
sentences of the reviewer's kind (never its own wording): what must be refused (or held below the draft line) and what must
still be read."""

from __future__ import annotations

import pytest

from signals.extract.job_change import explain_appointment
from tests.conftest import appointment_answer as _answer

DRAFT = 0.6


def _not_drafted(text: str) -> None:
    found = _answer(text)
    assert found is None or found[3] < DRAFT, (text, found)


# 1. "P says he/she is now <C> <Title>": the span before the title is no rank, scope or place
@pytest.mark.parametrize("text", [
    "Laura Finch says she is now Deputy CEO",
    "Peter Holm says he is now Interim President",
    "Laura Finch says she is now Ohio CEO",
    "Peter Holm says he is now Former Pellam CEO",
    "Laura Finch announces she is now Honorary Managing Director",
    "Peter Holm confirms he is now Co-founder CEO",
    "Laura Finch says she is now UK President",
])
def test_review_is_now_a_rank_or_place_is_no_company(text: str) -> None:
    assert _answer(text) is None


def test_review_is_now_a_company_title_is_still_read() -> None:
    assert _answer("Laura Finch confirms she is now Tarnwick Foods President")[:3] == ("Laura Finch", "President", "Tarnwick Foods")
    # one bare word before the title is held for review since the second review (test_review2_is_now_needs_a_company_shaped_name)
    assert _answer("Tomas Ekberg announces he is now Quillon CEO")[:3] == ("Tomas Ekberg", "CEO", "Quillon")


# 2. "<Subject> rose after the <noun> named P": the subject is the company's stock, the noun a word for the company
@pytest.mark.parametrize("text", [
    "Solana slumped after the exchange named Laura Finch as its new CEO",
    "Silver fell after the lender named Laura Finch as its chief economist",
    "The FTSE 100 rose after the bank named Peter Holm as its CEO",
    "Pellam shares jumped after the owner named Laura Finch as its CEO",
    "Pellam stock slid after the suitor named Peter Holm as its CFO",
    "Pellam shares rose after the union named Peter Holm as its president",
    "Harwick parents protested after the board named Laura Finch as superintendent",
])
def test_review_after_the_noun_named_refused(text: str) -> None:
    _not_drafted(text)


@pytest.mark.parametrize(("text", "person", "title", "company"), [
    ("Shares of Tarnwick Foods rose after the retailer named Laura Finch as its new chief executive.",
     "Laura Finch", "chief executive", "Tarnwick Foods"),
    ("Tarnwick Mining's shares rose after the miner named Laura Finch as its new CEO", "Laura Finch", "CEO", "Tarnwick Mining"),
    ("Harwick Bank shares fell after the lender named Tomas Ekberg as chief financial officer",
     "Tomas Ekberg", "chief financial officer", "Harwick Bank"),
])
def test_review_after_the_noun_named_read(text: str, person: str, title: str, company: str) -> None:
    found = _answer(text)
    assert found is not None and found[:3] == (person, title, company) and found[3] >= DRAFT, found


def test_review_a_price_move_without_shares_is_held() -> None:
    # no "shares"/"stock": the subject may be an asset or an index, so the answer is recorded for review only
    for text in ("CORVEL Mining yesterday climbed 2.1 percent in early trade after the miner named Petra Vale as its new chief executive.",
                 "Tarnwick Mining surged 4 percent in morning trade after the miner named Laura Finch as its new chief executive"):
        found = _answer(text)
        assert found is not None and found[3] < DRAFT, found
    _not_drafted("Ether jumped 6% in early trading after the exchange named Laura Finch as its new CEO")


# 3. The British plural "hire/promote" only after a club's name
@pytest.mark.parametrize("text", [
    "Democrats hire Peter Holm as communications director",
    "Voters promote Laura Finch as next mayor",
    "Investors hire Peter Holm as adviser",
    "Critics promote Laura Finch as Pellam's next CEO",
])
def test_review_a_plural_common_noun_is_no_employer(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(("text", "person", "title", "company"), [
    ("Pellam Rovers promote Peter Holm to assistant manager", "Peter Holm", "assistant manager", "Pellam Rovers"),
    # ("Tarnwick United" alone is no club's name since the second review: "City"/"United" need a known club, "FC" or a football
    # story, see test_review2_city_and_united_are_no_club_alone)
    ("Tarnwick United hire Laura Finch as head of recruitment for the academy", "Laura Finch", "head of recruitment",
     "Tarnwick United"),
])
def test_review_a_clubs_plural_verb_is_read(text: str, person: str, title: str, company: str) -> None:
    found = _answer(text)
    assert found is not None and found[:3] == (person, title, company) and found[3] >= DRAFT, found


# 4. The successor in the next sentence: the first sentence's organisation, never a politician; no reporting verb in the title
@pytest.mark.parametrize("text", [
    "Pellam chief to go\nThe Kremlin said press director Peter Holm will leave in May. Putin said Holm would be replaced by Laura Finch.",
    "Finance aide to quit\nThe department said finance director Peter Holm will resign. Sunak said Holm would be replaced by Laura Finch.",
    "Pellam CEO to retire\nPellam said chief executive Peter Holm will retire. Globex said Holm would be replaced by Laura Finch.",
])
def test_review_successor_speaker_is_the_first_sentences_organisation(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(("text", "title", "company"), [
    ("Pellam CEO to retire\nPellam, the grocer, said chief executive Peter Holm is to step down in June. Pellam said Holm, 61, "
     "would be replaced by Laura Finch.", "chief executive", "Pellam"),
    ("Pellam CFO to leave\nPellam said that chief financial officer Peter Holm will leave next year. The company said Holm would "
     "be replaced by Laura Finch.", "chief financial officer", "Pellam"),
    ("Manager to leave\nThe club said technical director Peter Holm will leave in May. Tarnwick said Holm would be replaced by "
     "Laura Finch.", "technical director", "Tarnwick"),
])
def test_review_successor_next_sentence_read_with_a_clean_title(text: str, title: str, company: str) -> None:
    found = _answer(text)
    # read, but held for review since the second review: two sentences' inference is never drafted
    assert found is not None and found[:3] == ("Laura Finch", title, company) and found[3] < DRAFT, found


# 5. "P said he/she will take over as T at C": the speaker opens the sentence, no members' body. (The pronoun is not
# checked against the name: that would mean guessing a sex from a given name, which the extractor does not do.)
@pytest.mark.parametrize("text", [
    "Pellam board member Laura Finch said he will take over as CEO at Pellam in June",
    "Peter Holm said he will serve as president of the Harwick Lions Club",
    "Laura Finch said she will serve as chair of the Harwick Chamber of Commerce",
    "Peter Holm announced that he will serve as secretary of the Pellam Residents Association",
    "Headlines of the week\nPeter Holm said he will serve as president of the Harwick Golf Club.",
])
def test_review_own_word_refused_or_held(text: str) -> None:
    _not_drafted(text)


@pytest.mark.parametrize(("text", "person", "title", "company"), [
    ("Laura Finch announced that she will take over as chief executive at Tarnwick Foods",
     "Laura Finch", "chief executive", "Tarnwick Foods"),
    ("Peter Holm said on Monday that he will take over as CEO at Pellam next month", "Peter Holm", "CEO", "Pellam"),
])
def test_review_own_word_read(text: str, person: str, title: str, company: str) -> None:
    found = _answer(text)
    assert found is not None and found[:3] == (person, title, company) and found[3] >= DRAFT, found


# 6. A past move told with "stepped up / took over / has taken over" is held for review like "was named ... in 2019"
@pytest.mark.parametrize("text", [
    "Laura Finch stepped up as CEO of Pellam in 2016",
    "Peter Holm took over as chief executive of Pellam two years ago",
    "At Pellam, Laura Finch took over as CEO last year.",
    "Peter Holm has taken over as CEO of Pellam after the founder died in 2021",
    "Five years ago, Peter Holm stepped up as chief executive of Pellam",
])
def test_review_past_moves_with_the_new_verbs_are_held(text: str) -> None:
    _not_drafted(text)


def test_review_a_present_step_up_is_still_drafted() -> None:
    found = _answer("Laura Finch stepped up as CEO of Pellam this week")
    assert found is not None and found[:3] == ("Laura Finch", "CEO", "Pellam") and found[3] >= DRAFT


# 7. The At-shape and "steps up as": government seats, countries, chambers, associations and members' clubs are no employers
@pytest.mark.parametrize("text", [
    "At the Kremlin, Peter Holm has taken over as chief of staff.",
    "At the Harwick Golf Club, Laura Finch has taken over as captain.",
    "At the Harwick Chamber of Commerce, Laura Finch has stepped up as president.",
    "Peter Holm steps up as interim president of Moldova",
    "Laura Finch steps up as chair of the Harwick Business Association",
])
def test_review_civic_posts_refused(text: str) -> None:
    _not_drafted(text)


@pytest.mark.parametrize(("text", "person", "title", "company"), [
    ("At Pellam Foods, Laura Finch has taken over as chief executive.", "Laura Finch", "chief executive", "Pellam Foods"),
    ("Peter Holm steps up as CEO of Harwick Building Society", "Peter Holm", "CEO", "Harwick Building Society"),
    ("Laura Finch steps up as chief executive of Pellam Football Club", "Laura Finch", "chief executive", "Pellam Football Club"),
    ("Laura Dansk has stepped up as executive director of the Halvard Chamber Players.",
     "Laura Dansk", "executive director", "Halvard Chamber Players"),
])
def test_review_employers_still_read(text: str, person: str, title: str, company: str) -> None:
    found = _answer(text)
    assert found is not None and found[:3] == (person, title, company) and found[3] >= DRAFT, found


# 8. A hire headline that also reports a departure stays a drafted move (present-tense headline verbs are successor words)
@pytest.mark.parametrize(("text", "title"), [
    ("Pellam hires Laura Finch as CFO; company says that Peter Holm will retire", "CFO"),
    ("Pellam taps Laura Finch as COO; says that Peter Holm will step down in May", "COO"),
    ("Pellam elevates Laura Finch to president; announced that Peter Holm will leave", "president"),
])
def test_review_hire_with_a_reported_departure_is_drafted(text: str, title: str) -> None:
    found = _answer(text)
    assert found is not None and found[:3] == ("Laura Finch", title, "Pellam") and found[3] >= DRAFT, found


def test_review_a_reported_departure_alone_is_refused() -> None:
    assert _answer("Pellam announced that longtime president Peter Holm will retire") is None


# ---------------------------------------------------------------------------------------------------------------------
# Second review (rev2): made-up sentences, both sides.
# ---------------------------------------------------------------------------------------------------------------------

# A1. A reported departure is refused only when the answer's person lies inside the departure's own clause; a hire told in
# another clause stays drafted whatever hire verb the headline uses
@pytest.mark.parametrize(("text", "title"), [
    ("Harwick brings in Selma Ortiz as CFO; says that Bruno Kade will leave", "CFO"),
    ("Harwick poaches Selma Ortiz as CTO; said that Bruno Kade will leave", "CTO"),
    ("Harwick adds Selma Ortiz as COO; says that Bruno Kade will retire", "COO"),
    ("Harwick nabs Selma Ortiz as CMO; confirms that Bruno Kade will step down", "CMO"),
    ("Harwick rehires Selma Ortiz as CEO; says that Bruno Kade will retire", "CEO"),
    ("Harwick welcomes Selma Ortiz as CEO; said that Bruno Kade would retire", "CEO"),
    ("Selma Ortiz joins Harwick as CEO; company says that Bruno Kade will retire", "CEO"),
])
def test_review2_hire_beside_a_reported_departure_is_drafted(text: str, title: str) -> None:
    found = _answer(text)
    assert found is not None and found[:3] == ("Selma Ortiz", title, "Harwick") and found[3] >= DRAFT, found


def test_review2_hire_then_a_departure_clause_after_as_is_drafted() -> None:
    found = _answer("Harwick Corp. announced that Selma Ortiz will join as chief financial officer, as Bruno Kade will retire")
    assert found is not None and found[:3] == ("Selma Ortiz", "chief financial officer", "Harwick Corp.") and found[3] >= DRAFT


@pytest.mark.parametrize("text", [
    "Tolvane announced Tuesday that longtime Brisk Brewing president, Bruno Kade, 61, will retire",
    "Tolvane Foods said that veteran Orrin Mills chief Bruno Kade will step down next year",
])
def test_review2_person_inside_the_departure_clause_is_refused(text: str) -> None:
    assert _answer(text) is None


# A2. Only a real time after On/In/At is refused as the employer
@pytest.mark.parametrize(("text", "company"), [
    ("On the Dune appoints Bruno Kade as CFO", "On the Dune"),
    ("In the Green Ltd names Selma Ortiz CEO", "In the Green Ltd"),
    ("On the Go Bakery hires Selma Ortiz as COO", "On the Go Bakery"),
    ("At the weekend Harwick named Selma Ortiz CEO", "Harwick"),
])
def test_review2_on_the_in_the_companies_are_read(text: str, company: str) -> None:
    found = _answer(text)
    assert found is not None and found[2] == company and found[3] >= DRAFT, found


@pytest.mark.parametrize("text", [
    "At Thursday's board meeting, Selma Ortiz was named chief executive",
    "at the end of the meeting, Selma Ortiz was named chief executive",
    "In the evening, Selma Ortiz was named chief executive",
])
def test_review2_a_time_is_no_employer(text: str) -> None:
    found = _answer(text)
    assert found is None or not found[2].lower().startswith(("at ", "in ")), found


# B1. The successor named in the next sentence: never drafted; a politician, a government or a bare name speaking is refused
@pytest.mark.parametrize("text", [
    "Reshuffle\nDurand said budget director Bruno Kade will resign. Durand said Kade would be replaced by Selma Ortiz.",
    "Shake-up\nHolloway said finance director Bruno Kade will leave. Holloway said Kade would be replaced by Selma Ortiz.",
    "Treasury aide\nThe Treasury said deputy director Bruno Kade will leave. It said Kade would be replaced by Selma Ortiz.",
    "Defence post\nThe Pentagon said press director Bruno Kade will leave. It said Kade would be replaced by Selma Ortiz.",
    "Police chief\nMillbrook Police said police chief Bruno Kade will retire. Millbrook Police said Kade would be replaced by Selma Ortiz.",
])
def test_review2_successor_speaker_that_is_no_company_is_refused(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize("text", [
    "Tolvane CEO to go\nTolvane, the grocer, said chief executive Bruno Kade is to step down. Tolvane said Kade would be replaced by Selma Ortiz.",
    "Tolvane CFO to go\nTolvane Holdings said chief financial officer Bruno Kade will leave. Tolvane Holdings said Kade would be replaced by Selma Ortiz.",
])
def test_review2_successor_next_sentence_is_held_not_drafted(text: str) -> None:
    found = _answer(text)
    assert found is not None and found[0] == "Selma Ortiz" and found[3] < DRAFT, found


# B2, C1, C2, C4, C6. Every new shape refuses a government's or members' body's office and any country
@pytest.mark.parametrize("text", [
    "At the CIA, Bruno Kade has taken over as deputy director.",
    "At the Supreme Court, Selma Ortiz has taken over as chief justice.",
    "At the United Nations, Bruno Kade has taken over as envoy director.",
    "At the Millbrook Fire Department, Bruno Kade has taken over as chief.",
    "Bruno Kade says he is now Senate President",
    "Selma Ortiz says she is now PTA President",
    "Bruno Kade says he is now Student Union President",
    "Bruno Kade says he is now Parish Council President",
    "Selma Ortiz says she is now Party President",
    "Selma Ortiz says she is now Village President",
    "Selma Ortiz says she is now Sorority President",
    "Bruno Kade says he is now Fraternity President",
    "Selma Ortiz says she is now Fan Club President",
    "Bruno Kade says he is now Chapter President",
    "Selma Ortiz says she is now Class President",
    "Bruno Kade steps up as acting director of the NSA",
    "Selma Ortiz steps up as interim head of the FBI",
    "Bruno Kade steps up as head of the Millbrook Police Department",
    "Bruno Kade is new President of Peru",
    "Selma Ortiz is new President of Namibia",
    "Selma Ortiz is new President of the Millbrook Chamber of Commerce",
    "Selma Ortiz has accepted a new position as president of the Millbrook Rotary Club",
    "Selma Ortiz said she will take over as head of the FBI",
    "Bruno Kade said he will take over as president of the Millbrook Borough",
    "Bruno Kade said he will serve as honorary president of Harwick Football Club",
])
def test_review2_civic_posts_refused_in_every_new_shape(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(("text", "person", "title", "company"), [
    ("At Harwick Bank, Bruno Kade has taken over as chief risk officer.", "Bruno Kade", "chief risk officer", "Harwick Bank"),
    ("Selma Ortiz steps up as CEO of Tolvane Foods", "Selma Ortiz", "CEO", "Tolvane Foods"),
    ("Selma Ortiz is new President of Tolvane Institute", "Selma Ortiz", "President", "Tolvane Institute"),
    ("Bruno Kade has accepted a new position as director of operations at Tolvane", "Bruno Kade", "director of operations", "Tolvane"),
    ("Selma Ortiz said she will take over as CEO at Tolvane Systems next month", "Selma Ortiz", "CEO", "Tolvane Systems"),
    # ("Selma Ortiz says she is now Tolvane Foods CEO" is read but held for review since the final review: two plain
    # title-case words are as often a team or a committee; see test_review3_is_now_two_plain_words_is_read_and_held)
    ("Bruno Kade announces he is now QuillWorks CEO", "Bruno Kade", "CEO", "QuillWorks"),
])
def test_review2_employers_still_read_in_the_new_shapes(text: str, person: str, title: str, company: str) -> None:
    found = _answer(text)
    assert found is not None and found[:3] == (person, title, company) and found[3] >= DRAFT, found


# C1. "is now <C> <Title>": held unless C is company-shaped (a corporate word, a mixed-case brand, two+ name words)
@pytest.mark.parametrize(("text", "company"), [
    ("Selma Ortiz says she is now Tech CEO", "Tech"),
    ("Bruno Kade says he is now Billionaire CEO", "Billionaire"),
    ("Bruno Kade says he is now Sole CEO", "Sole"),
    ("Selma Ortiz says she is now Tolvane CEO", "Tolvane"),
])
def test_review2_is_now_needs_a_company_shaped_name(text: str, company: str) -> None:
    _not_drafted(text)


# C3. "City"/"United" before a plural "hire/promote" is a club's name only when the club is known or the story is football's
@pytest.mark.parametrize("text", [
    "New York City hire Selma Ortiz as schools chancellor",
    "Kansas City promote Bruno Kade to fire chief",
    "Dodge City hire Bruno Kade as police chief",
    "Families United hire lawyer Bruno Kade as counsel",
    "Millbrook City hire Selma Ortiz as finance director",
])
def test_review2_city_and_united_are_no_club_alone(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(("text", "company"), [
    ("Leeds United hire Bruno Kade as manager", "Leeds United"),
    ("Exeter City promote Selma Ortiz to chief executive", "Exeter City"),
    ("Millbrook City FC hire Bruno Kade as manager", "Millbrook City FC"),
    ("Millbrook City promote first-team coach Bruno Kade to manager", "Millbrook City"),
    ("Bristol Rovers promote Bruno Kade to manager", "Bristol Rovers"),
])
def test_review2_clubs_plural_verb_still_read(text: str, company: str) -> None:
    found = _answer(text)
    assert found is not None and found[2] == company and found[3] >= DRAFT, found


# C5. After-the-noun-named: a bare director or board member is a board seat; a unit's post is held
@pytest.mark.parametrize("text", [
    "Tolvane shares rose after the company named Bruno Kade as a director",
    "Tolvane shares rose after the company named Bruno Kade as director",
    "Tolvane shares rose after the company named Bruno Kade as its new board member",
    "Tolvane shares rose after the company named Bruno Kade as an independent director",
])
def test_review2_after_the_noun_board_seat_refused(text: str) -> None:
    assert _answer(text) is None


def test_review2_after_the_noun_units_post_is_held() -> None:
    _not_drafted("Tolvane shares rose after the company named Bruno Kade as chief executive of its Quillon unit")
    found = _answer("Tolvane shares rose after the company named Bruno Kade as director of sales")
    assert found is not None and found[:3] == ("Bruno Kade", "director of sales", "Tolvane") and found[3] >= DRAFT, found


# C6. More past-time markers hold a past move
@pytest.mark.parametrize("text", [
    "Bruno Kade stepped up as CEO of Tolvane during the pandemic",
    "Back in 2014, Bruno Kade took over as CEO of Tolvane",
    "Bruno Kade took over as CEO of Tolvane back in 2014",
    "Bruno Kade took over as CEO of Tolvane in the early days of the firm",
    "Bruno Kade had previously been named CEO of Tolvane",
])
def test_review2_past_markers_hold(text: str) -> None:
    _not_drafted(text)


def test_review2_previously_describing_the_old_job_is_no_past_move() -> None:
    found = _answer("Bruno Kade, previously chief operating officer, has been named CEO of Tolvane")
    assert found is not None and found[:3] == ("Bruno Kade", "CEO", "Tolvane") and found[3] >= DRAFT, found


# Final review of the merged round (rev3): made-up sentences of each finding, both sides.
@pytest.mark.parametrize(("text", "person", "title", "company"), [
    ("Harwick Foods hires Mara Lind as CFO\nGlobex said that Mara Lind will leave the company at the end of June.",
     "Mara Lind", "CFO", "Harwick Foods"),
    ("Mara Lind joins Harwick Foods as CFO\nHer former employer Globex said that Mara Lind would leave in May.",
     "Mara Lind", "CFO", "Harwick Foods"),
    ("Harwick Foods announced that CFO Mara Lind will succeed Otto Brand, who is set to retire, as chief executive",
     "Mara Lind", "chief executive", "Harwick Foods"),
    ("Harwick Foods announced that Mara Lind will become CEO, succeeding Otto Brand, who plans to retire",
     "Mara Lind", "CEO", "Harwick Foods"),
])
def test_review3_a_hire_whose_person_leaves_an_old_employer_is_drafted(text: str, person: str, title: str, company: str) -> None:
    found = _answer(text)
    assert found is not None and found[:3] == (person, title, company) and found[3] >= DRAFT, found


@pytest.mark.parametrize("text", [
    "Pellam announced Tuesday that longtime Harwick Brewing president, Otto Brand, 61, will retire",
    "Otto Brand says he is now Rowing Team President",
    "Mara Lind says she is now Residents Committee President",
    "At City Hall, Otto Brand has taken over as budget director.",
    "At the Capitol, Mara Lind has taken over as chief of staff.",
    "Tulsa City hire Otto Brand as city manager",
    "Voters United hire Mara Lind as campaign manager",
])
def test_review3_not_drafted(text: str) -> None:
    _not_drafted(text)


def test_review3_a_mixed_case_brand_is_now_still_drafted() -> None:
    found = _answer("Otto Brand announces he is now QuillWorks CEO")
    assert found is not None and found[:3] == ("Otto Brand", "CEO", "QuillWorks") and found[3] >= DRAFT, found


def test_review3_is_now_two_plain_words_is_read_and_held() -> None:
    decision = explain_appointment("Selma Ortiz says she is now Tolvane Foods CEO")
    assert decision is not None and decision.confidence < DRAFT
    a = decision.appointment
    assert (a.person, a.title, a.company) == ("Selma Ortiz", "CEO", "Tolvane Foods")
