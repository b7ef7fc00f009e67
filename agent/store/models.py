"""SQLModel tables: accounts, contacts and their lead state, signals, drafts, the review audit, the
outboxes (e-mail and alerts), engagement events, collector state."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from agent.store.types import UTCDateTime
from signals.model import utcnow


def _ts(**kw: Any) -> Any:
    return Field(default_factory=utcnow, sa_type=UTCDateTime, **kw)


def _opt_ts(**kw: Any) -> Any:
    return Field(default=None, sa_type=UTCDateTime, **kw)


def _json(default: Any) -> Any:
    return Field(default_factory=default, sa_column=Column(JSON, nullable=False))


class Account(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    domain: str | None = Field(default=None, unique=True)
    aliases: list[str] = _json(list)
    industry: str | None = None
    employees: int | None = None
    country: str | None = None
    state: str | None = None
    owner_email: str | None = None
    crm_id: str | None = Field(default=None, index=True)
    ats: str | None = None
    ats_board: str | None = None
    careers_url: str | None = None
    #: Created from a signal (a champion moved there) and waiting for a rep to accept it.
    suggested: bool = False
    suggested_reason: str | None = None
    #: Archived: no longer watched (signals are not matched to it), kept with its history; restorable.
    archived_at: datetime | None = _opt_ts()
    created_at: datetime = _ts()
    #: Indexed: max(updated_at) is part of the accounts' version (agent.pipeline.routing_index).
    updated_at: datetime = _ts(index=True)


class Contact(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    first_name: str
    last_name: str = ""
    email: str = Field(unique=True)
    title: str | None = None
    company: str | None = None
    account_id: int | None = Field(default=None, foreign_key="account.id", index=True)
    lifecycle_stage: str | None = None
    champion: bool = False
    timezone: str | None = None
    crm_id: str | None = None
    #: The contact's own owner in the CRM (HubSpot "Contact owner"), else the account's owner.
    owner_email: str | None = None
    #: CRM lead status as exported (HubSpot "Lead Status", Salesforce Lead `Status`).
    lead_status: str | None = None
    #: The CRM's last activity (HubSpot "Last Activity Date", Salesforce `LastActivityDate`).
    last_activity_at: datetime | None = _opt_ts()
    lost_reason: str | None = Field(default=None, sa_column=Column(Text))
    closed_lost_at: datetime | None = _opt_ts()
    # ---- the lead: one stage, one score (kept current by agent.services.leads) ----
    stage: str = Field(default="lead", index=True)
    stage_changed_at: datetime | None = _opt_ts()
    score: float = Field(default=0.0, index=True)
    score_reasons: list[str] = _json(list)
    #: Points per (rule, day) bucket; the score is a pure function of this and the contact's facts.
    score_ledger: dict[str, Any] = _json(dict)
    scored_at: datetime | None = _opt_ts()
    last_engaged_at: datetime | None = _opt_ts()
    #: False from a handoff until the score falls below threshold - rearm_margin.
    handoff_armed: bool = True
    created_at: datetime = _ts()
    updated_at: datetime = _ts()


class LeadStage(StrEnum):
    LEAD = "lead"
    ENGAGED = "engaged"
    MQL = "mql"
    HANDED_OFF = "handed_off"
    CUSTOMER = "customer"
    DISQUALIFIED = "disqualified"
    DORMANT = "dormant"


class EngagementEvent(SQLModel, table=True):
    """What a person did: a page view, a click, a reply, a meeting. `key` makes a repost a no-op."""

    __tablename__ = "engagement_event"

    id: int | None = Field(default=None, primary_key=True)
    #: "{origin}:{sender's id}": UNIQUE, so the same event posted twice is stored once.
    key: str = Field(unique=True, max_length=300)
    origin: str = "api"
    type: str = Field(index=True)
    email: str | None = Field(default=None, index=True)
    domain: str | None = Field(default=None, index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    account_id: int | None = Field(default=None, foreign_key="account.id", index=True)
    url: str | None = Field(default=None, sa_column=Column(Text))
    occurred_at: datetime = Field(sa_type=UTCDateTime, index=True)
    properties: dict[str, Any] = _json(dict)
    #: Counted into the contact's score ledger (False while the email is unknown).
    applied: bool = Field(default=False, index=True)
    received_at: datetime = _ts()


class StageChange(SQLModel, table=True):
    """Every change of a lead's stage, with when and why (the lead's timeline)."""

    __tablename__ = "stage_change"

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", index=True)
    from_stage: str | None = None
    to_stage: str
    reason: str = Field(sa_column=Column(Text, nullable=False))
    actor: str = "outrider"
    event_id: int | None = Field(default=None, foreign_key="engagement_event.id")
    at: datetime = _ts()


class Handoff(SQLModel, table=True):
    """One MQL handoff: created when a lead crosses the threshold while armed; alerted once per channel."""

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", index=True)
    score: float
    reason: str = Field(sa_column=Column(Text, nullable=False))
    event_id: int | None = Field(default=None, foreign_key="engagement_event.id")
    created_at: datetime = _ts(index=True)


class AlertState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    DELIVERED = "delivered"
    FAILED = "failed"


class Alert(SQLModel, table=True):
    """The one alert outbox (Slack, owner e-mail, HubSpot task): claimed with a lease, delivered once."""

    __table_args__ = (UniqueConstraint("kind", "ref_id", "channel", name="uq_alert_kind_ref_channel"),)

    id: int | None = Field(default=None, primary_key=True)
    #: "mql_handoff" (ref: handoff id), "reply" (ref: engagement event id), ...
    kind: str
    ref_id: int
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    channel: str  # slack | email | hubspot
    state: str = Field(default=AlertState.PENDING, index=True)
    attempts: int = 0
    next_attempt_at: datetime | None = _opt_ts()
    claimed_at: datetime | None = _opt_ts()
    delivered_at: datetime | None = _opt_ts()
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    #: What the channel gave back (a HubSpot task id, a Message-ID).
    external_ref: str | None = None
    created_at: datetime = _ts()


class ApiToken(SQLModel, table=True):
    """A bearer token for the HTTP API. Only a hash is kept; the token is shown once."""

    __tablename__ = "api_token"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    token_hash: str = Field(unique=True, max_length=64)
    #: The first characters, so a person can tell tokens apart.
    prefix: str
    created_at: datetime = _ts()
    last_used_at: datetime | None = _opt_ts()
    revoked_at: datetime | None = _opt_ts()


class Identity(SQLModel, table=True):
    """An anonymous visitor id (Segment anonymousId/userId) known to be a person's e-mail."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=300)
    email: str = Field(index=True)
    created_at: datetime = _ts()


class SignalStatus(StrEnum):
    NEW = "new"  # stored, not yet routed
    DRAFTED = "drafted"  # a draft is in the queue
    RECORDED = "recorded"  # kept and shown, nothing to draft (stale, no contact, low priority)
    UNMATCHED = "unmatched"  # no watched account; waits for a human


class Signal(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(index=True)
    source: str = Field(index=True)
    dedup_key: str = Field(unique=True, max_length=64)
    ref: str = Field(sa_column=Column(Text, nullable=False))
    occurred_at: datetime = Field(sa_type=UTCDateTime)
    url: str | None = Field(default=None, sa_column=Column(Text))
    title: str = Field(sa_column=Column(Text, nullable=False))
    excerpt: str = Field(default="", sa_column=Column(Text, nullable=False))
    company_name: str | None = None
    company_domain: str | None = None
    facts: dict[str, Any] = _json(dict)
    evidence: list[dict[str, Any]] = _json(list)
    hints: dict[str, Any] = _json(dict)
    strength: float = 0.5
    stale: bool = False
    account_id: int | None = Field(default=None, foreign_key="account.id", index=True)
    match_method: str | None = None
    match_reason: str | None = None
    status: str = Field(default=SignalStatus.NEW, index=True)
    status_reason: str | None = None
    fit: float | None = None
    priority: float | None = None
    score_reasons: list[str] = _json(list)
    created_at: datetime = _ts(index=True)


class DraftStatus(StrEnum):
    PENDING = "pending"
    SNOOZED = "snoozed"
    APPROVED = "approved"
    REJECTED = "rejected"
    SENT = "sent"
    SEND_FAILED = "send_failed"
    #: The sender crashed mid-send: it may or may not have gone out. A human decides.
    SEND_UNKNOWN = "send_unknown"
    SUPPRESSED = "suppressed"
    #: Taken back before anyone decided: the lead replied, booked, became an MQL, unsubscribed...
    WITHDRAWN = "withdrawn"
    #: A sequence step left unapproved past its approve-by date; never sent late.
    EXPIRED = "expired"


class DraftKind(StrEnum):
    SIGNAL = "signal"  # a first touch about a signal
    REACTIVATION = "reactivation"  # a dormant lead woken by a signal, written with its history
    SEQUENCE = "sequence"  # a step of a nurture sequence


class Draft(SQLModel, table=True):
    __table_args__ = (
        # One draft per signal and recipient (a rerun of routing is a no-op) and one per
        # sequence step; NULLs are distinct, so sequence steps (no signal) never collide.
        UniqueConstraint("signal_id", "contact_id", name="uq_draft_signal_contact"),
        UniqueConstraint("enrollment_id", "step", name="uq_draft_enrollment_step"),
    )

    id: int | None = Field(default=None, primary_key=True)
    signal_id: int | None = Field(default=None, foreign_key="signal.id", index=True)
    kind: str = Field(default=DraftKind.SIGNAL, index=True)
    account_id: int = Field(foreign_key="account.id", index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    #: For sequence steps: the enrolment, the sequence's name and the step (1-based).
    enrollment_id: int | None = Field(default=None, index=True)
    sequence: str | None = None
    step: int | None = None
    #: Not approved by then -> expired, never sent late (sequence steps).
    expires_at: datetime | None = _opt_ts()
    #: What the drafter was given (facts, evidence, allowed links): an edit is checked against the
    #: same context, whatever kind the draft is.
    context: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    subject: str
    body: str = Field(sa_column=Column(Text, nullable=False))
    call_to_action: str = Field(default="", sa_column=Column(Text, nullable=False))
    provider: str = "offline"
    model: str | None = None
    prompt_version: str | None = None
    status: str = Field(default=DraftStatus.PENDING, index=True)
    priority: float = Field(default=0.0, index=True)
    evidence_ids: list[str] = _json(list)
    guardrail_report: list[dict[str, Any]] = _json(list)
    fallback_reason: str | None = None
    #: Bumped on every change; every write is `WHERE id = ? AND version = ?` (compare-and-set).
    version: int = 1
    edited: bool = False
    original_subject: str | None = None
    original_body: str | None = Field(default=None, sa_column=Column(Text))
    snoozed_until: datetime | None = _opt_ts()
    reviewed_by: str | None = None
    reviewed_at: datetime | None = _opt_ts()
    reject_reason: str | None = None
    created_at: datetime = _ts()
    updated_at: datetime = _ts()


class ReviewEvent(SQLModel, table=True):
    """The audit trail: every status change of a draft, who made it, and what they changed."""

    id: int | None = Field(default=None, primary_key=True)
    draft_id: int = Field(foreign_key="draft.id", index=True)
    actor: str
    action: str
    from_status: str
    to_status: str
    edits: dict[str, Any] = _json(dict)
    reason: str | None = None
    at: datetime = _ts()


class OutboxState(StrEnum):
    QUEUED = "queued"
    #: Approved, but waiting for the recipient's send window or a frequency cap (`not_before`).
    SCHEDULED = "scheduled"
    #: A person cancelled it: final, never sent.
    CANCELLED = "cancelled"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNKNOWN = "unknown"
    SUPPRESSED = "suppressed"


class Outbox(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    draft_id: int = Field(foreign_key="draft.id", unique=True)
    to_email: str
    #: The recipient's job title when the message was handed to the outbox (the Sent view shows it).
    to_title: str | None = None
    state: str = Field(default=OutboxState.QUEUED, index=True)
    attempts: int = 0
    message_id: str | None = None
    error: str | None = Field(default=None, sa_column=Column(Text))
    next_attempt_at: datetime | None = _opt_ts()
    #: Scheduled: not before this time (send window, frequency cap); shown to the rep.
    not_before: datetime | None = _opt_ts()
    #: Why it is scheduled ("outside 09:00-17:00 Europe/Berlin", "weekly cap: last e-mail 2 days ago").
    schedule_reason: str | None = Field(default=None, sa_column=Column(Text))
    claimed_at: datetime | None = _opt_ts()
    sent_at: datetime | None = _opt_ts()
    created_at: datetime = _ts()


class SourceHealth(StrEnum):
    NEVER = "never_run"
    OK = "ok"
    DEGRADED = "degraded"  # failed recently; retried on schedule
    UNHEALTHY = "unhealthy"  # failed several times in a row


class CollectorState(SQLModel, table=True):
    __tablename__ = "collector_state"

    source: str = Field(primary_key=True)
    type: str
    state: dict[str, Any] = _json(dict)
    etag: str | None = None
    last_modified: str | None = None
    health: str = SourceHealth.NEVER
    consecutive_failures: int = 0
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    last_problems: list[dict[str, Any]] = _json(list)
    last_run_at: datetime | None = _opt_ts()
    last_success_at: datetime | None = _opt_ts()
    last_event_count: int = 0


class Suppression(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    #: A lowercased email address or a bare domain.
    value: str = Field(unique=True)
    kind: str  # "email" | "domain"
    reason: str = ""
    created_at: datetime = _ts()


class Snapshot(SQLModel, table=True):
    """Keyed JSON state a collector keeps between runs (a job board's postings, a site's stack)."""

    __table_args__ = (UniqueConstraint("source", "key", name="uq_snapshot_source_key"),)

    id: int | None = Field(default=None, primary_key=True)
    source: str
    key: str
    data: Any = Field(default=None, sa_column=Column(JSON))
    updated_at: datetime = _ts()


class InboxMessage(SQLModel, table=True):
    """One message read from the `[inbox]` mailbox, processed once: what it was and what we did."""

    __tablename__ = "inbox_message"
    __table_args__ = (UniqueConstraint("mailbox", "uidvalidity", "uid", name="uq_inbox_message_uid"),)

    id: int | None = Field(default=None, primary_key=True)
    #: "user@host/folder": a UID means something only within one mailbox and UIDVALIDITY.
    mailbox: str
    uidvalidity: int = Field(sa_type=BigInteger)
    uid: int = Field(sa_type=BigInteger)
    message_id: str | None = Field(default=None, index=True)
    #: reply, unsubscribe, out_of_office, auto_reply, bounce_hard, bounce_soft, delivery_notice, unreadable
    kind: str = Field(index=True)
    #: What Outrider did about it ("reply recorded; owner alerted", "not ours: nothing done").
    outcome: str = Field(sa_column=Column(Text, nullable=False))
    #: Why it was classified so.
    reason: str = Field(default="", sa_column=Column(Text, nullable=False))
    from_email: str | None = None
    subject: str | None = Field(default=None, sa_column=Column(Text))
    #: How it was tied to what we sent: "in-reply-to", "sender address", or None.
    matched_by: str | None = None
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    outbox_id: int | None = Field(default=None, foreign_key="outbox.id")
    event_id: int | None = Field(default=None, foreign_key="engagement_event.id")
    sent_at: datetime | None = _opt_ts()
    processed_at: datetime = _ts(index=True)


Index("ix_draft_status_priority", Draft.status, Draft.priority)  # type: ignore[arg-type]
#: At most one open reactivation per lead (pending, snoozed or approved); see agent.services.reactivation.
OPEN_REACTIVATION_WHERE = "kind = 'reactivation' AND status IN ('pending', 'snoozed', 'approved')"
Index(
    "uq_draft_open_reactivation",
    Draft.contact_id,  # type: ignore[arg-type]
    unique=True,
    sqlite_where=text(OPEN_REACTIVATION_WHERE),
    postgresql_where=text(OPEN_REACTIVATION_WHERE),
)


# --------------------------------------------------------------------------- nurture sequences


class EnrollmentState(StrEnum):
    ACTIVE = "active"  # the next step is due at `next_at`
    WAITING = "waiting"  # the current step's draft waits for a decision or for sending
    PAUSED = "paused"  # out of office until `paused_until`
    EXITED = "exited"  # left early, `exit_reason` says why
    COMPLETED = "completed"


class Enrollment(SQLModel, table=True):
    """One lead's way through one sequence (a re-enrolment after `reenroll_after_days` is a new round)."""

    __table_args__ = (
        UniqueConstraint("contact_id", "sequence", "round", name="uq_enrollment_contact_sequence_round"),
        Index("ix_enrollment_state_next_at", "state", "next_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", index=True)
    sequence: str = Field(index=True)
    round: int = 1
    state: str = Field(default=EnrollmentState.ACTIVE)
    #: The last step reached (drafted or skipped); 0 before the first.
    step: int = 0
    next_at: datetime | None = _opt_ts()
    paused_until: datetime | None = _opt_ts()
    #: The state to return to when a pause ends.
    resume_state: str | None = None
    #: The step draft this enrolment waits on.
    current_draft_id: int | None = Field(default=None, index=True)
    #: replied | meeting_booked | mql | unsubscribed | bounced | customer | disqualified | stopped | branched | completed
    exit_reason: str | None = None
    exit_detail: str | None = Field(default=None, sa_column=Column(Text))
    #: How the lead got here ("event content_download", "manual by dana@example.com", "branch from educate step 3").
    entered_by: str = Field(default="", sa_column=Column(Text, nullable=False))
    enrolled_at: datetime = _ts()
    ended_at: datetime | None = _opt_ts()
    updated_at: datetime = _ts()
    #: Bumped on every change; writes are compare-and-set on it.
    version: int = 1


class EnrollmentLog(SQLModel, table=True):
    """The lead's path through a sequence: enrolled, each step drafted/skipped/sent, branch, exit."""

    __tablename__ = "enrollment_log"

    id: int | None = Field(default=None, primary_key=True)
    enrollment_id: int = Field(foreign_key="enrollment.id", index=True)
    step: int | None = None
    #: enrolled | drafted | auto_approved | skipped | settled | branched | paused | resumed | exited | completed
    action: str
    detail: str = Field(default="", sa_column=Column(Text, nullable=False))
    draft_id: int | None = None
    #: The content asset a drafted step is about (so a lead is not sent one asset twice).
    asset: str | None = None
    at: datetime = _ts()


# --------------------------------------------------------------------------- the audit log


class AuditEntry(SQLModel, table=True):
    """One thing a person (or Outrider on their behalf) changed: a review action, a configuration
    change, a suppression, an outbox settlement. Written only by `agent.services.audit.record`."""

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _ts(index=True)
    #: Who: a signed-in address, "dana@example.com (cli)", or "outrider" for the system itself.
    actor: str = Field(index=True)
    #: What, as "<area>.<verb>": draft.approved, suppression.added, outbox.resend, config.changed ...
    action: str = Field(index=True)
    #: What it was done to: ("draft", "42"), ("suppression", "acme.com"), ("config", "icp").
    target_type: str = Field(index=True)
    target_id: str | None = None
    before: Any = Field(default=None, sa_column=Column(JSON))
    after: Any = Field(default=None, sa_column=Column(JSON))
    reason: str | None = Field(default=None, sa_column=Column(Text))


class RateSlot(SQLModel, table=True):
    """A rate limit shared by every worker: the next free moment (epoch seconds) for one name,
    e.g. `draft:llm:gpt-4o-mini`. A worker takes a slot with one atomic UPDATE, then waits for it
    outside any transaction (agent/workers/ratelimit.py)."""

    __tablename__ = "rate_slot"

    name: str = Field(primary_key=True)
    next_at: float = 0.0
