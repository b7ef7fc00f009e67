"""Delivery for the CLI and the UI: send, look at the outbox, settle unknown sends, suppressions.

Nothing here resends on its own: a row whose outcome is unknown goes back to the queue only when
a named human says so (`resolve_unknown(..., outcome="resend")`), and that is in the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import parseaddr
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import delete, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from agent.delivery.sender import (
    SendReport,
    find_suppression,
    record_draft_status,
    send_approved,
)
from agent.services import audit
from agent.services.auth import Actor, authorize
from agent.services.queue import Conflict, NotFound, QueueError
from agent.store.db import Database
from agent.store.models import (
    Account,
    Contact,
    Draft,
    DraftStatus,
    Outbox,
    OutboxState,
    Signal,
    Suppression,
)
from signals.model import utcnow

if TYPE_CHECKING:
    from agent.workspace import Workspace

Outcome = Literal["mark_sent", "resend", "cancel"]
OUTCOMES: tuple[str, ...] = ("mark_sent", "resend", "cancel")


class SuppressionError(QueueError, ValueError):
    """A suppression value that is neither an email address nor a domain."""


def send(ws: Workspace, **kw: Any) -> SendReport:
    """Send what is due. Keywords as `agent.delivery.sender.send_approved`; `now` plays the
    calendar (`outrider send --now ISO`): caps, windows and retries are judged at that time."""
    return send_approved(ws, **kw)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def outbox(db: Database, *, state: str | None = None) -> list[dict[str, Any]]:
    """Outbox rows, oldest first, with the draft and recipient they are for."""
    with db.session() as session:
        query = (
            select(Outbox, Draft, Contact, Account)
            .join(Draft, col(Draft.id) == Outbox.draft_id)
            .outerjoin(Contact, col(Contact.id) == Draft.contact_id)
            .outerjoin(Account, col(Account.id) == Draft.account_id)
            .order_by(col(Outbox.id))
        )
        if state:
            query = query.where(Outbox.state == state)
        rows = session.exec(query).all()
    result = []
    for row, draft, contact, account in rows:
        result.append(
            {
                "id": row.id,
                "draft_id": row.draft_id,
                "to_email": row.to_email,
                "to_name": f"{contact.first_name} {contact.last_name}".strip() if contact else None,
                "account": account.name if account else None,
                "subject": draft.subject,
                "draft_status": draft.status,
                "kind": draft.kind,
                "state": row.state,
                # When a scheduled message goes, and why it waits (a cap, the window, the inbox).
                "not_before": _iso(row.not_before) if row.state == OutboxState.SCHEDULED else None,
                "schedule_reason": row.schedule_reason if row.state == OutboxState.SCHEDULED else None,
                "attempts": row.attempts,
                "message_id": row.message_id,
                "error": row.error,
                "next_attempt_at": _iso(row.next_attempt_at),
                "claimed_at": _iso(row.claimed_at),
                "sent_at": _iso(row.sent_at),
                "created_at": _iso(row.created_at),
            }
        )
    return result


def outbox_for(db: Database, draft_id: int) -> dict[str, Any] | None:
    """The outbox row of one draft, as `outbox()` shows it, or None if it was never approved."""
    for row in outbox(db):
        if row["draft_id"] == draft_id:
            return row
    return None


def resolve_unknown(db: Database, *, draft_id: int, reviewer: str | Actor, outcome: Outcome) -> dict[str, Any]:
    """A human settles a send whose outcome is unknown (or retries a failed one).

    * mark_sent: it did go out (it is in the Sent folder): outbox `sent`, draft `sent`.
    * resend: it did not go out: outbox back to `queued` (attempts reset), draft `approved`;
      the next `send` delivers it. Also allowed for a `failed` row (try again after a fix).
    * cancel: do not send it, ever: outbox `cancelled` (final; resend refuses it), draft
      `send_failed`.

    Compare-and-set on the row's state and Message-ID: if someone settled it first, `Conflict`.
    Returns the outbox row as `outbox()` shows it.
    """
    reviewer = authorize(reviewer, "settle")
    if outcome not in OUTCOMES:
        raise QueueError(f"outcome must be one of {', '.join(OUTCOMES)} (got {outcome!r})")
    now = utcnow()
    with db.session() as session:
        row = session.exec(select(Outbox).where(Outbox.draft_id == draft_id)).first()
        if row is None:
            raise NotFound(f"draft {draft_id} has nothing in the outbox (was it approved?)")
        allowed = (OutboxState.UNKNOWN, OutboxState.FAILED) if outcome == "resend" else (OutboxState.UNKNOWN,)
        if row.state not in allowed:
            raise Conflict(
                f"could not {outcome.replace('_', ' ')} draft {draft_id}: its delivery is {row.state}, "
                f"not {' or '.join(allowed)}. Reload to see the current state."
            )
        if outcome == "mark_sent":
            values: dict[str, Any] = {"state": OutboxState.SENT, "sent_at": row.claimed_at or now}
            draft_to, action = DraftStatus.SENT, "marked_sent"
            reason = f"{reviewer} found it in the Sent folder"
        elif outcome == "resend":
            values = {
                "state": OutboxState.QUEUED,
                "attempts": 0,
                "next_attempt_at": None,
                "claimed_at": None,
                "error": None,
            }
            draft_to, action = DraftStatus.APPROVED, "resend"
            reason = f"{reviewer} asked to send it again (was {row.state}: {row.error or 'no error recorded'})"
        else:
            # Final: a cancelled message is never sent, and nobody can resend it afterwards.
            values = {"state": OutboxState.CANCELLED, "error": f"cancelled by {reviewer}; never sent"}
            draft_to, action = DraftStatus.SEND_FAILED, "cancelled"
            reason = f"{reviewer} cancelled it; it is never sent"
        before = {"draft_id": draft_id, "state": row.state, "error": row.error}  # the update refreshes `row`
        query = (
            update(Outbox)
            .where(col(Outbox.id) == row.id)
            .where(col(Outbox.state) == row.state)
            .where(
                col(Outbox.message_id).is_(None)
                if row.message_id is None
                else col(Outbox.message_id) == row.message_id
            )
        )
        result = session.execute(query.values(**values))
        if int(result.rowcount or 0) != 1:  # type: ignore[attr-defined]
            session.rollback()
            raise Conflict(
                f"could not {outcome.replace('_', ' ')} draft {draft_id}: someone settled it first. Reload."
            )
        record_draft_status(
            session,
            draft_id=draft_id,
            to_status=draft_to,
            actor=reviewer,
            action=action,
            reason=reason,
            now=now,
        )
        audit.record(
            session, actor=reviewer, action=f"outbox.{outcome}", target_type="outbox", target_id=row.id,
            before=before,
            after={"draft_id": draft_id, "state": values["state"], "draft_status": draft_to}, reason=reason, at=now,
        )
        session.commit()
    return next(r for r in outbox(db) if r["draft_id"] == draft_id)


# --------------------------------------------------------------------------- suppressions


def normalise_suppression(value: str) -> tuple[str, str]:
    """'Dana <Dana@Acme.com>' -> ('dana@acme.com', 'email'); '@Acme.com' -> ('acme.com', 'domain')."""
    text = (value or "").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:].split("?")[0]
    if "<" in text:
        text = parseaddr(text)[1] or text
    text = text.strip().lower().rstrip(".")
    if text.startswith("@"):
        text = text[1:]
    if text.startswith("*."):
        text = text[2:]
    if not text or any(c.isspace() for c in text) or any(c in text for c in "<>,;\"()"):
        raise SuppressionError(f"{value!r} is neither an email address nor a domain")
    if "@" in text:
        local, _, domain = text.rpartition("@")
        if not local or "@" in local or "." not in domain or domain.startswith("."):
            raise SuppressionError(f"{value!r} is not a valid email address")
        return text, "email"
    if "." not in text.strip(".") or text.startswith(".") or ".." in text:
        raise SuppressionError(f"{value!r} is not a domain (like acme.com) or an email address")
    return text, "domain"


def suppress(db: Database, *, value: str, reason: str = "", actor: str | Actor = "outrider") -> Suppression:
    """Never send to this address or domain (and its subdomains). Idempotent.

    Drafts still waiting for a decision to a suppressed recipient are withdrawn at once (with the
    reason on the card); approved ones are stopped by the sender, which checks every send.
    """
    actor = authorize(actor, "suppress")
    normal, kind = normalise_suppression(value)
    with db.write_session() as session:
        existing = session.exec(select(Suppression).where(Suppression.value == normal)).first()
        if existing is not None:
            return existing
        entry = Suppression(value=normal, kind=kind, reason=(reason or "").strip())
        session.add(entry)
        try:
            session.flush()
        except IntegrityError:  # someone added it at the same moment
            session.rollback()
            existing = session.exec(select(Suppression).where(Suppression.value == normal)).first()
            if existing is None:
                raise
            return existing
        withdrawn = _withdraw_suppressed(session, normal, kind, reason=reason, actor=actor)
        audit.record(
            session, actor=actor, action="suppression.added", target_type="suppression", target_id=normal,
            after={"value": normal, "kind": kind, "withdrawn_drafts": withdrawn}, reason=reason,
        )
        session.commit()
        session.refresh(entry)
        return entry


def _withdraw_suppressed(session: Any, value: str, kind: str, *, reason: str, actor: str) -> int:
    from agent.services.queue import ACTIONABLE

    who = Contact.email == value if kind == "email" else or_(
        col(Contact.email).endswith("@" + value), col(Contact.email).endswith("." + value)
    )
    rows = session.exec(
        select(Draft.id)
        .join(Contact, col(Contact.id) == Draft.contact_id)
        .where(who)
        .where(col(Draft.status).in_([s.value for s in ACTIONABLE]))
    ).all()
    why = f"{value} was suppressed" + (f" ({reason.strip()})" if reason and reason.strip() else "")
    for draft_id in rows:
        record_draft_status(
            session, draft_id=draft_id, to_status=DraftStatus.WITHDRAWN, actor=actor, action="withdrawn", reason=why
        )
    return len(rows)


def unsuppress(db: Database, *, value: str, actor: str | Actor = "outrider") -> bool:
    """Remove a suppression. True when there was one."""
    actor = authorize(actor, "suppress")
    normal, _kind = normalise_suppression(value)
    with db.session() as session:
        existing = session.exec(select(Suppression).where(Suppression.value == normal)).first()
        result = session.execute(delete(Suppression).where(col(Suppression.value) == normal))
        removed = int(result.rowcount or 0) > 0  # type: ignore[attr-defined]
        if removed and existing is not None:
            audit.record(
                session, actor=actor, action="suppression.removed", target_type="suppression", target_id=normal,
                before={"value": existing.value, "kind": existing.kind, "reason": existing.reason},
            )
        session.commit()
        return removed


def suppressions(db: Database) -> list[Suppression]:
    with db.session() as session:
        return list(session.exec(select(Suppression).order_by(col(Suppression.value))).all())


def is_suppressed(db: Database, email: str) -> bool:
    """True when the address, its domain, or a parent domain is suppressed."""
    with db.session() as session:
        return find_suppression(session, email) is not None


@dataclass(frozen=True)
class SentLog:
    """A page of sent messages, newest first, and how many were sent in all."""

    rows: list[dict[str, Any]]
    total: int
    offset: int

    def describe(self, noun: str = "sent messages") -> str:
        if not self.total:
            return f"No {noun}."
        if not self.rows:
            return f"Nothing on this page: there are {self.total:,} {noun}."
        return f"Showing {self.offset + 1:,}-{self.offset + len(self.rows):,} of {self.total:,} {noun}."


def sent_log(
    db: Database, *, family: str | None = None, owner: str | None = None, limit: int = 50, offset: int = 0
) -> SentLog:
    """Messages that went out, newest first: when, to whom, their title when the message was handed
    to the outbox (not today's, which a CRM import may have changed), the account and the subject."""
    from sqlalchemy import func

    from signals.model import KIND_FAMILY

    def narrowed(query: Any) -> Any:
        query = (
            query.join(Draft, col(Draft.id) == Outbox.draft_id)
            .outerjoin(Contact, col(Contact.id) == Draft.contact_id)
            .outerjoin(Account, col(Account.id) == Draft.account_id)
            .outerjoin(Signal, col(Signal.id) == Draft.signal_id)
            .where(Outbox.state == OutboxState.SENT)
        )
        if family:
            query = query.where(col(Signal.kind).in_([k for k, f in KIND_FAMILY.items() if f == family]))
        if owner:
            query = query.where(func.coalesce(Contact.owner_email, Account.owner_email) == owner)
        return query

    with db.session() as session:
        total = int(session.exec(narrowed(select(func.count(col(Outbox.id))).select_from(Outbox))).one())
        rows = session.exec(
            narrowed(select(Outbox, Draft, Contact, Account).select_from(Outbox))
            .order_by(col(Outbox.sent_at).desc(), col(Outbox.id).desc())
            .limit(limit)
            .offset(offset)
        ).all()
    return SentLog(
        rows=[
            {
                "sent_at": row.sent_at,
                "to": f"{contact.first_name} {contact.last_name} <{row.to_email}>".strip() if contact else row.to_email,
                "title_at_send": row.to_title or "",
                "account": account.name if account else "",
                "subject": draft.subject,
                "draft_id": row.draft_id,
            }
            for row, draft, contact, account in rows
        ],
        total=total,
        offset=offset,
    )
