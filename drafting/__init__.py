"""Drafting: grounded outreach emails from a signal, checked by guardrails before a rep sees them.

`drafting` imports only `signals.model` from the rest of Outrider, and touches no database and
no network (an LLM provider, if configured, lives behind the `DraftProvider` seam).

The names below are imported on first use (PEP 562): `import drafting.guardrails` (the workspace
config needs only its policy model) must not also load the drafter, its templates and the rest.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "DraftingFailed": "drafting.base",
    "DraftProvider": "drafting.base",
    "OutreachDraft": "drafting.base",
    "AccountFacts": "drafting.context",
    "ContactFacts": "drafting.context",
    "DraftContext": "drafting.context",
    "SenderFacts": "drafting.context",
    "CHECKS": "drafting.guardrails",
    "CheckResult": "drafting.guardrails",
    "GuardrailPolicy": "drafting.guardrails",
    "GuardrailReport": "drafting.guardrails",
    "check_draft": "drafting.guardrails",
    "OfflineDrafter": "drafting.offline",
    "persona_family": "drafting.offline",
    "ProducedDraft": "drafting.produce",
    "produce_draft": "drafting.produce",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from drafting.base import DraftingFailed, DraftProvider, OutreachDraft
    from drafting.context import AccountFacts, ContactFacts, DraftContext, SenderFacts
    from drafting.guardrails import CHECKS, CheckResult, GuardrailPolicy, GuardrailReport, check_draft
    from drafting.offline import OfflineDrafter, persona_family
    from drafting.produce import ProducedDraft, produce_draft


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'drafting' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
