"""Looking at and steering the job queue: `outrider workers status`, `jobs failed`, `jobs retry`.

Read straight from procrastinate's tables with our own engine (same database and schema)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import text

from agent.services.queue import NotFound, QueueError
from agent.workers.app import QUEUES, require_postgres


def status(ws: Any) -> dict[str, Any]:
    """Workers alive, jobs waiting per queue, the oldest waiting job, running and failed jobs."""
    require_postgres(ws, "`outrider workers status`")
    from agent.workers.app import ensure_schema

    ensure_schema(ws)
    after = ws.config.workers.stalled_after_s
    with ws.db.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT queue_name, status::text, count(*) FROM procrastinate_jobs "
            "WHERE status IN ('todo', 'doing', 'failed') GROUP BY queue_name, status"
        )).all()
        oldest = connection.execute(text(
            "SELECT j.id, j.task_name, j.queue_name, min(e.at) AS at FROM procrastinate_jobs j "
            "JOIN procrastinate_events e ON e.job_id = j.id AND e.type = 'deferred' "
            "WHERE j.status = 'todo' AND (j.scheduled_at IS NULL OR j.scheduled_at <= now()) "
            "GROUP BY j.id ORDER BY at LIMIT 1"
        )).first()
        workers = connection.execute(text(
            "SELECT count(*) FROM procrastinate_workers WHERE last_heartbeat > now() - make_interval(secs => :s)"
        ), {"s": after}).scalar() or 0
        now = connection.execute(text("SELECT now()")).scalar()
    queues: dict[str, int] = {name: 0 for name in QUEUES}
    running: dict[str, int] = {name: 0 for name in QUEUES}
    failed = 0
    for queue, state, count in rows:
        if state == "todo":
            queues[queue] = queues.get(queue, 0) + int(count)
        elif state == "doing":
            running[queue] = running.get(queue, 0) + int(count)
        else:
            failed += int(count)
    oldest_info = None
    if oldest is not None:
        at: datetime = oldest.at
        oldest_info = {
            "id": oldest.id, "task": oldest.task_name, "queue": oldest.queue_name,
            "deferred_at": at.isoformat(), "waiting_s": round((now - at).total_seconds(), 1),
        }
    return {
        "workers": int(workers),
        "queues": queues,
        "running": sum(running.values()),
        "running_by_queue": running,
        "oldest_waiting": oldest_info,
        "failed": failed,
    }


def failed_jobs(ws: Any, *, limit: int = 100) -> list[dict[str, Any]]:
    require_postgres(ws, "`outrider jobs failed`")
    with ws.db.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT j.id, j.task_name, j.queue_name, j.args, j.attempts, max(e.at) AS failed_at "
            "FROM procrastinate_jobs j LEFT JOIN procrastinate_events e ON e.job_id = j.id AND e.type = 'failed' "
            "WHERE j.status = 'failed' GROUP BY j.id ORDER BY j.id DESC LIMIT :limit"
        ), {"limit": limit}).all()
    return [
        {"id": r.id, "task": r.task_name, "queue": r.queue_name, "args": r.args, "attempts": r.attempts,
         "failed_at": r.failed_at.isoformat() if r.failed_at else None}
        for r in rows
    ]


def retry(ws: Any, job_id: int) -> dict[str, Any]:
    """Put a failed job back in its queue (attempts continue from where they were)."""
    require_postgres(ws, "`outrider jobs retry`")
    with ws.db.engine.connect() as connection:
        row = connection.execute(
            text("SELECT id, task_name, status::text AS status FROM procrastinate_jobs WHERE id = :id"), {"id": job_id}
        ).first()
    if row is None:
        raise NotFound(f"there is no job {job_id}; `outrider jobs failed` lists the failed ones")
    if row.status != "failed":
        raise QueueError(f"job {job_id} ({row.task_name}) is {row.status}, not failed; only failed jobs are retried")
    from procrastinate import utils

    from agent.workers.app import bind

    app = bind(ws)
    app.open()
    try:
        app.job_manager.retry_job_by_id(job_id, retry_at=utils.utcnow())
    finally:
        app.close()
    return {"id": job_id, "task": row.task_name, "status": "todo"}


def defer_once(ws: Any) -> dict[str, int]:
    """`outrider run --once` on PostgreSQL: one cycle's jobs (every enabled source, routing,
    due mail, the chores) deferred for the workers; returns at once."""
    from agent.workers.app import bind
    from agent.workers.tasks import defer_cycle

    app = bind(ws)
    app.open()
    try:
        return defer_cycle(ws, only_due=False)
    finally:
        app.close()


def run_deferrer(ws: Any) -> None:
    """`outrider run` on PostgreSQL: only the periodic deferrer (the tick), no jobs run here."""
    import asyncio

    from procrastinate import periodic

    from agent.workers.app import bind

    app = bind(ws)

    async def main() -> None:
        async with app.open_async():
            deferrer = periodic.PeriodicDeferrer(registry=app.periodic_registry, **app.periodic_defaults)
            await deferrer.worker()

    asyncio.run(main())


def run_worker(ws: Any, *, concurrency: int = 1, queues: list[str] | None = None, name: str | None = None) -> None:
    """`outrider worker`: run jobs until SIGINT/SIGTERM (a graceful stop finishes running jobs)."""
    from agent.workers.app import bind

    unknown = [q for q in queues or [] if q not in QUEUES]
    if unknown:
        raise QueueError(f"unknown queue(s) {', '.join(unknown)}; the queues are {', '.join(QUEUES)}")
    cfg = ws.config.workers
    app = bind(ws, pool_size=concurrency + 2)
    app.run_worker(
        queues=queues or None,
        concurrency=concurrency,
        name=name,
        update_heartbeat_interval=cfg.heartbeat_s,
        stalled_worker_timeout=cfg.stalled_after_s,
        fetch_job_polling_interval=2.0,
        delete_jobs="successful",
    )
