"""tests/integration/test_store.py's "an upgrade is idempotent", raced: two `outrider migrate`
processes start at once on an empty PostgreSQL schema (as two workers or a worker and `serve` do
after a deploy). Both succeed, the schema ends at head once, and the job tables exist once."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from agent.init import write_config
from agent.store.db import current_revision, head_revision, open_database
from tests.integration.workers_harness import outrider_command, pg_schema

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]


def test_two_processes_upgrading_an_empty_schema_at_once_both_succeed(tmp_path: Path) -> None:
    write_config(tmp_path)
    with pg_schema() as url:
        env = {**os.environ, "DATABASE_URL": url, "OUTRIDER_WORKSPACE": str(tmp_path)}
        procs = [
            subprocess.Popen([*outrider_command(), "migrate"], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            for _ in range(2)
        ]
        outputs = [p.communicate(timeout=180)[0].decode() for p in procs]
        assert [p.returncode for p in procs] == [0, 0], outputs
        engine = create_engine(url)
        try:
            assert current_revision(engine) == head_revision()
            with engine.connect() as conn:
                versions = conn.execute(text("SELECT count(*) FROM alembic_version")).scalar_one()
                jobs = conn.execute(text(
                    "SELECT count(*) FROM information_schema.tables "
                    "WHERE table_schema = current_schema() AND table_name = 'procrastinate_jobs'"
                )).scalar_one()
            assert versions == 1
            assert jobs == 1
        finally:
            engine.dispose()
        # A third start finds nothing to do.
        open_database(url).dispose()
