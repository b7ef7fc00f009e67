"""Operating the workers: Prometheus metrics on `outrider serve` and on `outrider worker
--metrics-port`, JSON log lines with the job's ids, and the drafting rate shared through the
database."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from agent.workers.app import bind
from agent.workers.ratelimit import take_slot
from agent.workspace import Workspace
from tests.conftest import LoopbackServer, Route, _postgres_available, make_workspace
from tests.integration.test_api_server import LiveServer
from tests.integration.test_delivery import free_port
from tests.integration.test_pipeline import WIRE, rss, source_toml
from tests.integration.workers_harness import FAST_WORKERS, Workers, pg_schema, wait_idle


def test_serve_exposes_prometheus_metrics(workspace: Workspace) -> None:
    postgres = workspace.db.engine.dialect.name == "postgresql"
    if postgres:
        bind(workspace)
    server = LiveServer(workspace)
    try:
        response = server.client.get("/metrics")
    finally:
        server.close()
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    body = response.text
    assert "# TYPE outrider_jobs_total counter" in body
    assert "# TYPE outrider_collect_duration_seconds histogram" in body
    assert "# TYPE outrider_signal_to_queued_seconds histogram" in body
    assert "outrider_send_outcomes_total" in body
    # Queue depths come from the job tables, which only PostgreSQL has.
    assert ('outrider_queue_depth{queue="collect"} 0.0' in body) is postgres


def test_rate_slots_are_shared_through_the_database(workspace: Workspace) -> None:
    # 60 a minute: one a second, whoever asks. The clock is passed in: no sleeping, no timing.
    waits = [take_slot(workspace.db, "draft:llm:m", 60, now=1000.0) for _ in range(3)]
    assert waits == [0.0, 1.0, 2.0]
    assert take_slot(workspace.db, "draft:llm:other", 60, now=1000.0) == 0.0
    assert take_slot(workspace.db, "draft:llm:m", 60, now=1010.0) == 0.0  # the backlog has passed
    assert take_slot(workspace.db, "draft:llm:m", 0, now=1010.0) == 0.0  # no limit configured


@pytest.mark.postgres
def test_worker_metrics_port_and_json_logs(tmp_path: Path, http_server: LoopbackServer) -> None:
    if not _postgres_available():
        pytest.fail("needs PostgreSQL (OUTRIDER_TEST_POSTGRES_URL)")
    wire = http_server.add("/wire.xml", Route(rss(WIRE)))
    with pg_schema() as url:
        ws = make_workspace(tmp_path / "ws", url, source_toml("wire", wire) + FAST_WORKERS)
        app = bind(ws)
        port = free_port()
        workers = Workers(ws.path, url, concurrency=1)
        workers._spawn = _with_args(workers, ["--metrics-port", str(port), "--log-format", "json"])  # type: ignore[method-assign]
        with workers.start(1):
            app.open()
            try:
                from agent.workers.tasks import defer_collect

                defer_collect("wire")
            finally:
                app.close()
            wait_idle(ws, timeout=120)
            body = _scrape(port)
        ws.close()
    assert 'outrider_jobs_total{outcome="done",task="collect"} 1.0' in body
    assert 'outrider_collect_duration_seconds_count{source="wire"} 1.0' in body
    assert "outrider_workers_alive" in body
    lines = [json.loads(line) for line in (tmp_path / "ws" / "worker-0-0.log").read_text().splitlines() if line.startswith("{")]
    done = [line for line in lines if line.get("task") == "collect" and line.get("outcome") == "done"]
    assert done and done[0]["source"] == "wire" and done[0]["job_id"] and done[0]["duration_s"] >= 0
    assert done[0]["new_signals"] == len(WIRE) - 1


def _with_args(workers: Workers, extra: list[str]) -> Any:
    import subprocess

    from tests.integration.workers_harness import outrider_command

    def spawn(index: int) -> subprocess.Popen[bytes]:
        args = [*outrider_command(), "worker", "--concurrency", str(workers.concurrency), *extra]
        log = open(workers.log_dir / f"worker-{index}-{workers.started}.log", "wb")  # noqa: SIM115
        workers.started += 1
        return subprocess.Popen(args, env=workers.env, stdout=log, stderr=subprocess.STDOUT)

    return spawn


def _scrape(port: int) -> str:
    deadline = time.monotonic() + 60
    while True:
        try:
            return httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10).text
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
