"""The procrastinate App, bound at start-up to one workspace's PostgreSQL database.

Every job is a function of ids and the database, so a job run twice is a no-op (UNIQUE dedup
keys, one draft per signal, one outbox row per draft, claim-before-send); procrastinate adds the
queue, locks, retries and recovery of jobs a dead worker held.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from procrastinate import App, PsycopgConnector
from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url

from agent.config import ConfigError

if TYPE_CHECKING:
    from agent.workspace import Workspace

log = logging.getLogger("outrider.workers")

#: The queues jobs go to; `outrider worker --queue` picks some (default: all).
QUEUES = ("periodic", "collect", "route", "draft", "send")

app = App(connector=PsycopgConnector(), import_paths=["agent.workers.tasks"])

_bound: dict[str, object] = {}


def is_postgres(ws: Workspace) -> bool:
    return ws.db.engine.dialect.name == "postgresql"


def conninfo(url: str) -> str:
    """A libpq URI for procrastinate from our SQLAlchemy URL (same server, database and options,
    so a `search_path` in the URL puts procrastinate's tables in the same schema as ours)."""
    parsed = make_url(url)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def require_postgres(ws: Workspace, what: str) -> None:
    if not is_postgres(ws):
        raise ConfigError(
            f"{what} needs PostgreSQL: set DATABASE_URL=postgresql+psycopg://user@host/db. "
            "On SQLite, `outrider run` is the whole scheduler in one process."
        )


def schema_applied(engine: Engine) -> bool:
    with engine.connect() as connection:
        return connection.execute(text("SELECT to_regclass('procrastinate_jobs')")).scalar() is not None


#: Which of procrastinate's migration scripts a database's job schema holds. procrastinate keeps no
#: version in the database (it leaves that to the project's migration tool), so we record it here.
JOB_SCHEMA_TABLE = "outrider_job_schema"

#: A job schema applied before JOB_SCHEMA_TABLE existed came from procrastinate >= 3.10 (our floor
#: in pyproject.toml), whose newest migration script is this one: it and everything before it are in.
BASELINE_MIGRATION = "03.04.00_50_post_add_retry_failed_job_procedure.sql"


def shipped_migrations() -> list[str]:
    """The migration scripts of the installed procrastinate, oldest first (their names sort by version)."""
    from procrastinate.schema import SchemaManager

    return sorted(p.name for p in Path(SchemaManager.get_migrations_path()).glob("*.sql"))


def recorded_migrations(engine: Engine) -> set[str] | None:
    """The scripts recorded as applied, or None when nothing is recorded yet."""
    with engine.connect() as connection:
        if connection.execute(text(f"SELECT to_regclass('{JOB_SCHEMA_TABLE}')")).scalar() is None:
            return None
        return set(connection.execute(text(f"SELECT name FROM {JOB_SCHEMA_TABLE}")).scalars())


def pending_migrations(engine: Engine) -> list[str]:
    """procrastinate's migration scripts this database still needs (the job schema exists)."""
    recorded = recorded_migrations(engine)
    shipped = shipped_migrations()
    if recorded is None:
        recorded = {name for name in shipped if name <= BASELINE_MIGRATION}
    return [name for name in shipped if name not in recorded]


def _check_not_newer(engine: Engine) -> None:
    """Refuse to run against a job schema a newer procrastinate has finished upgrading ("post"
    migrations are applied only once every process runs the new version)."""
    recorded = recorded_migrations(engine) or set()
    unknown = sorted(recorded - set(shipped_migrations()))
    if any("_post_" in name for name in unknown):
        from procrastinate import __version__

        raise ConfigError(
            f"the job schema in this database was upgraded by a newer procrastinate ({', '.join(unknown)}) "
            f"than the one installed here ({__version__}): upgrade this install "
            "(pip install -U outrider procrastinate) before starting it"
        )


def _record(connection: Any, names: list[str]) -> None:
    connection.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {JOB_SCHEMA_TABLE} ("
        "name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
    )
    for name in names:
        connection.execute(
            text(f"INSERT INTO {JOB_SCHEMA_TABLE} (name) VALUES (:name) ON CONFLICT (name) DO NOTHING"), {"name": name}
        )


def _up_to_date(engine: Engine) -> bool:
    return schema_applied(engine) and recorded_migrations(engine) is not None and not pending_migrations(engine)


def ensure_schema(ws: Workspace) -> list[str]:
    """Apply procrastinate's job schema next to our Alembic migrations, or upgrade it: the
    migration scripts of the installed procrastinate that this database has not had yet are
    applied in order, each in its own transaction, and recorded in `outrider_job_schema`.
    Under the migration lock, re-checked after the wait. Returns what this call applied (empty:
    nothing to do, the usual start-up). No-op on SQLite."""
    if not is_postgres(ws):
        return []
    from procrastinate.schema import SchemaManager

    from agent.locks import named_lock

    engine = ws.db.engine
    if _up_to_date(engine):
        _check_not_newer(engine)
        return []
    applied: list[str] = []
    with named_lock(engine, "outrider-migrate", wait=True):
        if not schema_applied(engine):
            with engine.begin() as connection:
                connection.exec_driver_sql(SchemaManager.get_schema().replace("%", "%%"))
                _record(connection, shipped_migrations())  # schema.sql holds every script shipped
            log.info("applied the procrastinate job schema")
            return ["schema.sql"]
        if recorded_migrations(engine) is None:  # applied before we recorded it: the baseline
            with engine.begin() as connection:
                _record(connection, [n for n in shipped_migrations() if n <= BASELINE_MIGRATION])
        _check_not_newer(engine)
        migrations = Path(SchemaManager.get_migrations_path())
        for name in pending_migrations(engine):
            with engine.begin() as connection:
                connection.exec_driver_sql((migrations / name).read_text(encoding="utf-8").replace("%", "%%"))
                _record(connection, [name])
            log.info("applied procrastinate migration %s", name, extra={"outcome": "migrated"})
            applied.append(name)
    return applied


def bind(ws: Workspace, *, pool_size: int = 4) -> App:
    """Point the app at `ws`'s database and register the periodic tick (once per process)."""
    require_postgres(ws, "workers")
    ensure_schema(ws)
    from agent.workers import tasks

    if _bound.get("ws") is not ws:
        connector = PsycopgConnector(conninfo=conninfo(ws.db.url), min_size=1, max_size=max(pool_size, 2))
        app.connector = connector
        app.job_manager.connector = connector
        _bound["ws"] = ws
    tasks.register_periodic(ws)
    return app


def workspace() -> Workspace:
    ws = _bound.get("ws")
    if ws is None:
        raise RuntimeError("the worker app is not bound to a workspace (agent.workers.app.bind)")
    return ws  # type: ignore[return-value]
