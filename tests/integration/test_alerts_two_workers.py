"""tests/integration/test_alerts.py's "each handoff delivered exactly once", with the alert outbox
delivered by two `outrider worker` processes at once on PostgreSQL (chore `alerts`), against a
loopback server that answers like Slack's webhooks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from agent.workspace import Workspace
from tests.fakes.slack_server import SlackWebhookServer
from tests.integration.test_alerts import T0, alerts, configure, hand_off, seed_lead, slack, stage_changes  # noqa: F401
from tests.integration.workers_harness import on_two_workers, postgres_url, write_settings

pytestmark = pytest.mark.postgres


@pytest.fixture
def db_url() -> Iterator[str]:
    yield from postgres_url()


def test_two_worker_processes_deliver_each_handoff_exactly_once(workspace: Workspace, slack: SlackWebhookServer) -> None:
    configure(workspace, slack_url=slack.webhook_url)  # this process: the handoffs' alert rows
    write_settings(workspace, server={"ui_url": "https://outrider.example.com"})  # the workers' file
    emails = [f"lead{i}.buyer@acme.io" for i in range(12)]
    for address in emails:
        seed_lead(workspace, address)
    handoffs = {hand_off(workspace, address) for address in emails}
    assert len(handoffs) == 12
    job = ("chore", {"name": "alerts", "now": (T0 + timedelta(seconds=1)).isoformat()})
    on_two_workers(workspace, job, copies=3, env={"SLACK_WEBHOOK_URL": slack.webhook_url})
    delivered = [int(slack.post_text(p).split("handoff #")[1].split(" ")[0]) for p in slack.posts]
    assert sorted(delivered) == sorted(handoffs)  # every handoff once, none twice
    assert all(a.state == "delivered" and a.attempts == 1 for a in alerts(workspace))
    assert len(stage_changes(workspace, "handed_off")) == 12
    on_two_workers(workspace, job, env={"SLACK_WEBHOOK_URL": slack.webhook_url})  # again: nothing
    assert len(slack.posts) == 12
