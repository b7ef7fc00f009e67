"""One SQLite writer at a time inside `outrider serve`, with MQL alert delivery first.

SQLite has one write lock, and a connection waiting for it sleeps and polls (1 ms, growing to
100 ms). Under a steady stream of event writes a polling waiter almost never finds the lock free:
request threads left the lock idle between their polls, and the alert sender, woken the moment a
handoff commits, waited for seconds. The server runs both, so it schedules them here: event
writes queue on this gate (handed over at once, no polling), the alert sender's sessions go ahead
of every queued event write, and for a moment after each of them the gate stays free for the
sender's next session (one delivery is a claim, a send, a record). PostgreSQL locks rows and
needs no gate.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agent.store.db import Database
    from agent.workspace import Workspace

#: How long the gate stays free for the alert sender after one of its sessions.
URGENT_GRACE_S = 0.02


class WriteGate:
    """A re-entrant lock. Urgent holders (the alert sender) go first; the others go in the order
    they came (a ticket queue: under load no request waits behind more than the ones before it)."""

    def __init__(self, *, grace_s: float = URGENT_GRACE_S) -> None:
        self._cond = threading.Condition()
        self._owner: int | None = None
        self._depth = 0
        self._urgent_waiting = 0
        self._urgent_until = 0.0
        self._next_ticket = 0
        self._serving = 0
        self._abandoned: set[int] = set()
        self.grace_s = grace_s

    def _skip_abandoned(self) -> None:
        while self._serving in self._abandoned:
            self._abandoned.discard(self._serving)
            self._serving += 1

    def _acquire(self, me: int, urgent: bool) -> None:
        if urgent:
            self._urgent_waiting += 1
            try:
                while self._owner is not None:
                    self._cond.wait()
            finally:
                self._urgent_waiting -= 1
            return
        ticket = self._next_ticket
        self._next_ticket += 1
        acquired = False
        try:
            while True:
                if self._owner is None and not self._urgent_waiting and ticket == self._serving:
                    wait = self._urgent_until - time.monotonic()
                    if wait <= 0:
                        break
                    self._cond.wait(wait)
                else:
                    self._cond.wait()
            self._serving += 1
            acquired = True
        finally:
            if not acquired:  # interrupted while queued: let the ones behind go
                self._abandoned.add(ticket)
                self._skip_abandoned()
                self._cond.notify_all()

    @contextmanager
    def hold(self, *, urgent: bool = False) -> Iterator[None]:
        me = threading.get_ident()
        with self._cond:
            if self._owner == me:
                self._depth += 1
            else:
                self._acquire(me, urgent)
                self._owner, self._depth = me, 1
        try:
            yield
        finally:
            with self._cond:
                self._depth -= 1
                if self._depth == 0:
                    self._owner = None
                    if urgent:
                        self._urgent_until = time.monotonic() + self.grace_s
                    self._skip_abandoned()
                    self._cond.notify_all()


class GatedDatabase:
    """A Database whose every session holds the gate as an urgent writer (the alert sender's)."""

    def __init__(self, db: Database, gate: WriteGate) -> None:
        self._db = db
        self._gate = gate

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)

    @contextmanager
    def session(self) -> Iterator[Any]:
        with self._gate.hold(urgent=True), self._db.session() as session:
            yield session

    @contextmanager
    def write_session(self) -> Iterator[Any]:
        with self._gate.hold(urgent=True), self._db.write_session() as session:
            yield session


def urgent_workspace(ws: Workspace, gate: WriteGate) -> Workspace:
    """`ws` as the alert sender should see it: on SQLite, its sessions hold the gate urgently."""
    if not ws.db.is_sqlite:
        return ws
    clone = copy.copy(ws)
    clone.__dict__["db"] = GatedDatabase(ws.db, gate)
    return clone


def writing(state: Any) -> AbstractContextManager[Any]:
    """Hold the app's gate (as an ordinary writer) for a unit of work that writes, on SQLite."""
    return state.write_gate.hold() if state.workspace.db.is_sqlite else nullcontext()
