"""The store: migrations match the models, run on start, and the UNIQUE keys hold, on both backends."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

import agent.store.models  # noqa: F401 - registers the tables
from agent.store.db import open_database
from agent.store.models import Contact, Account, Draft, Outbox, Signal
from signals.model import utcnow


def test_migrations_create_exactly_the_models(db_url: str) -> None:
    db = open_database(db_url)
    with db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    db.dispose()
    assert diffs == [], f"the models changed without a migration: {diffs}"


def test_upgrade_is_idempotent(db_url: str) -> None:
    open_database(db_url).dispose()
    open_database(db_url).dispose()  # a second start finds the schema at head


def _signal(key: str) -> Signal:
    return Signal(kind="funding", source="s", dedup_key=key, ref=key, occurred_at=utcnow(), title="t")


def test_unique_keys_make_duplicates_impossible(db_url: str) -> None:
    db = open_database(db_url)
    with db.session() as session:
        account = Account(name="Acme", domain="acme.example")
        session.add(account)
        session.add(_signal("k1"))
        session.commit()
        session.add(_signal("k1"))
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
        signal = session.get(Signal, 1)
        contact = Contact(first_name="Dana", email="dana@acme.example", account_id=account.id)
        session.add(contact)
        session.commit()
        draft = Draft(signal_id=signal.id, account_id=account.id, contact_id=contact.id, subject="s", body="b")
        session.add(draft)
        session.commit()
        # One draft per signal and recipient: routing the signal again is a no-op.
        session.add(Draft(signal_id=signal.id, account_id=account.id, contact_id=contact.id, subject="s2", body="b2"))
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
        # One draft per sequence step of an enrolment.
        for subject in ("step", "step again"):
            session.add(Draft(kind="sequence", enrollment_id=7, step=1, account_id=account.id,
                              contact_id=contact.id, subject=subject, body="b"))
            if subject == "step":
                session.commit()
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
        session.add(Outbox(draft_id=draft.id, to_email="a@acme.example"))
        session.commit()
        session.add(Outbox(draft_id=draft.id, to_email="a@acme.example"))
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
    db.dispose()


def test_times_come_back_timezone_aware(db_url: str) -> None:
    db = open_database(db_url)
    with db.session() as session:
        session.add(_signal("tz"))
        session.commit()
    with db.session() as session:
        row = session.get(Signal, 1)
        assert row is not None and row.occurred_at.tzinfo is not None
    db.dispose()
