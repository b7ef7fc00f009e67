"""Dormant-lead reactivation: the one API the CLI, the UI and the pipeline use.

* Who is dormant: `agent.leads.stages` decides (inactivity, CRM stage/status); a completed
  sequence without conversion also makes a lead dormant (`sequence_completed`). Every move is a
  `change_stage` with its reason.
* What wakes one: `Waker.wake` is called by routing for each signal worth a draft. A dormant lead
  at the signal's account who fits a persona (and, for hiring, whose department is hiring) gets a
  reactivation draft written with its history; so does a dormant lead a job change is about.
* One reactivation per lead per signal (UNIQUE(signal_id, contact_id)) and at most one open
  (pending, snoozed or approved) per lead (a partial UNIQUE index, `uq_draft_open_reactivation`).
* `list_reactivations` / `stats` feed `outrider reactivations list/stats` and the page; the
  page's actions are the queue's (approve, edit, reject, snooze) plus `not_dormant`,
  `wrong_person` and `enrol_instead` here.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from agent.leads import stages as st
from agent.services.auth import Actor, authorize
from agent.services.leads import LeadError
from agent.store.models import (
    Account,
    Contact,
    Draft,
    DraftKind,
    DraftStatus,
    EngagementEvent,
    Outbox,
    ReviewEvent,
    Signal,
    StageChange,
)
from agent.workspace import Workspace
from drafting.context import DraftContext, HistoryFact, ReactivationFacts
from signals.model import Person, as_utc

log = logging.getLogger("outrider.reactivation")

#: A reactivation still waiting on a person (or on sending): a lead has at most one of these.
OPEN_STATUSES: tuple[str, ...] = (DraftStatus.PENDING, DraftStatus.SNOOZED, DraftStatus.APPROVED)
#: At most this many history facts go into a draft's context (the latest ones).
MAX_HISTORY = 8
#: The first characters of a reply kept in the history ("the last reply's first lines").
REPLY_CHARS = 200

TRIGGER_LABELS: dict[str, str] = {
    "funding": "funding round",
    "new_executive": "new executive",
    "hiring": "hiring in their department",
    "intent_surge": "intent surge",
    "technology": "competitor/technology change",
    "promotion": "their promotion",
    "job_move": "their move to a new company",
    "return": "came back to the site",
}


class ReactivationError(LeadError):
    """A reactivation action that cannot be done, in words a person can act on."""


# --------------------------------------------------------------------------- pure rules


def trigger_for(signal_kind: str, facts: dict[str, Any] | None, *, about_them: bool) -> str | None:
    """The wake trigger a signal is, for a dormant lead at its account, or None when it wakes nobody.

    `about_them`: the signal is a job change of this very person (promotion, move).
    """
    facts = facts or {}
    change = str(facts.get("change") or "")
    if signal_kind == "job_change":
        if about_them:
            return "job_move" if change == "champion_moved" else "promotion" if change == "promotion" else "new_executive"
        return "new_executive" if change == "new_executive" else None
    return {
        "funding": "funding",
        "new_role": "hiring",
        "hiring_surge": "hiring",
        "intent_spike": "intent_surge",
        "tech_installed": "technology",
        "tech_removed": "technology",
    }.get(signal_kind)


def _family(text: str | None) -> str:
    from drafting.offline import persona_family

    return persona_family(None, text)


def hiring_fits(facts: dict[str, Any] | None, title: str | None) -> bool:
    """Is the hiring in this person's department? ("Account Executive" postings and a VP Sales)."""
    facts = facts or {}
    wanted = _family(title)
    for key in ("function", "department", "role_title", "title", "functions"):
        value = facts.get(key)
        values = value if isinstance(value, list) else [value]
        for v in values:
            if isinstance(v, str) and v.strip() and _family(v) == wanted and wanted != "other":
                return True
    return False


# --------------------------------------------------------------------------- history


def history_for(session: Session, contact: Contact, *, limit: int = MAX_HISTORY) -> list[HistoryFact]:
    """What happened between the team and this person, oldest first: replies (their first
    lines), meetings, our sent e-mails, the CRM's last activity and a lost deal with its reason."""
    facts: list[HistoryFact] = []
    events = session.exec(
        select(EngagementEvent)
        .where(EngagementEvent.contact_id == contact.id)
        .where(col(EngagementEvent.type).in_(["reply", "meeting_booked", "webinar_attended", "demo_request"]))
        .order_by(col(EngagementEvent.occurred_at).desc())
        .limit(limit)
    ).all()
    for e in events:
        props = e.properties or {}
        if e.type == "reply":
            first = " ".join(str(props.get("snippet") or props.get("text") or "").split())[:REPLY_CHARS]
            subject = str(props.get("subject") or "").strip()[:120]
            summary = "they replied" + (f" to \"{subject}\"" if subject else "") + (f": {first}" if first else "")
            facts.append(HistoryFact(at=e.occurred_at, kind="reply", summary=summary))
        elif e.type == "meeting_booked":
            facts.append(HistoryFact(at=e.occurred_at, kind="meeting", summary=str(props.get("title") or "meeting booked")[:200]))
        elif e.type == "webinar_attended":
            facts.append(HistoryFact(at=e.occurred_at, kind="event", summary=str(props.get("title") or "attended a webinar")[:200]))
        else:
            facts.append(HistoryFact(at=e.occurred_at, kind="request", summary="asked for a demo"))
    sent = session.exec(
        select(Draft.subject, Outbox.sent_at)
        .join(Outbox, col(Outbox.draft_id) == Draft.id)
        .where(Draft.contact_id == contact.id)
        .where(col(Outbox.sent_at).is_not(None))
        .order_by(col(Outbox.sent_at).desc())
        .limit(limit)
    ).all()
    for subject, sent_at in sent:
        if sent_at is not None:
            facts.append(HistoryFact(at=sent_at, kind="email", summary=f"we sent \"{subject}\""))
    if contact.closed_lost_at is not None or contact.lost_reason:
        at = contact.closed_lost_at or contact.last_activity_at or contact.stage_changed_at or contact.created_at
        facts.append(HistoryFact(at=at, kind="deal", summary="deal closed lost" + (f": {contact.lost_reason[:200]}" if contact.lost_reason else "")))
    if contact.last_activity_at is not None:
        facts.append(HistoryFact(at=contact.last_activity_at, kind="activity", summary="last activity logged in the CRM"))
    facts.sort(key=lambda h: h.at)
    return facts[-limit:]


def dormancy(session: Session, contact: Contact) -> tuple[datetime | None, str]:
    """Since when and why the lead is dormant (its latest move to dormant)."""
    change = session.exec(
        select(StageChange)
        .where(StageChange.contact_id == contact.id)
        .where(StageChange.to_stage == st.DORMANT)
        .order_by(col(StageChange.at).desc(), col(StageChange.id).desc())
    ).first()
    touches = [as_utc(t) for t in (contact.last_engaged_at, contact.last_activity_at, contact.closed_lost_at) if t]
    last_touch = max(touches) if touches else None
    if change is None:
        return last_touch or contact.stage_changed_at, "dormant"
    # Quiet since the last touch, when that is known and earlier than the move (an import finds
    # a lead that went quiet months ago).
    since = min(as_utc(change.at), last_touch) if last_touch else as_utc(change.at)
    return since, change.reason


def open_reactivation(session: Session, contact_id: int) -> int | None:
    return session.exec(
        select(Draft.id)
        .where(Draft.contact_id == contact_id)
        .where(Draft.kind == DraftKind.REACTIVATION)
        .where(col(Draft.status).in_(OPEN_STATUSES))
    ).first()


# --------------------------------------------------------------------------- waking (routing)


@dataclass
class Wake:
    person: Person
    trigger: str
    context: DraftContext
    reason: str


class Waker:
    """Decides, inside routing's transaction, which dormant leads a signal wakes.

    Keeps the leads it woke in this run, so two signals in one batch never open two
    reactivations for the same lead.
    """

    def __init__(self, session: Session, ws: Workspace) -> None:
        self.session = session
        self.ws = ws
        self.taken: set[int] = set()

    def _fits(self, person: Person) -> bool:
        from signals.scoring import choose_recipient

        return choose_recipient([person], self.ws.config.icp.personas) is not None

    def wake(
        self,
        signal: Signal,
        account: Any,
        people: Iterable[Person],
        *,
        preferred: Person | None,
        fit_reasons: Iterable[str],
    ) -> list[Wake]:
        """The reactivations this signal opens (dormant people only; suppression is the caller's)."""
        from agent.pipeline import draft_context

        out: list[Wake] = []
        people = list(people)
        moved = self._moved_from(signal, preferred)
        reachable = preferred is not None and any(p.id == preferred.id for p in people)
        if moved is not None and preferred is not None and reachable and preferred.id not in self.taken:
            wake = self._wake_moved(signal, account, preferred, moved, fit_reasons)
            if wake is not None:
                out.append(wake)
            return out
        for person in people:
            if person.stage != st.DORMANT or person.id in self.taken:
                continue
            about_them = preferred is not None and preferred.id == person.id
            # Someone else's promotion or move wakes nobody; a new executive wakes the account.
            trigger = trigger_for(signal.kind, signal.facts, about_them=about_them)
            if trigger is None:
                continue
            if not about_them and not self._fits(person):
                continue
            if trigger == "hiring" and not hiring_fits(signal.facts, person.title):
                continue
            if open_reactivation(self.session, person.id) is not None:
                log.info("lead %s (%s): already has an open reactivation; signal %s not drafted for it",
                         person.id, person.email, signal.id)
                continue
            contact = self.session.get(Contact, person.id)
            if contact is None:
                continue
            since, why = dormancy(self.session, contact)
            ctx = draft_context(self.ws, signal, account, person, fit_reasons=fit_reasons)
            ctx = ctx.model_copy(update={
                "history": history_for(self.session, contact),
                "reactivation": ReactivationFacts(trigger=trigger, dormant_since=since, dormant_reason=why),
            })
            self.taken.add(person.id)
            reason = f"reactivates {person.full_name} (dormant: {why}) on {TRIGGER_LABELS.get(trigger, trigger)}"
            log.info("lead %s (%s): signal %s wakes it (%s)", person.id, person.email, signal.id, trigger)
            out.append(Wake(person=person, trigger=trigger, context=ctx, reason=reason))
        return out


    def _moved_from(self, signal: Signal, preferred: Person | None) -> Contact | None:
        """For a move written to a new address: the dormant contact the person was at their
        previous company (same name, previous company), whose history comes along."""
        facts = signal.facts or {}
        if preferred is None or signal.kind != "job_change" or facts.get("change") != "champion_moved":
            return None
        if preferred.stage == st.DORMANT:
            return None  # the same contact moved (a personal address): the loop wakes it
        first, _, last = str(facts.get("person") or "").strip().partition(" ")
        if not first:
            return None
        previous = str(facts.get("previous_company") or "").strip().casefold()
        rows = self.session.exec(
            select(Contact, Account)
            .outerjoin(Account, col(Account.id) == Contact.account_id)
            .where(col(Contact.first_name).ilike(first))
            .where(col(Contact.last_name).ilike(last.strip()))
            .where(Contact.id != preferred.id)
            .where(Contact.stage == st.DORMANT)
        ).all()
        for contact, old_account in rows:
            names = {(contact.company or "").casefold(), (old_account.name.casefold() if old_account else "")}
            if not previous or previous in names:
                return contact
        return None

    def _wake_moved(self, signal: Signal, account: Any, person: Person, old: Contact,
                    fit_reasons: Iterable[str]) -> Wake | None:
        from agent.pipeline import draft_context

        if open_reactivation(self.session, person.id) is not None:
            return None
        since, why = dormancy(self.session, old)
        ctx = draft_context(self.ws, signal, account, person, fit_reasons=fit_reasons)
        ctx = ctx.model_copy(update={
            "history": history_for(self.session, old),
            "reactivation": ReactivationFacts(trigger="job_move", dormant_since=since,
                                              dormant_reason=f"as {old.email}: {why}"),
        })
        self.taken.add(person.id)
        log.info("lead %s (%s): moved from %s (dormant); its history comes along (signal %s)",
                 person.id, person.email, old.email, signal.id)
        return Wake(person=person, trigger="job_move", context=ctx,
                    reason=f"reactivates {person.full_name}, dormant at their previous company ({why})")


# --------------------------------------------------------------------------- first-party returns

#: Events that count as a visit: a person coming back to the site on their own.
VISITS = ("page_view", "content_download", "form_submit", "webinar_attended")
#: How far back `wake_returns` looks for returns it has not drafted yet.
RETURN_LOOKBACK_DAYS = 14


@dataclass
class ReturnReport:
    found: int = 0
    drafted: int = 0
    draft_ids: list[int] | None = None


def _returns(session: Session, ws: Workspace, now: datetime) -> list[tuple[Contact, EngagementEvent, StageChange]]:
    """Dormant leads a visit woke (dormant -> engaged on a visit) after `return_after_days` of silence,
    with no reactivation drafted for that return yet."""
    since = now - timedelta(days=RETURN_LOOKBACK_DAYS)
    rows = session.exec(
        select(StageChange, EngagementEvent, Contact)
        .join(EngagementEvent, col(EngagementEvent.id) == StageChange.event_id)
        .join(Contact, col(Contact.id) == StageChange.contact_id)
        .where(StageChange.from_stage == st.DORMANT)
        .where(StageChange.to_stage == st.ENGAGED)
        .where(col(StageChange.at) >= since)
        .where(col(EngagementEvent.type).in_(VISITS))
    ).all()
    quiet = timedelta(days=ws.config.dormant.return_after_days)
    out = []
    for change, event, contact in rows:
        if contact.account_id is None:
            continue
        before = session.exec(
            select(EngagementEvent.occurred_at)
            .where(EngagementEvent.contact_id == contact.id)
            .where(EngagementEvent.id != event.id)
            .where(col(EngagementEvent.type).in_(sorted(st.ENGAGING)))
            .where(col(EngagementEvent.occurred_at) <= event.occurred_at)
            .order_by(col(EngagementEvent.occurred_at).desc())
        ).first()
        touches = [as_utc(t) for t in (before, contact.last_activity_at) if t is not None]
        last = max(touches) if touches else None
        if last is not None and as_utc(event.occurred_at) - last < quiet:
            continue
        drafted = session.exec(
            select(Draft.id).where(Draft.contact_id == contact.id).where(Draft.kind == DraftKind.REACTIVATION)
            .where(col(Draft.created_at) >= change.at)
        ).first()
        if drafted is None:
            out.append((contact, event, change))
    return out


def wake_returns(ws: Workspace, *, now: datetime | None = None, provider: Any = None) -> ReturnReport:
    """A dormant lead came back to the site after `[dormant] return_after_days` of silence: draft a
    reactivation with its history (the visit itself is never mentioned in the e-mail). Runs with the
    drafting job; the model is called with no transaction open."""
    from agent.pipeline import _insert_ignore_for, _sender, make_provider
    from drafting.context import AccountFacts, ContactFacts
    from signals.model import Evidence, utcnow

    now = as_utc(now) if now else utcnow()
    report = ReturnReport(draft_ids=[])
    jobs: list[tuple[Contact, EngagementEvent, DraftContext]] = []
    from agent.delivery.sender import suppressed_by
    from agent.store.models import Suppression

    with ws.db.session() as session:
        returns = _returns(session, ws, now)
        suppressed = set(session.exec(select(Suppression.value)).all()) if returns else set()
        for contact, event, change in returns:
            if open_reactivation(session, contact.id or 0) is not None or suppressed_by(contact.email, suppressed):
                continue
            account = session.get(Account, contact.account_id)
            if account is None:
                continue
            history = history_for(session, contact)
            prior = session.exec(
                select(StageChange).where(StageChange.contact_id == contact.id).where(StageChange.to_stage == st.DORMANT)
                .where(col(StageChange.at) <= change.at).order_by(col(StageChange.at).desc())
            ).first()
            ctx = DraftContext(
                signal_kind="return",
                signal_title=f"{contact.first_name} came back to the website",
                occurred_at=event.occurred_at,
                facts={"event_id": event.id, "page": event.url},
                evidence=[Evidence(id="E1", label="visit", text=f"visited {event.url or 'the website'}")],
                account=AccountFacts(name=account.name, domain=account.domain, industry=account.industry,
                                     employees=account.employees, country=account.country),
                contact=ContactFacts(first_name=contact.first_name, last_name=contact.last_name, email=contact.email,
                                     title=contact.title),
                lifecycle_stage=contact.lifecycle_stage,
                sender=_sender(ws),
                allowed_urls=list(ws.config.guardrails.allowed_urls),
                history=[h for h in history if as_utc(h.at) <= as_utc(event.occurred_at)],
                reactivation=ReactivationFacts(
                    trigger="return", dormant_since=prior.at if prior else None,
                    dormant_reason=prior.reason if prior else "dormant",
                ),
            )
            jobs.append((contact, event, ctx))
    report.found = len(jobs)
    if not jobs:
        return report
    from drafting.produce import produce_draft  # here: a cycle with no returning lead loads no drafter

    provider = provider or make_provider(ws)
    rows = []
    for contact, event, ctx in jobs:
        produced = produce_draft(ctx, provider, policy=ws.config.guardrails)
        d = produced.draft
        rows.append({
            "signal_id": None, "kind": DraftKind.REACTIVATION, "account_id": contact.account_id,
            "contact_id": contact.id, "priority": 50.0 + min(max(contact.score, 0.0), 100.0) / 4,
            "context": ctx.model_dump(mode="json"), "status": DraftStatus.PENDING, "version": 1, "edited": False,
            "created_at": now, "updated_at": now, "subject": d.subject, "body": d.body,
            "call_to_action": d.call_to_action, "provider": d.provider, "model": d.model,
            "prompt_version": d.prompt_version, "evidence_ids": list(d.evidence_ids),
            "guardrail_report": [r.model_dump() for r in produced.report.results],
            "fallback_reason": produced.fallback_reason,
        })
    with ws.db.write_session() as session:
        insert = _insert_ignore_for(session)
        for row in rows:
            session.execute(insert(Draft).on_conflict_do_nothing(), [row])  # type: ignore[attr-defined]
        session.commit()
        ids = session.exec(
            select(Draft.id).where(Draft.kind == DraftKind.REACTIVATION).where(Draft.created_at == now)
            .where(col(Draft.contact_id).in_([c.id for c, _e, _x in jobs]))
        ).all()
    report.draft_ids = [i for i in ids if i]
    report.drafted = len(report.draft_ids)
    for contact, event, _ctx in jobs:
        log.info("lead %s (%s): came back (event %s) after going dormant; reactivation drafted",
                 contact.id, contact.email, event.id)
    return report


# --------------------------------------------------------------------------- dormancy from sequences


def sequence_completed(session: Session, contact: Contact, *, sequence: str, now: datetime) -> bool:
    """A sequence ran to its end without conversion: the lead goes dormant (reason stored)."""
    from agent.services.leads import change_stage

    if contact.stage not in (st.LEAD, st.ENGAGED):
        return False
    return change_stage(session, contact, st.DORMANT, reason=f"sequence {sequence!r} completed without a reply or conversion", now=now)


# --------------------------------------------------------------------------- views


def _iso(value: datetime | None) -> str | None:
    return as_utc(value).isoformat() if value is not None else None


def _item(d: Draft, c: Contact | None, a: Account | None, s: Signal | None) -> dict[str, Any]:
    ctx = d.context or {}
    react = ctx.get("reactivation") or {}
    history = [
        {"at": h.get("at"), "kind": h.get("kind"), "summary": h.get("summary", "")}
        for h in (ctx.get("history") or [])
    ]
    return {
        "draft_id": d.id,
        "email": c.email if c else None,
        "name": f"{c.first_name} {c.last_name}".strip() if c else None,
        "title": c.title if c else None,
        "contact_id": d.contact_id,
        "stage": c.stage if c else None,
        "account": a.name if a else None,
        "account_id": d.account_id,
        "trigger_kind": react.get("trigger"),
        "trigger_label": TRIGGER_LABELS.get(react.get("trigger") or "", react.get("trigger")),
        "dormant_since": react.get("dormant_since"),
        "dormant_reason": react.get("dormant_reason", ""),
        "lost_reason": c.lost_reason if c else None,
        "history": history,
        "signal": (
            {"id": s.id, "kind": s.kind, "title": s.title, "url": s.url, "occurred_at": _iso(s.occurred_at),
             "source": s.source, "evidence": s.evidence}
            if s is not None else None
        ),
        "subject": d.subject,
        "body": d.body,
        "status": d.status,
        "priority": round(d.priority, 1),
        "version": d.version,
        "provider": d.provider,
        "prompt_version": d.prompt_version,
        "fallback_reason": d.fallback_reason,
        "guardrails": d.guardrail_report,
        "created_at": _iso(d.created_at),
    }


def list_reactivations(db: Any, *, status: str | None = "open", limit: int = 200) -> list[dict[str, Any]]:
    """Reactivation drafts by priority (highest first). `status`: "open" (pending, snoozed,
    approved), "all", or one draft status."""
    with db.session() as session:
        query = (
            select(Draft, Contact, Account, Signal)
            .outerjoin(Contact, col(Contact.id) == Draft.contact_id)
            .outerjoin(Account, col(Account.id) == Draft.account_id)
            .outerjoin(Signal, col(Signal.id) == Draft.signal_id)
            .where(Draft.kind == DraftKind.REACTIVATION)
            .order_by(col(Draft.priority).desc(), col(Draft.id))
            .limit(limit)
        )
        if status == "open":
            query = query.where(col(Draft.status).in_(OPEN_STATUSES))
        elif status and status != "all":
            query = query.where(Draft.status == status)
        rows = session.exec(query).all()
        return [_item(d, c, a, s) for d, c, a, s in rows]


def _week(at: datetime) -> str:
    year, week, _ = as_utc(at).isocalendar()
    return f"{year}-W{week:02d}"


def stats(db: Any) -> list[dict[str, Any]]:
    """Per ISO week (of the draft) and trigger: found, approved, sent, replied, meetings."""
    rows: dict[tuple[str, str], dict[str, Any]] = defaultdict(
        lambda: {"found": 0, "approved": 0, "sent": 0, "replied": 0, "meetings": 0}
    )
    with db.session() as session:
        drafts = session.exec(select(Draft).where(Draft.kind == DraftKind.REACTIVATION)).all()
        if not drafts:
            return []
        ids = [d.id for d in drafts]
        approved = set(session.exec(
            select(ReviewEvent.draft_id).where(col(ReviewEvent.draft_id).in_(ids)).where(ReviewEvent.to_status == DraftStatus.APPROVED)
        ).all())
        sent = {d: at for d, at in session.exec(
            select(Outbox.draft_id, Outbox.sent_at).where(col(Outbox.draft_id).in_(ids)).where(col(Outbox.sent_at).is_not(None))
        ).all()}
        contacts = {d.contact_id for d in drafts if d.contact_id}
        events = session.exec(
            select(EngagementEvent.contact_id, EngagementEvent.type, EngagementEvent.occurred_at)
            .where(col(EngagementEvent.contact_id).in_(contacts))
            .where(col(EngagementEvent.type).in_(["reply", "meeting_booked"]))
        ).all() if contacts else []
    by_contact: dict[int, list[tuple[str, datetime]]] = defaultdict(list)
    for contact_id, type_, at in events:
        by_contact[contact_id or 0].append((type_, as_utc(at)))
    for d in drafts:
        trigger = ((d.context or {}).get("reactivation") or {}).get("trigger") or "unknown"
        row = rows[(_week(d.created_at), trigger)]
        row["found"] += 1
        if d.id in approved or d.status in (DraftStatus.APPROVED, DraftStatus.SENT):
            row["approved"] += 1
        sent_at = sent.get(d.id)
        if sent_at is not None or d.status == DraftStatus.SENT:
            row["sent"] += 1
            after = as_utc(sent_at) if sent_at else as_utc(d.updated_at)
            kinds = {t for t, at in by_contact.get(d.contact_id or 0, []) if at >= after}
            row["replied"] += "reply" in kinds
            row["meetings"] += "meeting_booked" in kinds
    return [{"week": w, "trigger": t, **v} for (w, t), v in sorted(rows.items(), reverse=True)]


def dormant_count(db: Any) -> int:
    with db.session() as session:
        return len(session.exec(select(Contact.id).where(Contact.stage == st.DORMANT)).all())


# --------------------------------------------------------------------------- actions


def _draft_contact(session: Session, draft_id: int) -> tuple[Draft, Contact]:
    draft = session.get(Draft, draft_id)
    if draft is None or draft.kind != DraftKind.REACTIVATION:
        raise ReactivationError(f"draft {draft_id} is not a reactivation; see `outrider reactivations list`")
    contact = session.get(Contact, draft.contact_id) if draft.contact_id else None
    if contact is None:
        raise ReactivationError(f"reactivation {draft_id} has no contact")
    return draft, contact


def not_dormant(
    ws: Workspace, draft_id: int, *, actor: str | Actor, reason: str = "", now: datetime | None = None
) -> dict[str, Any]:
    """The rep says the lead is active: the lead moves to engaged and the draft is rejected.

    `actor` (here and in `wrong_person`, `enrol_instead`): a signed-in `Actor` must be a rep or an
    admin (`Forbidden` otherwise); a plain name is the local single user."""
    from agent.services import leads as leads_service

    authorize(actor, "reactivate")
    with ws.db.session() as session:
        _draft, contact = _draft_contact(session, draft_id)
        email = contact.email
    why = reason.strip() or "a rep says this lead is not dormant"
    lead = leads_service.set_stage(ws, email=email, stage=st.ENGAGED, reason=f"not dormant: {why}", actor=actor, now=now)
    _reject_if_open(ws, draft_id, actor=actor, reason=f"not dormant: {why}")
    return lead


def wrong_person(
    ws: Workspace, draft_id: int, *, actor: str | Actor, reason: str = "", now: datetime | None = None
) -> dict[str, Any]:
    """The rep says this is the wrong person: the lead is disqualified and the draft rejected."""
    from agent.services import leads as leads_service

    authorize(actor, "reactivate")
    with ws.db.session() as session:
        _draft, contact = _draft_contact(session, draft_id)
        email = contact.email
    why = reason.strip() or "wrong person for a reactivation"
    lead = leads_service.set_stage(ws, email=email, stage=st.DISQUALIFIED, reason=f"wrong person: {why}", actor=actor, now=now)
    _reject_if_open(ws, draft_id, actor=actor, reason=f"wrong person: {why}")
    return lead


def _reject_if_open(ws: Workspace, draft_id: int, *, actor: str | Actor, reason: str) -> None:
    from agent.services import queue as queue_service

    view = queue_service.get_draft(ws.db, draft_id)
    if view.draft.status in (DraftStatus.PENDING, DraftStatus.SNOOZED):
        queue_service.reject(ws.db, draft_id=draft_id, reviewer=actor, reason=reason, expected_version=view.draft.version)


def enrol_instead(ws: Workspace, draft_id: int, *, actor: str | Actor, sequence: str | None = None,
                  now: datetime | None = None) -> dict[str, Any]:
    """Put the lead in the `reactivation` (or `re_engage`) sequence instead of sending this draft."""
    from agent.services import nurture as nurture_service

    authorize(actor, "reactivate")
    names = reactivation_sequences(ws)
    if not names:
        raise ReactivationError(
            "no sequence with purpose 'reactivation' or 're_engage' is defined; add one under sequences/ "
            "or approve/edit the draft instead"
        )
    chosen = sequence or names[0]
    if chosen not in names:
        raise ReactivationError(f"{chosen!r} is not a reactivation sequence; choose one of: {', '.join(names)}")
    with ws.db.session() as session:
        _draft, contact = _draft_contact(session, draft_id)
        email = contact.email
    result = nurture_service.enroll(ws, emails=[email], sequence=chosen, actor=actor, now=now)[0]
    if not result.get("enrolled"):
        raise ReactivationError(f"{email} was not enrolled in {chosen!r}: {result.get('reason')}")
    _reject_if_open(ws, draft_id, actor=actor, reason=f"enrolled in sequence {chosen!r} instead")
    return result


def reactivation_sequences(ws: Workspace) -> list[str]:
    """Names of defined sequences whose purpose is `reactivation` or `re_engage` (reactivation first)."""
    try:
        from agent.services import nurture as nurture_service

        programme = nurture_service.load(ws)
    except Exception:  # no sequences configured, or they do not load: the action is just not offered
        return []
    seqs = [s for s in programme.definitions.sequences
            if s.purpose in ("reactivation", "re_engage") and programme.runnable(s.name) is not None]
    seqs.sort(key=lambda s: (s.purpose != "reactivation", s.name))
    return [s.name for s in seqs]

