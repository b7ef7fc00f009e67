"""The job queue for the CLI and the UI: workers alive, queue depths, failed jobs, retrying one.

Read straight from procrastinate's tables with our own engine (same database and schema); only
on PostgreSQL (the workers' home)."""

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


def available(ws: Any) -> bool:
    """Workers run on PostgreSQL only; on SQLite `outrider run` is the single process."""
    from agent.workers.app import is_postgres

    return is_postgres(ws)
