"""MQL handoffs as HubSpot tasks, against a loopback server that answers like HubSpot's CRM v3 API:
contact search, owners, task create with its association, the lifecycle PATCH, 401 and 429.

Every test runs on SQLite and on PostgreSQL (`workspace`); time is played with `now`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest

from agent.delivery.alerts import deliver_due
from agent.services import alerts as alerts_service
from agent.workspace import Workspace
from tests.fakes.hubspot_server import TASK_TO_CONTACT, HubSpotServer
from tests.fakes.recording_server import Reply
from tests.fakes.slack_server import SlackWebhookServer
from tests.integration.test_alerts import T0, alerts, configure, hand_off, handoff_score, seed_lead, stage_of, the_alert

T1 = T0 + timedelta(seconds=1)


@pytest.fixture
def hubspot() -> Iterator[HubSpotServer]:
    with HubSpotServer() as server:
        yield server


def use_hubspot(ws: Workspace, server: HubSpotServer, *, token: str | None = None, **kw: object) -> Workspace:
    return configure(ws, hubspot=server.base_url, hubspot_token=token or server.token, **kw)  # type: ignore[arg-type]


def test_a_handoff_becomes_one_task_on_the_contact_with_its_owner(workspace: Workspace, hubspot: HubSpotServer) -> None:
    contact_id = hubspot.add_contact("dana@acme.io", firstname="Dana")
    owner_id = hubspot.add_owner("olive@example.com")
    use_hubspot(workspace, hubspot)
    seed_lead(workspace)
    handoff_id = hand_off(workspace)

    report = deliver_due(workspace, now=T1)
    assert report.delivered == 1
    (task,) = hubspot.tasks.values()
    props = task["properties"]
    score = handoff_score(workspace, handoff_id)
    assert props["hs_task_priority"] == "HIGH" and props["hs_task_status"] == "NOT_STARTED"
    assert props["hubspot_owner_id"] == owner_id
    assert props["hs_timestamp"] == "2026-03-02T14:00:01.000Z"
    assert props["hs_task_subject"] == f"MQL handoff: call Dana Buyer (Acme Robotics), score {score}"
    body = props["hs_task_body"]
    for expected in (f"Score: {score}", "Why now: requested a demo", "Top reasons:", "visited /pricing",
                     "Last touches (nurture history):", "page view https://acme.io/pricing"):
        assert expected in body, expected
    assert task["associations"] == [
        {"contact": contact_id, "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": TASK_TO_CONTACT}]}
    ]
    # The search asked for the contact by e-mail, with HubSpot's filter shape.
    (search,) = hubspot.matching("POST", "/crm/v3/objects/contacts/search")
    assert search.body["filterGroups"] == [
        {"filters": [{"propertyName": "email", "operator": "EQ", "value": "dana@acme.io"}]}
    ]
    assert all(r.headers["authorization"] == f"Bearer {hubspot.token}" for r in hubspot.requests)
    # update_lifecycle = true: the contact is an MQL in HubSpot too.
    (patch,) = hubspot.matching("PATCH", f"/crm/v3/objects/contacts/{contact_id}")
    assert patch.body == {"properties": {"lifecyclestage": "marketingqualifiedlead"}}
    assert hubspot.contacts[contact_id]["properties"]["lifecyclestage"] == "marketingqualifiedlead"

    row = the_alert(workspace, "hubspot")
    assert row.state == "delivered" and row.external_ref == task["id"] and row.last_error is None
    assert stage_of(workspace) == "handed_off"
    assert deliver_due(workspace, now=T0 + timedelta(hours=1)).total == 0 and len(hubspot.tasks) == 1


def test_lifecycle_is_left_alone_when_off_or_already_past_mql(workspace: Workspace, hubspot: HubSpotServer) -> None:
    hubspot.add_contact("dana@acme.io")
    customer = hubspot.add_contact("sam.lee@acme.io", lifecyclestage="customer")
    use_hubspot(workspace, hubspot)
    seed_lead(workspace)
    seed_lead(workspace, "sam.lee@acme.io")
    hand_off(workspace, "sam.lee@acme.io")
    assert deliver_due(workspace, now=T1).delivered == 1
    assert not hubspot.matching("PATCH", "/")  # never moves a customer back to MQL
    assert hubspot.contacts[customer]["properties"]["lifecyclestage"] == "customer"
    assert "stays customer" in (the_alert(workspace, "hubspot").last_error or "")

    use_hubspot(workspace, hubspot, update_lifecycle=False)
    hand_off(workspace)
    assert deliver_due(workspace, now=T1).delivered == 1
    assert not hubspot.matching("PATCH", "/") and len(hubspot.tasks) == 2


def test_a_refused_token_fails_clearly_and_never_shows_the_token(
    workspace: Workspace, hubspot: HubSpotServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    hubspot.add_contact("dana@acme.io")
    hubspot.add_contact("sam.lee@acme.io")
    wrong = "pat-na1-00000000-dead-beef-0000-000000000000"
    use_hubspot(workspace, hubspot, token=wrong)
    seed_lead(workspace)
    seed_lead(workspace, "sam.lee@acme.io")
    hand_off(workspace)
    hand_off(workspace, "sam.lee@acme.io")

    report = deliver_due(workspace, now=T1)
    first, second = alerts(workspace, "hubspot")
    assert report.failed == 1 and first.state == "failed"
    assert first.last_error == "the HubSpot token was refused; check HUBSPOT_ACCESS_TOKEN"
    assert second.state == "pending" and second.attempts == 0  # the run stopped using HubSpot
    assert len(hubspot.requests) == 1 and not hubspot.tasks
    shown = json.dumps(alerts_service.list_alerts(workspace.db))
    for text in (first.last_error or "", shown, caplog.text, " ".join(report.details)):
        assert wrong not in text and hubspot.token not in text


def test_429_honours_retry_after_and_creates_one_task(workspace: Workspace, hubspot: HubSpotServer) -> None:
    hubspot.add_contact("dana@acme.io")
    use_hubspot(workspace, hubspot)
    seed_lead(workspace)
    hand_off(workspace)
    hubspot.rate_limit("POST", "/crm/v3/objects/tasks", retry_after=7)

    report = deliver_due(workspace, now=T1)
    row = the_alert(workspace, "hubspot")
    assert report.retried == 1 and row.state == "pending" and row.next_attempt_at == T1 + timedelta(seconds=7)
    assert "429" in (row.last_error or "") and "rate limit" in (row.last_error or "")
    assert not hubspot.tasks
    assert deliver_due(workspace, now=T1 + timedelta(seconds=6)).total == 0
    assert deliver_due(workspace, now=T1 + timedelta(seconds=8)).delivered == 1
    assert len(hubspot.tasks) == 1 and the_alert(workspace, "hubspot").attempts == 2


def test_429_without_retry_after_waits_the_rolling_window(workspace: Workspace, hubspot: HubSpotServer) -> None:
    hubspot.add_contact("dana@acme.io")
    use_hubspot(workspace, hubspot)
    seed_lead(workspace)
    hand_off(workspace)
    hubspot.rate_limit("POST", "/crm/v3/objects/contacts/search")  # X-HubSpot-RateLimit-Interval-Milliseconds: 10000
    deliver_due(workspace, now=T1)
    assert the_alert(workspace, "hubspot").next_attempt_at == T1 + timedelta(seconds=10)
    hubspot.rate_limit("POST", "/crm/v3/objects/contacts/search", policy="DAILY")
    deliver_due(workspace, now=T1 + timedelta(seconds=10))
    row = the_alert(workspace, "hubspot")
    assert row.next_attempt_at == T1 + timedelta(seconds=10, hours=1) and "daily limit" in (row.last_error or "")


def test_a_contact_hubspot_does_not_know_fails_with_that_reason(workspace: Workspace, hubspot: HubSpotServer) -> None:
    use_hubspot(workspace, hubspot)
    seed_lead(workspace)
    hand_off(workspace)
    assert deliver_due(workspace, now=T1).failed == 1
    row = the_alert(workspace, "hubspot")
    assert row.state == "failed" and row.attempts == 1
    assert "HubSpot has no contact with the e-mail dana@acme.io" in (row.last_error or "")
    assert deliver_due(workspace, now=T0 + timedelta(days=1)).total == 0


def test_a_failure_after_the_task_never_makes_a_second_task(workspace: Workspace, hubspot: HubSpotServer) -> None:
    contact_id = hubspot.add_contact("dana@acme.io")
    use_hubspot(workspace, hubspot)
    seed_lead(workspace)
    hand_off(workspace)
    hubspot.script("PATCH", "/crm/v3/objects/contacts/", Reply(503, {"status": "error", "message": "Service Unavailable"}))

    report = deliver_due(workspace, now=T1)
    (task_id,) = hubspot.tasks
    row = the_alert(workspace, "hubspot")
    assert report.retried == 1 and row.state == "pending" and row.external_ref == task_id
    assert "503" in (row.last_error or "")

    assert deliver_due(workspace, now=T1 + timedelta(seconds=31)).delivered == 1
    assert list(hubspot.tasks) == [task_id]  # the retry only set the lifecycle stage
    assert hubspot.contacts[contact_id]["properties"]["lifecyclestage"] == "marketingqualifiedlead"
    row = the_alert(workspace, "hubspot")
    assert row.state == "delivered" and row.external_ref == task_id


def test_a_lost_answer_to_the_task_create_is_never_repeated(workspace: Workspace, hubspot: HubSpotServer) -> None:
    hubspot.add_contact("dana@acme.io")
    use_hubspot(workspace, hubspot, timeout_s=0.3)

    def slow_create(body: dict) -> dict:  # HubSpot creates the task, then answers too late
        hubspot._create_task(body)
        return {"id": "late"}

    hubspot.script("POST", "/crm/v3/objects/tasks", Reply(201, slow_create, delay=1.0))
    seed_lead(workspace)
    hand_off(workspace)
    report = deliver_due(workspace, now=T1)
    row = the_alert(workspace, "hubspot")
    assert report.unknown == 1 and row.state == "failed"
    assert "may have been delivered; check the contact's tasks in HubSpot, then retry if it was not" in (row.last_error or "")
    for minutes in (5, 60):
        deliver_due(workspace, now=T0 + timedelta(minutes=minutes))
    assert len(hubspot.matching("POST", "/crm/v3/objects/tasks")) == 1 and len(hubspot.tasks) == 1


def test_server_errors_on_reads_are_retried(workspace: Workspace, hubspot: HubSpotServer) -> None:
    hubspot.add_contact("dana@acme.io")
    use_hubspot(workspace, hubspot)
    seed_lead(workspace)
    hand_off(workspace)
    hubspot.script("POST", "/crm/v3/objects/contacts/search", Reply(502, "<html>Bad Gateway</html>"))
    assert deliver_due(workspace, now=T1).retried == 1
    assert "502" in (the_alert(workspace, "hubspot").last_error or "")
    assert deliver_due(workspace, now=T1 + timedelta(seconds=31)).delivered == 1
    assert len(hubspot.tasks) == 1


@contextmanager
def handoff_on_three_channels(workspace: Workspace, hubspot: HubSpotServer) -> Iterator[SlackWebhookServer]:
    """A lead handed off with Slack, the owner's e-mail and HubSpot configured; yields the Slack server."""
    hubspot.add_contact("dana@acme.io")
    with SlackWebhookServer() as slack:
        configure(workspace, slack_url=slack.webhook_url, hubspot=hubspot.base_url, hubspot_token=hubspot.token,
                  email_owner=True)
        seed_lead(workspace)
        hand_off(workspace)
        yield slack


def handed_off_once_on_three_channels(workspace: Workspace, hubspot: HubSpotServer) -> None:
    from tests.integration.test_alerts import stage_changes

    assert len(hubspot.tasks) == 1 and len(list((workspace.outbox_dir / "alerts").glob("*.eml"))) == 1
    assert sorted(a.channel for a in alerts(workspace) if a.state == "delivered") == ["email", "hubspot", "slack"]
    assert len(stage_changes(workspace, "handed_off")) == 1


def test_slack_email_and_hubspot_together_hand_off_once(workspace: Workspace, hubspot: HubSpotServer) -> None:
    with handoff_on_three_channels(workspace, hubspot) as slack:
        report = deliver_due(workspace, now=T1)
        assert report.delivered == 3 and len(slack.posts) == 1
    handed_off_once_on_three_channels(workspace, hubspot)
