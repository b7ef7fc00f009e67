"""tests/integration/test_nurture_engine.py's "a tick twice at the same now drafts once", with the
sequence tick run by two `outrider worker` processes at once on PostgreSQL (chore `nurture` at
a given `now`, as `outrider tick --now`)."""

from __future__ import annotations


import pytest

from agent.services import nurture as service
from agent.workspace import Workspace
from tests.integration.test_nurture_engine import MAYA, PRIYA, REP, T0, approve_and_send, day, drafts, states, ws  # noqa: F401
from tests.integration.workers_harness import on_two_workers, postgres_db_url  # noqa: F401  (the `db_url` fixture: PostgreSQL only)

pytestmark = pytest.mark.postgres


def tick_on_two_workers(ws: Workspace, now) -> None:  # type: ignore[no-untyped-def]
    on_two_workers(ws, ("chore", {"name": "nurture", "now": now.isoformat()}), copies=3)


def test_a_tick_at_the_same_now_on_two_workers_drafts_each_step_once(ws: Workspace) -> None:
    service.enroll(ws, emails=[MAYA, PRIYA], sequence="educate", actor=REP, now=T0)
    tick_on_two_workers(ws, T0)
    first = drafts(ws)
    assert sorted((d.sequence, d.step) for d in first) == [("educate", 1), ("educate", 1)]
    assert len(drafts(ws, MAYA)) == 1 and len(drafts(ws, PRIYA)) == 1
    tick_on_two_workers(ws, T0)  # again at the same now: nothing
    assert [d.id for d in drafts(ws)] == [d.id for d in first]
    assert states(ws, MAYA) == [("educate", "waiting", 1, None)]

    # The next step, once, after the send and the wait.
    approve_and_send(ws, drafts(ws, MAYA)[0].id or 0, day(1))
    tick_on_two_workers(ws, day(3))
    steps = [(d.step, d.status) for d in drafts(ws, MAYA)]
    assert steps == [(1, "sent"), (2, "pending")]
