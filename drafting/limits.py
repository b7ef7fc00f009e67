"""The limits a draft must respect (`[guardrails]` in outrider.toml), kept apart from the checks
in drafting.guardrails so that reading a workspace's configuration does not load the claim and
fact readers (their patterns cost a start-up that drafts nothing)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_BANNED_PHRASES: list[str] = [
    "hope this email finds you well",
    "hope this finds you well",
    "hope you are well",
    "hope you're well",
    "circle back",
    "touch base",
    "synergy",
    "synergies",
    "guarantee",
    "guaranteed",
    "act now",
    "100% free",
    "risk-free",
    "risk free",
    "limited time",
    "buy now",
    "click here",
    "no-brainer",
    "game-changer",
    "game changer",
    "revolutionary",
    "best-in-class",
    "world-class",
    "cutting-edge",
    "just checking in",
    "just following up",
    "as per my last email",
    "i wanted to reach out",
]


class GuardrailPolicy(BaseModel):
    """Limits a draft must respect. Lives in the workspace config under `[guardrails]`."""

    model_config = ConfigDict(extra="forbid")

    max_subject_chars: int = Field(default=60, ge=10)
    max_body_words: int = Field(default=120, ge=20)
    #: Content assets any draft may link to (a context can add its own).
    allowed_urls: list[str] = Field(default_factory=list)
    banned_phrases: list[str] = Field(default_factory=lambda: list(DEFAULT_BANNED_PHRASES))
