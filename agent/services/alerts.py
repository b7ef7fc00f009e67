"""Alerts for the CLI and the UI: what became of every MQL handoff alert (and every reply alert),
a person's retry, and delivering what is due now.

States are shown as people think of them: `delivered`, `pending` (waiting, or being delivered
right now) and `failed` (with the error that says what to do). Nothing here retries on its own:
a failed alert goes back to pending only when a named person asks (`retry_alert`).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, func, update
from sqlmodel import col, select

from agent.delivery.alerts import AlertReport, deliver_due
from agent.leads import hooks
from agent.services.auth import Actor, authorize
from agent.store.models import Account, Alert, AlertState, Contact, EngagementEvent, Handoff
from signals.model import as_utc, utcnow

if TYPE_CHECKING:
    from agent.store.db import Database
    from agent.workspace import Workspace

#: The states people see (`sending` shows as pending: it is on its way).
STATES: tuple[str, ...] = ("delivered", "pending", "failed")
_STORED = {
    "delivered": [AlertState.DELIVERED],
    "pending": [AlertState.PENDING, AlertState.SENDING],
    "failed": [AlertState.FAILED],
}


class AlertError(ValueError):
    """An alert action that cannot be done; the message says why."""


def _iso(value: datetime | None) -> str | None:
    return as_utc(value).isoformat() if value is not None else None


def shown_state(state: str) -> str:
    return "pending" if state == AlertState.SENDING else state


def _reason(alert: Alert, handoff: Handoff | None, reply: EngagementEvent | None) -> str | None:
    if handoff is not None:
        return handoff.reason
    if reply is not None:
        subject = str((reply.properties or {}).get("subject") or "(no subject)")
        return f"replied: {subject[:200]}"
    return None


def _row(alert: Alert, handoff: Handoff | None, contact: Contact | None, account: Account | None,
         reply: EngagementEvent | None = None) -> dict[str, Any]:
    return {
        "id": alert.id,
        "kind": alert.kind,
        "email": contact.email if contact else None,
        "name": f"{contact.first_name or ''} {contact.last_name or ''}".strip() if contact else None,
        "account": account.name if account else (contact.company if contact else None),
        "channel": alert.channel,
        "state": shown_state(alert.state),
        "sending": alert.state == AlertState.SENDING,
        "attempts": alert.attempts,
        "last_error": alert.last_error,
        "external_ref": alert.external_ref,
        "created_at": _iso(alert.created_at),
        "next_attempt_at": _iso(alert.next_attempt_at) if alert.state == AlertState.PENDING else None,
        "delivered_at": _iso(alert.delivered_at),
        "handoff_id": (handoff.id if handoff else alert.ref_id) if alert.kind == "mql_handoff" else None,
        #: For a reply alert: its `reply` engagement event.
        "event_id": alert.ref_id if alert.kind == "reply" else None,
        "reason": _reason(alert, handoff, reply),
        "score": round(handoff.score, 1) if handoff else None,
    }


def list_alerts(db: Database, *, state: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """Alerts, failed first, then pending, then delivered; newest first within each."""
    if state is not None and state not in STATES:
        raise AlertError(f"{state!r} is not an alert state; states are {', '.join(STATES)}")
    order = case(
        (col(Alert.state) == AlertState.FAILED, 0),
        (col(Alert.state).in_([AlertState.PENDING, AlertState.SENDING]), 1),
        else_=2,
    )
    with db.session() as session:
        query = (
            select(Alert, Handoff, Contact, Account, EngagementEvent)
            .outerjoin(Handoff, (col(Handoff.id) == Alert.ref_id) & (col(Alert.kind) == "mql_handoff"))
            .outerjoin(Contact, col(Contact.id) == Alert.contact_id)
            .outerjoin(Account, col(Account.id) == Contact.account_id)
            .outerjoin(EngagementEvent, (col(EngagementEvent.id) == Alert.ref_id) & (col(Alert.kind) == "reply"))
            .order_by(order, col(Alert.created_at).desc(), col(Alert.id))
            .limit(limit)
        )
        if state is not None:
            query = query.where(col(Alert.state).in_([str(s) for s in _STORED[state]]))
        rows = session.exec(query).all()
    return [_row(*row) for row in rows]


def count_alerts(db: Database) -> dict[str, int]:
    """How many alerts are in each shown state (every state present, zero or not)."""
    counts = dict.fromkeys(STATES, 0)
    with db.session() as session:
        for state, n in session.exec(select(Alert.state, func.count()).group_by(Alert.state)).all():
            counts[shown_state(state)] = counts.get(shown_state(state), 0) + int(n)
    return counts


def get_alert(db: Database, alert_id: int) -> dict[str, Any]:
    with db.session() as session:
        alert = session.get(Alert, alert_id)
        if alert is None:
            raise AlertError(f"there is no alert {alert_id}; `outrider alerts list` shows them")
        handoff = session.get(Handoff, alert.ref_id) if alert.kind == "mql_handoff" else None
        reply = session.get(EngagementEvent, alert.ref_id) if alert.kind == "reply" else None
        contact = session.get(Contact, alert.contact_id) if alert.contact_id else None
        account = session.get(Account, contact.account_id) if contact and contact.account_id else None
        return _row(alert, handoff, contact, account, reply)


def retry_alert(db: Database, *, alert_id: int, actor: str | Actor, now: datetime | None = None) -> dict[str, Any]:
    """A person sends a failed alert again (after fixing what its error said, or after checking
    that one which "may have been delivered" was not). Compare-and-set on `failed`; the request
    is recorded in the alert's error line (who, when, and what the error was) until it is
    delivered. A HubSpot task already created is kept, never made twice. Wakes a running worker.

    `actor`: a signed-in `Actor` must be a rep or an admin (`Forbidden` otherwise)."""
    if not isinstance(actor, Actor) and not (actor or "").strip():
        raise AlertError("say who you are (an e-mail address) to retry an alert")
    actor = authorize(actor, "retry_alert")
    now = as_utc(now) if now is not None else utcnow()
    with db.session() as session:
        alert = session.get(Alert, alert_id)
        if alert is None:
            raise AlertError(f"there is no alert {alert_id}; `outrider alerts list` shows them")
        if alert.state != AlertState.FAILED:
            raise AlertError(
                f"alert {alert_id} is {shown_state(alert.state)}, not failed: only a failed alert can be retried"
            )
        note = f"retry asked by {actor} at {now:%Y-%m-%d %H:%M} UTC; the last error was: {alert.last_error or 'none recorded'}"
        result = session.execute(
            update(Alert)
            .where(col(Alert.id) == alert_id)
            .where(col(Alert.state) == AlertState.FAILED)
            .where(col(Alert.attempts) == alert.attempts)
            .values(state=AlertState.PENDING, attempts=0, next_attempt_at=None, claimed_at=None, last_error=note)
        )
        if int(result.rowcount or 0) != 1:  # type: ignore[attr-defined]
            session.rollback()
            raise AlertError(f"alert {alert_id} changed while you asked; reload and look again")
        session.commit()
    hooks.alerts_created()
    return get_alert(db, alert_id)


def deliver(ws: Workspace, **kw: Any) -> AlertReport:
    """Deliver due alerts now. Keywords as `agent.delivery.alerts.deliver_due`."""
    return deliver_due(ws, **kw)
