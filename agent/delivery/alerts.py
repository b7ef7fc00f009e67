"""The alert outbox: MQL handoffs and leads' replies (read from the inbox) delivered to Slack, the
owner's mailbox and HubSpot, each at most once.

`channels_for` decides which channels an alert goes to when it is created; `deliver_due` delivers
what is due, and `AlertWorker` runs it in the background, woken the moment alerts are created.
The rules that keep an alert from being delivered twice are the e-mail outbox's:

* A row is claimed with compare-and-set (`... WHERE id = ? AND state = 'pending'`) and the claim
  is committed *before* the channel is contacted; no transaction is open while it is.
* Every later write about that attempt is `... WHERE id = ? AND attempts = ? AND claimed_at = ?`,
  so a stale worker never overwrites a newer attempt.
* Only an outcome that is definitely-not-delivered (429, 5xx, unreachable) goes back to
  `pending`, honouring Retry-After. When it may have been delivered (the answer was lost, or a
  worker died mid-delivery and its lease ran out) the row is `failed` with advice to check the
  channel; a person retries it (`services.alerts.retry_alert`), never the worker.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import or_, update
from sqlmodel import Session, col, select

from agent.delivery.channels.base import (
    CHANNEL_LABELS,
    Channel,
    ChannelError,
    Delivered,
    HandoffNote,
    Note,
    ReplyNote,
    describe,
    redact,
)
from agent.leads import stages as lead_stages
from agent.leads.scoring import EVENT_LABELS
from agent.store.models import (
    Account,
    Alert,
    AlertState,
    Contact,
    Draft,
    EngagementEvent,
    Enrollment,
    Handoff,
    InboxMessage,
    Outbox,
    ReviewEvent,
)
from signals.model import as_utc, utcnow

if TYPE_CHECKING:
    from agent.workspace import Workspace

log = logging.getLogger("outrider.alerts")

CHANNELS: tuple[str, ...] = ("slack", "email", "hubspot")
#: Alert kinds this module knows how to deliver (others wait for their own sender): an MQL
#: handoff (`ref_id` is the Handoff) and a lead's reply read by the inbox (`ref_id` is the event).
KINDS: tuple[str, ...] = ("mql_handoff", "reply")
#: How long a row may stay `sending` before its worker is taken to have died.
DEFAULT_LEASE = timedelta(minutes=5)
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_MAX = timedelta(hours=1)
#: The stage change a delivered handoff makes, and the actor it is recorded with.
ACTOR = "outrider"

#: Where a person looks to see whether an alert arrived.
PLACES: dict[str, str] = {
    "slack": "the Slack channel",
    "email": "the owner's mailbox",
    "hubspot": "the contact's tasks in HubSpot",
}


def maybe_delivered(channel: str) -> str:
    return f"may have been delivered; check {PLACES.get(channel, channel)}, then retry if it was not"


def stuck_reason(channel: str) -> str:
    return f"the worker stopped while delivering it: it {maybe_delivered(channel)}"


# --------------------------------------------------------------------------- configuration


def slack_webhook(ws: Workspace) -> str | None:
    """SLACK_WEBHOOK_URL wins over `[alerts] slack_webhook_url`."""
    secret = ws.settings.slack_webhook_url
    if secret is not None and secret.get_secret_value().strip():
        return secret.get_secret_value().strip()
    return ws.config.alerts.slack_webhook_url or None


def owner_of(ws: Workspace, contact: Contact, account: Account | None) -> str | None:
    return contact.owner_email or (account.owner_email if account else None) or ws.config.alerts.fallback_owner


def channels_for(ws: Workspace, contact: Contact, account: Account | None) -> list[str]:
    """The channels configured for an alert about `contact` (none configured: the handoff is
    only recorded and shown)."""
    channels: list[str] = []
    if slack_webhook(ws):
        channels.append("slack")
    if ws.config.alerts.email_owner and owner_of(ws, contact, account):
        channels.append("email")
    if ws.config.crm.hubspot is not None and ws.settings.hubspot_access_token is not None:
        channels.append("hubspot")
    return channels


def open_channel(ws: Workspace, name: str) -> Channel:
    """The channel `name` as configured now; a ChannelError (failed) when it is not configured."""
    if name == "slack":
        from agent.delivery.channels.slack import SlackChannel

        url = slack_webhook(ws)
        if not url:
            raise ChannelError(
                "Slack is not configured any more: set SLACK_WEBHOOK_URL (or [alerts] slack_webhook_url), then retry",
                outcome="failed",
            )
        return SlackChannel(url, timeout_s=ws.config.alerts.timeout_s)
    if name == "email":
        from agent.delivery.channels.owner_email import OwnerEmailChannel
        from agent.delivery.sender import transport_for
        from agent.delivery.transports import FileTransport

        transport = transport_for(ws)
        if isinstance(transport, FileTransport):  # alerts beside, not among, the prospects' messages
            transport = FileTransport(transport.directory / "alerts")
        return OwnerEmailChannel(transport, ws.config.sender)
    if name == "hubspot":
        from agent.delivery.channels.hubspot import HubSpotChannel

        config = ws.config.crm.hubspot
        token = ws.settings.hubspot_access_token
        if config is None or token is None or not token.get_secret_value().strip():
            raise ChannelError(
                "HubSpot is not configured any more: add [crm.hubspot] and set HUBSPOT_ACCESS_TOKEN, then retry",
                outcome="failed",
            )
        return HubSpotChannel(config, token.get_secret_value().strip())
    raise ChannelError(f"{name!r} is not an alert channel (channels: {', '.join(CHANNELS)})", outcome="failed")


def _secrets(ws: Workspace) -> list[str]:
    """Every secret an alert error could carry, so none is ever stored or logged."""
    found = [slack_webhook(ws) or ""]
    if found[0]:
        from urllib.parse import urlsplit

        path = urlsplit(found[0]).path
        found += [path, path.lstrip("/"), path.rstrip("/").rsplit("/", 1)[-1]]
    token = ws.settings.hubspot_access_token
    if token is not None:
        found.append(token.get_secret_value())
    password = ws.settings.smtp_password
    if password is not None:
        found.append(password.get_secret_value())
    return [s for s in found if s]


# --------------------------------------------------------------------------- the report


@dataclass
class AlertReport:
    delivered: int = 0
    retried: int = 0
    failed: int = 0
    #: May have been delivered (the answer was lost): failed, for a person to check.
    unknown: int = 0
    #: Rows found stuck in `sending` past their lease (also counted in `unknown`).
    recovered: int = 0
    #: Rows another worker claimed first.
    skipped: int = 0
    details: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def count(self, what: str, line: str | None = None) -> None:
        with self._lock:
            setattr(self, what, getattr(self, what) + 1)
            if line:
                self.details.append(line)

    @property
    def total(self) -> int:
        return self.delivered + self.retried + self.failed + self.unknown

    def summary(self) -> str:
        text = (
            f"delivered {self.delivered}, retry later {self.retried}, failed {self.failed}, "
            f"may have been delivered {self.unknown}"
        )
        return text + (f" ({self.recovered} left mid-delivery by a stopped worker)" if self.recovered else "")

    def as_json(self) -> dict[str, Any]:
        return {
            "delivered": self.delivered,
            "retried": self.retried,
            "failed": self.failed,
            "unknown": self.unknown,
            "recovered": self.recovered,
            "skipped": self.skipped,
            "details": list(self.details),
        }


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min... after the 1st, 2nd, 3rd attempt, capped at an hour."""
    try:
        delay = BACKOFF_BASE * (2 ** max(attempts - 1, 0))
    except OverflowError:
        return BACKOFF_MAX
    return min(delay, BACKOFF_MAX)


def _label(alert_id: int, ref_id: int | None, contact_id: int | None, channel: str, kind: str = "mql_handoff") -> str:
    what = "reply event" if kind == "reply" else "handoff"
    return f"alert {alert_id} ({what} {ref_id}, contact {contact_id}, {channel})"


# --------------------------------------------------------------------------- recovery


def recover_stuck(ws: Workspace, *, now: datetime | None = None, lease: timedelta = DEFAULT_LEASE,
                  report: AlertReport | None = None) -> int:
    """Rows left in `sending` past `lease` become `failed` "may have been delivered": never retried
    automatically, since the worker may have died after the channel took the alert."""
    now = as_utc(now) if now is not None else utcnow()
    cutoff = now - lease
    with ws.db.session() as session:
        stuck = session.exec(
            select(Alert.id, Alert.ref_id, Alert.contact_id, Alert.channel, Alert.claimed_at, Alert.attempts, Alert.kind)
            .where(Alert.state == AlertState.SENDING)
            .where(col(Alert.kind).in_(KINDS))
            .where(or_(col(Alert.claimed_at).is_(None), col(Alert.claimed_at) < cutoff))
            .order_by(col(Alert.id))
        ).all()
    recovered = 0
    for alert_id, ref_id, contact_id, channel, claimed_at, attempts, kind in stuck:
        why = stuck_reason(channel)
        with ws.db.session() as session:
            query = update(Alert).where(col(Alert.id) == alert_id).where(col(Alert.state) == AlertState.SENDING)
            query = query.where(col(Alert.attempts) == attempts).where(
                col(Alert.claimed_at).is_(None) if claimed_at is None else col(Alert.claimed_at) == claimed_at
            )
            result = session.execute(query.values(state=AlertState.FAILED, last_error=why, next_attempt_at=None))
            if int(result.rowcount or 0) != 1:  # type: ignore[attr-defined]
                session.rollback()
                continue
            session.commit()
        recovered += 1
        line = f"{_label(alert_id, ref_id, contact_id, channel, kind)}: {why}"
        log.warning(line)
        if report is not None:
            report.count("unknown", line)
            report.count("recovered")
    return recovered


# --------------------------------------------------------------------------- what an alert says


def handoff_note(session: Session, ws: Workspace, *, alert_id: int, handoff_id: int) -> HandoffNote:
    """Gather what the alert says (one query and the recent touches); a ChannelError (failed)
    when its handoff or lead is gone."""
    from agent.services.leads import recent_touches

    row = session.exec(
        select(Handoff, Contact, Account, EngagementEvent)
        .join(Contact, col(Contact.id) == Handoff.contact_id)
        .outerjoin(Account, col(Account.id) == Contact.account_id)
        .outerjoin(EngagementEvent, col(EngagementEvent.id) == Handoff.event_id)
        .where(Handoff.id == handoff_id)
    ).first()
    if row is None:
        raise ChannelError(f"handoff {handoff_id} or its lead no longer exists; nothing to deliver", outcome="failed")
    handoff, contact, account, event = row
    event_text = None
    if event is not None:
        event_text = EVENT_LABELS.get(event.type, event.type.replace("_", " "))
        if event.url:
            event_text += f" {event.url}"
        event_text += f", {as_utc(event.occurred_at):%Y-%m-%d %H:%M} UTC"
    return HandoffNote(
        alert_id=alert_id,
        handoff_id=handoff.id or 0,
        **_who(ws, contact, account),
        score=handoff.score,
        crossing=handoff.reason,
        event=event_text,
        reasons=list(contact.score_reasons or []),
        touches=recent_touches(session, contact.id or 0),
        handed_off_at=as_utc(handoff.created_at),
        lead_stage=contact.stage,
    )


def _who(ws: Workspace, contact: Contact, account: Account | None) -> dict[str, Any]:
    """The lead as every alert names it: person, account, owner and a link to the lead's page."""
    ui_url = ws.config.server.ui_url
    return {
        "contact_id": contact.id or 0,
        "email": contact.email,
        "name": f"{contact.first_name or ''} {contact.last_name or ''}".strip(),
        "title": contact.title,
        "account": account.name if account else contact.company,
        "account_domain": account.domain if account else None,
        "owner_email": owner_of(ws, contact, account),
        "lead_url": f"{ui_url}/leads?email={quote(contact.email)}" if ui_url else None,
    }


def reply_note(session: Session, ws: Workspace, *, alert_id: int, event_id: int) -> ReplyNote:
    """Gather what a reply alert says: the reply (its event), the lead, the message it answered
    (through the inbox's match, else its In-Reply-To), and the exits and withdrawals it caused.
    A ChannelError (failed) when the event or its lead is gone."""
    row = session.exec(
        select(EngagementEvent, Contact, Account)
        .join(Contact, col(Contact.id) == EngagementEvent.contact_id)
        .outerjoin(Account, col(Account.id) == Contact.account_id)
        .where(EngagementEvent.id == event_id)
    ).first()
    if row is None:
        raise ChannelError(f"reply event {event_id} or its lead no longer exists; nothing to deliver", outcome="failed")
    event, contact, account = row
    props = dict(event.properties or {})
    answered: Draft | None = None
    outbox_id = session.exec(
        select(InboxMessage.outbox_id).where(InboxMessage.event_id == event_id).where(col(InboxMessage.outbox_id).is_not(None))
    ).first()
    if outbox_id is None and props.get("in_reply_to"):
        refs = [str(r) for r in props["in_reply_to"]] if isinstance(props["in_reply_to"], list) else [str(props["in_reply_to"])]
        outbox_id = session.exec(select(Outbox.id).where(col(Outbox.message_id).in_(refs))).first()
    if outbox_id is not None:
        answered = session.exec(select(Draft).join(Outbox, col(Outbox.draft_id) == Draft.id).where(Outbox.id == outbox_id)).first()
    replied_at = as_utc(event.occurred_at)
    # The exits and withdrawals the reply made happened when it was recorded, after it was written.
    since = replied_at - timedelta(minutes=1)
    exited = list(session.exec(
        select(Enrollment.sequence)
        .where(Enrollment.contact_id == contact.id)
        .where(Enrollment.exit_reason == "replied")
        .where(col(Enrollment.ended_at) >= since)
        .order_by(col(Enrollment.id))
    ).all())
    withdrawn = len(session.exec(
        select(ReviewEvent.id)
        .join(Draft, col(Draft.id) == ReviewEvent.draft_id)
        .where(Draft.contact_id == contact.id)
        .where(ReviewEvent.action == "withdrawn")
        .where(col(ReviewEvent.at) >= since)
        .where(col(ReviewEvent.reason).startswith("the lead replied"))
    ).all())
    sequence = answered.sequence if answered is not None and answered.sequence else None
    return ReplyNote(
        alert_id=alert_id,
        event_id=event.id or 0,
        **_who(ws, contact, account),
        subject=str(props.get("subject") or ""),
        snippet=str(props.get("snippet") or ""),
        replied_at=replied_at,
        sequence=sequence,
        step=answered.step if sequence and answered is not None else None,
        replied_to=answered.subject if answered is not None else None,
        exited=exited,
        withdrawn=withdrawn,
    )


def note_for(session: Session, ws: Workspace, *, alert_id: int, kind: str, ref_id: int) -> Note:
    """What the alert of `kind` about `ref_id` says."""
    if kind == "reply":
        return reply_note(session, ws, alert_id=alert_id, event_id=ref_id)
    return handoff_note(session, ws, alert_id=alert_id, handoff_id=ref_id)


# --------------------------------------------------------------------------- delivering


@dataclass(frozen=True)
class _Claim:
    alert_id: int
    #: The Handoff (mql_handoff) or the reply event (reply) the alert is about.
    ref_id: int
    contact_id: int | None
    channel: str
    attempts: int
    claimed_at: datetime
    external_ref: str | None
    kind: str = "mql_handoff"

    @property
    def label(self) -> str:
        return _label(self.alert_id, self.ref_id, self.contact_id, self.channel, self.kind)


class _Run:
    def __init__(self, ws: Workspace, clock: Callable[[], datetime], report: AlertReport,
                 progress: Callable[[str], None] | None) -> None:
        self.ws = ws
        self.db = ws.db
        self.clock = clock
        self.report = report
        self.progress = progress
        self.max_attempts = ws.config.alerts.max_attempts
        self.secrets = _secrets(ws)

    def note(self, what: str, line: str, *, level: int = logging.INFO) -> None:
        line = redact(line, self.secrets)
        log.log(level, line)
        self.report.count(what, line)
        if self.progress is not None:
            self.progress(line)

    # -- claim and finish -------------------------------------------------------------------

    def claim(self, alert_id: int) -> _Claim | None:
        now = self.clock()
        with self.db.session() as session:
            row = session.execute(
                update(Alert)
                .where(col(Alert.id) == alert_id)
                .where(col(Alert.state) == AlertState.PENDING)
                .where(or_(col(Alert.next_attempt_at).is_(None), col(Alert.next_attempt_at) <= now))
                .values(state=AlertState.SENDING, claimed_at=now, attempts=Alert.attempts + 1)
                .returning(Alert.ref_id, Alert.contact_id, Alert.channel, Alert.attempts, Alert.external_ref, Alert.kind)
            ).first()
            if row is None:  # another worker has it, or it is no longer due
                session.rollback()
                return None
            session.commit()
        ref_id, contact_id, channel, attempts, external_ref, kind = row
        return _Claim(alert_id, ref_id, contact_id, channel, attempts, now, external_ref, kind)

    def _ours(self, claim: _Claim, states: tuple[str, ...] = (AlertState.SENDING,)) -> Any:
        return (
            update(Alert)
            .where(col(Alert.id) == claim.alert_id)
            .where(col(Alert.state).in_([str(s) for s in states]))
            .where(col(Alert.attempts) == claim.attempts)
            .where(col(Alert.claimed_at) == claim.claimed_at)
        )

    def finish(self, claim: _Claim, **values: Any) -> bool:
        if "last_error" in values and values["last_error"]:
            values["last_error"] = redact(str(values["last_error"]), self.secrets)
        with self.db.session() as session:
            result = session.execute(self._ours(claim).values(**values))
            if int(result.rowcount or 0) != 1:  # type: ignore[attr-defined]
                session.rollback()
                return False
            session.commit()
        return True

    def delivered(self, claim: _Claim, outcome: Delivered, *, lead_stage: str | None = None) -> None:
        """Record the delivery, then, for the first of a handoff, move the lead to handed_off."""
        now = self.clock()
        where = CHANNEL_LABELS.get(claim.channel, claim.channel)
        ref = f" ({outcome.external_ref})" if outcome.external_ref else ""
        extra = f"; {outcome.note}" if outcome.note else ""
        # A worker that outlived its lease still delivered: the truth beats "may have been".
        with self.db.session() as session:
            result = session.execute(
                self._ours(claim, (AlertState.SENDING, AlertState.FAILED)).values(
                    state=AlertState.DELIVERED,
                    delivered_at=now,
                    external_ref=outcome.external_ref or claim.external_ref,
                    last_error=redact(outcome.note, self.secrets) if outcome.note else None,
                    next_attempt_at=None,
                )
            )
            recorded = int(result.rowcount or 0) == 1  # type: ignore[attr-defined]
            session.commit()
        if not recorded:
            self.note("delivered", f"{claim.label}: delivered to {where}{ref}, but the row changed meanwhile; check it",
                      level=logging.WARNING)
            return
        # Only a lead that was an MQL when its alert was read can need moving (the first delivery).
        moved = lead_stage == lead_stages.MQL and self.hand_off(claim, now=now, where=where)
        self.note("delivered", f"{claim.label}: delivered to {where}{ref}{extra}" + ("; lead handed off" if moved else ""))

    def hand_off(self, claim: _Claim, *, now: datetime, where: str) -> bool:
        """The lead of a delivered handoff moves from mql to handed_off (once: the first delivery).

        Its own transaction, after the delivery is recorded: a failing stage listener must never
        make a delivered alert look undelivered."""
        from agent.services.leads import change_stage

        if not claim.contact_id:
            return False
        try:
            with self.db.write_session() as session:
                query = select(Contact).where(Contact.id == claim.contact_id)
                if session.get_bind().dialect.name == "postgresql":
                    query = query.with_for_update()
                contact = session.exec(query).first()
                if contact is None or contact.stage != lead_stages.MQL:
                    return False
                moved = change_stage(
                    session, contact, lead_stages.HANDED_OFF,
                    reason=f"MQL handoff {claim.ref_id} delivered to {where}", now=now, actor=ACTOR,
                )
                session.commit()
                return moved
        except Exception as exc:
            log.warning("%s: delivered, but the lead could not be moved to handed_off (%s)", claim.label, describe(exc))
            return False

    def refused(self, claim: _Claim, exc: ChannelError) -> None:
        message = redact(exc.message, self.secrets)
        ref = exc.progress or claim.external_ref
        moved_on = " (the row changed meanwhile; this outcome was not recorded)"
        if exc.outcome == "unknown":
            why = f"{message}; it {maybe_delivered(claim.channel)}"
            ok = self.finish(claim, state=AlertState.FAILED, last_error=why, next_attempt_at=None, external_ref=ref)
            self.note("unknown", f"{claim.label}: {why} (never retried automatically)" + ("" if ok else moved_on),
                      level=logging.WARNING)
        elif exc.outcome == "failed" or claim.attempts >= self.max_attempts:
            why = message if exc.outcome == "failed" else f"{message} (gave up after {claim.attempts} attempts)"
            ok = self.finish(claim, state=AlertState.FAILED, last_error=why, next_attempt_at=None, external_ref=ref)
            self.note("failed", f"{claim.label}: failed, {why}" + ("" if ok else moved_on), level=logging.WARNING)
        else:
            retry_at = self.clock() + (exc.retry_after or backoff(claim.attempts))
            ok = self.finish(claim, state=AlertState.PENDING, last_error=message, next_attempt_at=retry_at, external_ref=ref)
            if exc.retry_after is not None:
                self._defer_channel(claim.channel, retry_at)
            self.note(
                "retried",
                f"{claim.label}: not delivered, {message}; attempt {claim.attempts + 1} of {self.max_attempts} "
                f"after {retry_at:%H:%M:%S} UTC" + ("" if ok else moved_on),
            )

    def _defer_channel(self, channel: str, until: datetime) -> None:
        """A rate limit holds for the whole channel: its other pending alerts wait too, without
        spending an attempt each on a 429."""
        with self.db.session() as session:
            session.execute(
                update(Alert)
                .where(col(Alert.channel) == channel)
                .where(col(Alert.state) == AlertState.PENDING)
                .where(col(Alert.kind).in_(KINDS))
                .where(or_(col(Alert.next_attempt_at).is_(None), col(Alert.next_attempt_at) < until))
                .values(next_attempt_at=until)
            )
            session.commit()

    # -- one row ----------------------------------------------------------------------------

    def process(self, alert_id: int, channel: Channel | ChannelError) -> bool:
        """Claim and deliver one alert. Returns False when its channel should not be used again
        in this run."""
        claim = self.claim(alert_id)
        if claim is None:
            self.report.count("skipped")
            return True
        try:
            if isinstance(channel, ChannelError):
                raise channel
            with self.db.session() as session:
                note = note_for(session, self.ws, alert_id=alert_id, kind=claim.kind, ref_id=claim.ref_id)
        except ChannelError as exc:
            self.refused(claim, exc)
            return not exc.stop_channel
        except Exception as exc:  # the channel was not contacted: safe to try again later
            what = "the reply" if claim.kind == "reply" else "the handoff"
            self.refused(claim, ChannelError(f"could not read {what} ({describe(exc)})", outcome="retry"))
            return True
        # The session is closed: nothing is held while the channel is contacted.
        try:
            outcome = channel.deliver(note, progress=claim.external_ref, now=claim.claimed_at)
        except ChannelError as exc:
            self.refused(claim, exc)
            return not exc.stop_channel
        except Exception as exc:  # an unknown failure: it may have been delivered
            error = ChannelError(f"unexpected error while delivering ({describe(exc)})", outcome="unknown", stop_channel=True)
            self.refused(claim, error)
            return False
        # Only a handoff's delivery moves the lead (a reply alert never hands anyone off).
        self.delivered(claim, outcome, lead_stage=note.lead_stage if isinstance(note, HandoffNote) else None)
        return True

    def lane(self, name: str, alert_ids: list[int]) -> None:
        """One channel's due alerts, in order, until the channel says stop."""
        try:
            channel: Channel | ChannelError = open_channel(self.ws, name)
        except ChannelError as exc:
            channel = exc
        try:
            for index, alert_id in enumerate(alert_ids):
                if not self.process(alert_id, channel):
                    left = len(alert_ids) - index - 1
                    if left:
                        self.note_only(f"{name}: stopped using it for this run; {left} alert(s) wait for the next")
                    break
        finally:
            if not isinstance(channel, ChannelError):
                channel.close()

    def note_only(self, line: str) -> None:
        line = redact(line, self.secrets)
        log.info(line)
        with self.report._lock:
            self.report.details.append(line)


def deliver_due(
    ws: Workspace,
    *,
    now: datetime | None = None,
    limit: int = 100,
    lease: timedelta = DEFAULT_LEASE,
    progress: Callable[[str], None] | None = None,
) -> AlertReport:
    """Deliver pending alerts whose time has come (oldest first, up to `limit`), each channel in
    its own lane so a slow CRM never delays a Slack message. `now` pins the clock (tests)."""
    clock: Callable[[], datetime] = (lambda: as_utc(now)) if now is not None else utcnow
    report = AlertReport()
    recover_stuck(ws, now=clock(), lease=lease, report=report)
    if limit <= 0:
        return report
    start = clock()
    with ws.db.session() as session:
        due = session.exec(
            select(Alert.id, Alert.channel)
            .where(Alert.state == AlertState.PENDING)
            .where(col(Alert.kind).in_(KINDS))
            .where(or_(col(Alert.next_attempt_at).is_(None), col(Alert.next_attempt_at) <= start))
            .order_by(col(Alert.id))
            .limit(limit)
        ).all()
    if not due:
        return report
    lanes: dict[str, list[int]] = defaultdict(list)
    for alert_id, channel in due:
        lanes[channel].append(alert_id or 0)
    run = _Run(ws, clock, report, progress)
    if len(lanes) == 1:
        (name, ids), = lanes.items()
        run.lane(name, ids)
    else:
        with ThreadPoolExecutor(max_workers=len(lanes), thread_name_prefix="outrider-alerts") as pool:
            for future in [pool.submit(run.lane, name, ids) for name, ids in lanes.items()]:
                future.result()
    return report


# --------------------------------------------------------------------------- the worker


class AlertWorker:
    """A daemon thread that delivers due alerts when woken (alerts were just created) and every
    `interval_s` (retries coming due). The HTTP server and the embedded scheduler each run one."""

    def __init__(self, ws: Workspace, interval_s: float = 0.5, *, batch: int = 100) -> None:
        self.ws = ws
        self.interval_s = interval_s
        self.batch = batch
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        #: Runs completed (a test waits on it instead of sleeping).
        self.runs = 0
        self.last_report: AlertReport | None = None
        self.last_error: str | None = None

    def start(self) -> AlertWorker:
        from agent.leads import hooks

        if self._thread is not None and self._thread.is_alive():
            return self
        self._stop.clear()
        hooks.on_alerts_created(self.wake)
        self._thread = threading.Thread(target=self._loop, name="outrider-alert-worker", daemon=True)
        self._thread.start()
        return self

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float | None = 10.0) -> None:
        from agent.leads import hooks

        hooks.remove_alerts_listener(self.wake)
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self.interval_s)
            self._wake.clear()
            if self._stop.is_set():
                break
            try:
                report = deliver_due(self.ws, limit=self.batch)
                self.last_report, self.last_error = report, None
                if report.total + report.skipped >= self.batch:
                    self._wake.set()  # a full batch: there may be more due right now
            except Exception as exc:  # a database hiccup must not kill the worker; it tries again
                self.last_error = redact(describe(exc), _secrets(self.ws))
                log.warning("alert worker: delivering failed (%s); trying again in %.1fs", self.last_error, self.interval_s)
            self.runs += 1
