"""Shared fixtures. Every store test runs on SQLite and on a real PostgreSQL (one schema per test).

PostgreSQL comes from OUTRIDER_TEST_POSTGRES_URL (default: postgres@127.0.0.1:5432/test). When
OUTRIDER_REQUIRE_POSTGRES=1 (as in .ci/run) an unreachable server fails the run instead of
skipping the PostgreSQL half.
"""

from __future__ import annotations

import os
import shutil
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from agent.config import Settings
from agent.init import write_config
from agent.workspace import Workspace
from signals.netguard import AddressPolicy

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PG_URL = os.environ.get(
    "OUTRIDER_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REQUIRE_PG = os.environ.get("OUTRIDER_REQUIRE_POSTGRES") == "1"

#: Lines a test wants in the run's output even when it passes (pytest captures `print`), such as
#: the chaos test's counts; printed in a "measured by tests" section before pytest's summary line.
REPORT_LINES: list[str] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if REPORT_LINES:
        terminalreporter.section("measured by tests")
        for line in REPORT_LINES:
            terminalreporter.write_line(line)


_pg_checked: bool | None = None


def _postgres_available() -> bool:
    global _pg_checked
    if _pg_checked is None:
        try:
            engine = create_engine(PG_URL, connect_args={"connect_timeout": 3})
            with engine.connect() as conn:
                conn.execute(text("select 1"))
            engine.dispose()
            _pg_checked = True
        except Exception:
            _pg_checked = False
    return _pg_checked


@pytest.fixture(autouse=True)
def no_slow_calls_inside_transactions(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test fails if a model call, an HTTP request or a sleep runs while this thread has a
    database transaction open (issue 8, finding 6: a slow model held SQLite's write lock and the
    Queue page failed with "database is locked"). Violations are collected, not raised, because
    drafting catches every provider error and would hide the assertion in a fallback."""
    import functools
    import time
    import traceback

    import httpx

    from agent.store.db import open_transactions
    from drafting.llm import LLMDrafter
    from drafting.offline import OfflineDrafter

    violations: list[str] = []

    def guard(what: str, fn):  # type: ignore[no-untyped-def]
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            if open_transactions():
                stack = "".join(traceback.format_stack(limit=14)[:-1])
                violations.append(f"{what} while a database transaction is open:\n{stack}")
            return fn(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(OfflineDrafter, "draft", guard("a model call (offline drafter)", OfflineDrafter.draft))
    monkeypatch.setattr(LLMDrafter, "draft", guard("a model call (LLM drafter)", LLMDrafter.draft))
    monkeypatch.setattr(httpx.Client, "send", guard("an HTTP request", httpx.Client.send))
    monkeypatch.setattr(time, "sleep", guard("a sleep", time.sleep))
    yield
    assert not violations, violations[0]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL: a SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'outrider.db'}"
        return
    if not _postgres_available():
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required (OUTRIDER_REQUIRE_POSTGRES=1) but {PG_URL} is unreachable")
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    # application_name tags this test's connections, so a test can look at its own in pg_stat_activity
    # while other runs share the database.
    yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}&application_name={schema}"
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


#: Tests send at the wall-clock time, and the default send window (weekdays 09:00-17:00 in the
#: recipient's zone) would make them pass or fail by the hour they run. Tests of caps and windows
#: write their own [sending] table (and play the calendar with `now`).
SEND_ANYTIME = '\n[sending]\nwindow = "always"\n'


def make_workspace(
    path: Path, db_url: str, extra_toml: str = "", *, allow_private: bool = True, **config: str
) -> Workspace:
    """A workspace folder with the default outrider.toml minus its network source, plus `extra_toml`
    (and a send window that is always open, unless `extra_toml` has its own [sending]).

    Tests serve their feeds from 127.0.0.1, which the network policy refuses by default, so the
    workspace says `[http] allow_private = true` unless a test asks for the production default.
    """
    cfg = write_config(path, **config)
    text_ = cfg.read_text(encoding="utf-8")
    start = text_.index("\n[[sources]]\n")
    end = text_.index("[sender]")
    text_ = text_[: start + 1] + text_[end:]
    if allow_private:
        text_ = text_.replace("\n[http]\n", "\n[http]\nallow_private = true   # tests serve feeds from loopback\n", 1)
    anytime = "" if "[sending]" in extra_toml else SEND_ANYTIME
    cfg.write_text(text_ + "\n" + extra_toml + anytime, encoding="utf-8")
    settings = Settings(DATABASE_URL=db_url)  # type: ignore[call-arg]
    return Workspace.open(path, settings=settings)


@pytest.fixture
def workspace(tmp_path: Path, db_url: str) -> Iterator[Workspace]:
    ws = make_workspace(tmp_path / "ws", db_url)
    yield ws
    ws.close()


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The extractors' rules alone (OUTRIDER_EXTRACT_LEARNED=0): for tests that pin a rule."""
    from signals.extract.learned import SWITCH

    monkeypatch.setenv(SWITCH, "0")


def funding_facts(text: str) -> tuple | None:
    """(company, round, amount, currency) of the round `text` announces, or None."""
    from signals.extract.funding import extract_funding

    found = extract_funding(text)
    return None if found is None else (found.company, found.round, found.amount, found.currency)


def funding_answer(text: str):
    """The funding decision for `text` (round, confidence, explanation); fails the test when there is none."""
    from signals.extract.funding import explain_funding

    decision = explain_funding(text)
    assert decision is not None, text
    return decision


def appointment_triple(text: str) -> tuple | None:
    """(person, title, company) of the appointment read from `text`, or None."""
    found = appointment_answer(text)
    return None if found is None else found[:3]


def appointment_answer(text: str):
    """(person, title, company, confidence) of the appointment read from `text`, or None."""
    from signals.extract.job_change import explain_appointment

    decision = explain_appointment(text)
    if decision is None:
        return None
    a = decision.appointment
    return a.person, a.title, a.company, decision.confidence


@pytest.fixture
def fixture_path() -> Path:
    return FIXTURES


@pytest.fixture
def copy_fixture(tmp_path: Path):  # type: ignore[no-untyped-def]
    def _copy(relative: str) -> Path:
        src = FIXTURES / relative
        dst = tmp_path / "in" / src.name
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, dst)
        return dst

    return _copy


# --------------------------------------------------------------------------- loopback HTTP server


class Route:
    """What the loopback server answers on one path."""

    def __init__(
        self,
        body: bytes = b"",
        *,
        status: int = 200,
        content_type: str = "application/xml",
        etag: str | None = None,
        delay: float = 0.0,
        headers: dict[str, str] | None = None,
        trickle: float = 0.0,
    ) -> None:
        self.body = body
        self.status = status
        self.content_type = content_type
        self.etag = etag
        self.delay = delay
        self.headers = headers or {}
        #: Seconds between bytes of the body: a server that answers, then drips.
        self.trickle = trickle
        self.hits = 0
        self.not_modified = 0
        #: Bodies written in full (a trickle cut short by the client does not count).
        self.completed = 0
        #: Set when the server starts sending this route's body (tests wait on it).
        self.started = threading.Event()

    @classmethod
    def redirect(cls, location: str, status: int = 302) -> Route:
        return cls(b"", status=status, content_type="text/plain", headers={"Location": location})


class LoopbackServer:
    """A real threaded HTTP server on 127.0.0.1 serving `routes`; conditional GET via ETag."""

    def __init__(self) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.routes: dict[str, Route] = {}
        self.requests: list[dict[str, str]] = []
        self.closing = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                import time as _time

                route = server.routes.get(self.path)
                server.requests.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
                if route is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                route.hits += 1
                if route.delay:
                    _time.sleep(route.delay)
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    route.not_modified += 1
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                if route.etag:
                    self.send_header("ETag", route.etag)
                for key, value in route.headers.items():
                    self.send_header(key, value)
                self.end_headers()
                route.started.set()
                try:
                    if route.trickle:
                        for index in range(len(route.body)):
                            self.wfile.write(route.body[index : index + 1])
                            self.wfile.flush()
                            if server.closing.wait(route.trickle):
                                self.close_connection = True  # the client sees the body cut short
                                return
                    else:
                        self.wfile.write(route.body)
                    route.completed += 1
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    def counts_as_public(self) -> AddressPolicy:
        """A network policy under which this server (only) counts as the public internet.

        Every other loopback port, and every private address, stays refused: the refusal logic
        is production code, only this one endpoint is vouched for.
        """
        return AddressPolicy(allow_private=False, public_endpoints=frozenset({("127.0.0.1", self.port)}))

    def close(self) -> None:
        self.closing.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def http_server() -> Iterator[LoopbackServer]:
    server = LoopbackServer()
    yield server
    server.close()
