"""Running the workers and the periodic deferrer, and deferring one cycle (`run --once`).
Looking at the queue (status, failed jobs, retry) is a service: agent/services/workers.py."""

from __future__ import annotations

from typing import Any

from agent.services.queue import QueueError
from agent.workers.app import QUEUES


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


def _warm(ws: Any) -> None:
    """Build the routing index before taking jobs (route and draft jobs resolve accounts with it).

    Before, not in the background: a background build holds the GIL for its seconds while the
    first jobs run, and a route job arriving meanwhile would find no index and build a second
    one. Until this returns the worker is not registered, so its jobs wait for (or go to) a
    worker that is ready. A failure here is logged and the first job builds the index instead."""
    import logging

    from agent.pipeline import warm_routing_index

    try:
        warm_routing_index(ws)
    except Exception as exc:
        logging.getLogger("outrider.workers").warning(
            "the routing index was not built at start-up (%s: %s); the first route job builds it",
            type(exc).__name__, exc, extra={"outcome": "failed"})


def run_worker(ws: Any, *, concurrency: int = 1, queues: list[str] | None = None, name: str | None = None) -> None:
    """`outrider worker`: run jobs until SIGINT/SIGTERM (a graceful stop finishes running jobs)."""
    from agent.workers.app import bind

    unknown = [q for q in queues or [] if q not in QUEUES]
    if unknown:
        raise QueueError(f"unknown queue(s) {', '.join(unknown)}; the queues are {', '.join(QUEUES)}")
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    cfg = ws.config.workers
    app = bind(ws, pool_size=concurrency + 2)
    if not queues or {"route", "draft"} & set(queues):
        _warm(ws)

    async def main() -> None:
        # procrastinate runs a sync job in the loop's default executor, which has
        # min(32, cpus + 4) threads: on a 2-core machine `--concurrency 8` ran only 6 jobs at
        # once. One thread per slot (and a few for the connector's own sync calls).
        asyncio.get_running_loop().set_default_executor(
            ThreadPoolExecutor(max_workers=concurrency + 4, thread_name_prefix="outrider-job")
        )
        async with app.open_async():
            await app.run_worker_async(
                queues=queues or None,
                concurrency=concurrency,
                name=name,
                update_heartbeat_interval=cfg.heartbeat_s,
                stalled_worker_timeout=cfg.stalled_after_s,
                fetch_job_polling_interval=2.0,
                delete_jobs="successful",
            )

    asyncio.run(main())
