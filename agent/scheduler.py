"""The embedded loop on the `schedule` package: each source on its `every`, drafting, and sending.

Every job is a function of names and the database: it keeps nothing in memory between runs,
so the same jobs can later be handed to many workers over PostgreSQL. Sending never waits
behind collection: the loop sends from its own thread, and one cycle sends what is already
approved before it starts collecting.
"""

from __future__ import annotations

import logging
import threading
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
    alerts: object | None = None

    @property
    def new_signals(self) -> int:
        return sum(r.new_signals for r in self.collected)

    @property
    def failed_sources(self) -> list[CollectResult]:
        return [r for r in self.collected if r.failed]


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


def nurture_job(ws: Workspace) -> object:
    from agent.services.nurture import tick

    return tick(ws)


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
    """Send what is already approved, then collect (the given, the due, or all enabled sources) and draft.

    Sending comes first so approved mail never waits behind a slow source; what this cycle
    drafts waits for a rep's approval anyway and goes out with the next send.
    """
    report = CycleReport()
    if deliver:
        report.sent = send_job(ws)
    if sources is None:
        sources = due_sources(ws) if only_due else [s.name for s in ws.config.sources if s.enabled]
    for name in sources:
        result = collect_job(ws, name, progress=progress)
        report.collected.append(result)
        if on_source:
            on_source(name, result)
    report.routed = draft_job(ws)
    report.alerts = alerts_job(ws)
    return report


def alerts_job(ws: Workspace) -> object:
    """Deliver due owner alerts (MQL handoffs): they are internal, so even a cycle that sends no
    prospect mail hands leads over."""
    from agent.services.alerts import deliver

    return deliver(ws)


def run_forever(
    ws: Workspace,
    *,
    tick_seconds: float = 1.0,
    max_ticks: int | None = None,
    stop: threading.Event | None = None,
    send_every_s: float = 60.0,
) -> None:
    """Each source on its interval and drafting each minute on this thread; sending on its own.

    The sender thread sends at once and then every `send_every_s`, whatever the collectors are
    doing (a source stuck until its deadline holds up only its own thread). Setting `stop` (or
    reaching `max_ticks`) ends the loop; the sender finishes the send it is in, then stops too.
    """
    from agent.delivery.alerts import AlertWorker

    stop = stop or threading.Event()
    sender = threading.Thread(target=_send_loop, args=(ws, stop, send_every_s), name="outrider-sender", daemon=True)
    sender.start()
    # MQL handoffs and other owner alerts go out within seconds, woken by the commit that made them.
    alerts = AlertWorker(ws)
    alerts.start()
    try:
        scheduler = schedule.Scheduler()
        _schedule_configured(scheduler, ws)
        scheduler.every(60).seconds.do(_safe, draft_job, ws)
        # Decay re-arms handoffs and quiet leads go dormant.
        scheduler.every(1).hours.do(_safe, leads_job, ws)
        # Sequences: due steps drafted, exits and expiries applied.
        scheduler.every(60).seconds.do(_safe, nurture_job, ws)
        # Start with a full pass so nothing waits an interval after a restart.
        run_cycle(ws, only_due=True, deliver=False, on_source=_log_failure)
        ticks = 0
        while not stop.is_set() and (max_ticks is None or ticks < max_ticks):
            if ws.refresh_config():  # outrider.toml was edited (the UI, an editor): no restart needed
                _schedule_configured(scheduler, ws)
                for name in due_sources(ws):  # a new source is read now, not an interval from now
                    _safe(_collect_and_log, ws, name)
            scheduler.run_pending()
            stop.wait(tick_seconds)
            ticks += 1
    finally:
        stop.set()
        alerts.stop()
        sender.join()


#: The tag of the jobs that follow outrider.toml (its sources, its inbox); re-made when it changes.
CONFIGURED = "configured"


def _schedule_configured(scheduler: schedule.Scheduler, ws: Workspace) -> None:
    """(Re)schedule each enabled source on its `every`, and the inbox when one is configured."""
    scheduler.clear(CONFIGURED)
    for source in ws.config.sources:
        if not source.enabled:
            continue
        seconds = int(source.interval.total_seconds())
        scheduler.every(seconds).seconds.do(_safe, _collect_and_log, ws, source.name).tag(CONFIGURED)
    if ws.config.inbox is not None:  # replies, out-of-office notices, bounces; sequences wait while unread
        scheduler.every(120).seconds.do(_safe, inbox_job, ws).tag(CONFIGURED)
    log.info("scheduled %d source(s)%s", sum(1 for s in ws.config.sources if s.enabled),
             " and the inbox" if ws.config.inbox is not None else "")


def leads_job(ws: Workspace) -> object:
    from agent.services.leads import refresh

    return refresh(ws)


def _send_loop(ws: Workspace, stop: threading.Event, every_s: float) -> None:
    while not stop.is_set():
        _safe(send_job, ws)
        stop.wait(every_s)


def _collect_and_log(ws: Workspace, name: str) -> None:
    _log_failure(name, collect_job(ws, name))


def _log_failure(name: str, result: CollectResult) -> None:
    # The loop has no terminal to print to: a failed source is reported here, once.
    if result.failure:
        log.warning("%s", result.failure)


def _safe(job: Callable[..., object], *args: object) -> None:
    try:
        job(*args)
    except Exception:  # the loop must outlive any one job
        log.exception("scheduled job %s failed", getattr(job, "__name__", job))
