"""The embedded loop on the `schedule` package: each source on its `every`, then drafting and sending.

Every job is a function of names and the database: it keeps nothing in memory between runs,
so the same jobs can later be handed to many workers over PostgreSQL.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import schedule
from sqlmodel import select

from agent.pipeline import CollectResult, RouteResult, collect_source, process_signals
from agent.store.models import CollectorState
from agent.workspace import Workspace
from signals.model import as_utc, utcnow

log = logging.getLogger("outrider.scheduler")


@dataclass
class CycleReport:
    collected: list[CollectResult] = field(default_factory=list)
    routed: RouteResult = field(default_factory=RouteResult)
    sent: object | None = None

    @property
    def new_signals(self) -> int:
        return sum(r.new_signals for r in self.collected)


def due_sources(ws: Workspace, *, now: datetime | None = None) -> list[str]:
    """Sources whose `every` has passed since their last run (never-run sources are due)."""
    now = now or utcnow()
    with ws.db.session() as session:
        last = {s.source: s.last_run_at for s in session.exec(select(CollectorState)).all()}
    due = []
    for source in ws.config.sources:
        if not source.enabled:
            continue
        ran = last.get(source.name)
        if ran is None or as_utc(ran) + source.interval <= now:
            due.append(source.name)
    return due


def collect_job(ws: Workspace, name: str, **kw: object) -> CollectResult:
    return collect_source(ws, name, **kw)  # type: ignore[arg-type]


def draft_job(ws: Workspace) -> RouteResult:
    return process_signals(ws)


def send_job(ws: Workspace) -> object:
    from agent.services.delivery import send

    return send(ws)


def inbox_job(ws: Workspace) -> object:
    from agent.services.inbox import poll

    return poll(ws)


def run_cycle(
    ws: Workspace,
    *,
    sources: list[str] | None = None,
    only_due: bool = False,
    deliver: bool = True,
    on_source: Callable[[str, CollectResult], None] | None = None,
    progress: Callable[[int, int | None], None] | None = None,
) -> CycleReport:
    """Collect (the given, the due, or all enabled sources), draft, then send approved drafts."""
    report = CycleReport()
    if sources is None:
        sources = due_sources(ws) if only_due else [s.name for s in ws.config.sources if s.enabled]
    for name in sources:
        result = collect_job(ws, name, progress=progress)
        report.collected.append(result)
        if on_source:
            on_source(name, result)
    report.routed = draft_job(ws)
    if deliver:
        report.sent = send_job(ws)
    return report


def run_forever(ws: Workspace, *, tick_seconds: float = 1.0, max_ticks: int | None = None) -> None:
    """Register each source on its interval plus a drafting/sending job each minute, then loop."""
    scheduler = schedule.Scheduler()
    for source in ws.config.sources:
        if not source.enabled:
            continue
        seconds = int(source.interval.total_seconds())
        scheduler.every(seconds).seconds.do(_safe, collect_job, ws, source.name)
    scheduler.every(60).seconds.do(_safe, draft_job, ws)
    scheduler.every(60).seconds.do(_safe, send_job, ws)
    if ws.config.inbox is not None:  # replies, out-of-office notices and bounces; sequences wait while it is unread
        scheduler.every(120).seconds.do(_safe, inbox_job, ws)
    # Start with a full pass so nothing waits an interval after a restart.
    run_cycle(ws, only_due=True)
    ticks = 0
    while max_ticks is None or ticks < max_ticks:
        scheduler.run_pending()
        time.sleep(tick_seconds)
        ticks += 1


def _safe(job: Callable[..., object], *args: object) -> None:
    try:
        job(*args)
    except Exception:  # the loop must outlive any one job
        log.exception("scheduled job %s failed", getattr(job, "__name__", job))
