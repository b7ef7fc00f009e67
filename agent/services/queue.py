"""The review queue: list drafts, and approve, edit, reject or snooze them with compare-and-set.

Every change is `UPDATE draft ... WHERE id = ? AND version = ?`: when two reps act on one draft,
exactly one wins and the other gets a `Conflict` that says who got there first. The text a rep
approves or saves is held to the guardrails again (`recheck`): an edit cannot slip a link or a
placeholder past them, and approving a failing text needs a recorded override reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import update
from sqlmodel import col, select

from agent.services import audit
from agent.store.db import Database
from agent.store.models import (
    Account,
    Contact,
    Draft,
    DraftStatus,
    Outbox,
    ReviewEvent,
    Signal,
)
from agent.workspace import Workspace
from drafting.base import DraftProvider, OutreachDraft
from drafting.context import DraftContext
from signals.model import as_utc, utcnow

if TYPE_CHECKING:
    from agent.services.auth import Actor
    from drafting.guardrails import GuardrailReport

#: Statuses a rep can still act on.
ACTIONABLE = (DraftStatus.PENDING, DraftStatus.SNOOZED)


class QueueError(Exception):
    """A queue action that cannot be done; the message says why."""


class NotFound(QueueError):
    pass


class Conflict(QueueError):
    """Someone else changed the draft first. The message says who and what."""


class ChecksFailed(QueueError):
    """The text being approved fails guardrail checks; `report` has them all. Approving anyway
    needs an override reason, which is recorded."""

    def __init__(self, message: str, report: GuardrailReport) -> None:
        super().__init__(message)
        self.report = report


@dataclass(frozen=True)
class DraftView:
    """A draft with everything a rep needs to judge it."""

    draft: Draft
    #: None for a sequence step (it is about the lead's path, not one signal).
    signal: Signal | None
    account: Account
    contact: Contact | None

    def as_json(self) -> dict[str, Any]:
        d, s, a, c = self.draft, self.signal, self.account, self.contact
        return {
            "id": d.id,
            "kind": d.kind,
            "sequence": d.sequence,
            "step": d.step,
            "status": d.status,
            "priority": round(d.priority, 1),
            "subject": d.subject,
            "body": d.body,
            "call_to_action": d.call_to_action,
            "provider": d.provider,
            "model": d.model,
            "prompt_version": d.prompt_version,
            "version": d.version,
            "fallback_reason": d.fallback_reason,
            "evidence_ids": d.evidence_ids,
            "guardrails": d.guardrail_report,
            "account": {"id": a.id, "name": a.name, "domain": a.domain},
            "contact": (
                {"id": c.id, "email": c.email, "name": f"{c.first_name} {c.last_name}".strip(), "title": c.title}
                if c
                else None
            ),
            "signal": (
                {
                    "id": s.id,
                    "kind": s.kind,
                    "source": s.source,
                    "title": s.title,
                    "url": s.url,
                    "occurred_at": s.occurred_at.isoformat(),
                    "excerpt": s.excerpt,
                    "evidence": s.evidence,
                    "reasons": s.score_reasons,
                }
                if s is not None
                else None
            ),
            "reviewed_by": d.reviewed_by,
            "reject_reason": d.reject_reason,
            "created_at": d.created_at.isoformat(),
        }


@dataclass(frozen=True)
class QueueFilter:
    """Which drafts a list shows; every field narrows it, None means any.

    `family` is a signal family (funding, hiring, job_change, intent, technology; sequence steps
    have none), `owner` the contact's owner else the account's, `stage` the contact's lead stage,
    `min_age_days`/`max_age_days` how long ago the draft was written, `sequence` a sequence name,
    `kind` "signal" or "sequence".
    """

    status: str | None = DraftStatus.PENDING
    kind: str | None = None
    family: str | None = None
    owner: str | None = None
    stage: str | None = None
    sequence: str | None = None
    min_age_days: float | None = None
    max_age_days: float | None = None


@dataclass(frozen=True)
class DraftPage:
    """One page of drafts and how many match in all (not just this page)."""

    items: list[DraftView]
    total: int
    offset: int
    limit: int

    @property
    def first(self) -> int:
        """1-based number of the first row shown (0 when nothing is shown)."""
        return self.offset + 1 if self.items else 0

    @property
    def last(self) -> int:
        return self.offset + len(self.items)

    def describe(self, noun: str = "drafts") -> str:
        """"Showing 1-50 of 10,000 pending drafts." - the true total, never just the page."""
        if not self.total:
            return f"No {noun}."
        if not self.items:
            return f"Nothing on this page: there are {self.total:,} {noun}; go back to an earlier page."
        return f"Showing {self.first:,}-{self.last:,} of {self.total:,} {noun}."


def _filtered(query: Any, f: QueueFilter, now: datetime) -> Any:
    from sqlalchemy import func

    from signals.model import KIND_FAMILY

    if f.status:
        query = query.where(Draft.status == f.status)
    if f.kind in ("signal", "reactivation", "sequence"):
        query = query.where(Draft.kind == f.kind)
    if f.family:
        kinds = [k for k, fam in KIND_FAMILY.items() if fam == f.family]
        if not kinds:
            raise QueueError(
                f"there is no signal family {f.family!r}; use one of {', '.join(sorted(set(KIND_FAMILY.values())))}"
            )
        query = query.where(col(Signal.kind).in_(kinds))
    if f.owner:
        query = query.where(func.coalesce(Contact.owner_email, Account.owner_email) == f.owner)
    if f.stage:
        query = query.where(Contact.stage == f.stage)
    if f.sequence:
        query = query.where(Draft.sequence == f.sequence)
    if f.min_age_days is not None:
        query = query.where(col(Draft.created_at) <= now - timedelta(days=f.min_age_days))
    if f.max_age_days is not None:
        query = query.where(col(Draft.created_at) > now - timedelta(days=f.max_age_days))
    return query


def list_page(
    db: Database, filters: QueueFilter | None = None, *, limit: int = 50, offset: int = 0
) -> DraftPage:
    """One page of drafts by priority (highest first), with the true number that match.

    Two queries (the count and the page) however long the queue is; snoozed drafts whose time
    has come are released first so that they are counted as pending.
    """
    from sqlalchemy import func

    f = filters or QueueFilter()
    if limit < 1:
        raise QueueError(f"the page size must be 1 or more (got {limit})")
    if offset < 0:
        raise QueueError(f"the offset must be 0 or more (got {offset})")
    release_snoozed(db)
    now = utcnow()
    joined = (
        select(Draft, Signal, Account, Contact)
        .outerjoin(Signal, col(Signal.id) == Draft.signal_id)
        .join(Account, col(Account.id) == Draft.account_id)
        .outerjoin(Contact, col(Contact.id) == Draft.contact_id)
    )
    counted = (
        select(func.count(col(Draft.id)))
        .select_from(Draft)
        .outerjoin(Signal, col(Signal.id) == Draft.signal_id)
        .join(Account, col(Account.id) == Draft.account_id)
        .outerjoin(Contact, col(Contact.id) == Draft.contact_id)
    )
    with db.session() as session:
        total = int(session.exec(_filtered(counted, f, now)).one())
        rows = session.exec(
            _filtered(joined, f, now)
            .order_by(col(Draft.priority).desc(), col(Draft.id))
            .limit(limit)
            .offset(offset)
        ).all()
    return DraftPage(items=[DraftView(d, s, a, c) for d, s, a, c in rows], total=total, offset=offset, limit=limit)


def filter_choices(db: Database) -> dict[str, list[str]]:
    """The values the queue's filters can take in this workspace: owners, stages and sequences
    that occur on drafts (families are fixed)."""
    from sqlalchemy import func

    from signals.model import KIND_FAMILY

    with db.session() as session:
        owners = session.exec(
            select(func.coalesce(Contact.owner_email, Account.owner_email))
            .select_from(Draft)
            .join(Account, col(Account.id) == Draft.account_id)
            .outerjoin(Contact, col(Contact.id) == Draft.contact_id)
            .distinct()
        ).all()
        stages = session.exec(
            select(Contact.stage).join(Draft, col(Draft.contact_id) == Contact.id).distinct()
        ).all()
        sequences = session.exec(select(Draft.sequence).where(col(Draft.sequence).is_not(None)).distinct()).all()
    return {
        "family": sorted(set(KIND_FAMILY.values())),
        "owner": sorted(o for o in owners if o),
        "stage": sorted(s for s in stages if s),
        "sequence": sorted(s for s in sequences if s),
    }


def list_drafts(
    db: Database, *, status: str | None = DraftStatus.PENDING, limit: int = 200
) -> list[DraftView]:
    """Drafts by priority, highest first. `status=None` lists every status."""
    return list_page(db, QueueFilter(status=status), limit=limit).items


def get_draft(db: Database, draft_id: int) -> DraftView:
    with db.session() as session:
        row = session.exec(
            select(Draft, Signal, Account, Contact)
            .outerjoin(Signal, col(Signal.id) == Draft.signal_id)
            .join(Account, col(Account.id) == Draft.account_id)
            .outerjoin(Contact, col(Contact.id) == Draft.contact_id)
            .where(Draft.id == draft_id)
        ).first()
    if row is None:
        raise NotFound(f"there is no draft {draft_id}")
    return DraftView(*row)


def history(db: Database, draft_id: int) -> list[ReviewEvent]:
    with db.session() as session:
        return list(
            session.exec(
                select(ReviewEvent).where(ReviewEvent.draft_id == draft_id).order_by(col(ReviewEvent.id))
            ).all()
        )


#: The permission each recorded action needs (agent.services.auth.ALLOWED).
_PERMISSION = {"approved": "approve", "edited": "edit", "rejected": "reject", "snoozed": "snooze", "regenerated": "regenerate"}


def _require_actor(reviewer: str | Actor, action: str) -> str:
    """The name to record; refuses a signed-in user whose role may not take the action."""
    from agent.services.auth import authorize  # auth builds on QueueError, defined here

    return authorize(reviewer, _PERMISSION.get(action, action))  # type: ignore[arg-type]


def _conflict_message(db: Database, draft_id: int, action: str) -> str:
    with db.session() as session:
        draft = session.get(Draft, draft_id)
        if draft is None:
            return f"there is no draft {draft_id}"
        last = session.exec(
            select(ReviewEvent)
            .where(ReviewEvent.draft_id == draft_id)
            .order_by(col(ReviewEvent.id).desc())
        ).first()
    if last is not None:
        when = last.at.strftime("%Y-%m-%d %H:%M UTC")
        return (
            f"could not {action} draft {draft_id}: {last.actor} already {last.action} it at {when} "
            f"(it is now {draft.status}). Reload to see the current version."
        )
    return f"could not {action} draft {draft_id}: it changed since you loaded it (now {draft.status}). Reload."


def _transition(
    db: Database,
    *,
    draft_id: int,
    expected_version: int | None,
    reviewer: str | Actor,
    action: str,
    to_status: str,
    values: dict[str, Any],
    reason: str | None = None,
    edits: dict[str, Any] | None = None,
    outbox_to: str | None = None,
    outbox_title: str | None = None,
) -> DraftView:
    reviewer = _require_actor(reviewer, action)
    current = get_draft(db, draft_id)
    if expected_version is None:
        expected_version = current.draft.version
    if current.draft.status not in ACTIONABLE:
        raise Conflict(_conflict_message(db, draft_id, action))
    now = utcnow()
    with db.session() as session:
        result = session.execute(
            update(Draft)
            .where(col(Draft.id) == draft_id)
            .where(col(Draft.version) == expected_version)
            .where(col(Draft.status).in_([s.value for s in ACTIONABLE]))
            .values(version=Draft.version + 1, status=to_status, updated_at=now, **values)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            session.rollback()
            raise Conflict(_conflict_message(db, draft_id, action))
        session.add(
            ReviewEvent(
                draft_id=draft_id,
                actor=reviewer,
                action=action,
                from_status=current.draft.status,
                to_status=to_status,
                edits=edits or {},
                reason=reason,
                at=now,
            )
        )
        audit.record(session, **audit.review_fields(draft_id, reviewer, action, current.draft.status, to_status, edits, reason, now, values))
        if outbox_to is not None:
            session.add(Outbox(draft_id=draft_id, to_email=outbox_to, to_title=outbox_title))
        session.commit()
    return get_draft(db, draft_id)


def _edits(view: DraftView, subject: str | None, body: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    values: dict[str, Any] = {}
    edits: dict[str, Any] = {}
    draft = view.draft
    if subject is not None and subject.strip() and subject.strip() != draft.subject:
        edits["subject"] = {"from": draft.subject, "to": subject.strip()}
        values["subject"] = subject.strip()
    if body is not None and body.strip() and body.strip() != draft.body.strip():
        edits["body"] = {"from": draft.body, "to": body.strip()}
        values["body"] = body.strip()
    if edits:
        values["edited"] = True
        if draft.original_subject is None:
            values["original_subject"] = draft.subject
            values["original_body"] = draft.body
    return values, edits


def _call_to_action(body: str, stored: str) -> str:
    """The draft's question: the stored one while the body still asks it, else the one question
    the edited body asks (the one_cta check judges a body that asks none or several)."""
    if stored and " ".join(stored.split()) in " ".join(body.split()):
        return stored
    questions = re.findall(r"[^.!?\n]*\?", body)
    return " ".join(questions[0].split()) if len(questions) == 1 else stored


def _context(ws: Workspace, view: DraftView, instruction: str | None = None) -> tuple[DraftContext | None, Any]:
    """The draft's own context (the one it was written from, else rebuilt from its signal; None when
    there is neither) and the guardrail policy it is held to: a sequence step may link to its asset
    only, not to the workspace-wide links."""
    from agent.pipeline import draft_context
    from drafting.nurture import step_policy

    policy = step_policy(ws.config.guardrails) if view.draft.kind == "sequence" else ws.config.guardrails
    if view.draft.context:
        ctx = DraftContext.model_validate(view.draft.context)
        return (ctx.model_copy(update={"instruction": instruction}) if instruction else ctx), policy
    if view.signal is not None and view.contact is not None:
        return draft_context(ws, view.signal, view.account, view.contact, instruction=instruction), policy
    return None, policy


def recheck(ws: Workspace, view: DraftView, *, subject: str, body: str) -> tuple[GuardrailReport, str]:
    """Every guardrail over the text about to be approved or saved, with the draft's own context
    (built as `regenerate` builds it). Returns the report and the call to action it used."""
    from drafting.guardrails import CheckResult, GuardrailReport, check_draft

    if view.contact is None:
        raise QueueError(f"draft {view.draft.id} has no recipient; add a contact to {view.account.name} first")
    cta = _call_to_action(body, view.draft.call_to_action or "")
    ctx, policy = _context(ws, view)
    if ctx is None:
        # Nothing to check the text against: that is a failed check, which only an override passes.
        missing = CheckResult(name="context", passed=False,
                              reason="this draft has no signal and no stored context, so its facts cannot be checked")
        return GuardrailReport(results=[missing]), cta
    draft = OutreachDraft(
        subject=subject,
        body=body,
        call_to_action=cta,
        evidence_ids=list(view.draft.evidence_ids or []),
        provider=view.draft.provider,
        model=view.draft.model,
        prompt_version=view.draft.prompt_version,
    )
    return check_draft(draft, ctx, policy), cta


def _report_rows(report: GuardrailReport) -> list[dict[str, Any]]:
    return [r.model_dump() for r in report.results]


def approve(
    ws: Workspace,
    *,
    draft_id: int,
    reviewer: str | Actor,
    expected_version: int | None = None,
    subject: str | None = None,
    body: str | None = None,
    override_reason: str | None = None,
    now: datetime | None = None,
) -> DraftView:
    """Approve (optionally with edits). Creates exactly one outbox row for the draft.

    The text being approved, edited or not, is held to every guardrail again with the draft's
    context, and the new report is stored on the draft. A failing check refuses the approval
    (`ChecksFailed`, naming the checks) unless `override_reason` is given: then the approval goes
    through and its audit row records the failing checks and the reason. A sequence step past its
    approve-by time is refused: it is never sent late.
    """
    name = _require_actor(reviewer, "approve")
    view = get_draft(ws.db, draft_id)
    if view.contact is None:
        raise QueueError(f"draft {draft_id} has no recipient; add a contact to {view.account.name} first")
    expires = view.draft.expires_at
    if expires is not None and as_utc(expires) <= as_utc(now or utcnow()):
        raise Conflict(
            f"could not approve draft {draft_id}: it expired at {as_utc(expires):%Y-%m-%d %H:%M} UTC "
            "(the sequence's approve_within_days); a step is never sent late"
        )
    stale = expected_version is not None and expected_version != view.draft.version
    if view.draft.status not in ACTIONABLE or stale:
        raise Conflict(_conflict_message(ws.db, draft_id, "approve"))
    values, edits = _edits(view, subject, body)
    report, cta = recheck(
        ws, view, subject=values.get("subject", view.draft.subject), body=values.get("body", view.draft.body)
    )
    values["guardrail_report"] = _report_rows(report)
    values["call_to_action"] = cta
    reason = " ".join((override_reason or "").split()) or None
    if not report.passed:
        if reason is None:
            raise ChecksFailed(
                f"draft {draft_id} fails {len(report.failed_checks)} check(s): {'; '.join(report.failures())}. "
                "Fix the text, or approve with an override reason (it is recorded).",
                report,
            )
        edits["failed_checks"] = report.failures()
        edits["override_reason"] = reason
    values.update(reviewed_by=name, reviewed_at=utcnow())
    return _transition(
        ws.db,
        draft_id=draft_id,
        expected_version=expected_version,
        reviewer=reviewer,
        action="approved",
        to_status=DraftStatus.APPROVED,
        values=values,
        edits=edits,
        reason=f"override: {reason}" if not report.passed else None,
        outbox_to=view.contact.email,
        outbox_title=view.contact.title,
    )


def save_edits(
    ws: Workspace,
    *,
    draft_id: int,
    reviewer: str | Actor,
    expected_version: int | None = None,
    subject: str | None = None,
    body: str | None = None,
) -> DraftView:
    """Keep edits without deciding yet; the draft stays in its status. The edited text is held to
    the guardrails and the draft's report replaced, so the card shows the checks of this text."""
    view = get_draft(ws.db, draft_id)
    values, edits = _edits(view, subject, body)
    if not edits:
        return view
    report, cta = recheck(
        ws, view, subject=values.get("subject", view.draft.subject), body=values.get("body", view.draft.body)
    )
    values["guardrail_report"] = _report_rows(report)
    values["call_to_action"] = cta
    if not report.passed:
        edits["failed_checks"] = report.failures()
    return _transition(
        ws.db,
        draft_id=draft_id,
        expected_version=expected_version,
        reviewer=reviewer,
        action="edited",
        to_status=view.draft.status,
        values=values,
        edits=edits,
    )


def reject(
    db: Database,
    *,
    draft_id: int,
    reviewer: str | Actor,
    reason: str,
    expected_version: int | None = None,
) -> DraftView:
    name = _require_actor(reviewer, "reject")
    reason = (reason or "").strip()
    if not reason:
        raise QueueError("give a reason when you reject a draft; it teaches the drafter")
    return _transition(
        db,
        draft_id=draft_id,
        expected_version=expected_version,
        reviewer=reviewer,
        action="rejected",
        to_status=DraftStatus.REJECTED,
        values={"reject_reason": reason, "reviewed_by": name, "reviewed_at": utcnow()},
        reason=reason,
    )


def snooze(
    db: Database,
    *,
    draft_id: int,
    reviewer: str | Actor,
    until: datetime | None = None,
    days: float = 3,
    expected_version: int | None = None,
) -> DraftView:
    until = until or (utcnow() + timedelta(days=days))
    return _transition(
        db,
        draft_id=draft_id,
        expected_version=expected_version,
        reviewer=reviewer,
        action="snoozed",
        to_status=DraftStatus.SNOOZED,
        values={"snoozed_until": until},
        reason=f"until {until:%Y-%m-%d %H:%M} UTC",
    )


def release_snoozed(db: Database, *, now: datetime | None = None) -> int:
    """Snoozed drafts whose time has come go back to pending."""
    now = now or utcnow()
    with db.session() as session:
        result = session.execute(
            update(Draft)
            .where(col(Draft.status) == DraftStatus.SNOOZED)
            .where(col(Draft.snoozed_until) <= now)
            .values(status=DraftStatus.PENDING, version=Draft.version + 1, snoozed_until=None)
        )
        session.commit()
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


def regenerate(
    ws: Workspace,
    *,
    draft_id: int,
    reviewer: str | Actor,
    instruction: str,
    expected_version: int | None = None,
    provider: DraftProvider | None = None,
) -> DraftView:
    """Ask the drafter again with the rep's instruction ("shorter, mention their SDR hiring").

    The new text replaces the draft's (the old one is kept in the audit row), the guardrails check
    it like any draft, and the status does not change. The model call happens outside any
    transaction; the write is a compare-and-set like every other action.
    """
    from agent.pipeline import make_provider
    from drafting.produce import produce_draft

    _require_actor(reviewer, "regenerate")  # before the model is called
    instruction = " ".join((instruction or "").split())[:500]
    if not instruction:
        raise QueueError('say what to change, for example "shorter, mention their SDR hiring"')
    view = get_draft(ws.db, draft_id)
    if view.contact is None:
        raise QueueError(f"draft {draft_id} has no recipient; add a contact to {view.account.name} first")
    if view.draft.status not in ACTIONABLE:
        raise Conflict(_conflict_message(ws.db, draft_id, "regenerate"))
    ctx, policy = _context(ws, view, instruction)
    if ctx is None:
        raise QueueError(f"draft {draft_id} has no signal and no stored context to draft again from")
    produced = produce_draft(ctx, provider or make_provider(ws), policy=policy)
    new, old = produced.draft, view.draft
    values = {
        "subject": new.subject,
        "body": new.body,
        "call_to_action": new.call_to_action,
        "provider": new.provider,
        "model": new.model,
        "prompt_version": new.prompt_version,
        "evidence_ids": list(new.evidence_ids),
        "guardrail_report": [r.model_dump() for r in produced.report.results],
        "fallback_reason": produced.fallback_reason,
        "edited": False,
    }
    edits = {
        "instruction": instruction,
        "previous": {
            "subject": old.subject,
            "body": old.body,
            "provider": old.provider,
            "prompt_version": old.prompt_version,
        },
    }
    return _transition(
        ws.db,
        draft_id=draft_id,
        expected_version=expected_version if expected_version is not None else old.version,
        reviewer=reviewer,
        action="regenerated",
        to_status=old.status,
        values=values,
        reason=instruction,
        edits=edits,
    )


#: What each bulk action is called in a summary ("Approved 3 of 3 drafts").
_DONE = {"approve": "Approved", "reject": "Rejected", "snooze": "Snoozed"}


def decide_many(
    ws: Workspace,
    *,
    action: str,
    drafts: list[tuple[int, int]],
    reviewer: str | Actor,
    reason: str | None = None,
    days: float = 3,
) -> list[dict[str, Any]]:
    """Approve, reject (with one reason for all) or snooze several drafts, each on its own
    compare-and-set against the version the reviewer saw: one conflict or failing check does not
    stop the others. One result per draft: {"draft_id", "ok", "message"}; `summarize` words them."""
    if action not in _DONE:
        raise QueueError(f"action must be approve, reject or snooze (got {action!r})")
    if action == "reject" and not (reason or "").strip():
        raise QueueError("give a reason when you reject drafts; it teaches the drafter")
    if action == "snooze" and not 0 < days <= 365:
        raise QueueError(f"snooze for between 1 hour and 365 days (got {days} days)")
    _require_actor(reviewer, action)  # a role that may not act is refused once, not once per draft
    results: list[dict[str, Any]] = []
    for draft_id, version in drafts:
        try:
            if action == "approve":
                approve(ws, draft_id=draft_id, reviewer=reviewer, expected_version=version)
                message = "approved"
            elif action == "reject":
                reject(ws.db, draft_id=draft_id, reviewer=reviewer, reason=reason or "", expected_version=version)
                message = "rejected"
            else:
                view = snooze(ws.db, draft_id=draft_id, reviewer=reviewer, days=days, expected_version=version)
                message = f"snoozed until {view.draft.snoozed_until:%Y-%m-%d %H:%M} UTC"
        except QueueError as exc:
            results.append({"draft_id": draft_id, "ok": False, "message": str(exc)})
        else:
            results.append({"draft_id": draft_id, "ok": True, "message": message})
    return results


def summarize(action: str, results: list[dict[str, Any]]) -> str:
    """One line for a bulk action: how many were done, and which were left as they were."""
    done = [r["draft_id"] for r in results if r["ok"]]
    left = [r for r in results if not r["ok"]]
    verb = _DONE.get(action, action)
    line = f"{verb} {len(done)} of {len(results)} draft(s)"
    if done:
        line += f" ({', '.join(map(str, done))})"
    if left:
        line += f"; {len(left)} left as they were: " + "; ".join(f"draft {r['draft_id']}: {r['message']}" for r in left)
    return line + "."


def counts(db: Database) -> dict[str, int]:
    from sqlalchemy import func

    with db.session() as session:
        rows = session.exec(select(Draft.status, func.count()).group_by(Draft.status)).all()
    return {status: int(n) for status, n in rows}
