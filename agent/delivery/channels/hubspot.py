"""HubSpot: a handoff becomes a HIGH-priority task on the contact (and, when configured, the
contact's lifecycle stage becomes marketingqualifiedlead), through the CRM v3 API with a
private-app token. A lead's reply becomes a HIGH-priority e-mail task ("answer them") with the
first lines of the reply; it never changes the lifecycle stage.

Steps: find the contact by e-mail (CRM search), find the owner by e-mail (owners API), create the
task associated with the contact (association type 204, task -> contact), PATCH the lifecycle
stage. The task id is kept as progress, so a retry after a later step failed never creates a
second task. Reads are retried freely; a task create whose answer was lost may have worked, so it
is never retried automatically.
"""

from __future__ import annotations

import html
from datetime import datetime, timedelta
from typing import Any

import httpx

from agent.config import HubSpotConfig
from agent.delivery.channels.base import (
    ChannelError,
    Delivered,
    HandoffNote,
    Note,
    ReplyNote,
    cap,
    describe,
    header,
    redact,
    retry_after,
)
from signals.model import as_utc

#: HubSpot-defined association type: task -> contact.
TASK_TO_CONTACT = 204
MQL_STAGE = "marketingqualifiedlead"
#: Lifecycle stages at or past MQL: the handoff never moves a contact back.
AT_OR_PAST_MQL = frozenset({"marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer", "evangelist"})
SUBJECT_CHARS = 200
BODY_CHARS = 60_000
TOKEN_REFUSED = "the HubSpot token was refused; check HUBSPOT_ACCESS_TOKEN"


class HubSpotChannel:
    name = "hubspot"

    def __init__(self, config: HubSpotConfig, token: str, *, transport: httpx.BaseTransport | None = None) -> None:
        self.config = config
        self._token = token
        self._client = httpx.Client(
            base_url=config.base_url.rstrip("/"),
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json", "User-Agent": "Outrider"},
            timeout=httpx.Timeout(config.timeout_s),
            transport=transport,
            follow_redirects=False,
        )

    def close(self) -> None:
        self._client.close()

    # -- one request ----------------------------------------------------------------------

    def _error(self, message: str, **kw: Any) -> ChannelError:
        return ChannelError(redact(message, (self._token,)), **kw)

    def _call(self, method: str, path: str, *, what: str, now: datetime, progress: str | None,
              safe_to_repeat: bool, accept: tuple[int, ...] = (), **kw: Any) -> httpx.Response:
        """One request; anything but a 2xx (or a status in `accept`, which the caller handles) is a ChannelError."""
        try:
            response = self._client.request(method, path, **kw)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise self._error(
                f"could not reach HubSpot at {self.config.base_url} to {what} ({describe(exc)}); it will be retried",
                outcome="retry", progress=progress, stop_channel=True,
            ) from None
        except httpx.TransportError as exc:
            if safe_to_repeat:
                raise self._error(
                    f"HubSpot did not answer in time to {what} ({describe(exc)}); it will be retried",
                    outcome="retry", progress=progress, stop_channel=True,
                ) from None
            raise self._error(
                f"the connection to HubSpot broke while asking it to {what} ({describe(exc)})",
                outcome="unknown", progress=progress, stop_channel=True,
            ) from None
        if response.is_success or response.status_code in accept:
            return response
        raise self._refused(response, what=what, now=now, progress=progress)

    def _refused(self, response: httpx.Response, *, what: str, now: datetime, progress: str | None) -> ChannelError:
        status = response.status_code
        said = _message(response)
        if status == 401:
            return self._error(TOKEN_REFUSED, outcome="failed", progress=progress, stop_channel=True)
        if status == 403:
            return self._error(
                f"HubSpot refused to {what} (403: {said}); give the private app the CRM scopes it needs "
                "(contacts read/write, owners read), then retry",
                outcome="failed", progress=progress, stop_channel=True,
            )
        if status == 429:
            wait = _rate_limit_wait(response, now=now)
            limit = "daily" if "DAILY" in str(_json(response).get("policyName", "")).upper() else "rate"
            return self._error(
                f"HubSpot's {limit} limit was reached while asking it to {what} (429); "
                f"retrying after {wait.total_seconds():.0f}s",
                outcome="retry", retry_after=wait, progress=progress, stop_channel=True,
            )
        if status >= 500:
            return self._error(
                f"HubSpot had a server error while asked to {what} ({status}: {said}); it will be retried",
                outcome="retry", progress=progress, stop_channel=True,
            )
        return self._error(f"HubSpot refused to {what} ({status}: {said})", outcome="failed", progress=progress)

    # -- the handoff ----------------------------------------------------------------------

    def deliver(self, note: Note, *, progress: str | None, now: datetime) -> Delivered:
        contact = self._find_contact(note, now=now, progress=progress)
        contact_id = str(contact["id"])
        properties = contact.get("properties") or {}
        task_id = progress
        if not task_id:
            owner_id = self._owner_id(note.owner_email, now=now) or properties.get("hubspot_owner_id") or None
            task_id = self._create_task(note, contact_id=contact_id, owner_id=owner_id, now=now)
        note_text = None
        if self.config.update_lifecycle and isinstance(note, HandoffNote):
            note_text = self._set_lifecycle(contact_id, str(properties.get("lifecyclestage") or ""), now=now, progress=task_id)
        return Delivered(external_ref=task_id, note=note_text)

    def _find_contact(self, note: Note, *, now: datetime, progress: str | None) -> dict[str, Any]:
        body = {
            "filterGroups": [{"filters": [{"propertyName": "email", "operator": "EQ", "value": note.email}]}],
            "properties": ["email", "firstname", "lastname", "lifecyclestage", "hubspot_owner_id"],
            "limit": 1,
        }
        response = self._call("POST", "/crm/v3/objects/contacts/search", json=body, what=f"find the contact {note.email}",
                              now=now, progress=progress, safe_to_repeat=True)
        results = _json(response).get("results")
        if not results:
            raise self._error(
                f"HubSpot has no contact with the e-mail {note.email}; create or import it in HubSpot, then retry",
                outcome="failed", progress=progress,
            )
        return dict(results[0])

    def _owner_id(self, email: str | None, *, now: datetime) -> str | None:
        if not email:
            return None
        # Without the owners scope (403) the task is still worth creating, unassigned.
        response = self._call("GET", "/crm/v3/owners", params={"email": email, "limit": 1}, what=f"find the owner {email}",
                              now=now, progress=None, safe_to_repeat=True, accept=(403, 404))
        results = _json(response).get("results") if response.is_success else None
        return str(results[0]["id"]) if results and results[0].get("id") is not None else None

    def _create_task(self, note: Note, *, contact_id: str, owner_id: str | None, now: datetime) -> str:
        properties: dict[str, Any] = {
            "hs_task_subject": cap(task_subject(note), SUBJECT_CHARS),
            "hs_task_body": task_body(note),
            "hs_timestamp": as_utc(now).strftime("%Y-%m-%dT%H:%M:%S.") + f"{as_utc(now).microsecond // 1000:03d}Z",
            "hs_task_priority": "HIGH",
            "hs_task_status": "NOT_STARTED",
            "hs_task_type": "EMAIL" if isinstance(note, ReplyNote) else "CALL",
        }
        if owner_id:
            properties["hubspot_owner_id"] = owner_id
        body = {
            "properties": properties,
            "associations": [
                {"to": {"id": contact_id}, "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": TASK_TO_CONTACT}]}
            ],
        }
        response = self._call("POST", "/crm/v3/objects/tasks", json=body, what=f"create a task for {note.email}",
                              now=now, progress=None, safe_to_repeat=False)
        task_id = _json(response).get("id")
        if not task_id:
            raise self._error(
                f"HubSpot answered {response.status_code} to the task create without a task id; check the contact "
                f"{note.email} in HubSpot for the task before retrying",
                outcome="unknown",
            )
        return str(task_id)

    def _set_lifecycle(self, contact_id: str, current: str, *, now: datetime, progress: str) -> str | None:
        if current.lower() in AT_OR_PAST_MQL:
            return f"task {progress} created; the lifecycle stage stays {current} (already at or past MQL)"
        response = self._call("PATCH", f"/crm/v3/objects/contacts/{contact_id}", json={"properties": {"lifecyclestage": MQL_STAGE}},
                              what="set the lifecycle stage to marketingqualifiedlead", now=now, progress=progress,
                              safe_to_repeat=True, accept=(404,))
        if response.status_code == 404:
            return f"task {progress} created; the contact was gone when its lifecycle stage was to be set"
        return None


def task_subject(note: Note) -> str:
    where = f" ({note.account})" if note.account else ""
    if isinstance(note, ReplyNote):
        step = f", {note.where}" if note.where else ""
        return f"Reply: answer {note.who}{where}{step}"
    return f"MQL handoff: call {note.who}{where}, score {note.score:.0f}"


def task_body(note: Note) -> str:
    """The task notes: HubSpot shows them as rich text, so each line is escaped HTML."""
    lines = [html.escape(line) for line in note.text_lines()]
    return cap("<p>" + "<br>".join(lines) + "</p>", BODY_CHARS)


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        value = response.json()
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _message(response: httpx.Response) -> str:
    body = _json(response)
    text = body.get("message") or body.get("category") or response.reason_phrase or "no message"
    return cap(str(text), 300)


def _rate_limit_wait(response: httpx.Response, *, now: datetime) -> timedelta:
    """Retry-After when HubSpot sends it; else the rolling window its rate-limit headers name."""
    wait = retry_after(response.headers, now=now)
    if wait is not None:
        return wait
    if "DAILY" in str(_json(response).get("policyName", "")).upper():
        return timedelta(hours=1)
    interval = header(response.headers, "X-HubSpot-RateLimit-Interval-Milliseconds")
    try:
        return timedelta(milliseconds=max(int(interval or "10000"), 1000))
    except ValueError:
        return timedelta(seconds=10)
