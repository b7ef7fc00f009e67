"""Prometheus metrics for `outrider serve` (/metrics) and `outrider worker --metrics-port`.

Counters and histograms are per process (Prometheus scrapes each worker); queue depths are read
from the database at scrape time, so any one process reports the whole queue.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

log = logging.getLogger("outrider.metrics")

JOBS = Counter("outrider_jobs_total", "Jobs finished by this process", ["task", "outcome"])
SENDS = Counter("outrider_send_outcomes_total", "Outbox rows handled by send jobs", ["outcome"])
COLLECT_SECONDS = Histogram(
    "outrider_collect_duration_seconds", "Time to collect one source", ["source"],
    buckets=(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300),
)
QUEUED_LATENCY = Histogram(
    "outrider_signal_to_queued_seconds", "From a signal stored to its draft queued for review",
    buckets=(0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900),
)
JOB_SECONDS = Histogram("outrider_job_duration_seconds", "Job run time", ["task"])


class QueueDepth(Collector):
    """Waiting jobs per queue, failed jobs and live workers, read from procrastinate's tables."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws

    def collect(self) -> Iterator[GaugeMetricFamily]:
        from agent.services.workers import status

        try:
            current = status(self.ws)
        except Exception as exc:  # a scrape must never break the process
            log.warning("metrics: could not read the job tables (%s)", type(exc).__name__)
            return
        depth = GaugeMetricFamily("outrider_queue_depth", "Jobs waiting per queue", labels=["queue"])
        for name, count in current["queues"].items():
            depth.add_metric([name], count)
        yield depth
        yield GaugeMetricFamily("outrider_jobs_failed", "Jobs that failed for good", value=current["failed"])
        yield GaugeMetricFamily("outrider_jobs_running", "Jobs being run now", value=current["running"])
        yield GaugeMetricFamily("outrider_workers_alive", "Workers with a recent heartbeat", value=current["workers"])


_registered: dict[str, QueueDepth] = {}


def watch_queues(ws: Any, registry: CollectorRegistry = REGISTRY) -> None:
    """Report queue depths for `ws` (PostgreSQL only; once per process)."""
    if ws.db.engine.dialect.name != "postgresql":
        return
    current = _registered.get("queues")
    if current is not None:
        current.ws = ws
        return
    collector = QueueDepth(ws)
    registry.register(collector)
    _registered["queues"] = collector


def latest() -> bytes:
    return generate_latest(REGISTRY)


def serve_metrics(port: int, host: str = "0.0.0.0") -> Any:
    """Expose /metrics on `port` from a background thread (the worker)."""
    from prometheus_client import start_http_server

    return start_http_server(port, addr=host)
