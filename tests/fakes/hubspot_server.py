"""A HubSpot CRM API stand-in on 127.0.0.1: it answers the v3 calls Outrider makes the way
api.hubapi.com does, and keeps what was created.

* Bearer auth: a missing or wrong token -> 401 `INVALID_AUTHENTICATION` (HubSpot's body).
* POST /crm/v3/objects/contacts/search: `filterGroups` with EQ filters (email compared without
  case); the requested `properties`; {"total", "results"}.
* GET /crm/v3/owners?email=: {"results": [owner]}.
* POST /crm/v3/objects/tasks: `hs_timestamp` required (400 VALIDATION_ERROR otherwise); each
  association must name an existing contact with a HUBSPOT_DEFINED type 204; 201 with the task.
* PATCH /crm/v3/objects/contacts/{id}: 200 with the contact, 404 when there is none.
* Every answer carries the rate-limit headers (`X-HubSpot-RateLimit-*`); `rate_limit()` scripts
  a 429 with HubSpot's RATE_LIMIT body and, if asked, Retry-After.
"""

from __future__ import annotations

import itertools
import secrets
import threading
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.fakes.recording_server import ReceivedRequest, RecordingServer, Reply

TASK_TO_CONTACT = 204


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def error(status: int, message: str, category: str, **extra: Any) -> Reply:
    body = {"status": "error", "message": message, "correlationId": str(uuid.uuid4()), "category": category, **extra}
    return Reply(status, body)


class HubSpotServer(RecordingServer):
    def __init__(self, token: str | None = None) -> None:
        self.token = token or f"pat-na1-{uuid.uuid4()}"
        self.contacts: dict[str, dict[str, Any]] = {}
        self.owners: dict[str, dict[str, Any]] = {}
        self.tasks: dict[str, dict[str, Any]] = {}
        self._ids = itertools.count(1001)
        self._state = threading.Lock()
        self.remaining = 100
        super().__init__()

    # -- seed --------------------------------------------------------------------------------

    def add_contact(self, email: str, **properties: Any) -> str:
        contact_id = str(next(self._ids))
        props = {"email": email, "lifecyclestage": "lead", "hs_object_id": contact_id, **properties}
        self.contacts[contact_id] = {"id": contact_id, "properties": props, "createdAt": _now(), "updatedAt": _now(), "archived": False}
        return contact_id

    def add_owner(self, email: str, first: str = "Olive", last: str = "Owner") -> str:
        owner_id = str(next(self._ids))
        self.owners[owner_id] = {
            "id": owner_id, "email": email, "type": "PERSON", "firstName": first, "lastName": last,
            "userId": int(owner_id) + 9000, "createdAt": _now(), "updatedAt": _now(), "archived": False,
        }
        return owner_id

    # -- scripted answers --------------------------------------------------------------------

    def rate_limit(self, method: str, path: str, *, retry_after: int | None = None, policy: str = "TEN_SECONDLY_ROLLING") -> None:
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        body = {
            "status": "error", "message": f"You have reached your {policy.lower()} limit.", "errorType": "RATE_LIMIT",
            "correlationId": str(uuid.uuid4()), "policyName": policy, "groupName": "publicapi:private-app",
        }
        self.script(method, path, Reply(429, body, headers=headers))

    # -- HubSpot -----------------------------------------------------------------------------

    def extra_headers(self) -> Mapping[str, str]:
        with self._state:
            self.remaining = max(self.remaining - 1, 0)
            remaining = self.remaining
        return {
            "X-HubSpot-RateLimit-Interval-Milliseconds": "10000",
            "X-HubSpot-RateLimit-Max": "100",
            "X-HubSpot-RateLimit-Remaining": str(remaining),
            "X-HubSpot-RateLimit-Secondly": "10",
            "X-HubSpot-RateLimit-Secondly-Remaining": "9",
        }

    def answer(self, request: ReceivedRequest) -> Reply:
        if not secrets.compare_digest(request.headers.get("authorization", ""), f"Bearer {self.token}"):
            return error(
                401,
                "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find "
                "more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview",
                "INVALID_AUTHENTICATION",
            )
        url = urlsplit(request.path)
        path, query = url.path.rstrip("/"), parse_qs(url.query)
        body = request.body or {}
        with self._state:
            if request.method == "POST" and path == "/crm/v3/objects/contacts/search":
                return self._search(body)
            if request.method == "GET" and path == "/crm/v3/owners":
                wanted = (query.get("email") or [""])[0].lower()
                found = [o for o in self.owners.values() if not wanted or o["email"].lower() == wanted]
                return Reply(200, {"results": found[: int((query.get("limit") or ["100"])[0])]})
            if request.method == "POST" and path == "/crm/v3/objects/tasks":
                return self._create_task(body)
            if request.method == "PATCH" and path.startswith("/crm/v3/objects/contacts/"):
                contact = self.contacts.get(path.rsplit("/", 1)[-1])
                if contact is None:
                    return error(404, "resource not found", "OBJECT_NOT_FOUND")
                contact["properties"].update(body.get("properties") or {})
                contact["updatedAt"] = _now()
                return Reply(200, contact)
        return error(404, f"no route {request.method} {path}", "OBJECT_NOT_FOUND")

    def _search(self, body: dict[str, Any]) -> Reply:
        groups = body.get("filterGroups") or []
        wanted = body.get("properties") or ["email", "firstname", "lastname", "hs_object_id"]

        def matches(contact: dict[str, Any]) -> bool:
            if not groups:
                return True
            for group in groups:  # groups are ORed, filters in a group ANDed
                ok = True
                for f in group.get("filters") or []:
                    if f.get("operator") != "EQ":
                        return False
                    value = str(contact["properties"].get(f.get("propertyName"), "") or "")
                    ok = ok and value.lower() == str(f.get("value", "")).lower()
                if ok:
                    return True
            return False

        found = [c for c in self.contacts.values() if matches(c)]
        results = [
            {**c, "properties": {k: c["properties"].get(k) for k in [*wanted, "hs_object_id"]}}
            for c in found[: int(body.get("limit") or 10)]
        ]
        return Reply(200, {"total": len(found), "results": results})

    def _create_task(self, body: dict[str, Any]) -> Reply:
        properties = dict(body.get("properties") or {})
        if not properties.get("hs_timestamp"):
            return error(400, "Property values were not valid: hs_timestamp is required", "VALIDATION_ERROR")
        associations = []
        for assoc in body.get("associations") or []:
            to = str((assoc.get("to") or {}).get("id", ""))
            types = assoc.get("types") or []
            if to not in self.contacts:
                return error(400, f"One or more associations are invalid: no contact {to}", "VALIDATION_ERROR")
            if not any(t.get("associationCategory") == "HUBSPOT_DEFINED" and t.get("associationTypeId") == TASK_TO_CONTACT for t in types):
                return error(400, f"association type {types!r} is not task to contact", "VALIDATION_ERROR")
            associations.append({"contact": to, "types": types})
        task_id = str(next(self._ids))
        task = {"id": task_id, "properties": properties, "associations": associations, "createdAt": _now(), "updatedAt": _now(), "archived": False}
        self.tasks[task_id] = task
        return Reply(201, {k: v for k, v in task.items() if k != "associations"})
