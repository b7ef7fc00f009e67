"""Engagement events as they arrive from outside (the HTTP API, Segment, our own links, the inbox):
one validated shape, whatever the origin. Pure: values in, values out.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from signals.model import as_utc
from signals.text.links import normalise_domain

EventType = Literal[
    "page_view",
    "form_submit",
    "demo_request",
    "content_download",
    "webinar_attended",
    "email_open",
    "email_click",
    "reply",
    "meeting_booked",
    "unsubscribe",
    "bounce",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]

#: A batch posted in one request holds at most this many events.
MAX_BATCH = 1000
MAX_ID_CHARS = 200
MAX_URL_CHARS = 2000
#: Properties are kept as sent, within this size (JSON characters).
MAX_PROPERTIES_CHARS = 8000


class EngagementIn(BaseModel):
    """One thing a person did. `id` is the sender's idempotency key: the same id twice is one event."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str = Field(min_length=1, max_length=MAX_ID_CHARS, description="The sender's idempotency key.")
    type: EventType
    email: str | None = Field(default=None, max_length=320, description="Who did it (or give `domain`).")
    domain: str | None = Field(
        default=None, max_length=253, description="For an anonymous visit of a known company."
    )
    url: str | None = Field(default=None, max_length=MAX_URL_CHARS)
    occurred_at: datetime | None = Field(default=None, description="ISO 8601; default: when it arrives.")
    properties: dict[str, Any] = Field(default_factory=dict)

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        value = value.strip().lower()
        local, at, host = value.rpartition("@")
        if not at or not local or not host or " " in value or "@" in local or normalise_domain(host) is None:
            raise ValueError("is not an e-mail address")
        return value

    @field_validator("domain")
    @classmethod
    def _domain(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        domain = normalise_domain(value)
        if domain is None:
            raise ValueError("is not a web domain (write it like acme.com)")
        return domain

    @field_validator("occurred_at")
    @classmethod
    def _utc(cls, value: datetime | None) -> datetime | None:
        return as_utc(value) if value is not None else None

    @field_validator("properties")
    @classmethod
    def _small(cls, value: dict[str, Any]) -> dict[str, Any]:
        import json

        try:
            size = len(json.dumps(value, default=str))
        except (TypeError, ValueError):
            raise ValueError("must be a JSON object") from None
        if size > MAX_PROPERTIES_CHARS:
            raise ValueError(f"is {size:,} characters as JSON, over the {MAX_PROPERTIES_CHARS:,} allowed")
        return value

    @model_validator(mode="after")
    def _who(self) -> EngagementIn:
        if self.email is None and self.domain is None:
            raise ValueError("an event needs `email` (who did it) or `domain` (an anonymous visit)")
        return self

    def at(self, now: datetime) -> datetime:
        return self.occurred_at or as_utc(now)
