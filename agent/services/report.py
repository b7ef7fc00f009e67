"""What the system achieves, in numbers: the one source for the Analytics page, its CSV download and
`outrider report`.

`build(db, since=..., now=...)` reads the store once and returns a `Report` of plain tables (lists
of dicts); the page charts them, the CLI prints them, `to_csv` flattens them. Definitions:

* speed to lead, per signal family (the signal's kind; "all" over every family), in hours:
  detected = signal stored - signal occurred; queued = draft created - signal stored;
  approved = first approval - draft created; sent = sent - first approval;
  total = sent - signal occurred. Median and p90 (linear interpolation between ranks, as numpy's
  default), over the first-touch drafts (with a signal) whose signal was stored since `since`.
* queue age: drafts waiting for a decision (pending or snoozed) at `now`, by age bucket and family.
* approve without edit, by drafter (provider and model) and prompt version: drafts approved with
  no edit and no regeneration over all decided drafts (approved or rejected), decided since `since`.
* rejection reasons: rejected drafts by their reason (case and spacing folded), since `since`.
* replies and meetings: each reply or meeting_booked event is credited to the last message sent to
  that person before it (last touch), then counted by that message's signal family ("sequence" for
  a step, "no signal" for anything else) and by sequence and step. Sent counts are the messages
  sent since `since`; events are those that occurred since `since`.
* MQLs per week (ISO weeks, starting Monday, UTC) from the lead's stage changes into `mql`, and
  handoff latency: event -> handoff (the handoff's triggering event to the handoff) and
  handoff -> alerted (the handoff to its first delivered alert), median and p90 in hours.
"""

from __future__ import annotations

import csv
import io
import math
from collections import Counter, defaultdict, namedtuple
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select

from agent.store.db import Database
from agent.store.models import (
    Alert,
    AlertState,
    Draft,
    DraftStatus,
    EngagementEvent,
    Handoff,
    Outbox,
    OutboxState,
    ReviewEvent,
    Signal,
    StageChange,
)
from signals.model import as_utc, utcnow

#: The steps of speed to lead, in order, with what each measures.
SPEED_STEPS: tuple[tuple[str, str], ...] = (
    ("detected", "signal occurred -> stored"),
    ("queued", "stored -> draft in the queue"),
    ("approved", "queued -> first approval"),
    ("sent", "approved -> sent"),
    ("total", "signal occurred -> sent"),
)
#: Queue-age buckets: (label, upper bound in hours; None = no bound).
AGE_BUCKETS: tuple[tuple[str, float | None], ...] = (
    ("< 1 day", 24.0),
    ("1-3 days", 72.0),
    ("3-7 days", 168.0),
    ("> 7 days", None),
)
_DRAFT = "id kind sequence step contact_id created_at signal_kind"
# Plain tuples with names: a SQLAlchemy Row's attribute access is slow over tens of thousands of rows.
_Send = namedtuple("_Send", "sent_at " + _DRAFT)  # type: ignore[misc]  # noqa: PYI024
_Waiting = namedtuple("_Waiting", _DRAFT)  # type: ignore[misc]  # noqa: PYI024
_Decided = namedtuple("_Decided", "id provider model prompt_version status edited reject_reason")  # type: ignore[misc]  # noqa: PYI024
_Event = namedtuple("_Event", "type contact_id occurred_at")  # type: ignore[misc]  # noqa: PYI024
_HandoffRow = namedtuple("_HandoffRow", "id created_at event_at")  # type: ignore[misc]  # noqa: PYI024

#: Draft statuses that count as approved (it went on to the outbox, whatever happened there).
APPROVED_STATUSES = frozenset(
    {DraftStatus.APPROVED, DraftStatus.SENT, DraftStatus.SEND_FAILED, DraftStatus.SEND_UNKNOWN, DraftStatus.SUPPRESSED}
)
ENGAGEMENT_TYPES = ("reply", "meeting_booked")
ALL = "all"


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th quantile (0..1) by linear interpolation between closest ranks; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = q * (len(ordered) - 1)
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def _seconds(value: datetime | float | None) -> float | None:
    """Seconds since the epoch, from an aware datetime or a number the database computed."""
    if value is None:
        return None
    return as_utc(value).timestamp() if isinstance(value, datetime) else float(value)


def _hours(later: datetime | float | None, earlier: datetime | float | None) -> float | None:
    a, b = _seconds(later), _seconds(earlier)
    return None if a is None or b is None else (a - b) / 3600.0


def _epoch(column: Any, dialect: str) -> Any:
    """A timestamp column as seconds since the epoch, computed by the database: parsing tens of
    thousands of datetimes in Python costs more than the whole report."""
    if dialect == "sqlite":
        return (func.julianday(column) - 2440587.5) * 86400.0
    return func.extract("epoch", column)


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def _summary(values: list[float]) -> dict[str, Any]:
    return {
        "n": len(values),
        "median_h": _round(percentile(values, 0.5)),
        "p90_h": _round(percentile(values, 0.9)),
    }


@dataclass
class Report:
    """Every table of the Analytics page and `outrider report`, as lists of plain dicts."""

    generated_at: str
    since: str | None
    speed_to_lead: list[dict[str, Any]] = field(default_factory=list)
    queue_age: list[dict[str, Any]] = field(default_factory=list)
    queue_age_summary: dict[str, Any] = field(default_factory=dict)
    approval_by_drafter: list[dict[str, Any]] = field(default_factory=list)
    rejection_reasons: list[dict[str, Any]] = field(default_factory=list)
    engagement_by_family: list[dict[str, Any]] = field(default_factory=list)
    engagement_by_step: list[dict[str, Any]] = field(default_factory=list)
    mqls_per_week: list[dict[str, Any]] = field(default_factory=list)
    handoff_latency: list[dict[str, Any]] = field(default_factory=list)

    #: The tables in display order: (key, title).
    TABLES = (
        ("speed_to_lead", "Speed to lead (hours)"),
        ("queue_age", "Queue age"),
        ("approval_by_drafter", "Approve without edit, by drafter and prompt version"),
        ("rejection_reasons", "Rejection reasons"),
        ("engagement_by_family", "Replies and meetings by signal family"),
        ("engagement_by_step", "Replies and meetings by sequence and step"),
        ("mqls_per_week", "MQLs per week"),
        ("handoff_latency", "Handoff latency (hours)"),
    )

    def as_json(self) -> dict[str, Any]:
        return {
            "generated_at": self.generated_at,
            "since": self.since,
            "queue_age_summary": self.queue_age_summary,
            **{key: getattr(self, key) for key, _title in self.TABLES},
        }

    def speed(self, family: str, step: str) -> dict[str, Any] | None:
        """One speed-to-lead row (tests and the page's headline use it)."""
        return next((r for r in self.speed_to_lead if r["family"] == family and r["step"] == step), None)


# --------------------------------------------------------------------------- the sections


def _speed_to_lead(rows: Iterable[Any], approved_at: dict[int, float],
                   sent_at: dict[int, float]) -> list[dict[str, Any]]:
    """rows: (kind, occurred_at, stored_at, draft_id, queued_at) of first-touch drafts."""
    samples: dict[tuple[str, str], list[float]] = defaultdict(list)
    for kind, occurred_at, stored_at, draft_id, queued_at in rows:
        approval = approved_at.get(int(draft_id))
        sent = sent_at.get(int(draft_id))
        spans = {
            "detected": _hours(stored_at, occurred_at),
            "queued": _hours(queued_at, stored_at),
            "approved": _hours(approval, queued_at),
            "sent": _hours(sent, approval),
            "total": _hours(sent, occurred_at),
        }
        for step, value in spans.items():
            if value is not None:
                samples[(kind, step)].append(value)
                samples[(ALL, step)].append(value)
    families = sorted({family for family, _ in samples} - {ALL}) + ([ALL] if samples else [])
    result = []
    for family in families:
        for step, meaning in SPEED_STEPS:
            values = samples.get((family, step), [])
            if values:
                result.append({"family": family, "step": step, "measures": meaning, **_summary(values)})
    return result


def _queue_age(waiting: Iterable[tuple[Any, str]], now: datetime) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    counts: Counter[tuple[str, str]] = Counter()
    ages: list[float] = []
    for draft, family in waiting:
        age = _hours(now, draft.created_at) or 0.0
        ages.append(age)
        label = next(name for name, bound in AGE_BUCKETS if bound is None or age < bound)
        counts[(label, family)] += 1
    order = {name: i for i, (name, _b) in enumerate(AGE_BUCKETS)}
    rows = [
        {"bucket": bucket, "family": family, "drafts": n}
        for (bucket, family), n in sorted(counts.items(), key=lambda kv: (order[kv[0][0]], kv[0][1]))
    ]
    summary = {"waiting": len(ages), **_summary(ages), "oldest_h": _round(max(ages)) if ages else None}
    return rows, summary


def drafter_label(provider: str | None, model: str | None) -> str:
    """How a drafter is named in the report: "offline", "openai gpt-4o-mini"."""
    return " ".join(p for p in (provider or "unknown", model) if p)


def _drafter_key(d: Any) -> tuple[str, str]:
    """The group a draft counts in: its drafter and prompt version."""
    return drafter_label(d.provider, d.model), d.prompt_version or "none"


def _approval(decided: Iterable[Any], regenerated: set[int]) -> list[dict[str, Any]]:
    """Approve without edit per drafter and prompt version: THE definition (the report, the
    Analytics page and `outrider queue feedback` all read it from here)."""
    groups: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for d in decided:
        g = groups[_drafter_key(d)]
        touched = bool(d.edited) or int(d.id or 0) in regenerated
        if d.status in APPROVED_STATUSES:
            g["approved"] += 1
            g["approved_unedited"] += int(not touched)
        elif d.status == DraftStatus.REJECTED:
            g["rejected"] += 1
    rows = []
    for (drafter, version), g in sorted(groups.items()):
        decided_n = g["approved"] + g["rejected"]
        rows.append(
            {
                "drafter": drafter,
                "prompt_version": version,
                "decided": decided_n,
                "approved": g["approved"],
                "approved_unedited": g["approved_unedited"],
                "rejected": g["rejected"],
                "approve_without_edit_rate": round(g["approved_unedited"] / decided_n, 3) if decided_n else None,
            }
        )
    return rows


def _reason_key(reason: str | None) -> str:
    return " ".join((reason or "").lower().split()).rstrip(".") or "(no reason given)"


def _rejections(rejected: Iterable[Any]) -> list[dict[str, Any]]:
    counts = Counter(_reason_key(d.reject_reason) for d in rejected)
    return [{"reason": reason, "drafts": n} for reason, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _family_of(draft: Any, signal_kind: str | None) -> str:
    if draft.kind == "sequence":
        return "sequence"
    return signal_kind or "no signal"


def _engagement(
    sends: list[tuple[int, datetime | float, Any, str | None]],
    events: list[Any],
    since: datetime | None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """sends: (contact id, sent at, draft, signal kind) for every sent message (all time: an event
    since `since` may answer a message sent before it)."""
    by_contact: dict[int, list[tuple[float, Any, str | None]]] = defaultdict(list)
    for contact_id, sent, draft, kind in sends:
        by_contact[contact_id].append((_seconds(sent) or 0.0, draft, kind))
    for touches in by_contact.values():
        touches.sort(key=lambda t: t[0])
    family: dict[str, Counter[str]] = defaultdict(Counter)
    step: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
    for _contact, sent, draft, kind in sends:
        if since is None or (_seconds(sent) or 0.0) >= since.timestamp():
            family[_family_of(draft, kind)]["sent"] += 1
            if draft.kind == "sequence" and draft.sequence:
                step[(draft.sequence, int(draft.step or 0))]["sent"] += 1
    for event in events:
        touches = by_contact.get(int(event.contact_id or 0), [])
        at = _seconds(event.occurred_at) or 0.0
        last = None
        for sent, draft, kind in touches:
            if sent <= at:
                last = (draft, kind)
            else:
                break
        metric = "replies" if event.type == "reply" else "meetings"
        if last is None:
            family["not after a message"][metric] += 1
            continue
        draft, kind = last
        family[_family_of(draft, kind)][metric] += 1
        if draft.kind == "sequence" and draft.sequence:
            step[(draft.sequence, int(draft.step or 0))][metric] += 1

    def _row(counts: Counter[str]) -> dict[str, Any]:
        sent = counts["sent"]
        return {
            "sent": sent,
            "replies": counts["replies"],
            "meetings": counts["meetings"],
            "reply_rate": round(counts["replies"] / sent, 3) if sent else None,
            "meeting_rate": round(counts["meetings"] / sent, 3) if sent else None,
        }

    by_family = [{"family": name, **_row(c)} for name, c in sorted(family.items())]
    by_step = [{"sequence": seq, "step": n, **_row(c)} for (seq, n), c in sorted(step.items())]
    return by_family, by_step


def week_of(at: datetime) -> str:
    """The Monday (UTC) starting the ISO week of `at`, as YYYY-MM-DD."""
    day = as_utc(at).date()
    return (day - timedelta(days=day.weekday())).isoformat()


def _mqls(changes: Iterable[datetime]) -> list[dict[str, Any]]:
    counts = Counter(week_of(at) for at in changes)
    return [{"week": week, "mqls": n} for week, n in sorted(counts.items())]


def _handoffs(handoffs: list[tuple[Any, float | None]], alerted: dict[int, float]) -> list[dict[str, Any]]:
    to_handoff = [h for handoff, event_at in handoffs if (h := _hours(handoff.created_at, event_at)) is not None]
    to_alert = [
        h for handoff, _e in handoffs
        if (h := _hours(alerted.get(int(handoff.id or 0)), handoff.created_at)) is not None
    ]
    rows = []
    if to_handoff:
        rows.append({"step": "event -> handoff", **_summary(to_handoff)})
    if to_alert:
        rows.append({"step": "handoff -> alerted", **_summary(to_alert)})
    return rows


_DECIDED_QUERY = select(
    Draft.id, Draft.provider, Draft.model, Draft.prompt_version, Draft.status, Draft.edited, Draft.reject_reason
)


def _regenerated(session: Any) -> set[int]:
    return {int(i) for i in session.exec(select(ReviewEvent.draft_id).where(ReviewEvent.action == "regenerated")).all()}


def feedback(db: Database) -> list[dict[str, Any]]:
    """How reps treated every drafter's drafts, all time (`outrider queue feedback`): the report's
    approve-without-edit rows (`approval_by_drafter`, same groups, same numbers), each with how many
    drafts that drafter wrote, how many were edited or regenerated, and the rejection reasons."""
    with db.session() as session:
        drafts = [_Decided._make(row) for row in session.exec(_DECIDED_QUERY.order_by(col(Draft.id))).all()]
        regenerated = _regenerated(session)
    more: dict[tuple[str, str], dict[str, Any]] = defaultdict(
        lambda: {"drafts": 0, "edited": 0, "regenerated": 0, "reject_reasons": []}
    )
    for d in drafts:
        g = more[_drafter_key(d)]
        g["drafts"] += 1
        g["edited"] += int(bool(d.edited))
        g["regenerated"] += int(int(d.id or 0) in regenerated)
        if d.status == DraftStatus.REJECTED and d.reject_reason:
            g["reject_reasons"].append(d.reject_reason)
    # Every drafter shows, one with nothing decided yet too (decided 0, rate None).
    return [{**row, **more[(row["drafter"], row["prompt_version"])]} for row in _approval(drafts, regenerated)]


# --------------------------------------------------------------------------- the one entry point


def build(db: Database, *, since: datetime | None = None, now: datetime | None = None) -> Report:
    """Every number of the report, read from the store in one short read-only session."""
    now = as_utc(now) if now else utcnow()
    since = as_utc(since) if since else None
    # Columns, not ORM rows: building 10,000 model objects would cost more than all the arithmetic.
    with db.session() as session:
        dialect = session.get_bind().dialect.name

        def epoch(column: Any, name: str) -> Any:
            return _epoch(column, dialect).label(name)

        speed_query = (
            select(Signal.kind, epoch(Signal.occurred_at, "occurred_at"), epoch(Signal.created_at, "stored_at"),
                   Draft.id, epoch(Draft.created_at, "queued_at"))
            .join(Draft, col(Draft.signal_id) == Signal.id)
            .where(col(Draft.kind) != "sequence")
        )
        if since is not None:
            speed_query = speed_query.where(col(Signal.created_at) >= since)
        signal_drafts = session.exec(speed_query).all()
        approvals: dict[int, float] = {}
        for draft_id, at in session.exec(
            select(ReviewEvent.draft_id, epoch(ReviewEvent.at, "at"))
            .where(ReviewEvent.action == "approved")
            .order_by(col(ReviewEvent.at))
        ).all():
            approvals.setdefault(int(draft_id), at)
        draft_columns = (Draft.id, Draft.kind, Draft.sequence, Draft.step, Draft.contact_id,
                         epoch(Draft.created_at, "created_at"))
        sends = [_Send._make(row) for row in session.exec(
            select(epoch(Outbox.sent_at, "sent_at"), *draft_columns, col(Signal.kind).label("signal_kind"))
            .join(Draft, col(Draft.id) == Outbox.draft_id)
            .outerjoin(Signal, col(Signal.id) == Draft.signal_id)
            .where(col(Outbox.state) == OutboxState.SENT)
            .where(col(Outbox.sent_at).is_not(None))
        ).all()]
        waiting = [_Waiting._make(row) for row in session.exec(
            select(*draft_columns, col(Signal.kind).label("signal_kind"))
            .outerjoin(Signal, col(Signal.id) == Draft.signal_id)
            .where(col(Draft.status).in_([DraftStatus.PENDING, DraftStatus.SNOOZED]))
        ).all()]
        decided_query = _DECIDED_QUERY.where(col(Draft.status).in_([*APPROVED_STATUSES, DraftStatus.REJECTED]))
        if since is not None:
            decided_query = decided_query.where(col(Draft.reviewed_at) >= since)
        decided = [_Decided._make(row) for row in session.exec(decided_query).all()]
        regenerated = _regenerated(session)
        events_query = select(
            EngagementEvent.type, EngagementEvent.contact_id, epoch(EngagementEvent.occurred_at, "occurred_at")
        ).where(
            col(EngagementEvent.type).in_(ENGAGEMENT_TYPES)
        )
        if since is not None:
            events_query = events_query.where(col(EngagementEvent.occurred_at) >= since)
        events = [_Event._make(row) for row in session.exec(events_query.order_by(col(EngagementEvent.occurred_at))).all()]
        mql_query = select(StageChange.at).where(StageChange.to_stage == "mql")
        if since is not None:
            mql_query = mql_query.where(col(StageChange.at) >= since)
        mqls = session.exec(mql_query).all()
        handoff_query = select(
            Handoff.id, epoch(Handoff.created_at, "created_at"), epoch(EngagementEvent.occurred_at, "event_at")
        ).outerjoin(
            EngagementEvent, col(EngagementEvent.id) == Handoff.event_id
        )
        if since is not None:
            handoff_query = handoff_query.where(col(Handoff.created_at) >= since)
        handoffs = [_HandoffRow._make(row) for row in session.exec(handoff_query).all()]
        alerted: dict[int, float] = {}
        for ref_id, at in session.exec(
            select(Alert.ref_id, epoch(Alert.delivered_at, "delivered_at"))
            .where(Alert.kind == "mql_handoff")
            .where(Alert.state == AlertState.DELIVERED)
            .where(col(Alert.delivered_at).is_not(None))
            .order_by(col(Alert.delivered_at))
        ).all():
            alerted.setdefault(int(ref_id), at)

    sent_by_draft = {int(row.id): row.sent_at for row in sends}
    report = Report(generated_at=now.isoformat(), since=since.isoformat() if since else None)
    report.speed_to_lead = _speed_to_lead(signal_drafts, approvals, sent_by_draft)
    report.queue_age, report.queue_age_summary = _queue_age(
        ((row, _family_of(row, row.signal_kind)) for row in waiting), now
    )
    report.approval_by_drafter = _approval(decided, regenerated)
    report.rejection_reasons = _rejections(d for d in decided if d.status == DraftStatus.REJECTED)
    report.engagement_by_family, report.engagement_by_step = _engagement(
        [(int(row.contact_id), row.sent_at, row, row.signal_kind) for row in sends if row.contact_id is not None],
        list(events),
        since,
    )
    report.mqls_per_week = _mqls(mqls)
    report.handoff_latency = _handoffs([(row, row.event_at) for row in handoffs], alerted)
    return report


# --------------------------------------------------------------------------- CSV


_LABELS = ("family", "step", "bucket", "drafter", "prompt_version", "reason", "sequence", "week")


def to_csv(report: Report) -> str:
    """Every table in one long CSV: section, group (the row's labels), metric, value."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["section", "group", "metric", "value"])
    for key, _title in Report.TABLES:
        for row in getattr(report, key):
            group = " / ".join(str(row[k]) for k in _LABELS if k in row)
            for metric, value in row.items():
                if metric in _LABELS or metric == "measures":
                    continue
                writer.writerow([key, group, metric, "" if value is None else value])
    for metric, value in report.queue_age_summary.items():
        writer.writerow(["queue_age_summary", "", metric, "" if value is None else value])
    return out.getvalue()
