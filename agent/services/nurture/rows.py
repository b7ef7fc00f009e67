"""Small helpers over enrolment rows shared by the nurture service modules (no business rules)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from agent.store.models import Contact, Enrollment, EnrollmentLog, EnrollmentState
from signals.model import as_utc
from signals.scoring import persona_match
from agent.services.nurture.programme import NurtureError


ACTOR = "outrider"
#: Who approves the later steps of a `review = "first"` sequence.
AUTO_ACTOR = "sequence:auto"
#: A title fits a persona from this match score on (as for choosing a signal's recipient).
PERSONA_MIN = 0.5
LIVE = [s.value for s in (EnrollmentState.ACTIVE, EnrollmentState.WAITING, EnrollmentState.PAUSED)]


def insert_for(session: Session):  # type: ignore[no-untyped-def]
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def iso(value: datetime | None) -> str | None:
    return as_utc(value).isoformat() if value is not None else None


def log_path(session: Session, enrollment_id: int, action: str, detail: str, now: datetime, *,
             step: int | None = None, draft_id: int | None = None, asset: str | None = None) -> None:
    session.add(EnrollmentLog(enrollment_id=enrollment_id, step=step, action=action, detail=detail,
                              draft_id=draft_id, asset=asset, at=now))


def persona_of(contact: Contact, personas: Sequence[str]) -> str | None:
    return _persona_for(contact.title, tuple(personas))


@functools.lru_cache(maxsize=4096)
def _persona_for(title: str | None, personas: tuple[str, ...]) -> str | None:
    # A pure function of the two (a tick asks it for thousands of leads with a few dozen titles).
    score, persona = persona_match(title, personas)
    return persona if persona is not None and score >= PERSONA_MIN else None


def contact_by_email(session: Session, email: str) -> Contact:
    email = (email or "").strip().lower()
    contact = session.exec(select(Contact).where(Contact.email == email)).first()
    if contact is None:
        raise NurtureError(f"there is no contact {email}; import it with `outrider contacts import`")
    return contact


def cas(session: Session, row: Enrollment, **values: Any) -> bool:
    """Compare-and-set one enrolment on its version; False when someone changed it first."""
    result = session.execute(
        update(Enrollment)
        .where(col(Enrollment.id) == row.id)
        .where(col(Enrollment.version) == row.version)
        .values(version=row.version + 1, **values)
        # Keep the caller's copy as it was read: it describes what the decision was made on.
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0) == 1  # type: ignore[attr-defined]
