"""The inbox for the CLI, the scheduler and the UI: poll the `[inbox]` mailbox, list what was
read, and its health.

A poll reads only new messages (UIDs above the cursor kept for the folder's UIDVALIDITY; on the
first poll, those of the last `lookback_days`), classifies each (`signals.mail`), acts on it once
(`agent.inbox.process`) and advances the cursor only past what was processed. A poll that cannot
reach the mailbox marks the inbox degraded, then unhealthy; while it is unread for longer than
`max_blind_minutes`, the sender holds sequence steps.
"""

from __future__ import annotations

import logging
import ssl
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from agent.inbox.health import INBOX_SOURCE, INBOX_TYPE, blind_for, health_of
from agent.inbox.imap import InboxUnavailable, Mailbox
from agent.inbox.process import handle
from agent.services.queue import QueueError
from agent.store.models import CollectorState, InboxMessage, SourceHealth
from signals.mail import read_mail
from signals.model import as_utc, utcnow

if TYPE_CHECKING:
    from agent.workspace import Workspace

log = logging.getLogger("outrider.inbox")


class InboxNotConfigured(QueueError):
    """No [inbox] section: there is no mailbox to read."""


@dataclass
class PollReport:
    read: int = 0
    #: Messages read before (a second poller, a reset cursor): skipped.
    already: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: Why the mailbox could not be read, if it could not.
    error: str | None = None
    health: str = SourceHealth.NEVER

    def as_json(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "already": self.already,
            "kinds": dict(self.kinds),
            "lines": list(self.lines),
            "problems": list(self.problems),
            "error": self.error,
            "health": self.health,
        }


def _insert_for(session: Session):  # type: ignore[no-untyped-def]
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def _state(session: Session) -> CollectorState:
    """The inbox's row, created if missing (two first polls at once must not collide)."""
    session.execute(
        _insert_for(session)(CollectorState)
        .values(source=INBOX_SOURCE, type=INBOX_TYPE, state={}, last_problems=[], health=SourceHealth.NEVER,
                consecutive_failures=0, last_event_count=0)
        .on_conflict_do_nothing(index_elements=["source"])
    )
    row = session.get(CollectorState, INBOX_SOURCE)
    assert row is not None
    return row


def _save(ws: Workspace, *, now: datetime, cursor: dict[str, Any] | None = None, error: str | None = None,
          processed: int = 0, problems: list[str] | None = None, done: bool = False) -> str:
    """Record a poll's progress (cursor), its end (done) or its failure; returns the health."""
    with ws.db.write_session() as session:
        row = _state(session)
        if cursor is not None:
            row.state = dict(cursor)
        if error is not None:
            row.consecutive_failures += 1
            row.last_error = error[:2000]
            row.last_run_at = now
        elif done:
            row.consecutive_failures = 0
            row.last_error = None
            row.last_run_at = now
            row.last_success_at = now
            row.last_event_count = processed
            row.last_problems = [{"where": "inbox", "reason": p} for p in (problems or [])[-50:]]
        row.type = INBOX_TYPE
        row.health = health_of(row, max_blind_minutes=ws.config.inbox.max_blind_minutes if ws.config.inbox else 30, now=now)
        session.add(row)
        session.commit()
        return row.health


def poll(ws: Workspace, *, now: datetime | None = None, ssl_context: ssl.SSLContext | None = None) -> PollReport:
    """Read what is new in the inbox and act on each message once."""
    config = ws.config.inbox
    if config is None:
        raise InboxNotConfigured(f"there is no [inbox] section in {ws.config_path}; add one to read replies")
    now = as_utc(now) if now is not None else utcnow()
    report = PollReport()
    with ws.db.session() as session:
        existing = session.get(CollectorState, INBOX_SOURCE)
        cursor = dict(existing.state or {}) if existing is not None else {}
    try:
        with Mailbox(config, ws.settings.imap_password, ssl_context=ssl_context) as box:
            validity = box.select()
            fresh = cursor.get("mailbox") != box.key or cursor.get("uidvalidity") != validity
            last_uid = 0 if fresh else int(cursor.get("last_uid") or 0)
            since = (now - timedelta(days=config.lookback_days)).date() if fresh else None
            if fresh and cursor:
                report.lines.append(
                    f"the mailbox changed (UIDVALIDITY {cursor.get('uidvalidity')} -> {validity}); "
                    f"reading the last {config.lookback_days} days again (nothing is processed twice)"
                )
            uids = box.uids_after(last_uid, since=since)
            if len(uids) > config.max_messages:
                report.lines.append(f"{len(uids)} new messages; reading {config.max_messages} now, the rest next poll")
                uids = uids[: config.max_messages]
            cursor = {"mailbox": box.key, "uidvalidity": validity, "last_uid": last_uid}
            stuck = False
            for fetched in box.fetch(uids, max_bytes=config.max_message_bytes):
                mail = read_mail(fetched.raw, received=fetched.internal_date or now, max_bytes=config.max_message_bytes)
                if fetched.size > config.max_message_bytes:
                    mail.truncated = True
                try:
                    done = handle(ws, mailbox=box.key, uidvalidity=validity, uid=fetched.uid, mail=mail, now=now)
                except Exception as exc:  # one message must not stop the others
                    log.exception("inbox uid %s could not be processed", fetched.uid)
                    report.problems.append(f"uid {fetched.uid} ({mail.subject[:60]!r}): {type(exc).__name__}: {exc}"[:300])
                    stuck = True  # the cursor stays before it: the next poll tries it again
                    continue
                if done is None:
                    report.already += 1
                else:
                    report.read += 1
                    report.kinds[done.kind] += 1
                    report.lines.append(f"uid {fetched.uid} {done.kind}: {done.outcome}")
                if mail.kind == "unreadable":
                    report.problems.append(f"uid {fetched.uid}: {mail.reason}")
                if not stuck:
                    cursor["last_uid"] = fetched.uid
                    _save(ws, now=now, cursor=cursor)
    except InboxUnavailable as exc:
        report.error = exc.message
        report.health = _save(ws, now=now, error=exc.message)
        log.warning("inbox: %s", exc.message)
        return report
    report.health = _save(ws, now=now, cursor=cursor, processed=report.read, problems=report.problems, done=True)
    return report


def messages(ws: Workspace, *, kind: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """Messages read from the inbox, newest first, with what was done about each."""
    with ws.db.session() as session:
        query = select(InboxMessage).order_by(col(InboxMessage.processed_at).desc(), col(InboxMessage.id).desc()).limit(limit)
        if kind:
            query = query.where(InboxMessage.kind == kind)
        rows = session.exec(query).all()
    return [
        {
            "id": r.id,
            "uid": r.uid,
            "kind": r.kind,
            "from": r.from_email,
            "subject": r.subject,
            "outcome": r.outcome,
            "reason": r.reason,
            "matched_by": r.matched_by,
            "contact_id": r.contact_id,
            "outbox_id": r.outbox_id,
            "event_id": r.event_id,
            "sent_at": r.sent_at.isoformat() if r.sent_at else None,
            "processed_at": r.processed_at.isoformat(),
        }
        for r in rows
    ]


def health_row(ws: Workspace, *, now: datetime | None = None) -> dict[str, Any] | None:
    """The inbox as a row of `sources list` / the Sources page; None when no [inbox] is set."""
    config = ws.config.inbox
    if config is None:
        return None
    now = as_utc(now) if now is not None else utcnow()
    with ws.db.session() as session:
        state = session.get(CollectorState, INBOX_SOURCE)
    health = health_of(state, max_blind_minutes=config.max_blind_minutes, now=now)
    blind = blind_for(state, now)
    error = state.last_error if state else None
    if health == SourceHealth.UNHEALTHY and not error:
        error = (
            f"not read for {int(blind.total_seconds() // 60)} minutes (is the scheduler running?)"
            if blind is not None
            else "never read successfully"
        )
    return {
        "name": INBOX_SOURCE,
        "type": INBOX_TYPE,
        "every": "2m",
        "health": health,
        "last_run_at": state.last_run_at.isoformat() if state and state.last_run_at else None,
        "last_success_at": state.last_success_at.isoformat() if state and state.last_success_at else None,
        "consecutive_failures": state.consecutive_failures if state else 0,
        "last_error": error,
        "last_problems": state.last_problems if state else [],
        "last_event_count": state.last_event_count if state else 0,
    }
