"""Send approved drafts from the outbox, each at most once.

The outbox row moves `queued | scheduled -> sending -> sent | queued (retry) | failed | unknown |
suppressed`, or from `queued` to `scheduled` when a frequency cap, the recipient's send window or
a blind inbox says "not yet" (`agent.delivery.holds`). The rules that keep a message from going
out twice, or a person from getting two messages in a week:

* A row is claimed with compare-and-set (`... WHERE id = ? AND state = 'queued'`) and the claim
  is committed *before* the server is contacted. Two senders never both own a row.
* The caps are checked inside that same claim transaction, serialised with every other claim
  (SQLite's write lock, a PostgreSQL advisory lock), and a claimed row counts as sent to its
  recipient: two senders cannot both pass a cap.
* Each claim stores a fresh Message-ID; every later write about that attempt is
  `... WHERE id = ? AND message_id = ?`, so a stale worker cannot overwrite a newer attempt.
* Only a failure that is *definitely not sent* goes back to `queued`. When the outcome is unknown
  (the connection broke after DATA, an unexpected error, or the sender died mid-send and
  `recover_stuck` found the row later) the row becomes `unknown` and the draft `send_unknown`:
  a human checks the Sent folder and decides (`services.delivery.resolve_unknown`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, update
from sqlmodel import Session, col, select

from agent.delivery.links import link_secret, message_links
from agent.delivery.caps import Decision
from agent.delivery.holds import hold_for, lock_claims
from agent.delivery.message import build_message, make_message_id
from agent.delivery.transports import (
    DeliveryError,
    FileTransport,
    SmtpTransport,
    Transport,
)
from agent.store.models import (
    Contact,
    Draft,
    DraftStatus,
    Outbox,
    OutboxState,
    ReviewEvent,
    Suppression,
)
from signals.model import as_utc, utcnow

if TYPE_CHECKING:
    from agent.store.db import Database
    from agent.workspace import Workspace

#: The name the sender signs its audit entries with.
ACTOR = "outrider"
#: How long a row may stay `sending` before it is taken to be abandoned by a dead sender.
DEFAULT_LEASE = timedelta(minutes=15)
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_MAX = timedelta(hours=24)
STUCK_REASON = (
    "the sender stopped while sending; check the mailbox's Sent folder, then mark it sent or resend"
)


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    suppressed: int = 0
    unknown: int = 0
    retried: int = 0
    #: Rows found stuck in `sending` and marked unknown at the start of the run (also in `unknown`).
    recovered: int = 0
    #: Rows another sender claimed first.
    skipped: int = 0
    #: Rows that wait for a cap or the send window (now `scheduled`, with `not_before`).
    scheduled: int = 0
    #: Why the run stopped before its last row (a server or setup problem), if it did.
    stopped: str | None = None
    details: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.sent + self.failed + self.suppressed + self.unknown + self.retried

    def as_json(self) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "failed": self.failed,
            "suppressed": self.suppressed,
            "unknown": self.unknown,
            "retried": self.retried,
            "recovered": self.recovered,
            "skipped": self.skipped,
            "scheduled": self.scheduled,
            "stopped": self.stopped,
            "details": list(self.details),
        }


# --------------------------------------------------------------------------- helpers


def _rowcount(result: Any) -> int:
    return int(result.rowcount or 0)


def record_draft_status(
    session: Session,
    *,
    draft_id: int,
    to_status: str,
    actor: str,
    action: str,
    reason: str | None = None,
    now: datetime | None = None,
    edits: dict[str, Any] | None = None,
) -> str | None:
    """Move a draft to `to_status` (compare-and-set on its version) and add the ReviewEvent.

    Runs inside the caller's transaction; the caller commits. Returns the status it came from,
    or None when there is no such draft.
    """
    now = now or utcnow()
    for _ in range(10):
        row = session.exec(select(Draft.status, Draft.version).where(Draft.id == draft_id)).first()
        if row is None:
            return None
        from_status, version = row
        result = session.execute(
            update(Draft)
            .where(col(Draft.id) == draft_id)
            .where(col(Draft.version) == version)
            .values(status=to_status, version=version + 1, updated_at=now)
        )
        if _rowcount(result) == 1:
            session.add(
                ReviewEvent(
                    draft_id=draft_id,
                    actor=actor,
                    action=action,
                    from_status=str(from_status),
                    to_status=to_status,
                    edits=edits or {},
                    reason=reason,
                    at=now,
                )
            )
            return str(from_status)
    raise RuntimeError(f"draft {draft_id} kept changing while its delivery status was being recorded")


def _domains(domain: str) -> list[str]:
    """"eu.acme.com" -> ["eu.acme.com", "acme.com"] (never a bare top-level domain)."""
    labels = [label for label in domain.split(".") if label]
    return [".".join(labels[i:]) for i in range(len(labels) - 1)] or ([domain] if domain else [])


def suppressed_by(email: str, values: set[str] | frozenset[str]) -> str | None:
    """The suppression (an address or a domain) in `values` that blocks `email`, or None."""
    email = (email or "").strip().lower()
    for value in (email, *_domains(email.rpartition("@")[2])):
        if value in values:
            return value
    return None


def suppression_values(session: Session, emails: Iterable[str]) -> set[str]:
    """The suppressions (addresses and domains) that could block any of `emails`, for
    `suppressed_by`: one query per thousand candidates instead of reading the whole table."""
    candidates: set[str] = set()
    for email in emails:
        email = (email or "").strip().lower()
        if email:
            candidates.update((email, *_domains(email.rpartition("@")[2])))
    wanted = sorted(candidates)
    found: set[str] = set()
    for start in range(0, len(wanted), 900):
        found.update(session.exec(select(Suppression.value).where(col(Suppression.value).in_(wanted[start : start + 900]))).all())
    return found


def find_suppression(session: Session, email: str) -> Suppression | None:
    """The suppression that blocks `email`: the exact address, its domain, or a parent domain."""
    email = (email or "").strip().lower()
    domain = email.rpartition("@")[2]
    candidates = [email, *_domains(domain)]
    rows = session.exec(select(Suppression).where(col(Suppression.value).in_(candidates))).all()
    if not rows:
        return None
    by_value = {row.value: row for row in rows}
    for value in candidates:  # the most specific wins
        if value in by_value:
            return by_value[value]
    return rows[0]


def backoff(attempts: int) -> timedelta:
    """1 min * 2^attempts, capped at a day."""
    try:
        delay = BACKOFF_BASE * (2 ** max(attempts, 0))
    except OverflowError:
        return BACKOFF_MAX
    return min(delay, BACKOFF_MAX)


def transport_for(ws: Workspace) -> Transport:
    """The transport `[sender].transport` names."""
    if ws.config.sender.transport == "smtp":
        return SmtpTransport(ws.config.smtp, ws.settings.smtp_password)
    return FileTransport(ws.outbox_dir)


# --------------------------------------------------------------------------- recovery


def recover_stuck(ws: Workspace, *, lease: timedelta = DEFAULT_LEASE, now: datetime | None = None) -> int:
    """Rows left in `sending` longer than `lease` become `unknown`, their drafts `send_unknown`.

    Never resends: the sender may have died after the server took the message.
    """
    return _recover_stuck(ws.db, lease=lease, now=as_utc(now) if now is not None else utcnow())


def _recover_stuck(db: Database, *, lease: timedelta, now: datetime) -> int:
    cutoff = now - lease
    with db.session() as session:
        stuck = session.exec(
            select(Outbox.id, Outbox.draft_id, Outbox.message_id)
            .where(Outbox.state == OutboxState.SENDING)
            .where(or_(col(Outbox.claimed_at).is_(None), col(Outbox.claimed_at) < cutoff))
            .order_by(col(Outbox.id))
        ).all()
    recovered = 0
    for outbox_id, draft_id, message_id in stuck:
        with db.session() as session:
            query = (
                update(Outbox)
                .where(col(Outbox.id) == outbox_id)
                .where(col(Outbox.state) == OutboxState.SENDING)
            )
            query = query.where(
                col(Outbox.message_id).is_(None) if message_id is None else col(Outbox.message_id) == message_id
            )
            result = session.execute(query.values(state=OutboxState.UNKNOWN, error=STUCK_REASON))
            if _rowcount(result) != 1:
                session.rollback()
                continue
            record_draft_status(
                session,
                draft_id=draft_id,
                to_status=DraftStatus.SEND_UNKNOWN,
                actor=ACTOR,
                action="send_unknown",
                reason=STUCK_REASON,
                now=now,
            )
            session.commit()
            recovered += 1
    return recovered


# --------------------------------------------------------------------------- sending


class _Run:
    def __init__(
        self,
        ws: Workspace,
        transport: Transport,
        clock: Callable[[], datetime],
        report: SendReport,
        progress: Callable[[str], None] | None,
    ) -> None:
        self.ws = ws
        self.db = ws.db
        self.transport = transport
        self.clock = clock
        self.report = report
        self.progress = progress
        self.max_attempts = ws.config.delivery.max_attempts

    def note(self, line: str) -> None:
        self.report.details.append(line)
        if self.progress is not None:
            self.progress(line)

    # -- claim ------------------------------------------------------------------------------

    def claim(self, outbox_id: int, draft_id: int) -> tuple[str, datetime] | Decision | None:
        """Take the row for sending, or schedule it when a cap or the window says not yet.

        Returns (Message-ID, claimed at), the Decision that scheduled it, or None when the row is
        not (or no longer) ours to send.
        """
        now = self.clock()
        message_id = make_message_id(draft_id, self.ws.config.sender.email)
        with self.db.write_session() as session:
            lock_claims(session)
            row = session.exec(
                select(Outbox)
                .where(Outbox.id == outbox_id)
                .where(col(Outbox.state).in_([OutboxState.QUEUED, OutboxState.SCHEDULED]))
                .where(or_(col(Outbox.next_attempt_at).is_(None), col(Outbox.next_attempt_at) <= now))
                .where(or_(col(Outbox.not_before).is_(None), col(Outbox.not_before) <= now))
            ).first()
            draft = session.get(Draft, draft_id) if row is not None else None
            if row is None or draft is None or draft.status != DraftStatus.APPROVED:
                session.rollback()
                return None
            decision = hold_for(session, self.ws, row=row, draft=draft, now=now)
            if decision.send_now:
                values: dict[str, Any] = {
                    "state": OutboxState.SENDING,
                    "claimed_at": now,
                    "attempts": Outbox.attempts + 1,
                    "message_id": message_id,
                    "not_before": None,
                    "schedule_reason": None,
                }
            else:
                values = {
                    "state": OutboxState.SCHEDULED,
                    "not_before": decision.not_before,
                    "schedule_reason": decision.reason,
                }
            result = session.execute(
                update(Outbox)
                .where(col(Outbox.id) == outbox_id)
                .where(col(Outbox.state) == row.state)
                .values(**values)
            )
            if _rowcount(result) != 1:
                session.rollback()
                return None
            session.commit()
        return (message_id, now) if decision.send_now else decision

    # -- finish -----------------------------------------------------------------------------

    def finish(
        self,
        *,
        outbox_id: int,
        draft_id: int,
        message_id: str,
        values: dict[str, Any],
        from_states: Iterable[str] = (OutboxState.SENDING,),
        draft_to: str | None = None,
        action: str = "",
        reason: str | None = None,
    ) -> bool:
        """Record the outcome of our attempt, unless the row moved on (compare-and-set)."""
        now = self.clock()
        with self.db.session() as session:
            result = session.execute(
                update(Outbox)
                .where(col(Outbox.id) == outbox_id)
                .where(col(Outbox.message_id) == message_id)
                .where(col(Outbox.state).in_([str(s) for s in from_states]))
                .values(**values)
            )
            if _rowcount(result) != 1:
                session.rollback()
                return False
            if draft_to is not None:
                record_draft_status(
                    session,
                    draft_id=draft_id,
                    to_status=draft_to,
                    actor=ACTOR,
                    action=action,
                    reason=reason,
                    now=now,
                )
            session.commit()
        return True

    # -- one row ----------------------------------------------------------------------------

    def process(self, outbox_id: int, draft_id: int) -> bool:
        """Claim and deliver one row. Returns False when the run should stop."""
        claimed = self.claim(outbox_id, draft_id)
        if claimed is None:
            self.report.skipped += 1
            self.note(f"outbox #{outbox_id} (draft {draft_id}): claimed by another sender; skipped")
            return True
        if isinstance(claimed, Decision):
            self.report.scheduled += 1
            self.note(f"outbox #{outbox_id} (draft {draft_id}): waits, {claimed.reason}")
            return True
        message_id, claimed_at = claimed
        with self.db.session() as session:
            row = session.get(Outbox, outbox_id)
            draft = session.get(Draft, draft_id)
            contact = session.get(Contact, draft.contact_id) if draft and draft.contact_id else None
            blocked = find_suppression(session, row.to_email) if row is not None else None
        if row is None or draft is None:  # outbox rows and approved drafts are never deleted
            self.note(f"outbox #{outbox_id} (draft {draft_id}): vanished after it was claimed; skipped")
            return True
        label = f"outbox #{outbox_id} (draft {draft_id}) to {row.to_email}"

        if blocked is not None:
            why = f"{row.to_email} is suppressed ({blocked.kind} {blocked.value}"
            why += f": {blocked.reason})" if blocked.reason else ")"
            self.finish(
                outbox_id=outbox_id,
                draft_id=draft_id,
                message_id=message_id,
                values={"state": OutboxState.SUPPRESSED, "error": why},
                draft_to=DraftStatus.SUPPRESSED,
                action="suppressed",
                reason=why,
            )
            self.report.suppressed += 1
            self.note(f"{label}: not sent, {why}")
            return True

        try:
            message = build_message(
                draft=draft,
                contact=contact,
                sender=self.ws.config.sender,
                message_id=message_id,
                to_email=row.to_email,
                date=claimed_at,
                links=message_links(self.ws, outbox_id=outbox_id, to_email=row.to_email),
            )
        except (ValueError, TypeError) as exc:
            why = f"could not build the message: {exc}"
            self.finish(
                outbox_id=outbox_id,
                draft_id=draft_id,
                message_id=message_id,
                values={"state": OutboxState.FAILED, "error": why},
                draft_to=DraftStatus.SEND_FAILED,
                action="send_failed",
                reason=why,
            )
            self.report.failed += 1
            self.note(f"{label}: failed, {why}")
            return True

        try:
            if isinstance(self.transport, FileTransport):
                self.transport.send(message, outbox_id=outbox_id)
            else:
                self.transport.send(message)
        except DeliveryError as exc:
            return self.failed(exc, outbox_id=outbox_id, draft_id=draft_id, message_id=message_id,
                               attempts=row.attempts, label=label)
        except Exception as exc:  # an unknown failure: it may have gone out
            error = DeliveryError(
                f"unexpected error while sending ({type(exc).__name__}: {exc}); "
                "it may or may not have been delivered",
                definitely_not_sent=False,
                stop_run=True,
            )
            return self.failed(error, outbox_id=outbox_id, draft_id=draft_id, message_id=message_id,
                               attempts=row.attempts, label=label)

        sent_at = self.clock()
        recorded = self.finish(
            outbox_id=outbox_id,
            draft_id=draft_id,
            message_id=message_id,
            values={"state": OutboxState.SENT, "sent_at": sent_at, "error": None, "next_attempt_at": None},
            # If the row was declared stuck (or resolved by a human) while we were still talking
            # to the server, the truth is that it went out: record that instead of leaving it.
            from_states=(OutboxState.SENDING, OutboxState.UNKNOWN, OutboxState.QUEUED, OutboxState.FAILED),
            draft_to=DraftStatus.SENT,
            action="sent",
            reason=f"Message-ID {message_id}",
        )
        self.report.sent += 1
        if recorded:
            self.note(f"{label}: sent ({message_id})")
        else:
            self.note(f"{label}: sent ({message_id}), but the row changed meanwhile; check it")
        return True

    def failed(
        self,
        exc: DeliveryError,
        *,
        outbox_id: int,
        draft_id: int,
        message_id: str,
        attempts: int,
        label: str,
    ) -> bool:
        if not exc.definitely_not_sent:
            self.finish(
                outbox_id=outbox_id,
                draft_id=draft_id,
                message_id=message_id,
                values={"state": OutboxState.UNKNOWN, "error": exc.message},
                draft_to=DraftStatus.SEND_UNKNOWN,
                action="send_unknown",
                reason=exc.message,
            )
            self.report.unknown += 1
            self.note(f"{label}: outcome unknown, {exc.message}; a human decides (never resent automatically)")
        elif exc.permanent or attempts >= self.max_attempts:
            why = exc.message if exc.permanent else f"{exc.message} (gave up after {attempts} attempts)"
            self.finish(
                outbox_id=outbox_id,
                draft_id=draft_id,
                message_id=message_id,
                values={"state": OutboxState.FAILED, "error": why, "next_attempt_at": None},
                draft_to=DraftStatus.SEND_FAILED,
                action="send_failed",
                reason=why,
            )
            self.report.failed += 1
            self.note(f"{label}: failed, {why}")
        else:
            retry_at = self.clock() + backoff(attempts)
            self.finish(
                outbox_id=outbox_id,
                draft_id=draft_id,
                message_id=message_id,
                values={"state": OutboxState.QUEUED, "error": exc.message, "next_attempt_at": retry_at},
            )
            self.report.retried += 1
            self.note(
                f"{label}: not sent, {exc.message}; retry {attempts + 1} of {self.max_attempts} "
                f"after {retry_at:%Y-%m-%d %H:%M} UTC"
            )
        if exc.stop_run:
            self.report.stopped = exc.message
            return False
        return True


def send_approved(
    ws: Workspace,
    *,
    transport: Transport | None = None,
    now: datetime | None = None,
    limit: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> SendReport:
    """Deliver queued (and scheduled) outbox rows whose time has come, oldest first, up to
    `limit`; a row a cap or the send window holds back becomes `scheduled` with `not_before`.

    `now` pins the clock (tests); `progress` gets one line per message as it is handled.
    Raises ConfigError before touching any row when `[server] public_url` is set without
    OUTRIDER_SECRET_KEY (the messages' unsubscribe links could not be signed).
    """
    link_secret(ws)
    clock: Callable[[], datetime] = (lambda: as_utc(now)) if now is not None else utcnow
    report = SendReport()
    db = ws.db
    report.recovered = _recover_stuck(db, lease=DEFAULT_LEASE, now=clock())
    report.unknown += report.recovered
    run = _Run(ws, transport or transport_for(ws), clock, report, progress)
    if report.recovered:
        run.note(f"{report.recovered} message(s) were left mid-send by a stopped sender: {STUCK_REASON}")
    limit = ws.config.delivery.max_per_run if limit is None else limit
    if limit <= 0:
        return report
    start = clock()
    with db.session() as session:
        due = session.exec(
            select(Outbox.id, Outbox.draft_id)
            .join(Draft, col(Draft.id) == Outbox.draft_id)
            .where(col(Outbox.state).in_([OutboxState.QUEUED, OutboxState.SCHEDULED]))
            .where(Draft.status == DraftStatus.APPROVED)
            .where(or_(col(Outbox.next_attempt_at).is_(None), col(Outbox.next_attempt_at) <= start))
            .where(or_(col(Outbox.not_before).is_(None), col(Outbox.not_before) <= start))
            .order_by(col(Outbox.id))
            .limit(limit)
        ).all()
    for index, (outbox_id, draft_id) in enumerate(due):
        if not run.process(outbox_id, draft_id):
            remaining = len(due) - index - 1
            if remaining:
                run.note(f"stopped: {report.stopped}; {remaining} message(s) left queued for the next run")
            break
    return report


def send_one(ws: Workspace, outbox_id: int, *, transport: Transport | None = None) -> SendReport:
    """Deliver one outbox row if it is due (the `send(outbox_id)` worker job). The same claim as
    `send_approved`: a row another sender claimed, or one not approved, is left alone."""
    link_secret(ws)
    report = SendReport()
    with ws.db.session() as session:
        draft_id = session.exec(select(Outbox.draft_id).where(Outbox.id == outbox_id)).first()
    if draft_id is None:
        report.details.append(f"outbox #{outbox_id} does not exist; nothing sent")
        return report
    run = _Run(ws, transport or transport_for(ws), utcnow, report, None)
    run.process(outbox_id, draft_id)
    return report
