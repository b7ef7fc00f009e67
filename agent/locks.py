"""Named locks across processes: a PostgreSQL advisory lock, or a lock file next to the SQLite file.

Used where two processes doing the same thing at once would collide rather than corrupt: two
cycles collecting one source (the second skips), two processes upgrading the schema (the second
waits, then finds nothing to do).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url


def _key(name: str) -> int:
    """A stable signed 64-bit key for pg_advisory_lock."""
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big", signed=True)


def _lock_dir(engine: Engine) -> Path:
    database = make_url(str(engine.url)).database
    if database and database != ":memory:":
        return Path(database).resolve().parent / ".locks"
    return Path(os.environ.get("TMPDIR", "/tmp")) / "outrider-locks"


@contextmanager
def named_lock(engine: Engine, name: str, *, wait: bool) -> Iterator[bool]:
    """Hold the lock `name` for the block. Yields True when held; with `wait=False` yields False
    at once when another process holds it (the caller skips its work)."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            # Advisory locks are server-wide: the schema is part of the name, so two workspaces
            # on one server (or two test schemas) never block each other.
            schema = connection.execute(text("SELECT current_schema()")).scalar() or ""
            name = f"{schema}:{name}"
            # Session-level advisory lock on its own connection, outside any transaction.
            connection.commit()
            if wait:
                connection.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _key(name)})
                held = True
            else:
                held = bool(connection.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _key(name)}).scalar())
            connection.commit()
            try:
                yield held
            finally:
                if held:
                    connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _key(name)})
                    connection.commit()
        return
    directory = _lock_dir(engine)
    directory.mkdir(parents=True, exist_ok=True)
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)[:80]
    path = directory / f"{safe}-{_key(name) & 0xFFFFFFFF:08x}.lock"
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
