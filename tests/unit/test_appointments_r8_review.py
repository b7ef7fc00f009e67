"""Round 8 (appt8), after review: the shapes the review found too loose, narrowed. Both sides are pinned with made-up
sentences of the reviewer's kind (never its own wording): what must be refused (or held below the draft line) and what must
still be read."""

from __future__ import annotations

import pytest

from signals.extract.job_change import explain_appointment

DRAFT = 0.6


def _answer(text: str):
    decision = explain_appointment(text)
    if decision is None:
        return None
    a = decision.appointment
    return a.person, a.title, a.company, decision.confidence


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
    assert _answer("Tomas Ekberg announces he is now Quillon CEO")[3] >= DRAFT


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
    ("Tarnwick United hire Laura Finch as head of recruitment", "Laura Finch", "head of recruitment", "Tarnwick United"),
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
    assert found is not None and found[:3] == ("Laura Finch", title, company) and found[3] >= DRAFT, found


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
