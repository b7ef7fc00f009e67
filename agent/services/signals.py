"""Recent and unmatched signals, and the health of every source."""

from __future__ import annotations

from typing import Any

from sqlmodel import col, select

from agent.store.db import Database
from agent.store.models import Account, CollectorState, Signal, SignalStatus
from agent.workspace import Workspace
from signals.model import KIND_FAMILY


def signal_json(signal: Signal, account: Account | None) -> dict[str, Any]:
    return {
        "id": signal.id,
        "kind": signal.kind,
        "family": KIND_FAMILY.get(signal.kind, signal.kind),
        "source": signal.source,
        "title": signal.title,
        "url": signal.url,
        "occurred_at": signal.occurred_at.isoformat(),
        "account": {"id": account.id, "name": account.name, "domain": account.domain} if account else None,
        "company_name": signal.company_name,
        "status": signal.status,
        "status_reason": signal.status_reason,
        "match_reason": signal.match_reason,
        "priority": round(signal.priority, 1) if signal.priority is not None else None,
        "facts": signal.facts,
        "evidence": signal.evidence,
        "stale": signal.stale,
    }


def list_signals(
    db: Database,
    *,
    kind: str | None = None,
    family: str | None = None,
    source: str | None = None,
    status: str | None = None,
    account_id: int | None = None,
    unmatched: bool = False,
    limit: int = 200,
) -> list[dict[str, Any]]:
    """Newest first. Filters combine; `family` is funding, hiring, job_change, intent or technology."""
    with db.session() as session:
        query = (
            select(Signal, Account)
            .outerjoin(Account, col(Account.id) == Signal.account_id)
            .order_by(col(Signal.occurred_at).desc(), col(Signal.id).desc())
            .limit(limit)
        )
        if kind:
            query = query.where(Signal.kind == kind)
        if family:
            kinds = [k for k, f in KIND_FAMILY.items() if f == family]
            query = query.where(col(Signal.kind).in_(kinds))
        if source:
            query = query.where(Signal.source == source)
        if unmatched:
            query = query.where(Signal.status == SignalStatus.UNMATCHED)
        elif status:
            query = query.where(Signal.status == status)
        if account_id is not None:
            query = query.where(Signal.account_id == account_id)
        rows = session.exec(query).all()
    return [signal_json(s, a) for s, a in rows]


def source_health(ws: Workspace) -> list[dict[str, Any]]:
    """Every configured source with its last run, health and last error (and the inbox, if set)."""
    with ws.db.session() as session:
        states = {s.source: s for s in session.exec(select(CollectorState)).all()}
    out = []
    for source in ws.config.sources:
        state = states.get(source.name)
        out.append(
            {
                "name": source.name,
                "type": source.type,
                "every": source.every,
                "health": state.health if state else "never_run",
                "last_run_at": state.last_run_at.isoformat() if state and state.last_run_at else None,
                "last_success_at": (
                    state.last_success_at.isoformat() if state and state.last_success_at else None
                ),
                "consecutive_failures": state.consecutive_failures if state else 0,
                "last_error": state.last_error if state else None,
                "last_problems": state.last_problems if state else [],
                "last_event_count": state.last_event_count if state else 0,
            }
        )
    from agent.services.inbox import health_row

    inbox = health_row(ws)  # the [inbox] mailbox is watched like a source: unread means blind
    if inbox is not None:
        out.append(inbox)
    return out
