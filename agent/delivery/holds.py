"""Why an approved message waits: frequency caps, the recipient's send window, an inbox nobody
has read. Asked by the sender under its claim, so what it reads cannot change before the claim
commits (SQLite: the write lock of BEGIN IMMEDIATE; PostgreSQL: a transaction advisory lock).
"""

from __future__ import annotations

import zlib
from datetime import datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, or_, text
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


# Built once: a claim runs these for every message, and building SQLAlchemy expressions costs more
# than running them. The history query starts from the indexed draft columns (contact, account),
# so it reads that person's and that account's rows, not the whole outbox.
_COUNTRY = select(Account.country).where(col(Account.id) == bindparam("account_id"))
_PERSON = select(
    Contact.first_name, Contact.timezone, Contact.score, _COUNTRY.scalar_subquery().label("country")
).where(col(Contact.id) == bindparam("contact_id"))
_RECENT = (
    select(Outbox.claimed_at, Draft.contact_id, Draft.account_id)
    .join(Outbox, col(Outbox.draft_id) == Draft.id)
    .where(or_(col(Draft.contact_id) == bindparam("contact_id"), col(Draft.account_id) == bindparam("account_id")))
    .where(col(Outbox.state).in_([str(s) for s in HANDED_OVER]))
    .where(col(Outbox.claimed_at) >= bindparam("since"))
    .where(col(Outbox.id) != bindparam("outbox_id"))
)
_RECENT_TO = (
    select(Outbox.claimed_at)
    .where(col(Outbox.to_email) == bindparam("to_email"))
    .where(col(Outbox.state).in_([str(s) for s in HANDED_OVER]))
    .where(col(Outbox.claimed_at) >= bindparam("since"))
    .where(col(Outbox.id) != bindparam("outbox_id"))
)
_MAILBOX = (
    select(Outbox.claimed_at)
    .where(col(Outbox.state).in_([str(s) for s in HANDED_OVER]))
    .where(col(Outbox.claimed_at) >= bindparam("since"))
    .where(col(Outbox.id) != bindparam("outbox_id"))
)


def _history(session: Session, *, row: Outbox, draft: Draft, now: datetime, caps: Caps) -> History:
    params = {"since": now - timedelta(days=7), "outbox_id": row.id}
    contact: list[datetime] = []
    account: list[datetime] = []
    if draft.contact_id:
        day_ago = now - timedelta(days=2)  # a local day began at most ~26 hours ago
        for at, contact_id, account_id in session.execute(
            _RECENT, {**params, "contact_id": draft.contact_id, "account_id": draft.account_id or -1}
        ).all():
            if at is None:
                continue
            if contact_id == draft.contact_id:
                contact.append(at)
            if account_id == draft.account_id and at >= day_ago:
                account.append(at)
    else:  # no contact row: the address is the person
        contact = [at for (at,) in session.execute(_RECENT_TO, {**params, "to_email": row.to_email}).all() if at]
    mailbox: list[datetime] = []
    if caps.daily_limit is not None:
        mailbox = [at for (at,) in session.execute(_MAILBOX, {**params, "since": now - timedelta(days=2)}).all() if at]
    return History(contact=contact, account=account if caps.per_account_per_day is not None else (), mailbox=mailbox)


def hold_for(session: Session, ws: Workspace, *, row: Outbox, draft: Draft, now: datetime) -> Decision:
    """Send now, or not before when, and why. Reads only; the caller writes the outcome."""
    if draft.kind == DraftKind.SEQUENCE:
        blind = blind_reason(session, ws, now=now)
        if blind is not None:
            return Decision(not_before=now + BLIND_RECHECK, reason=blind)
    config = ws.config.sending
    window, caps = rules_of(config)
    ids = {"contact_id": draft.contact_id, "account_id": draft.account_id or -1}
    person = session.execute(_PERSON, ids).first() if draft.contact_id else None
    country = person.country if person else session.execute(_COUNTRY, ids).scalar()
    zone, _source = recipient_zone(
        contact_timezone=person.timezone if person else None, country=country, default=config.timezone
    )
    name = (person.first_name if person and person.first_name else None) or row.to_email
    recipient = Recipient(name=name, zone=zone, score=float(person.score or 0) if person else 0.0)
    history = _history(session, row=row, draft=draft, now=now, caps=caps)
    return decide(recipient=recipient, window=window, caps=caps, history=history, now=now)
