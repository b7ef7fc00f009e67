"""Where other parts of Outrider hear about a lead's life, without the lead code knowing them.

The nurture engine exits a sequence when a lead becomes an MQL or replies; reactivation wakes a
dormant lead; the HTTP server wakes its alert sender. Each registers a listener here once, at
import. Listeners run inside the caller's transaction (stage and event listeners) or after the
commit (`after_commit`), so what they write commits or rolls back with the change itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session


@dataclass(frozen=True, slots=True)
class StageChanged:
    contact_id: int
    from_stage: str | None
    to_stage: str
    reason: str
    actor: str
    at: datetime
    event_id: int | None = None


@dataclass(frozen=True, slots=True)
class EventRecorded:
    event_id: int
    type: str
    contact_id: int | None
    account_id: int | None
    email: str | None
    url: str | None
    occurred_at: datetime
    properties: dict[str, Any]
    origin: str


@dataclass(frozen=True, slots=True)
class OutOfOffice:
    """An automatic reply says the person is away (until `until`, when it says so)."""

    contact_id: int
    until: datetime | None
    at: datetime


StageListener = Callable[[Session, StageChanged], None]
OutOfOfficeListener = Callable[[Session, OutOfOffice], None]
EventListener = Callable[[Session, EventRecorded, datetime], None]

_stage_listeners: list[StageListener] = []
_event_listeners: list[EventListener] = []
_after_commit: list[Callable[[], None]] = []
_ooo_listeners: list[OutOfOfficeListener] = []


def on_out_of_office(listener: OutOfOfficeListener) -> OutOfOfficeListener:
    if listener not in _ooo_listeners:
        _ooo_listeners.append(listener)
    return listener


def out_of_office(session: Session, notice: OutOfOffice) -> None:
    for listener in list(_ooo_listeners):
        listener(session, notice)


def on_stage_change(listener: StageListener) -> StageListener:
    if listener not in _stage_listeners:
        _stage_listeners.append(listener)
    return listener


def on_event(listener: EventListener) -> EventListener:
    if listener not in _event_listeners:
        _event_listeners.append(listener)
    return listener


def on_alerts_created(listener: Callable[[], None]) -> Callable[[], None]:
    """Called after a commit that created alerts (the server's sender delivers them at once)."""
    if listener not in _after_commit:
        _after_commit.append(listener)
    return listener


def remove_alerts_listener(listener: Callable[[], None]) -> None:
    if listener in _after_commit:
        _after_commit.remove(listener)


def stage_changed(session: Session, change: StageChanged) -> None:
    for listener in list(_stage_listeners):
        listener(session, change)


def event_recorded(session: Session, event: EventRecorded, now: datetime) -> None:
    for listener in list(_event_listeners):
        listener(session, event, now)


def alerts_created() -> None:
    for listener in list(_after_commit):
        try:
            listener()
        except Exception:  # a wake-up call must never fail the request that made the alert
            pass
