"""Whether the inbox is being read: kept in a CollectorState row beside the sources, so it shows
where a person looks for broken feeds, and so the sender can hold sequence steps while blind."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session

from agent.store.models import CollectorState, SourceHealth
from signals.model import as_utc

if TYPE_CHECKING:
    from agent.workspace import Workspace

#: The row's key: the config section's name, which no [[sources]] name can collide with unnoticed.
INBOX_SOURCE = "[inbox]"
INBOX_TYPE = "imap"
#: Failed polls in a row before the inbox is shown unhealthy (earlier: degraded).
UNHEALTHY_AFTER = 3


def blind_for(state: CollectorState | None, now: datetime) -> timedelta | None:
    """How long the inbox has gone unread; None when it was never read."""
    if state is None or state.last_success_at is None:
        return None
    return max(as_utc(now) - as_utc(state.last_success_at), timedelta(0))


def blind_reason(session: Session, ws: Workspace, *, now: datetime) -> str | None:
    """Why sequence steps must wait for the inbox, or None when they need not (or no inbox is set)."""
    config = ws.config.inbox
    if config is None:
        return None
    state = session.get(CollectorState, INBOX_SOURCE)
    blind = blind_for(state, now)
    if blind is None:
        return "the inbox has not been read yet; a reply may be waiting (run `outrider inbox poll`)"
    if blind > timedelta(minutes=config.max_blind_minutes):
        return f"the inbox has not been read for {int(blind.total_seconds() // 60)} minutes; a reply may be waiting"
    return None


def health_of(state: CollectorState | None, *, max_blind_minutes: int, now: datetime) -> str:
    """never_run; unhealthy (never read, unread longer than allowed, or failing again and again);
    degraded (the last poll failed); ok."""
    if state is None or state.last_run_at is None:
        return SourceHealth.NEVER
    blind = blind_for(state, now)
    if blind is None or blind > timedelta(minutes=max_blind_minutes) or state.consecutive_failures >= UNHEALTHY_AFTER:
        return SourceHealth.UNHEALTHY
    return SourceHealth.DEGRADED if state.consecutive_failures else SourceHealth.OK
