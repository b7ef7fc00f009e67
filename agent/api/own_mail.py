"""What the signed links in our own mail do: unsubscribe the recipient, or record a click.

Both load the outbox row a token names and verify the token against that row's address
(agent.delivery.links); anything that does not verify is "not found", never an error. Both
become engagement events through `leads.record_events`, so they reach the lead's score and
timeline like any other event, and an unsubscribe suppresses the address in the same
transaction.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import TYPE_CHECKING

from agent.delivery import links
from agent.services import delivery, leads
from agent.store.models import Outbox
from signals.engagement import EngagementIn

if TYPE_CHECKING:
    from agent.workspace import Workspace


def _address_of(ws: Workspace, token: str) -> tuple[int, str] | None:
    outbox_id = links.outbox_id_of(token)
    if outbox_id is None:
        return None
    with ws.db.session() as session:
        row = session.get(Outbox, outbox_id)
    return (outbox_id, row.to_email) if row is not None else None


def unsubscribe_address(ws: Workspace, *, secret: str | None, token: str) -> tuple[int, str] | None:
    """(outbox id, address) for a genuine unsubscribe token, else None."""
    if not secret:
        return None
    found = _address_of(ws, token)
    if found is None or not links.verify_unsubscribe(secret, token, email=found[1]):
        return None
    return found


def unsubscribe(ws: Workspace, *, secret: str | None, token: str, now: datetime) -> str | None:
    """Suppress the address a genuine token names and record the unsubscribe. Returns the address."""
    found = unsubscribe_address(ws, secret=secret, token=token)
    if found is None:
        return None
    outbox_id, email = found
    event = EngagementIn(
        id=str(outbox_id), type="unsubscribe", email=email, occurred_at=now,
        properties={"outbox_id": outbox_id, "via": "one-click link"},
    )
    result = leads.record_events(ws, events=[event], origin="unsubscribe", now=now)
    if result.duplicates:
        # The same link again (perhaps after someone lifted the suppression): the person's word
        # stands; the event itself is already in the timeline.
        delivery.suppress(ws.db, value=email, reason=f"unsubscribed again ({now:%Y-%m-%d}, one-click link)")
    return email


def click_target(ws: Workspace, *, secret: str | None, token: str) -> tuple[int, str, str] | None:
    """(outbox id, address, target URL) of a genuine click token, else None."""
    if not secret:
        return None
    found = _address_of(ws, token)
    if found is None:
        return None
    outbox_id, email = found
    url = links.verify_click(secret, token, email=email)
    return (outbox_id, email, url) if url is not None else None


def record_click(ws: Workspace, target: tuple[int, str, str], *, now: datetime) -> None:
    """An `email_click` event for the recipient: one per link per second (a double click is one
    click; a return visit is another)."""
    outbox_id, email, url = target
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]
    event = EngagementIn(
        id=f"{outbox_id}:{digest}:{now:%Y%m%dT%H%M%S}", type="email_click", email=email, url=url[:2000],
        occurred_at=now, properties={"outbox_id": outbox_id},
    )
    leads.record_events(ws, events=[event], origin="click", now=now)
