"""`outrider worker --concurrency N` gives its sync jobs N threads (issue 13 item 3).

procrastinate runs a sync job in the event loop's default executor, min(32, cpus + 4) threads:
on a 2-core machine 8 drafting slots ran only 6 jobs at once. run_worker sizes that executor."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from types import SimpleNamespace
from typing import Any

import pytest

from agent.workers import app as app_module
from agent.workers.ops import run_worker


class _App:
    def __init__(self, slots: int) -> None:
        self.slots = slots
        self.kwargs: dict[str, Any] = {}
        self.peak = 0

    @contextlib.asynccontextmanager
    async def open_async(self):  # type: ignore[no-untyped-def]
        yield self

    async def run_worker_async(self, **kwargs: Any) -> None:
        self.kwargs = kwargs
        # As procrastinate does for a sync task: each slot runs its job in the default executor.
        # Every job waits until all `slots` run at once; too few threads and the barrier breaks.
        barrier = threading.Barrier(self.slots, timeout=30)
        loop = asyncio.get_running_loop()
        results = await asyncio.gather(
            *(loop.run_in_executor(None, barrier.wait) for _ in range(self.slots)), return_exceptions=True
        )
        self.peak = sum(1 for r in results if not isinstance(r, BaseException))


@pytest.mark.parametrize("slots", [8, 40])
def test_every_slot_gets_a_thread(monkeypatch: pytest.MonkeyPatch, slots: int) -> None:
    fake = _App(slots)
    monkeypatch.setattr(app_module, "bind", lambda ws, pool_size=4: fake)
    ws = SimpleNamespace(config=SimpleNamespace(workers=SimpleNamespace(heartbeat_s=1, stalled_after_s=3)))
    run_worker(ws, concurrency=slots, queues=["draft"])
    assert fake.kwargs["concurrency"] == slots
    assert fake.kwargs["queues"] == ["draft"]
    assert fake.peak == slots
