"""The draft every provider returns, and the provider seam itself."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, Field

from drafting.context import DraftContext


class OutreachDraft(BaseModel):
    """One outreach email, with the evidence it rests on."""

    subject: str
    body: str
    #: The one sentence in the body that asks for something (a question ending in "?").
    call_to_action: str
    #: Evidence ids ("E1", "E4") the draft's facts come from.
    evidence_ids: list[str]
    #: What was personalised and why, for the rep reviewing the draft.
    personalisation_notes: list[str] = Field(default_factory=list)
    provider: str = "offline"
    model: str | None = None
    prompt_version: str | None = None


@runtime_checkable
class DraftProvider(Protocol):
    """Something that writes a draft from a context (the offline templates, an LLM, a fake)."""

    name: str

    def draft(self, ctx: DraftContext, *, feedback: Sequence[str] = ()) -> OutreachDraft:
        """Write a draft. `feedback` holds the reasons the previous attempt failed the guardrails."""
        ...


class DraftingFailed(Exception):
    """A provider could not produce anything; `reason` says why in words a person can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason
