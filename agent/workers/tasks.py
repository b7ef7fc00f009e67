"""The jobs. Each is a function of ids and the database; running one twice is a no-op.

- collect(source): queue `collect`; a queueing lock and a lock per source, so one source is never
  collected twice at once (and the advisory lock in collect_source stays as a second guard).
  Its new signals are handed to route jobs at once.
- route(signal_ids): queue `route`; resolves, scores and routes a batch; signals worth a draft get
  a draft job each (they stay `new` until the draft is stored).
- draft(signal_id): queue `draft` (LLM-bound: run many slots); waits for the provider's shared
  rate slot, then drafts and stores (UNIQUE per signal).
- send(outbox_id): queue `send`; claim-before-send, so a killed sender leaves the row `sending`,
  later `unknown` for a human, never sent twice.
- tick (periodic, every `[workers] tick_s`): retries stalled jobs, defers collects of due
  sources, routes left-over `new` signals, sends due mail, and the sequence tick / inbox poll /
  owner alerts / lead refresh / dormant returns at their own cadence.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from procrastinate import JobContext, RetryStrategy
from procrastinate.exceptions import AlreadyEnqueued
from sqlalchemy import or_
from sqlmodel import col, select

from agent.store.models import Draft, DraftStatus, Outbox, OutboxState, Signal, SignalStatus
from agent.workers import metrics
from agent.workers.app import app, workspace
from signals.model import utcnow

log = logging.getLogger("outrider.workers")

#: Transient failures (a database restart, a deadlock, a race on a new contact) are retried.
RETRY = RetryStrategy(max_attempts=5, wait=2, exponential_wait=2)


@contextmanager
def _job(context: JobContext, task: str, **ids: Any) -> Iterator[dict[str, Any]]:
    """Time, log (with the job id and the ids it is about) and count one job."""
    job_id = context.job.id if context.job else None
    extra: dict[str, Any] = {"job_id": job_id, "task": task, **ids}
    started = time.monotonic()
    try:
        yield extra
    except Exception:
        extra["duration_s"] = round(time.monotonic() - started, 3)
        metrics.JOBS.labels(task, "failed").inc()
        log.exception("job %s %s failed", task, job_id, extra={**extra, "outcome": "failed"})
        raise
    duration = time.monotonic() - started
    metrics.JOBS.labels(task, "done").inc()
    metrics.JOB_SECONDS.labels(task).observe(duration)
    log.info("job %s %s done in %.3f s", task, job_id, duration,
             extra={**extra, "duration_s": round(duration, 3), "outcome": "done"})


def _defer(deferrer: Any, **kwargs: Any) -> int | None:
    """Defer, or None when an identical job is already waiting (its queueing lock)."""
    try:
        return deferrer.defer(**kwargs)
    except AlreadyEnqueued:
        return None


# --------------------------------------------------------------------------- defer helpers


def defer_collect(source: str) -> int | None:
    return _defer(collect.configure(lock=f"collect:{source}", queueing_lock=f"collect:{source}"), source=source)


def defer_route(signal_ids: list[int]) -> list[int]:
    ws = workspace()
    size = ws.config.workers.route_batch
    ids = []
    for start in range(0, len(signal_ids), size):
        job = route.defer(signal_ids=list(signal_ids[start : start + size]))
        ids.append(job)
    return ids


def draft_batch_size(ws: Any) -> int:
    """Signals per draft job: one for a model (each call waits on the network, so each gets its own
    slot), `[workers] draft_batch` for the offline drafter (pure CPU: a job per signal is overhead)."""
    return 1 if ws.config.drafting.provider == "llm" else ws.config.workers.draft_batch


def defer_drafts(signal_ids: list[int]) -> int:
    size = draft_batch_size(workspace())
    deferred = 0
    for start in range(0, len(signal_ids), size):
        chunk = list(signal_ids[start : start + size])
        key = f"draft:{chunk[0]}" if len(chunk) == 1 else f"draft:{chunk[0]}-{chunk[-1]}:{len(chunk)}"
        if _defer(draft.configure(lock=key, queueing_lock=key), signal_ids=chunk):
            deferred += 1
    return deferred


def defer_send(outbox_id: int) -> int | None:
    return _defer(send.configure(lock=f"send:{outbox_id}", queueing_lock=f"send:{outbox_id}"), outbox_id=outbox_id)


def defer_chore(name: str) -> int | None:
    return _defer(chore.configure(queueing_lock=f"chore:{name}", lock=f"chore:{name}"), name=name)


# --------------------------------------------------------------------------- jobs


@app.task(name="collect", queue="collect", pass_context=True, retry=RETRY)
def collect(context: JobContext, source: str) -> dict[str, Any]:
    from agent.pipeline import collect_source

    ws = workspace()
    with _job(context, "collect", source=source) as extra:
        started = time.monotonic()
        result = collect_source(ws, source)
        metrics.COLLECT_SECONDS.labels(source).observe(time.monotonic() - started)
        extra["new_signals"] = result.new_signals
        if result.failure:
            log.warning("%s", result.failure, extra=extra)
        if result.new_signal_ids:
            defer_route(result.new_signal_ids)
    return {"new_signals": result.new_signals, "error": result.failure, "skipped": result.skipped}


@app.task(name="route", queue="route", pass_context=True, retry=RETRY)
def route(context: JobContext, signal_ids: list[int]) -> dict[str, Any]:
    from agent.pipeline import process_signals

    ws = workspace()
    with _job(context, "route", signal_ids=f"{min(signal_ids, default=0)}..{max(signal_ids, default=0)} ({len(signal_ids)})") as extra:
        result = process_signals(ws, signal_ids=signal_ids, defer_drafts=defer_drafts)
        extra["drafted"] = result.drafted
    return {"to_draft": result.drafted, "recorded": result.recorded, "unmatched": result.unmatched}


@app.task(name="route_pending", queue="route", pass_context=True, retry=RETRY)
def route_pending(context: JobContext) -> int:
    """Signals still `new` `[workers] reroute_after_s` after they were stored (a collect killed
    before it deferred its route, a draft job lost): routed again, their draft jobs deferred again
    (every step is idempotent; queueing locks drop duplicates)."""
    ws = workspace()
    cutoff = utcnow() - timedelta(seconds=ws.config.workers.reroute_after_s)
    with _job(context, "route_pending"):
        with ws.db.session() as session:
            ids = [i for i in session.exec(
                select(Signal.id).where(Signal.status == SignalStatus.NEW).where(Signal.created_at <= cutoff)
                .order_by(col(Signal.id))
            ).all() if i]
        if ids:
            defer_route(ids)
    return len(ids)


_providers: dict[int, Any] = {}


def _provider(ws: Any) -> Any:
    """One drafter per worker process, shared by its drafting slots: a model client (its HTTP
    connection pool and TLS context) is built once, not per job."""
    provider = _providers.get(id(ws))
    if provider is None:
        from agent.pipeline import make_provider

        provider = _providers.setdefault(id(ws), make_provider(ws))
    return provider


def _provider_key(ws: Any) -> str:
    cfg = ws.config.drafting
    return f"draft:{cfg.provider}:{cfg.model if cfg.provider == 'llm' else 'offline'}"


@app.task(name="draft", queue="draft", pass_context=True, retry=RETRY)
def draft(context: JobContext, signal_ids: list[int]) -> dict[str, Any]:
    """Draft these signals (one, for a model). Waits for the provider's shared rate slot first."""
    from agent.pipeline import process_signals
    from agent.workers.ratelimit import wait_for_slot
    from signals.model import as_utc

    ws = workspace()
    label = str(signal_ids[0]) if len(signal_ids) == 1 else f"{signal_ids[0]}..{signal_ids[-1]} ({len(signal_ids)})"
    waited = 0.0
    with _job(context, "draft", signal_id=label) as extra:
        with ws.db.session() as session:
            todo = {
                sid: created for sid, created in session.exec(
                    select(Signal.id, Signal.created_at)
                    .where(col(Signal.id).in_(signal_ids))
                    .where(Signal.status == SignalStatus.NEW)
                ).all() if sid
            }
        if not todo:
            extra["outcome"] = "nothing to do"
            return {"drafted": 0}
        for _ in todo:
            waited += wait_for_slot(ws.db, _provider_key(ws), ws.config.workers.draft_rate_per_minute)
        # The route job already counted these signals toward the lead scores (rescore_leads).
        result = process_signals(ws, signal_ids=list(todo), provider=_provider(ws), rescore_leads=False)
        now = utcnow()
        for sid in result.drafted_signal_ids:
            if sid in todo and todo[sid] is not None:
                metrics.QUEUED_LATENCY.observe(max((now - as_utc(todo[sid])).total_seconds(), 0.0))
        extra["drafted"] = len(result.draft_ids)
    return {"drafted": len(result.draft_ids), "rate_wait_s": round(waited, 3)}


@app.task(name="send", queue="send", pass_context=True, retry=RETRY)
def send(context: JobContext, outbox_id: int) -> dict[str, Any]:
    from agent.delivery.sender import send_one

    ws = workspace()
    with _job(context, "send", outbox_id=outbox_id):
        report = send_one(ws, outbox_id)
        for outcome in ("sent", "failed", "suppressed", "unknown", "retried", "skipped", "scheduled"):
            count = getattr(report, outcome)
            if count:
                metrics.SENDS.labels(outcome).inc(count)
    return report.as_json()


#: The chores of other issues, each run as its own job (one at a time, across every worker): the
#: services the embedded loop calls too, each taking `now` (None: the clock).
def _chores() -> dict[str, Callable[..., object]]:
    from agent.services.alerts import deliver
    from agent.services.inbox import poll
    from agent.services.leads import refresh
    from agent.services.nurture import tick as nurture_tick
    from agent.services.reactivation import wake_returns

    # returns: dormant leads who came back to the site (the embedded loop's drafting step runs it).
    return {"alerts": deliver, "nurture": nurture_tick, "inbox": poll, "leads": refresh, "returns": wake_returns}


@app.task(name="chore", queue="periodic", pass_context=True, retry=RETRY)
def chore(context: JobContext, name: str, now: str | None = None) -> str:
    """Run one chore. `now` (ISO 8601) plays the calendar, as `outrider tick --now` does."""
    from datetime import datetime

    ws = workspace()
    with _job(context, f"chore:{name}"):
        result = _chores()[name](ws, now=datetime.fromisoformat(now) if now else None)
    return type(result).__name__


# --------------------------------------------------------------------------- the periodic tick

#: Seconds between runs of each chore (the embedded loop's cadences).
CHORE_EVERY = {"alerts": 0, "nurture": 60, "inbox": 120, "leads": 3600, "returns": 60}


def _due_outbox(ws: Any, limit: int) -> list[int]:
    now = utcnow()
    with ws.db.session() as session:
        return [i for i in session.exec(
            select(Outbox.id)
            .join(Draft, col(Draft.id) == Outbox.draft_id)
            .where(col(Outbox.state).in_([OutboxState.QUEUED, OutboxState.SCHEDULED]))
            .where(Draft.status == DraftStatus.APPROVED)
            .where(or_(col(Outbox.next_attempt_at).is_(None), col(Outbox.next_attempt_at) <= now))
            .where(or_(col(Outbox.not_before).is_(None), col(Outbox.not_before) <= now))
            .order_by(col(Outbox.id))
            .limit(limit)
        ).all() if i]


def retry_stalled(ws: Any) -> int:
    """Jobs whose worker stopped beating its heart `[workers] stalled_after_s` ago go back to the
    queue (a SIGKILL, a lost machine). Their steps are idempotent, so running them again is safe."""
    from procrastinate import jobs, sql, utils

    from agent.locks import named_lock

    # One at a time across every process (a tick, `run --once`): two would race for the same job.
    # An advisory lock, not a job lock: a killed holder's lock goes with its connection.
    with named_lock(ws.db.engine, "workers:retry-stalled", wait=False) as held:
        return _retry_stalled(ws, app, jobs, sql, utils) if held else 0


def _retry_stalled(ws: Any, app: Any, jobs: Any, sql: Any, utils: Any) -> int:
    after = ws.config.workers.stalled_after_s
    # JobManager.get_stalled_jobs is async-only; the same query through the sync connector works
    # in a worker's job thread and in `outrider run --once` alike.
    rows = app.connector.get_sync_connector().execute_query_all(
        query=sql.queries["select_stalled_jobs_by_heartbeat"], queue=None, task_name=None,
        seconds_since_heartbeat=after,
    )
    stalled = [jobs.Job.from_row(row) for row in rows]
    retried = 0
    for job in stalled:
        try:
            app.job_manager.retry_job_by_id(job.id, retry_at=utils.utcnow())
            retried += 1
            log.warning("job %s %s was stalled (no heartbeat for %ss); queued again", job.task_name, job.id,
                        after, extra={"job_id": job.id, "task": job.task_name})
        except Exception as exc:
            if not any(type(cause).__name__ == "UniqueViolation" for cause in utils.causes(exc)):
                # Another tick (or `run --once`) took it back first: nothing to do.
                log.info("stalled job %s was already taken back (%s)", job.id, type(exc).__name__,
                         extra={"job_id": job.id, "task": job.task_name})
                continue
            # An identical job already waits (its queueing lock): that one does the work.
            log.warning("stalled job %s is not queued again: an identical job already waits (%s); "
                        "marking it aborted", job.id, type(exc).__name__, extra={"job_id": job.id, "task": job.task_name})
            try:
                app.connector.get_sync_connector().execute_query(
                    query=sql.queries["finish_job"], job_id=job.id, status="aborted", delete_job=False
                )
            except Exception:
                log.exception("stalled job %s could not be closed", job.id, extra={"job_id": job.id})
    return retried


def defer_cycle(ws: Any, *, only_due: bool = True, timestamp: float | None = None) -> dict[str, int]:
    """What one tick hands to the workers. Returns what was deferred, per kind."""
    from agent.delivery.sender import recover_stuck
    from agent.scheduler import due_sources

    timestamp = time.time() if timestamp is None else timestamp
    counts = {"stalled": retry_stalled(ws), "collect": 0, "route": 0, "send": 0, "chores": 0, "recovered": 0}
    sources = due_sources(ws) if only_due else [s.name for s in ws.config.sources if s.enabled]
    for name in sources:
        counts["collect"] += defer_collect(name) is not None
    if _defer(route_pending.configure(queueing_lock="route_pending")) is not None:
        counts["route"] += 1
    counts["recovered"] = recover_stuck(ws)
    for outbox_id in _due_outbox(ws, ws.config.delivery.max_per_run):
        counts["send"] += defer_send(outbox_id) is not None
    tick_s = ws.config.workers.tick_s
    for name, every in CHORE_EVERY.items():
        if name == "inbox" and ws.config.inbox is None:
            continue
        if not only_due or every <= tick_s or int(timestamp) % every < tick_s:
            counts["chores"] += defer_chore(name) is not None
    return counts


@app.task(name="tick", queue="periodic", pass_context=True)
def tick(context: JobContext, timestamp: int) -> dict[str, int]:
    ws = workspace()
    with _job(context, "tick"):
        counts = defer_cycle(ws, timestamp=timestamp)
    return counts


_periodic: dict[str, int] = {}


def register_periodic(ws: Any) -> None:
    """The tick, every `[workers] tick_s` seconds (procrastinate's cron with a seconds column)."""
    tick_s = ws.config.workers.tick_s
    if _periodic.get("tick_s") == tick_s:
        return
    app.periodic_registry.periodic_tasks.pop((tick.name, ""), None)
    app.periodic_registry.register_task(task=tick, cron=f"* * * * * */{tick_s}", periodic_id="",
                                        configure_kwargs={"queueing_lock": "tick"})
    _periodic["tick_s"] = tick_s


def stalled_cutoff(ws: Any) -> timedelta:
    return timedelta(seconds=ws.config.workers.stalled_after_s)
