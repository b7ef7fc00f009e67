"""Entering and leaving sequences: enrol and stop by hand, the exits and pauses that act inside the
transaction of the event or stage change that causes them (listeners on agent.leads.hooks)."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from agent.delivery.sender import find_suppression
from agent.leads import hooks
from agent.nurture import decide as nd
from agent.nurture.definitions import EXIT_STAGES, SEQUENCES_FILE, SequenceDef
from agent.services.auth import Actor, authorize_named
from agent.store.models import (
    Contact,
    Draft,
    DraftKind,
    DraftStatus,
    EngagementEvent,
    Enrollment,
    EnrollmentState,
    Outbox,
    OutboxState,
    ReviewEvent,
)
from signals.model import as_utc, utcnow
from agent.services.nurture.programme import NurtureError, Programme, load
from agent.services.nurture.rows import ACTOR, LIVE, cas, contact_by_email, iso, log_path

if TYPE_CHECKING:
    from agent.workspace import Workspace


log = logging.getLogger("outrider.nurture")

#: An out-of-office reply without a return date pauses for this long.
OOO_DEFAULT_DAYS = 7
_EXIT_TEXT = {
    nd.REPLIED: "the lead replied on {date}",
    nd.MEETING: "the lead booked a meeting on {date}",
    nd.UNSUBSCRIBED: "the lead unsubscribed on {date}",
    nd.BOUNCED: "an e-mail to the lead bounced on {date}",
}


def past_enrollments(session: Session, contact_ids: Iterable[int]) -> dict[int, list[Enrollment]]:
    wanted = sorted(set(contact_ids))
    found: dict[int, list[Enrollment]] = defaultdict(list)
    if wanted:
        for row in session.exec(select(Enrollment).where(col(Enrollment.contact_id).in_(wanted))).all():
            found[row.contact_id].append(row)
    return found


def entry_refusal(
    session: Session, contact: Contact, seq_name: str, programme: Programme, past: list[Enrollment],
    now: datetime, *, leaving: int | None = None,
) -> str | None:
    """Why `contact` may not enter `seq_name` now, or None. `leaving`: an enrolment about to end."""
    seq = programme.runnable(seq_name)
    if seq is None:
        return programme.why_not(seq_name)
    if contact.account_id is None:
        return "has no account; import its company as a watched account first (every draft belongs to one)"
    if contact.stage in EXIT_STAGES:
        return f"is {contact.stage}; that stage ends sequences"
    blocked = find_suppression(session, contact.email)
    if blocked is not None:
        return f"is suppressed ({blocked.kind} {blocked.value})"
    live = [p for p in past if p.state in LIVE and p.id != leaving]
    if live:
        return f"is already in sequence {live[0].sequence} (step {live[0].step}); stop it first with `outrider sequences stop`"
    return nd.may_enroll(
        seq, [nd.PastEnrollment(p.sequence, p.state, p.ended_at) for p in past if p.id != leaving], now
    )


def create_enrollment(session: Session, contact: Contact, seq: SequenceDef, past: list[Enrollment], *,
                      entered_by: str, now: datetime) -> Enrollment | None:
    """A new enrolment (the next round of this sequence for the lead). None if one appeared meanwhile."""
    rounds = [p.round for p in past if p.sequence == seq.name]
    row = Enrollment(
        contact_id=contact.id or 0,
        sequence=seq.name,
        round=max(rounds, default=0) + 1,
        state=EnrollmentState.ACTIVE,
        step=0,
        next_at=nd.step_due(seq, 1, now),
        entered_by=entered_by[:500],
        enrolled_at=now,
        updated_at=now,
    )
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:  # another process enrolled the same lead in the same round first
        return None
    log_path(session, row.id or 0, "enrolled", entered_by, now)
    past.append(row)
    return row


def enroll(ws: Workspace, *, emails: Sequence[str], sequence: str, actor: str | Actor,
           now: datetime | None = None) -> list[dict[str, Any]]:
    """Put leads into a sequence by hand. One result per address: enrolled, or the reason not.

    `actor` (here and in `stop`): a signed-in `Actor` must be a rep or an admin (`Forbidden`
    otherwise); a plain name is the local single user (blank: "a rep")."""
    now = as_utc(now) if now else utcnow()
    actor = authorize_named(actor, "enrol") or "a rep"
    programme = load(ws)
    if programme.runnable(sequence) is None:
        raise NurtureError(programme.why_not(sequence))
    seq = programme.definitions.get(sequence)
    assert seq is not None
    if not seq.entry.manual:
        raise NurtureError(f"sequence {sequence} takes no manual enrolment (entry.manual = false in {SEQUENCES_FILE})")
    results: list[dict[str, Any]] = []
    with ws.db.write_session() as session:
        for email in emails:
            email = (email or "").strip().lower()
            contact = session.exec(select(Contact).where(Contact.email == email)).first()
            if contact is None:
                results.append({"email": email, "enrolled": False,
                                "reason": "there is no such contact; import it with `outrider contacts import`"})
                continue
            past = past_enrollments(session, [contact.id or 0])[contact.id or 0]
            reason = entry_refusal(session, contact, sequence, programme, past, now)
            row = None if reason else create_enrollment(session, contact, seq, past, entered_by=f"manual by {actor}", now=now)
            if row is None:
                results.append({"email": email, "enrolled": False, "reason": reason or "was just enrolled by someone else"})
                continue
            results.append({"email": email, "enrolled": True, "sequence": seq.name, "round": row.round,
                            "next_at": iso(row.next_at)})
        session.commit()
    return results


def stop(ws: Workspace, *, email: str, actor: str | Actor, sequence: str | None = None,
         now: datetime | None = None) -> int:
    """End a lead's live enrolments (or just one sequence's) by hand. Returns how many ended."""
    now = as_utc(now) if now else utcnow()
    actor = authorize_named(actor, "enrol") or "a rep"
    with ws.db.write_session() as session:
        contact = contact_by_email(session, email)
        ended = exit_contact(session, contact.id or 0, reason=nd.STOPPED, detail=f"stopped by {actor}", now=now,
                             only=[sequence] if sequence else None, actor=actor)
        if not ended:
            what = f"sequence {sequence}" if sequence else "any sequence"
            raise NurtureError(f"{contact.email} is not in {what} right now")
        session.commit()
    return ended


# --------------------------------------------------------------------------- exits and pauses


def _withdraw(session: Session, draft_id: int, reason: str, now: datetime, actor: str) -> str | None:
    """Take back one draft: pending or snoozed -> withdrawn; approved but not yet sending ->
    outbox cancelled and draft withdrawn. Compare-and-set throughout; returns what it did."""
    for _ in range(5):
        row = session.exec(select(Draft.status, Draft.version).where(Draft.id == draft_id)).first()
        if row is None:
            return None
        status, version = row
        if status == DraftStatus.APPROVED:
            cancelled = session.execute(
                update(Outbox)
                .where(col(Outbox.draft_id) == draft_id)
                .where(col(Outbox.state).in_([OutboxState.QUEUED, OutboxState.SCHEDULED]))
                .values(state=OutboxState.CANCELLED, error=reason, next_attempt_at=None)
            )
            if int(cancelled.rowcount or 0) != 1:  # type: ignore[attr-defined]
                return None  # already sending or sent: too late to take back
            action = "cancelled"
        elif status in (DraftStatus.PENDING, DraftStatus.SNOOZED):
            action = "withdrawn"
        else:
            return None
        moved = session.execute(
            update(Draft)
            .where(col(Draft.id) == draft_id)
            .where(col(Draft.version) == version)
            .values(status=DraftStatus.WITHDRAWN, version=version + 1, updated_at=now)
        )
        if int(moved.rowcount or 0) == 1:  # type: ignore[attr-defined]
            session.add(ReviewEvent(draft_id=draft_id, actor=actor, action="withdrawn", from_status=str(status),
                                    to_status=DraftStatus.WITHDRAWN, reason=reason, at=now))
            return action
    raise RuntimeError(f"draft {draft_id} kept changing while it was being withdrawn")


def exit_contact(
    session: Session,
    contact_id: int,
    *,
    reason: str,
    detail: str,
    now: datetime,
    only: Collection[str] | None = None,
    actor: str = ACTOR,
) -> int:
    """End a lead's live enrolments (all, or those in `only`) in the caller's transaction.

    Their pending step drafts are withdrawn and approved ones not yet sent are cancelled, with
    `detail` as the reason. After a personal exit (reply, meeting, unsubscribe, bounce) every
    pending draft to the lead is withdrawn, whatever drafted it. Returns the enrolments ended.
    """
    query = select(Enrollment).where(Enrollment.contact_id == contact_id).where(col(Enrollment.state).in_(LIVE))
    if only is not None:
        query = query.where(col(Enrollment.sequence).in_(list(only)))
    ended: list[str] = []
    for row in session.exec(query).all():
        for _ in range(5):
            if cas(session, row, state=EnrollmentState.EXITED, exit_reason=reason, exit_detail=detail[:1000],
                    ended_at=now, updated_at=now, next_at=None):
                log_path(session, row.id or 0, "exited", f"{reason}: {detail}", now, step=row.step)
                ended.append(row.sequence)
                break
            session.expire(row)
            fresh = session.get(Enrollment, row.id)
            if fresh is None or fresh.state not in LIVE:
                break
            row = fresh
    personal = reason in nd.PERSONAL_EXITS
    if not ended and not personal:
        return 0
    drafts = select(Draft.id, Draft.sequence, Draft.kind).where(Draft.contact_id == contact_id).where(
        col(Draft.status).in_([DraftStatus.PENDING, DraftStatus.SNOOZED, DraftStatus.APPROVED])
    )
    for draft_id, sequence, kind in session.exec(drafts).all():
        if not personal and not (kind == DraftKind.SEQUENCE and sequence in ended):
            continue
        what = f"the {sequence} sequence stopped" if kind == DraftKind.SEQUENCE else "nothing more goes out"
        _withdraw(session, draft_id or 0, f"{detail}; {what}, so this is not sent", now, actor)
    if ended:
        log.info("lead %s left %s: %s", contact_id, ", ".join(ended), detail)
    return len(ended)


def pause_contact(session: Session, contact_id: int, *, until: datetime, now: datetime, why: str) -> int:
    """Pause a lead's live enrolments until `until` (an out-of-office return date)."""
    paused = 0
    for row in session.exec(
        select(Enrollment).where(Enrollment.contact_id == contact_id).where(col(Enrollment.state).in_(LIVE))
    ).all():
        if row.state == EnrollmentState.PAUSED:
            later = max(as_utc(row.paused_until or until), as_utc(until))
            values: dict[str, Any] = {"paused_until": later, "next_at": max(as_utc(row.next_at or later), later)}
        else:
            resume_at = max(as_utc(row.next_at), as_utc(until)) if row.next_at else as_utc(until)
            values = {"state": EnrollmentState.PAUSED, "resume_state": row.state, "paused_until": until,
                      "next_at": resume_at}
        if cas(session, row, updated_at=now, **values):
            log_path(session, row.id or 0, "paused", f"{why}; paused until {as_utc(until):%Y-%m-%d}", now, step=row.step)
            paused += 1
    return paused


@hooks.on_event
def _exit_on_event(session: Session, event: hooks.EventRecorded, now: datetime) -> None:
    if event.contact_id is None:
        return
    reason = nd.exit_for_event(event.type, event.properties)
    if reason is None:
        return
    detail = _EXIT_TEXT[reason].format(date=f"{as_utc(event.occurred_at):%Y-%m-%d}")
    exit_contact(session, event.contact_id, reason=reason, detail=detail, now=as_utc(now))


@hooks.on_stage_change
def _exit_on_stage(session: Session, change: hooks.StageChanged) -> None:
    reason = nd.exit_for_stage(change.to_stage)
    if reason is None:
        return
    detail = f"the lead became {change.to_stage.replace('_', ' ')}: {change.reason}"
    if change.event_id is not None:
        # A reply that also makes an MQL reads better as "replied".
        event = session.get(EngagementEvent, change.event_id)
        by_event = nd.exit_for_event(event.type, event.properties or {}) if event is not None else None
        if by_event is not None and event is not None:
            reason = by_event
            detail = _EXIT_TEXT[by_event].format(date=f"{as_utc(event.occurred_at):%Y-%m-%d}")
    exit_contact(session, change.contact_id, reason=reason, detail=detail, now=as_utc(change.at), actor=change.actor)


@hooks.on_out_of_office
def _pause_on_ooo(session: Session, notice: hooks.OutOfOffice) -> None:
    at = as_utc(notice.at)
    until = as_utc(notice.until) if notice.until is not None else at + timedelta(days=OOO_DEFAULT_DAYS)
    why = "out of office" + ("" if notice.until is not None else f" (no return date: {OOO_DEFAULT_DAYS} days)")
    pause_contact(session, notice.contact_id, until=until, now=at, why=why)
