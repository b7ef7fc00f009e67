"""tests/integration/test_caps_sending.py's "two senders cannot both pass the weekly cap", with the
send jobs of one person's two messages run by two `outrider worker` processes at once on
PostgreSQL: one goes out, the other is held for a week, for every person."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from agent.store.models import Outbox, OutboxState
from tests.integration.test_caps_sending import outbox_of, two_messages_each
from tests.integration.workers_harness import on_two_workers, postgres_db_url  # noqa: F401  (the `db_url` fixture: PostgreSQL only)

pytestmark = pytest.mark.postgres


def test_two_workers_cannot_both_pass_the_weekly_cap(tmp_path: Path, db_url: str) -> None:
    ws, pairs = two_messages_each(tmp_path, db_url)
    with ws.db.session() as session:
        outbox_ids = list(session.exec(select(Outbox.id)).all())
    # Each message's send job twice, all at once: each person's two messages race for one slot.
    on_two_workers(ws, *[("send", {"outbox_id": i}) for i in outbox_ids])
    assert len(list(ws.outbox_dir.glob("*.eml"))) == 4
    for first, second in pairs:
        states = sorted(outbox_of(ws, d).state for d in (first, second))
        assert states == [OutboxState.SCHEDULED, OutboxState.SENT], (first, second, states)
    ws.close()
