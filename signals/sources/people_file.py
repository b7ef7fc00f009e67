"""Job changes from a people file (CSV, JSON, JSON Lines or People Data Labs person records).

Source type `people_file`. Each run reads the file(s) at `path` (a file or a glob) or `url`
(conditional GET), takes each person's current job, compares it with the last known one kept in
`ctx.snapshots` under ``person:{key}``, and emits `job_change` events through
`emit_changes` - the same function the agent calls when contacts are re-imported.

Accepted shapes (sniffed from the content; `format` forces one):

* CSV with a header row: a key column (``person_id``/``id``/``pdl_id``/``crm_id``,
  ``linkedin_url`` or ``email``), ``name`` (or ``first_name`` + ``last_name``), ``title``,
  ``company``, ``company_domain`` (or ``domain``/``website``), ``start_date``, and optionally
  ``end_date``, ``is_primary``, ``role_kind`` (employee, advisor, board, fractional, interim,
  investor), ``champion`` and ``lifecycle_stage``. Several rows with one key are one person's
  history. Header names ignore case, spaces and punctuation.
* JSON: an array of such objects, one object, JSON Lines, or People Data Labs person records
  (``id``, ``full_name``, ``work_email``/``emails``, ``linkedin_url``, ``job_*`` fields and
  ``experience[]`` with ``company{name, website}``, ``title{name}``, ``start_date``,
  ``end_date``, ``is_primary``), bare or wrapped as an enrich/bulk/search response
  (``{"status": 200, "data": ...}``).

Decisions:

* Identity: a PDL id, then a LinkedIn URL, then a CRM/person id, then the email. Work emails
  change when people move, so an email is the key only when nothing steadier is there.
* First sighting of a person (first poll, or a person new to the file): the baseline, no event,
  unless the job started within `max_age_days` (default 90 here: people data lags, and a champion
  is worth a note during their first quarter in the new job).
* An event is stale when its start date (at the latest day its precision allows) is older than
  `max_age_days`; it is recorded, never drafted. Events carry `occurred_at` = when we noticed.
* Fractional/interim/advisor/board/investor roles and concurrent primary jobs are not moves (see
  `signals.people`); concurrent jobs are reported with `ctx.skip` so a person can look at them.
* A glob is read in name order (dated exports apply oldest first); a file whose size and
  modification time did not change since the last run is not read again.
* Bad rows are skipped with a reason; a file that is not CSV or JSON at all fails the source
  (a single path) or is skipped with a reason (one file of a glob).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import Field, ValidationError, model_validator

from signals.model import RecordProblem, SignalEvent, SignalKind, as_utc
from signals.people import (
    Job,
    JobChange,
    PersonRecord,
    WatchedLookup,
    diff_people,
    parse_start_date,
    person_from_jobs,
    role_kind_of,
    start_date_latest,
    watched_lookup,
)
from signals.resolve import normalise_domain
from signals.scoring import signal_strength
from signals.sources.base import (
    Collector,
    ConfigProblem,
    ReadContext,
    SnapshotStore,
    SourceConfig,
    SourceError,
    check_http_url,
    expand_files,
    register,
)

__all__ = [
    "MAX_FILE_BYTES",
    "PeopleFile",
    "PeopleFileCollector",
    "PeopleFileConfig",
    "PeopleFileError",
    "emit_changes",
    "job_change_event",
    "parse_people",
]

MAX_FILE_BYTES = 50 * 1024 * 1024
#: Refs of moves already emitted, kept per person so a move that comes back is not told twice.
_EMITTED_KEEP = 20
_GLOB_CHARS = re.compile(r"[*?\[]")


class PeopleFileError(ValueError):
    """The whole file cannot be read as people records; the message says why."""


class PeopleFileConfig(SourceConfig):
    #: A file or a glob ("exports/people-*.csv"); or give `url`.
    path: str | None = None
    url: str | None = None
    format: Literal["auto", "csv", "json", "jsonl"] = "auto"
    max_bytes: int = Field(default=MAX_FILE_BYTES, gt=0)
    #: Take champion / lifecycle-customer flags from the workspace's contacts (matched by email).
    champions_from_contacts: bool = True
    max_age_days: int = Field(default=90, ge=0)

    @model_validator(mode="after")
    def _one_location(self) -> PeopleFileConfig:
        if bool(self.url) == bool(self.path):
            raise ValueError("give exactly one of `url` or `path`")
        return self


# --------------------------------------------------------------------------------------------
# Parsing: bytes -> PersonRecords
# --------------------------------------------------------------------------------------------


@dataclass
class PeopleFile:
    """What a parse gives back: one record per person, the skipped ones, flags the file carries."""

    records: list[PersonRecord] = field(default_factory=list)
    problems: list[RecordProblem] = field(default_factory=list)
    #: person key -> (champion, lifecycle stage), from `champion` / `lifecycle_stage` columns.
    contact_flags: dict[str, tuple[bool, str | None]] = field(default_factory=dict)
    format: str = "csv"


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _sniff(text: str, name: str) -> str:
    head = text.lstrip()[:1]
    if head in "[{":
        return "json"
    if head == "<":
        raise PeopleFileError(f"{name}: this is an HTML or XML document, not a CSV or JSON people file")
    return "csv"


def parse_people(data: bytes, *, name: str = "<people>", format: str = "auto") -> PeopleFile:
    """People records out of a file's bytes. Raises PeopleFileError when the file is unusable;
    a bad record is skipped with a RecordProblem and the rest are kept."""
    if not isinstance(data, bytes | bytearray):
        raise PeopleFileError(f"{name}: expected bytes")
    if b"\x00" in data[:1024] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PeopleFileError(f"{name}: this is a binary file, not a CSV or JSON people file")
    text = _decode(bytes(data))
    if not text.strip():
        raise PeopleFileError(f"{name}: the file is empty")
    kind = _sniff(text, name) if format == "auto" else format
    if kind == "csv":
        return _parse_csv(text, name)
    if kind == "jsonl":
        return _parse_json_lines(text, name)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        if format == "auto" and text.lstrip().startswith("{") and "Extra data" in str(exc):
            return _parse_json_lines(text, name)
        raise PeopleFileError(f"{name}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise PeopleFileError(f"{name}: the JSON is nested too deeply") from None
    out = PeopleFile(format="json")
    _collect(_json_people(document, name, out.problems), out)
    return out


def _parse_json_lines(text: str, name: str) -> PeopleFile:
    out = PeopleFile(format="jsonl")
    items: list[tuple[str, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            out.problems.append(RecordProblem(f"{name} line {number}", f"not valid JSON ({reason})"))
            continue
        items.extend(_json_people(value, f"{name} line {number}", out.problems))
    _collect(items, out)
    return out


def _json_people(value: Any, where: str, problems: list[RecordProblem]) -> Iterator[tuple[str, Any]]:
    """(where, person dict) for every person in a JSON document of any accepted shape."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield from _json_people(item, f"{where} item {index + 1}", problems)
        return
    if not isinstance(value, dict):
        problems.append(RecordProblem(where, "expected a JSON object for a person"))
        return
    if ("data" in value or "error" in value) and ("status" in value or "likelihood" in value or "total" in value):
        status = value.get("status")
        if status not in (None, 200) or value.get("data") is None:
            error = value.get("error")
            message = error.get("message") if isinstance(error, dict) else None
            detail = f": {str(message)[:120]}" if message else ""
            problems.append(RecordProblem(where, f"the people-data service returned no person (status {status}{detail})"))
            return
        yield from _json_people(value["data"], where, problems)
        return
    for wrapper in ("people", "persons", "records", "results", "contacts"):
        if isinstance(value.get(wrapper), list) and not _looks_like_person(value):
            yield from _json_people(value[wrapper], where, problems)
            return
    yield where, value


def _looks_like_person(value: dict[str, Any]) -> bool:
    return any(k in value for k in ("full_name", "name", "email", "work_email", "experience", "title"))


def _collect(items: Iterable[tuple[str, Any]], out: PeopleFile) -> None:
    by_key: dict[str, tuple[str, PersonRecord]] = {}
    for where, item in items:
        try:
            built = _person_from_json(item)
        except _Bad as exc:
            out.problems.append(RecordProblem(where, str(exc)))
            continue
        except (ValidationError, ValueError, TypeError) as exc:
            out.problems.append(RecordProblem(where, f"could not read the person: {_first_line(exc)}"))
            continue
        if built is None:
            continue
        record, flags = built
        if record.key in by_key:
            earlier = by_key.pop(record.key)[0]
            out.problems.append(
                RecordProblem(earlier, f"{record.key} appears again at {where}; the later record is kept")
            )
        by_key[record.key] = (where, record)
        if flags is not None:
            out.contact_flags[record.key] = flags
    out.records.extend(record for _, record in by_key.values())


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else exc.__class__.__name__


class _Bad(ValueError):
    """A record we skip; the message is the reason shown to a person."""


# -- shared field helpers ---------------------------------------------------------------------

_SMALL_WORDS = frozenset("of and the for at in on to a an de la".split())
_UPPER_WORDS = frozenset(
    "vp svp evp avp ceo cfo coo cto cio cmo cro cpo cso chro cco cdo ciso hr it ai ml ui ux "
    "emea apac latam us usa uk eu gtm sdr bdr ae qa r&d".split()
)


def _display(value: str | None) -> str | None:
    """People Data Labs writes names, titles and companies in lowercase; show them in title case."""
    if not value or value != value.lower() or not any(c.isalpha() for c in value):
        return value
    words = []
    for index, word in enumerate(value.split(" ")):
        if word in _UPPER_WORDS:
            words.append(word.upper())
        elif index and word in _SMALL_WORDS:
            words.append(word)
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(words)


_FORMULA_START = ("=", "+", "-", "@")


def _safe(value: Any, column: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        value = str(value)
    text = " ".join(value.split())[:300]
    if not text or text.casefold() in {"null", "none", "n/a", "#n/a", "-", "--"}:
        return None
    if text.startswith(_FORMULA_START):
        raise _Bad(f"{column} {text[:40]!r} starts with {text[0]!r}, which spreadsheets run as a "
                   "formula; remove the sign and import again")
    return text


def _linkedin_key(value: Any) -> str | None:
    if not isinstance(value, str) or "linkedin." not in value.casefold():
        return None
    text = value.strip().casefold()
    text = re.sub(r"^[a-z]+://", "", text)
    text = re.sub(r"^(?:www|[a-z]{2})\.", "", text).split("?", 1)[0].rstrip("/")
    return text[:200] or None


def _profile_url(linkedin: str | None) -> str | None:
    return f"https://www.{linkedin}" if linkedin else None


_TRUE = frozenset({"true", "yes", "y", "1", "x", "t"})
_FALSE = frozenset({"false", "no", "n", "0", "f", ""})


def _boolean(value: Any, column: str) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().casefold()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return None if not text else False
    raise _Bad(f"{column} {str(value)[:40]!r} is not true or false")


def _date(value: Any, column: str) -> str | None:
    try:
        return parse_start_date(value)
    except ValueError as exc:
        raise _Bad(f"{column}: {exc}") from None


def _email(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = value.strip().casefold()
    if re.fullmatch(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[a-z]{2,}", text):
        return text
    return None


# -- JSON -------------------------------------------------------------------------------------


def _text_of(value: Any, column: str) -> str | None:
    if isinstance(value, dict):  # PDL: title {name, ...}, company {name, website, ...}
        value = value.get("name")
    return _safe(value, column)


def _person_from_json(item: dict[str, Any]) -> tuple[PersonRecord, tuple[bool, str | None] | None] | None:
    emails: list[str] = []
    for candidate in (item.get("work_email"), item.get("email"), item.get("recommended_personal_email")):
        address = _email(candidate)
        if address:
            emails.append(address)
    raw_emails = item.get("emails") if isinstance(item.get("emails"), list) else []
    personal = item.get("personal_emails") if isinstance(item.get("personal_emails"), list) else []
    for entry in [*raw_emails[:20], *personal[:20]]:
        address = _email(entry.get("address") if isinstance(entry, dict) else entry)
        if address and address not in emails:
            emails.append(address)
    linkedin = _linkedin_key(item.get("linkedin_url"))
    pdl_shaped = "experience" in item or any(str(k).startswith("job_") for k in item)
    pdl_id = _safe(item.get("pdl_id") or (item.get("id") if pdl_shaped else None), "id")
    other_id = _safe(item.get("person_id") or item.get("crm_id") or item.get("id"), "id")
    if pdl_id:
        key = f"pdl:{pdl_id}"
    elif linkedin:
        key = f"linkedin:{linkedin}"
    elif other_id:
        key = f"id:{other_id}"
    elif emails:
        key = f"email:{emails[0]}"
    else:
        raise _Bad("the person has no id, LinkedIn URL or email to recognise them by")
    name = _safe(item.get("full_name") or item.get("name"), "name")
    if not name:
        parts = [_safe(item.get("first_name"), "first_name"), _safe(item.get("last_name"), "last_name")]
        name = " ".join(p for p in parts if p) or None

    jobs: list[Job] = []
    experience = item.get("experience")
    if isinstance(experience, list):
        for entry in experience[:200]:
            if not isinstance(entry, dict):
                continue
            company = entry.get("company")
            title = _display(_text_of(entry.get("title"), "title"))
            domain = company.get("website") or company.get("domain") if isinstance(company, dict) else None
            primary = entry.get("is_primary")
            jobs.append(
                Job(
                    title=title,
                    company_name=_display(_text_of(company, "company")),
                    company_domain=normalise_domain(domain) if isinstance(domain, str) else None,
                    start_date=_date(entry.get("start_date"), "start_date"),
                    end_date=_safe(entry.get("end_date"), "end_date"),
                    is_primary=primary if isinstance(primary, bool) else None,
                    role_kind=role_kind_of(title, entry.get("role_kind") if isinstance(entry.get("role_kind"), str) else None),
                )
            )
    top_company = _display(_text_of(item.get("job_company_name") or item.get("company_name") or item.get("company"), "company"))
    top_domain_raw = item.get("job_company_website") or item.get("company_domain") or item.get("domain") or item.get("website")
    top_domain = normalise_domain(top_domain_raw) if isinstance(top_domain_raw, str) else None
    top_title = _display(_text_of(item.get("job_title") or item.get("title"), "title"))
    if jobs and not any(j.is_primary for j in jobs) and (top_company or top_domain):
        # PDL's job_* fields are the primary experience: mark the matching line as primary
        matched = False
        for index, job in enumerate(jobs):
            if not job.end_date and (
                (top_domain and job.company_domain == top_domain)
                or (top_company and (job.company_name or "").casefold() == top_company.casefold())
            ):
                jobs[index] = Job(**{**_job_fields(job), "is_primary": True})
                matched = True
        if not matched:
            jobs = [Job(**{**_job_fields(j), "is_primary": False}) for j in jobs]
    if (top_company or top_domain) and not any(j.is_primary for j in jobs):
        jobs.append(
            Job(
                title=top_title,
                company_name=top_company,
                company_domain=top_domain,
                start_date=_date(item.get("job_start_date") or item.get("start_date"), "start_date"),
                end_date=_safe(item.get("end_date"), "end_date"),
                is_primary=_boolean(item.get("is_primary"), "is_primary") is not False,
                role_kind=role_kind_of(top_title, item.get("role_kind") if isinstance(item.get("role_kind"), str) else None),
            )
        )
    record = person_from_jobs(
        key=key,
        jobs=jobs,
        name=_display(name),
        email=emails[0] if emails else None,
        emails=emails,
        profile_url=_profile_url(linkedin),
    )
    if record is None:
        return None
    champion = _boolean(item.get("champion", item.get("is_champion")), "champion")
    stage = _safe(item.get("lifecycle_stage"), "lifecycle_stage")
    flags = (bool(champion), stage.casefold() if stage else None) if champion is not None or stage else None
    return record, flags


def _job_fields(job: Job) -> dict[str, Any]:
    return {
        "title": job.title, "company_name": job.company_name, "company_domain": job.company_domain,
        "start_date": job.start_date, "end_date": job.end_date, "is_primary": job.is_primary,
        "role_kind": job.role_kind,
    }  # fmt: skip


# -- CSV --------------------------------------------------------------------------------------

_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("personid", "id", "pdlid", "crmid", "contactid", "recordid"),
    "linkedin": ("linkedinurl", "linkedin", "linkedinprofile", "linkedinprofileurl"),
    "email": ("email", "workemail", "emailaddress", "businessemail"),
    "name": ("name", "fullname", "personname", "person"),
    "first_name": ("firstname", "givenname"),
    "last_name": ("lastname", "surname", "familyname"),
    "title": ("title", "jobtitle", "position"),
    "company": ("company", "companyname", "jobcompanyname", "employer", "organization",
                "organisation", "accountname"),
    "domain": ("companydomain", "domain", "website", "companywebsite", "jobcompanywebsite",
               "companyurl", "companydomainname"),
    "start_date": ("startdate", "jobstartdate", "started", "startedat", "start"),
    "end_date": ("enddate", "jobenddate", "ended", "endedat", "end"),
    "is_primary": ("isprimary", "primary"),
    "role_kind": ("rolekind", "roletype", "employmenttype", "kind"),
    "champion": ("champion", "ischampion"),
    "lifecycle_stage": ("lifecyclestage", "lifecycle", "stage"),
}  # fmt: skip


def _header_key(header: str) -> str:
    return re.sub(r"[\W_]+", "", header.strip().casefold())


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _parse_csv(text: str, name: str) -> PeopleFile:
    out = PeopleFile(format="csv")
    lines = text.splitlines()
    if lines and re.match(r"^sep=(.)\s*$", lines[0], re.I):
        delimiter = lines[0].strip()[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
    else:
        delimiter = _delimiter(text.lstrip().split("\n", 1)[0])
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise PeopleFileError(f"{name}: no header row ({exc})") from None
    keys = [_header_key(h) for h in header]
    columns: dict[str, int] = {}
    for field_name, aliases in _COLUMNS.items():
        for alias in aliases:
            if alias in keys:
                columns[field_name] = keys.index(alias)
                break
    if not any(k in columns for k in ("id", "linkedin", "email")):
        shown = ", ".join(h.strip() for h in header[:12] if h.strip())[:200]
        raise PeopleFileError(
            f"{name}: no column to recognise people by; add person_id, linkedin_url or email "
            f"(columns found: {shown or 'none'})"
        )
    if not any(k in columns for k in ("company", "domain")):
        raise PeopleFileError(f"{name}: no company column; add company (and company_domain)")
    grouped: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    order: list[str] = []
    line = 1
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            values = {f: (row[i] if i < len(row) else "") for f, i in columns.items()}
            try:
                key = _row_key(values)
            except _Bad as exc:
                out.problems.append(RecordProblem(f"{name} line {line}", str(exc)))
                continue
            if key not in grouped:
                order.append(key)
            grouped.setdefault(key, []).append((line, values))
    except csv.Error as exc:
        out.problems.append(RecordProblem(f"{name} line {line}", f"the CSV is malformed here ({exc}); rows after it were not read"))
    for key in order:
        rows = grouped[key]
        where = f"{name} line {rows[0][0]}"
        try:
            built = _person_from_rows(key, [values for _, values in rows])
        except _Bad as exc:
            out.problems.append(RecordProblem(where, str(exc)))
            continue
        except (ValidationError, ValueError) as exc:
            out.problems.append(RecordProblem(where, f"could not read the person: {_first_line(exc)}"))
            continue
        if built is None:
            continue
        record, flags = built
        out.records.append(record)
        if flags is not None:
            out.contact_flags[record.key] = flags
    return out


def _row_key(values: dict[str, Any]) -> str:
    person_id = _safe(values.get("id"), "person_id")
    if person_id:
        return f"id:{person_id}"
    linkedin = _linkedin_key(values.get("linkedin"))
    if linkedin:
        return f"linkedin:{linkedin}"
    raw = (values.get("email") or "").strip()
    email = _email(raw)
    if email:
        return f"email:{email}"
    if raw:
        raise _Bad(f"email {raw[:60]!r} is not an email address")
    raise _Bad("the row has no person_id, linkedin_url or email")


def _person_from_rows(key: str, rows: list[dict[str, Any]]) -> tuple[PersonRecord, tuple[bool, str | None] | None] | None:
    jobs: list[Job] = []
    name = email = linkedin = None
    emails: list[str] = []
    champion: bool | None = None
    stage: str | None = None
    for values in rows:
        name = name or _safe(values.get("name"), "name")
        if not name and (values.get("first_name") or values.get("last_name")):
            parts = [_safe(values.get("first_name"), "first_name"), _safe(values.get("last_name"), "last_name")]
            name = " ".join(p for p in parts if p) or None
        row_email = _email(values.get("email"))
        email = email or row_email
        if row_email and row_email not in emails:
            emails.append(row_email)
        linkedin = linkedin or _linkedin_key(values.get("linkedin"))
        title = _safe(values.get("title"), "title")
        company = _safe(values.get("company"), "company")
        raw_domain = _safe(values.get("domain"), "company_domain")
        domain = normalise_domain(raw_domain) if raw_domain else None
        if raw_domain and domain is None:
            raise _Bad(f"company_domain {raw_domain[:60]!r} is not a web domain")
        if not (title or company or domain):
            continue
        role = _safe(values.get("role_kind"), "role_kind")
        kind = role_kind_of(title, role)
        if role and kind == "employee" and role.casefold() not in {"employee", "full-time", "full time", "fulltime", "job", "work"}:
            raise _Bad(f"role_kind {role[:40]!r} is not one of employee, advisor, board, fractional, interim, investor")
        primary = _boolean(values.get("is_primary"), "is_primary")
        jobs.append(
            Job(
                title=title,
                company_name=company,
                company_domain=domain,
                start_date=_date(values.get("start_date"), "start_date"),
                end_date=_safe(values.get("end_date"), "end_date"),
                is_primary=primary,
                role_kind=kind,
            )
        )
        flag = _boolean(values.get("champion"), "champion")
        champion = flag if flag is not None else champion
        stage = _safe(values.get("lifecycle_stage"), "lifecycle_stage") or stage
    record = person_from_jobs(
        key=key, jobs=jobs, name=name, email=email, emails=emails,
        profile_url=_profile_url(linkedin),
    )
    if record is None:
        return None
    flags = (bool(champion), stage.casefold() if stage else None) if champion is not None or stage else None
    return record, flags


# --------------------------------------------------------------------------------------------
# Diff -> events (shared with the agent's contacts re-import)
# --------------------------------------------------------------------------------------------


def _champion_of(record: PersonRecord, champions: Mapping[str, tuple[bool, str | None]]) -> tuple[bool, str | None]:
    champion, stage = False, None
    for lookup in (record.key, *record.all_emails):
        value = champions.get(lookup)
        if not value:
            continue
        try:
            flag, flag_stage = value
        except (TypeError, ValueError):
            continue
        champion = champion or bool(flag)
        stage = stage or (flag_stage if isinstance(flag_stage, str) else None)
    return champion, stage


def _headline(change: JobChange) -> str:
    title = f" as {change.new_title}" if change.new_title else ""
    company = change.new_company or change.new_company_domain or "a new company"
    if change.change == "champion_moved":
        before = f" from {change.previous_company}" if change.previous_company else ""
        return f"Champion {change.person} moved{before} to {company}{title}"
    if change.change == "promotion":
        return f"{change.person} promoted to {change.new_title} at {company}"
    before = f" (previously at {change.previous_company})" if change.previous_company else ""
    return f"{change.person} joined {company}{title}{before}"


def _excerpt(change: JobChange) -> str:
    parts = []
    if change.previous_title or change.previous_company:
        was = " at ".join(p for p in (change.previous_title, change.previous_company) if p)
        parts.append(f"Previously {was}.")
    if change.start_date:
        parts.append(f"Started {change.start_date}.")
    if change.change == "champion_moved" and not change.watched:
        parts.append(f"{change.new_company or change.new_company_domain} is not a watched account yet.")
    return " ".join(parts)


def job_change_event(change: JobChange, *, source: str, now: datetime, max_age_days: int = 90) -> SignalEvent:
    """The JOB_CHANGE event for one change (for callers that diff on their own, such as a
    contacts re-import comparing a contact row before and after). `occurred_at` is `now`, the
    moment we noticed; the event is stale when the job started more than `max_age_days` ago."""
    now = as_utc(now)
    latest = start_date_latest(change.start_date)
    facts = change.facts()
    return SignalEvent(
        kind=SignalKind.JOB_CHANGE,
        source=source,
        occurred_at=now,
        title=_headline(change),
        url=change.profile_url,
        ref=f"person:{change.ref}",
        company_name=change.new_company,
        company_domain=change.new_company_domain,
        excerpt=_excerpt(change),
        facts=facts,
        strength=signal_strength(SignalKind.JOB_CHANGE, facts),
        stale=latest is not None and latest < (now - timedelta(days=max_age_days)).date(),
    )


def emit_changes(
    records: Iterable[PersonRecord],
    snapshots: SnapshotStore,
    *,
    champions: Mapping[str, tuple[bool, str | None]],
    watched: WatchedLookup,
    source: str,
    now: datetime,
    max_age_days: int = 90,
    problems: list[RecordProblem] | None = None,
) -> Iterator[SignalEvent]:
    """Compare each record with its snapshot (``person:{key}``), yield JOB_CHANGE events, and keep
    the new job as the snapshot.

    `champions` maps an email (or a record key) to (champion, lifecycle_stage). A person without a
    snapshot is a first sighting: only a job that started within `max_age_days` can make an
    event. A change whose ref was emitted before for this person is not emitted again. Flagged
    records (concurrent primary jobs) are appended to `problems`.
    """
    now = as_utc(now)
    horizon = (now - timedelta(days=max_age_days)).date()
    for record in records:
        snap_key = f"person:{record.key}"
        stored = snapshots.get(snap_key)
        stored = stored if isinstance(stored, dict) else {}
        previous = PersonRecord.from_snapshot(record.key, stored.get("job"))
        emitted: list[str] = [r for r in stored.get("emitted", []) if isinstance(r, str)]
        champion, stage = _champion_of(record, champions)
        changes = diff_people(
            previous, record, champion=champion, lifecycle_stage=stage, watched=watched, notes=problems
        )
        latest = start_date_latest(record.start_date)
        if previous is None and (latest is None or latest < horizon):
            changes = []  # the baseline: we only learn where this person works
        for change in changes:
            if change.ref in emitted:
                continue
            emitted.append(change.ref)
            yield job_change_event(change, source=source, now=now, max_age_days=max_age_days)
        new_value: dict[str, Any] = {
            "job": record.snapshot() if record.movable else stored.get("job"),
            "emitted": emitted[-_EMITTED_KEEP:],
        }
        if new_value["job"] is None:
            new_value.pop("job")
        if new_value != stored:
            snapshots.put(snap_key, new_value)


# --------------------------------------------------------------------------------------------
# The collector
# --------------------------------------------------------------------------------------------


@register
class PeopleFileCollector(Collector):
    type = "people_file"
    Config = PeopleFileConfig
    description = "Champion moves, new executives and promotions from a people file (CSV, JSON, People Data Labs)."

    def check(self, config: SourceConfig) -> None:
        assert isinstance(config, PeopleFileConfig)
        check_http_url(config, config.url)
        if config.path and not config.path.strip():
            raise ConfigProblem(f"source {config.name!r}: path is empty")

    def read(self, config: SourceConfig, ctx: ReadContext) -> Iterator[SignalEvent]:
        assert isinstance(config, PeopleFileConfig)
        where = f"source {config.name!r}"
        champions: dict[str, tuple[bool, str | None]] = {}
        if config.champions_from_contacts:
            champions.update(ctx.people)
        watched = watched_lookup(ctx.accounts)
        for label, data in self._files(config, ctx, where):
            try:
                parsed = parse_people(data, name=label, format=config.format)
            except PeopleFileError as exc:
                if config.url or not _GLOB_CHARS.search(config.path or ""):
                    raise SourceError(f"{where}: {exc}") from None
                ctx.skip(label, str(exc))
                continue
            for problem in parsed.problems:
                ctx.skip(problem.where, problem.reason)
            merged = dict(champions)
            for key, flags in parsed.contact_flags.items():
                merged.setdefault(key, flags)
            notes: list[RecordProblem] = []
            yield from emit_changes(
                parsed.records,
                ctx.snapshots,
                champions=merged,
                watched=watched,
                source=config.name,
                now=ctx.now,
                max_age_days=config.max_age_days,
                problems=notes,
            )
            for note in notes:
                ctx.skip(f"{label}: {note.where}", note.reason)

    def _files(self, config: PeopleFileConfig, ctx: ReadContext, where: str) -> Iterator[tuple[str, bytes]]:
        if config.url:
            result = ctx.http.get(
                config.url,
                etag=ctx.state.get("etag"),
                last_modified=ctx.state.get("last_modified"),
                max_bytes=config.max_bytes,
                timeout=config.timeout_s,
            )
            if result.not_modified:
                return
            ctx.state["etag"] = result.etag
            ctx.state["last_modified"] = result.last_modified
            yield config.url, result.content
            return
        assert config.path is not None
        paths = expand_files(config.path, ctx, where)
        seen: dict[str, list[int]] = dict(ctx.state.get("files") or {})
        current: dict[str, list[int]] = {}
        for index, path in enumerate(paths):
            if ctx.progress:
                ctx.progress(index, len(paths))
            try:
                stat = path.stat()
            except OSError as exc:
                ctx.skip(str(path), f"cannot read the file: {exc.strerror or exc}")
                continue
            signature = [stat.st_mtime_ns, stat.st_size]
            current[str(path)] = signature
            if seen.get(str(path)) == signature:
                continue  # unchanged since the last run: every change in it was seen then
            if stat.st_size > config.max_bytes:
                message = f"{path} is over the {config.max_bytes:,}-byte cap"
                if len(paths) == 1 and not _GLOB_CHARS.search(config.path):
                    raise SourceError(f"{where}: {message}")
                ctx.skip(str(path), message)
                continue
            try:
                data = path.read_bytes()
            except OSError as exc:
                ctx.skip(str(path), f"cannot read the file: {exc.strerror or exc}")
                current.pop(str(path), None)
                continue
            yield str(path), data
        ctx.state["files"] = current
