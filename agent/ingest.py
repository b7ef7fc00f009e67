"""Storing what collectors found: events (deduplicated) and collector snapshots, in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert as sa_insert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, func, select

from agent.store.db import Database
from agent.store.models import Signal, SignalStatus, Snapshot
from signals.model import SignalEvent, utcnow


#: Sources with at most this many snapshots load them all in one query on first use.
PRELOAD_MAX = 20_000


class DbSnapshots:
    """SnapshotStore over the `snapshot` table; writes are flushed with the events they explain."""

    def __init__(self, db: Database, source: str) -> None:
        self.db = db
        self.source = source
        self.pending: dict[str, Any] = {}
        self.loaded: dict[str, Any] | None = None
        self._sized = False

    def preload(self) -> None:
        """Read every snapshot of the source in one query (for callers that touch most of them)."""
        with self.db.session() as session:
            self.loaded = {
                row.key: row.data
                for row in session.exec(select(Snapshot).where(Snapshot.source == self.source)).all()
            }

    def get(self, key: str) -> Any | None:
        if key in self.pending:
            return self.pending[key]
        if self.loaded is None and not self._sized:
            # One query for a source's whole snapshot set beats one per key, up to a size.
            self._sized = True
            with self.db.session() as session:
                rows = session.exec(
                    select(func.count()).select_from(Snapshot).where(Snapshot.source == self.source)
                ).one()
            if rows <= PRELOAD_MAX:
                self.preload()
        if self.loaded is not None:
            return self.loaded.get(key)
        with self.db.session() as session:
            row = session.exec(
                select(Snapshot).where(Snapshot.source == self.source, Snapshot.key == key)
            ).first()
            return row.data if row else None

    def get_many(self, keys: list[str]) -> dict[str, Any]:
        """Several snapshots in one query per thousand keys (collectors batch their lookups)."""
        found: dict[str, Any] = {k: self.pending[k] for k in keys if k in self.pending}
        missing = [k for k in keys if k not in found]
        if self.loaded is not None:
            found.update({k: self.loaded[k] for k in missing if k in self.loaded})
            return found
        with self.db.session() as session:
            for start in range(0, len(missing), 1000):
                chunk = missing[start : start + 1000]
                found.update(
                    (row.key, row.data)
                    for row in session.exec(
                        select(Snapshot).where(Snapshot.source == self.source, col(Snapshot.key).in_(chunk))
                    ).all()
                )
        return found

    def put(self, key: str, value: Any) -> None:
        self.pending[key] = value

    def flush(self, session: Session) -> None:
        keys = list(self.pending)
        rows: dict[str, Snapshot] = {}
        for start in range(0, len(keys), 1000):
            chunk = keys[start : start + 1000]
            rows.update(
                (row.key, row)
                for row in session.exec(
                    select(Snapshot).where(Snapshot.source == self.source, col(Snapshot.key).in_(chunk))
                ).all()
            )
        for key, value in self.pending.items():
            row = rows.get(key)
            if row is None:
                session.add(Snapshot(source=self.source, key=key, data=value))
            else:
                row.data = value
                row.updated_at = utcnow()
                session.add(row)
        self.pending.clear()


def insert_ignore(db: Database):  # type: ignore[no-untyped-def]
    if db.engine.dialect.name == "postgresql":
        return pg_insert
    if db.engine.dialect.name == "sqlite":
        return sqlite_insert
    return sa_insert


def store_events(db: Database, session: Session, events: Sequence[SignalEvent]) -> list[int]:
    """Insert events, skipping any whose dedup key is already stored. Returns the new ids."""
    if not events:
        return []
    rows = []
    seen: set[str] = set()
    for event in events:
        key = event.dedup_key
        if key in seen:
            continue
        seen.add(key)
        rows.append(
            {
                "kind": event.kind.value,
                "source": event.source,
                "dedup_key": key,
                "ref": event.ref,
                "occurred_at": event.occurred_at,
                "url": event.url,
                "title": event.title[:1000],
                "excerpt": event.excerpt,
                "company_name": event.company_name,
                "company_domain": event.company_domain,
                "facts": event.facts,
                "evidence": [e.model_dump() for e in event.evidence()],
                "hints": event.hints,
                "strength": event.strength,
                "stale": event.stale,
                "status": SignalStatus.NEW.value,
                "score_reasons": [],
                "created_at": utcnow(),
            }
        )
    insert = insert_ignore(db)
    existing = set(
        session.exec(select(Signal.dedup_key).where(col(Signal.dedup_key).in_(list(seen)))).all()
    ) if len(seen) <= 5000 else set()
    fresh = [r for r in rows if r["dedup_key"] not in existing]
    if not fresh:
        return []
    stmt = insert(Signal).on_conflict_do_nothing(index_elements=["dedup_key"])  # type: ignore[attr-defined]
    session.execute(stmt, fresh)
    keys = [r["dedup_key"] for r in fresh]
    ids: list[int] = []
    for start in range(0, len(keys), 5000):
        chunk = keys[start : start + 5000]
        ids.extend(
            i for i in session.exec(select(Signal.id).where(col(Signal.dedup_key).in_(chunk))).all() if i
        )
    return ids


