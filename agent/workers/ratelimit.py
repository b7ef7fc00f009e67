"""A rate limit shared through the database by every worker process: one row per name holds the
next free moment. Taking a slot is one short transaction; the wait happens after it, outside any
transaction (a sleep inside one would hold a row lock for seconds)."""

from __future__ import annotations

import time

from sqlmodel import select

from agent.store.db import Database
from agent.store.models import RateSlot


def take_slot(db: Database, name: str, per_minute: float, *, now: float | None = None) -> float:
    """Reserve the next slot of `name` (at most `per_minute` a minute across every process).
    Returns how many seconds the caller must wait before it may start."""
    if per_minute <= 0:
        return 0.0
    interval = 60.0 / per_minute
    now = time.time() if now is None else now
    from agent.pipeline import _insert_ignore_for

    with db.write_session() as session:
        insert = _insert_ignore_for(session)
        session.execute(
            insert(RateSlot).values(name=name, next_at=0.0).on_conflict_do_nothing(index_elements=["name"])  # type: ignore[attr-defined]
        )
        query = select(RateSlot).where(RateSlot.name == name)
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update()
        row = session.exec(query.execution_options(populate_existing=True)).one()
        start = max(row.next_at, now)
        row.next_at = start + interval
        session.add(row)
        session.commit()
    return max(start - now, 0.0)


def wait_for_slot(db: Database, name: str, per_minute: float) -> float:
    """Take a slot and sleep until it comes. Returns the seconds waited."""
    delay = take_slot(db, name, per_minute)
    if delay > 0:
        time.sleep(delay)
    return delay
