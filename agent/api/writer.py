"""Group commit for the event endpoints: concurrent requests share one transaction.

Most senders post one event per request, and a transaction per event costs far more than the
event itself (a commit, a fresh session, a query per table). Requests hand their validated
events to one writer thread here; whatever arrived while it was writing goes into its next
transaction together (`leads.record_event_batches`: each request still gets its own accepted
and duplicates count, and a request that fails is answered with its own error while the others
are stored). The writer holds the app's write gate on SQLite like any writer (agent.api.gate),
so the alert sender still goes first.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from typing import Any

from agent.api.gate import writing
from agent.services import leads
from signals.engagement import EngagementIn
from signals.model import utcnow

log = logging.getLogger("outrider.api")

#: At most about this many events go into one transaction (a request is never split).
MAX_GROUP_EVENTS = 5000


class EventWriter:
    """One thread that records the events of every waiting request in one transaction."""

    def __init__(self, state: Any, *, max_group_events: int = MAX_GROUP_EVENTS) -> None:
        self._state = state
        self._max = max_group_events
        self._cond = threading.Condition()
        self._pending: list[tuple[leads.EventBatch, Future[leads.RecordResult]]] = []
        self._thread: threading.Thread | None = None
        self._stopping = False

    def submit(self, events: list[EngagementIn], origin: str) -> Future[leads.RecordResult]:
        """Queue one request's events; the future holds its result (or its error)."""
        future: Future[leads.RecordResult] = Future()
        with self._cond:
            if self._stopping:
                raise RuntimeError("the server is shutting down; retry in a few seconds")
            self._pending.append((leads.EventBatch(events, origin), future))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="outrider-event-writer", daemon=True)
                self._thread.start()
            self._cond.notify()
        return future

    def stop(self, timeout: float = 30.0) -> None:
        """Record what is queued, then end the thread."""
        with self._cond:
            self._stopping = True
            self._cond.notify()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)
        with self._cond:  # a later start (a test's second lifespan) starts a new thread
            self._thread = None
            self._stopping = False

    def _take(self) -> list[tuple[leads.EventBatch, Future[leads.RecordResult]]] | None:
        with self._cond:
            while not self._pending and not self._stopping:
                self._cond.wait()
            if not self._pending:
                return None
            group, size = [], 0
            while self._pending and (not group or size + len(self._pending[0][0].events) <= self._max):
                item = self._pending.pop(0)
                group.append(item)
                size += len(item[0].events)
            return group

    def _run(self) -> None:
        while (group := self._take()) is not None:
            answers: list[Any]
            try:
                with writing(self._state):
                    answers = leads.record_event_batches(
                        self._state.workspace, [batch for batch, _ in group], now=utcnow()
                    )
            except Exception as exc:  # the gate or the service itself: every request hears of it
                log.exception("recording a group of %d requests failed", len(group))
                answers = [exc] * len(group)
            for (_batch, future), answer in zip(group, answers, strict=True):
                if isinstance(answer, BaseException):
                    future.set_exception(answer)
                else:
                    future.set_result(answer)
