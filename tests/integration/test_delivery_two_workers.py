"""tests/integration/test_delivery.py's "each approved draft is delivered at most once", with the
send jobs run by two `outrider worker` processes at once on PostgreSQL, against a loopback SMTP
server: every approved message is received once, nothing suppressed, refused or unapproved goes
out, and sending everything again at once sends nothing."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlmodel import select

from agent.services import delivery as service
from agent.store.models import DraftStatus, Outbox
from agent.workspace import Workspace
from tests.integration.test_delivery import add_draft, draft_status, outbox_row, server  # noqa: F401
from tests.integration.workers_harness import on_two_workers, postgres_db_url, write_settings  # noqa: F401  (db_url)

pytestmark = pytest.mark.postgres


def test_each_approved_draft_is_delivered_at_most_once_on_two_workers(workspace: Workspace, server) -> None:  # type: ignore[no-untyped-def]
    handler, controller = server
    write_settings(workspace, sender={"transport": "smtp"},
                   smtp={"host": "127.0.0.1", "port": controller.port, "security": "none", "username": None})
    service.suppress(workspace.db, value="blocked@acme.io")
    plan = {
        "a@good.io": "sent", "b@good.io": "sent", "c@good.io": "sent", "d@good.io": "sent",
        "nobody@acme.io": "failed",  # refused by the server
        "blocked@acme.io": "suppressed",
        "pending@good.io": None,  # never approved
    }
    drafts = {addr: add_draft(workspace, addr, approve=state is not None) for addr, state in plan.items()}
    with workspace.db.session() as session:
        outbox_ids = list(session.exec(select(Outbox.id)).all())
    sends = [("send", {"outbox_id": i}) for i in outbox_ids]
    on_two_workers(workspace, *sends, ("tick", {"timestamp": 0}))

    received = Counter(handler.recipients())
    assert received == Counter({a: 1 for a, state in plan.items() if state == "sent"}), received
    by_draft = Counter(m["Message-ID"] for m in handler.messages())
    assert set(by_draft.values()) == {1}, by_draft
    expected = {"sent": DraftStatus.SENT, "failed": DraftStatus.SEND_FAILED, "suppressed": DraftStatus.SUPPRESSED}
    for addr, state in plan.items():
        if state is None:
            assert draft_status(workspace, drafts[addr]) == DraftStatus.PENDING
            continue
        assert outbox_row(workspace, drafts[addr]).state == state, addr
        assert draft_status(workspace, drafts[addr]) == expected[state], addr

    on_two_workers(workspace, *sends)  # everything sent again, at once: nothing goes out
    assert Counter(handler.recipients()) == received
