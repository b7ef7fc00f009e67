"""Form D parsers on real EDGAR payloads: the getcurrent Atom page and three primary_doc.xml files."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signals.sec.formd import (
    MAX_XML_BYTES,
    FormDError,
    parse_getcurrent,
    parse_primary_doc,
    primary_doc_path,
    read_getcurrent,
)
from tests.conftest import FIXTURES

EDGAR = FIXTURES / "edgar"
REIT = (EDGAR / "edgartools_D.1685REIT.primary_doc.xml").read_bytes()
FUND = (EDGAR / "edgartools_D.APFund.primary_doc.xml").read_bytes()
SHEPHERDS = (EDGAR / "edgartools_D.Shepards.primary_doc.xml").read_bytes()
ACME = (EDGAR / "handmade_D.acme_indefinite.primary_doc.xml").read_bytes()
BETA = (EDGAR / "handmade_D.beta_yet_to_occur.primary_doc.xml").read_bytes()
REAL_PAGE = (EDGAR / "edgartools_getcurrent_atom_page_start400.xml").read_bytes()
SMALL_PAGE = (EDGAR / "handmade_getcurrent_formd.atom.xml").read_bytes()


# ------------------------------------------------------------------------------- primary_doc.xml


def test_real_fixtures_really_start_with_whitespace() -> None:
    # The premise of the leading-whitespace handling, checked on the files themselves.
    assert FUND[:1] == b"\n" and SHEPHERDS[:1] == b"\n"
    assert REIT.startswith(b"<?xml")


def test_reit_issuer_amounts_and_people() -> None:
    doc = parse_primary_doc(REIT)
    assert doc.submission_type == "D" and not doc.is_amendment and doc.live
    assert doc.issuer_name == "1685 38th REIT, L.L.C."
    assert doc.cik == "0001961089"
    assert doc.jurisdiction == "DELAWARE"
    assert (doc.address_state, doc.address_state_name, doc.city) == ("CA", "CALIFORNIA", "LOS ANGELES")
    assert doc.is_us
    assert doc.entity_type == "Limited Liability Company"
    assert (doc.year_of_incorporation, doc.incorporated) == (2022, "within_five_years")
    assert doc.industry_group == "REITS and Finance" and not doc.is_pooled_fund
    assert (doc.total_offering, doc.total_sold, doc.total_remaining) == (125000, 125000, 0)
    assert not doc.offering_indefinite
    assert doc.first_sale_date == date(2023, 1, 19) and not doc.first_sale_yet_to_occur
    assert doc.signed_on == date(2023, 1, 27)
    assert doc.exemptions == ("06b", "3C", "3C.7")
    assert doc.investor_count == 125
    names = [p.name for p in doc.related_persons]
    assert len(names) == 14 and len(set(names)) == 14
    assert names[:3] == ["Daniel Belldegrun", "Paul Galiano", "Joshua Bradley"]
    bradley = doc.related_persons[2]
    assert bradley.relationships == ("Executive Officer", "Director")
    assert bradley.clarification is None and bradley.title == "Executive Officer, Director"
    assert "Joseph G. Doran" in names and "Daniel D'Orazi" in names
    # Directors only are not executives.
    assert "Robert J. Speyer" not in {p.name for p in doc.executives}
    assert len(doc.executives) == 10


def test_amended_filing_with_leading_newline() -> None:
    doc = parse_primary_doc(SHEPHERDS)
    assert doc.submission_type == "D/A" and doc.is_amendment
    assert doc.previous_accession == "0001544190-19-000002"
    assert doc.issuer_name == "Shepherd's Finance, LLC"
    assert doc.address_state == "FL" and doc.jurisdiction == "DELAWARE"
    assert (doc.year_of_incorporation, doc.incorporated) == (None, "over_five_years")
    assert doc.industry_group == "Other Banking and Financial Services"
    assert (doc.total_offering, doc.total_sold, doc.total_remaining) == (8_000_000, 5_725_051, 2_274_949)
    assert doc.first_sale_date == date(2017, 3, 16)
    ceo = doc.related_persons[0]
    assert ceo.name == "Daniel M. Wallach"
    assert ceo.relationships == ("Executive Officer", "Director")
    assert ceo.title == "Chief Executive Officer and Member of the Board of Managers"
    cfo = next(p for p in doc.executives if p.name == "Catherine Loftin")
    assert cfo.title == "Chief Financial Officer"


def test_pooled_fund_with_co_issuer_and_entity_related_persons() -> None:
    doc = parse_primary_doc(FUND)
    assert doc.issuer_name == "AP Fund IV, a series of Inference Technology Partners, LP"
    assert doc.is_pooled_fund and doc.fund_type == "Venture Capital Fund"
    assert doc.co_issuers == ("AP Fund IV AL Vehicle, a series of Inference Technology Partners, LP",)
    assert (doc.total_offering, doc.total_sold, doc.total_remaining) == (659752, 659752, 0)
    # EDGAR splits "Fund GP, LLC" into last name "Fund GP," and first name "LLC".
    assert [(p.name, p.is_entity) for p in doc.related_persons] == [
        ("Belltower Fund Group Ltd.", True),
        ("Fund GP, LLC", True),
    ]
    assert doc.executives == ()
    assert doc.signed_on == date(2023, 1, 30)


def test_indefinite_amounts_and_per_role_duplicates_collapse() -> None:
    doc = parse_primary_doc(ACME)  # starts with spaces and a newline before <?xml
    assert doc.issuer_name == "Acme Robotics, Inc."
    assert doc.total_offering is None and doc.offering_indefinite
    assert doc.total_remaining is None
    assert doc.total_sold == 2_500_000
    assert doc.industry_group == "Other Technology"
    jane = [p for p in doc.related_persons if p.name.casefold() == "jane q. doe"]
    assert len(jane) == 1, doc.related_persons
    assert jane[0].name == "Jane Q. Doe"
    assert jane[0].relationships == ("Executive Officer", "Director")
    assert jane[0].clarification == "Chief Executive Officer; Chair of the Board"
    assert [p.name for p in doc.executives] == ["Jane Q. Doe", "Zoë Martínez"]
    promoter = doc.related_persons[-1]
    assert (promoter.name, promoter.relationships, promoter.is_entity) == (
        "Example Ventures GP, LLC",
        ("Promoter",),
        True,
    )


def test_first_sale_yet_to_occur_and_none_amount() -> None:
    doc = parse_primary_doc(BETA)
    assert doc.first_sale_date is None and doc.first_sale_yet_to_occur
    assert (doc.total_offering, doc.total_sold, doc.total_remaining) == (10_000_000, 0, None)
    assert not doc.offering_indefinite
    assert doc.entity_type == "Public benefit corporation"
    assert doc.incorporated == "over_five_years"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1,250,000", 1_250_000), ("$3,000,000", 3_000_000), ("125000.50", 125001), ("None", None), ("", None)],
)
def test_amount_spellings(raw: str, expected: int | None) -> None:
    data = SHEPHERDS.replace(b"<totalAmountSold>5725051<", f"<totalAmountSold>{raw}<".encode())
    assert parse_primary_doc(data).total_sold == expected


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        (b"<totalAmountSold>5725051<", b"<totalAmountSold>lots<", "totalAmountSold 'lots' is not an amount"),
        (b"<value>2017-03-16<", b"<value>16/03/2017<", "dateOfFirstSale '16/03/2017' is not a date"),
        (b"<value>2017-03-16<", b"<value>2017-02-30<", "not a real date"),
        (b"<submissionType>D/A<", b"<submissionType>10-K<", "not a Form D: submissionType is '10-K'"),
        (b"<entityName>Shepherd's Finance, LLC</entityName>", b"<entityName> </entityName>", "no entityName"),
        (b"<cik>0001544190</cik>", b"<cik>abc</cik>", "CIK 'abc' is not a number"),
        (b"</edgarSubmission>", b"", "not well-formed XML"),
        (b"<edgarSubmission>", b"<ownershipDocument>", "not well-formed"),
    ],
)
def test_malformed_documents_give_a_specific_reason(old: bytes, new: bytes, reason: str) -> None:
    data = SHEPHERDS.replace(old, new, 1)
    assert data != SHEPHERDS
    with pytest.raises(FormDError) as info:
        parse_primary_doc(data)
    assert reason in str(info.value)


def test_wrong_root_and_empty_and_html() -> None:
    with pytest.raises(FormDError, match="root element is <ownershipDocument>"):
        parse_primary_doc(b"<?xml version='1.0'?><ownershipDocument/>")
    with pytest.raises(FormDError, match="empty"):
        parse_primary_doc(b" \n\t ")
    with pytest.raises(FormDError, match="HTML page"):
        parse_primary_doc(b"\n<!DOCTYPE html><html><body>Request Rate Threshold Exceeded</body></html>")
    with pytest.raises(FormDError, match="no offeringData"):
        parse_primary_doc(
            b"<edgarSubmission><submissionType>D</submissionType><primaryIssuer><cik>1</cik>"
            b"<entityName>X Inc.</entityName></primaryIssuer></edgarSubmission>"
        )


def test_size_cap() -> None:
    with pytest.raises(FormDError, match="over the"):
        parse_primary_doc(b" " * (MAX_XML_BYTES + 1))


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<edgarSubmission><submissionType>D</submissionType><primaryIssuer><cik>1</cik>
<entityName>&lol9;</entityName></primaryIssuer><offeringData/></edgarSubmission>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE edgarSubmission [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<edgarSubmission><submissionType>D</submissionType><primaryIssuer><cik>1</cik>
<entityName>&xxe;</entityName></primaryIssuer><offeringData/></edgarSubmission>"""


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "xxe"])
def test_entity_attacks_are_refused(payload: bytes) -> None:
    with pytest.raises(FormDError, match="refused") as info:
        parse_primary_doc(payload)
    assert "root:" not in str(info.value)  # nothing of /etc/passwd leaks into the message
    with pytest.raises(FormDError, match="refused"):
        parse_getcurrent(payload.replace(b"edgarSubmission", b"feed"))


# ------------------------------------------------------------------------------- getcurrent feed


def test_real_getcurrent_page_finds_the_form_d_filings() -> None:
    refs, problems = read_getcurrent(REAL_PAGE)
    assert problems == []
    assert [(r.form, r.accession) for r in refs] == [
        ("D", "0002100701-25-000001"),
        ("D", "0002068302-25-000001"),
        ("D", "0002068303-25-000001"),
        ("D/A", "0002084236-25-000005"),
        ("D/A", "0001797552-25-000002"),
    ]
    first = refs[0]
    assert first.company == "Entrokey Labs Inc."
    assert first.cik == "0002100701" and not first.is_amendment
    assert first.filed_on == date(2025, 12, 12)
    assert first.accepted_at == datetime(2025, 12, 12, 22, 7, 16, tzinfo=UTC)
    assert first.index_url == (
        "https://www.sec.gov/Archives/edgar/data/2100701/000210070125000001/0002100701-25-000001-index.htm"
    )
    assert first.primary_doc_url() == (
        "https://www.sec.gov/Archives/edgar/data/2100701/000210070125000001/primary_doc.xml"
    )
    spruce = refs[-1]
    assert spruce.company == "Spruce House Partnership (QP) LP" and spruce.is_amendment
    assert spruce.items == ("3C", "3C.7")


def test_real_page_repeats_are_collapsed_per_accession() -> None:
    # Form 4 filings on the real page appear once per role (Issuer, Reporting): one ref each.
    refs = parse_getcurrent(REAL_PAGE, forms=["4"])
    raw_entries = REAL_PAGE.count(b'term="4"')
    assert raw_entries > len(refs) == len({r.accession for r in refs}) == 19
    pharma = next(r for r in refs if r.accession == "0001683168-25-009115")
    assert set(pharma.ciks) == {"0001428761", "0001157075"}


def test_small_page_collapses_co_issuer_repeats_and_picks_the_filer_cik() -> None:
    refs = parse_getcurrent(SMALL_PAGE)
    assert [r.accession for r in refs] == [
        "0009990001-23-000001",
        "0001544190-23-000001",
        "0009990002-23-000001",
        "0001958740-23-000001",
        "0001961089-23-000001",
    ]
    fund = refs[3]
    assert fund.ciks == ("0001963203", "0001958740")
    assert fund.cik == "0001958740"  # the self-filing issuer, not the co-issuer listed first
    assert fund.primary_doc_url("http://127.0.0.1:1") == (
        "http://127.0.0.1:1/Archives/edgar/data/1958740/000195874023000001/primary_doc.xml"
    )
    assert refs[1].form == "D/A" and refs[1].is_amendment


def test_latin1_names_decode() -> None:
    (ref,) = parse_getcurrent(SMALL_PAGE, forms=["4"])
    assert ref.company == "Müller Jürgen"
    assert ref.ciks == ("0009990003", "0009990004")


def test_feed_entry_problems_are_reported_not_raised() -> None:
    broken = SMALL_PAGE.replace(
        b"<id>urn:tag:sec.gov,2008:accession-number=0009990002-23-000001</id>", b"<id>x</id>"
    ).replace(b"AccNo:&lt;/b&gt; 0009990002-23-000001", b"AccNo:&lt;/b&gt; ?").replace(
        b"/000999000223000001/0009990002-23-000001-index.htm", b"/index.htm"
    )
    refs, problems = read_getcurrent(broken)
    assert "0009990002-23-000001" not in {r.accession for r in refs}
    assert len(refs) == 4
    assert [p.reason for p in problems] == ["the entry has no accession number"]


def test_feed_level_errors() -> None:
    with pytest.raises(FormDError, match="not an Atom feed"):
        parse_getcurrent(REIT)
    with pytest.raises(FormDError, match="HTML page"):
        parse_getcurrent(b"<html><body>Your Request Originates from an Undeclared Automated Tool</body></html>")


def test_primary_doc_path() -> None:
    assert primary_doc_path("0001961089", "0001961089-23-000001") == (
        "/Archives/edgar/data/1961089/000196108923000001/primary_doc.xml"
    )


# ------------------------------------------------------------------------------- garbage


def _mutations() -> st.SearchStrategy[bytes]:
    seeds = st.sampled_from([SHEPHERDS, FUND, ACME, SMALL_PAGE])

    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        data = bytearray(draw(seeds))
        for _ in range(draw(st.integers(1, 6))):
            pos = draw(st.integers(0, len(data)))
            action = draw(st.sampled_from(["cut", "insert", "flip"]))
            if action == "cut":
                end = draw(st.integers(pos, min(len(data), pos + 200)))
                del data[pos:end]
            elif action == "insert":
                data[pos:pos] = draw(st.sampled_from([b"<", b"&", b"]]>", b"</a>", b"\x00", b"\xff\xfe", b"Indefinite", b"<!DOCTYPE x>"]))
            elif data:
                data[min(pos, len(data) - 1)] = draw(st.integers(0, 255))
        return bytes(data)

    return mutate()


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(st.binary(max_size=2000), _mutations()))
def test_garbage_raises_only_form_d_error(data: bytes) -> None:
    for parse in (parse_primary_doc, parse_getcurrent):
        try:
            parse(data)
        except FormDError as exc:
            assert str(exc)
