"""SEC Form D: the EDGAR "getcurrent" Atom feed and each filing's primary_doc.xml, as typed values.

Two pure parsers over bytes:

- `parse_getcurrent(data)` reads one page of
  `/cgi-bin/browse-edgar?action=getcurrent&type=D&...&output=atom` (served as ISO-8859-1) into
  `FilingRef`s. EDGAR lists a filing once per related entity ("(Filer)", "(Issuer)", a co-issuer's
  CIK, ...); those repeats are collapsed into one ref per accession number. Only D and D/A are
  kept unless `forms=` says otherwise.
- `parse_primary_doc(data)` reads a filing's `primary_doc.xml` into a `FormD`: the issuer, its
  state, industry group, offering amounts, first sale, and the related persons with the
  duplicate per-role entries of one person merged.

Both parse untrusted XML with defusedxml (no DTD, no entity expansion, no external references),
strip the leading whitespace SEC documents often carry before `<?xml`, cap the input size, and
raise only `FormDError`, whose message is a specific reason a person can act on.
"""

from __future__ import annotations

import codecs
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

import defusedxml
import defusedxml.ElementTree as DET

from signals.model import RecordProblem

__all__ = [
    "FORM_D_TYPES",
    "MAX_XML_BYTES",
    "US_STATE_CODES",
    "FilingRef",
    "FormD",
    "FormDError",
    "RelatedPerson",
    "parse_getcurrent",
    "parse_primary_doc",
    "primary_doc_path",
    "read_getcurrent",
]

#: Form types a Form D collector wants from the feed (an amendment is "D/A").
FORM_D_TYPES: tuple[str, ...] = ("D", "D/A")
#: Neither document comes near this; anything larger is refused before parsing.
MAX_XML_BYTES = 5 * 1024 * 1024
#: At most this many related persons are read from one filing (real ones list a handful).
MAX_PERSONS = 500

#: EDGAR's two-letter codes for US states and territories; every other code is a foreign place.
US_STATE_CODES: frozenset[str] = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP".split()
)


class FormDError(ValueError):
    """An EDGAR document that cannot be read; `reason` says what is wrong with it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FilingRef:
    """One filing listed in the getcurrent feed, collapsed over its per-entity repeats."""

    accession: str  # "0002100701-25-000001"
    form: str  # "D" or "D/A"
    #: The CIK whose archive folder holds the filing (10 digits, as EDGAR writes it).
    cik: str
    company: str
    filed_on: date
    #: When EDGAR accepted the filing (the entry's `updated`), in UTC, if given.
    accepted_at: datetime | None = None
    #: The filing index page (`...-index.htm`) as the feed links it.
    index_url: str | None = None
    #: Items the feed summary lists ("3C", "3C.7": Investment Company Act exclusions).
    items: tuple[str, ...] = ()
    #: Every CIK the feed listed this filing under (issuer, co-issuers, filer agent).
    ciks: tuple[str, ...] = ()

    @property
    def is_amendment(self) -> bool:
        return self.form.upper().endswith("/A")

    def primary_doc_url(self, base: str = "https://www.sec.gov") -> str:
        return base.rstrip("/") + primary_doc_path(self.cik, self.accession)


@dataclass(frozen=True, slots=True)
class RelatedPerson:
    """A person (or, now and then, an entity) Form D item 3 names, merged over repeated entries."""

    name: str
    #: "Executive Officer", "Director", "Promoter", in the order first listed.
    relationships: tuple[str, ...] = ()
    #: The free-text clarification ("Chief Financial Officer"), merged with "; " when repeated.
    clarification: str | None = None
    #: True when the entry names a company ("Fund GP, LLC"), not a person.
    is_entity: bool = False

    @property
    def title(self) -> str:
        return self.clarification or ", ".join(self.relationships)

    @property
    def is_executive(self) -> bool:
        return not self.is_entity and "executive officer" in {r.casefold() for r in self.relationships}


@dataclass(frozen=True, slots=True)
class FormD:
    """What a Form D notice says about an issuer and its offering. Amounts are US dollars."""

    submission_type: str  # "D" or "D/A"
    is_amendment: bool
    issuer_name: str
    cik: str
    live: bool = True
    #: Jurisdiction of incorporation as written ("DELAWARE").
    jurisdiction: str | None = None
    #: The issuer's address: EDGAR's state-or-country code ("CA"; foreign places look like "A0").
    address_state: str | None = None
    address_state_name: str | None = None
    city: str | None = None
    entity_type: str | None = None
    year_of_incorporation: int | None = None
    #: "within_five_years", "over_five_years" or "yet_to_be_formed".
    incorporated: str | None = None
    industry_group: str | None = None
    #: For pooled investment funds: "Venture Capital Fund", "Hedge Fund", ...
    fund_type: str | None = None
    revenue_range: str | None = None
    exemptions: tuple[str, ...] = ()
    #: None when the filing says "Indefinite" or "None", or leaves it out.
    total_offering: int | None = None
    total_sold: int | None = None
    total_remaining: int | None = None
    offering_indefinite: bool = False
    first_sale_date: date | None = None
    first_sale_yet_to_occur: bool = False
    investor_count: int | None = None
    #: The latest signature date: the day the notice was signed (the filing date is the feed's).
    signed_on: date | None = None
    previous_accession: str | None = None
    co_issuers: tuple[str, ...] = ()
    related_persons: tuple[RelatedPerson, ...] = field(default_factory=tuple)

    @property
    def is_pooled_fund(self) -> bool:
        return (self.industry_group or "").casefold() == "pooled investment fund"

    @property
    def is_us(self) -> bool:
        return self.address_state in US_STATE_CODES

    @property
    def executives(self) -> tuple[RelatedPerson, ...]:
        return tuple(p for p in self.related_persons if p.is_executive)


def primary_doc_path(cik: str | int, accession: str) -> str:
    """`/Archives/edgar/data/{cik}/{accession without dashes}/primary_doc.xml`."""
    digits = re.sub(r"\D", "", str(cik))
    if not digits:
        raise FormDError(f"{cik!r} is not a CIK")
    return f"/Archives/edgar/data/{int(digits)}/{accession.replace('-', '')}/primary_doc.xml"


# --------------------------------------------------------------------------------------------
# Hardened XML
# --------------------------------------------------------------------------------------------

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _parse_xml(data: bytes, what: str) -> ET.Element:
    """Untrusted bytes to an element tree with namespaces dropped; FormDError on anything wrong."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise FormDError(f"the {what} must be bytes, not {type(data).__name__}")
    data = bytes(data)
    if len(data) > MAX_XML_BYTES:
        raise FormDError(f"the {what} is {len(data):,} bytes, over the {MAX_XML_BYTES:,}-byte cap")
    # SEC documents often start with a newline before `<?xml`, which strict parsers reject.
    # UTF-16 input is left alone: stripping single bytes would break its code units.
    if not data.startswith(_UTF16_BOMS):
        data = data.lstrip()
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8) :].lstrip()
    if not data:
        raise FormDError(f"the {what} is empty")
    head = data[:512].lower()
    if head.startswith((b"<!doctype html", b"<html")):
        raise FormDError(f"the {what} is an HTML page, not XML (EDGAR answers errors with HTML)")
    try:
        root = DET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DTDForbidden:
        raise FormDError(
            f"the {what} declares a DTD; refused, because entity expansion is off"
        ) from None
    except defusedxml.EntitiesForbidden:
        raise FormDError(f"the {what} declares entities; refused, because entity expansion is off") from None
    except defusedxml.ExternalReferenceForbidden:
        raise FormDError(f"the {what} references an external resource; refused") from None
    except defusedxml.DefusedXmlException as exc:
        raise FormDError(f"the {what} was refused by the hardened XML parser ({exc})") from None
    except ET.ParseError as exc:
        raise FormDError(f"the {what} is not well-formed XML ({_first_line(exc)})") from None
    except (ValueError, LookupError, UnicodeError, RecursionError) as exc:
        raise FormDError(f"the {what} could not be decoded ({_first_line(exc)})") from None
    for element in root.iter():
        tag = element.tag
        if isinstance(tag, str) and "}" in tag:
            element.tag = tag.rsplit("}", 1)[1]
    return root


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else exc.__class__.__name__)[:200]


_WS = re.compile(r"\s+")


def _clean(value: str | None, limit: int = 500) -> str | None:
    if value is None:
        return None
    value = _WS.sub(" ", value).strip()
    return value[:limit] or None


def _text(element: ET.Element | None, path: str, limit: int = 500) -> str | None:
    if element is None:
        return None
    found = element.find(path)
    if found is None:
        return None
    return _clean("".join(found.itertext()), limit)


def _flag(value: str | None) -> bool | None:
    if value is None:
        return None
    key = value.strip().casefold()
    if key in ("true", "1", "y", "yes"):
        return True
    if key in ("false", "0", "n", "no"):
        return False
    return None


# --------------------------------------------------------------------------------------------
# getcurrent Atom feed
# --------------------------------------------------------------------------------------------

_TITLE_RE = re.compile(
    r"^(?P<form>\S.*?)\s+-\s+(?P<name>.*?)\s*\((?P<cik>\d{1,10})\)\s*(?:\((?P<role>[^()]*)\))?$",
    re.S,
)
_ACCESSION_RE = re.compile(r"(?<!\d)(\d{10}-\d{2}-\d{6})(?!\d)")
_ACCESSION_NODASH_RE = re.compile(r"/(\d{18})/")
_FILED_RE = re.compile(r"Filed:\s*(\d{4}-\d{2}-\d{2})")
_ITEM_RE = re.compile(r"Item\s+([0-9A-Za-z.]{1,12})\s*:")
_LINK_CIK_RE = re.compile(r"/edgar/data/(\d{1,10})/")
_TAG_RE = re.compile(r"<[^<>]{0,200}>")


@dataclass(slots=True)
class _Entry:
    form: str
    accession: str
    cik: str
    company: str
    role: str
    filed_on: date
    accepted_at: datetime | None
    link: str | None
    items: tuple[str, ...]


def parse_getcurrent(data: bytes, *, forms: Iterable[str] = FORM_D_TYPES) -> list[FilingRef]:
    """The filings of the wanted forms on one getcurrent Atom page, one per accession number.

    Entries of a wanted form that cannot be read (no accession number, no date) are dropped;
    `read_getcurrent` also returns why, for a collector to report.
    """
    return read_getcurrent(data, forms=forms)[0]


def read_getcurrent(
    data: bytes, *, forms: Iterable[str] = FORM_D_TYPES
) -> tuple[list[FilingRef], list[RecordProblem]]:
    """`parse_getcurrent`, plus one RecordProblem per entry of a wanted form it had to drop."""
    root = _parse_xml(data, "getcurrent feed")
    if root.tag != "feed":
        raise FormDError(f"the getcurrent response is not an Atom feed (its root element is <{root.tag}>)")
    wanted = {f.strip().upper() for f in forms}
    problems: list[RecordProblem] = []
    grouped: dict[str, list[_Entry]] = {}
    for index, element in enumerate(root.findall("entry"), start=1):
        form = _entry_form(element)
        if form is None:
            problems.append(RecordProblem(f"feed entry {index}", "the entry names no form type"))
            continue
        if form.upper() not in wanted:
            continue
        try:
            entry = _read_entry(element, form)
        except FormDError as exc:
            problems.append(RecordProblem(f"feed entry {index} (form {form})", exc.reason))
            continue
        grouped.setdefault(entry.accession, []).append(entry)
    return [_collapse(accession, entries) for accession, entries in grouped.items()], problems


def _entry_form(element: ET.Element) -> str | None:
    for category in element.findall("category"):
        term = _clean(category.get("term"), 40)
        if term and (category.get("label") or "").strip().casefold() in ("form type", ""):
            return term.upper()
    title = _text(element, "title", 1000)
    if title:
        match = _TITLE_RE.match(title)
        if match:
            return match.group("form").strip().upper()[:40]
    return None


def _read_entry(element: ET.Element, form: str) -> _Entry:
    title = _text(element, "title", 1000) or ""
    summary = _clean(_TAG_RE.sub(" ", _text(element, "summary", 4000) or ""), 4000) or ""
    link_el = element.find("link")
    link = _clean(link_el.get("href"), 1000) if link_el is not None else None
    entry_id = _text(element, "id", 300) or ""

    accession = None
    for text in (entry_id, summary, link or ""):
        match = _ACCESSION_RE.search(text)
        if match:
            accession = match.group(1)
            break
    if accession is None and link:
        match = _ACCESSION_NODASH_RE.search(link)
        if match:
            raw = match.group(1)
            accession = f"{raw[:10]}-{raw[10:12]}-{raw[12:]}"
    if accession is None:
        raise FormDError("the entry has no accession number")

    title_match = _TITLE_RE.match(title)
    cik = title_match.group("cik") if title_match else None
    if cik is None and link:
        link_cik = _LINK_CIK_RE.search(link)
        cik = link_cik.group(1) if link_cik else None
    if cik is None:
        raise FormDError(f"filing {accession}: the entry names no CIK")
    company = _clean(title_match.group("name"), 300) if title_match else None
    role = (_clean(title_match.group("role"), 40) or "") if title_match else ""

    accepted_at = _atom_time(_text(element, "updated", 60))
    filed_match = _FILED_RE.search(summary)
    filed_on: date | None = None
    if filed_match:
        try:
            filed_on = date.fromisoformat(filed_match.group(1))
        except ValueError:
            raise FormDError(f"filing {accession}: {filed_match.group(1)!r} is not a date") from None
    if filed_on is None:
        local = _atom_local_date(_text(element, "updated", 60))
        if local is None:
            raise FormDError(f"filing {accession}: the entry gives no filing date")
        filed_on = local
    items = tuple(dict.fromkeys(m.group(1).upper() for m in _ITEM_RE.finditer(summary)))
    return _Entry(
        form=form,
        accession=accession,
        cik=cik.zfill(10),
        company=company or "",
        role=role,
        filed_on=filed_on,
        accepted_at=accepted_at,
        link=link,
        items=items,
    )


def _atom_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return None
    return parsed.astimezone(UTC)


def _atom_local_date(value: str | None) -> date | None:
    # The date as EDGAR wrote it (US Eastern), which is the filing date, not the UTC date.
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _collapse(accession: str, entries: list[_Entry]) -> FilingRef:
    """One ref per accession: the archive CIK is the filer's own when it self-filed, else the first."""
    filer_cik = accession[:10]
    chosen = next((e for e in entries if e.cik == filer_cik), None)
    chosen = chosen or next((e for e in entries if e.role.casefold() in ("filer", "issuer")), entries[0])
    company = chosen.company or next((e.company for e in entries if e.company), "")
    items = tuple(dict.fromkeys(i for e in entries for i in e.items))
    return FilingRef(
        accession=accession,
        form=chosen.form,
        cik=chosen.cik,
        company=company,
        filed_on=chosen.filed_on,
        accepted_at=chosen.accepted_at,
        index_url=chosen.link,
        items=items,
        ciks=tuple(dict.fromkeys(e.cik for e in entries)),
    )


# --------------------------------------------------------------------------------------------
# primary_doc.xml
# --------------------------------------------------------------------------------------------

#: Amount words that mean "not a known number".
_UNKNOWN_AMOUNTS = frozenset({"", "indefinite", "none", "n/a", "na", "unknown", "-", "--"})
_AMOUNT_RE = re.compile(r"^\$?\s*(\d{1,3}(?:,\d{3})+|\d{1,18})(?:\.(\d{1,6}))?$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CIK_RE = re.compile(r"^\d{1,10}$")
#: A "first name" that is really a company suffix: EDGAR splits "Fund GP, LLC" as last + first.
_ENTITY_WORD_RE = re.compile(
    r"^(?:l\.?\s?l\.?\s?c\.?|l\.?\s?l\.?\s?p\.?|l\.?\s?p\.?|ltd\.?|limited|inc\.?|incorporated|"
    r"corp\.?|corporation|co\.?|company|plc|gmbh|ag|s\.?a\.?|n\.?a\.?|trust|partners|lllp)$",
    re.I,
)
_NAME_KEY_RE = re.compile(r"[\W_]+")


def parse_primary_doc(data: bytes) -> FormD:
    """A Form D `primary_doc.xml` to a `FormD`; FormDError with the reason when it is not one."""
    root = _parse_xml(data, "Form D document")
    if root.tag != "edgarSubmission":
        raise FormDError(f"not a Form D document: the root element is <{root.tag}>, not <edgarSubmission>")
    submission = (_text(root, "submissionType", 20) or "").upper()
    if not submission:
        raise FormDError("the document has no submissionType")
    if submission not in FORM_D_TYPES:
        raise FormDError(f"not a Form D: submissionType is {submission!r}")

    issuer = root.find("primaryIssuer")
    if issuer is None:
        raise FormDError("the document has no primaryIssuer")
    name = _text(issuer, "entityName", 300)
    if not name:
        raise FormDError("the primary issuer has no entityName")
    cik = _text(issuer, "cik", 20) or ""
    if not _CIK_RE.match(cik):
        raise FormDError(f"the primary issuer's CIK {cik!r} is not a number")

    offering = root.find("offeringData")
    if offering is None:
        raise FormDError("the document has no offeringData")

    year, incorporated = _year_of_inc(issuer.find("yearOfInc"))
    total_offering, indefinite = _amount(offering, "offeringSalesAmounts/totalOfferingAmount")
    total_sold, _ = _amount(offering, "offeringSalesAmounts/totalAmountSold")
    total_remaining, remaining_indefinite = _amount(offering, "offeringSalesAmounts/totalRemaining")
    first_sale, yet_to_occur = _first_sale(offering.find("typeOfFiling/dateOfFirstSale"))

    amendment_flag = _flag(_text(offering, "typeOfFiling/newOrAmendment/isAmendment", 10))
    is_amendment = bool(amendment_flag) or submission.endswith("/A")

    entity_type = _text(issuer, "entityType", 100)
    if entity_type and entity_type.casefold() == "other":
        entity_type = _text(issuer, "entityTypeOtherDesc", 200) or entity_type

    signed = [
        _date(text, "signatureDate")
        for text in (
            _clean("".join(el.itertext()), 20) for el in offering.iterfind("signatureBlock/signature/signatureDate")
        )
        if text
    ]
    co_issuers = tuple(
        dict.fromkeys(n for n in (_text(el, "entityName", 300) for el in root.iterfind("issuerList/issuer")) if n)
    )
    exemptions = tuple(
        dict.fromkeys(
            t for t in (_clean(el.text, 20) for el in offering.iterfind("federalExemptionsExclusions/item")) if t
        )
    )
    return FormD(
        submission_type=submission,
        is_amendment=is_amendment,
        issuer_name=name,
        cik=cik.zfill(10),
        live=(_text(root, "testOrLive", 10) or "LIVE").upper() != "TEST",
        jurisdiction=_text(issuer, "jurisdictionOfInc", 100),
        address_state=(_text(issuer, "issuerAddress/stateOrCountry", 10) or "").upper() or None,
        address_state_name=_text(issuer, "issuerAddress/stateOrCountryDescription", 100),
        city=_text(issuer, "issuerAddress/city", 100),
        entity_type=entity_type,
        year_of_incorporation=year,
        incorporated=incorporated,
        industry_group=_text(offering, "industryGroup/industryGroupType", 100),
        fund_type=_text(offering, "industryGroup/investmentFundInfo/investmentFundType", 100),
        revenue_range=_text(offering, "issuerSize/revenueRange", 100)
        or _text(offering, "issuerSize/aggregateNetAssetValueRange", 100),
        exemptions=exemptions,
        total_offering=total_offering,
        total_sold=total_sold,
        total_remaining=total_remaining,
        offering_indefinite=indefinite or (total_offering is None and remaining_indefinite),
        first_sale_date=first_sale,
        first_sale_yet_to_occur=yet_to_occur,
        investor_count=_count(_text(offering, "investors/totalNumberAlreadyInvested", 20)),
        signed_on=max(signed) if signed else None,
        previous_accession=_text(offering, "typeOfFiling/newOrAmendment/previousAccessionNumber", 30),
        co_issuers=co_issuers,
        related_persons=_related_persons(root.find("relatedPersonsList")),
    )


def _amount(offering: ET.Element, path: str) -> tuple[int | None, bool]:
    """(dollars, indefinite). "Indefinite", "None" and a missing field are unknown (None)."""
    raw = _text(offering, path, 60)
    if raw is None:
        return None, False
    key = raw.strip().casefold()
    if key in _UNKNOWN_AMOUNTS:
        return None, key == "indefinite"
    match = _AMOUNT_RE.match(raw.strip())
    if not match:
        field_name = path.rsplit("/", 1)[-1]
        raise FormDError(f"{field_name} {raw[:40]!r} is not an amount")
    whole = match.group(1).replace(",", "")
    fraction = match.group(2)
    try:
        value = Decimal(f"{whole}.{fraction}" if fraction else whole)
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise FormDError(f"{path.rsplit('/', 1)[-1]} {raw[:40]!r} is not an amount") from None
    return int(value.to_integral_value(rounding=ROUND_HALF_UP)), False


def _date(raw: str, field_name: str) -> date:
    if not _DATE_RE.match(raw):
        raise FormDError(f"{field_name} {raw[:40]!r} is not a date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise FormDError(f"{field_name} {raw[:40]!r} is not a real date") from None


def _first_sale(element: ET.Element | None) -> tuple[date | None, bool]:
    if element is None:
        return None, False
    if _flag(_text(element, "yetToOccur", 10)):
        return None, True
    raw = _text(element, "value", 40)
    return (_date(raw, "dateOfFirstSale"), False) if raw else (None, False)


def _year_of_inc(element: ET.Element | None) -> tuple[int | None, str | None]:
    if element is None:
        return None, None
    state = None
    if _flag(_text(element, "yetToBeFormed", 10)):
        state = "yet_to_be_formed"
    elif _flag(_text(element, "withinFiveYears", 10)):
        state = "within_five_years"
    elif _flag(_text(element, "overFiveYears", 10)):
        state = "over_five_years"
    raw = _text(element, "value", 20)
    if raw is None:
        return None, state
    if not re.fullmatch(r"\d{4}", raw):
        raise FormDError(f"yearOfInc {raw[:40]!r} is not a year")
    return int(raw), state


def _count(raw: str | None) -> int | None:
    if raw is None or not re.fullmatch(r"\d{1,9}", raw.replace(",", "")):
        return None
    return int(raw.replace(",", ""))


def _person_name(element: ET.Element) -> tuple[str | None, bool]:
    first = _text(element, "relatedPersonName/firstName", 100)
    middle = _text(element, "relatedPersonName/middleName", 100)
    last = _text(element, "relatedPersonName/lastName", 150)
    if first and _ENTITY_WORD_RE.match(first):
        # EDGAR's form splits an entity "Fund GP, LLC" into last "Fund GP," and first "LLC".
        return _clean(" ".join(p for p in (last, middle, first) if p), 300), True
    return _clean(" ".join(p for p in (first, middle, last) if p), 300), False


def _related_persons(element: ET.Element | None) -> tuple[RelatedPerson, ...]:
    """Item 3 people, with the repeated entries of one person (one per role) merged."""
    if element is None:
        return ()
    merged: dict[str, dict[str, object]] = {}
    for info in element.findall("relatedPersonInfo")[:MAX_PERSONS]:
        name, is_entity = _person_name(info)
        if not name:
            continue
        key = _NAME_KEY_RE.sub(" ", name.casefold()).strip()
        if not key:
            continue
        slot = merged.setdefault(
            key, {"name": name, "relationships": [], "clarifications": [], "entity": is_entity}
        )
        relationships = slot["relationships"]
        clarifications = slot["clarifications"]
        assert isinstance(relationships, list) and isinstance(clarifications, list)
        for rel in info.iterfind("relatedPersonRelationshipList/relationship"):
            text = _clean("".join(rel.itertext()), 60)
            if text and text.casefold() not in {r.casefold() for r in relationships}:
                relationships.append(text)
        clarification = _text(info, "relationshipClarification", 300)
        if clarification and clarification.casefold() not in {c.casefold() for c in clarifications}:
            clarifications.append(clarification)
    return tuple(
        RelatedPerson(
            name=str(slot["name"]),
            relationships=tuple(slot["relationships"]),  # type: ignore[arg-type]
            clarification="; ".join(slot["clarifications"]) or None,  # type: ignore[arg-type]
            is_entity=bool(slot["entity"]),
        )
        for slot in merged.values()
    )
