"""What every alert channel shares: the note it delivers (an MQL handoff or a lead's reply), its outcome, its error, and the
small helpers (Retry-After, redaction, length caps) that keep channel modules short."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, ClassVar, Literal, Protocol

from signals.model import as_utc

#: Never wait longer than this for a Retry-After (a bad header must not park an alert for a year).
MAX_RETRY_AFTER = timedelta(days=1)
#: How many score reasons and touches an alert shows.
TOP_REASONS = 5
TOUCHES = 5
#: How many lines of a reply an alert quotes.
SNIPPET_LINES = 5

CHANNEL_LABELS: dict[str, str] = {"slack": "Slack", "email": "the owner's e-mail", "hubspot": "HubSpot"}


@dataclass(frozen=True, kw_only=True)
class LeadNote:
    """What every alert says about the lead it is about, and THE plain-text renderer: the headline,
    the person, their title and account, what the kind of note adds (`detail_lines`), the link.
    Gathered from the database before any channel is contacted (channels never touch it)."""

    alert_id: int
    contact_id: int
    email: str
    name: str
    title: str | None
    account: str | None
    account_domain: str | None
    owner_email: str | None
    #: The lead in the review UI (when `[server] ui_url` is set).
    lead_url: str | None = None

    kind: ClassVar[str]
    #: How the line naming the lead starts ("Name: Dana Lee <dana@acme.io>").
    person_label: ClassVar[str] = "Name"

    @property
    def who(self) -> str:
        return self.name or self.email

    @property
    def headline(self) -> str:
        raise NotImplementedError

    def detail_lines(self) -> list[str]:
        """What this kind of note says after the person and account."""
        raise NotImplementedError

    def text_lines(self) -> list[str]:
        """The note as plain text, one line each: the owner e-mail and the HubSpot task body."""
        lines = [self.headline, ""]
        lines.append(f"{self.person_label}: {self.who}" + (f" <{self.email}>" if self.name else ""))
        if self.title:
            lines.append(f"Title: {self.title}")
        if self.account:
            lines.append(f"Account: {self.account}" + (f" ({self.account_domain})" if self.account_domain else ""))
        lines += self.detail_lines()
        if self.lead_url:
            lines += ["", f"Open the lead: {self.lead_url}"]
        return lines


@dataclass(frozen=True, kw_only=True)
class HandoffNote(LeadNote):
    """One MQL handoff: the score, why it crossed, the event that made it, reasons and touches."""

    handoff_id: int
    #: The score when the lead was handed off.
    score: float
    #: Why it is an MQL now ("score 82 crossed the MQL threshold 70", "requested a demo ...").
    crossing: str
    #: The event that made it cross ("demo request https://acme.io/demo at 2026-03-02 14:05 UTC").
    event: str | None
    reasons: list[str] = field(default_factory=list)
    touches: list[str] = field(default_factory=list)
    handed_off_at: datetime | None = None
    #: The lead's stage when the note was read (a delivery hands off only an MQL).
    lead_stage: str | None = None

    kind: ClassVar[str] = "mql_handoff"

    @property
    def headline(self) -> str:
        where = f" at {self.account}" if self.account else ""
        return f"New MQL: {self.who}{where} (score {self.score:.0f})"

    def detail_lines(self) -> list[str]:
        lines = [f"Score: {self.score:.0f}", f"Why now: {self.crossing}"]
        if self.event:
            lines.append(f"Event: {self.event}")
        if self.reasons:
            lines += ["", "Top reasons:"] + [f"- {cap(r, 300)}" for r in self.reasons[:TOP_REASONS]]
        if self.touches:
            lines += ["", "Last touches (nurture history):"] + [f"- {cap(t, 300)}" for t in self.touches[:TOUCHES]]
        return lines


@dataclass(frozen=True, kw_only=True)
class ReplyNote(LeadNote):
    """A lead's reply read from the inbox: to which sequence step (or other message), the first
    lines of the reply, and what Outrider did about it (the sequences it ended, the drafts it
    withdrew)."""

    #: The `reply` engagement event the alert is about.
    event_id: int
    #: The reply's subject and its first lines (the author's own text, quotes cut).
    subject: str
    snippet: str
    replied_at: datetime | None = None
    #: The sequence and step of the message they answered (None: not a sequence step, or unknown).
    sequence: str | None = None
    step: int | None = None
    #: The subject of the message they answered, when it is known.
    replied_to: str | None = None
    #: Sequences the reply ended, and how many drafts to the lead it withdrew.
    exited: list[str] = field(default_factory=list)
    withdrawn: int = 0

    kind: ClassVar[str] = "reply"
    person_label: ClassVar[str] = "From"

    @property
    def where(self) -> str | None:
        """"educate, step 3", or None when the reply was not to a sequence step."""
        if not self.sequence:
            return None
        return f"{self.sequence}, step {self.step}" if self.step else self.sequence

    @property
    def headline(self) -> str:
        at = f" at {self.account}" if self.account else ""
        to = f" (sequence {self.where})" if self.where else ""
        return f"Reply from {self.who}{at}{to}"

    @property
    def done(self) -> str:
        """What Outrider did about the reply, as one sentence."""
        parts = []
        if self.exited:
            parts.append("ended " + ", ".join(self.exited))
        if self.withdrawn:
            parts.append(f"withdrew {self.withdrawn} pending draft(s) to them")
        if not parts:
            return "Recorded the reply (it counts in the lead's score); nothing was waiting to be stopped."
        return "Outrider " + " and ".join(parts) + "; nothing more goes out until you decide."

    def detail_lines(self) -> list[str]:
        lines = []
        if self.where:
            lines.append(f"Sequence: {self.where}")
        if self.replied_to:
            lines.append(f"In reply to: {cap(self.replied_to, 200)}")
        if self.replied_at is not None:
            lines.append(f"Replied: {as_utc(self.replied_at):%Y-%m-%d %H:%M} UTC")
        lines += ["", f"Subject: {cap(self.subject, 200) or '(none)'}"]
        quoted = [cap(line, 300) for line in (self.snippet or "").splitlines() if line.strip()][:SNIPPET_LINES]
        lines += [f"> {line}" for line in quoted] or ["> (no text)"]
        return [*lines, "", self.done]


#: What an alert channel delivers.
Note = HandoffNote | ReplyNote


@dataclass(frozen=True)
class Delivered:
    """The channel took the alert. `external_ref` is what it gave back (a task id, a Message-ID);
    `note` is something a person should know although it worked."""

    external_ref: str | None = None
    note: str | None = None


Outcome = Literal["retry", "failed", "unknown"]


class ChannelError(Exception):
    """A channel did not take the alert. `message` is a sentence a person can act on, free of
    secrets.

    outcome: "retry" (it cannot have been delivered and may work later: 429, 5xx, not reachable),
        "failed" (it will not work without a person fixing something), or "unknown" (it may have
        been delivered: never retried automatically).
    retry_after: what the service asked us to wait (Retry-After), if it said.
    progress: what was already done and must not be done again (a HubSpot task id).
    stop_channel: the problem is the channel, not this alert (bad token, webhook gone, rate
        limit): the run stops using the channel so the other alerts keep their attempts.
    """

    def __init__(
        self,
        message: str,
        *,
        outcome: Outcome,
        retry_after: timedelta | None = None,
        progress: str | None = None,
        stop_channel: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.outcome = outcome
        self.retry_after = retry_after
        self.progress = progress
        self.stop_channel = stop_channel


class Channel(Protocol):
    name: str

    def deliver(self, note: Note, *, progress: str | None, now: datetime) -> Delivered: ...

    def close(self) -> None: ...


def header(headers: Mapping[str, Any] | Any, name: str) -> str | None:
    """A header value whatever the mapping's case rules (urllib, httpx, a dict)."""
    if headers is None:
        return None
    getter = getattr(headers, "get", None)
    if getter is not None:
        value = getter(name)
        if value is None:
            value = getter(name.lower())
        if value is not None:
            return str(value[0] if isinstance(value, list | tuple) and value else value)
    for key in list(headers):
        if str(key).lower() == name.lower():
            value = headers[key]
            return str(value[0] if isinstance(value, list | tuple) and value else value)
    return None


def retry_after(headers: Mapping[str, Any] | Any, *, now: datetime) -> timedelta | None:
    """Retry-After as a wait: delay-seconds or an HTTP-date (RFC 9110), capped at a day."""
    raw = (header(headers, "Retry-After") or "").strip()
    if not raw:
        return None
    wait: timedelta | None
    try:
        wait = timedelta(seconds=max(float(raw), 0.0))
    except ValueError:
        try:
            wait = as_utc(parsedate_to_datetime(raw)) - as_utc(now)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return min(max(wait, timedelta(seconds=1)), MAX_RETRY_AFTER)


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """`text` without any of `secrets` (a webhook URL or its path, a token) in it."""
    for secret in sorted((s for s in secrets if s and len(s) >= 6), key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]+")


def cap(text: str | None, limit: int) -> str:
    """At most `limit` characters of one value (control characters dropped), with … when cut."""
    value = _CONTROL.sub(" ", text or "").strip()
    if len(value) <= limit:
        return value
    return value[: max(limit - 1, 0)].rstrip() + "…"


def describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
