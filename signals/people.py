"""Job changes from people records: a champion who moved, a new executive, a promotion.

Pure logic, shared by the `people_file` collector and the agent's contacts re-import: a
`PersonRecord` is one person's current job as a source reports it; `diff_people` compares it with
the last one we knew and says what changed; `emit_changes` (in `signals.sources.people_file`)
turns those changes into events and keeps the snapshots.

Decisions (one rule each):

* A record's job is a move candidate only when it is the person's single current *primary*
  *employee* job. Advisor, board, fractional, interim and investor roles are not moves (the role
  kind comes from the source, or from the title: "Advisor", "Board Member", "Interim CFO", ...).
  Two current primary jobs at different companies are flagged with a note and not treated as a
  move; the last known job is kept until the source settles on one.
* Companies are the same when their web domains match or their normalised names match
  (`signals.resolve.normalise_company_name`: "Acme, Inc." = "ACME"). When one side has only a
  domain and the other only a name, we cannot tell, and nothing is emitted.
* "champion_moved": the contact is flagged champion or is a lifecycle customer, and the new
  company differs from the last known one. The event names the new company and whether it is
  watched; an unwatched one is for the agent to turn into a suggested account. A champion's move
  is emitted once, as champion_moved, even when the new company is watched and the title senior.
* "new_executive": someone who was not at a watched account before is now there with a VP,
  C-level or "Head of" title.
* "promotion": same company, a higher seniority (ic < manager < director < vp < c_level, from
  `signals.extract.roles.classify_title`), for a champion/customer or at a watched account.
* Start dates keep the precision the source gives (YYYY, YYYY-MM, YYYY-MM-DD); comparisons use the
  latest day the value allows, so a year-precise start is never made older than it may be.
* Every change carries a `ref` (person key + change + new company + start date [+ title for a
  promotion]): the same move seen twice has the same ref, and emitters skip refs already emitted.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from signals.extract.roles import classify_title
from signals.imports import ContactRecord
from signals.model import RecordProblem, WatchedAccount
from signals.resolve import AccountResolver, normalise_company_name, normalise_domain

__all__ = [
    "NOT_A_MOVE",
    "SENIORITY_RANK",
    "ChangeKind",
    "Job",
    "JobChange",
    "PersonRecord",
    "RoleKind",
    "WatchedLookup",
    "diff_people",
    "is_executive",
    "parse_start_date",
    "person_from_contact",
    "person_from_jobs",
    "role_kind_of",
    "same_company",
    "seniority_rank",
    "start_date_latest",
    "watched_lookup",
]

RoleKind = Literal["employee", "advisor", "board", "fractional", "interim", "investor"]
ChangeKind = Literal["champion_moved", "new_executive", "promotion"]
ROLE_KINDS: tuple[str, ...] = ("employee", "advisor", "board", "fractional", "interim", "investor")
#: Role kinds that never count as a move.
NOT_A_MOVE: frozenset[str] = frozenset({"advisor", "board", "fractional", "interim", "investor"})
SENIORITY_RANK: dict[str, int] = {"ic": 0, "manager": 1, "director": 2, "vp": 3, "c_level": 4}

#: (company name, company domain) -> the watched account there, or None.
WatchedLookup = Callable[[str | None, str | None], WatchedAccount | None]


# --------------------------------------------------------------------------------------------
# Roles and seniority
# --------------------------------------------------------------------------------------------

_ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("investor", re.compile(
        r"\b(?:investors?(?!\s+relations)|venture\s+partner|limited\s+partner|general\s+partner|operating\s+partner|"
        r"angel|entrepreneur\s+in\s+residence|eir|shareholder)\b", re.I)),
    ("board", re.compile(
        r"\b(?:board|directors|chair|chairman|chairwoman|chairperson|co-chair|trustee|"
        r"non-?executive|independent\s+director|observer)\b", re.I)),
    ("advisor", re.compile(r"\b(?:advis[oe]rs?|advisory|consultant|mentor)\b", re.I)),
    ("interim", re.compile(r"\b(?:interim|acting)\b", re.I)),
    ("fractional", re.compile(r"\b(?:fractional|part[-\s]time|freelance)\b", re.I)),
)  # fmt: skip
_CHAIR_WITH_EXECUTIVE = re.compile(
    r"\b(?:ceo|chief\s+executive(?:\s+officer)?|president)\b", re.I
)


def role_kind_of(title: str | None, declared: str | None = None) -> RoleKind:
    """The role kind a source declares, else what the title says ("Advisor" -> advisor)."""
    if isinstance(declared, str):
        key = declared.strip().casefold().replace("-", "_").replace(" ", "_")
        aliases = {"adviser": "advisor", "board_member": "board", "director": "board",
                   "part_time": "fractional", "acting": "interim", "full_time": "employee",
                   "employee": "employee", "": "", "job": "employee", "work": "employee"}
        key = aliases.get(key, key)
        if key in ROLE_KINDS:
            return key  # type: ignore[return-value]
    if not isinstance(title, str) or not title.strip():
        return "employee"
    for kind, pattern in _ROLE_PATTERNS:
        if pattern.search(title):
            # "Chairman and CEO" runs the company; "Executive Chairman" alone sits on its board
            if kind == "board" and _CHAIR_WITH_EXECUTIVE.search(title) and not re.search(
                r"\b(?:board|directors|non-?executive|observer|trustee)\b", title, re.I
            ):
                continue
            return kind  # type: ignore[return-value]
    return "employee"


def seniority_rank(title: str | None) -> int | None:
    """0 (ic) .. 4 (c_level) from `classify_title`, or None for no title."""
    if not isinstance(title, str) or not title.strip():
        return None
    return SENIORITY_RANK[classify_title(title).seniority]


_HEAD = re.compile(r"\bhead\b", re.I)


def is_executive(title: str | None) -> bool:
    """A VP, a C-level, or a "Head of ..." title."""
    rank = seniority_rank(title)
    return rank is not None and (rank >= SENIORITY_RANK["vp"] or bool(_HEAD.search(title or "")))


# --------------------------------------------------------------------------------------------
# Start dates
# --------------------------------------------------------------------------------------------

_START = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")


def parse_start_date(value: Any) -> str | None:
    """"2021", "2021-03", "2021-03-15" (or "2021/3/5", "2021-03-15T00:00:00Z") -> ISO text of that
    precision; None for empty. Raises ValueError for anything else."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 1900 <= value <= 2200:
        return str(value)
    if not isinstance(value, str):
        raise ValueError(f"start date {value!r} is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD")
    text = value.strip()
    if not text or text.casefold() in {"null", "none", "n/a", "-", "--"}:
        return None
    match = _START.match(text[:40])
    if not match:
        raise ValueError(f"start date {text[:40]!r} is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.group(1), match.group(2), match.group(3)
    if not 1900 <= int(year) <= 2200:
        raise ValueError(f"start date {text[:40]!r} has an implausible year")
    if month is None:
        return year
    if not 1 <= int(month) <= 12:
        raise ValueError(f"start date {text[:40]!r} has no month {month}")
    if day is None:
        return f"{year}-{int(month):02d}"
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        raise ValueError(f"start date {text[:40]!r} is not a calendar day") from None


def start_date_latest(value: str | None) -> date | None:
    """The latest day a start date of any precision allows: "2021" -> 2021-12-31."""
    if not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            return date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, int(parts[2]))
    except (ValueError, IndexError):
        return None


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


def _clean_text(value: Any, limit: int = 200) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())[:limit]
    return text or None


class PersonRecord(BaseModel):
    """One person's current job as a source reports it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    #: Stable identity: a PDL id, a LinkedIn URL, a CRM id or (last resort) an email address.
    key: str = Field(min_length=1, max_length=300)
    name: str | None = None
    #: The address to write to (the work email when known).
    email: str | None = None
    #: Every address the source knows for the person; champion flags are looked up by each.
    emails: tuple[str, ...] = ()
    profile_url: str | None = None
    title: str | None = None
    company_name: str | None = None
    company_domain: str | None = None
    #: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is.
    start_date: str | None = None
    is_primary: bool = True
    role_kind: RoleKind = "employee"
    #: Other companies where the source also lists a current primary job (flagged, not a move).
    concurrent: tuple[str, ...] = ()

    @field_validator("name", "title", "company_name", "profile_url", mode="before")
    @classmethod
    def _text(cls, value: Any) -> str | None:
        return _clean_text(value)

    @field_validator("email", mode="before")
    @classmethod
    def _email(cls, value: Any) -> str | None:
        text = _clean_text(value, 320)
        return text.casefold() if text and "@" in text else None

    @field_validator("emails", mode="before")
    @classmethod
    def _emails(cls, value: Any) -> tuple[str, ...]:
        out: list[str] = []
        for item in value or ():
            text = _clean_text(item, 320)
            if text and "@" in text and text.casefold() not in out:
                out.append(text.casefold())
        return tuple(out)

    @field_validator("company_domain", mode="before")
    @classmethod
    def _domain(cls, value: Any) -> str | None:
        return normalise_domain(value) if isinstance(value, str) else None

    @field_validator("start_date", mode="before")
    @classmethod
    def _start(cls, value: Any) -> str | None:
        return parse_start_date(value)

    @property
    def display_name(self) -> str:
        return self.name or self.email or self.key

    @property
    def all_emails(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(([self.email] if self.email else []) + list(self.emails)))

    @property
    def movable(self) -> bool:
        """True when this job can be compared with the last known one (and kept as the new one)."""
        return (
            not self.concurrent
            and self.is_primary
            and self.role_kind not in NOT_A_MOVE
            and bool(self.company_name or self.company_domain)
        )

    def snapshot(self) -> dict[str, Any]:
        """What is kept between runs: the job, not the whole record."""
        return {
            "name": self.name,
            "title": self.title,
            "company_name": self.company_name,
            "company_domain": self.company_domain,
            "start_date": self.start_date,
        }

    @classmethod
    def from_snapshot(cls, key: str, value: Any) -> PersonRecord | None:
        """The record a snapshot describes, or None for a missing or unreadable one."""
        if not isinstance(value, dict):
            return None
        try:
            return cls(
                key=key,
                name=value.get("name"),
                title=value.get("title"),
                company_name=value.get("company_name"),
                company_domain=value.get("company_domain"),
                start_date=value.get("start_date"),
            )
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class Job:
    """One line of a person's work history, before the current job is chosen."""

    title: str | None = None
    company_name: str | None = None
    company_domain: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    is_primary: bool | None = None
    role_kind: RoleKind = "employee"


def _company_key(name: str | None, domain: str | None) -> str:
    return normalise_domain(domain) or normalise_company_name(name or "") or ""


def person_from_jobs(
    *,
    key: str,
    jobs: Sequence[Job],
    name: str | None = None,
    email: str | None = None,
    emails: Iterable[str] = (),
    profile_url: str | None = None,
) -> PersonRecord | None:
    """The person's current job out of a work history, or None when no job is current.

    Current = no end date. Among current employee jobs, the one marked primary wins; jobs with
    `is_primary` unknown count as primary only when no job says so. Several primaries at different
    companies (or several unmarked current jobs) give a record with `concurrent` set. With no
    current employee job, the newest current advisor/board/... job is returned (not a move).
    """
    current = [j for j in jobs if not j.end_date]
    employee = [j for j in current if j.role_kind == "employee"]
    marked = [j for j in employee if j.is_primary]
    if not marked:
        marked = [j for j in employee if j.is_primary is None]
    by_company: dict[str, Job] = {}
    for job in sorted(marked, key=lambda j: start_date_latest(j.start_date) or date.min, reverse=True):
        by_company.setdefault(_company_key(job.company_name, job.company_domain) or f"#{id(job)}", job)
    common = {"key": key, "name": name, "email": email, "emails": tuple(emails), "profile_url": profile_url}
    if by_company:
        chosen, *others = list(by_company.values())
        return PersonRecord(
            **common,
            title=chosen.title,
            company_name=chosen.company_name,
            company_domain=chosen.company_domain,
            start_date=chosen.start_date,
            is_primary=True,
            role_kind="employee",
            concurrent=tuple(o.company_name or o.company_domain or "?" for o in others),
        )
    if employee:  # current jobs, all explicitly not primary
        chosen = employee[0]
        return PersonRecord(
            **common, title=chosen.title, company_name=chosen.company_name,
            company_domain=chosen.company_domain, start_date=chosen.start_date, is_primary=False,
        )
    if current:
        chosen = max(current, key=lambda j: start_date_latest(j.start_date) or date.min)
        return PersonRecord(
            **common, title=chosen.title, company_name=chosen.company_name,
            company_domain=chosen.company_domain, start_date=chosen.start_date,
            is_primary=bool(chosen.is_primary), role_kind=chosen.role_kind,
        )
    return None


# --------------------------------------------------------------------------------------------
# The diff
# --------------------------------------------------------------------------------------------


class JobChange(BaseModel):
    """One change worth telling a rep about."""

    model_config = ConfigDict(frozen=True)

    change: ChangeKind
    person_key: str
    person: str
    person_email: str | None = None
    profile_url: str | None = None
    new_title: str | None = None
    new_company: str | None = None
    new_company_domain: str | None = None
    previous_company: str | None = None
    previous_title: str | None = None
    start_date: str | None = None
    champion: bool = False
    lifecycle_stage: str | None = None
    #: Whether the new company is a watched account (False: the agent suggests one).
    watched: bool = False
    account_id: int | None = None
    account_name: str | None = None
    #: Same move, same ref: person key + change + new company + start date (+ title).
    ref: str

    def facts(self) -> dict[str, Any]:
        """The facts an event carries (and a drafter may quote)."""
        facts: dict[str, Any] = {
            "change": self.change,
            "person": self.person,
            "person_email": self.person_email,
            "new_title": self.new_title,
            "new_company": self.new_company,
            "new_company_domain": self.new_company_domain,
            "previous_company": self.previous_company,
            "previous_title": self.previous_title,
            "champion": self.champion,
            "watched": self.watched,
            "start_date": self.start_date,
        }
        return facts


def same_company(a: PersonRecord, b: PersonRecord) -> bool | None:
    """True/False when the two jobs are at the same company or not; None when we cannot tell."""
    da, db_ = a.company_domain, b.company_domain
    na = normalise_company_name(a.company_name or "")
    nb = normalise_company_name(b.company_name or "")
    if (da and db_ and da == db_) or (na and nb and na == nb):
        return True
    if (da and db_) or (na and nb):
        return False
    return None


def _ref(change: str, record: PersonRecord, *extra: str | None) -> str:
    company = _company_key(record.company_name, record.company_domain) or "-"
    parts = [record.key, change, company, record.start_date or "-", *[e or "-" for e in extra]]
    return "|".join(parts)


def diff_people(
    previous: PersonRecord | None,
    current: PersonRecord,
    *,
    champion: bool,
    lifecycle_stage: str | None,
    watched: WatchedLookup,
    notes: list[RecordProblem] | None = None,
) -> list[JobChange]:
    """What changed between the last known job (`previous`, None if the person is new to the
    caller) and `current`. A first sighting can only be a new executive at a watched account:
    the caller decides whether a first sighting counts at all (see `emit_changes`).

    `notes` receives a RecordProblem for records that are flagged rather than diffed (two
    concurrent primary jobs).
    """
    if current.concurrent:
        if notes is not None:
            places = ", ".join([current.company_name or current.company_domain or "?", *current.concurrent])
            notes.append(
                RecordProblem(
                    where=f"person {current.display_name}",
                    reason=f"the source lists current primary jobs at {places}; "
                    "not treated as a move until one of them ends",
                )
            )
        return []
    if not current.movable:
        return []
    if previous is not None and (previous.role_kind in NOT_A_MOVE or not previous.is_primary):
        previous = None
    account = watched(current.company_name, current.company_domain)
    stage = (lifecycle_stage or "").strip().casefold() or None
    is_champion = bool(champion) or stage == "customer"

    def make(change: ChangeKind, *ref_extra: str | None) -> JobChange:
        return JobChange(
            change=change,
            person_key=current.key,
            person=current.display_name,
            person_email=current.email,
            profile_url=current.profile_url,
            new_title=current.title,
            new_company=current.company_name or (account.name if account else current.company_domain),
            new_company_domain=current.company_domain or (account.domain if account else None),
            previous_company=previous.company_name or previous.company_domain if previous else None,
            previous_title=previous.title if previous else None,
            start_date=current.start_date,
            champion=is_champion,
            lifecycle_stage=stage,
            watched=account is not None,
            account_id=account.id if account else None,
            account_name=account.name if account else None,
            ref=_ref(change, current, *ref_extra),
        )

    if previous is None:
        if account is not None and is_executive(current.title):
            return [make("new_executive")]
        return []
    relation = same_company(previous, current)
    if relation is None and account is not None:
        # a name on one side, a domain on the other: the watched account can tell them apart
        relation = watched(previous.company_name, previous.company_domain) == account
    if relation is False:
        if is_champion:
            return [make("champion_moved")]
        if account is not None and is_executive(current.title):
            return [make("new_executive")]
        return []
    if relation is True and (account is not None or is_champion):
        before, after = seniority_rank(previous.title), seniority_rank(current.title)
        if before is not None and after is not None and after > before:
            title_key = " ".join((current.title or "").casefold().split())
            return [make("promotion", title_key)]
    return []


def person_from_contact(contact: ContactRecord, *, key: str | None = None) -> PersonRecord | None:
    """A contact row (from a CRM re-import) as a PersonRecord, for `emit_changes`.

    The key is `key` when given (the agent's contact id, say), else the CRM id, else the email:
    the CRM id survives the email change a move usually brings. Contacts carry no start date, so
    a contact first seen by the diff is always the baseline.
    """
    if not (contact.company or contact.domain):
        return None
    stable = key or (f"crm:{contact.crm_id}" if contact.crm_id else f"email:{contact.email}")
    name = " ".join(p for p in (contact.first_name, contact.last_name) if p) or None
    title = contact.title
    return PersonRecord(
        key=stable,
        name=name,
        email=contact.email,
        emails=(contact.email,),
        title=title,
        company_name=contact.company,
        company_domain=contact.domain,
        role_kind=role_kind_of(title),
    )


def watched_lookup(accounts: Sequence[WatchedAccount]) -> WatchedLookup:
    """A `watched` callable over `accounts`, by domain first, then by name (signals.resolve)."""
    resolver = AccountResolver(accounts)
    cache: dict[tuple[str | None, str | None], WatchedAccount | None] = {}

    def lookup(name: str | None, domain: str | None) -> WatchedAccount | None:
        key = (name, domain)
        if key not in cache:
            match = resolver.resolve(name=name, domain=domain) if len(resolver) else None
            cache[key] = match.account if match else None
        return cache[key]

    return lookup
