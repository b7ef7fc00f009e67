"""The audit log: the one place that writes who changed what, when, and the before and after.

Every service that performs a review action, a configuration change, a suppression or an outbox
settlement calls `record(...)`. Pass the session of the unit of work that makes the change, so the
change and its audit row commit together (or not at all); pass a `Database` only when there is no
database change to join (a configuration file written to disk):

    from agent.services import audit

    audit.record(session, actor=reviewer, action="draft.approved", target_type="draft",
                 target_id=draft_id, before={"status": "pending"}, after={"status": "approved"})

    audit.record(ws.db, actor=actor, action="config.changed", target_type="config",
                 target_id="icp", before=old_section, after=new_section, reason="widened to 50+ staff")

`action` is "<area>.<verb>" (draft.approved, draft.rejected, suppression.added, outbox.resend,
account.updated, config.changed, ...). `before` and `after` are any JSON-able values (dicts are
usual; datetimes, enums, sets and pydantic models are converted); `changes(before, after)` trims
two dicts to the keys that differ. The log is read with `entries(...)`, shown on the Audit page,
exported with `to_csv(...)`, and printed by `outrider audit`.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from datetime import datetime
from typing import Any

from pydantic_core import to_jsonable_python
from sqlmodel import Session, col, select

from agent.store.db import Database
from agent.store.models import AuditEntry
from signals.model import as_utc, utcnow

log = logging.getLogger("outrider.audit")

#: Columns of the CSV export and of `outrider audit`, in order.
COLUMNS = ("id", "at", "actor", "action", "target_type", "target_id", "reason", "before", "after")


class AuditError(ValueError):
    """An audit call that cannot be recorded as given; the message says what to fix."""


def actor_name(actor: Any) -> str:
    """What the log records for an actor: an `auth.Actor`'s label, or the plain name given."""
    label = getattr(actor, "label", None)
    name = str(label if label is not None else (actor or "")).strip()
    if not name:
        raise AuditError("an audit entry needs an actor: say who did it (an email, or 'outrider' for the system)")
    return name


def _jsonable(value: Any) -> Any:
    if value is None:
        return None
    return json.loads(json.dumps(to_jsonable_python(value, fallback=str)))


def changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """The two dicts trimmed to the keys whose values differ (a key missing on one side is None)."""
    before, after = _jsonable(before) or {}, _jsonable(after) or {}
    keys = [k for k in dict.fromkeys([*before, *after]) if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}


def record(
    target: Session | Database,
    *,
    actor: Any,
    action: str,
    target_type: str,
    target_id: str | int | None = None,
    before: Any = None,
    after: Any = None,
    reason: str | None = None,
    at: datetime | None = None,
) -> AuditEntry:
    """Write one audit entry.

    `target` is the open session of the change being audited (the entry is added to it and
    commits with it; nothing is committed here) or a `Database` (the entry is written and
    committed on its own). `actor` is an email, an `auth.Actor`, or "outrider".
    """
    action = (action or "").strip()
    target_type = (target_type or "").strip()
    if "." not in action:
        raise AuditError(f"audit action {action!r} should read '<area>.<verb>', like 'draft.approved'")
    if not target_type:
        raise AuditError(f"audit action {action!r} needs a target_type (draft, suppression, outbox, config, ...)")
    entry = AuditEntry(
        at=as_utc(at) if at is not None else utcnow(),
        actor=actor_name(actor),
        action=action,
        target_type=target_type,
        target_id=None if target_id is None else str(target_id),
        before=_jsonable(before),
        after=_jsonable(after),
        reason=" ".join(reason.split()) if reason and reason.strip() else None,
    )
    if isinstance(target, Database):
        with target.session() as session:
            session.add(entry)
            session.commit()
            session.refresh(entry)
    else:
        target.add(entry)
    log.info("audit %s by %s on %s %s", entry.action, entry.actor, entry.target_type, entry.target_id or "-")
    return entry


def review_fields(
    draft_id: int,
    actor: Any,
    action: str,
    from_status: str,
    to_status: str,
    edits: dict[str, Any] | None,
    reason: str | None,
    at: datetime,
    values: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """`record` keywords for a review action on a draft (approved, edited, rejected, snoozed,
    regenerated): the status and any edited fields before and after, the reason given. `values`
    are the columns the action wrote (a regeneration's new text comes from there)."""
    before: dict[str, Any] = {"status": str(from_status)}
    after: dict[str, Any] = {"status": str(to_status)}
    for field, change in (edits or {}).items():
        if isinstance(change, dict) and "from" in change and "to" in change:
            before[field], after[field] = change["from"], change["to"]
        elif field == "previous" and isinstance(change, dict):  # a regeneration keeps the old text
            before.update({k: v for k, v in change.items() if k in ("subject", "body", "prompt_version")})
            after.update({k: (values or {}).get(k) for k in ("subject", "body", "prompt_version") if k in (values or {})})
        else:
            after[field] = change
    return {
        "actor": actor, "action": f"draft.{action}", "target_type": "draft", "target_id": draft_id,
        "before": before, "after": after, "reason": reason, "at": at,
    }


def entries(
    db: Database,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    actor: str | None = None,
    action: str | None = None,
    target_type: str | None = None,
    target_id: str | int | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Audit entries, newest first, as plain dicts (the columns of `COLUMNS`).

    `actor` matches a part of the name, case-insensitively ("dana" finds "dana@acme.com (cli)");
    `action` is an exact action ("draft.approved") or an area ("draft"); `since` is inclusive,
    `until` exclusive.
    """
    query = select(AuditEntry).order_by(col(AuditEntry.at).desc(), col(AuditEntry.id).desc())
    if since is not None:
        query = query.where(col(AuditEntry.at) >= as_utc(since))
    if until is not None:
        query = query.where(col(AuditEntry.at) < as_utc(until))
    if actor and actor.strip():
        query = query.where(col(AuditEntry.actor).ilike(f"%{actor.strip()}%"))
    if action and action.strip():
        wanted = action.strip()
        query = query.where(
            col(AuditEntry.action) == wanted if "." in wanted else col(AuditEntry.action).startswith(wanted + ".")
        )
    if target_type and target_type.strip():
        query = query.where(col(AuditEntry.target_type) == target_type.strip())
    if target_id is not None and str(target_id).strip():
        query = query.where(col(AuditEntry.target_id) == str(target_id).strip())
    if limit is not None:
        query = query.limit(limit)
    with db.session() as session:
        rows = session.exec(query).all()
    return [as_dict(row) for row in rows]


def as_dict(entry: AuditEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "at": as_utc(entry.at).isoformat(),
        "actor": entry.actor,
        "action": entry.action,
        "target_type": entry.target_type,
        "target_id": entry.target_id,
        "reason": entry.reason,
        "before": entry.before,
        "after": entry.after,
    }


def actions(db: Database) -> list[str]:
    """Every action recorded so far (for the page's filter)."""
    with db.session() as session:
        return sorted(set(session.exec(select(AuditEntry.action).distinct()).all()))


def describe_change(before: Any, after: Any, *, width: int = 60) -> str:
    """One line for people: "status: pending -> approved; subject: 'A' -> 'B'" (long values cut)."""

    def short(value: Any) -> str:
        text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, default=str)
        text = " ".join(text.split())
        return text if len(text) <= width else text[: width - 1] + "…"

    if isinstance(before, dict) or isinstance(after, dict):
        old, new = before if isinstance(before, dict) else {}, after if isinstance(after, dict) else {}
        parts = []
        for key in dict.fromkeys([*old, *new]):
            if key in old and key in new and old[key] != new[key]:
                parts.append(f"{key}: {short(old[key])} -> {short(new[key])}")
            elif key in new and key not in old:
                parts.append(f"{key}: {short(new[key])}")
            elif key in old and key not in new:
                parts.append(f"{key}: was {short(old[key])}")
        return "; ".join(parts)
    if before is None and after is None:
        return ""
    return f"{short(before)} -> {short(after)}" if before is not None else short(after)


def to_csv(rows: list[dict[str, Any]]) -> str:
    """The entries as CSV (before and after as compact JSON), for the page's download."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                **row,
                "before": "" if row.get("before") is None else json.dumps(row["before"], sort_keys=True),
                "after": "" if row.get("after") is None else json.dumps(row["after"], sort_keys=True),
            }
        )
    return out.getvalue()
