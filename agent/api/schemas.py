"""The HTTP API's documented shapes: response models, error bodies, and the request bodies the
routes parse themselves (so that a bad event is reported by its index, not by FastAPI)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from signals.engagement import MAX_BATCH, EngagementIn


class Accepted(BaseModel):
    accepted: int = Field(description="Events stored now.")
    duplicates: int = Field(description="Events whose id was stored before (nothing new is kept).")


class SegmentAccepted(Accepted):
    identified: int = Field(description="identify calls that named someone.")
    ignored: int = Field(description="Calls with no use to Outrider (unknown track names, screen/group calls, visitors never identified).")
    ignored_reasons: dict[str, int]


class Detail(BaseModel):
    detail: str


class ProblemItem(BaseModel):
    index: int | None = Field(description="The event's position in the request; null for the body as a whole.")
    field: str
    message: str


class Problems(BaseModel):
    detail: list[ProblemItem]


class Health(BaseModel):
    status: str
    reason: str | None = None


def _event_schema() -> dict[str, Any]:
    schema = EngagementIn.model_json_schema()
    schema["properties"]["email"]["anyOf"][0]["format"] = "email"
    return schema


EVENTS_REQUEST: dict[str, Any] = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {"anyOf": [_event_schema(), {"type": "array", "items": _event_schema(), "maxItems": MAX_BATCH}]},
            "example": {
                "id": "evt-1",
                "type": "page_view",
                "email": "ana@acme.io",
                "url": "https://vendor.example/pricing",
                "occurred_at": "2025-03-01T12:00:00Z",
            },
        }
    },
}

_SEGMENT_CALL: dict[str, Any] = {
    "type": "object",
    "description": "A Segment (or RudderStack) track, page or identify call; other types are ignored.",
    "properties": {
        "type": {"type": "string", "enum": ["track", "page", "identify", "screen", "group", "alias"]},
        "messageId": {"type": "string", "maxLength": 200},
        "event": {"type": "string"},
        "name": {"type": "string"},
        "userId": {"type": ["string", "null"]},
        "anonymousId": {"type": ["string", "null"]},
        "traits": {"type": "object"},
        "properties": {"type": "object"},
        "context": {"type": "object"},
        "timestamp": {"type": "string", "format": "date-time"},
    },
    "required": ["type"],
}

SEGMENT_REQUEST: dict[str, Any] = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "anyOf": [
                    _SEGMENT_CALL,
                    {
                        "type": "object",
                        "properties": {"batch": {"type": "array", "items": _SEGMENT_CALL, "maxItems": MAX_BATCH}},
                        "required": ["batch"],
                    },
                ]
            },
            "example": {
                "type": "track",
                "messageId": "ajs-1",
                "event": "Demo Requested",
                "userId": "ana@acme.io",
                "timestamp": "2025-03-01T12:00:00Z",
            },
        }
    },
}

_JSON_ERRORS = {
    400: {"model": Detail, "description": "The request could not be read."},
    401: {"model": Detail, "description": "No valid API token (missing, unknown or revoked)."},
    413: {"model": Detail, "description": "The body is over `[server] max_body_bytes` (1 MB by default)."},
    422: {"model": Problems, "description": "Nothing was stored: each problem names the event's index and field."},
    503: {"model": Detail, "description": "The database is busy or down; retry later (nothing was stored)."},
}
V1_RESPONSES: dict[int | str, dict[str, Any]] = dict(_JSON_ERRORS)  # type: ignore[arg-type]

HTML_PAGE = {"content": {"text/html": {"schema": {"type": "string"}}}}
