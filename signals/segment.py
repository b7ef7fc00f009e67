"""Segment (and RudderStack) `track`, `page` and `identify` calls mapped onto engagement events.

Pure: the messages and what is already known about visitor ids go in; events, newly learnt
identities, what was ignored and what was wrong come out. The caller looks identities up before
and stores them after, so a later `page` from an `anonymousId` that an `identify` named is
attached to that person.

A message that is malformed (no messageId, a bad timestamp) is a problem that names its index
and field; a message we simply have no use for (an unknown track name, a `screen` call, a visit by
someone never identified) is ignored and counted, because a webhook destination sends everything.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from signals.engagement import MAX_BATCH, MAX_PROPERTIES_CHARS, MAX_URL_CHARS, EngagementIn, EventType

#: Track event names (compared lowercase, with spaces, dashes and underscores folded) -> our types.
#: Segment's e-mail spec names ("Email Link Clicked", "Email Opened", "Email Bounced",
#: "Unsubscribed"), its B2B spec ("Demo Requested", "Form Submitted") and common variants.
TRACK_EVENTS: dict[str, EventType] = {
    "demo requested": "demo_request",
    "demo request": "demo_request",
    "demo request submitted": "demo_request",
    "form submitted": "form_submit",
    "form submit": "form_submit",
    "lead form submitted": "form_submit",
    "email link clicked": "email_click",
    "email clicked": "email_click",
    "email opened": "email_open",
    "webinar attended": "webinar_attended",
    "content downloaded": "content_download",
    "whitepaper downloaded": "content_download",
    "ebook downloaded": "content_download",
    "asset downloaded": "content_download",
    "meeting booked": "meeting_booked",
    "meeting scheduled": "meeting_booked",
    "unsubscribed": "unsubscribe",
    "email unsubscribed": "unsubscribe",
    "email bounced": "bounce",
    "email replied": "reply",
    "email reply received": "reply",
    "page viewed": "page_view",
}

#: Where an event's fields came from in the Segment message, for problems that name a field.
_FIELD_OF = {"id": "messageId", "occurred_at": "timestamp", "email": "traits.email", "url": "properties.url"}
_NAME_FOLD = re.compile(r"[\s_\-]+")


@dataclass(frozen=True, slots=True)
class SegmentProblem:
    index: int
    field: str
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"index": self.index, "field": self.field, "message": self.message}


@dataclass
class SegmentMapping:
    events: list[EngagementIn] = field(default_factory=list)
    #: Identity keys ("user:{userId}", "anon:{anonymousId}") -> e-mail, learnt from these messages.
    identities: dict[str, str] = field(default_factory=dict)
    #: identify calls that named someone.
    identified: int = 0
    #: Why messages were not used, with counts ("unknown track event 'Cart Viewed'": 2).
    ignored: Counter[str] = field(default_factory=Counter)
    problems: list[SegmentProblem] = field(default_factory=list)

    @property
    def ignored_total(self) -> int:
        return sum(self.ignored.values())


def track_type(name: str) -> EventType | None:
    """Our event type for a Segment track event name, or None when we have no use for it."""
    return TRACK_EVENTS.get(_NAME_FOLD.sub(" ", name).strip().lower())


def unpack(payload: Any) -> tuple[list[Any], SegmentProblem | None]:
    """The messages in a request body: one call, or `{"batch": [...]}` (Segment's batch format)."""
    if isinstance(payload, dict) and "batch" in payload and "type" not in payload:
        batch = payload["batch"]
        if not isinstance(batch, list):
            return [], SegmentProblem(-1, "batch", "must be an array of Segment calls")
        if len(batch) > MAX_BATCH:
            return [], SegmentProblem(-1, "batch", f"holds {len(batch):,} calls; send at most {MAX_BATCH:,} per request")
        return list(batch), None
    if isinstance(payload, dict):
        return [payload], None
    return [], SegmentProblem(-1, "", "the body must be a Segment call (a JSON object) or {\"batch\": [...]}")


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _email(value: Any) -> str | None:
    """`value` as a valid, lowercase e-mail address, or None (the one validator: EngagementIn's)."""
    text = _text(value)
    if text is None or "@" not in text:
        return None
    try:
        return EngagementIn(id="-", type="page_view", email=text).email
    except ValidationError:
        return None


def identity_keys(messages: Sequence[Any]) -> set[str]:
    """The identity keys whose e-mail the caller should look up before mapping."""
    keys: set[str] = set()
    for message in messages:
        if isinstance(message, dict):
            keys.update(_keys_of(message))
    return keys


def _keys_of(message: Mapping[str, Any]) -> list[str]:
    keys = []
    user = _text(message.get("userId"))
    anon = _text(message.get("anonymousId"))
    if user:
        keys.append(f"user:{user}"[:300])
    if anon:
        keys.append(f"anon:{anon}"[:300])
    return keys


def _who(message: Mapping[str, Any], known: Mapping[str, str]) -> str | None:
    """The person who acted: their traits, a userId that is an address, an id an identify named;
    only then an address in the properties (a form can carry someone else's address)."""
    context = _obj(message.get("context"))
    for candidate in (
        _obj(message.get("traits")).get("email"),
        _obj(context.get("traits")).get("email"),
        message.get("userId"),
    ):
        email = _email(candidate)
        if email:
            return email
    for key in _keys_of(message):
        if key in known:
            return known[key]
    return _email(_obj(message.get("properties")).get("email"))


def _properties(message: Mapping[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Scalar properties as sent (nested values dropped), within the size events may carry."""
    kept: dict[str, Any] = dict(extra)
    size = len(json.dumps(kept))
    for key, value in _obj(message.get("properties")).items():
        if key == "email" or not (value is None or isinstance(value, str | int | float | bool)):
            continue
        if isinstance(value, float) and value != value:  # NaN is not JSON
            continue
        item = len(json.dumps({str(key): value}, default=str))
        if size + item > MAX_PROPERTIES_CHARS - 100:
            break
        kept[str(key)] = value
        size += item
    return kept


def _url(message: Mapping[str, Any]) -> str | None:
    url = _text(_obj(message.get("properties")).get("url")) or _text(_obj(_obj(message.get("context")).get("page")).get("url"))
    return url[:MAX_URL_CHARS] if url else None


def map_segment(messages: Sequence[Any], *, known: Mapping[str, str] | None = None) -> SegmentMapping:
    """Map Segment calls onto events. `known` maps identity keys to e-mails already stored."""
    result = SegmentMapping()
    identities: dict[str, str] = dict(known or {})
    for index, message in enumerate(messages):
        if not isinstance(message, dict):
            result.problems.append(SegmentProblem(index, "", "must be a JSON object (a Segment track, page or identify call)"))
            continue
        kind = _text(message.get("type"))
        if kind is None:
            result.problems.append(SegmentProblem(index, "type", "is required: track, page or identify"))
            continue
        kind = kind.lower()
        if kind == "identify":
            email = _who(message, {})
            if email is None:
                result.ignored["identify without an e-mail in traits"] += 1
                continue
            for key in _keys_of(message):
                identities[key] = email
                result.identities[key] = email
            result.identified += 1
            continue
        if kind not in ("track", "page"):
            result.ignored[f"{kind} calls are not used"] += 1
            continue
        message_id = message.get("messageId")
        if _text(message_id) is None:
            result.problems.append(SegmentProblem(index, "messageId", "is required (Segment's idempotency key for the call)"))
            continue
        if kind == "track":
            name = _text(message.get("event"))
            if name is None:
                result.problems.append(SegmentProblem(index, "event", "is required for a track call (the event name)"))
                continue
            event_type = track_type(name)
            if event_type is None:
                result.ignored[f"unknown track event {name[:80]!r}"] += 1
                continue
            extra = {"segment_event": name[:200]}
        else:
            event_type = "page_view"
            extra = {"segment_page": (_text(message.get("name")) or "")[:200]} if _text(message.get("name")) else {}
        email = _who(message, identities)
        if email is None:
            result.ignored["visitor not identified yet (no e-mail in the call, and no identify for its ids)"] += 1
            continue
        raw = {
            "id": _text(message_id),
            "type": event_type,
            "email": email,
            "url": _url(message),
            "occurred_at": message.get("timestamp") or message.get("originalTimestamp") or None,
            "properties": _properties(message, extra),
        }
        try:
            result.events.append(EngagementIn.model_validate(raw))
        except ValidationError as exc:
            error = exc.errors()[0]
            where = str(error["loc"][0]) if error["loc"] else ""
            result.problems.append(SegmentProblem(index, _FIELD_OF.get(where, where), str(error["msg"])))
    return result
