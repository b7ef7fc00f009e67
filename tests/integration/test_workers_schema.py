"""procrastinate's job schema across procrastinate upgrades, on a real PostgreSQL: start-up on an
up-to-date schema changes nothing; a schema an older procrastinate left gets the installed
version's migration scripts, in order, once; one a newer procrastinate finished is refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from procrastinate.schema import SchemaManager
from sqlalchemy import Engine, text

from agent.config import ConfigError
from agent.workers.app import (
    BASELINE_MIGRATION,
    JOB_SCHEMA_TABLE,
    ensure_schema,
    recorded_migrations,
    shipped_migrations,
)
from tests.conftest import _postgres_available, make_workspace
from tests.integration.workers_harness import pg_schema

pytestmark = pytest.mark.postgres

#: The release this test pretends was installed before: its newest scripts are missing.
OLDER = "03.04.00"


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Any]:
    if not _postgres_available():
        pytest.fail("these tests need PostgreSQL (OUTRIDER_TEST_POSTGRES_URL)")
    with pg_schema() as url:
        workspace = make_workspace(tmp_path / "ws", url)
        yield workspace
        workspace.close()


def shape(engine: Engine) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]], set[str]]:
    """Functions (name, arguments), columns (table, column, type) and enum values of the job schema."""
    with engine.connect() as c:
        functions = {(r[0], r[1]) for r in c.execute(text(
            "SELECT p.proname, pg_get_function_identity_arguments(p.oid) FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = current_schema() AND p.proname LIKE 'procrastinate%'"
        ))}
        columns = {(r[0], r[1], r[2]) for r in c.execute(text(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name LIKE 'procrastinate%'"
        ))}
        enums = {r[0] for r in c.execute(text(
            "SELECT t.typname || '.' || e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid "
            "JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = current_schema()"
        ))}
    return functions, columns, enums


def recorded_at(engine: Engine) -> list[tuple[str, Any]]:
    with engine.connect() as c:
        return [tuple(r) for r in c.execute(text(f"SELECT name, applied_at FROM {JOB_SCHEMA_TABLE} ORDER BY name"))]


def build_older(engine: Engine) -> list[str]:
    """The job schema an older procrastinate built and recorded: its migration scripts applied in
    order up to OLDER. Returns the scripts it lacks."""
    scripts = Path(SchemaManager.get_migrations_path())
    older = [name for name in shipped_migrations() if name < OLDER]
    missing = [name for name in shipped_migrations() if name >= OLDER]
    assert missing, "the installed procrastinate ships no migration newer than the one this test removes"
    for name in older:  # each in its own transaction (a new enum value is usable once committed)
        with engine.begin() as c:
            c.exec_driver_sql((scripts / name).read_text(encoding="utf-8").replace("%", "%%"))
    with engine.begin() as c:
        c.exec_driver_sql(f"CREATE TABLE {JOB_SCHEMA_TABLE} (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
        for name in older:
            c.execute(text(f"INSERT INTO {JOB_SCHEMA_TABLE} (name) VALUES (:n)"), {"n": name})
    assert "procrastinate_retry_job_v2" not in {f for f, _ in shape(engine)[0]}
    return missing


def test_a_fresh_schema_is_recorded_and_start_up_on_it_is_a_no_op(ws: Any) -> None:
    engine = ws.db.engine
    assert ensure_schema(ws) == ["schema.sql"]
    assert recorded_migrations(engine) == set(shipped_migrations())
    before, rows = shape(engine), recorded_at(engine)
    assert ensure_schema(ws) == []  # the start-up of every process
    assert (shape(engine), recorded_at(engine)) == (before, rows)


def test_an_older_procrastinate_schema_gets_the_missing_migrations_once(ws: Any, tmp_path: Path) -> None:
    """The job schema an older procrastinate built (its migration scripts, applied in order, up to
    OLDER) is upgraded by start-up to exactly what a fresh install of this one creates."""
    engine = ws.db.engine
    missing = build_older(engine)

    assert ensure_schema(ws) == missing
    assert recorded_migrations(engine) == set(shipped_migrations())
    assert ensure_schema(ws) == []  # once

    with pg_schema() as fresh_url:
        fresh = make_workspace(tmp_path / "fresh", fresh_url)
        try:
            ensure_schema(fresh)
            assert shape(engine) == shape(fresh.db.engine)
        finally:
            fresh.close()


def test_a_schema_applied_before_it_was_recorded_is_taken_as_the_baseline(ws: Any) -> None:
    engine = ws.db.engine
    with engine.begin() as c:  # what an Outrider build before the record did: schema.sql only
        c.exec_driver_sql(SchemaManager.get_schema().replace("%", "%%"))
    before = shape(engine)
    applied = ensure_schema(ws)
    assert applied == [name for name in shipped_migrations() if name > BASELINE_MIGRATION]
    assert recorded_migrations(engine) == set(shipped_migrations())
    if not applied:
        assert shape(engine) == before


def test_a_schema_a_newer_procrastinate_finished_is_refused_with_advice(ws: Any) -> None:
    ensure_schema(ws)
    with ws.db.engine.begin() as c:
        c.execute(text(f"INSERT INTO {JOB_SCHEMA_TABLE} (name) VALUES ('99.00.00_50_post_from_the_future.sql')"))
    with pytest.raises(ConfigError, match=r"newer procrastinate .*99\.00\.00_50_post_from_the_future\.sql.*upgrade this install"):
        ensure_schema(ws)
    # A newer "pre" migration alone is made for the old code to keep running: no refusal.
    with ws.db.engine.begin() as c:
        c.execute(text(f"DELETE FROM {JOB_SCHEMA_TABLE} WHERE name LIKE '99.%'"))
        c.execute(text(f"INSERT INTO {JOB_SCHEMA_TABLE} (name) VALUES ('99.00.00_01_pre_from_the_future.sql')"))
    assert ensure_schema(ws) == []



def test_outrider_migrate_says_what_it_applied_to_the_job_schema(ws: Any) -> None:
    from typer.testing import CliRunner

    from agent.cli import app

    missing = build_older(ws.db.engine)
    env = {"OUTRIDER_WORKSPACE": str(ws.path), "DATABASE_URL": ws.db.url}
    first = CliRunner().invoke(app, ["migrate"], env=env)
    assert first.exit_code == 0, first.output
    assert f"Job schema (procrastinate): applied {', '.join(missing)}." in " ".join(first.output.split())
    again = CliRunner().invoke(app, ["migrate"], env=env)
    assert again.exit_code == 0 and "Job schema" not in again.output
