"""Visitor ids (Segment userId / anonymousId) known to be a person: looked up before a Segment
request is mapped, and remembered after, so a later anonymous page view is attached to them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col, select

from agent.store.db import Database
from agent.store.models import Identity

_CHUNK = 500


def known_identities(db: Database, keys: Iterable[str]) -> dict[str, str]:
    wanted = sorted(set(keys))
    found: dict[str, str] = {}
    if not wanted:
        return found
    with db.session() as session:
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            for key, email in session.exec(select(Identity.key, Identity.email).where(col(Identity.key).in_(chunk))).all():
                found[key] = email
    return found


def remember_identities(db: Database, identities: Mapping[str, str], *, now: datetime) -> None:
    """Store (or correct: the newest identify wins) each id -> e-mail, in one transaction."""
    if not identities:
        return
    rows = [{"key": key[:300], "email": email, "created_at": now} for key, email in sorted(identities.items())]
    with db.session() as session:
        insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        statement = insert(Identity)
        session.execute(
            statement.on_conflict_do_update(index_elements=["key"], set_={"email": statement.excluded.email}), rows
        )
        session.commit()
