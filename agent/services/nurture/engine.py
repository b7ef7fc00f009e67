"""The tick: expire, enter, resume, settle, then decide and draft every due enrolment, in batches."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, update
from sqlalchemy import insert as sa_insert
from sqlmodel import Session, col, select

from agent.nurture import decide as nd
from agent.nurture.content import Asset
from agent.nurture.definitions import EXIT_STAGES, SEQUENCES_FILE, SequenceDef
from drafting.context import HistoryFact, SenderFacts
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
from agent.services.nurture.lifecycle import create_enrollment, entry_refusal, exit_contact, past_enrollments
from agent.services.nurture.programme import Programme, load
from agent.services.nurture.rows import ACTOR, AUTO_ACTOR, LIVE, cas, insert_for, log_path, persona_of

if TYPE_CHECKING:
    from agent.workspace import Workspace
    from drafting.base import DraftProvider


log = logging.getLogger("outrider.nurture")

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
#: Ids per bulk UPDATE ... WHERE id IN (...) (well under SQLite's bound-parameter limit).
_CHUNK = 500
#: A step's queue priority is the lead's score scaled to at most this (signals rank up to 100).
STEP_PRIORITY = 50.0


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
    """Step drafts nobody approved in time expire, in bulk: a busy day expires thousands. The write
    session holds SQLite's write lock (PostgreSQL: the rows are locked), so what is read is what
    is changed; the status guard in the UPDATE keeps it a compare-and-set all the same."""
    expirable = [DraftStatus.PENDING, DraftStatus.SNOOZED]
    with ws.db.write_session() as session:
        query = (
            select(Draft.id, Draft.status, Draft.enrollment_id, Draft.step, Draft.expires_at)
            .where(Draft.kind == DraftKind.SEQUENCE)
            .where(col(Draft.status).in_(expirable))
            .where(col(Draft.expires_at) <= now)
            .order_by(col(Draft.id))
        )
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update()
        due = session.exec(query).all()
        if not due:
            return
        for start in range(0, len(due), _CHUNK):
            ids = [d[0] for d in due[start : start + _CHUNK]]
            session.execute(
                update(Draft).where(col(Draft.id).in_(ids)).where(col(Draft.status).in_(expirable))
                .values(status=DraftStatus.EXPIRED, version=Draft.version + 1, updated_at=now)
                .execution_options(synchronize_session=False)
            )
        events: list[dict[str, Any]] = []
        logs: list[dict[str, Any]] = []
        for draft_id, status, enrollment_id, step, expires_at in due:
            why = (f"not approved by {as_utc(expires_at):%Y-%m-%d %H:%M} UTC (approve_within_days); "
                   "a sequence step is never sent late")
            events.append({"draft_id": draft_id, "actor": ACTOR, "action": "expired", "from_status": str(status),
                           "to_status": DraftStatus.EXPIRED, "reason": why, "edits": {}, "at": now})
            if enrollment_id:
                logs.append({"enrollment_id": enrollment_id, "step": step, "action": "expired", "detail": why,
                             "draft_id": draft_id, "asset": None, "at": now})
        session.execute(sa_insert(ReviewEvent), events)
        if logs:
            session.execute(sa_insert(EnrollmentLog), logs)
        report.expired += len(due)
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
        past = past_enrollments(session, contacts)
        for contact_id, seqs, why, stage_needed in wanted:
            contact = contacts.get(contact_id)
            if contact is None:
                continue
            if stage_needed and contact.stage != stage_needed:
                continue  # it moved on since
            for seq in seqs:
                refusal = entry_refusal(session, contact, seq.name, programme, past[contact_id], now)
                if refusal is None and create_enrollment(session, contact, seq, past[contact_id], entered_by=why, now=now):
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
            if cas(session, row, state=back, resume_state=None, paused_until=None, updated_at=now,
                    next_at=row.next_at if back == EnrollmentState.ACTIVE else None):
                log_path(session, row.id or 0, "resumed", action.reason, now, step=row.step)
                report.resumed += 1
        session.commit()


# -- settling decided steps -------------------------------------------------------------------


def _settle(ws: Workspace, programme: Programme, now: datetime, report: TickReport) -> None:
    """Waiting enrolments whose step draft was decided move on: to the next step's wait, or done.
    Active or paused ones of a sequence no longer in sequences.toml end (their steps are gone)."""
    with ws.db.write_session() as session:
        gone = session.exec(
            select(Enrollment)
            .where(col(Enrollment.state).in_([EnrollmentState.ACTIVE, EnrollmentState.PAUSED]))
            .where(col(Enrollment.sequence).not_in(programme.definitions.names or [""]))
        ).all()
        for row in gone:
            detail = f"sequence {row.sequence} is no longer in {SEQUENCES_FILE}"
            if cas(session, row, state=EnrollmentState.EXITED, exit_reason=nd.STOPPED, exit_detail=detail,
                    ended_at=now, updated_at=now, next_at=None):
                log_path(session, row.id or 0, "exited", detail, now, step=row.step)
                report.exited += 1
        query = (
            select(Enrollment, Draft.status, Outbox.sent_at)
            .join(Draft, col(Draft.id) == Enrollment.current_draft_id)
            .outerjoin(Outbox, col(Outbox.draft_id) == Draft.id)
            .where(Enrollment.state == EnrollmentState.WAITING)
            .where(col(Draft.status).in_(sorted(nd.SETTLED_DRAFT)))
            .order_by(col(Enrollment.id))
        )
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(of=Enrollment)
        rows = session.exec(query).all()
        moves: list[dict[str, Any]] = []
        logs: list[dict[str, Any]] = []
        for row, status, sent_at in rows:
            seq = programme.definitions.get(row.sequence)
            if seq is None:
                detail = f"sequence {row.sequence} is no longer in {SEQUENCES_FILE}"
                if cas(session, row, state=EnrollmentState.EXITED, exit_reason=nd.STOPPED, exit_detail=detail,
                        ended_at=now, updated_at=now, next_at=None, current_draft_id=None):
                    log_path(session, row.id or 0, "exited", detail, now, step=row.step)
                    report.exited += 1
                continue
            # The next wait counts from the send; other outcomes are learnt at this tick.
            at = as_utc(sent_at) if status == DraftStatus.SENT and sent_at and as_utc(sent_at) <= now else now
            state, next_at = nd.settle(seq, row.step, at)
            done = state == nd.COMPLETED
            moves.append({
                "b_id": row.id, "b_version": row.version, "b_state": state, "b_next_at": next_at, "b_now": now,
                "b_reason": nd.DONE if done else None,
                "b_detail": f"completed all {len(seq.steps)} steps" if done else None,
                "b_ended": now if done else None,
            })
            logs.append({"enrollment_id": row.id, "step": row.step, "action": "settled", "detail": f"step {row.step} {status}",
                         "draft_id": row.current_draft_id, "asset": None, "at": now})
            if done:
                logs.append({"enrollment_id": row.id, "step": row.step, "action": "completed",
                             "detail": f"completed all {len(seq.steps)} steps", "draft_id": None, "asset": None, "at": now})
                report.completed += 1
        if moves:
            # The rows are locked (SQLite: the write session's lock; PostgreSQL: FOR UPDATE), so each
            # compare-and-set on its version holds: one statement for all of them.
            session.connection().execute(_SETTLE, moves)
            session.execute(sa_insert(EnrollmentLog), logs)
            report.settled += len(moves)
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
    #: The e-mails each lead already got from us, newest first (what grounds "after my last note").
    history: dict[int, list[Any]]


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
    history: dict[int, list[Any]] = defaultdict(list)
    for contact_id, subject, sent_at in session.exec(
        select(Draft.contact_id, Draft.subject, Outbox.sent_at).join(Outbox, col(Outbox.draft_id) == Draft.id)
        .where(col(Draft.contact_id).in_(contact_ids)).where(col(Outbox.sent_at).is_not(None))
        .where(col(Outbox.sent_at) >= since).order_by(col(Outbox.sent_at).desc())
    ).all():
        if len(history[contact_id or 0]) < 5:
            history[contact_id or 0].append(HistoryFact(at=as_utc(sent_at), kind="email", summary=f"we sent \"{subject}\""))
    return _Facts(
        contacts=contacts,
        accounts=accounts,
        events=events,
        sent=sent,
        used=used,
        past=past_enrollments(session, contact_ids),
        first_approved=first_approved,
        history=dict(history),
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


@dataclass
class _Batch:
    """One batch of due enrolments, decided, with its step drafts being written (maybe by the pool)."""

    plans: list[_Plan]
    facts: _Facts
    drafts: Any  # () -> the draft rows of `steps`, in order; None when the batch drafts nothing
    steps: list[_Plan]

    @property
    def enrollment_ids(self) -> set[int]:
        return {p.row.id or 0 for p in self.plans}

    @property
    def contact_ids(self) -> set[int]:
        return {p.row.contact_id for p in self.plans}


def _advance(ws: Workspace, programme: Programme, now: datetime, report: TickReport, *,
             provider: DraftProvider | None, limit: int | None) -> None:
    """Decide and draft due enrolments a batch at a time, pipelined: while the drafting pool
    writes batch k's step drafts, this process reads and decides batch k+1, then stores batch k.
    A batch leaves out the enrolments and leads of the batch in flight, so each is decided on
    what the stored batches left (as one batch after another would)."""
    from agent.pipeline import _BatchDrafter, _sender, make_provider
    from drafting.nurture import step_policy

    names = programme.runnable_names
    sender = _sender(ws)  # once a tick: it parses the configured From address
    drafter = None
    hops: dict[int, int] = defaultdict(int)
    passes = 0
    pending: _Batch | None = None
    try:
        while True:
            batch: _Batch | None = None
            in_flight = len(pending.steps) if pending else 0
            room = BATCH if limit is None else min(BATCH, limit - report.drafted - in_flight)
            if passes < MAX_PASSES and room > 0:
                query = (
                    select(Enrollment)
                    .where(Enrollment.state == EnrollmentState.ACTIVE)
                    .where(col(Enrollment.next_at) <= now)
                    .where(col(Enrollment.sequence).in_(names))
                )
                if pending is not None:
                    query = (query.where(col(Enrollment.id).not_in(sorted(pending.enrollment_ids)))
                             .where(col(Enrollment.contact_id).not_in(sorted(pending.contact_ids))))
                with ws.db.session() as session:
                    rows = list(session.exec(query.order_by(col(Enrollment.next_at), col(Enrollment.id)).limit(room)).all())
                    facts = _gather(session, rows, now) if rows else None
                if rows and facts is not None:
                    passes += 1
                    plans = [_plan(row, programme, facts, now, hops) for row in rows]
                    steps = [p for p in plans if isinstance(p.action, nd.DraftStep)]
                    drafts = None
                    if steps:
                        if drafter is None:
                            drafter = _BatchDrafter(provider or make_provider(ws), step_policy(ws.config.guardrails),
                                                    expected=len(steps))
                        drafts = drafter.submit([_job(p, programme, facts, now, sender) for p in steps], now)
                    batch = _Batch(plans, facts, drafts, steps)
            if pending is not None:
                _store(ws, programme, pending, now, report)
                pending = None
                if batch is None:
                    continue  # what was just stored may have made more enrolments due (or freed its leads)
            if batch is None:
                break
            pending = batch
    finally:
        if drafter is not None:
            drafter.close()


def _store(ws: Workspace, programme: Programme, batch: _Batch, now: datetime, report: TickReport) -> None:
    if batch.drafts is not None:
        for plan, fields in zip(batch.steps, batch.drafts(), strict=True):
            plan.draft = fields
    _apply(ws, programme, batch.plans, batch.facts, now, report)


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
        persona=persona_of(contact, programme.personas),
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


def _step_context(programme: Programme, *, asset: Asset, seq_name: str, purpose: str, step: int,
                  contact: Contact, account: Account | None, history: list[Any], now: datetime,
                  instruction: str | None, sender: SenderFacts) -> Any:
    """What a drafter may know for one step: the asset, the lead, its recent history, the sender."""
    from drafting.context import AccountFacts, ContactFacts
    from drafting.nurture import step_context

    return step_context(
        asset_id=asset.id,
        asset_title=asset.title,
        asset_url=asset.url,
        asset_stage=asset.stage,
        asset_facts=asset.facts,
        sequence=seq_name,
        purpose=purpose,
        step=step,
        account=AccountFacts(
            name=account.name if account else (contact.company or ""),
            domain=account.domain if account else None,
            industry=account.industry if account else None,
            employees=account.employees if account else None,
            country=account.country if account else None,
        ),
        contact=ContactFacts(first_name=contact.first_name, last_name=contact.last_name, email=contact.email,
                             title=contact.title),
        sender=sender,
        now=now,
        history=history,
        persona=persona_of(contact, programme.personas),
        lifecycle_stage=contact.lifecycle_stage,
        instruction=instruction,
    )


def _job(plan: _Plan, programme: Programme, facts: _Facts, now: datetime, sender: SenderFacts) -> Any:
    from agent.pipeline import _DraftJob

    action = plan.action
    assert isinstance(action, nd.DraftStep)
    contact = facts.contacts[plan.row.contact_id]
    context = _step_context(
        programme, asset=action.asset, seq_name=plan.seq.name, purpose=plan.seq.purpose, step=action.step,
        contact=contact, account=facts.accounts.get(contact.account_id or 0),
        history=facts.history.get(contact.id or 0, []), now=now, instruction=action.instruction, sender=sender,
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
                if cas(session, row, state=EnrollmentState.COMPLETED, exit_reason=nd.DONE, exit_detail=action.reason,
                        ended_at=now, updated_at=now, next_at=None):
                    log_path(session, row.id or 0, "completed", action.reason, now, step=row.step)
                    report.completed += 1
                    _went_quiet(session, row, now)
            elif isinstance(action, nd.Skip):
                values: dict[str, Any] = {"step": action.step, "next_at": action.next_at, "updated_at": now}
                if action.next_at is None:
                    values.update(state=EnrollmentState.COMPLETED, exit_reason=nd.DONE, ended_at=now,
                                  exit_detail=f"completed: {action.reason}")
                if cas(session, row, **values):
                    log_path(session, row.id or 0, "skipped", action.reason, now, step=action.step)
                    report.skipped += 1
                    if action.next_at is None:
                        _went_quiet(session, row, now)
            elif isinstance(action, nd.TakeBranch):
                _branch(session, programme, plan, facts, now, report)
        if steps:
            _insert_steps(session, steps, facts, now, report)
        session.commit()


def _went_quiet(session: Session, row: Enrollment, now: datetime) -> None:
    """A sequence that ran to its end without a reply or conversion leaves the lead dormant."""
    from agent.services.reactivation import sequence_completed

    contact = session.get(Contact, row.contact_id)
    if contact is not None:
        sequence_completed(session, contact, sequence=row.sequence, now=now)


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
#: One statement for every enrolment a tick settles (executemany).
_SETTLE = (
    update(_E)
    .where(_E.c.id == bindparam("b_id"))
    .where(_E.c.version == bindparam("b_version"))
    .values(state=bindparam("b_state"), next_at=bindparam("b_next_at"), current_draft_id=None,
            updated_at=bindparam("b_now"), exit_reason=bindparam("b_reason"), exit_detail=bindparam("b_detail"),
            ended_at=bindparam("b_ended"), version=bindparam("b_version") + 1)
)


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
    insert = insert_for(session)
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
    refusal = entry_refusal(session, contact, action.goto, programme, past, now, leaving=row.id)
    if target is None or refusal is not None:
        return  # decided as possible a moment ago; leave it for the next tick to decide again
    detail = f"moved to {action.goto}: {action.reason}"
    if not cas(session, row, state=EnrollmentState.EXITED, exit_reason=nd.BRANCHED, exit_detail=detail,
                ended_at=now, updated_at=now, next_at=None):
        return
    log_path(session, row.id or 0, "branched", detail, now, step=action.step)
    row.state = EnrollmentState.EXITED
    created = create_enrollment(session, contact, target, past,
                      entered_by=f"branch from {row.sequence} step {action.step}: {action.reason}", now=now)
    if created is not None:
        report.branched += 1
        report.details.append(f"{contact.email}: {row.sequence} -> {action.goto} ({action.reason})")
