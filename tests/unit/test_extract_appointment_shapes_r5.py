"""Round 5 (appt4) appointment shapes, pinned with made-up sentences of the same shape."""

from signals.extract.job_change import extract_appointment


def _triple(text):
    found = extract_appointment(text)
    return None if found is None else (found.person, found.title, found.company)


def test_company_chief_named_after_title_acts_for_company():
    # the chief's name after "<Org> CEO" is no part of the company
    assert _triple("Acme CEO John Smith said the retailer has named Jane Doe as its new CMO.") == (
        "Jane Doe", "CMO", "Acme")
    assert _triple("Widgetco founder Mary Major announced on Monday that the company has named Jane Doe as its new CFO.") == (
        "Jane Doe", "CFO", "Widgetco")


def test_announced_will_be_its_new_title():
    assert _triple("Acme Australia has announced Jane Doe will be its new managing director.") == (
        "Jane Doe", "managing director", "Acme Australia")
    # "will be" without "its new/next" is no appointment
    assert extract_appointment("Acme Corp said Jane Doe will be a speaker at its conference.") is None


def test_outlet_reporting_before_the_org_first_sentence():
    assert _triple("Wirenews is reporting out of Australia that Acme Australia has announced "
                   "Jane Doe will be its new managing director.") == ("Jane Doe", "managing director", "Acme Australia")


def test_publisher_is_a_title():
    assert _triple("Jane Doe, a native Texan and group editor in Ohio, has been named the new publisher of The Daily Star.") == (
        "Jane Doe", "publisher", "The Daily Star")


def test_pronoun_move_in_second_clause():
    # the move told about "she" after "but", the person the first clause's subject
    assert _triple("Outgoing sales chief Jane Roe is staying on for now, but she will start in May as CFO of Acme Corp.") == (
        "Jane Roe", "CFO", "Acme Corp")
    # a chair is no job, and no full name with a known given name leads the sentence: nothing
    assert extract_appointment("Jane Roe said the deal was good, and she will join the board as chair of Acme.") is None
    assert extract_appointment("The retiring boss is staying on, but she will start in May as CFO of Acme Corp.") is None


def test_round_letter_ends_a_sentence():
    assert _triple("Acme raises cash\nAcme closed its Series A. Jane Doe, a former Google executive, "
                   "has been appointed CFO of Acme.") == ("Jane Doe", "CFO", "Acme")


def test_surname_headline_with_full_name_and_title_in_summary():
    assert _triple("Acme names Roe as Smith successor in cancer R&D\nJane Roe, Ph.D., is moving up the ladder to "
                   "executive vice president of oncology research to fill the shoes of the late John Smith.") == (
        "Jane Roe", "executive vice president of oncology research", "Acme")
    assert _triple("Acme names Roe to top research job\nJane Roe will be promoted to executive vice president of research.") == (
        "Jane Roe", "executive vice president of research", "Acme")
    # the summary's person is someone else: nothing
    assert extract_appointment("Acme names Roe to top research job\nMary Major will be promoted to executive vice "
                               "president of research.") is None


def test_two_word_org_keeps_its_has_in_the_summary():
    # without "has", "Widget Liquidators named Jane Doe ..." reads like a person's name before "named"
    assert _triple("Widget Liquidators names new president, COO\nWidget Liquidators, the Ohio-based flooring retailer, "
                   "has named Robert M. Lynch president and chief operating officer.") == (
        "Robert M. Lynch", "president and chief operating officer", "Widget Liquidators")


def test_en_dash_dateline_and_a_new_post_created_in_the_headline():
    assert _triple("Harbour Authority Creates New Role for Growth\nPORT SMITHTON \u2013 The Port Smithton Harbour Authority "
                   "is pleased to announce the promotion of David Roe to the newly created position of Director, "
                   "Public Relations effective May 1, 2013.") == (
        "David Roe", "Director, Public Relations", "The Port Smithton Harbour Authority")


def test_new_title_colon_name():
    assert _triple("On May 1, 2007 Widgetco found itself with a new Director of Web Development: Jane Doe.") == (
        "Jane Doe", "Director of Web Development", "Widgetco")
    assert _triple("Widgetco welcomes a new CFO: Jane Doe") == ("Jane Doe", "CFO", "Widgetco")


def test_surname_headline_board_seat_is_no_move():
    assert extract_appointment("Acme names Roe to board\nJane Roe will become a director of the company.") is None
    assert extract_appointment("Acme names Roe to lead unit\nJane Roe will become a director of the company.") is None


def test_post_accepted_then_who_will_join():
    assert _triple("The former boss of the charity Youth Works has accepted the chief executive job at the city's biggest "
                   "food charity.\nJane Roe, who will join The Acme Project in January, succeeds John Smith, who left in "
                   "August.") == ("Jane Roe", "chief executive", "The Acme Project")
    # no named person in the next sentence, or no job title: nothing
    assert extract_appointment("A former banker has accepted the chief executive job at a big charity.\nThe board, "
                               "who will join The Acme Project in January, met.") is None
    assert extract_appointment("A former banker has accepted the board seat job at a big charity.\nJane Roe, who will "
                               "join The Acme Project in January, said hello.") is None


def test_hire_headline_with_initials_and_is_now_at_in_summary():
    assert _triple("A&B SNAGS ROE\nJane Roe, who has run political programs for Widgetco, Gadget Inc and Blue Cross/Blue "
                   "Shield, is now senior VP and PA director at Acme & Beta.") == (
        "Jane Roe", "senior VP and PA director", "Acme & Beta")
    # the headline must be a hire naming the same person
    assert extract_appointment("A&B SNAGS ROE\nMary Major, who has run programs for Widgetco, is now senior VP at "
                               "Acme & Beta.") is None
    assert extract_appointment("Roe profile\nJane Roe, who has run programs for Widgetco, is now senior VP at Acme & Beta.") is None


def test_summary_words_the_headline_post_in_full():
    assert _triple("Acme names new Europe president, shuffles design exec\nJane Roe, Acme's managing director of Acme "
                   "Canada, will be promoted to senior vice president and president of Europe.") == (
        "Jane Roe", "senior vice president and president of Europe", "Acme")
    # the summary's person moves to another post (no shared head word): not the headline's hire; her own move is
    assert _triple("Acme names new Europe president\nJane Roe, Acme's managing director, will be promoted "
                   "to chief operating officer.") == ("Jane Roe", "chief operating officer", "Acme")
