"""Engine and session factory. SQLite (WAL, busy timeout) by default, PostgreSQL via DATABASE_URL."""

from __future__ import annotations

import ast
import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

MIGRATIONS = Path(__file__).with_name("migrations")

#: Database transactions open in this thread (any engine). A model call, an HTTP request or a
#: sleep must never run while one is open: it would hold SQLite's lock (or a PostgreSQL row lock)
#: for seconds. Tests assert it (tests/conftest.py); `open_transactions()` reads it.
_local = threading.local()


def open_transactions() -> int:
    return int(getattr(_local, "depth", 0))


def _track_begin(_connection) -> None:  # type: ignore[no-untyped-def]
    _local.depth = open_transactions() + 1


def _track_end(_connection) -> None:  # type: ignore[no-untyped-def]
    _local.depth = max(open_transactions() - 1, 0)


def _track(engine: Engine) -> Engine:
    event.listen(engine, "begin", _track_begin)
    event.listen(engine, "commit", _track_end)
    event.listen(engine, "rollback", _track_end)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # SQLAlchemy, not the sqlite3 module, decides when a transaction begins (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection) -> None:  # type: ignore[no-untyped-def]
    """BEGIN, or BEGIN IMMEDIATE for a unit of work that will write after reading.

    A deferred transaction that reads and then writes cannot wait for another writer: SQLite
    answers "database is locked" at once instead of using the busy timeout. A write session
    takes the write lock up front, so concurrent writers queue behind each other instead.
    """
    immediate = connection.get_execution_options().get("sqlite_immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return _track(engine)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return _track(create_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=5))


# Alembic (with mako and its dialect modules) costs a few hundred milliseconds to import. A process
# whose database is already at the newest migration (nearly every start) never imports it: the
# head is read from the migration files and the current revision with one query. Alembic itself
# runs only when there is something to upgrade, or when the files are not one straight line.


def _alembic_config() -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _assigned(tree: ast.Module, name: str) -> object:
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets) and node.value is not None:
                return ast.literal_eval(node.value)
    raise ValueError(f"no {name} = ... in the migration")


def migration_heads() -> set[str]:
    """The revisions no other migration revises, read from the files' `revision` and
    `down_revision` lines (without importing Alembic or the migrations)."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        revisions.add(str(_assigned(tree, "revision")))
        down = _assigned(tree, "down_revision")
        revised.update(str(d) for d in (down if isinstance(down, tuple | list) else [down]) if d)
    return revisions - revised


@functools.lru_cache(maxsize=1)
def head_revision() -> str | None:
    try:
        heads = migration_heads()
    except (OSError, SyntaxError, ValueError):
        heads = set()
    if len(heads) == 1:
        return heads.pop()
    from alembic.script import ScriptDirectory  # several heads, or unreadable files: Alembic says why

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None: no schema yet): the `alembic_version` row."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        if len(rows) <= 1:
            return rows[0] if rows else None
        from alembic.runtime.migration import MigrationContext  # several branches: Alembic's own answer

        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> tuple[str | None, str | None]:
    """Bring the schema to the newest migration, once: under a lock shared by every process on
    this database, re-checking after the wait (another process may have done it). Returns
    (from, to) revisions; equal when there was nothing to do."""
    from agent.locks import named_lock

    head = head_revision()
    before = current_revision(engine)
    if before == head:
        return before, head
    with named_lock(engine, "outrider-migrate", wait=True):
        before = current_revision(engine)
        if before != head:
            from alembic import command

            cfg = _alembic_config()
            with engine.begin() as connection:
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, "head")
    return before, head


class Database:
    """One engine per process; sessions are short and per unit of work."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """A session for a read-modify-write unit of work: on SQLite it holds the write lock from
        its first statement (BEGIN IMMEDIATE); on PostgreSQL lock rows with `with_for_update()`."""
        bind = self.engine.execution_options(sqlite_immediate=True) if self.is_sqlite else self.engine
        with Session(bind, expire_on_commit=False) as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open the database; with `migrate`, upgrade the schema if (and only if) it is behind."""
    db = Database(url)
    if migrate:
        upgrade(db.engine)
    return db
