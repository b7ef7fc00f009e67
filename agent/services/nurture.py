"""Nurture sequences: enrolment, the tick that advances them, exits that act at once, and views.

The one API for the CLI, the UI and the scheduler:

* `load` reads content.toml and sequences.toml from the workspace (cached until they change) and
  validates them; a sequence with an error does not run, the others do.
* `enroll` / `stop` by hand; entries from engagement events, stage changes and routed signals are
  picked up by `tick` (from where the last tick stopped: activity before the first tick of a
  workspace enrols nobody).
* `tick(ws, now=...)` expires steps nobody approved in time, settles decided ones, and drafts what
  is due through the drafting stack. Running it twice at the same `now` drafts nothing new.
* Exits (reply, meeting, MQL, unsubscribe, bounce, customer, disqualified) are listeners on
  `agent.leads.hooks`, registered when this module is imported (agent/services/__init__.py does).
  They run inside the transaction that records the event or the stage change, and in that same
  transaction withdraw the lead's pending step drafts and cancel approved ones not yet sent.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, update
from sqlalchemy import insert as sa_insert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from agent.delivery.sender import find_suppression
from agent.leads import hooks
from agent.nurture import decide as nd
from agent.nurture.content import CONTENT_FILE, Asset, Library, parse_content
from agent.nurture.definitions import EXIT_STAGES, SEQUENCES_FILE, Definitions, SequenceDef, parse_sequences
from agent.nurture.problems import Problem
from agent.nurture.validate import GapReport, broken_sequences, gap_report, library_refusal, validate
from agent.store.models import (
    Account,
    Contact,
    Draft,
    DraftKind,
    DraftStatus,
    EngagementEvent,
    Enrollment,
    EnrollmentLog,
    EnrollmentState,
    Outbox,
    OutboxState,
    ReviewEvent,
    Signal,
    SignalStatus,
    Snapshot,
    StageChange,
)
from signals.model import as_utc, utcnow
from signals.scoring import persona_match

if TYPE_CHECKING:
    from agent.workspace import Workspace
    from drafting.base import DraftProvider

log = logging.getLogger("outrider.nurture")

ACTOR = "outrider"
#: Who approves the later steps of a `review = "first"` sequence.
AUTO_ACTOR = "sequence:auto"
#: An out-of-office reply without a return date pauses for this long.
OOO_DEFAULT_DAYS = 7
#: A title fits a persona from this match score on (as for choosing a signal's recipient).
PERSONA_MIN = 0.5
#: Event types a branch looks at.
BRANCH_EVENTS = ("email_click", "page_view", "email_open", "reply", "meeting_booked")
#: How far back the lead's history reaches into a step's draft context.
HISTORY_DAYS = 60
#: At most this many due enrolments are read, decided and drafted per unit of work.
BATCH = 500
#: A tick stops after this many passes over due enrolments (skips and branches can make a row due
#: again in the same tick; validation forbids loops without waits, this is the backstop).
MAX_PASSES = 25
_CURSOR = ("nurture", "entry_cursor")
#: A step's queue priority is the lead's score scaled to at most this (signals rank up to 100).
STEP_PRIORITY = 50.0

LIVE = [s.value for s in (EnrollmentState.ACTIVE, EnrollmentState.WAITING, EnrollmentState.PAUSED)]
_EXIT_TEXT = {
    nd.REPLIED: "the lead replied on {date}",
    nd.MEETING: "the lead booked a meeting on {date}",
    nd.UNSUBSCRIBED: "the lead unsubscribed on {date}",
    nd.BOUNCED: "an e-mail to the lead bounced on {date}",
}


class NurtureError(ValueError):
    """A nurture action that cannot be done; the message says why and what to do."""


# --------------------------------------------------------------------------- the definitions


@dataclass(frozen=True)
class Programme:
    """The workspace's content library and sequences, validated."""

    library: Library
    definitions: Definitions
    problems: tuple[Problem, ...]
    personas: tuple[str, ...]
    #: Why no sequence may run at all (the library is too thin), or None.
    refusal: str | None
    #: Sequence name -> the error that keeps it from running.
    broken: dict[str, str]
    #: sequences.toml exists.
    present: bool

    def runnable(self, name: str) -> SequenceDef | None:
        if self.refusal is not None or name in self.broken:
            return None
        return self.definitions.get(name)

    def why_not(self, name: str) -> str:
        if self.definitions.get(name) is None:
            known = ", ".join(self.definitions.names) or "none are defined"
            return f"there is no sequence {name!r} in {SEQUENCES_FILE} (sequences: {known})"
        if self.refusal is not None:
            return f"no sequence runs: {self.refusal}"
        return f"sequence {name} has errors and does not run: {self.broken.get(name, '')}"

    @property
    def runnable_names(self) -> list[str]:
        return [s.name for s in self.definitions.sequences if self.runnable(s.name) is not None]


_CACHE: dict[tuple[Any, ...], Programme] = {}


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def _read(path: Path, problems: list[Problem]) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError as exc:
        problems.append(Problem(path.name, 1, f"is not UTF-8 text ({exc.reason} at byte {exc.start})"))
    except OSError as exc:
        problems.append(Problem(path.name, 1, f"cannot be read: {exc.strerror or exc}"))
    return ""


def load(ws: Workspace) -> Programme:
    """content.toml and sequences.toml of the workspace, parsed and validated (cached by mtime)."""
    content_path, sequences_path = ws.path / CONTENT_FILE, ws.path / SEQUENCES_FILE
    personas = tuple(ws.config.icp.personas)
    key = (str(ws.path), _stat(content_path), _stat(sequences_path), personas)
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    read_problems: list[Problem] = []
    content_text = _read(content_path, read_problems)
    sequences_text = _read(sequences_path, read_problems)
    library = parse_content(content_text or "", file=CONTENT_FILE, personas=personas)
    definitions = parse_sequences(sequences_text or "", file=SEQUENCES_FILE)
    problems = [*read_problems, *validate(definitions, library, personas)]
    if content_text is None and definitions.sequences:
        problems.insert(0, Problem(CONTENT_FILE, 1, f"does not exist in {ws.path}; sequences need a content library"))
    programme = Programme(
        library=library,
        definitions=definitions,
        problems=tuple(problems),
        personas=personas,
        refusal=library_refusal(definitions, library),
        broken=broken_sequences(problems),
        present=sequences_text is not None,
    )
    if len(_CACHE) > 32:
        _CACHE.clear()
    _CACHE[key] = programme
    return programme


def check_files(ws: Workspace) -> list[Problem]:
    """Every problem in content.toml and sequences.toml (a missing sequences.toml is one)."""
    programme = load(ws)
    problems = list(programme.problems)
    if not programme.present:
        problems.insert(
            0, Problem(SEQUENCES_FILE, 1, f"does not exist in {ws.path}; write one (the README has a full example)")
        )
    return problems


def content_gaps(ws: Workspace) -> GapReport:
    programme = load(ws)
    return gap_report(programme.library, programme.definitions, programme.personas)


def list_assets(ws: Workspace) -> list[dict[str, Any]]:
    return [a.as_json() for a in load(ws).library.assets]


# --------------------------------------------------------------------------- small helpers


def _insert_for(session: Session):  # type: ignore[no-untyped-def]
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def _iso(value: datetime | None) -> str | None:
    return as_utc(value).isoformat() if value is not None else None


def _log(session: Session, enrollment_id: int, action: str, detail: str, now: datetime, *,
         step: int | None = None, draft_id: int | None = None, asset: str | None = None) -> None:
    session.add(EnrollmentLog(enrollment_id=enrollment_id, step=step, action=action, detail=detail,
                              draft_id=draft_id, asset=asset, at=now))


def _persona(contact: Contact, personas: Sequence[str]) -> str | None:
    score, persona = persona_match(contact.title, personas)
    return persona if persona is not None and score >= PERSONA_MIN else None


def _contact_by_email(session: Session, email: str) -> Contact:
    email = (email or "").strip().lower()
    contact = session.exec(select(Contact).where(Contact.email == email)).first()
    if contact is None:
        raise NurtureError(f"there is no contact {email}; import it with `outrider contacts import`")
    return contact


def _cas(session: Session, row: Enrollment, **values: Any) -> bool:
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


# --------------------------------------------------------------------------- entering a sequence


def _past(session: Session, contact_ids: Iterable[int]) -> dict[int, list[Enrollment]]:
    wanted = sorted(set(contact_ids))
    found: dict[int, list[Enrollment]] = defaultdict(list)
    if wanted:
        for row in session.exec(select(Enrollment).where(col(Enrollment.contact_id).in_(wanted))).all():
            found[row.contact_id].append(row)
    return found


def _entry_refusal(
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


def _create(session: Session, contact: Contact, seq: SequenceDef, past: list[Enrollment], *,
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
    _log(session, row.id or 0, "enrolled", entered_by, now)
    past.append(row)
    return row


def enroll(ws: Workspace, *, emails: Sequence[str], sequence: str, actor: str,
           now: datetime | None = None) -> list[dict[str, Any]]:
    """Put leads into a sequence by hand. One result per address: enrolled, or the reason not."""
    now = as_utc(now) if now else utcnow()
    actor = (actor or "").strip() or "a rep"
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
            past = _past(session, [contact.id or 0])[contact.id or 0]
            reason = _entry_refusal(session, contact, sequence, programme, past, now)
            row = None if reason else _create(session, contact, seq, past, entered_by=f"manual by {actor}", now=now)
            if row is None:
                results.append({"email": email, "enrolled": False, "reason": reason or "was just enrolled by someone else"})
                continue
            results.append({"email": email, "enrolled": True, "sequence": seq.name, "round": row.round,
                            "next_at": _iso(row.next_at)})
        session.commit()
    return results


def stop(ws: Workspace, *, email: str, actor: str, sequence: str | None = None,
         now: datetime | None = None) -> int:
    """End a lead's live enrolments (or just one sequence's) by hand. Returns how many ended."""
    now = as_utc(now) if now else utcnow()
    actor = (actor or "").strip() or "a rep"
    with ws.db.write_session() as session:
        contact = _contact_by_email(session, email)
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
            if _cas(session, row, state=EnrollmentState.EXITED, exit_reason=reason, exit_detail=detail[:1000],
                    ended_at=now, updated_at=now, next_at=None):
                _log(session, row.id or 0, "exited", f"{reason}: {detail}", now, step=row.step)
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
        if _cas(session, row, updated_at=now, **values):
            _log(session, row.id or 0, "paused", f"{why}; paused until {as_utc(until):%Y-%m-%d}", now, step=row.step)
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


# --------------------------------------------------------------------------- the tick


@dataclass
class TickReport:
    now: datetime
    expired: int = 0
    entered: int = 0
    settled: int = 0
    resumed: int = 0
    drafted: int = 0
    auto_approved: int = 0
    skipped: int = 0
    branched: int = 0
    completed: int = 0
    exited: int = 0
    #: Draft ids created by this tick.
    draft_ids: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "now": self.now.isoformat(),
            "expired": self.expired,
            "entered": self.entered,
            "settled": self.settled,
            "resumed": self.resumed,
            "drafted": self.drafted,
            "auto_approved": self.auto_approved,
            "skipped": self.skipped,
            "branched": self.branched,
            "completed": self.completed,
            "exited": self.exited,
            "draft_ids": list(self.draft_ids),
            "problems": list(self.problems),
        }


def tick(ws: Workspace, *, now: datetime | None = None, provider: DraftProvider | None = None,
         limit: int | None = None) -> TickReport:
    """Advance every due enrolment at `now`. Idempotent: a second run at the same `now` drafts nothing.

    `limit` caps the drafts of one run (the rest are due at the next tick).
    """
    from agent.locks import named_lock

    now = as_utc(now) if now else utcnow()
    report = TickReport(now=now)
    programme = load(ws)
    if not programme.present:
        return report
    report.problems.extend(str(p) for p in programme.problems if p.severity == "error")
    if programme.refusal is None:
        for name, why in programme.broken.items():
            log.warning("sequence %s does not run: %s", name, why)
    # Two ticks at once would be safe (every write is compare-and-set) but would draft twice.
    with named_lock(ws.db.engine, "nurture-tick", wait=False) as held:
        if not held:
            report.problems.append("another tick is running; this one did nothing")
            return report
        _expire(ws, now, report)
        _enter_from_activity(ws, programme, now, report)
        _resume(ws, programme, now, report)
        _settle(ws, programme, now, report)
        if programme.refusal is None and programme.runnable_names:
            _advance(ws, programme, now, report, provider=provider, limit=limit)
    return report


def _expire(ws: Workspace, now: datetime, report: TickReport) -> None:
    with ws.db.write_session() as session:
        due = session.exec(
            select(Draft.id, Draft.status, Draft.version, Draft.enrollment_id, Draft.step, Draft.expires_at)
            .where(Draft.kind == DraftKind.SEQUENCE)
            .where(col(Draft.status).in_([DraftStatus.PENDING, DraftStatus.SNOOZED]))
            .where(col(Draft.expires_at) <= now)
        ).all()
        for draft_id, status, version, enrollment_id, step, expires_at in due:
            moved = session.execute(
                update(Draft).where(col(Draft.id) == draft_id).where(col(Draft.version) == version)
                .values(status=DraftStatus.EXPIRED, version=version + 1, updated_at=now)
            )
            if int(moved.rowcount or 0) != 1:  # type: ignore[attr-defined]
                continue
            why = (f"not approved by {as_utc(expires_at):%Y-%m-%d %H:%M} UTC (approve_within_days); "
                   "a sequence step is never sent late")
            session.add(ReviewEvent(draft_id=draft_id or 0, actor=ACTOR, action="expired", from_status=str(status),
                                    to_status=DraftStatus.EXPIRED, reason=why, at=now))
            if enrollment_id:
                _log(session, enrollment_id, "expired", why, now, step=step, draft_id=draft_id)
            report.expired += 1
        session.commit()


# -- entries from activity ---------------------------------------------------------------------


def _enter_from_activity(ws: Workspace, programme: Programme, now: datetime, report: TickReport) -> None:
    """Enrol leads whose new events, stage changes or routed signals name a sequence's entry."""
    from agent.services.accounts import person_of
    from signals.scoring import choose_recipient

    definitions = programme.definitions
    with ws.db.write_session() as session:
        snap = session.exec(select(Snapshot).where(Snapshot.source == _CURSOR[0]).where(Snapshot.key == _CURSOR[1])).first()
        if snap is None:
            # The first tick of a workspace starts from here: old activity enrols nobody.
            cursor = {
                "event": session.exec(select(func.max(EngagementEvent.id))).one() or 0,
                "stage": session.exec(select(func.max(StageChange.id))).one() or 0,
                "signal": session.exec(select(func.max(Signal.id))).one() or 0,
            }
            session.add(Snapshot(source=_CURSOR[0], key=_CURSOR[1], data=cursor, updated_at=now))
            session.commit()
            return
        cursor = dict(snap.data or {})
        #: (contact, sequences it may enter, why, the stage it must still be in)
        wanted: list[tuple[int, list[SequenceDef], str, str | None]] = []
        events = session.exec(
            select(EngagementEvent.id, EngagementEvent.contact_id, EngagementEvent.type)
            .where(col(EngagementEvent.id) > int(cursor.get("event", 0))).order_by(col(EngagementEvent.id)).limit(5000)
        ).all()
        for event_id, contact_id, type_ in events:
            cursor["event"] = event_id
            seqs = nd.sequences_entered_by(definitions, event=type_)
            if contact_id and seqs:
                wanted.append((contact_id, seqs, f"event {type_} (#{event_id})", None))
        changes = session.exec(
            select(StageChange.id, StageChange.contact_id, StageChange.to_stage)
            .where(col(StageChange.id) > int(cursor.get("stage", 0))).order_by(col(StageChange.id)).limit(5000)
        ).all()
        for change_id, contact_id, to_stage in changes:
            cursor["stage"] = change_id
            seqs = nd.sequences_entered_by(definitions, stage=to_stage)
            if seqs:
                wanted.append((contact_id, seqs, f"stage {to_stage} (#{change_id})", to_stage))
        signals = session.exec(
            select(Signal.id, Signal.kind, Signal.account_id, Signal.status, Signal.stale)
            .where(col(Signal.id) > int(cursor.get("signal", 0))).order_by(col(Signal.id)).limit(5000)
        ).all()
        for signal_id, kind, account_id, status, stale in signals:
            if status == SignalStatus.NEW:
                break  # not routed yet: the next tick looks again
            cursor["signal"] = signal_id
            seqs = nd.sequences_entered_by(definitions, signal=kind)
            if not seqs or account_id is None or stale:
                continue
            people = [person_of(c) for c in session.exec(select(Contact).where(Contact.account_id == account_id)).all()]
            chosen = choose_recipient(people, programme.personas)
            if chosen is not None:
                wanted.append((chosen[0].id, seqs, f"signal {kind} (#{signal_id})", None))
        contacts = {c.id: c for c in session.exec(
            select(Contact).where(col(Contact.id).in_(sorted({w[0] for w in wanted})))).all()} if wanted else {}
        past = _past(session, contacts)
        for contact_id, seqs, why, stage_needed in wanted:
            contact = contacts.get(contact_id)
            if contact is None:
                continue
            if stage_needed and contact.stage != stage_needed:
                continue  # it moved on since
            for seq in seqs:
                refusal = _entry_refusal(session, contact, seq.name, programme, past[contact_id], now)
                if refusal is None and _create(session, contact, seq, past[contact_id], entered_by=why, now=now):
                    report.entered += 1
                    report.details.append(f"{contact.email} entered {seq.name}: {why}")
                    break
                log.debug("%s not enrolled in %s: %s", contact.email, seq.name, refusal)
        snap.data = cursor
        snap.updated_at = now
        session.add(snap)
        session.commit()


# -- resuming after an out-of-office --------------------------------------------------------------


def _resume(ws: Workspace, programme: Programme, now: datetime, report: TickReport) -> None:
    """Paused enrolments whose return date has come go back to what they were doing."""
    with ws.db.write_session() as session:
        rows = session.exec(
            select(Enrollment).where(Enrollment.state == EnrollmentState.PAUSED).where(col(Enrollment.next_at) <= now)
        ).all()
        for row in rows:
            seq = programme.definitions.get(row.sequence)
            facts = nd.EnrollmentFacts(row.sequence, row.state, row.step, row.enrolled_at, row.next_at, row.paused_until)
            action = nd.decide(facts, seq, programme.library, nd.LeadFacts(), now) if seq else nd.Resume("resumed")
            if not isinstance(action, nd.Resume):
                continue
            back = row.resume_state or EnrollmentState.ACTIVE
            if _cas(session, row, state=back, resume_state=None, paused_until=None, updated_at=now,
                    next_at=row.next_at if back == EnrollmentState.ACTIVE else None):
                _log(session, row.id or 0, "resumed", action.reason, now, step=row.step)
                report.resumed += 1
        session.commit()


# -- settling decided steps -------------------------------------------------------------------


def _settle(ws: Workspace, programme: Programme, now: datetime, report: TickReport) -> None:
    """Waiting enrolments whose step draft was decided move on: to the next step's wait, or done."""
    with ws.db.write_session() as session:
        rows = session.exec(
            select(Enrollment, Draft.status, Outbox.sent_at)
            .join(Draft, col(Draft.id) == Enrollment.current_draft_id)
            .outerjoin(Outbox, col(Outbox.draft_id) == Draft.id)
            .where(Enrollment.state == EnrollmentState.WAITING)
            .where(col(Draft.status).in_(sorted(nd.SETTLED_DRAFT)))
        ).all()
        for row, status, sent_at in rows:
            seq = programme.definitions.get(row.sequence)
            if seq is None:
                detail = f"sequence {row.sequence} is no longer in {SEQUENCES_FILE}"
                if _cas(session, row, state=EnrollmentState.EXITED, exit_reason=nd.STOPPED, exit_detail=detail,
                        ended_at=now, updated_at=now, next_at=None, current_draft_id=None):
                    _log(session, row.id or 0, "exited", detail, now, step=row.step)
                    report.exited += 1
                continue
            # The next wait counts from the send; other outcomes are learnt at this tick.
            at = as_utc(sent_at) if status == DraftStatus.SENT and sent_at and as_utc(sent_at) <= now else now
            state, next_at = nd.settle(seq, row.step, at)
            values: dict[str, Any] = {"state": state, "next_at": next_at, "current_draft_id": None, "updated_at": now}
            if state == nd.COMPLETED:
                values.update(exit_reason=nd.DONE, exit_detail=f"completed all {len(seq.steps)} steps", ended_at=now)
            if not _cas(session, row, **values):
                continue
            _log(session, row.id or 0, "settled", f"step {row.step} {status}", now, step=row.step,
                 draft_id=row.current_draft_id)
            report.settled += 1
            if state == nd.COMPLETED:
                _log(session, row.id or 0, "completed", f"completed all {len(seq.steps)} steps", now, step=row.step)
                report.completed += 1
        session.commit()


# -- advancing due enrolments -----------------------------------------------------------------


@dataclass
class _Facts:
    """What one batch of due enrolments needs to be decided and drafted, read in a few queries."""

    contacts: dict[int, Contact]
    accounts: dict[int, Account]
    events: dict[int, list[nd.EventFact]]
    sent: dict[int, int]
    used: dict[int, set[str]]
    past: dict[int, list[Enrollment]]
    first_approved: dict[int, bool]
    history: dict[int, list[str]]


def _gather(session: Session, rows: list[Enrollment], now: datetime) -> _Facts:
    contact_ids = sorted({r.contact_id for r in rows})
    enrollment_ids = [r.id or 0 for r in rows]
    contacts = {c.id or 0: c for c in session.exec(select(Contact).where(col(Contact.id).in_(contact_ids))).all()}
    account_ids = sorted({c.account_id for c in contacts.values() if c.account_id})
    accounts = {a.id or 0: a for a in session.exec(select(Account).where(col(Account.id).in_(account_ids))).all()}
    since = min(as_utc(r.enrolled_at) for r in rows) - timedelta(days=HISTORY_DAYS)
    events: dict[int, list[nd.EventFact]] = defaultdict(list)
    for contact_id, type_, at, url in session.exec(
        select(EngagementEvent.contact_id, EngagementEvent.type, EngagementEvent.occurred_at, EngagementEvent.url)
        .where(col(EngagementEvent.contact_id).in_(contact_ids))
        .where(col(EngagementEvent.type).in_(BRANCH_EVENTS))
        .where(col(EngagementEvent.occurred_at) >= since)
        .where(col(EngagementEvent.occurred_at) <= now)
        .order_by(col(EngagementEvent.occurred_at))
    ).all():
        events[contact_id or 0].append(nd.EventFact(type_, as_utc(at), url))
    sent = {
        eid or 0: int(n)
        for eid, n in session.exec(
            select(Draft.enrollment_id, func.count()).where(col(Draft.enrollment_id).in_(enrollment_ids))
            .where(Draft.status == DraftStatus.SENT).group_by(col(Draft.enrollment_id))
        ).all()
    }
    used: dict[int, set[str]] = defaultdict(set)
    for contact_id, asset in session.exec(
        select(Enrollment.contact_id, EnrollmentLog.asset).join(Enrollment, col(Enrollment.id) == EnrollmentLog.enrollment_id)
        .where(col(Enrollment.contact_id).in_(contact_ids)).where(col(EnrollmentLog.asset).is_not(None))
    ).all():
        used[contact_id].add(str(asset))
    first_approved = {
        eid or 0: status in ("approved", "sent", "send_failed", "send_unknown") and not str(by or "").startswith("sequence:")
        for eid, status, by in session.exec(
            select(Draft.enrollment_id, Draft.status, Draft.reviewed_by)
            .where(col(Draft.enrollment_id).in_(enrollment_ids)).where(Draft.step == 1)
        ).all()
    }
    history: dict[int, list[tuple[datetime, str]]] = defaultdict(list)
    for contact_id, evs in events.items():
        for e in evs[-5:]:
            label = e.type.replace("_", " ")
            history[contact_id].append((e.at, f"{e.at:%Y-%m-%d}: {label}" + (f" {e.url}" if e.url else "")))
    for contact_id, subject, sent_at in session.exec(
        select(Draft.contact_id, Draft.subject, Outbox.sent_at).join(Outbox, col(Outbox.draft_id) == Draft.id)
        .where(col(Draft.contact_id).in_(contact_ids)).where(col(Outbox.sent_at).is_not(None))
        .where(col(Outbox.sent_at) >= since).order_by(col(Outbox.sent_at).desc())
    ).all():
        if sum(1 for _, line in history[contact_id or 0] if line.startswith("we sent")) < 3:
            history[contact_id or 0].append((as_utc(sent_at), f"we sent \"{subject}\" on {as_utc(sent_at):%Y-%m-%d}"))
    return _Facts(
        contacts=contacts,
        accounts=accounts,
        events=events,
        sent=sent,
        used=used,
        past=_past(session, contact_ids),
        first_approved=first_approved,
        history={cid: [line for _, line in sorted(items, reverse=True)] for cid, items in history.items()},
    )


@dataclass(frozen=True)
class _ExitNow:
    """The lead is in a stage that ends sequences, though no listener heard it get there."""

    reason: str


@dataclass
class _Plan:
    row: Enrollment
    seq: SequenceDef
    action: nd.Action | _ExitNow
    draft: dict[str, Any] | None = None


def _advance(ws: Workspace, programme: Programme, now: datetime, report: TickReport, *,
             provider: DraftProvider | None, limit: int | None) -> None:
    from agent.pipeline import _BatchDrafter, make_provider
    from drafting.nurture import step_policy

    names = programme.runnable_names
    drafter = None
    hops: dict[int, int] = defaultdict(int)
    try:
        for _ in range(MAX_PASSES):
            room = BATCH if limit is None else min(BATCH, limit - report.drafted)
            if room <= 0:
                break
            with ws.db.session() as session:
                rows = list(session.exec(
                    select(Enrollment)
                    .where(Enrollment.state == EnrollmentState.ACTIVE)
                    .where(col(Enrollment.next_at) <= now)
                    .where(col(Enrollment.sequence).in_(names))
                    .order_by(col(Enrollment.next_at), col(Enrollment.id))
                    .limit(room)
                ).all())
                if not rows:
                    break
                facts = _gather(session, rows, now)
            plans = [_plan(row, programme, facts, now, hops) for row in rows]
            jobs = [(p, _job(ws, p, programme, facts, now)) for p in plans if isinstance(p.action, nd.DraftStep)]
            if jobs:
                if drafter is None:
                    drafter = _BatchDrafter(provider or make_provider(ws), step_policy(ws.config.guardrails),
                                            expected=len(jobs))
                for (plan, _job_), fields in zip(jobs, drafter.draft([j for _, j in jobs], now), strict=True):
                    plan.draft = fields
            _apply(ws, programme, plans, facts, now, report)
    finally:
        if drafter is not None:
            drafter.close()


def _plan(row: Enrollment, programme: Programme, facts: _Facts, now: datetime, hops: dict[int, int]) -> _Plan:
    seq = programme.runnable(row.sequence)
    assert seq is not None  # the query asked for runnable sequences only
    contact = facts.contacts.get(row.contact_id)
    if contact is None or contact.stage in EXIT_STAGES:
        # A stage change that happened where this module was not listening: exit now.
        reason = nd.exit_for_stage(contact.stage) if contact is not None else None
        return _Plan(row, seq, _ExitNow(reason or nd.STOPPED))
    past = facts.past.get(row.contact_id, [])
    step = seq.step(row.step + 1)
    blocked: set[str] = set()
    for branch in step.branches if step else ():
        if hops[row.contact_id] >= 3 or _entry_refusal_light(contact, branch.goto, programme, past, row, now):
            blocked.add(branch.goto)
    lead = nd.LeadFacts(
        persona=_persona(contact, programme.personas),
        score=contact.score,
        events=tuple(facts.events.get(row.contact_id, ())),
        sent_steps=facts.sent.get(row.id or 0, 0),
        used_assets=frozenset(facts.used.get(row.contact_id, set())),
    )
    enrollment = nd.EnrollmentFacts(
        sequence=row.sequence, state=row.state, step=row.step, enrolled_at=row.enrolled_at,
        next_at=row.next_at, paused_until=row.paused_until,
    )
    action = nd.decide(enrollment, seq, programme.library, lead, now, blocked=frozenset(blocked))
    if isinstance(action, nd.TakeBranch):
        hops[row.contact_id] += 1
    return _Plan(row, seq, action)


def _entry_refusal_light(contact: Contact, name: str, programme: Programme, past: list[Enrollment],
                         leaving: Enrollment, now: datetime) -> str | None:
    """The entry rules a branch target must pass, without the suppression lookup (checked on write)."""
    seq = programme.runnable(name)
    if seq is None:
        return programme.why_not(name)
    others = [p for p in past if p.id != leaving.id]
    if any(p.state in LIVE for p in others):
        return "in another sequence"
    return nd.may_enroll(seq, [nd.PastEnrollment(p.sequence, p.state, p.ended_at) for p in others], now)


def _job(ws: Workspace, plan: _Plan, programme: Programme, facts: _Facts, now: datetime) -> Any:
    from agent.pipeline import _DraftJob, _sender
    from drafting.context import AccountFacts, ContactFacts
    from drafting.nurture import step_context

    action = plan.action
    assert isinstance(action, nd.DraftStep)
    asset: Asset = action.asset
    contact = facts.contacts[plan.row.contact_id]
    account = facts.accounts.get(contact.account_id or 0)
    context = step_context(
        asset_id=asset.id,
        asset_title=asset.title,
        asset_url=asset.url,
        asset_stage=asset.stage,
        asset_facts=asset.facts,
        sequence=plan.seq.name,
        purpose=plan.seq.purpose,
        step=action.step,
        account=AccountFacts(
            name=account.name if account else (contact.company or ""),
            domain=account.domain if account else None,
            industry=account.industry if account else None,
            employees=account.employees if account else None,
            country=account.country if account else None,
        ),
        contact=ContactFacts(first_name=contact.first_name, last_name=contact.last_name, email=contact.email,
                             title=contact.title),
        sender=_sender(ws),
        now=now,
        history=facts.history.get(contact.id or 0, []),
        persona=_persona(contact, programme.personas),
        lifecycle_stage=contact.lifecycle_stage,
        instruction=action.instruction,
    )
    # The pipeline's batch drafter (process pool for large offline batches) drafts steps too. A
    # step is a routine touch: it ranks by the lead's score, below a fresh signal of equal weight.
    return _DraftJob(signal_id=None, account_id=contact.account_id or 0,  # type: ignore[arg-type]
                     contact_id=contact.id or 0, priority=STEP_PRIORITY * min(max(contact.score, 0.0), 100.0) / 100,
                     context=context)


def _apply(ws: Workspace, programme: Programme, plans: list[_Plan], facts: _Facts, now: datetime,
           report: TickReport) -> None:
    """Write what was decided, in one transaction. A row someone changed since it was read (an
    exit, another tick) is left alone; step drafts are written in bulk (a busy day has thousands)."""
    with ws.db.write_session() as session:
        current = _lock_versions(session, [p.row.id or 0 for p in plans])
        steps: list[_Plan] = []
        for plan in plans:
            row, action = plan.row, plan.action
            if current.get(row.id or 0) != row.version:
                continue
            if isinstance(action, nd.DraftStep):
                steps.append(plan)
            elif isinstance(action, _ExitNow):
                report.exited += exit_contact(session, row.contact_id, reason=action.reason, now=now,
                                              detail=f"the lead is {action.reason}", only=[row.sequence])
            elif isinstance(action, nd.Complete):
                if _cas(session, row, state=EnrollmentState.COMPLETED, exit_reason=nd.DONE, exit_detail=action.reason,
                        ended_at=now, updated_at=now, next_at=None):
                    _log(session, row.id or 0, "completed", action.reason, now, step=row.step)
                    report.completed += 1
            elif isinstance(action, nd.Skip):
                values: dict[str, Any] = {"step": action.step, "next_at": action.next_at, "updated_at": now}
                if action.next_at is None:
                    values.update(state=EnrollmentState.COMPLETED, exit_reason=nd.DONE, ended_at=now,
                                  exit_detail=f"completed: {action.reason}")
                if _cas(session, row, **values):
                    _log(session, row.id or 0, "skipped", action.reason, now, step=action.step)
                    report.skipped += 1
            elif isinstance(action, nd.TakeBranch):
                _branch(session, programme, plan, facts, now, report)
        if steps:
            _insert_steps(session, steps, facts, now, report)
        session.commit()


def _lock_versions(session: Session, ids: list[int]) -> dict[int, int]:
    """The current version of each enrolment, locked for this transaction (PostgreSQL: FOR UPDATE;
    SQLite: the write session already holds the database's write lock)."""
    query = select(Enrollment.id, Enrollment.version).where(col(Enrollment.id).in_(ids))
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return {i or 0: v for i, v in session.exec(query).all()}


_E = Enrollment.__table__  # type: ignore[attr-defined]
#: One compiled statement for every step drafted in a tick (executemany).
_TO_WAITING = (
    update(_E)
    .where(_E.c.id == bindparam("b_id"))
    .where(_E.c.version == bindparam("b_version"))
    .values(state=EnrollmentState.WAITING.value, step=bindparam("b_step"), next_at=None,
            updated_at=bindparam("b_now"), version=bindparam("b_version") + 1)
)
_SET_DRAFT = update(_E).where(_E.c.id == bindparam("b_id")).values(current_draft_id=bindparam("b_draft"))


def _insert_steps(session: Session, plans: list[_Plan], facts: _Facts, now: datetime, report: TickReport) -> None:
    """Move the enrolments to waiting, insert their step drafts (a rerun finds them already there),
    approve the ones a `review = "first"` sequence approves itself, and log each lead's path."""
    connection = session.connection()
    connection.execute(_TO_WAITING, [
        {"b_id": p.row.id, "b_version": p.row.version, "b_step": p.action.step, "b_now": now}  # type: ignore[union-attr]
        for p in plans
    ])
    rows: list[dict[str, Any]] = []
    auto: set[int] = set()
    for plan in plans:
        action = plan.action
        assert isinstance(action, nd.DraftStep) and plan.draft is not None
        passed = all(check.get("passed") for check in plan.draft.get("guardrail_report") or [])
        approved = (plan.seq.review == "first" and action.step > 1 and passed
                    and facts.first_approved.get(plan.row.id or 0, False))
        if approved:
            auto.add(plan.row.id or 0)
        rows.append({
            **plan.draft,
            "kind": DraftKind.SEQUENCE,
            "enrollment_id": plan.row.id,
            "sequence": plan.row.sequence,
            "step": action.step,
            "expires_at": action.expires_at,
            "status": DraftStatus.APPROVED if approved else DraftStatus.PENDING,
            "reviewed_by": AUTO_ACTOR if approved else None,
            "reviewed_at": now if approved else None,
        })
    insert = _insert_for(session)
    created = {
        enrollment_id: draft_id
        for draft_id, enrollment_id in session.execute(
            insert(Draft).on_conflict_do_nothing(index_elements=["enrollment_id", "step"])
            .returning(Draft.id, Draft.enrollment_id),
            rows,
        ).all()
    }
    draft_ids: dict[int, int] = dict(created)
    missing = [p for p in plans if (p.row.id or 0) not in created]
    for plan in missing:  # drafted by an earlier run that stopped before it recorded the enrolment
        draft_ids[plan.row.id or 0] = session.exec(
            select(Draft.id).where(Draft.enrollment_id == plan.row.id).where(Draft.step == plan.action.step)  # type: ignore[union-attr]
        ).one() or 0
    connection.execute(_SET_DRAFT, [{"b_id": p.row.id, "b_draft": draft_ids[p.row.id or 0]} for p in plans])
    logs: list[dict[str, Any]] = []
    approvals: list[dict[str, Any]] = []
    outbox: list[dict[str, Any]] = []
    for plan in plans:
        action = plan.action
        assert isinstance(action, nd.DraftStep)
        eid = plan.row.id or 0
        draft_id = draft_ids[eid]
        logs.append({"enrollment_id": eid, "step": action.step, "action": "drafted", "draft_id": draft_id,
                     "asset": action.asset.id, "at": now,
                     "detail": f"step {action.step}: {action.asset.title} ({'; '.join(action.why)})"})
        if eid not in created:
            continue
        report.drafted += 1
        report.draft_ids.append(draft_id)
        if eid in auto:
            approvals.append({"draft_id": draft_id, "actor": AUTO_ACTOR, "action": "approved", "from_status": "pending",
                              "to_status": DraftStatus.APPROVED, "edits": {}, "at": now,
                              "reason": "review = first: a rep approved step 1 and this step passed every guardrail"})
            outbox.append({"draft_id": draft_id, "to_email": facts.contacts[plan.row.contact_id].email,
                           "state": OutboxState.QUEUED, "attempts": 0, "created_at": now})
            logs.append({"enrollment_id": eid, "step": action.step, "action": "auto_approved", "draft_id": draft_id,
                         "asset": None, "at": now, "detail": "approved by the sequence (review = first)"})
            report.auto_approved += 1
    session.execute(sa_insert(EnrollmentLog), logs)
    if approvals:
        session.execute(sa_insert(ReviewEvent), approvals)
        session.execute(sa_insert(Outbox), outbox)


def _branch(session: Session, programme: Programme, plan: _Plan, facts: _Facts, now: datetime,
            report: TickReport) -> None:
    row, action = plan.row, plan.action
    assert isinstance(action, nd.TakeBranch)
    contact = facts.contacts[row.contact_id]
    past = facts.past.setdefault(row.contact_id, [])
    target = programme.runnable(action.goto)
    refusal = _entry_refusal(session, contact, action.goto, programme, past, now, leaving=row.id)
    if target is None or refusal is not None:
        return  # decided as possible a moment ago; leave it for the next tick to decide again
    detail = f"moved to {action.goto}: {action.reason}"
    if not _cas(session, row, state=EnrollmentState.EXITED, exit_reason=nd.BRANCHED, exit_detail=detail,
                ended_at=now, updated_at=now, next_at=None):
        return
    _log(session, row.id or 0, "branched", detail, now, step=action.step)
    row.state = EnrollmentState.EXITED
    created = _create(session, contact, target, past,
                      entered_by=f"branch from {row.sequence} step {action.step}: {action.reason}", now=now)
    if created is not None:
        report.branched += 1
        report.details.append(f"{contact.email}: {row.sequence} -> {action.goto} ({action.reason})")


# --------------------------------------------------------------------------- views


def _enrollment_json(row: Enrollment) -> dict[str, Any]:
    return {
        "id": row.id,
        "sequence": row.sequence,
        "round": row.round,
        "state": row.state,
        "step": row.step,
        "exit_reason": row.exit_reason,
        "exit_detail": row.exit_detail,
        "entered_by": row.entered_by,
        "enrolled_at": _iso(row.enrolled_at),
        "next_at": _iso(row.next_at),
        "paused_until": _iso(row.paused_until),
        "ended_at": _iso(row.ended_at),
        "current_draft_id": row.current_draft_id,
    }


def status(ws: Workspace, *, email: str) -> list[dict[str, Any]]:
    """A lead's enrolments, oldest first: sequence, state, step, exit_reason and more."""
    with ws.db.session() as session:
        contact = _contact_by_email(session, email)
        rows = session.exec(
            select(Enrollment).where(Enrollment.contact_id == contact.id)
            .order_by(col(Enrollment.enrolled_at), col(Enrollment.id))
        ).all()
    return [{"email": contact.email, **_enrollment_json(r)} for r in rows]


def path(ws: Workspace, *, email: str, sequence: str | None = None) -> list[dict[str, Any]]:
    """One lead's path: every entry, step, skip, send, branch, pause and exit, oldest first."""
    with ws.db.session() as session:
        contact = _contact_by_email(session, email)
        query = (
            select(EnrollmentLog, Enrollment, Draft.status, Draft.subject)
            .join(Enrollment, col(Enrollment.id) == EnrollmentLog.enrollment_id)
            .outerjoin(Draft, col(Draft.id) == EnrollmentLog.draft_id)
            .where(Enrollment.contact_id == contact.id)
            .order_by(col(EnrollmentLog.at), col(EnrollmentLog.id))
        )
        if sequence:
            query = query.where(Enrollment.sequence == sequence)
        rows = session.exec(query).all()
    return [
        {
            "at": _iso(entry.at),
            "sequence": enrollment.sequence,
            "round": enrollment.round,
            "step": entry.step,
            "action": entry.action,
            "detail": entry.detail,
            "draft_id": entry.draft_id,
            "draft_status": draft_status,
            "subject": subject,
            "asset": entry.asset,
        }
        for entry, enrollment, draft_status, subject in rows
    ]


def list_sequences(ws: Workspace) -> list[dict[str, Any]]:
    """Each definition with its enrolments by state and whether it runs."""
    programme = load(ws)
    with ws.db.session() as session:
        counts = session.exec(select(Enrollment.sequence, Enrollment.state, func.count())
                              .group_by(col(Enrollment.sequence), col(Enrollment.state))).all()
    by_seq: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(nd.STATES, 0))
    for name, state, n in counts:
        by_seq[name][state] = int(n)
    out = []
    for seq in programme.definitions.sequences:
        out.append({
            **seq.as_json(),
            "runs": programme.runnable(seq.name) is not None,
            "problem": None if programme.runnable(seq.name) else programme.why_not(seq.name),
            "enrollments": by_seq[seq.name],
        })
    for name in sorted(set(by_seq) - set(programme.definitions.names)):
        out.append({"name": name, "purpose": None, "steps": [], "runs": False,
                    "problem": f"no longer in {SEQUENCES_FILE}", "enrollments": by_seq[name]})
    return out


def sequence_report(ws: Workspace, *, name: str, limit: int = 200) -> dict[str, Any]:
    """One sequence: where its live leads are per step, its drafts per step, exits by reason, and
    its most recent enrolments."""
    programme = load(ws)
    seq = programme.definitions.get(name)
    with ws.db.session() as session:
        per_step = session.exec(
            select(Enrollment.state, Enrollment.step, func.count()).where(Enrollment.sequence == name)
            .where(col(Enrollment.state).in_(LIVE)).group_by(col(Enrollment.state), col(Enrollment.step))
        ).all()
        drafts = session.exec(
            select(Draft.step, Draft.status, func.count()).where(Draft.kind == DraftKind.SEQUENCE)
            .where(Draft.sequence == name).group_by(col(Draft.step), col(Draft.status))
        ).all()
        exits = session.exec(
            select(Enrollment.exit_reason, func.count()).where(Enrollment.sequence == name)
            .where(col(Enrollment.state).in_([EnrollmentState.EXITED, EnrollmentState.COMPLETED]))
            .group_by(col(Enrollment.exit_reason))
        ).all()
        recent = session.exec(
            select(Enrollment, Contact.email).join(Contact, col(Contact.id) == Enrollment.contact_id)
            .where(Enrollment.sequence == name).order_by(col(Enrollment.updated_at).desc(), col(Enrollment.id).desc())
            .limit(limit)
        ).all()
    steps = len(seq.steps) if seq else max([s for _, s, _ in per_step] + [s or 0 for s, _, _ in drafts] + [0])
    table = [{"step": n, "due": 0, "waiting": 0, "paused": 0, "drafts": {}} for n in range(1, steps + 1)]
    for state, step, n in per_step:
        # An active or paused lead is on its way to the next step; a waiting one is at its step.
        at = step if state == EnrollmentState.WAITING else step + 1
        if 1 <= at <= len(table):
            key = {"active": "due", "waiting": "waiting", "paused": "paused"}[state]
            table[at - 1][key] += int(n)
    for step, status_, n in drafts:
        if step and 1 <= step <= len(table):
            table[step - 1]["drafts"][status_] = int(n)
    if seq is not None:
        for row in table:
            spec = seq.step(row["step"])
            if spec is not None:
                row.update(wait_days=spec.wait_days, stage=spec.stage, asset=spec.asset,
                           branches=[b.describe() for b in spec.branches])
    return {
        "name": name,
        "definition": seq.as_json() if seq else None,
        "runs": programme.runnable(name) is not None,
        "problem": None if programme.runnable(name) else programme.why_not(name),
        "steps": table,
        "exits": {str(reason or "unknown"): int(n) for reason, n in exits},
        "enrollments": [{"email": email, **_enrollment_json(r)} for r, email in recent],
    }
