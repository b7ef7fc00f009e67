"""Appointment shapes beyond the golden files: wire-service prefixes, body sentences ("is pleased
to announce the appointment of", "said on Monday it had appointed"), hand-overs ("Acme CEO John Doe
steps down; Jane Smith named interim CEO"), boards and committees acting for their organisation,
firm names with "&" or "and", and the texts that must stay None (past moves told in passing,
agencies and advisers hired, board seats, lists).
"""

from __future__ import annotations

import pytest

from signals.extract.job_change import extract_appointment

APPOINTED: list[tuple[str, str, str, str]] = [
    ('Acme Corp has appointed Jane Smith as its new chief financial officer.', 'Jane Smith', 'chief financial officer', 'Acme Corp'),
    ('Acme Corp today announced the appointment of Jane Smith as Chief Revenue Officer.', 'Jane Smith', 'Chief Revenue Officer', 'Acme Corp'),
    ('Acme announced that Jane Smith has joined the company as Vice President of Sales.', 'Jane Smith', 'Vice President of Sales', 'Acme'),
    ('Jane Smith has been named chief executive officer of Acme Corp.', 'Jane Smith', 'chief executive officer', 'Acme Corp'),
    ('Jane Smith joins Acme as CTO', 'Jane Smith', 'CTO', 'Acme'),
    ('Jane Smith has been appointed chief executive of Northwind Health.', 'Jane Smith', 'chief executive', 'Northwind Health'),
    ('Acme has hired Jane Smith as its head of marketing.', 'Jane Smith', 'head of marketing', 'Acme'),
    ('Jane Smith has joined Baker Botts as a partner in its Houston office.', 'Jane Smith', 'partner', 'Baker Botts'),
    ('Jane Smith was named president of Acme Foods, effective Jan. 1.', 'Jane Smith', 'president', 'Acme Foods'),
    ('Jane Smith, formerly of Globex, has been appointed CFO at Acme.', 'Jane Smith', 'CFO', 'Acme'),
    ('Acme names Jane Smith CEO', 'Jane Smith', 'CEO', 'Acme'),
    ('Acme promotes Jane Smith to chief operating officer', 'Jane Smith', 'chief operating officer', 'Acme'),
    ('Acme taps Jane Smith as CFO', 'Jane Smith', 'CFO', 'Acme'),
    ('Jane Smith becomes CEO of Acme', 'Jane Smith', 'CEO', 'Acme'),
    ('Jane Smith succeeds John Doe as CEO of Acme', 'Jane Smith', 'CEO', 'Acme'),
    ('Acme has announced that Jane Smith will become its chief executive in March.', 'Jane Smith', 'chief executive', 'Acme'),
    ('Acme welcomes Jane Smith as Chief Marketing Officer', 'Jane Smith', 'Chief Marketing Officer', 'Acme'),
    ('Acme adds Jane Smith as CFO', 'Jane Smith', 'CFO', 'Acme'),
    ('Acme bolsters leadership team with appointment of Jane Smith as CFO', 'Jane Smith', 'CFO', 'Acme'),
    ('Jane Smith named new CEO at Acme', 'Jane Smith', 'CEO', 'Acme'),
    ('The board of Acme Corp has appointed Jane Smith as CEO.', 'Jane Smith', 'CEO', 'Acme Corp'),
    ('Former Globex executive Jane Smith has joined Acme as chief revenue officer.', 'Jane Smith', 'chief revenue officer', 'Acme'),
    ('Acme CEO John Doe steps down; Jane Smith named interim CEO', 'Jane Smith', 'interim CEO', 'Acme'),
    ('Acme CEO John Doe stepping down, Jane Smith taking over', 'Jane Smith', 'CEO', 'Acme'),
    ('Acme Hires New Chief Client Strategy Officer, Tracy Garcia', 'Tracy Garcia', 'Chief Client Strategy Officer', 'Acme'),
    ('PRNewswire: Acme Corp appoints Bob Lee as Chief Technology Officer', 'Bob Lee', 'Chief Technology Officer', 'Acme Corp'),
    ('GlobeNewswire - Acme Corp appoints Bob Lee as Chief Technology Officer', 'Bob Lee', 'Chief Technology Officer', 'Acme Corp'),
    ('ACCESSWIRE / Acme Corp Names Bob Lee Chief Financial Officer', 'Bob Lee', 'Chief Financial Officer', 'Acme Corp'),
    ('Acme Corp. (NYSE: ACME) Announces Appointment of Bob Lee as Chief Financial Officer', 'Bob Lee', 'Chief Financial Officer', 'Acme Corp.'),
    ('Acme Corp. Announces Appointment of Bob Lee as Chief Financial Officer', 'Bob Lee', 'Chief Financial Officer', 'Acme Corp.'),
    ('Bob Lee Joins Acme as Senior Vice President, Sales', 'Bob Lee', 'Senior Vice President, Sales', 'Acme'),
    ('Acme Strengthens Leadership Team With Appointment Of Bob Lee As Chief Revenue Officer', 'Bob Lee', 'Chief Revenue Officer', 'Acme'),
    ('Acme names Bob Lee chief financial officer, effective immediately', 'Bob Lee', 'chief financial officer', 'Acme'),
    ('Bob Lee to join Acme as chief executive', 'Bob Lee', 'chief executive', 'Acme'),
    ('Bob Lee appointed CEO of Acme Group', 'Bob Lee', 'CEO', 'Acme Group'),
    ('Bob Lee Appointed Chief Executive Officer of Acme Holdings', 'Bob Lee', 'Chief Executive Officer', 'Acme Holdings'),
    ("Acme's board names Bob Lee chairman and CEO", 'Bob Lee', 'chairman and CEO', 'Acme'),
    ('Smith & Nephew appoints Bob Lee as chief financial officer', 'Bob Lee', 'chief financial officer', 'Smith & Nephew'),
    ('Acme Group announced Monday it has named Bob Lee as its new chief executive officer.', 'Bob Lee', 'chief executive officer', 'Acme Group'),
    ('Bob Lee has taken over as chief executive of Acme.', 'Bob Lee', 'chief executive', 'Acme'),
    ('Acme Corp has promoted Bob Lee to the role of chief commercial officer.', 'Bob Lee', 'chief commercial officer', 'Acme Corp'),
    ('Acme recruits Bob Lee as head of sales', 'Bob Lee', 'head of sales', 'Acme'),
    ('Acme Corp elects Bob Lee as President', 'Bob Lee', 'President', 'Acme Corp'),
    ('Jane Smith has been appointed as the new managing director of Acme UK.', 'Jane Smith', 'managing director', 'Acme UK'),
    ('Acme Bank has named Jane Smith its new chief risk officer, the lender said on Tuesday.', 'Jane Smith', 'chief risk officer', 'Acme Bank'),
    ('Jane Smith, a former Goldman Sachs banker, will join Acme as chief financial officer in June.', 'Jane Smith', 'chief financial officer', 'Acme'),
    ('Retailer Acme said on Monday it had appointed Jane Smith as its chief executive.', 'Jane Smith', 'chief executive', 'Acme'),
    ('Acme has confirmed the appointment of Jane Smith as head of sales.', 'Jane Smith', 'head of sales', 'Acme'),
    ('Acme is pleased to announce the appointment of Jane Smith as Chief Operating Officer.', 'Jane Smith', 'Chief Operating Officer', 'Acme'),
    ('Acme is pleased to welcome Jane Smith as Vice President of Marketing.', 'Jane Smith', 'Vice President of Marketing', 'Acme'),
    ('We are delighted to announce that Jane Smith has joined Acme as Chief Technology Officer.', 'Jane Smith', 'Chief Technology Officer', 'Acme'),
    ('Jane Smith has been promoted to chief operating officer at Acme.', 'Jane Smith', 'chief operating officer', 'Acme'),
    ('Jane Smith is the new CEO of Acme.', 'Jane Smith', 'CEO', 'Acme'),
    ('Acme Appoints Jane Smith Chief Executive Officer', 'Jane Smith', 'Chief Executive Officer', 'Acme'),
    ('Acme Announces Jane Smith as New Chief Financial Officer', 'Jane Smith', 'Chief Financial Officer', 'Acme'),
    ('Acme Names Industry Veteran Jane Smith Chief Revenue Officer', 'Jane Smith', 'Chief Revenue Officer', 'Acme'),
    ('Jane Smith Named President and CEO of Acme Inc.', 'Jane Smith', 'President and CEO', 'Acme Inc.'),
    ('Acme Inc. Appoints Jane Smith as President and Chief Executive Officer', 'Jane Smith', 'President and Chief Executive Officer', 'Acme Inc.'),
    ('Acme hires ex-Google exec Jane Smith as CTO', 'Jane Smith', 'CTO', 'Acme'),
    ('Jane Smith returns to Acme as CEO', 'Jane Smith', 'CEO', 'Acme'),
    ('Acme brings back Jane Smith as CEO', 'Jane Smith', 'CEO', 'Acme'),
    ('Acme Group has appointed Jane Smith to the newly created role of chief digital officer.', 'Jane Smith', 'chief digital officer', 'Acme Group'),
    ('Acme has named Jane Smith, previously chief operating officer at Globex, as its new chief executive.', 'Jane Smith', 'chief executive', 'Acme'),
    ('Acme announced Tuesday that it has hired Jane Smith as its chief marketing officer.', 'Jane Smith', 'chief marketing officer', 'Acme'),
    ('Jane Smith has joined law firm Baker Botts as a partner.', 'Jane Smith', 'partner', 'Baker Botts'),
    ('Acme has named Jane Smith as managing partner of its Atlanta office.', 'Jane Smith', 'managing partner', 'Acme'),
    ('ACME NAMES JANE SMITH CHIEF FINANCIAL OFFICER', 'Jane Smith', 'Chief Financial Officer', 'Acme'),
    ('Acme Names Jane Smith Chief People Officer', 'Jane Smith', 'Chief People Officer', 'Acme'),
    ('Acme Corp. Welcomes Jane Smith as SVP of Global Sales', 'Jane Smith', 'SVP of Global Sales', 'Acme Corp.'),
    ('Jane Smith Joins Acme Corp. as Chief Product Officer', 'Jane Smith', 'Chief Product Officer', 'Acme Corp.'),
    ('Acme & Co. names Jane Smith head of investor relations', 'Jane Smith', 'head of investor relations', 'Acme & Co.'),
    ('Acme Health System names Jane Smith chief nursing officer', 'Jane Smith', 'chief nursing officer', 'Acme Health System'),
    ('Dr. Jane Smith appointed chief medical officer at Acme Therapeutics', 'Jane Smith', 'chief medical officer', 'Acme Therapeutics'),
    ('Acme appoints Jane Smith as General Counsel', 'Jane Smith', 'General Counsel', 'Acme'),
]

NOT_APPOINTED: list[str] = [
    'Acme CEO Jane Smith to speak at Web Summit',
    'Jane Smith, CEO of Acme, says AI will change sales',
    'Acme appoints new CFO',
    'Acme CEO Jane Smith steps down',
    'Acme joins Linux Foundation as member',
    'Acme appoints KPMG as auditor',
    'Jane Smith joins Acme board of directors',
    'Acme names Jane Smith brand ambassador',
    'Acme hires 200 engineers in Pune',
    'Acme names new headquarters in Austin',
    'Jane Smith interview: the CFO who rebuilt Acme',
    'Acme appoints Goldman Sachs as adviser on sale',
    'Jane Smith, who was appointed CEO of Acme in 2019, said sales rose.',
    "Acme's chief executive Jane Smith said the company would cut jobs.",
    'Acme names new CEO',
    'Acme is hiring a VP of Sales',
    'Acme to name new CEO by year end',
    'Former Acme CEO Jane Smith joins Globex board',
    'Acme appoints Deloitte as auditor',
    'Acme names Jane Smith to board of directors',
    "Jane Smith named to Fortune's 40 Under 40 list",
    'Acme CEO Jane Smith on why AI matters',
    'Acme Announces Leadership Transition',
    'Acme appoints JPMorgan to lead IPO',
    'Acme hires Edelman as PR agency',
    'Acme taps Accenture for cloud migration',
    "Jane Smith, Acme's new CFO, talks strategy",
]

# Moves told with other verbs: moves/heads/lands, takes up, steps up, ups, makes.
APPOINTED += [
    ('Jane Smith will take up the role of chief financial officer at Acme in March.', 'Jane Smith', 'chief financial officer', 'Acme'),
    ('Jane Smith moves to Acme as chief operating officer', 'Jane Smith', 'chief operating officer', 'Acme'),
    ('Jane Smith is moving to Acme as head of sales', 'Jane Smith', 'head of sales', 'Acme'),
    ('Jane Smith heads to Acme as CFO', 'Jane Smith', 'CFO', 'Acme'),
    ('Jane Smith has started as managing director at Acme UK.', 'Jane Smith', 'managing director', 'Acme UK'),
    ('Jane Smith takes up CFO role at Acme', 'Jane Smith', 'CFO', 'Acme'),
    ('Jane Smith steps up to chief executive at Acme', 'Jane Smith', 'chief executive', 'Acme'),
    ('Acme ups Jane Smith to chief operating officer', 'Jane Smith', 'chief operating officer', 'Acme'),
    ('Jane Smith lands at Acme as chief revenue officer', 'Jane Smith', 'chief revenue officer', 'Acme'),
    ('Jane Smith (ex-Globex) joins Acme as CMO', 'Jane Smith', 'CMO', 'Acme'),
    ('Acme has made Jane Smith its chief financial officer.', 'Jane Smith', 'chief financial officer', 'Acme'),
    ("Acme poaches Globex's Jane Smith as CFO", 'Jane Smith', 'CFO', 'Acme'),
    ('Jane Smith has been hired as vice president of sales at Acme.', 'Jane Smith', 'vice president of sales', 'Acme'),
    ('Jane Smith has been named the new chief executive of Acme Bank.', 'Jane Smith', 'chief executive', 'Acme Bank'),
    ('Jane Smith has been appointed to the role of chief people officer at Acme.', 'Jane Smith', 'chief people officer', 'Acme'),
    ('Jane Smith has been promoted to the position of general manager at Acme Foods.', 'Jane Smith', 'general manager', 'Acme Foods'),
    ('Jane Smith, previously at Globex, has been appointed chief technology officer of Acme.', 'Jane Smith', 'chief technology officer', 'Acme'),
    ('Acme appointed Jane Smith as its chief operating officer in a move announced on Friday.', 'Jane Smith', 'chief operating officer', 'Acme'),
    ("Jane Smith joins Acme's leadership team as chief product officer", 'Jane Smith', 'chief product officer', 'Acme'),
]

# Career histories and look-alikes.
NOT_APPOINTED += [
    "Acme makes Jane Smith's favorite app",
    'Acme moves to new headquarters as sales grow',
    'Jane Smith heads to court as Acme trial begins',
    'Jane Smith lands at JFK as airport reopens',
    'Acme made Jane Smith a millionaire',
    'Jane Smith started as a sales manager at Acme in 2005.',
    'Jane Smith took up the post of CFO at Acme in 2012.',
    'Jane Smith joined Acme as CFO in 2015 and left in 2019.',
]

# Tasks, cases and public office are not jobs at a company.
NOT_APPOINTED += [
    'Acme taps Jane Smith to head probe',
    'Acme taps Jane Smith to head investigation into outage',
    'Governor names Jane Smith to head state health department',
    'Police name Jane Smith as suspect in Acme robbery',
    'Acme hires Jane Smith as keynote speaker',
    'Jane Smith named interim coach of Acme FC',
    'Acme names Jane Smith as defendant in lawsuit',
    'Jane Smith joins Acme podcast as guest host',
]

# The company named apart from the move: attributions, reported speech, colons.
APPOINTED += [
    ('Jane Smith has been named chief financial officer, Acme said on Tuesday.', 'Jane Smith', 'chief financial officer', 'Acme'),
    ('Acme said Jane Smith will succeed John Doe as chief executive.', 'Jane Smith', 'chief executive', 'Acme'),
    ('Acme on Tuesday named Jane Smith as chief executive officer.', 'Jane Smith', 'chief executive officer', 'Acme'),
    ('Acme Inc said on Monday Jane Smith would become chief executive.', 'Jane Smith', 'chief executive', 'Acme Inc'),
    ('New CEO for Acme: Jane Smith', 'Jane Smith', 'CEO', 'Acme'),
    ('Acme: Jane Smith named CEO', 'Jane Smith', 'CEO', 'Acme'),
    ('Acme names insider Jane Smith as next CEO', 'Jane Smith', 'CEO', 'Acme'),
    ('Acme picks Jane Smith as its next chief executive', 'Jane Smith', 'chief executive', 'Acme'),
    ('Acme has chosen Jane Smith as its new chief operating officer.', 'Jane Smith', 'chief operating officer', 'Acme'),
    ('Jane Smith tapped as Acme CFO', 'Jane Smith', 'CFO', 'Acme'),
    ("Jane Smith named Acme's first chief AI officer", 'Jane Smith', 'chief AI officer', 'Acme'),
    ('Jane Smith to take the helm as CEO of Acme', 'Jane Smith', 'CEO', 'Acme'),
    ('Jane Smith appointed as CEO at Acme Group', 'Jane Smith', 'CEO', 'Acme Group'),
    ('Acme appoints Jane Smith CFO with immediate effect', 'Jane Smith', 'CFO', 'Acme'),
    ('Acme Group plc announces the appointment of Jane Smith as Chief Financial Officer', 'Jane Smith', 'Chief Financial Officer', 'Acme Group plc'),
]

NOT_APPOINTED += [
    'Jane Smith, CEO of Acme, said revenue rose.',
    'Revenue rose 10%, Acme said on Tuesday.',
    'Acme said Jane Smith would leave the company.',
    'Acme said John Doe will retire as CEO.',
    'Acme: Q3 results beat expectations',
    'Acme said on Monday its chief executive Jane Smith would step down.',
    'Jane Smith will remain chief executive, Acme said.',
    'Acme said Jane Smith, its CFO, would lead the review.',
]

# 'hired by X as', relative dates, 'X has a new CEO: Jane Smith'.
APPOINTED += [
    ('Jane Smith has been hired by Acme as chief marketing officer.', 'Jane Smith', 'chief marketing officer', 'Acme'),
    ('Jane Smith was appointed chief executive of Acme last week.', 'Jane Smith', 'chief executive', 'Acme'),
    ("Jane Smith becomes Acme's new chief financial officer", 'Jane Smith', 'chief financial officer', 'Acme'),
    ('Acme has a new chief executive: Jane Smith', 'Jane Smith', 'chief executive', 'Acme'),
    ('Jane Smith, formerly of Globex, is joining Acme as head of policy.', 'Jane Smith', 'head of policy', 'Acme'),
    ('Jane Smith has been elevated to president at Acme.', 'Jane Smith', 'president', 'Acme'),
    ('Acme adds Jane Smith to leadership team as chief revenue officer', 'Jane Smith', 'chief revenue officer', 'Acme'),
    ('Jane Smith was named the new managing director of Acme earlier this month.', 'Jane Smith', 'managing director', 'Acme'),
    ("Jane Smith is appointed Acme's chief people officer", 'Jane Smith', 'chief people officer', 'Acme'),
    ('Jane Smith has been confirmed as the new chief executive of Acme Council.', 'Jane Smith', 'chief executive', 'Acme Council'),
]


# Issue 12, round 2: a press release's "<Company> today announced that <Person> has been appointed ...",
# alone or as the body under a headline that names nobody.
APPOINTED += [
    ('Acme Inc. today announced that John Smith has been appointed Chief Executive Officer, effective immediately.',
     'John Smith', 'Chief Executive Officer', 'Acme Inc.'),
    ('Acme announces leadership change\nAcme Inc. today announced that John Smith has been appointed Chief '
     'Executive Officer, effective immediately.', 'John Smith', 'Chief Executive Officer', 'Acme Inc.'),
    ('Acme Corp. today announced that Jane Doe will join the company as Chief Financial Officer.',
     'Jane Doe', 'Chief Financial Officer', 'Acme Corp.'),
    ('Acme announced that Jane Doe was promoted to vice president of sales.', 'Jane Doe', 'vice president of sales', 'Acme'),
]
NOT_APPOINTED += [
    'Acme today announced record revenue for the third quarter.',
    'Acme today announced that John Smith, its chief executive officer, will retire.',
    'Acme announces Jane Doe named to Forbes 40 under 40 list',
    'Acme announced that John Smith has been named to the board of directors.',
    'Acme announced Jane Doe has been elected chair of the industry association.',
]

# Law-firm trade press: the new partner named after the practice ("adding M&A partner Jane Doe"),
# a firm named after its founders, and "will join the firm as a partner" under a headline whose
# subject is the firm.
APPOINTED += [
    ('Simpson Thacher has continued to build out its Boston office, adding M&A partner William Lay from '
     'Kirkland & Ellis.', 'William Lay', 'partner', 'Simpson Thacher'),
    ('Acme Law Firm Adds Litigation Partner Jane Doe', 'Jane Doe', 'partner', 'Acme Law Firm'),
    ('Acme has hired its 13th partner from Globex with the appointment of London debt finance partner '
     'Jane Doe-Smith.', 'Jane Doe-Smith', 'partner', 'Acme'),
    ('Acme Capital has added partner Jane Doe to its investment team.', 'Jane Doe', 'partner', 'Acme Capital'),
    ("Acme Swoops on Globex for Partner Hire\nJane Doe will join the firm's London office as a partner in the "
     "firm's corporate practice.", 'Jane Doe', 'partner', 'Acme'),
    ('Acme hires new CFO\nJane Doe will join the company as chief financial officer.',
     'Jane Doe', 'chief financial officer', 'Acme'),
]
NOT_APPOINTED += [
    'Acme adds channel partner Globex Systems to its reseller network.',
    'Acme Adds Partner Success Team',
    'Acme Adds Partner Portal For Resellers',
    'Acme Expands With New Partner Globex Labs',
    'Acme names new CFO\nJane Doe joined the company as chief executive in 2015.',
    'Acme expands London office\nJane Doe will join the firm as a trainee next year.',
    'Acme Lands Major Contract\nJane Doe joined the company as chief executive in 2015.',
]

# Business-press people moves: editors are appointed too; an "of" after "at" belongs to the company.
APPOINTED += [
    ('The Financial Times has hired Jane Doe as its India newsletter editor.', 'Jane Doe', 'India newsletter editor',
     'The Financial Times'),
    ('Jane Doe has been named director of marketing and communications at Moore College of Art & Design.',
     'Jane Doe', 'director of marketing and communications', 'Moore College of Art & Design'),
    ('Jane Doe has been named head of sales at Bank of America.', 'Jane Doe', 'head of sales', 'Bank of America'),
]

# "Inc." can end a sentence ("... at Acme Inc. Previously, Doe was controller."); "..., the school
# announced this week" names the company by a common noun only.
APPOINTED += [
    ('Jane Doe has been promoted to vice president of finance at Acme Advisors Inc. Previously, Doe was controller.',
     'Jane Doe', 'vice president of finance', 'Acme Advisors Inc.'),
    ('Acme hires director of communications\nJane Doe will join Acme School of Medicine as its director of '
     'communications, the school announced this week.', 'Jane Doe', 'director of communications',
     'Acme School of Medicine'),
    ('Jane Doe will join Acme as its chief financial officer, the company said on Monday.',
     'Jane Doe', 'chief financial officer', 'Acme'),
]

# A section rubric before the headline; the old employer's possessive before the name; a relative
# clause after the name tells a past role unless it is closed before "as".
APPOINTED += [
    ('Executive moves: Jane Doe joins Acme as VP of Marketing', 'Jane Doe', 'VP of Marketing', 'Acme'),
    ('Leadership: Acme names Jane Doe CEO', 'Jane Doe', 'CEO', 'Acme'),
    ("Acme has hired Globex's Jane Doe as CMO and head of market expansion.", 'Jane Doe', 'CMO', 'Acme'),
    ('Acme hired Jane Doe, who was most recently CFO at Globex, as its chief executive.',
     'Jane Doe', 'chief executive', 'Acme'),
]
NOT_APPOINTED += [
    "Acme hired Jane Doe, who most recently served as global CMO at Globex.",
    "Acme Moves: Jane Doe joins Globex",
]

# Issue 12, round 3: surnames that are common words, successions told in two clauses, a date
# after the title, a ticker after the company in a wire's first sentence.
APPOINTED += [
    ('Acme names Jerret West chief marketing officer', 'Jerret West', 'chief marketing officer', 'Acme'),
    ('Globex appoints Mark East as chief technology officer', 'Mark East', 'chief technology officer', 'Globex'),
    ('Acme Corp names Jim South president and CEO', 'Jim South', 'president and CEO', 'Acme Corp'),
    ('Acme names April Smith CFO', 'April Smith', 'CFO', 'Acme'),
    ("Acme's CEO Bob Smith to step down; CFO Jane Doe to succeed him", 'Jane Doe', 'CEO', 'Acme'),
    ('Acme Corp. Announces Retirement of CEO Bob Smith; Board Names Jane Doe as Successor', 'Jane Doe', 'CEO', 'Acme Corp.'),
    ('Acme Corp CEO John Doe to retire; Mary West named successor', 'Mary West', 'CEO', 'Acme Corp'),
    ('Acme announces retirement of CFO John Doe; names Jane Smith as new CFO', 'Jane Smith', 'CFO', 'Acme'),
    ('Acme Announces CFO Transition\nAcme Inc. announced that Jane Doe will join the company as Chief Financial '
     'Officer on June 1.', 'Jane Doe', 'Chief Financial Officer', 'Acme Inc.'),
    ('Acme Corp Announces Leadership Change\nNEW YORK, May 4, 2024 /PRNewswire/ -- Acme Corp (NYSE: ACM) today '
     'announced that John Brown has been named Chief Operating Officer, effective immediately.',
     'John Brown', 'Chief Operating Officer', 'Acme Corp'),
]
NOT_APPOINTED += [
    "John West steps down as CEO of Acme",
    "Acme names VP Sales West Region lead",
]

# Round 3, fresh trade-press items: a hire the headline only describes, named by the subject of
# the summary's first sentence; "will assume the CEO role at"; a place in front of the name.
APPOINTED += [
    ('Acme poaches Globex’s CMO to build on modernization plan\nJane Doe is tasked with driving the brand.',
     'Jane Doe', 'CMO', 'Acme'),
    ('Acme taps Globex veteran as first chief brand and marketing officer\nAs chief marketing officer at Globex, '
     'Jane Doe helped drive profitability.', 'Jane Doe', 'chief brand and marketing officer', 'Acme'),
    ('Acme names first CMO in 2 years\nJane Doe, who recently joined Acme, is taking over marketing.',
     'Jane Doe', 'CMO', 'Acme'),
    ('Jane Doe, the former CEO of Globex, will assume the CEO role at Acme on Sept. 1.', 'Jane Doe', 'CEO', 'Acme'),
    ('In Austin, Jane Doe has joined Smith, Jones & Lee as of counsel in the appellate section.',
     'Jane Doe', 'of counsel', 'Smith, Jones & Lee'),
]
NOT_APPOINTED += [
    "Acme hires new CFO\nThe company said John Smith, the CEO, will lead the search.",
    "Acme hires new CFO\nJohn Smith, the company's CEO, said the search is on.",
    "Acme taps AI to speed up sales\nJane Doe, head of sales, said the tool works.",
    "Jane Doe assumed the role of chief financial officer at Acme in 2019.",
]

# Round 3, press releases: a wire's first sentence on its own, the announcer's title and name
# between the company and "announced", an appositive without a comma, consulting partners, an
# official announcing for the body named in the title; "Former Globex Executive" is no person.
APPOINTED += [
    ('NEW YORK, May 4, 2024 /PRNewswire/ --Acme Corp (NYSE: ACM) Chairman and CEO  John Smith  announced today '
     'the appointment of  Jane Doe  as President, Space Systems, effective  June 1, 2024 .', 'Jane Doe', 'President', 'Acme Corp'),
    ('Acme Hires Former Globex Executive as Vice President of Strategic Accounts\nAcme L.P. a Houston based IT '
     'services firm, announced today the appointment of Jane Doe as Vice President of Strategic Accounts, effective '
     'February 12, 2018.', 'Jane Doe', 'Vice President of Strategic Accounts', 'Acme L.P.'),
    ('Acme appoints Jane Doe as Engagement Partner', 'Jane Doe', 'Engagement Partner', 'Acme'),
    ('Appointment of National Librarian announced\nThe State Services Commissioner, John Smith, announced today the '
     'appointment of Jane Doe as Chief Executive of National Library of New Zealand and National Librarian.',
     'Jane Doe', 'Chief Executive', 'National Library of New Zealand'),
]
NOT_APPOINTED += [
    "Acme Hires Former Globex Executive",
    "Acme appoints Jane Doe as operating partner",
]

# Round 3: hand-overs told as "replaced by" or "ousts ..., names ...", "for CFO role", "take the helm
# at", a firm before a bar, "Acme's new CFO is Jane Doe"; the old employer after "from" dropped.
APPOINTED += [
    ('Jane Doe joins Acme from Globex as VP of Marketing', 'Jane Doe', 'VP of Marketing', 'Acme'),
    ('Acme taps Jane Doe for CFO role', 'Jane Doe', 'CFO', 'Acme'),
    ('Jane Doe will take the helm at Acme as CEO', 'Jane Doe', 'CEO', 'Acme'),
    ('Acme CEO Bob Smith steps down, replaced by Jane Doe', 'Jane Doe', 'CEO', 'Acme'),
    ('Acme ousts CEO Bob Smith, names Jane Doe interim chief', 'Jane Doe', 'interim chief', 'Acme'),
    ("Acme's new CFO is Jane Doe", 'Jane Doe', 'CFO', 'Acme'),
    ('Acme | Jane Doe appointed head of growth', 'Jane Doe', 'head of growth', 'Acme'),
    ('When Tropicana Entertainment hired Jane Doe as CMO in December, company CEO John Smith noted it.',
     'Jane Doe', 'CMO', 'Tropicana Entertainment'),
]
NOT_APPOINTED += [
    "Acme ousts CEO Bob Smith",
    "Breaking | Jane Doe appointed head of growth",
    "Acme taps Jane Doe for board seat",
    "Acme's new CFO is a former Google executive",
    "When Acme hired Jane Doe as CFO in 2015, the company was small.",
]

# Round 3, legal trade press: a scene before the subject ("Also in Hong Kong,", "The round-up begins
# ... where"), "in the form of", the hire after a clause (", appointing ...", "with the hire of"),
# "rehired", a practice partner welcomed "back", a Reuters dateline without a year.
APPOINTED += [
    ('Also in Hong Kong, Acme has appointed a new head of its employment practice in the form of partner Jane Doe.',
     'Jane Doe', 'head', 'Acme'),
    ('Continuing the in-house theme, Acme has appointed a new GC and company secretary in the form of Jane Doe, '
     'who joins from Globex.', 'Jane Doe', 'GC', 'Acme'),
    ('The round-up begins on the US East Coast where Acme Law has rehired former FTC lawyer Jane Doe as a partner '
     'in its Washington practice.', 'Jane Doe', 'partner', 'Acme Law'),
    ('Acme & Co has turned to Globex for its latest hire, appointing former GC Jane Doe as a partner to its '
     'regulatory team.', 'Jane Doe', 'partner', 'Acme & Co'),
    ('In Asia, G100 heavyweight Acme has strengthened its capital markets practice with the hire of partner Jane Doe, '
     'who arrives from Globex.', 'Jane Doe', 'partner', 'Acme'),
    ('Meanwhile, Acme welcomed restructuring partner Jane Doe back to the firm after 18 months at Globex.',
     'Jane Doe', 'partner', 'Acme'),
    ('Acme names Globex veteran as global head of sales\nTORONTO, July 13 (Reuters) - Acme Ltd named Jane Doe as '
     'global head of sales on Monday.', 'Jane Doe', 'global head of sales', 'Acme Ltd'),
]
NOT_APPOINTED += [
    "Acme bolstered its infrastructure funds practice with two magic circle hires.",
    "Elsewhere, Globex's co-head of construction has joined Acme after more than 28 years at the firm.",
]

@pytest.mark.parametrize(("text", "person", "title", "company"), APPOINTED)
def test_appointment_is_read(text: str, person: str, title: str, company: str) -> None:
    found = extract_appointment(text)
    assert found is not None, text
    assert found.person == person
    assert found.company.rstrip(".") == company.rstrip(".")
    assert title.casefold() in found.title.casefold() or found.title.casefold() in title.casefold()


@pytest.mark.parametrize("text", NOT_APPOINTED)
def test_no_appointment_is_read(text: str) -> None:
    assert extract_appointment(text) is None


def test_a_hire_named_only_in_the_summary_is_explained_and_less_sure() -> None:
    from signals.extract.job_change import explain_appointment

    described = explain_appointment("Acme poaches Globex's CMO\nJane Doe is tasked with driving the brand.")
    named = explain_appointment("Acme names Jane Doe CMO")
    assert described is not None and named is not None
    assert described.appointment.person == "Jane Doe" and described.appointment.company == "Acme"
    assert described.confidence < named.confidence
    assert "summary" in described.explanation and "headline" in described.explanation
