"""The procrastinate App, bound at start-up to one workspace's PostgreSQL database.

Every job is a function of ids and the database, so a job run twice is a no-op (UNIQUE dedup
keys, one draft per signal, one outbox row per draft, claim-before-send); procrastinate adds the
queue, locks, retries and recovery of jobs a dead worker held.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

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


def ensure_schema(ws: Workspace) -> bool:
    """Apply procrastinate's schema next to our Alembic migrations, once (under the migration
    lock, re-checked after the wait). True when this call applied it. No-op on SQLite."""
    if not is_postgres(ws):
        return False
    from procrastinate.schema import SchemaManager

    from agent.locks import named_lock

    engine = ws.db.engine
    if schema_applied(engine):
        return False
    with named_lock(engine, "outrider-migrate", wait=True):
        if schema_applied(engine):
            return False
        with engine.begin() as connection:
            connection.exec_driver_sql(SchemaManager.get_schema().replace("%", "%%"))
    log.info("applied the procrastinate job schema")
    return True


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
