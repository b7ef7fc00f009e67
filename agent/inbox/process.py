"""Acting on one classified message from the inbox, once.

Match it to what we sent (In-Reply-To/References against the stored Message-ID, then the sender's
address), then: a reply becomes a `reply` event and an alert to the owner; an unsubscribe request
and a hard bounce become events that suppress the address; a soft bounce puts the message back in
the outbox for later; an out-of-office notice pauses the lead's sequences (`hooks.out_of_office`);
anything else is recorded. Every step is idempotent, so a message read twice (a crash between two
steps, two pollers) does nothing twice.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from agent.delivery.caps import start_of_day
from agent.delivery.sender import record_draft_status
from agent.delivery.zones import recipient_zone
from agent.leads import hooks
from agent.store.models import (
    Account,
    Alert,
    Contact,
    Draft,
    DraftStatus,
    EngagementEvent,
    InboxMessage,
    Outbox,
    OutboxState,
)
from signals.engagement import MAX_ID_CHARS, EngagementIn
from signals.mail import Mail, MailKind
from signals.model import as_utc

if TYPE_CHECKING:
    from agent.workspace import Workspace

log = logging.getLogger("outrider.inbox")

ORIGIN = "inbox"
ACTOR = "outrider inbox"
#: A soft-bounced message is tried again after this long (a full mailbox, a greylisting server).
SOFT_BOUNCE_RETRY = timedelta(hours=4)


@dataclass
class Match:
    outbox: Outbox | None = None
    draft: Draft | None = None
    contact: Contact | None = None
    account: Account | None = None
    how: str | None = None


def _insert_for(session: Session):  # type: ignore[no-untyped-def]
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def match(session: Session, mail: Mail) -> Match:
    """What we sent that this message is about, and who it is from."""
    found = Match()
    refs = mail.refs
    if refs:
        rows = {r.message_id: r for r in session.exec(select(Outbox).where(col(Outbox.message_id).in_(refs))).all()}
        for ref in refs:
            if ref in rows:
                found.outbox = rows[ref]
                found.how = "returned message" if mail.bounce and ref == mail.bounce.original_message_id else "in-reply-to"
                break
    if found.outbox is not None:
        found.draft = session.get(Draft, found.outbox.draft_id)
        if found.draft is not None and found.draft.contact_id:
            found.contact = session.get(Contact, found.draft.contact_id)
        if found.contact is None:
            found.contact = _contact_by_email(session, found.outbox.to_email)
    else:
        if mail.bounce is not None:
            address, how = (mail.bounce.recipients[0] if mail.bounce.recipients else None), "bounced address"
        else:
            address, how = mail.from_email, "sender address"
        found.contact = _contact_by_email(session, address)
        found.how = how if found.contact is not None else None
    if found.contact is not None and found.contact.account_id:
        found.account = session.get(Account, found.contact.account_id)
    return found


def _contact_by_email(session: Session, address: str | None) -> Contact | None:
    if not address:
        return None
    return session.exec(select(Contact).where(Contact.email == address.strip().lower())).first()


def event_key(mail: Mail, fallback: str) -> str:
    """The idempotency key of the event a message makes: its Message-ID (else where it lies)."""
    key = mail.message_id or fallback
    if len(key) > MAX_ID_CHARS - 10:
        key = "sha256:" + hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()
    return key


def _record(ws: Workspace, *, key: str, type_: str, email: str, mail: Mail, properties: dict[str, Any], now: datetime) -> int | None:
    """Store one engagement event (scoring, stages, the sequence engine hear of it); its id."""
    from agent.services.leads import record_events

    occurred = min(as_utc(mail.sent_at), now) if mail.sent_at else now
    event = EngagementIn(id=key, type=type_, email=email, occurred_at=occurred, properties=properties)  # type: ignore[arg-type]
    result = record_events(ws, events=[event], origin=ORIGIN, now=now)
    if result.event_ids:
        return result.event_ids[0]
    with ws.db.session() as session:  # read before (a second read of the same message)
        return session.exec(select(EngagementEvent.id).where(EngagementEvent.key == f"{ORIGIN}:{key}")).first()


def _alert_owner(session: Session, ws: Workspace, *, contact: Contact, account: Account | None, event_id: int, now: datetime) -> list[str]:
    from agent.delivery.alerts import channels_for

    channels = channels_for(ws, contact, account)
    insert = _insert_for(session)
    for channel in channels:
        session.execute(
            insert(Alert)
            .values(kind="reply", ref_id=event_id, contact_id=contact.id, channel=channel, state="pending",
                    attempts=0, created_at=now)
            .on_conflict_do_nothing(index_elements=["kind", "ref_id", "channel"])
        )
    return channels


def _soft_bounce(session: Session, ws: Workspace, found: Match, mail: Mail, *, now: datetime) -> str:
    """Put a soft-bounced message back in the outbox, or give up after [delivery] max_attempts.

    A soft bounce (a delivery report that *failed* with a 4.x.x status) proves the message was
    not delivered, so queueing it again cannot make a second delivery: this is the one case where
    a row that left `sent` goes back to `queued` without a person deciding.
    """
    row, draft = found.outbox, found.draft
    if row is None or draft is None or found.how not in ("returned message", "in-reply-to"):
        return "not matched to a message we sent; nothing to retry"
    status = mail.bounce.status if mail.bounce else ""
    why = f"soft bounce {status}: {(mail.bounce.diagnostic if mail.bounce else '')[:200]}".strip()
    gave_up = row.attempts >= ws.config.delivery.max_attempts
    values: dict[str, Any] = (
        {"state": OutboxState.FAILED, "error": f"{why} (gave up after {row.attempts} attempts)", "next_attempt_at": None}
        if gave_up
        else {"state": OutboxState.QUEUED, "error": why, "next_attempt_at": now + SOFT_BOUNCE_RETRY, "sent_at": None}
    )
    result = session.execute(
        update(Outbox)
        .where(col(Outbox.id) == row.id)
        .where(col(Outbox.state) == OutboxState.SENT)
        .where(col(Outbox.message_id) == row.message_id)
        .values(**values)
    )
    if int(result.rowcount or 0) != 1:  # type: ignore[attr-defined]
        return f"outbox #{row.id} is {row.state} now; left as it is"
    record_draft_status(
        session,
        draft_id=draft.id or 0,
        to_status=DraftStatus.SEND_FAILED if gave_up else DraftStatus.APPROVED,
        actor=ACTOR,
        action="soft_bounce",
        reason=values["error"],
        now=now,
    )
    if gave_up:
        return f"outbox #{row.id} failed: {values['error']}"
    return f"outbox #{row.id} queued again for {values['next_attempt_at']:%Y-%m-%d %H:%M} UTC"


def handle(ws: Workspace, *, mailbox: str, uidvalidity: int, uid: int, mail: Mail, now: datetime) -> InboxMessage | None:
    """Act on one message and record it. None when it was processed before."""
    with ws.db.session() as session:
        done = session.exec(
            select(InboxMessage.id)
            .where(InboxMessage.mailbox == mailbox)
            .where(InboxMessage.uidvalidity == uidvalidity)
            .where(InboxMessage.uid == uid)
        ).first()
        if done is not None:
            return None
        twin = (
            session.exec(
                select(InboxMessage).where(InboxMessage.mailbox == mailbox).where(InboxMessage.message_id == mail.message_id)
            ).first()
            if mail.message_id
            else None
        )
        found = match(session, mail) if twin is None else Match()
    row = InboxMessage(
        mailbox=mailbox,
        uidvalidity=uidvalidity,
        uid=uid,
        message_id=(mail.message_id or "")[:300] or None,
        kind=mail.kind,
        outcome="",
        reason=mail.reason[:2000],
        from_email=mail.from_email,
        subject=mail.subject[:1000],
        matched_by=found.how,
        contact_id=found.contact.id if found.contact else None,
        outbox_id=found.outbox.id if found.outbox else None,
        sent_at=mail.sent_at,
        processed_at=now,
    )
    fallback = f"{mailbox}:{uidvalidity}:{uid}"
    alerts: list[str] = []
    with ws.db.write_session() as session:
        outcome, event_id, alerts = _act(session, ws, mail, found, twin=twin, key=event_key(mail, fallback), now=now)
        row.outcome, row.event_id = outcome, event_id
        insert = _insert_for(session)
        values = {k: v for k, v in row.model_dump().items() if k != "id"}
        session.execute(insert(InboxMessage).values(**values).on_conflict_do_nothing(
            index_elements=["mailbox", "uidvalidity", "uid"]))
        session.commit()
    if alerts:
        hooks.alerts_created()
    log.info("inbox %s uid %s: %s; %s", mailbox, uid, mail.kind, row.outcome)
    return row


def _act(
    session: Session, ws: Workspace, mail: Mail, found: Match, *, twin: InboxMessage | None, key: str, now: datetime
) -> tuple[str, int | None, list[str]]:
    """(what was done, the event id, alert channels). Events are stored first, in their own unit
    of work (`record_events`); the rest joins `session` and commits with the message's row.

    Each branch records its event before it touches `session`: on SQLite the session's first
    statement takes the write lock, which `record_events` needs for itself.
    """
    if twin is not None:
        return f"the same message (Message-ID) was read before as #{twin.id}; nothing done again", twin.event_id, []
    if mail.from_email and mail.from_email == ws.config.sender.email.lower() and mail.kind == MailKind.REPLY:
        return "sent by our own mailbox; nothing done", None, []
    contact, kind = found.contact, mail.kind
    who = f"{contact.first_name} ({contact.email})" if contact else None

    if kind == MailKind.REPLY:
        if contact is None:
            return "not from anyone we write to, nor a reply to our messages; nothing done", None, []
        properties = {
            "subject": mail.subject[:300],
            "snippet": mail.snippet,
            "message_id": mail.message_id,
            "in_reply_to": mail.in_reply_to[:1],
            "from": mail.from_email,
            "matched_by": found.how,
        }
        event_id = _record(ws, key=key, type_="reply", email=contact.email, mail=mail, properties=properties, now=now)
        if event_id is None:
            return f"reply from {who}: the event could not be stored", None, []
        channels = _alert_owner(session, ws, contact=contact, account=found.account, event_id=event_id, now=now)
        told = f"owner alerted by {', '.join(channels)}" if channels else "no alert channel configured"
        return f"reply from {who} recorded; {told}", event_id, channels

    if kind == MailKind.UNSUBSCRIBE:
        address = contact.email if contact else mail.from_email
        if not address:
            return "asks to unsubscribe, but names no address; nothing done", None, []
        properties = {"subject": mail.subject[:300], "snippet": mail.snippet, "message_id": mail.message_id}
        event_id = _record(ws, key=key, type_="unsubscribe", email=address, mail=mail, properties=properties, now=now)
        return f"unsubscribe request: {address} suppressed", event_id, []

    if kind in (MailKind.BOUNCE_HARD, MailKind.BOUNCE_SOFT):
        bounce = mail.bounce
        address = (
            (found.outbox.to_email if found.outbox else None)
            or (bounce.recipients[0] if bounce and bounce.recipients else None)
            or (contact.email if contact else None)
        )
        hard = kind == MailKind.BOUNCE_HARD
        if not address:
            return "a bounce that names no recipient; nothing done", None, []
        properties = {
            "bounce_type": "hard" if hard else "soft",
            "status": bounce.status if bounce else "",
            "diagnostic": (bounce.diagnostic if bounce else "")[:500],
            "message_id": bounce.original_message_id if bounce else None,
        }
        event_id = _record(ws, key=key, type_="bounce", email=address.lower(), mail=mail, properties=properties, now=now)
        if hard:
            return f"hard bounce ({properties['status'] or 'no status'}): {address} suppressed", event_id, []
        return f"soft bounce ({properties['status']}) for {address}: {_soft_bounce(session, ws, found, mail, now=now)}", event_id, []

    if kind == MailKind.OUT_OF_OFFICE:
        if contact is None:
            return "out of office, from nobody we write to; nothing done", None, []
        until = None
        if mail.back_on is not None:
            zone, _source = recipient_zone(
                contact_timezone=contact.timezone,
                country=found.account.country if found.account else None,
                default=ws.config.sending.timezone,
            )
            until = start_of_day(mail.back_on, zone)
        hooks.out_of_office(session, hooks.OutOfOffice(contact_id=contact.id or 0, until=until, at=now))
        if until is None:
            return f"{who} is out of office (no return date given); their sequences were told", None, []
        return f"{who} is out of office until {mail.back_on:%a %d %b %Y}; their sequences pause until then", None, []

    if kind == MailKind.AUTO_REPLY:
        return "an automatic reply; recorded, nothing done", None, []
    if kind == MailKind.DELIVERY_NOTICE:
        return "a delivery notice (delayed or delivered); recorded, nothing done", None, []
    return f"could not be read: {mail.reason}; nothing done", None, []
