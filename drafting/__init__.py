"""Drafting: grounded outreach emails from a signal, checked by guardrails before a rep sees them.

`drafting` imports only `signals.model` from the rest of Outrider, and touches no database and
no network (an LLM provider, if configured, lives behind the `DraftProvider` seam).
"""

from drafting.base import DraftingFailed, DraftProvider, OutreachDraft
from drafting.context import AccountFacts, ContactFacts, DraftContext, SenderFacts
from drafting.guardrails import (
    CHECKS,
    CheckResult,
    GuardrailPolicy,
    GuardrailReport,
    check_draft,
)
from drafting.offline import OfflineDrafter, persona_family
from drafting.produce import ProducedDraft, produce_draft

__all__ = [
    "CHECKS",
    "AccountFacts",
    "CheckResult",
    "ContactFacts",
    "DraftContext",
    "DraftProvider",
    "DraftingFailed",
    "GuardrailPolicy",
    "GuardrailReport",
    "OfflineDrafter",
    "OutreachDraft",
    "ProducedDraft",
    "SenderFacts",
    "check_draft",
    "persona_family",
    "produce_draft",
]
