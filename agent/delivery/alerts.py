"""The alert outbox: MQL handoffs (and other owner alerts) delivered to Slack, the owner's
mailbox and HubSpot, each at most once.

`channels_for` decides which channels an alert goes to when it is created; delivery claims a
row with a lease (compare-and-set, like the e-mail outbox) before it talks to a channel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent.store.models import Account, Contact
    from agent.workspace import Workspace

CHANNELS: tuple[str, ...] = ("slack", "email", "hubspot")


def slack_webhook(ws: Workspace) -> str | None:
    """SLACK_WEBHOOK_URL wins over `[alerts] slack_webhook_url`."""
    secret = ws.settings.slack_webhook_url
    if secret is not None and secret.get_secret_value().strip():
        return secret.get_secret_value().strip()
    return ws.config.alerts.slack_webhook_url or None


def owner_of(ws: Workspace, contact: Contact, account: Account | None) -> str | None:
    return contact.owner_email or (account.owner_email if account else None) or ws.config.alerts.fallback_owner


def channels_for(ws: Workspace, contact: Contact, account: Account | None) -> list[str]:
    """The channels configured for an alert about `contact` (none configured: the handoff is
    only recorded and shown)."""
    channels: list[str] = []
    if slack_webhook(ws):
        channels.append("slack")
    if ws.config.alerts.email_owner and owner_of(ws, contact, account):
        channels.append("email")
    if ws.config.crm.hubspot is not None and ws.settings.hubspot_access_token is not None:
        channels.append("hubspot")
    return channels
