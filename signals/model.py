"""Typed values that flow out of `signals`: events, their evidence, and the accounts they may be about.

Everything here is a plain value (pydantic models and frozen dataclasses). Nothing imports
`agent` or `drafting`, and nothing touches a database or the network.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


#: Facts an extractor adds about its own decision (how sure, why, what each amount means): kept
#: with the event for routing and the guardrails, never offered to a draft as something to quote.
EXTRACTION_NOTES = frozenset({"confidence", "explanation", "money"})


class SignalKind(StrEnum):
    """What happened at an account. The value is stored in the database and shown to reps."""

    FUNDING = "funding"
    NEW_ROLE = "new_role"
    HIRING_SURGE = "hiring_surge"
    ROLE_CLOSED = "role_closed"
    JOB_CHANGE = "job_change"
    INTENT_SPIKE = "intent_spike"
    TECH_INSTALLED = "tech_installed"
    TECH_REMOVED = "tech_removed"


#: The family a kind belongs to, for filters in the UI and the CLI.
KIND_FAMILY: dict[str, str] = {
    SignalKind.FUNDING: "funding",
    SignalKind.NEW_ROLE: "hiring",
    SignalKind.HIRING_SURGE: "hiring",
    SignalKind.ROLE_CLOSED: "hiring",
    SignalKind.JOB_CHANGE: "job_change",
    SignalKind.INTENT_SPIKE: "intent",
    SignalKind.TECH_INSTALLED: "technology",
    SignalKind.TECH_REMOVED: "technology",
}


#: How funding rounds read in prose and in evidence ("series_b" -> "Series B").
ROUND_LABELS: dict[str, str] = {
    "pre_seed": "pre-seed",
    "seed": "seed",
    **{f"series_{c}": f"Series {c.upper()}" for c in "abcdefghij"},
    "growth": "growth",
    "venture_debt": "venture debt",
    "private_equity": "private equity",
}


def humanise_fact(key: str, value: Any) -> str:
    """A fact as a person would write it, for evidence and drafts."""
    if isinstance(value, list | tuple):
        return ", ".join(humanise_fact(key, v) for v in value)
    if isinstance(value, dict):
        if "name" in value:
            extra = value.get("title") or value.get("role")
            return f"{value['name']} ({extra})" if extra else str(value["name"])
        return "; ".join(f"{k}: {humanise_fact(k, v)}" for k, v in value.items() if v not in (None, ""))
    if key == "round" and isinstance(value, str):
        return ROUND_LABELS.get(value, value.replace("_", " "))
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """Naive datetimes are taken to be UTC (SQLite hands them back naive)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


class Evidence(BaseModel):
    """One quoted fact a drafter may use. `id` is what a draft cites ("E1")."""

    model_config = ConfigDict(frozen=True)

    id: str
    label: str
    text: str
    url: str | None = None


def make_dedup_key(*, source: str, kind: str, ref: str, subject: str, occurred_on: str) -> str:
    """A deterministic hash of what makes an event the same event twice.

    `ref` is the canonical URL or GUID of the record; `subject` the company or person it is about;
    `occurred_on` the event date (YYYY-MM-DD). The same inputs always give the same key, so a
    second read of the same record is a no-op at the UNIQUE constraint in the store.
    """
    raw = "\x1f".join([source, kind, ref.strip(), subject.strip().casefold(), occurred_on])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:40]


class SignalEvent(BaseModel):
    """One thing that happened, as a collector read it. Immutable once made."""

    model_config = ConfigDict(frozen=True)

    kind: SignalKind
    source: str
    occurred_at: datetime
    title: str
    url: str | None = None
    #: Canonical id of the underlying record (GUID, URL, posting id, accession number).
    ref: str
    #: The company the event is about, as the source names it.
    company_name: str | None = None
    #: The company's web domain when the source knows it (best resolution key).
    company_domain: str | None = None
    #: A short plain-text excerpt of the record, size-capped.
    excerpt: str = ""
    #: Structured facts (round, amount, currency, investors, role title, topic, technology, ...).
    facts: dict[str, Any] = Field(default_factory=dict)
    #: How strong a buying signal this is, 0..1 (a Series B beats a single job post).
    strength: float = 0.5
    #: Extra hints for resolution, for example the issuer's state for SEC filings.
    hints: dict[str, str] = Field(default_factory=dict)
    #: Set by a collector when the event is older than its source's max age on arrival.
    stale: bool = False

    @field_validator("occurred_at")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        return as_utc(value)

    @field_validator("excerpt")
    @classmethod
    def _cap_excerpt(cls, value: str) -> str:
        return value[:2000]

    @property
    def dedup_key(self) -> str:
        return make_dedup_key(
            source=self.source,
            kind=self.kind.value,
            ref=self.ref,
            subject=self.company_domain or self.company_name or "",
            occurred_on=self.occurred_at.date().isoformat(),
        )

    def evidence(self) -> list[Evidence]:
        """The numbered facts a drafter may quote, each traceable to this event."""
        items = [Evidence(id="E1", label="headline", text=self.title, url=self.url)]
        items.append(
            Evidence(id="E2", label="date", text=self.occurred_at.date().isoformat(), url=self.url)
        )
        if self.excerpt:
            items.append(Evidence(id="E3", label="excerpt", text=self.excerpt, url=self.url))
        n = len(items)
        for key, value in self.facts.items():
            if value in (None, "", [], {}) or key in EXTRACTION_NOTES:
                continue
            n += 1
            text = humanise_fact(key, value)
            items.append(Evidence(id=f"E{n}", label=key, text=text, url=self.url))
        return items


@dataclass(frozen=True, slots=True)
class WatchedAccount:
    """What resolution and scoring need to know about an account a team watches."""

    id: int
    name: str
    domain: str | None = None
    aliases: tuple[str, ...] = ()
    industry: str | None = None
    employees: int | None = None
    country: str | None = None
    state: str | None = None
    #: The account's job board, when known: ats is greenhouse, lever, ashby, smartrecruiters
    #: or workable; ats_board is the board token/site/company id on that ATS.
    ats: str | None = None
    ats_board: str | None = None
    careers_url: str | None = None


@dataclass(frozen=True, slots=True)
class Person:
    """A contact, as scoring and drafting see them."""

    id: int
    first_name: str
    last_name: str
    email: str
    title: str | None = None
    lifecycle_stage: str | None = None
    champion: bool = False
    timezone: str | None = None
    #: The lead stage Outrider keeps (lead, engaged, mql, handed_off, customer, disqualified, dormant).
    stage: str | None = None
    #: The CRM's lead status ("Open Deal", "Unqualified"...), as exported.
    lead_status: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """A record a parser skipped, and why, in words a person can act on."""

    where: str
    reason: str


@dataclass(slots=True)
class Explained:
    """A score with one reason line per rule that contributed."""

    value: float
    reasons: list[str] = field(default_factory=list)
