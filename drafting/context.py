"""What a drafter may know about a signal, the account, the recipient and the sender.

Every fact a draft may state is either in `evidence` (numbered E1..En, each traceable to the
signal that produced it) or in the account, contact and sender facts. `grounding_corpus()` is
that text in one string; the `grounding` guardrail checks a draft against it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field, field_validator

from signals.model import Evidence, Person, SignalEvent, WatchedAccount, as_utc


class AccountFacts(BaseModel):
    """The account a signal is about, as the team's CRM knows it."""

    name: str
    domain: str | None = None
    industry: str | None = None
    employees: int | None = None
    country: str | None = None


class ContactFacts(BaseModel):
    """The person a draft is addressed to."""

    first_name: str
    last_name: str = ""
    email: str
    title: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class SenderFacts(BaseModel):
    """The rep a draft is sent as."""

    name: str
    email: str
    company: str | None = None
    value_proposition: str | None = None


class HistoryFact(BaseModel):
    """Something that happened between the sender's team and the recipient: a meeting, a reply.

    Only these ground a draft's references to the past ("when we spoke in March", "as we
    discussed"); with no history, any such reference is unsupported.
    """

    #: When it happened, tz-aware UTC (naive values are taken to be UTC).
    at: datetime
    #: meeting, call, demo, reply, email, event...
    kind: str
    summary: str = ""

    @field_validator("at")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        return as_utc(value)

    @field_validator("kind")
    @classmethod
    def _kind(cls, value: str) -> str:
        return value.strip().casefold()


class ReactivationFacts(BaseModel):
    """Why this draft wakes a dormant lead: what woke it, and since when (and why) it was quiet.

    Shown to the reviewer; the drafter writes a reactivation (history-aware) instead of a cold
    first touch. The reason is internal: a draft may only mention the past through `history`.
    """

    #: funding, new_executive, hiring, intent_surge, technology, promotion, job_move, return.
    trigger: str
    dormant_since: datetime | None = None
    dormant_reason: str = ""


class DraftContext(BaseModel):
    """Everything a drafter may use, and nothing else."""

    #: A `SignalKind` value: funding, new_role, hiring_surge, role_closed, job_change,
    #: intent_spike, tech_installed, tech_removed.
    signal_kind: str
    signal_title: str
    signal_url: str | None = None
    #: When the signal happened, tz-aware UTC (naive values are taken to be UTC).
    occurred_at: datetime
    #: Structured facts of the signal (round, amount, role_title, topic, technology, ...).
    facts: dict[str, Any] = Field(default_factory=dict)
    #: The numbered facts a draft may cite (see `SignalEvent.evidence()`).
    evidence: list[Evidence] = Field(default_factory=list)
    account: AccountFacts
    contact: ContactFacts
    #: The persona the recipient was chosen for ("sales leader", "revops", ...), if known.
    persona: str | None = None
    #: The recipient's CRM lifecycle stage (lead, mql, opportunity, customer...): cold or warm.
    lifecycle_stage: str | None = None
    fit_reasons: list[str] = Field(default_factory=list)
    sender: SenderFacts
    #: Content assets a draft may link to.
    allowed_urls: list[str] = Field(default_factory=list)
    #: A rep's regenerate instruction ("shorter, mention their SDR hiring").
    instruction: str | None = None
    #: Past interactions with the recipient, oldest first (empty for a first touch).
    history: list[HistoryFact] = Field(default_factory=list)
    #: Set when this draft wakes a dormant lead (a reactivation), else None.
    reactivation: ReactivationFacts | None = None

    @field_validator("signal_kind", mode="before")
    @classmethod
    def _kind_value(cls, value: Any) -> Any:
        # A SignalKind is a StrEnum; keep the plain value so comparisons and dumps are simple.
        return getattr(value, "value", value)

    @field_validator("occurred_at")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        return as_utc(value)

    @classmethod
    def from_event(
        cls,
        event: SignalEvent,
        *,
        account: AccountFacts | WatchedAccount | Mapping[str, Any] | None,
        contact: ContactFacts | Person | Mapping[str, Any],
        sender: SenderFacts | Mapping[str, Any],
        persona: str | None = None,
        fit_reasons: Iterable[str] = (),
        allowed_urls: Iterable[str] = (),
        instruction: str | None = None,
        lifecycle_stage: str | None = None,
    ) -> DraftContext:
        """Build a context from an event: its facts, and its numbered evidence E1..En."""
        if lifecycle_stage is None and isinstance(contact, Person):
            lifecycle_stage = contact.lifecycle_stage
        return cls(
            signal_kind=event.kind.value,
            signal_title=event.title,
            signal_url=event.url,
            occurred_at=event.occurred_at,
            facts=copy.deepcopy(dict(event.facts)),
            evidence=event.evidence(),
            account=_account_facts(account, event),
            contact=_contact_facts(contact),
            sender=sender if isinstance(sender, SenderFacts) else SenderFacts.model_validate(dict(sender)),
            persona=persona,
            lifecycle_stage=lifecycle_stage,
            fit_reasons=list(fit_reasons),
            allowed_urls=list(allowed_urls),
            instruction=instruction,
        )

    def evidence_by_id(self, evidence_id: str) -> Evidence | None:
        for item in self.evidence:
            if item.id == evidence_id:
                return item
        return None

    def evidence_for(self, label: str) -> Evidence | None:
        """The first evidence item with this label ("round", "amount", "date", ...)."""
        for item in self.evidence:
            if item.label == label:
                return item
        return None

    def grounding_corpus(self) -> str:
        """All text a draft may draw facts from: evidence, account, contact, sender, persona."""
        parts: list[str] = [self.signal_title]
        parts.extend(item.text for item in self.evidence)
        account = self.account
        parts.extend(_present(account.name, account.domain, account.industry, account.employees, account.country))
        contact = self.contact
        parts.extend(_present(contact.first_name, contact.last_name, contact.email, contact.title))
        sender = self.sender
        parts.extend(_present(sender.name, sender.email, sender.company, sender.value_proposition))
        parts.extend(_present(self.persona))
        return "\n".join(parts)


def _present(*values: Any) -> list[str]:
    return [str(v) for v in values if v not in (None, "")]


def _account_facts(
    account: AccountFacts | WatchedAccount | Mapping[str, Any] | None, event: SignalEvent
) -> AccountFacts:
    if isinstance(account, AccountFacts):
        return account
    if isinstance(account, WatchedAccount):
        return AccountFacts(
            name=account.name,
            domain=account.domain,
            industry=account.industry,
            employees=account.employees,
            country=account.country,
        )
    if account is None:
        return AccountFacts(name=event.company_name or "", domain=event.company_domain)
    return AccountFacts.model_validate(dict(account))


def _contact_facts(contact: ContactFacts | Person | Mapping[str, Any]) -> ContactFacts:
    if isinstance(contact, ContactFacts):
        return contact
    if isinstance(contact, Person):
        return ContactFacts(
            first_name=contact.first_name, last_name=contact.last_name, email=contact.email, title=contact.title
        )
    return ContactFacts.model_validate(dict(contact))
