"""signals.imports: account and contact CSV exports (ours, Salesforce, HubSpot) into typed records.

The Salesforce and HubSpot files under tests/fixtures/crm/ are real exports copied verbatim (each
with its .source.txt); the others there are hand-written variations built on real headers.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from signals.imports import (
    AccountRecord,
    ContactRecord,
    ImportFileError,
    ImportResult,
    is_freemail,
    normalise_domain,
    parse_accounts_csv,
    parse_contacts_csv,
)
from signals.model import RecordProblem

CRM = Path(__file__).resolve().parents[1] / "fixtures" / "crm"


def load(name: str) -> bytes:
    return (CRM / name).read_bytes()


def accounts(name: str) -> ImportResult[AccountRecord]:
    return parse_accounts_csv(load(name), filename=name)


def contacts(name: str) -> ImportResult[ContactRecord]:
    return parse_contacts_csv(load(name), filename=name)


def by_line(result: ImportResult) -> dict[int, str]:
    out: dict[int, str] = {}
    for problem in result.problems:
        _, _, line = problem.where.rpartition(" line ")
        out[int(line)] = problem.reason
    return out


# ------------------------------------------------------------------------------------------
# Real exports


@pytest.mark.parametrize(
    "name",
    sorted(
        p.name
        for p in CRM.glob("*.csv")
        if not p.name.startswith(("broken_", "hubspot_c", "excel_", "salesforce_a"))
    ),
)
def test_every_real_fixture_has_its_source_note(name: str) -> None:
    assert (CRM / f"{name}.source.txt").is_file()


def test_salesforce_account_export() -> None:
    result = accounts("salesforce-in-powerbi_Account.csv")
    assert result.dialect == "salesforce"
    assert result.problems == []
    assert len(result.records) == 18
    edge = result.records[0]
    assert edge == AccountRecord(
        line=2,
        name="Edge Communications",
        domain=None,
        aliases=[],
        industry="Electronics",
        employees=1000,
        country=None,
        state="TX",
        owner_email=None,
        crm_id="001bm00001ZL8U9AAL",
    )
    names = {r.name: r for r in result.records}
    # A quoted comma stays inside the name.
    assert names["United Oil & Gas, UK"].employees == 24000
    assert names["United Oil & Gas, UK"].line == 10
    assert names["sForce"].employees is None and names["sForce"].industry is None
    assert names["Pyramid Construction Inc."].state is None


def test_salesforce_contact_export_links_to_accounts_and_reports_bad_rows() -> None:
    result = contacts("salesforce-in-powerbi_Contact.csv")
    assert result.dialect == "salesforce"
    rose = result.records[0]
    assert rose.line == 2
    assert (rose.first_name, rose.last_name, rose.email) == ("Rose", "Gonzalez", "rose@edge.com")
    assert rose.account_crm_id == "001bm00001ZL8U9AAL"
    assert rose.crm_id == "003bm00000zapthAAA"
    assert rose.title == "SVP, Procurement"
    assert rose.domain == "edge.com"
    assert rose.lifecycle_stage is None and rose.champion is False

    problems = by_line(result)
    assert sorted(problems) == [11, 12, 20, 21]
    assert "'b.levy@expressl&t.net' is not an email address" in problems[11]
    assert "'expressl&t.net'" in problems[11]
    assert problems[20] == "Siddartha Nedaerk has no email address; a contact needs one"
    assert len(result.records) == 25 - 4

    liz = next(r for r in result.records if r.last_name == "D'Cruz")
    assert liz.email == "ldcruz@uog.com" and liz.line == 17

    account_ids = {a.crm_id for a in accounts("salesforce-in-powerbi_Account.csv").records}
    assert {c.account_crm_id for c in result.records} <= account_ids


def test_salesforce_lead_export_is_read_as_contacts() -> None:
    result = contacts("salesforce-in-powerbi_Lead.csv")
    assert result.dialect == "salesforce"
    assert result.problems == []
    assert len(result.records) == 22
    assert {r.lifecycle_stage for r in result.records} == {"lead"}
    bertha = result.records[0]
    assert bertha.company == "Farmers Coop. of Florida"
    assert bertha.email == "bertha@fcof.net"
    assert bertha.domain == "fcof.net"
    # A converted lead points at the account it became.
    assert bertha.account_crm_id == "001bm00001ZM1LyAAL"
    farmers = next(
        a
        for a in accounts("salesforce-in-powerbi_Account.csv").records
        if a.crm_id == "001bm00001ZM1LyAAL"
    )
    assert farmers.name == "Farmers Coop. of Florida"
    phyllis = result.records[1]
    assert phyllis.account_crm_id is None and phyllis.company == "Abbott Insurance"


def test_salesforce_full_account_export_with_bom() -> None:
    raw = load("sfdc-assets_data-cloud-workshop_Account.csv")
    assert raw.startswith(b"\xef\xbb\xbf")
    result = parse_accounts_csv(raw, filename="Account.csv")
    assert result.dialect == "salesforce"
    assert result.problems == []
    assert len(result.records) == 22
    # The BOM did not stick to the first column name: "Id" was found.
    assert result.records[0].crm_id == "001Ec00000FzlUdIAJ"
    walker = result.records[1]
    assert walker.name == "Walker Henson and Compton"
    assert walker.domain == "walkerhensonandcompton.com"
    assert walker.employees == 577
    assert (walker.country, walker.state) == ("United States", "ID")
    assert walker.industry == "Finance"
    # OwnerId is a Salesforce user id, not an email.
    assert walker.owner_email is None


def test_salesforce_full_contact_and_lead_exports() -> None:
    result = contacts("sfdc-assets_data-cloud-workshop_Contact.csv")
    assert result.dialect == "salesforce"
    assert result.problems == []
    assert len(result.records) == 102
    assert result.records[-1].line == 103
    ashley = result.records[1]
    assert (ashley.email, ashley.account_crm_id) == (
        "ashley.brock@example.com",
        "001Ec00000GGw3hIAD",
    )
    account_ids = {
        a.crm_id for a in accounts("sfdc-assets_data-cloud-workshop_Account.csv").records
    }
    assert {c.account_crm_id for c in result.records} - {None} <= account_ids

    leads = contacts("sfdc-assets_data-cloud-workshop_Lead.csv")
    assert len(leads.records) == 60 and leads.problems == []
    william = leads.records[0]
    # This org's Lead.Company holds an Account Id: it becomes the link, not a company name.
    assert william.company is None
    assert william.account_crm_id == "001Ec00000GINb1IAH"
    assert "001Ec00000GINb1IAH" in account_ids


def test_hubspot_real_header_only_export() -> None:
    result = contacts("hubspot_all_contacts_export_header_2023-02-21.csv")
    assert result.dialect == "hubspot"
    assert result.records == [] and result.problems == []


@pytest.mark.parametrize(
    "name",
    [
        "salesforce-in-powerbi_Contact.csv",
        "salesforce-in-powerbi_Lead.csv",
        "hubspot_all_contacts_export_header_2023-02-21.csv",
    ],
)
def test_contacts_export_given_as_accounts_is_refused(name: str) -> None:
    with pytest.raises(ImportFileError, match=rf"{name}: this looks like a contacts"):
        accounts(name)


@pytest.mark.parametrize(
    "name", ["salesforce-in-powerbi_Account.csv", "hubspot_companies_sample.csv"]
)
def test_accounts_export_given_as_contacts_is_refused(name: str) -> None:
    with pytest.raises(ImportFileError) as info:
        contacts(name)
    assert name in str(info.value) and "email" in str(info.value)


# ------------------------------------------------------------------------------------------
# Hand-written variations


def test_hubspot_contacts_sample_on_the_real_header() -> None:
    header = load("hubspot_all_contacts_export_header_2023-02-21.csv").split(b"\r\n")[0]
    assert load("hubspot_contacts_sample.csv").startswith(header + b"\r\n")
    result = contacts("hubspot_contacts_sample.csv")
    assert result.dialect == "hubspot"
    ada, bram, chiara, eunji = result.records
    assert ada == ContactRecord(
        line=2,
        first_name="Ada",
        last_name="Quill",
        email="ada.quill@quillworks.example",
        title="VP Engineering",
        company="Quillworks",
        domain="quillworks.example",
        account_crm_id="9001",
        lifecycle_stage="mql",
        champion=True,  # Buying Role "Champion;Decision Maker"
        timezone="America/New_York",
        crm_id="51",
    )
    assert bram.line == 3 and bram.lifecycle_stage == "sql"
    assert bram.domain is None  # gmail.com says nothing about the company
    assert bram.company == "Lumen Freight"
    # Bram's "Message" cell spans lines 3-4, so Chiara starts on line 5.
    assert chiara.line == 5
    assert chiara.domain == "ventresca-labs.example"  # from the email
    assert chiara.account_crm_id == "9003"  # first of "9003;9004"
    assert chiara.lifecycle_stage == "customer" and chiara.champion is False
    assert eunji.lifecycle_stage == "other"  # a portal's custom stage id
    assert result.problems == [
        RecordProblem(
            where="hubspot_contacts_sample.csv line 6",
            reason="Dev Raman has no email address; a contact needs one",
        )
    ]


def test_hubspot_companies_sample() -> None:
    result = accounts("hubspot_companies_sample.csv")
    assert result.dialect == "hubspot"
    assert result.problems == []
    quill, lumen, ventresca = result.records
    assert (quill.name, quill.domain, quill.employees, quill.crm_id) == (
        "Quillworks",
        "quillworks.example",
        180,
        "9001",
    )
    assert (quill.country, quill.state, quill.industry) == (
        "United States",
        "New York",
        "COMPUTER_SOFTWARE",
    )
    assert quill.owner_email is None  # "Company owner" is a person's name here
    assert lumen.domain == "lumenfreight.example"  # falls back to "Website URL"
    assert lumen.employees == 1250
    assert lumen.owner_email == "sam.rivera@outrider.example"
    assert ventresca.employees is None and ventresca.line == 4


def test_broken_accounts_report_lines_and_reasons_while_good_rows_import() -> None:
    result = accounts("broken_accounts.csv")
    assert result.dialect == "outrider"
    assert [(r.line, r.name) for r in result.records] == [
        (7, "Dune Logistics"),
        (9, "Evergreen Bank"),
        (11, "Acme Analytics Inc"),
        (16, "iris MEDIA"),
        (17, "Juniper AI"),
    ]
    problems = by_line(result)
    assert sorted(problems) == [2, 3, 4, 5, 6, 10, 12, 14, 15]
    assert all(p.where.startswith("broken_accounts.csv line ") for p in result.problems)
    assert (
        "line 11" in problems[2]
        and "'acmeanalytics.example'" in problems[2]
        and "later row wins" in problems[2]
    )
    assert "no account name" in problems[3]
    assert problems[4].startswith("employees 'lots' is not a number")
    assert "has 5 fields but the header has 11 columns" in problems[5]
    assert "starts with '='" in problems[6] and "formula" in problems[6]
    assert problems[10].startswith("domain 'not a website' is not a web domain")
    assert "ats 'taleo'" in problems[12] and "greenhouse" in problems[12]
    assert problems[14].startswith("owner_email 'bob(at)harbor' is not an email address")
    assert "line 16" in problems[15] and "'iris media'" in problems[15]

    records = {r.line: r for r in result.records}
    dune = records[7]
    assert dune.industry == "Logistics (road freight)"  # quoted line break inside the cell
    assert (dune.employees, dune.aliases, dune.country) == (5000, ["Dune"], "Germany")
    assert records[9].employees == 200  # "51-200": the upper bound
    acme = records[11]
    assert (acme.domain, acme.employees, acme.ats, acme.ats_board) == (
        "acmeanalytics.example",
        1300,
        "lever",
        "acme",
    )
    iris = records[16]
    assert iris.domain is None and iris.employees == 1100
    juniper = records[17]
    assert (juniper.employees, juniper.aliases, juniper.owner_email, juniper.ats) == (
        10000,
        [],
        None,
        "ashby",
    )


def test_outrider_accounts_full_row() -> None:
    data = (
        b"name,domain,aliases,industry,employees,country,owner_email,state,ats,ats_board,"
        b"careers_url,crm_id\n"
        b"Acme Analytics,HTTPS://www.AcmeAnalytics.example/about?x=1,"
        b"Acme; Acme Inc ;acme analytics;Acme,"
        b'Software,"1,200", United States ,Jo.Doe@Outrider.example,CA,Greenhouse,acmeanalytics,'
        b"https://acmeanalytics.example/careers,A-1\n"
    )
    (acme,) = parse_accounts_csv(data).records
    assert acme == AccountRecord(
        line=2,
        name="Acme Analytics",
        domain="acmeanalytics.example",
        aliases=["Acme", "Acme Inc"],
        industry="Software",
        employees=1200,
        country="United States",
        state="CA",
        owner_email="jo.doe@outrider.example",
        crm_id="A-1",
        ats="greenhouse",
        ats_board="acmeanalytics",
        careers_url="https://acmeanalytics.example/careers",
    )


def test_broken_contacts_report_lines_and_reasons_while_good_rows_import() -> None:
    result = contacts("broken_contacts.csv")
    assert result.dialect == "outrider"
    assert [(r.line, r.email) for r in result.records] == [
        (5, "dan.moss@gmail.com"),
        (9, "ada.quill@quillworks.example"),
        (11, "ivy@cole.example"),
        (13, "jon@park.example"),
    ]
    problems = by_line(result)
    assert sorted(problems) == [2, 3, 4, 6, 7, 8, 10]
    assert "line 9" in problems[2] and "same email" in problems[2]
    assert problems[3] == "email 'bob(at)acme' is not an email address (it has no @)"
    assert problems[4] == "Cara Lin has no email address; a contact needs one"  # "n/a"
    assert problems[6].startswith("champion 'maybe' is not yes or no")
    assert "company '@Ng Ltd' starts with '@'" in problems[7]
    assert "contains a space" in problems[8]
    assert "lifecycle_stage 'custmer'" in problems[10] and "customer" in problems[10]

    dan, ada, ivy, jon = result.records
    assert dan.domain is None and dan.champion is True and dan.lifecycle_stage == "customer"
    assert dan.timezone == "Europe/Berlin"
    assert (ada.title, ada.lifecycle_stage, ada.champion, ada.domain) == (
        "CTO",
        "sql",
        True,
        "quillworks.example",
    )
    assert (ivy.title, ivy.domain, ivy.lifecycle_stage, ivy.champion) == (
        "Head of Growth",
        "cole.example",
        "evangelist",
        False,
    )
    assert (jon.first_name, jon.domain, jon.title, jon.lifecycle_stage) == (
        "Jon",
        "park.example",
        None,
        None,
    )


def test_salesforce_deleted_rows_are_skipped_with_a_reason() -> None:
    result = accounts("salesforce_account_deleted_rows.csv")
    assert result.dialect == "salesforce"
    assert [r.name for r in result.records] == ["Northwind Traders", "Fabrikam Inc."]
    assert result.records[1].employees == 2000
    assert result.problems == [
        RecordProblem(
            where="salesforce_account_deleted_rows.csv line 3",
            reason="deleted in Salesforce (IsDeleted is TRUE); not imported",
        )
    ]


def test_excel_cp1252_semicolon_file() -> None:
    raw = load("excel_semicolon_cp1252_accounts.csv")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    result = parse_accounts_csv(raw)
    assert result.problems == []
    muller, societe, cafe = result.records
    assert (muller.name, muller.employees, muller.country) == (
        "Müller Maschinenbau GmbH",
        1200,
        "Deutschland",
    )
    assert (societe.name, societe.employees) == ("Société Générale des Eaux", 12000)
    assert cafe.industry == "Food \u2013 Retail"  # cp1252 0x96 is an en dash


# ------------------------------------------------------------------------------------------
# Whole-file errors


@pytest.mark.parametrize("parse", [parse_accounts_csv, parse_contacts_csv])
@pytest.mark.parametrize(
    "data", [b"", b"   \r\n\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\n\n", b",,,\n,,\n"]
)
def test_empty_file(parse, data: bytes) -> None:
    with pytest.raises(ImportFileError, match=r"^accounts\.csv: the file is empty"):
        parse(data, filename="accounts.csv")


@pytest.mark.parametrize("parse", [parse_accounts_csv, parse_contacts_csv])
def test_html_given_as_csv(parse) -> None:
    page = b"<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Login</body></html>\n"
    with pytest.raises(ImportFileError) as info:
        parse(page, filename="export.csv")
    message = str(info.value)
    assert message.startswith("export.csv:") and "HTML" in message


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00rest-of-xlsx", "Excel workbook"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"name,domain\nAcme\x00\x01\x02,acme.com\n", "binary"),
        (bytes(range(256)) * 4, "binary"),
        (b'[{"name": "Acme"}]', "JSON"),
        (b'<?xml version="1.0"?><accounts/>', "XML"),
    ],
)
def test_not_a_csv_file(data: bytes, words: str) -> None:
    with pytest.raises(ImportFileError) as info:
        parse_accounts_csv(data, filename="upload.bin")
    assert str(info.value).startswith("upload.bin: not a CSV file") and words in str(info.value)


def test_no_name_column_lists_what_is_needed() -> None:
    with pytest.raises(ImportFileError) as info:
        parse_accounts_csv(b"website,employees\nacme.com,10\n", filename="a.csv")
    message = str(info.value)
    assert message.startswith("a.csv: no account name column")
    assert "'name'" in message and "'Company name'" in message and "'website'" in message


def test_no_email_column_lists_what_is_needed() -> None:
    with pytest.raises(ImportFileError) as info:
        parse_contacts_csv(b"first_name,last_name\nAda,Quill\n", filename="c.csv")
    message = str(info.value)
    assert message.startswith("c.csv: no email column") and "'email'" in message


def test_header_only_file_is_not_an_error() -> None:
    result = parse_accounts_csv(b"name,domain\r\n")
    assert result.records == [] and result.problems == [] and result.dialect == "outrider"


# ------------------------------------------------------------------------------------------
# Cells, headers, delimiters, encodings


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1000", 1000),
        ('"1,000"', 1000),
        ("1000.0", 1000),
        ("5000+", 5000),
        ("51-200", 200),
        ("51 - 200", 200),
        ('"1,001-5,000"', 5000),
        ("10k", 10000),
        ("1.200", 1200),
        ("12 000", 12000),
        ("500 employees", 500),
        ("0", 0),
        ("", None),
        ("N/A", None),
        ("NULL", None),
        ("-", None),
    ],
)
def test_employees_values(cell: str, expected: int | None) -> None:
    (record,) = parse_accounts_csv(f"name,employees\nAcme,{cell}\n".encode()).records
    assert record.employees == expected


@pytest.mark.parametrize(
    ("cell", "why"),
    [
        ("lots", "not a number"),
        ("12.5", "not a whole number"),
        ("-5", "not a number"),
        ("200-51", "not a number"),
        ("99999999999", "larger"),
    ],
)
def test_bad_employees_values_skip_the_row(cell: str, why: str) -> None:
    result = parse_accounts_csv(f"name,employees\nAcme,{cell}\nBolt,3\n".encode(), filename="f.csv")
    assert [r.name for r in result.records] == ["Bolt"]
    (problem,) = result.problems
    assert problem.where == "f.csv line 2"
    assert problem.reason.startswith(f"employees '{cell}'") and why in problem.reason


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("true", True),
        ("TRUE", True),
        ("Yes", True),
        ("y", True),
        ("1", True),
        ("x", True),
        ("X", True),
        ("false", False),
        ("No", False),
        ("n", False),
        ("0", False),
        ("", False),
    ],
)
def test_champion_booleans(cell: str, expected: bool) -> None:
    (record,) = parse_contacts_csv(f"email,champion\na@acme.com,{cell}\n".encode()).records
    assert record.champion is expected


@pytest.mark.parametrize(
    ("cell", "stage"),
    [
        ("Subscriber", "subscriber"),
        ("lead", "lead"),
        ("marketingqualifiedlead", "mql"),
        ("Marketing Qualified Lead", "mql"),
        ("MQL", "mql"),
        ("salesqualifiedlead", "sql"),
        ("Sales Qualified Lead", "sql"),
        ("opportunity", "opportunity"),
        ("Customer", "customer"),
        ("evangelist", "evangelist"),
        ("other", "other"),
        ("", None),
    ],
)
def test_lifecycle_stages(cell: str, stage: str | None) -> None:
    (record,) = parse_contacts_csv(f"email,lifecycle_stage\na@acme.com,{cell}\n".encode()).records
    assert record.lifecycle_stage == stage


@pytest.mark.parametrize(
    ("email", "domain"),
    [
        ("a@gmail.com", None),
        ("a@yahoo.co.uk", None),
        ("a@hotmail.fr", None),
        ("a@proton.me", None),
        ("a@icloud.com", None),
        ("a@outlook.com", None),
        ("a@acme.com", "acme.com"),
        ("a@mail.acme.com", "mail.acme.com"),
    ],
)
def test_contact_domain_from_email_unless_free_mail(email: str, domain: str | None) -> None:
    (record,) = parse_contacts_csv(f"email\n{email}\n".encode()).records
    assert record.domain == domain


def test_domain_column_beats_the_email_domain() -> None:
    (record,) = parse_contacts_csv(
        b"email,domain\nada@gmail.com,https://www.Quillworks.example/team\n"
    ).records
    assert record.domain == "quillworks.example"


@pytest.mark.parametrize(
    ("email", "why"),
    [
        ("bob(at)acme", "no @"),
        ("bob @acme.com", "space"),
        ("a@b@acme.com", "more than one @"),
        ("@acme.com", "before the @"),
        ("bob@", "after the @"),
        ("bob@acme", "not a valid domain"),
        ("bo,b@acme.com", "characters"),
    ],
)
def test_invalid_emails(email: str, why: str) -> None:
    result = parse_contacts_csv(f'email\n"{email}"\n'.encode(), filename="c.csv")
    assert result.records == []
    (problem,) = result.problems
    assert (
        problem.reason.startswith(f"email '{email}' is not an email address")
        and why in problem.reason
    )


def test_email_is_lowercased_and_mailto_dropped() -> None:
    (record,) = parse_contacts_csv(b"Email\nmailto:Ada.Quill@Quillworks.EXAMPLE\n").records
    assert record.email == "ada.quill@quillworks.example"


def test_full_name_column_is_split_when_first_and_last_are_missing() -> None:
    (record,) = parse_contacts_csv(b"Name,Email\nAda Lovelace Byron,ada@acme.com\n").records
    assert (record.first_name, record.last_name) == ("Ada", "Lovelace Byron")


@pytest.mark.parametrize("sign", ["=", "+", "-", "@"])
def test_csv_injection_in_names_is_rejected(sign: str) -> None:
    data = f"name,domain\n\"{sign}cmd|' /C calc'!A0\",evil.example\nAcme,acme.com\n".encode()
    result = parse_accounts_csv(data)
    assert [r.name for r in result.records] == ["Acme"]
    assert f"starts with '{sign}'" in result.problems[0].reason


def test_injection_in_contact_name_and_title() -> None:
    data = (
        b"first_name,last_name,email,title\n=1+1,Quill,a@acme.com,CTO\nAda,Quill,b@acme.com,+VP\n"
    )
    result = parse_contacts_csv(data)
    assert result.records == []
    assert [p.reason.split(" ")[0:2] for p in result.problems] == [
        ["first", "name"],
        ["title", "'+VP'"],
    ]


def test_header_matching_ignores_case_spaces_and_punctuation() -> None:
    data = (
        b"  NAME ,Web-Site,Number Of Employees,OWNER_EMAIL,Country/Region\n"
        b"Acme,acme.com,12,jo@acme.com,US\n"
    )
    (record,) = parse_accounts_csv(data).records
    assert (record.name, record.domain, record.employees, record.owner_email, record.country) == (
        "Acme",
        "acme.com",
        12,
        "jo@acme.com",
        "US",
    )


@pytest.mark.parametrize(
    "data",
    [
        b"name\tdomain\temployees\nAcme, Inc.\tacme.com\t1,200\n",
        b"name;domain;employees\nAcme, Inc.;acme.com;1,200\n",
        b"sep=;\nname;domain;employees\nAcme, Inc.;acme.com;1,200\n",
        b'name,domain,employees\n"Acme, Inc.",acme.com,"1,200"\n',
    ],
)
def test_delimiters(data: bytes) -> None:
    result = parse_accounts_csv(data)
    assert result.problems == []
    (record,) = result.records
    assert (record.name, record.domain, record.employees) == ("Acme, Inc.", "acme.com", 1200)
    assert record.line == (3 if data.startswith(b"sep=") else 2)


def test_utf16_with_bom() -> None:
    data = "name\tdomain\r\nZürich Versicherung\tzurich.example\r\n".encode("utf-16")
    (record,) = parse_accounts_csv(data).records
    assert record.name == "Zürich Versicherung"


def test_utf8_bom_on_our_own_template() -> None:
    data = "\ufeffname,domain\nÅngström AB,angstrom.example\n".encode()
    (record,) = parse_accounts_csv(data).records
    assert record.name == "Ångström AB"


def test_wrong_column_count_and_unclosed_quote() -> None:
    data = (
        b"name,domain,industry\n"
        b"Acme,acme.com,Software,extra\n"
        b"Bolt,bolt.example\n"
        b'Cedar,"cedar.example,Health\n'
        b"Dune,dune.example,Logistics\n"
    )
    result = parse_accounts_csv(data, filename="x.csv")
    assert result.records == []
    problems = by_line(result)
    assert (
        "has 4 fields but the header has 3 columns" in problems[2]
        and "unquoted comma" in problems[2]
    )
    assert "has 2 fields" in problems[3]
    assert "unclosed quote" in problems[4] and "lines 4-5" in problems[4]


def test_trailing_empty_cells_are_tolerated_and_blank_rows_ignored() -> None:
    data = b"name,domain\r\nAcme,acme.com,,\r\n\r\n,\r\nBolt,bolt.example\r\n"
    result = parse_accounts_csv(data)
    assert result.problems == []
    assert [(r.line, r.name) for r in result.records] == [(2, "Acme"), (5, "Bolt")]


def test_records_are_frozen() -> None:
    (record,) = parse_accounts_csv(b"name\nAcme\n").records
    with pytest.raises(ValidationError):
        record.name = "Other"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("acme.com", "acme.com"),
        ("https://www.Acme.com/about?x=1#y", "acme.com"),
        ("http://acme.co.uk:8080", "acme.co.uk"),
        ("WWW.ACME.IO.", "acme.io"),
        ("//acme.com/x", "acme.com"),
        # One domain layer (signals.text.links) for imports and resolution: IDNA hosts are stored
        # as punycode, the form resolution compares, so an imported "münchen.de" matches signals.
        ("münchen.de", "xn--mnchen-3ya.de"),
        ("xn--mnchen-3ya.de", "xn--mnchen-3ya.de"),
        ("acme", None),
        ("not a website", None),
        ("http://", None),
        ("acme_corp.com", None),
        ("-acme.com", None),
        ("10.0.0.1", None),
        ("", None),
    ],
)
def test_normalise_domain(value: str, expected: str | None) -> None:
    assert normalise_domain(value) == expected


def test_is_freemail() -> None:
    assert (
        is_freemail("gmail.com")
        and is_freemail("Yahoo.co.uk")
        and is_freemail("hotmail.de")
        and is_freemail("proton.me")
    )
    assert not is_freemail("acme.com") and not is_freemail("live.nation.com")


# ------------------------------------------------------------------------------------------
# Size and robustness


def test_a_100000_row_file_parses_completely() -> None:
    # How long it takes is measured by benchmarks (the project never asserts a timing in a test:
    # this one failed under load on a shared 2-core machine).
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        ["name", "domain", "aliases", "industry", "employees", "country", "owner_email", "state"]
    )
    for i in range(100_000):
        writer.writerow(
            [
                f"Company {i}",
                f"https://www.company{i}.example/about",
                f"C{i};Comp {i}",
                "Software",
                f"{i % 5000 + 1:,}",
                "United States",
                f"owner{i % 7}@outrider.example",
                "CA",
            ]
        )
    data = buffer.getvalue().encode()
    result = parse_accounts_csv(data)
    assert len(result.records) == 100_000 and result.problems == []
    assert result.records[-1].line == 100_001


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_only_ever_raise_import_file_error(data: bytes) -> None:
    for parse in (parse_accounts_csv, parse_contacts_csv):
        try:
            result = parse(data, filename="fuzz.csv")
        except ImportFileError as exc:
            assert str(exc).startswith("fuzz.csv")
            continue
        assert all(p.where.startswith("fuzz.csv line ") for p in result.problems)


_CSVISH = st.lists(
    st.sampled_from(
        [
            *'abcXYZ@.,;\t"\r\n =+-01éü/:',
            "\x00",
            "\ufeff",
            "\x85",
            "\u2028",
            "N/A",
            "TRUE",
            "gmail.com",
            "http://",
            "51-200",
            "001Ec00000GINb1IAH",
        ]
    ),
    max_size=200,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    header=st.sampled_from(
        [
            "name,domain,aliases,employees,owner_email,ats\n",
            "first_name,last_name,email,title,company,domain,lifecycle_stage,champion\n",
            "Id,IsDeleted,AccountId,FirstName,LastName,Email,Name,Website,NumberOfEmployees\n",
            '"Record ID","First Name","Email","Company name","Buying Role",'
            '"Associated Company IDs"\n',
        ]
    ),
    body=_CSVISH,
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
)
def test_csv_like_input_never_raises_anything_else(header: str, body: str, encoding: str) -> None:
    data = (header + body).encode(encoding, errors="replace")
    for parse in (parse_accounts_csv, parse_contacts_csv):
        try:
            result = parse(data, filename="fuzz.csv")
        except ImportFileError:
            continue
        lines = [r.line for r in result.records]
        assert all(line >= 2 for line in lines)
        assert lines == sorted(lines)


def test_an_unclosed_quote_that_swallows_the_file_is_reported_with_its_lines() -> None:
    data = b'name,domain\n"Acme,acme.com\n' + b"".join(
        b"Co %d,co%d.example\n" % (i, i) for i in range(20_000)
    )
    result = parse_accounts_csv(data, filename="q.csv")
    first = result.problems[0]
    assert first.where == "q.csv line 2"
    assert first.reason.startswith("lines 2-") and "unclosed quote" in first.reason
    # Reading starts again after the unreadable stretch.
    assert result.records and result.records[-1].name == "Co 19999"
    assert result.records[-1].line == 20_002
