"""Account and contact CSV exports in, typed records out (pure: bytes in, records out).

Three dialects are recognised from the header row:

* ``outrider`` - our own template. Accounts: ``name, domain, aliases, industry, employees,
  country, owner_email`` (+ optional ``state, ats, ats_board, careers_url, crm_id``). Contacts:
  ``first_name, last_name, email, title, company, domain, lifecycle_stage, champion``
  (+ optional ``timezone, crm_id, account_crm_id``).
* ``salesforce`` - API-name headers from Data Loader / Workbench / report exports (``Id, Name,
  Website, NumberOfEmployees, BillingCountry ...``; ``Id, AccountId, FirstName, LastName, Email
  ...``). Lead exports are read as contacts (company from ``Company``).
* ``hubspot`` - property labels from a HubSpot export (``Record ID, First Name, Email, Company
  Name, Lifecycle Stage ...``; companies: ``Company name, Company Domain Name ...``).

Header names are matched ignoring case, spaces, underscores and punctuation, so ``owner_email``,
``Owner Email`` and ``OwnerEmail`` are the same column.

Decisions (one rule each, so a person can predict what happens to their file):

* A whole file that cannot be read raises :class:`ImportFileError` (empty, HTML/XML/JSON/binary,
  no name column for accounts / no email column for contacts, a contacts export given as
  accounts). Everything else is per row: a bad row is skipped with a :class:`RecordProblem` and
  the good rows still come out.
* Any value that is present but cannot be understood skips its row (an employees count of
  "lots", a website that is not a domain, an unknown ATS, an ``owner_email`` that is not an
  email, a champion flag of "maybe"). We never guess silently. Exceptions, because the CRM
  columns are not emails by design: Salesforce ``OwnerId`` and HubSpot ``Company owner`` are
  used as ``owner_email`` only when they hold an email address, else ``owner_email`` is None.
* Text is trimmed and runs of whitespace (a line break inside a quoted cell too) become one space.
  Missing values: "", "NULL", "null", "N/A", "-", "--", "#N/A" (any case) are treated as empty.
* Employees: "1,000", "1000.0", "1.000" (dot as thousands separator), "12 000", "5000+" (the
  number), "10k", "51-200" / "51 to 200" (a range takes its UPPER bound: a band's ceiling is what
  a size filter should compare against), "500 employees". Fractions and negatives are rejected.
* CSV injection: a name, alias, company or title that starts with ``=``, ``+``, ``-`` or ``@`` is
  REJECTED (the row is skipped), never silently rewritten; the reason says how to fix it. A name
  such as "@Home" must be re-entered without the sign.
* Duplicates (same domain - or same normalised name when there is no domain - for accounts; same
  email for contacts): the later row wins, and a problem is reported at the dropped row's line
  naming the line that replaced it.
* Salesforce rows with ``IsDeleted`` TRUE are skipped with a reason.
* Lifecycle stage: subscriber, lead, mql, sql, opportunity, customer, evangelist, other. In our
  template an unknown stage skips the row; from HubSpot (portals may define custom stages) it
  becomes "other". Salesforce Lead rows get "lead".
* Champion: our ``champion`` column (a boolean), or HubSpot "Buying Role" containing "Champion".
* Contact domain: a domain column (``domain``, "Company domain name", ``Website``) else the
  email's domain unless it is a free-mail provider (:data:`FREEMAIL_DOMAINS`). Subdomains are
  kept as they are (no public-suffix guessing).
* ``account_crm_id``: Salesforce ``AccountId`` (Lead: ``ConvertedAccountId``; a Lead whose
  ``Company`` holds an Account Id - "001..." - has it moved here and gets no company name),
  HubSpot "Associated Company IDs" (the first one when there are several).
* Line numbers are physical lines, 1-based, header = line 1 (or the line the header is on); a row
  whose quoted cell spans several lines is numbered by the line it starts on.
* Bytes are decoded as UTF-8 (with or without BOM), UTF-16 when it has a BOM, else cp1252, else
  latin-1: decoding never fails. NUL bytes near the start mean a binary file; a stray NUL later on
  is dropped. The delimiter (comma, semicolon, tab) is taken from the header
  line, with ``csv.Sniffer`` on ties and comma as the last resort; Excel's ``sep=;`` first line is
  honoured.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict

from signals.model import RecordProblem
from signals.text.links import normalise_domain

__all__ = [
    "ATS_VALUES",
    "FREEMAIL_DOMAINS",
    "LIFECYCLE_STAGES",
    "AccountRecord",
    "ContactRecord",
    "ImportFileError",
    "ImportResult",
    "is_freemail",
    "normalise_domain",
    "parse_accounts_csv",
    "parse_contacts_csv",
]


# --------------------------------------------------------------------------------------------
# Public types


class AccountRecord(BaseModel):
    """One account row from an export, cleaned."""

    model_config = ConfigDict(frozen=True)

    #: 1-based physical line number of the row in the file (the header is line 1).
    line: int
    name: str
    #: Lowercase web domain, without scheme, "www." or path.
    domain: str | None = None
    aliases: list[str] = []
    industry: str | None = None
    employees: int | None = None
    country: str | None = None
    state: str | None = None
    owner_email: str | None = None
    #: Salesforce Id / HubSpot Record ID.
    crm_id: str | None = None
    #: greenhouse | lever | ashby | smartrecruiters | workable
    ats: str | None = None
    ats_board: str | None = None
    careers_url: str | None = None


class ContactRecord(BaseModel):
    """One contact (or Salesforce lead) row from an export, cleaned."""

    model_config = ConfigDict(frozen=True)

    line: int
    first_name: str
    last_name: str
    #: Lowercased and checked to look like an address.
    email: str
    title: str | None = None
    company: str | None = None
    domain: str | None = None
    #: Salesforce AccountId (links to AccountRecord.crm_id of the Account export).
    account_crm_id: str | None = None
    #: subscriber | lead | mql | sql | opportunity | customer | evangelist | other
    lifecycle_stage: str | None = None
    champion: bool = False
    timezone: str | None = None
    crm_id: str | None = None
    #: The contact's owner in the CRM, when the export gives an address.
    owner_email: str | None = None
    #: HubSpot "Lead Status", Salesforce Lead `Status` ("Unqualified", "Closed - Not Converted").
    lead_status: str | None = None
    #: The CRM's last activity with this person (HubSpot "Last Activity Date", Salesforce
    #: `LastActivityDate`): a first import already knows who went quiet.
    last_activity_at: datetime | None = None
    lost_reason: str | None = None
    closed_lost_at: datetime | None = None
    #: Opted out of e-mail in the CRM (HubSpot "Unsubscribed from all email", Salesforce
    #: `HasOptedOutOfEmail`): the import suppresses the address.
    opted_out: bool = False


T = TypeVar("T")


@dataclass
class ImportResult(Generic[T]):
    """What a parse gives back: the good records, the skipped rows and the dialect read."""

    records: list[T]
    problems: list[RecordProblem] = field(default_factory=list)
    #: "outrider" | "hubspot" | "salesforce"
    dialect: str = "outrider"


class ImportFileError(ValueError):
    """The whole file is unusable. The message names the file and says why."""


ATS_VALUES: tuple[str, ...] = ("greenhouse", "lever", "ashby", "smartrecruiters", "workable")

LIFECYCLE_STAGES: tuple[str, ...] = (
    "subscriber",
    "lead",
    "mql",
    "sql",
    "opportunity",
    "customer",
    "evangelist",
    "other",
)

#: Consumer mailbox providers: their domain says nothing about the person's company.
FREEMAIL_DOMAINS: frozenset[str] = frozenset(
    {
        "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "rocketmail.com",
        "outlook.com", "hotmail.com", "live.com", "msn.com", "passport.com",
        "icloud.com", "me.com", "mac.com", "aol.com", "aim.com",
        "proton.me", "protonmail.com", "protonmail.ch", "pm.me",
        "gmx.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de", "t-online.de", "freenet.de",
        "mail.com", "email.com", "usa.com", "fastmail.com", "fastmail.fm", "hey.com",
        "tutanota.com", "tuta.io", "zoho.com", "zohomail.com", "yandex.com", "yandex.ru", "ya.ru",
        "mail.ru", "bk.ru", "inbox.ru", "list.ru", "rambler.ru",
        "qq.com", "163.com", "126.com", "sina.com", "yeah.net", "naver.com", "daum.net",
        "hanmail.net", "rediffmail.com", "seznam.cz", "wp.pl", "o2.pl", "onet.pl", "interia.pl",
        "libero.it", "virgilio.it", "tiscali.it", "free.fr", "orange.fr", "laposte.net", "sfr.fr",
        "wanadoo.fr", "btinternet.com", "sky.com", "virginmedia.com", "ntlworld.com",
        "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net", "cox.net",
        "charter.net", "earthlink.net", "juno.com", "shaw.ca", "rogers.com", "sympatico.ca",
        "bigpond.com", "optusnet.com.au", "xtra.co.nz", "uol.com.br", "bol.com.br", "terra.com.br",
    }
)  # fmt: skip

# yahoo.fr, hotmail.co.uk, outlook.de, live.com.au ... : the brands under any country ending.
_FREEMAIL_BRANDS = re.compile(
    r"^(?:yahoo|ymail|hotmail|outlook|live|windowslive|gmail|googlemail|gmx|yandex|aol|"
    r"icloud|proton|protonmail|zoho|mail)\.(?:[a-z]{2,3}|(?:co|com|net|org)\.[a-z]{2})$"
)


def is_freemail(domain: str) -> bool:
    """True for consumer mailbox domains (gmail.com, yahoo.co.uk, proton.me, ...)."""
    domain = domain.strip().casefold().rstrip(".")
    return domain in FREEMAIL_DOMAINS or bool(_FREEMAIL_BRANDS.match(domain))


# --------------------------------------------------------------------------------------------
# Value cleaning

_MISSING = frozenset({"", "null", "n/a", "-", "--", "#n/a"})
_MISSING_MAX_LEN = max(map(len, _MISSING))

#: Dot-separated labels of letters/digits/hyphens (any script; no hyphen at either end of a
#: label), ending in an alphabetic top-level label or an IDNA "xn--" one.
_HOST = re.compile(r"^(?:[^\W_](?:[\w\-]{0,61}[^\W_])?\.)+(?:[^\W\d_]{2,63}|xn--[a-z0-9\-]{1,59})$")
_SPACE = re.compile(r"\s")
_LOCAL = re.compile(r"^[a-z0-9!#$%&'*+/=?^_`{|}~\-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~\-]+)*$")
_FORMULA_START = ("=", "+", "-", "@")
_SF_ACCOUNT_ID = re.compile(r"^001[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?$")


def _clean(value: str | None) -> str | None:
    """Trimmed text with runs of whitespace (line breaks too) made one space, or None for the
    usual spellings of 'nothing here'."""
    if value is None:
        return None
    value = " ".join(value.split())
    if len(value) <= _MISSING_MAX_LEN and value.casefold() in _MISSING:
        return None
    return value


def _valid_host(host: str) -> bool:
    return len(host) <= 253 and "_" not in host and bool(_HOST.match(host))


class _Bad(ValueError):
    """A value that makes its row unusable; the message is the reason shown to a person."""


def _quote(value: str, limit: int = 80) -> str:
    shown = value if len(value) <= limit else value[: limit - 3] + "..."
    return "'" + shown.replace("\n", " ").replace("\r", " ") + "'"


def _email(raw: str, column: str = "email") -> str:
    value = raw.strip()
    if value.casefold().startswith("mailto:"):
        value = value[7:].strip()
    value = value.casefold()
    why = None
    if "@" not in value:
        why = "it has no @"
    elif _SPACE.search(value):
        why = "it contains a space"
    elif value.count("@") > 1:
        why = "it has more than one @"
    else:
        local, domain = value.split("@")
        if not local:
            why = "nothing comes before the @"
        elif len(local) > 64 or not _LOCAL.match(local):
            why = f"the part before the @, {_quote(local)}, has characters an address cannot have"
        elif not domain:
            why = "nothing comes after the @"
        elif not _valid_host(domain):
            why = f"the part after the @, {_quote(domain)}, is not a valid domain"
    if why:
        raise _Bad(f"{column} {_quote(raw.strip())} is not an email address ({why})")
    return value


def _domain(raw: str, column: str) -> str:
    domain = normalise_domain(raw)
    if domain is None:
        raise _Bad(
            f"{column} {_quote(raw)} is not a web domain; write it like 'acme.com' "
            "or 'https://www.acme.com'"
        )
    return domain


_NUM = r"\d[\d,.\u00a0\u202f ']*"
_RANGE = re.compile(rf"^({_NUM})\s*(?:-|\u2013|\u2014|to)\s*({_NUM})$")
_PLUS = re.compile(rf"^(?:>\s*)?({_NUM})\s*\+?$")
_KILO = re.compile(r"^(\d+(?:\.\d+)?)\s*k\+?$")
_UNITS = re.compile(r"\s*(?:employees|employee|people|staff|fte|ftes)$")
_GROUPED = re.compile(r"^\d{1,3}(?:[,\u00a0\u202f ']\d{3})+(?:\.\d+)?$")
_DOTTED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?$")
_MAX_EMPLOYEES = 10_000_000


def _number(text: str) -> float | None:
    text = text.strip()
    if _DOTTED.match(text):  # "1.000", "12.500.000": dots as thousands separators
        return float(text.replace(".", ""))
    if _GROUPED.match(text):  # "1,000", "12 000", "1'000"
        return float(re.sub(r"[,\u00a0\u202f ']", "", text))
    if _PLAIN.match(text):  # "1000", "1000.0"
        return float(text)
    return None


def _employees(raw: str, column: str = "employees") -> int:
    text = _UNITS.sub("", raw.strip().casefold())
    value: float | None = None
    if match := _KILO.match(text):
        value = float(match.group(1)) * 1000
    elif match := _RANGE.match(text):
        low, high = _number(match.group(1)), _number(match.group(2))
        if low is not None and high is not None and low <= high:
            value = high
    elif match := _PLUS.match(text):
        value = _number(match.group(1))
    if value is None or value != int(value) or value > _MAX_EMPLOYEES:
        if value is not None and value != int(value):
            reason = "is not a whole number"
        elif value is not None:
            reason = "is larger than any company"
        else:
            reason = "is not a number"
        raise _Bad(
            f'{column} {_quote(raw)} {reason}; write it like 1200, "1,200", "5000+" or "51-200"'
        )
    return int(value)


_TRUE = frozenset({"true", "yes", "y", "1", "x", "t"})
_FALSE = frozenset({"false", "no", "n", "0", "f"})


def _boolean(raw: str | None, column: str) -> bool:
    if raw is None:
        return False
    text = raw.strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE or text in _MISSING:
        return False
    raise _Bad(
        f"{column} {_quote(raw)} is not yes or no; use true/false, yes/no, 1/0, y/n, or x for yes"
    )


_STAGES = {
    "subscriber": "subscriber",
    "lead": "lead",
    "marketingqualifiedlead": "mql",
    "mql": "mql",
    "salesqualifiedlead": "sql",
    "sql": "sql",
    "opportunity": "opportunity",
    "customer": "customer",
    "evangelist": "evangelist",
    "other": "other",
}


def _lifecycle(raw: str, *, strict: bool) -> str:
    stage = _STAGES.get(_key(raw))
    if stage:
        return stage
    if strict:
        raise _Bad(
            f"lifecycle_stage {_quote(raw)} is not a stage we know; use one of "
            + ", ".join(LIFECYCLE_STAGES)
            + " (or 'Marketing Qualified Lead' / 'Sales Qualified Lead')"
        )
    return "other"


def _ats(raw: str) -> str:
    value = re.sub(r"[\s_\-.]", "", raw.casefold())
    for suffix in ("hq", "io", "co", "com"):  # "ashbyhq", "lever.co", "workable.com"
        if value.endswith(suffix) and value[: -len(suffix)] in ATS_VALUES:
            value = value[: -len(suffix)]
    if value not in ATS_VALUES:
        raise _Bad(f"ats {_quote(raw)} is not an ATS we read; use one of {', '.join(ATS_VALUES)}")
    return value


def _safe_text(value: str | None, column: str) -> str | None:
    """Refuse text a spreadsheet would run as a formula (CSV injection)."""
    if value and value[0] in _FORMULA_START:
        sign = value[0]
        raise _Bad(
            f"{column} {_quote(value)} starts with '{sign}', which a spreadsheet runs as a "
            f"formula; remove the leading '{sign}' if it is really part of the {column}"
        )
    return value


# --------------------------------------------------------------------------------------------
# Reading the file


def _key(header: str) -> str:
    """Header / value matching key: case-insensitive, only letters and digits."""
    return "".join(ch for ch in header.casefold() if ch.isalnum())


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data.startswith(b"\xef\xbb\xbf"):  # UTF-8 BOM, even on a file re-saved as cp1252
        data = data[3:]
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


_MAGIC = (
    (b"PK\x03\x04", "an Excel workbook or zip archive (save it as CSV first)"),
    (b"\xd0\xcf\x11\xe0", "an old Excel .xls workbook (save it as CSV first)"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive (unzip it first)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)


def _check_text(text: str, data: bytes, filename: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ImportFileError(f"{filename}: not a CSV file; it looks like {what}")
    head = text[:4096]
    if "\x00" in head:
        raise ImportFileError(
            f"{filename}: not a CSV file; it looks like binary data (it contains NUL bytes)"
        )
    controls = sum(1 for ch in head if ord(ch) < 32 and ch not in "\t\r\n")
    if head and controls / len(head) > 0.05:
        raise ImportFileError(
            f"{filename}: not a CSV file; it looks like binary data (many control characters)"
        )
    start = head.lstrip().casefold()
    if start.startswith(
        (
            "<!doctype html",
            "<html",
            "<head",
            "<body",
            "<!--",
            "<table",
            "<div",
            "<script",
            "<meta",
            "<title",
        )
    ) or (start.startswith("<") and "<html" in start):
        raise ImportFileError(
            f"{filename}: not a CSV file; it looks like an HTML web page (a login or error page "
            "saved instead of the export?). Download the export again as CSV."
        )
    if start.startswith("<?xml") or start.startswith("<"):
        raise ImportFileError(f"{filename}: not a CSV file; it looks like XML or HTML")
    if start.startswith("{") or start.startswith("[{") or start.startswith("[\n"):
        raise ImportFileError(f"{filename}: not a CSV file; it looks like JSON")


_DELIMITERS = (",", ";", "\t")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SEP_HINT = re.compile(r"^sep=(.)\s*$", re.IGNORECASE)


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


def _detect_delimiter(text: str) -> str:
    sample = text[:65536]
    lines = [line for line in _LINE_BREAK.split(sample)[:50] if line.strip()]
    if not lines:
        return ","
    counts = {d: _count_outside_quotes(lines[0], d) for d in _DELIMITERS}
    best = max(counts.values())
    winners = [d for d, c in counts.items() if c == best]
    if best > 0 and len(winners) == 1:
        return winners[0]
    try:
        # The sniffer is a heuristic over arbitrary text; any failure means "use the default".
        sniffed = csv.Sniffer().sniff("\n".join(lines[:20])[:8192], delimiters="".join(_DELIMITERS))
        return sniffed.delimiter
    except Exception:
        return ","


@dataclass(slots=True)
class _Row:
    start: int
    end: int
    fields: list[str] | None  # None: the csv reader could not read this row
    error: str = ""


def _rows(text: str, delimiter: str, skip_first: bool) -> Iterator[_Row]:
    """Every row with the physical line it starts and ends on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous = 0
    first = True
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            start, previous = previous + 1, reader.line_num
            yield _Row(start, previous, None, str(exc))
            if previous < start:  # the reader did not move on: give up rather than loop
                return
            continue
        start, previous = previous + 1, reader.line_num
        if first and skip_first:
            first = False
            continue
        first = False
        yield _Row(start, previous, fields)


@dataclass
class _Table:
    header: list[str]
    keys: list[str]
    delimiter: str
    rows: Iterator[_Row]


def _open_table(data: bytes, filename: str) -> _Table:
    if not data or not data.strip():
        raise ImportFileError(f"{filename}: the file is empty")
    text = _decode(data)
    if not text.strip().strip("\ufeff").strip():
        raise ImportFileError(f"{filename}: the file is empty")
    _check_text(text, data, filename)
    text = text.lstrip("\ufeff")
    if "\x00" in text:  # a stray NUL deep in an otherwise textual file means nothing
        text = text.replace("\x00", "")
    first_line = _LINE_BREAK.split(text[:1024], maxsplit=1)[0]
    hint = _SEP_HINT.match(first_line)
    delimiter = hint.group(1) if hint else _detect_delimiter(text)
    if delimiter in '"\r\n' or delimiter.isalnum():
        delimiter = ","
    rows = _rows(text, delimiter, skip_first=bool(hint))
    for row in rows:
        if row.fields is None:
            raise ImportFileError(f"{filename}: cannot read the header row: {row.error}")
        if any(cell.strip() for cell in row.fields):
            header = [cell.strip().lstrip("\ufeff").strip() for cell in row.fields]
            return _Table(header, [_key(h) for h in header], delimiter, rows)
    raise ImportFileError(f"{filename}: the file is empty (no header row)")


# --------------------------------------------------------------------------------------------
# Dialects and columns

_SALESFORCE_MARKERS = frozenset(
    {
        "isdeleted", "masterrecordid", "accountid", "billingcountry", "billingstate",
        "billingcity", "billingstreet", "billingpostalcode", "ownerid", "numberofemployees",
        "mailingcountry", "mailingstate", "mailingcity", "leadsource", "systemmodstamp",
        "createdbyid", "lastmodifiedbyid", "isconverted", "convertedaccountid", "annualrevenue",
        "photourl", "isemailbounced", "recordtypeid", "parentid", "jigsaw", "accountsource",
    }
)  # fmt: skip
_HUBSPOT_MARKERS = frozenset(
    {
        "recordid", "countryregion", "stateregion", "jobtitle", "companydomainname",
        "contactowner", "companyowner", "createdate", "associatedcompany", "associatedcompanyids",
        "websiteurl", "phonenumber", "leadstatus", "hubspotscore", "buyingrole",
        "associatedcontact", "associatedcontactids", "numberofsessions",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Context:
    dialect: str
    #: A Salesforce Lead export (rows are leads: lifecycle "lead", company from Company).
    salesforce_lead: bool = False


def _dialect(keys: list[str]) -> str:
    present = set(keys)
    hubspot = len(present & _HUBSPOT_MARKERS)
    salesforce = len(present & _SALESFORCE_MARKERS)
    if "recordid" in present or (hubspot >= 2 and hubspot > salesforce):
        return "hubspot"
    if salesforce >= 2 or (salesforce >= 1 and "id" in present):
        return "salesforce"
    return "outrider"


_ACCOUNT_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "accountname", "companyname", "company", "organization", "organisation"),
    "domain": (
        "domain", "companydomainname", "companydomain", "domainname", "website", "websiteurl",
        "url", "companywebsite",
    ),
    "aliases": ("aliases", "alias", "akas", "aka"),
    "industry": ("industry",),
    "employees": ("employees", "numberofemployees", "employeecount", "headcount", "companysize"),
    "country": ("country", "billingcountry", "countryregion", "shippingcountry"),
    "state": ("state", "billingstate", "stateregion", "shippingstate", "stateprovince", "region"),
    "owner_email": ("owneremail", "accountowneremail", "owneremailaddress"),
    "owner_other": ("owner", "companyowner", "accountowner", "ownerid", "hubspotowner"),
    "crm_id": ("crmid", "id", "recordid", "accountid", "companyid", "salesforceid"),
    "ats": ("ats",),
    "ats_board": ("atsboard", "atsboardtoken", "boardtoken", "atsslug"),
    "careers_url": ("careersurl", "careerspage", "careerspageurl", "jobsurl"),
    "is_deleted": ("isdeleted",),
}  # fmt: skip

_CONTACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "first_name": ("firstname", "first", "givenname", "forename"),
    "last_name": ("lastname", "last", "surname", "familyname"),
    "full_name": ("name", "fullname", "contactname"),
    "email": ("email", "emailaddress", "workemail", "businessemail", "email1", "emailaddress1"),
    "title": ("title", "jobtitle", "position"),
    "company": ("company", "companyname", "accountname", "associatedcompany", "organization"),
    "domain": ("domain", "companydomainname", "companydomain", "website", "websiteurl"),
    "account_crm_id": (
        "accountcrmid", "accountid", "convertedaccountid", "associatedcompanyids",
        "associatedcompanyid",
    ),
    "lifecycle_stage": ("lifecyclestage", "lifecycle"),
    "champion": ("champion", "ischampion"),
    "buying_role": ("buyingrole",),
    "timezone": ("timezone", "tz"),
    "crm_id": ("crmid", "id", "recordid", "contactid", "leadid"),
    "is_deleted": ("isdeleted",),
    "owner_email": ("owneremail", "contactowneremail", "owneremailaddress"),
    "owner_other": ("contactowner", "owner", "ownerid", "hubspotowner"),
    "lead_status": ("leadstatus", "status", "hsleadstatus"),
    "last_activity_at": (
        "lastactivityat", "lastactivitydate", "lastactivity", "lastengagementdate", "lastcontacted",
        "notes_last_contacted", "notelastcontacted",
    ),
    "lost_reason": ("lostreason", "closedlostreason", "reasonlost", "disqualificationreason"),
    "closed_lost_at": ("closedlostat", "closedlostdate", "datelost"),
    "opted_out": ("optedout", "hasoptedoutofemail", "unsubscribedfromallemail", "hsemailoptout", "emailoptout",
                  "unsubscribed", "donotemail"),
}  # fmt: skip

_ACCOUNT_NAME_HELP = (
    "an accounts file needs a column for the account name: 'name' (Salesforce: 'Name', "
    "HubSpot: 'Company name'); optional: domain, aliases, industry, employees, country, state, "
    "owner_email, crm_id, ats, ats_board, careers_url"
)
_CONTACT_EMAIL_HELP = (
    "a contacts file needs an 'email' column (Salesforce and HubSpot: 'Email'); optional: "
    "first_name, last_name, title, company, domain, lifecycle_stage, champion, timezone, "
    "owner_email, lead_status, last_activity_at, lost_reason, closed_lost_at, opted_out"
)


def _columns(keys: list[str], table: dict[str, tuple[str, ...]]) -> dict[str, list[int]]:
    """For each field, the indexes of the columns that can hold it, most specific first."""
    first_index: dict[str, int] = {}
    for index, key in enumerate(keys):
        first_index.setdefault(key, index)
    return {
        name: [first_index[alias] for alias in aliases if alias in first_index]
        for name, aliases in table.items()
    }


def _shown_columns(header: list[str]) -> str:
    shown = [h for h in header if h][:25]
    more = f" and {len(header) - len(shown)} more" if len(header) > len(shown) else ""
    return ", ".join(repr(h) for h in shown) + more


def _getter(columns: dict[str, list[int]]) -> Callable[[list[str], str], str | None]:
    def get(fields: list[str], name: str) -> str | None:
        for index in columns[name]:
            value = _clean(fields[index])
            if value is not None:
                return value
        return None

    return get


# --------------------------------------------------------------------------------------------
# The row loop shared by both parsers

R = TypeVar("R", AccountRecord, ContactRecord)


def _parse(
    data: bytes,
    filename: str,
    columns_table: dict[str, tuple[str, ...]],
    check_header: Callable[[_Table, dict[str, list[int]], str], None],
    build: Callable[[int, Callable[[str], str | None], _Context], R],
    dedup_key: Callable[[R], tuple[str, str]],
) -> ImportResult[R]:
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise ImportFileError(f"{filename}: expected the file's bytes, got {type(data).__name__}")
    table = _open_table(bytes(data), filename)
    columns = _columns(table.keys, columns_table)
    dialect = _dialect(table.keys)
    present = set(table.keys)
    context = _Context(
        dialect=dialect,
        salesforce_lead=dialect == "salesforce"
        and "accountid" not in present
        and bool(present & {"isconverted", "convertedaccountid", "leadsource"})
        and "company" in present,
    )
    check_header(table, columns, filename)
    get = _getter(columns)
    width = len(table.header)
    delimiter_name = {",": "comma", ";": "semicolon", "\t": "tab"}.get(table.delimiter, "delimiter")

    kept: dict[tuple[str, str], R] = {}
    problems: list[tuple[int, RecordProblem]] = []

    def problem(line: int, reason: str) -> None:
        problems.append((line, RecordProblem(where=f"{filename} line {line}", reason=reason)))

    for row in table.rows:
        if row.fields is None:
            if row.end > row.start:
                problem(
                    row.start,
                    f"lines {row.start}-{row.end} could not be read as CSV ({row.error}); an "
                    'unclosed quote (") usually causes this - close it and import again',
                )
            else:
                problem(row.start, f"could not be read as CSV ({row.error})")
            continue
        fields = row.fields
        if not "".join(fields).strip():
            continue  # blank line, or a row of empty cells left behind by a spreadsheet
        if len(fields) != width:
            if len(fields) > width and not any(cell.strip() for cell in fields[width:]):
                fields = fields[:width]
            else:
                span = (
                    f'; an unclosed quote (") may have joined lines {row.start}-{row.end} '
                    "into one row"
                    if row.end > row.start
                    else ""
                )
                hint = (
                    f"a value probably contains an unquoted {delimiter_name}"
                    if len(fields) > width
                    else "the row is cut short or a quote was left open"
                )
                problem(
                    row.start,
                    f"has {len(fields)} fields but the header has {width} columns; {hint}{span}",
                )
                continue
        try:
            record = build(row.start, lambda name, _f=fields: get(_f, name), context)
        except _Bad as exc:
            problem(row.start, str(exc))
            continue
        except ValueError as exc:  # pydantic ValidationError and the like: still a per-row problem
            problem(row.start, f"could not be imported ({exc})")
            continue
        key = dedup_key(record)
        earlier = kept.pop(key, None)
        if earlier is not None:
            problem(
                earlier.line,
                f"replaced by line {record.line}, which has the same {key[0]} "
                f"{_quote(key[1])} (the later row wins)",
            )
        kept[key] = record

    problems.sort(key=lambda item: item[0])
    return ImportResult(
        records=list(kept.values()), problems=[p for _, p in problems], dialect=dialect
    )


def _refuse_deleted(get: Callable[[str], str | None]) -> None:
    flag = get("is_deleted")
    if flag is not None and _boolean(flag, "IsDeleted"):
        raise _Bad("deleted in Salesforce (IsDeleted is TRUE); not imported")


# --------------------------------------------------------------------------------------------
# Accounts


def _check_accounts_header(table: _Table, columns: dict[str, list[int]], filename: str) -> None:
    keys = set(table.keys)
    has_email = bool(keys & set(_CONTACT_COLUMNS["email"]))
    has_person = bool(keys & {"firstname", "lastname", "fullname"})
    if has_email and has_person:
        raise ImportFileError(
            f"{filename}: this looks like a contacts (or leads) export - it has email and first/"
            f"last name columns - not an accounts export; import it as contacts. Columns found: "
            f"{_shown_columns(table.header)}"
        )
    if not columns["name"]:
        raise ImportFileError(
            f"{filename}: no account name column; {_ACCOUNT_NAME_HELP}. Columns found: "
            f"{_shown_columns(table.header)}"
        )


def _aliases(raw: str | None, name: str) -> list[str]:
    if raw is None:
        return []
    seen = {name.casefold()}
    out: list[str] = []
    for part in raw.split(";"):
        alias = _clean(part)
        if alias is None or alias.casefold() in seen:
            continue
        _safe_text(alias, "alias")
        seen.add(alias.casefold())
        out.append(alias)
    return out


def _build_account(line: int, get: Callable[[str], str | None], ctx: _Context) -> AccountRecord:
    _refuse_deleted(get)
    name = _safe_text(get("name"), "name")
    if name is None:
        raise _Bad("has no account name; every account needs one")
    domain_raw = get("domain")
    employees_raw = get("employees")
    owner = get("owner_email")
    if owner is not None:
        owner = _email(owner, "owner_email")
    else:
        other = get("owner_other")
        if other is not None:
            try:
                owner = _email(other)
            except _Bad:
                owner = None  # a CRM user id or a person's name: not an email, by design
    ats_raw = get("ats")
    return AccountRecord(
        line=line,
        name=name,
        domain=_domain(domain_raw, "domain") if domain_raw is not None else None,
        aliases=_aliases(get("aliases"), name),
        industry=get("industry"),
        employees=_employees(employees_raw) if employees_raw is not None else None,
        country=get("country"),
        state=get("state"),
        owner_email=owner,
        crm_id=get("crm_id"),
        ats=_ats(ats_raw) if ats_raw is not None else None,
        ats_board=get("ats_board"),
        careers_url=get("careers_url"),
    )


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _account_key(record: AccountRecord) -> tuple[str, str]:
    if record.domain:
        return ("domain", record.domain)
    return ("name", _name_key(record.name))


def parse_accounts_csv(data: bytes, *, filename: str = "<csv>") -> ImportResult[AccountRecord]:
    """Read an accounts export (ours, Salesforce Account, HubSpot companies).

    Raises ImportFileError only when the whole file is unusable; bad rows become problems.
    """
    return _parse(
        data, filename, _ACCOUNT_COLUMNS, _check_accounts_header, _build_account, _account_key
    )


# --------------------------------------------------------------------------------------------
# Contacts


def _check_contacts_header(table: _Table, columns: dict[str, list[int]], filename: str) -> None:
    if not columns["email"]:
        raise ImportFileError(
            f"{filename}: no email column; {_CONTACT_EMAIL_HELP}. Columns found: "
            f"{_shown_columns(table.header)}"
        )


def _build_contact(line: int, get: Callable[[str], str | None], ctx: _Context) -> ContactRecord:
    _refuse_deleted(get)
    first = _safe_text(get("first_name"), "first name")
    last = _safe_text(get("last_name"), "last name")
    if first is None and last is None:
        full = _safe_text(get("full_name"), "name")
        if full is not None:
            first, _, last = full.partition(" ")
            last = last.strip() or None
    raw_email = get("email")
    if raw_email is None:
        who = " ".join(part for part in (first, last) if part)
        raise _Bad(f"{who or 'this contact'} has no email address; a contact needs one")
    email = _email(raw_email)

    company = _safe_text(get("company"), "company")
    account_crm_id = get("account_crm_id")
    if account_crm_id is not None and ctx.dialect == "hubspot":
        account_crm_id = _clean(re.split(r"[;,]", account_crm_id)[0])
    if ctx.dialect == "salesforce" and company is not None and _SF_ACCOUNT_ID.match(company):
        # Some Salesforce lead exports carry the Account Id in Company; it is a link, not a name.
        account_crm_id = account_crm_id or company
        company = None

    domain_raw = get("domain")
    if domain_raw is not None:
        domain: str | None = _domain(domain_raw, "domain")
    else:
        email_domain = email.rsplit("@", 1)[1]
        domain = None if is_freemail(email_domain) else email_domain

    stage_raw = get("lifecycle_stage")
    if stage_raw is not None:
        stage: str | None = _lifecycle(stage_raw, strict=ctx.dialect == "outrider")
    elif ctx.salesforce_lead:
        stage = "lead"
    else:
        stage = None

    champion = _boolean(get("champion"), "champion")
    role = get("buying_role")
    if role and any(_key(part) == "champion" for part in re.split(r"[;,]", role)):
        champion = True

    owner = get("owner_email")
    if owner is not None:
        owner = _email(owner, "owner_email")
    else:
        other = get("owner_other")
        owner = other.casefold() if other and "@" in other and not _SPACE.search(other.strip()) else None

    return ContactRecord(
        line=line,
        first_name=first or "",
        last_name=last or "",
        email=email,
        title=_safe_text(get("title"), "title"),
        company=company,
        domain=domain,
        account_crm_id=account_crm_id,
        lifecycle_stage=stage,
        champion=champion,
        timezone=get("timezone"),
        crm_id=get("crm_id"),
        owner_email=owner,
        lead_status=_safe_text(get("lead_status"), "lead status"),
        last_activity_at=_date_cell(get("last_activity_at"), "last_activity_at"),
        lost_reason=_safe_text(get("lost_reason"), "lost reason"),
        closed_lost_at=_date_cell(get("closed_lost_at"), "closed_lost_at"),
        opted_out=_boolean(get("opted_out"), "opted_out"),
    )


_DATE_FORMATS = (
    "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%m/%d/%Y", "%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M %p",
    "%m/%d/%y", "%m/%d/%y %I:%M %p", "%m/%d/%y %H:%M", "%d.%m.%Y",
)  # fmt: skip


def _date_cell(raw: str | None, column: str) -> datetime | None:
    """A CRM date cell: ISO 8601 ("2024-03-05", "2024-03-05T10:22:00Z"), HubSpot's
    "2024-03-05 10:22", US "03/05/2024" or "03/05/24" (Salesforce's US exports), or "05.03.2024". UTC unless
    the cell says otherwise; a value that is none of these skips its row."""
    if raw is None:
        return None
    text = raw.strip()
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        for fmt in _DATE_FORMATS:
            try:
                value = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
        else:
            raise _Bad(f"{column} {_quote(text)} is not a date; write it like 2024-03-05") from None
    if not 1900 <= value.year <= 2200:
        raise _Bad(f"{column} {_quote(text)} is not a plausible date")
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _contact_key(record: ContactRecord) -> tuple[str, str]:
    return ("email", record.email)


def parse_contacts_csv(data: bytes, *, filename: str = "<csv>") -> ImportResult[ContactRecord]:
    """Read a contacts export (ours, Salesforce Contact or Lead, HubSpot contacts).

    Raises ImportFileError only when the whole file is unusable; bad rows become problems.
    """
    return _parse(
        data, filename, _CONTACT_COLUMNS, _check_contacts_header, _build_contact, _contact_key
    )
