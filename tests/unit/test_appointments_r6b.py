"""Appointment shapes added in round 6's second appointment shift (rules only), each pinned by made-up sentences."""

from __future__ import annotations

import pytest

from signals.extract.job_change import extract_appointment


def test_acting_to_permanent_is_not_fractional() -> None:
    found = extract_appointment("Mira Castellanos, Lowgate Theatre's current acting managing director, assumes the role of "
                                "managing director officially.")
    assert found is not None
    assert (found.person, found.title, found.company, found.fractional) == (
        "Mira Castellanos", "managing director", "Lowgate Theatre", False)

READ = [
    # a post filled in the first sentence (after a broadcaster's dateline), taken over in the next one
    ("SPRINGFIELD (WXYZ) — The Springfield Botanical Garden has named a new executive director.\n"
     "Dr. Marla Quinlan will take over as head of the garden on May 3.",
     "Marla Quinlan", "executive director", "The Springfield Botanical Garden"),
    ("The Riverside Aquarium announced Tuesday it has named a new CEO.\nPatrick Holloway will take over as the aquarium's chief executive.",
     "Patrick Holloway", "CEO", "The Riverside Aquarium"),
    # the one who leaves in the first sentence (a date after it), the successor in the next one
    ("Gordon Pell will retire as CEO of Brightwater Analytics, effective June 30. He will be succeeded by Nadia Ferreira, "
     "who has led the firm's European business.", "Nadia Ferreira", "CEO", "Brightwater Analytics"),
    ("Halvorsen Marine CEO Rita Okafor to retire\nShe will be succeeded by Thomas Brandt, the company's COO.",
     "Thomas Brandt", "CEO", "Halvorsen Marine"),
    ("Gordon Pell will step down as president of Brightwater Analytics, effective March 1. Nadia Ferreira, the firm's CFO, will succeed Pell.",
     "Nadia Ferreira", "president", "Brightwater Analytics"),
    # plain one-sentence shapes
    ("Mira Castellanos has accepted an offer to become the next director of the Eastbrook Public Library, effective in June.",
     "Mira Castellanos", "director", "Eastbrook Public Library"),
    ("Town Manager Ed Voss has announced the selection of Mira Castellanos as director of the Eastbrook Public Library.",
     "Mira Castellanos", "director", "Eastbrook Public Library"),
    ("At Lowgate Ventures, Mira Castellanos was promoted to partner just a year after joining the firm.",
     "Mira Castellanos", "partner", "Lowgate Ventures"),
    ("Taking the helm as CEO of Northwind Games is Mira Castellanos.", "Mira Castellanos", "CEO", "Northwind Games"),
    ("As of March 1, 2024, the new head of the Eastbrook Institute will be Mira Castellanos, a historian.",
     "Mira Castellanos", "head", "Eastbrook Institute"),
    # a city or state in front of the organisation owns nothing; a restaurant's own "'s" stays
    ("Chicago's Lakeshore Playhouse has named Mira Castellanos its new artistic director.",
     "Mira Castellanos", "artistic director", "Lakeshore Playhouse"),
    ("Ohio's Maple Street Theatre has named Mira Castellanos its new managing director.",
     "Mira Castellanos", "managing director", "Maple Street Theatre"),
    ("Off-Broadway's Lantern Street Theater has named playwright Mira Castellanos its new artistic director.",
     "Mira Castellanos", "artistic director", "Lantern Street Theater"),
    ("Harbor Brands named Mira Castellanos as President of Sal's Coastal Grill.", "Mira Castellanos", "President", "Sal's Coastal Grill"),
    ("McDonald's Corp has named Mira Castellanos its new CFO.", "Mira Castellanos", "CFO", "McDonald's Corp"),
    # a nickname in quotes between the names; a doubled "as"
    ('Northwind Esports has brought on Mira "Castle" Castellanos as CEO.', "Mira Castellanos", "CEO", "Northwind Esports"),
    ("Northwind Esports has brought on Mira \u201cCastle\u201d Castellanos as COO.", "Mira Castellanos", "COO", "Northwind Esports"),
    ("Mira Castellanos has been appointed as as Eastbrook Chamber's President/CEO.",
     "Mira Castellanos", "President/CEO", "Eastbrook Chamber"),
    # a post replaced, a post newly held
    ("Lowgate Foods has replaced its CEO Victor Hale with Mira Castellanos.", "Mira Castellanos", "CEO", "Lowgate Foods"),
    ("The Eastbrook Police Department has a new chief \u2013 former Deputy Chief Mira Castellanos, who was sworn in Monday.",
     "Mira Castellanos", "chief", "The Eastbrook Police Department"),
    # the first sentence's subject, the hire told of "the company" in the next
    ("Lowgate Foods has announced that it is to hire a new CISO.\nAccording to a trade paper, the company announced that it has "
     "hired Mira Castellanos as CISO.", "Mira Castellanos", "CISO", "Lowgate Foods"),
    # a bare date after the organisation
    ("Mayor Ed Voss announced Monday that Mira Castellanos, deputy director of a county library, will become director of the "
     "Eastbrook Public Library May 20.", "Mira Castellanos", "director", "Eastbrook Public Library"),
    # a hyphenated university title; a town and state after the subject; "has officially appointed"
    ("Westfield University has appointed Mira Castellanos as vice-chancellor.", "Mira Castellanos", "vice-chancellor", "Westfield University"),
    ("The governing council of Westfield University (WU) in Halden, Rivers State, has officially appointed Professor Mira Castellanos "
     "as the institution's new vice-chancellor.", "Mira Castellanos", "vice-chancellor", "Westfield University"),
    ("Lakeside Hospital in Dayton, Ohio, has named Mira Castellanos its new CEO.", "Mira Castellanos", "CEO", "Lakeside Hospital"),
    # a university named after a person is no person, whatever the appointee's given name
    ("Samuel Adeyemi University has appointed Professor Chidubem Okonkwo-Eze as vice-chancellor.",
     "Chidubem Okonkwo-Eze", "vice-chancellor", "Samuel Adeyemi University"),
    # two posts at two titles: the first one is read, not a title spanning both; the one replaced is no part of the post
    ("Lowgate Media announced Tuesday that Mira Castellanos has been named editor in chief of Harbor Living and editorial "
     "director of Trail Weekly.", "Mira Castellanos", "editor in chief", "Harbor Living"),
    ("Mira Castellanos has been named Pell's replacement as editor in chief of Harbor Living.",
     "Mira Castellanos", "editor in chief", "Harbor Living"),
    # a news source reporting the move in front of the summary's sentence
    ("Lowgate Foods Gains A New Managing Director From Rival\nTradeWire is reporting out of Canada that Lowgate Foods has announced "
     "Mira Castellanos will be its new managing director.", "Mira Castellanos", "managing director", "Lowgate Foods"),
    # a headline's "names new T", the next sentence's "said that P would be the new T"
    ("Eastbrook Chamber of Commerce names new President and CEO\nOn Friday the chamber wrote that Eastbrook native Mira "
     "Castellanos would be the new President and CEO of the chamber.", "Mira Castellanos", "President and CEO", "Eastbrook Chamber of Commerce"),
    # resigning (not only "leaving") to take up a post elsewhere
    ("Mira Castellanos has resigned from Lowgate Partners to take up the GC position at Northwind Brewing.",
     "Mira Castellanos", "GC", "Northwind Brewing"),
]

NOT_READ = [
    # the successor succeeds someone else than the one who leaves
    "Gordon Pell will step down as president of Brightwater Analytics, effective March 1. Nadia Ferreira will succeed Hugo Lind.",
    # no post named in the first sentence
    "The Riverside Aquarium opened a new wing on Tuesday.\nPatrick Holloway will take over as the wing's curator.",
    # no organisation named: "the lab" is no company
    "The new head of the lab will be Nadia Ferreira.",
    # an organisation named where a person should be
    "Taking the helm as CEO of Northwind Games is Nadia Holdings.",
    # a hope, not an announcement
    "Eastbrook Zoo names new director\nOfficials hope Nadia Ferreira will be the new director.",
    # a new post with no person after it
    "The Eastbrook Police Department has a new chief \u2013 and a new budget, officials said.",
]


@pytest.mark.parametrize(("text", "person", "title", "company"), READ)
def test_round6b_shapes_are_read(text: str, person: str, title: str, company: str) -> None:
    found = extract_appointment(text)
    assert found is not None, text
    assert (found.person, found.title, found.company) == (person, title, company)


@pytest.mark.parametrize("text", NOT_READ)
def test_round6b_near_misses_are_not_read(text: str) -> None:
    found = extract_appointment(text)
    assert found is None or found.person != "Nadia Ferreira" and found.person != "Patrick Holloway", found
