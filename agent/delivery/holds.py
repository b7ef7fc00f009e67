"""Why an approved message waits: frequency caps, the recipient's send window, an inbox nobody
has read. Asked by the sender under its claim, so what it reads cannot change before the claim
commits (SQLite: the write lock of BEGIN IMMEDIATE; PostgreSQL: a transaction advisory lock).
"""

from __future__ import annotations

import zlib
from datetime import datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, text
from sqlmodel import Session, col, select

from agent.delivery.caps import Caps, Decision, History, Recipient, SendWindow, decide
from agent.delivery.zones import load_zone, recipient_zone
from agent.inbox.health import blind_reason
from agent.store.models import Account, Contact, Draft, DraftKind, Outbox, OutboxState

if TYPE_CHECKING:
    from agent.config import SendingConfig
    from agent.workspace import Workspace

#: Every claim takes this PostgreSQL advisory lock for its transaction: the caps read what other
#: claims committed, and two senders cannot both pass a cap. Claims are short (no network), so
#: one lock for all of them costs little.
CLAIM_LOCK_KEY = zlib.crc32(b"outrider.outbox.claim")
#: States in which a message counts as handed to the server (an unknown one may have gone out).
HANDED_OVER = (OutboxState.SENDING, OutboxState.SENT, OutboxState.UNKNOWN)
#: A sequence step held for a blind inbox is looked at again after this long.
BLIND_RECHECK = timedelta(minutes=5)


def lock_claims(session: Session) -> None:
    """Serialise claims. SQLite's write session holds the database's write lock already."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CLAIM_LOCK_KEY})


@lru_cache(maxsize=32)
def _rules(window: str, per_contact: int, engaged: int, engaged_score: float, per_account: int | None,
           daily: int | None, zone: str) -> tuple[SendWindow, Caps]:
    caps = Caps(
        per_contact_per_week=per_contact,
        engaged_per_week=engaged,
        engaged_score=engaged_score,
        per_account_per_day=per_account,
        daily_limit=daily,
        sender_zone=load_zone(zone) or load_zone("UTC"),  # type: ignore[arg-type]
    )
    return SendWindow.parse(window), caps


def rules_of(config: SendingConfig) -> tuple[SendWindow, Caps]:
    return _rules(
        config.window,
        config.max_per_contact_per_week,
        config.engaged_max_per_week,
        config.engaged_score,
        config.max_per_account_per_day,
        config.daily_limit,
        config.timezone,
    )


def _handed_over_since(session: Session, since: datetime, *conditions: object) -> list[datetime]:
    query = (
        select(Outbox.claimed_at)
        .join(Draft, col(Draft.id) == Outbox.draft_id)
        .where(col(Outbox.state).in_([str(s) for s in HANDED_OVER]))
        .where(col(Outbox.claimed_at).is_not(None))
        .where(col(Outbox.claimed_at) >= since)
    )
    for condition in conditions:
        query = query.where(condition)  # type: ignore[arg-type]
    return [at for at in session.exec(query).all() if at is not None]


def hold_for(session: Session, ws: Workspace, *, row: Outbox, draft: Draft, now: datetime) -> Decision:
    """Send now, or not before when, and why. Reads only; the caller writes the outcome."""
    if draft.kind == DraftKind.SEQUENCE:
        blind = blind_reason(session, ws, now=now)
        if blind is not None:
            return Decision(not_before=now + BLIND_RECHECK, reason=blind)
    config = ws.config.sending
    window, caps = rules_of(config)
    contact = session.get(Contact, draft.contact_id) if draft.contact_id else None
    account = session.get(Account, draft.account_id) if draft.account_id else None
    zone, _source = recipient_zone(
        contact_timezone=contact.timezone if contact else None,
        country=account.country if account else None,
        default=config.timezone,
    )
    others = col(Outbox.id) != row.id
    to_person = func.lower(Outbox.to_email) == row.to_email.strip().lower()
    if draft.contact_id:
        to_person = or_(to_person, col(Draft.contact_id) == draft.contact_id)
    history = History(
        contact=_handed_over_since(session, now - timedelta(days=7), others, to_person),
        account=(
            _handed_over_since(session, now - timedelta(days=2), others, col(Draft.account_id) == draft.account_id)
            if caps.per_account_per_day is not None and draft.account_id
            else ()
        ),
        mailbox=(
            _handed_over_since(session, now - timedelta(days=2), others) if caps.daily_limit is not None else ()
        ),
    )
    name = (contact.first_name if contact and contact.first_name else None) or row.to_email
    recipient = Recipient(name=name, zone=zone, score=float(contact.score) if contact else 0.0)
    return decide(recipient=recipient, window=window, caps=caps, history=history, now=now)
