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
