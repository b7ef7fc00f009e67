"""`--log-format json` on every long-running command (serve, ui, worker, run), each started as a
real process: every line it writes, banners and Streamlit's own output included, is one JSON
object, so a log collector never meets a line it cannot parse."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import _postgres_available, make_workspace
from tests.fakes.processes import Process, json_lines
from tests.integration.test_delivery import free_port
from tests.integration.workers_harness import FAST_WORKERS, pg_schema


def sqlite_env(tmp_path: Path) -> dict[str, str]:
    url = f"sqlite:///{tmp_path / 'ws' / 'outrider.db'}"
    make_workspace(tmp_path / "ws", url).close()
    return {"OUTRIDER_WORKSPACE": str(tmp_path / "ws"), "DATABASE_URL": url}


def test_serve_logs_json_lines(tmp_path: Path) -> None:
    port = free_port()
    with Process(["serve", "--port", str(port), "--log-format", "json"], env=sqlite_env(tmp_path),
                 log=tmp_path / "serve.log") as serve:
        serve.wait_healthy(f"http://127.0.0.1:{port}/healthz")
        assert serve.stop(signal.SIGINT) == 0
    lines = json_lines(serve.output())
    messages = [line["message"] for line in lines if line["logger"] == "outrider.cli"]
    assert messages[0].startswith("Serving the Outrider API") and messages[-1] == "stopped"


def test_ui_logs_json_lines_streamlit_included(tmp_path: Path) -> None:
    port = free_port()
    with Process(["ui", "--port", str(port), "--log-format", "json"], env=sqlite_env(tmp_path),
                 log=tmp_path / "ui.log") as ui:
        ui.wait_healthy(f"http://127.0.0.1:{port}/_stcore/health")
        ui.wait_healthy(lambda: "Streamlit" in ui.output())  # its banner, relogged
        assert ui.stop(signal.SIGTERM) == 0
    lines = json_lines(ui.output())
    assert any(line["logger"] == "outrider.cli" and f"127.0.0.1:{port}" in line["message"] for line in lines), lines
    assert any(line["logger"].startswith("streamlit") for line in lines), lines


@pytest.mark.postgres
def test_worker_and_run_log_json_lines(tmp_path: Path) -> None:
    if not _postgres_available():
        pytest.fail("needs PostgreSQL (OUTRIDER_TEST_POSTGRES_URL)")
    with pg_schema() as url:
        ws = make_workspace(tmp_path / "ws", url, FAST_WORKERS)
        env = {"OUTRIDER_WORKSPACE": str(ws.path), "DATABASE_URL": url}
        with Process(["worker", "--name", "w1", "--log-format", "json"], env=env, log=tmp_path / "worker.log") as worker, \
                Process(["run", "--log-format", "json"], env=env, log=tmp_path / "run.log") as run:

            def ticked() -> bool:  # the deferrer deferred a tick and the worker ran it
                return '"task": "tick"' in worker.output()

            worker.wait_healthy(ticked)
            run.stop(signal.SIGINT)
            worker.stop(signal.SIGTERM)
        with ws.db.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM procrastinate_jobs WHERE status = 'failed'")).scalar() == 0
        ws.close()
    worker_lines, run_lines = json_lines(worker.output()), json_lines(run.output())
    assert any(line["message"].startswith("worker w1 running every queue") for line in worker_lines)
    assert any(line.get("task") == "tick" and line.get("outcome") == "done" and line.get("job_id") for line in worker_lines)
    assert any(line["message"].startswith("Deferring jobs") for line in run_lines)
    assert run_lines[-1]["message"] == "stopped"
