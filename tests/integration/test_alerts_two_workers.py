"""tests/integration/test_alerts.py's "each handoff delivered exactly once" and
test_alerts_hubspot.py's "Slack, e-mail and HubSpot together hand off once", with the alert outbox
delivered by two `outrider worker` processes at once on PostgreSQL (chore `alerts`), against
loopback servers that answer like Slack's webhooks and HubSpot's API."""

from __future__ import annotations

from datetime import timedelta

import pytest

from agent.workspace import Workspace
from tests.fakes.hubspot_server import HubSpotServer
from tests.fakes.slack_server import SlackWebhookServer
from tests.integration.test_alerts import T0, alerts, configure, hand_off, seed_lead, slack, stage_changes  # noqa: F401
from tests.integration.test_alerts_hubspot import (  # noqa: F401  (hubspot: a fixture)
    T1,
    handed_off_once_on_three_channels,
    handoff_on_three_channels,
    hubspot,
)
from tests.integration.workers_harness import on_two_workers, postgres_db_url, write_settings  # noqa: F401  (db_url)

pytestmark = pytest.mark.postgres


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


def test_slack_email_and_hubspot_from_two_worker_processes_hand_off_once(workspace: Workspace, hubspot: HubSpotServer) -> None:
    with handoff_on_three_channels(workspace, hubspot) as slack:
        write_settings(workspace, alerts={"email_owner": True},
                       crm={"hubspot": {"base_url": hubspot.base_url, "update_lifecycle": True, "timeout_s": 5.0}})
        env = {"SLACK_WEBHOOK_URL": slack.webhook_url, "HUBSPOT_ACCESS_TOKEN": hubspot.token}
        on_two_workers(workspace, ("chore", {"name": "alerts", "now": T1.isoformat()}), copies=3, env=env)
        assert len(slack.posts) == 1
    handed_off_once_on_three_channels(workspace, hubspot)
