"""Round-4 appointment shapes (issue 12), each pinned with made-up sentences of the same shape as
the fresh real items that showed it: datelines with a colon ("New Delhi: ...", "NEW YORK: ..."), the
company's chief hiring for it ("Acme's CEO, Jane Roe, has hired ..."), "for the new role of", "the brand
new Acme CEO", descriptions after the title (", charged with", ", a newly created position",
", commencing ..."), photo notes, two hyphens as a dash, a departure headline whose successor is
in the summary or named "as Replacement", "tapped to lead Acme as CEO", "Firm LLP | Jane Doe joins as
Partner", wire first sentences with "Acme Labs, Inc.", and the texts that must stay None (a region
read as a company, the president of a trust, a title "of" a body read as a name).
"""

from __future__ import annotations

import pytest

from signals.extract.job_change import extract_appointment

APPOINTED: list[tuple[str, str, str, str]] = [
    ("Mumbai: Jane Roe took over as the brand new Northwind CEO on Monday, as sales fell in April.", "Jane Roe", "CEO", "Northwind"),
    ("LONDON: Northwind Group has named Jane Roe as CEO, effective on June 1.", "Jane Roe", "CEO", "Northwind Group"),
    ("Northwind's CEO, Sam Poe, has hired former banker Jane Roe for the new role of Chief Strategy Officer.", "Jane Roe", "Chief Strategy Officer", "Northwind"),
    ("Northwind has hired Jane Roe for the newly created role of chief growth officer.", "Jane Roe", "chief growth officer", "Northwind"),
    ("We hear that Northwind Labs has hired Jane Roe (pictured) from Globex as its first \u201cchief data officer,\u201d charged with building a data team.", "Jane Roe", "chief data officer", "Northwind Labs"),
    ("Northwind has appointed one of its own, Jane Roe, as chief experience officer--a new position within the firm.", "Jane Roe", "chief experience officer", "Northwind"),
    ("Just this month, Northwind brought on Jane Roe as its creative technology director, a newly created position.", "Jane Roe", "creative technology director", "Northwind"),
    ("Northwind Limited has announced the appointment of Ms Jane Roe as Chief Financial Officer, commencing 1 July 2024.", "Jane Roe", "Chief Financial Officer", "Northwind Limited"),
    ("Sam Poe Steps Down as Northwind CEO, Jane Roe Named as Replacement", "Jane Roe", "CEO", "Northwind"),
    ("Sam Poe stepping down as Northwind CEO; Jane Roe to take over", "Jane Roe", "CEO", "Northwind"),
    ("Sam Poe Resigns as CEO of Northwind\nSam Poe has resigned as Northwind's CEO and Jane Roe, previously its COO, has been named the company's new CEO.", "Jane Roe", "CEO", "Northwind"),
    ("Jane Roe tapped to lead Northwind as CEO", "Jane Roe", "CEO", "Northwind"),
    ("Northwind LLP | Jane Roe joins as Partner", "Jane Roe", "Partner", "Northwind LLP"),
    # batch 2: hospital-executive moves, trade press
    ("Sam Poe was named CEO of Northwind Medical Campus in Tempe, Ariz., according to the Valley News.", "Sam Poe", "CEO", "Northwind Medical Campus"),
    ("Northwind Hospital in Dayton, Ohio, named Jane Roe, BSN, president and CEO.", "Jane Roe", "president and CEO", "Northwind Hospital"),
    ("Northwind Clinic, a rural health provider in Bend, Ore., named Jane Roe CEO, the Bulletin reports.", "Jane Roe", "CEO", "Northwind Clinic"),
    ("Jane Roe was promoted from COO to CEO of Eugene, Ore.-based Northwind Health.", "Jane Roe", "CEO", "Northwind Health"),
    ("Jane Roe, RN, COO of Globex Hospital, was selected as the new CEO of Northwind (Texas) Hospital.", "Jane Roe", "CEO", "Northwind Hospital"),
    ("Sam Poe Jr., CEO of two clinics in Queens, was approved as the next CEO of Northwind Health in Chicago.", "Sam Poe", "CEO", "Northwind Health"),
    ("Jane Roe was recently named CEO of Northwind (Calif.) Medical Center.", "Jane Roe", "CEO", "Northwind Medical Center"),
    ("Northwind Group has appointed Jane Roe to serve as its managing director.", "Jane Roe", "managing director", "Northwind Group"),
    ("Northwind has picked the head of rival Globex Inc, Jane Roe, as its next chief executive, to fill the post left vacant.", "Jane Roe", "chief executive", "Northwind"),
    ("Discount retailer Northwind Stores named turnaround expert Jane Roe chairman and temporary CEO.", "Jane Roe", "temporary CEO", "Northwind Stores"),
    ("Another example is Globex Partnership's promotion of veteran buyer Jane Roe to managing director of Northwind, which surprised the market.", "Jane Roe", "managing director", "Northwind"),
    # batch 3: hospital CFO/CEO moves, UK legal press
    ("In Dayton, the Northwind Medical System has appointed Jane Roe CFO, effective July 7.", "Jane Roe", "CFO", "Northwind Medical System"),
    ("In October, Jane Roe will begin her role as executive vice president and CFO of New York City-based Northwind Health.", "Jane Roe", "executive vice president and CFO", "Northwind Health"),
    ("Jane Roe was promoted on March 22 from CFO to CEO of Northwind Hospital in Huntington, W.Va.", "Jane Roe", "CEO", "Northwind Hospital"),
    ("Jane Roe, current CFO of Bend, Ore.-based Northwind Hospital, is transitioning into the CEO role.", "Jane Roe", "CEO", "Northwind Hospital"),
    ("Sam Poe Jr., PharmD, was promoted from COO to CEO of Galliano, La.-based Lady of the Lake Hospital.", "Sam Poe", "CEO", "Lady of the Lake Hospital"),
    ("Jane Roe was promoted from COO to CEO of Northwind Oaks in Dallas, part of Northwind Healthcare.", "Jane Roe", "CEO", "Northwind Oaks"),
    ("Jane Roe was promoted from COO to CEO of The Clinics of Northwind in El Paso, Texas.", "Jane Roe", "CEO", "The Clinics of Northwind"),
    ("Jane Roe was named to a dual role as president and COO of Northwind Hospital in Newton, Mass., after serving solely as COO.", "Jane Roe", "president and COO", "Northwind Hospital"),
    # batch 4: wire first sentences, names in capitals
    ("Northwind Appoints Chief Growth Officer\nDAYTON, Ohio, March 3, 2025 (GLOBE NEWSWIRE) -- Northwind Corp. (NYSE: NWD) (\"Northwind\" or the \"Company\") today announced that it has appointed Jane Roe to the role of Chief Growth Officer.", "Jane Roe", "Chief Growth Officer", "Northwind Corp."),
    ("Northwind Announces JANE ROE [CPA, MBA] as Interim CFO", "Jane Roe", "Interim CFO", "Northwind"),
    # batch 5: announcers, attributions after the move, law-firm leadership
    ("May 12 (UPI) \u2014 Current Northwind CEO and owner Sam Poe announced Friday that Jane Roe will take over as CEO.", "Jane Roe", "CEO", "Northwind"),
    ("Jane Roe, the editor of Globex Daily, has been appointed the editor-in-chief of Northwind Times, Northwind chair Sam Poe said in an email to staff.", "Jane Roe", "editor-in-chief", "Northwind Times"),
    ("Jane Roe takes charge as Northwind's chief people officer for Asia", "Jane Roe", "chief people officer for Asia", "Northwind"),
    ("The biggest arrival came at Northwind, where corporate and tax partner Jane Roe joined the funds group.", "Jane Roe", "partner", "Northwind"),
    ("Northwind & Co is sticking to Paris for its new chair and managing partner, electing finance heavyweight Jane Roe to the role.", "Jane Roe", "managing partner", "Northwind & Co"),
    ("Northwind has completed its management reshuffle with the election of the firm's litigation co-head Jane Roe (pictured) to managing partner.", "Jane Roe", "managing partner", "Northwind"),
    ("Former Globex boss Jane Roe has taken on a new leadership role at Northwind Engineering, which is moving to Perth.\nMs Roe, a non-executive director of the company, will assume the role of acting chief executive from August 1.", "Jane Roe", "acting chief executive", "Northwind Engineering"),
    ("Jane Roe takes charge as Dunkin's chief people officer\nMUMBAI: Dunkin's Corp has appointed Jane Roe as chief people officer.", "Jane Roe", "chief people officer", "Dunkin's Corp"),
    # batch 6: sequence and time words before the subject, ranks, chairs beside executive titles
    ("First, in January, Canadian online marketplace Northwind.ca hired Jane Roe as its CEO.", "Jane Roe", "CEO", "Northwind.ca"),
    ("Then, in February, Northwind hired Jane Roe to be its executive vice president.", "Jane Roe", "executive vice president", "Northwind"),
    ("On Tuesday Northwind, a giant software company announced Jane Roe as the new CEO of its stores business.", "Jane Roe", "CEO of its stores business", "Northwind"),
    ("In February, athletic apparel manufacturer Northwind Inc. (No. 47) promoted Jane Roe to chief digital officer from head of strategy.", "Jane Roe", "chief digital officer", "Northwind Inc."),
    ("Last June, western wear retail chain Northwind, No. 565 in the 2016 Retailer Second 500, hired Globex veteran Jane Roe as chief digital officer.", "Jane Roe", "chief digital officer", "Northwind"),
    ("Northwind Telecom names interim chairman\nNorthwind Telecom, the third largest operator in the country, appointed COO Jane Roe (pictured) as interim chairman and CEO, following the departure of Sam Poe.", "Jane Roe", "interim CEO", "Northwind Telecom"),
    ("New Delhi, Sep 30 (PTI) Northwind Group on Monday announced the appointment of Jane Roe as its new Chairman and Managing Director effective October 1.", "Jane Roe", "Managing Director", "Northwind Group"),
    # batch 7: roles won, summaries under a "boss" headline
    ("Sam Poe, MD named CEO of Northwind Clinic", "Sam Poe", "CEO", "Northwind Clinic"),
    ("Jane Roe nets new CMO role at Northwind (Marketing Weekly, Sam Poe)\nExpanded role now includes communications.", "Jane Roe", "CMO", "Northwind"),
    ("Globex baby care boss lands global marketing position\nNorthwind & Co has promoted its vice-president of strategic planning and new business in its baby care business, Jane Roe, to the role of global marketing officer.", "Jane Roe", "global marketing officer", "Northwind & Co"),
    ("AUSTIN, Texas, May 5, 2025 /PRNewswire/ -- Northwind Labs, Inc. (NASDAQ: NWL), a maker of widgets, today announced the appointment of Jane Roe as Chief Financial Officer.", "Jane Roe", "Chief Financial Officer", "Northwind Labs, Inc."),
]

NOT_APPOINTED: list[str] = [
    "Sam Poe will serve as president of the Asia-Pacific region, while Jane Roe will continue as president of Northwind in Japan.",
    "Jane Roe appointed president of Northwind Museum Trust",
    "Sam Poe to step down as Northwind CEO\nThe board begins a search for a successor.",
    "Sam Poe Resigns as CEO of Northwind\nSam Poe has resigned as Northwind's CEO after six years, the company said.",
    "Northwind's CEO, Sam Poe, says the firm will hire 200 engineers this year.",
    "Mumbai: Northwind posts record quarterly revenue as new CEO Jane Roe settles in.",
    "I'm pleased to announce that Jane Roe has been promoted to Northeastern Regional Manager.",
    "Jane Roe lands a new home in Austin with a view of the lake",
    "Sam Poe worked at Northwind, where partner Jane Roe joined him in 2010.",
    "Northwind boss lands record bonus\nNorthwind has reported record revenue for the quarter.",
    "The operator separately announced the appointment of Jane Roe as public EVP from 11 March.",
    "Northwind India on Thursday said that its board has approved the extension of the tenure of the company's CEO Jane Roe till March 31 next year.",
    "Northwind Appoints New CEO for Globex and She's Female\nIn a move anticipated for months, Northwind owner Sam Poe announced on Thursday that he has hired a new Chief Executive Officer for the platform.",
    "Sam Poe has been handed another term as chair of Northwind following an election which went unchallenged.",
    "Former Globex boss Jane Roe has taken on a new leadership role at Northwind Engineering.\nThe company is moving its headquarters to Perth.",
    "Northwind last year hired Globex CFO Jane Roe as its own chief financial officer.",
    "Northwind named Jane Roe chief executive last year, after a long search.",
    "Northwind Announces IBM CEO as Keynote Speaker",
    "Jane Roe was named to Modern Healthcare's list of the 100 most influential people in healthcare.",
    "Sam Poe, current CFO of Northwind Hospital, is transitioning into retirement.",
    "Sam Poe is departing as president and CEO of the Northwind Health Network in Dayton.",
    "Jane Roe, CEO of Northwind (S.C.) Area Medical Center, plans to retire this year.",
    "Northwind's hiring of Jane Roe, who was the head of Globex's derivatives practice, surprised rivals.",
]


@pytest.mark.parametrize(("text", "person", "title", "company"), APPOINTED)
def test_round4_shapes_are_read(text: str, person: str, title: str, company: str) -> None:
    found = extract_appointment(text)
    assert found is not None, text
    assert (found.person, found.title, found.company) == (person, title, company)


@pytest.mark.parametrize("text", NOT_APPOINTED)
def test_round4_non_appointments_stay_none(text: str) -> None:
    assert extract_appointment(text) is None
