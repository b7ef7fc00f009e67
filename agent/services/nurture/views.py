"""What people look at: a lead's enrolments and path, each sequence with its leads per step and exits."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import func
from sqlmodel import col, select

from agent.nurture import decide as nd
from agent.nurture.definitions import SEQUENCES_FILE
from agent.store.models import Contact, Draft, DraftKind, Enrollment, EnrollmentLog, EnrollmentState
from agent.services.nurture.programme import load
from agent.services.nurture.rows import LIVE, contact_by_email, iso

if TYPE_CHECKING:
    from agent.workspace import Workspace


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
        "enrolled_at": iso(row.enrolled_at),
        "next_at": iso(row.next_at),
        "paused_until": iso(row.paused_until),
        "ended_at": iso(row.ended_at),
        "current_draft_id": row.current_draft_id,
    }


def status(ws: Workspace, *, email: str) -> list[dict[str, Any]]:
    """A lead's enrolments, oldest first: sequence, state, step, exit_reason and more."""
    with ws.db.session() as session:
        contact = contact_by_email(session, email)
        rows = session.exec(
            select(Enrollment).where(Enrollment.contact_id == contact.id)
            .order_by(col(Enrollment.enrolled_at), col(Enrollment.id))
        ).all()
    return [{"email": contact.email, **_enrollment_json(r)} for r in rows]


def path(ws: Workspace, *, email: str, sequence: str | None = None) -> list[dict[str, Any]]:
    """One lead's path: every entry, step, skip, send, branch, pause and exit, oldest first."""
    with ws.db.session() as session:
        contact = contact_by_email(session, email)
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
            "at": iso(entry.at),
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
