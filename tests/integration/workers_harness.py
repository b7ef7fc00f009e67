"""Worker processes on a real PostgreSQL for the worker tests, the chaos test and the benchmark:
start `outrider worker` subprocesses, SIGKILL them, wait for the queue to drain."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlmodel import col, func, select

from agent.store.models import Draft, DraftStatus, Outbox, OutboxState, Signal, SignalStatus

PG_URL = os.environ.get("OUTRIDER_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

#: Worker settings for tests: a dead worker's jobs are taken back within seconds.
FAST_WORKERS = """
[workers]
stalled_after_s = 3
heartbeat_s = 1
tick_s = 2
reroute_after_s = 20
"""


@contextmanager
def pg_schema() -> Iterator[str]:
    """A database URL on a fresh PostgreSQL schema (dropped afterwards)."""
    schema = f"w_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def outrider_command() -> list[str]:
    return [sys.executable, "-c", "from agent.cli import app; app()"]


class Workers:
    """`outrider worker` processes for one workspace."""

    def __init__(self, ws_path: Path, db_url: str, *, concurrency: int = 2, queues: list[str] | None = None,
                 log_dir: Path | None = None, extra_env: dict[str, str] | None = None) -> None:
        self.ws_path = ws_path
        self.db_url = db_url
        self.concurrency = concurrency
        self.queues = queues or []
        self.log_dir = log_dir or ws_path
        self.env = {**os.environ, "DATABASE_URL": db_url, "OUTRIDER_WORKSPACE": str(ws_path), **(extra_env or {})}
        self.procs: list[subprocess.Popen[bytes]] = []
        self.kills = 0
        self.started = 0

    def _spawn(self, index: int) -> subprocess.Popen[bytes]:
        args = [*outrider_command(), "worker", "--concurrency", str(self.concurrency), "--name", f"w{index}"]
        for queue in self.queues:
            args += ["--queue", queue]
        log = open(self.log_dir / f"worker-{index}-{self.started}.log", "wb")  # noqa: SIM115
        self.started += 1
        return subprocess.Popen(args, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                cwd=str(Path(__file__).resolve().parents[2]))

    def start(self, count: int) -> Workers:
        for index in range(count):
            self.procs.append(self._spawn(index))
        return self

    def kill(self, index: int) -> None:
        """SIGKILL worker `index` (no clean-up of any kind) and start a new one in its place."""
        proc = self.procs[index]
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            self.kills += 1
        self.procs[index] = self._spawn(index)

    def alive(self) -> int:
        return sum(p.poll() is None for p in self.procs)

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 20
        for proc in self.procs:
            try:
                proc.wait(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def pending_work(ws: Any) -> dict[str, int]:
    """What is still to do: signals not yet routed/drafted, approved mail not yet handled, jobs
    waiting or running outside the periodic queue."""
    with ws.db.session() as session:
        new = session.exec(select(func.count()).select_from(Signal).where(Signal.status == SignalStatus.NEW)).one()
        queued = session.exec(
            select(func.count()).select_from(Outbox)
            .join(Draft, col(Draft.id) == Outbox.draft_id)
            .where(Outbox.state == OutboxState.QUEUED)
            .where(Draft.status == DraftStatus.APPROVED)
        ).one()
    with ws.db.engine.connect() as connection:
        jobs = connection.execute(text(
            "SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing') AND queue_name <> 'periodic'"
        )).scalar() or 0
    return {"new_signals": int(new), "mail": int(queued), "jobs": int(jobs)}


def wait_idle(ws: Any, *, timeout: float, settle: int = 3, poll: float = 0.5) -> dict[str, int]:
    """Poll until nothing is left to do `settle` times in a row; returns the last reading.
    Raises AssertionError with what was left when `timeout` passes (a stuck job)."""
    deadline = time.monotonic() + timeout
    quiet = 0
    last: dict[str, int] = {}
    while time.monotonic() < deadline:
        last = pending_work(ws)
        quiet = quiet + 1 if not any(last.values()) else 0
        if quiet >= settle:
            return last
        time.sleep(poll)
    raise AssertionError(f"the workers did not finish within {timeout:.0f} s; left: {last}")


# --------------------------------------------------------------------------- a big loopback workspace

_FIRST = ["Arden", "Brisk", "Cobalt", "Dorian", "Ember", "Fathom", "Granite", "Harbor", "Indigo", "Juniper",
          "Kestrel", "Lumen", "Meridian", "Nimbus", "Onyx", "Pinnacle", "Quarry", "Russet", "Sable", "Tundra"]
_SECOND = ["Analytics", "Robotics", "Logistics", "Dynamics", "Networks", "Software", "Biotics", "Payments",
           "Security", "Cloudworks"]


def company(index: int) -> tuple[str, str]:
    """A distinct company name and domain for `index` < 200."""
    first, second = _FIRST[index % len(_FIRST)], _SECOND[index // len(_FIRST) % len(_SECOND)]
    return f"{first} {second}", f"{first.lower()}{second.lower()}.example"


def big_feeds(server: Any, *, entries: int, feeds: int, accounts: int) -> str:
    """`entries` funding items spread over `feeds` loopback feeds, each about one of the first
    `accounts` companies; returns the [[sources]] TOML."""
    from email.utils import format_datetime
    from datetime import timedelta

    from signals.model import utcnow

    from tests.conftest import Route

    when = format_datetime(utcnow() - timedelta(hours=3))
    toml = ""
    per_feed = entries // feeds
    for f in range(feeds):
        items = []
        for n in range(per_feed):
            i = f * per_feed + n
            name, _domain = company(i % accounts)
            amount = 5 + i % 90
            items.append(
                f"<item><title>{name} raises ${amount}M Series B led by Harbor Ventures</title>"
                f"<link>https://news.example/f{f}/{i}</link><guid isPermaLink='false'>chaos-{i}</guid>"
                f"<pubDate>{when}</pubDate><description>{name} raised ${amount} million.</description></item>"
            )
        body = ("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Wire</title>"
                f"<link>https://news.example/</link><description>d</description>{''.join(items)}</channel></rss>")
        url = server.add(f"/feed{f}.xml", Route(body.encode()))
        toml += f'\n[[sources]]\nname = "feed{f}"\ntype = "funding_rss"\nurl = "{url}"\nevery = "1d"\n'
    return toml


def accounts_csv(accounts: int) -> tuple[bytes, bytes]:
    rows = ["name,domain,aliases,industry,employees,country,owner_email"]
    people = ["first_name,last_name,email,title,company,domain,lifecycle_stage,champion"]
    for i in range(accounts):
        name, domain = company(i)
        rows.append(f"{name},{domain},,Software,400,US,dana@example.com")
        people.append(f"Alex,Rep{i},alex@{domain},VP Sales,{name},{domain},lead,false")
    return ("\n".join(rows) + "\n").encode(), ("\n".join(people) + "\n").encode()


# --------------------------------------------------------------------------- the same job on two workers at once


def write_settings(ws: Any, **tables: dict[str, Any]) -> None:
    """Put these tables into outrider.toml (and this process's config): worker processes read the
    file, not the test's in-memory settings. A None value removes the key."""
    import tomlkit

    doc = tomlkit.parse(ws.config_path.read_text(encoding="utf-8"))
    for name, values in tables.items():
        if name not in doc:
            doc[name] = tomlkit.table()
        for key, value in values.items():
            if value is None:
                doc[name].pop(key, None)  # type: ignore[union-attr]
            else:
                doc[name][key] = value  # type: ignore[index]
    ws.config_path.write_text(tomlkit.dumps(doc), encoding="utf-8")
    ws.refresh_config()


def _jobs_left(ws: Any, ids: list[int]) -> dict[str, int]:
    with ws.db.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT status::text, count(*) FROM procrastinate_jobs WHERE id = ANY(:ids) GROUP BY status"),
            {"ids": ids},
        ).all()
    return {status: int(n) for status, n in rows}


def wait_for_workers(ws: Any, workers: Workers, count: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with ws.db.engine.connect() as connection:
            alive = connection.execute(text("SELECT count(*) FROM procrastinate_workers")).scalar() or 0
        if alive >= count:
            return
        if workers.alive() < len(workers.procs):
            break
        time.sleep(0.2)
    logs = "\n".join(p.read_text(errors="replace")[-2000:] for p in sorted(workers.log_dir.glob("worker-*.log")))
    raise AssertionError(f"{count} workers did not start within {timeout:.0f} s; their logs:\n{logs}")


#: Rounds of copies at most, until both worker processes have run one.
ROUNDS = 5


def _defer_copies(app: Any, jobs: tuple[tuple[str, dict[str, Any]], ...], copies: int) -> list[int]:
    ids = []
    app.open()
    try:
        for _ in range(copies):
            for task, kwargs in jobs:
                queue = "route" if app.tasks[task].queue == "periodic" else None
                deferrer = app.configure_task(task, allow_unknown=False, **({"queue": queue} if queue else {}))
                ids.append(deferrer.defer(**kwargs))
    finally:
        app.close()
    return ids


def _wait_done(ws: Any, ids: list[int], timeout: float, log_dir: Path) -> None:
    deadline = time.monotonic() + timeout
    left = _jobs_left(ws, ids)
    while any(left.get(s) for s in ("todo", "doing")) and time.monotonic() < deadline:
        time.sleep(0.3)
        left = _jobs_left(ws, ids)
    assert not any(left.get(s) for s in ("todo", "doing")), f"jobs {ids} not done within {timeout:.0f} s: {left}"
    assert not left.get("failed"), f"{left['failed']} of jobs {ids} failed; see {log_dir}"


def on_two_workers(ws: Any, *jobs: tuple[str, dict[str, Any]], copies: int = 2, timeout: float = 180,
                   env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run each job (task name, arguments) `copies` times at once on two `outrider worker`
    processes (one slot each, both already waiting), then let them finish what the jobs deferred.

    The copies carry no lock and no queueing lock: the workers take them at the same moment, so
    what keeps the result right is the step's own idempotency (UNIQUE keys, claims, compare-and-
    set), not procrastinate's locks. `env`: secrets the workers read from the environment (the
    webhook URL, the IMAP password). Fails when a job failed, work is left, or one process ran
    every copy. Returns the job ids and which worker log mentions each."""
    from agent.workers.app import QUEUES, bind

    app = bind(ws)
    log_dir = ws.path / "worker-logs"
    log_dir.mkdir(exist_ok=True)
    # The workers leave the periodic queue alone (no tick of their own takes a slot or adds work
    # the test did not ask for); copies of periodic tasks (chore, tick) go to the route queue.
    queues = [q for q in QUEUES if q != "periodic"]
    with Workers(ws.path, ws.db.url, concurrency=1, queues=queues, log_dir=log_dir, extra_env=env) as workers:
        workers.start(2)
        wait_for_workers(ws, workers, 2, timeout)
        ids: list[int] = []
        ran: dict[int, list[str]] = {}
        # A worker can finish a quick copy before the other takes the next one: then the round is
        # run again (more copies of an idempotent job change nothing) until both processes ran one.
        for _round in range(ROUNDS):
            batch = _defer_copies(app, jobs, copies)
            ids += batch
            _wait_done(ws, batch, timeout, log_dir)
            logs = {p.name: p.read_text(errors="replace") for p in sorted(log_dir.glob("worker-*.log"))}
            ran = {job: [name for name, body in logs.items() if f" {job} done" in body] for job in ids}
            if len({name for names in ran.values() for name in names}) == 2:
                break
        wait_idle(ws, timeout=timeout)
    assert len({name for names in ran.values() for name in names}) == 2, f"one process ran every copy: {ran}"
    return {"job_ids": ids, "ran_on": ran}


@pytest.fixture(name="db_url")
def postgres_db_url() -> Iterator[str]:
    """Imported by a two-worker test module, this replaces conftest's `db_url` there: PostgreSQL
    only (the workers' home), one fresh schema per test, for the original tests' fixtures too."""
    from tests.conftest import _postgres_available

    if not _postgres_available():
        pytest.fail(f"the two-worker tests need PostgreSQL at {PG_URL} (OUTRIDER_TEST_POSTGRES_URL)")
    with pg_schema() as url:
        yield url
