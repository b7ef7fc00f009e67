"""Draft, check, retry once with the failures as feedback, then fall back to the offline templates."""

from __future__ import annotations

import logging

from pydantic import BaseModel

from drafting.base import DraftingFailed, DraftProvider, OutreachDraft
from drafting.context import DraftContext
from drafting.guardrails import GuardrailPolicy, GuardrailReport, check_draft
from drafting.offline import OfflineDrafter

log = logging.getLogger(__name__)

#: How many times the primary provider is asked: the first draft, and one regeneration.
MAX_ATTEMPTS = 2


class ProducedDraft(BaseModel):
    """The draft to queue, the guardrail report for *that* draft, and how it came about."""

    draft: OutreachDraft
    report: GuardrailReport
    #: How many times the primary provider was asked (1 or 2); the fallback is not counted.
    attempts: int
    #: Why the fallback wrote this draft; None when the primary provider's draft passed.
    fallback_reason: str | None = None

    @property
    def used_fallback(self) -> bool:
        return self.fallback_reason is not None


def _describe_error(exc: BaseException) -> str:
    if isinstance(exc, DraftingFailed):
        return exc.reason or type(exc).__name__
    text = str(exc).strip()
    return text or type(exc).__name__


def _failed_twice(provider_name: str, report: GuardrailReport) -> str:
    failing = [r for r in report.results if not r.passed]
    names = ", ".join(r.name for r in failing)
    detail = failing[0].reason if len(failing) == 1 else "; ".join(f"{r.name}: {r.reason}" for r in failing)
    return f"{provider_name} draft failed {names} twice: {detail}"


def produce_draft(
    ctx: DraftContext,
    provider: DraftProvider,
    *,
    policy: GuardrailPolicy | None = None,
    fallback: DraftProvider | None = None,
) -> ProducedDraft:
    """Ask `provider` for a draft and check it; on failure regenerate once with the reasons.

    If the second draft fails too, or the provider raises (DraftingFailed or anything else),
    `fallback` (default: the offline templates, sized to the policy) writes the draft instead.
    The fallback's draft is checked as well and its report returned, so a caller can still
    see if even that draft falls short.
    """
    policy = policy or GuardrailPolicy()
    provider_name = getattr(provider, "name", type(provider).__name__)
    feedback: tuple[str, ...] = ()
    attempts = 0
    reason: str | None = None
    last_report: GuardrailReport | None = None

    while attempts < MAX_ATTEMPTS:
        attempts += 1
        try:
            draft = provider.draft(ctx, feedback=feedback)
            if not isinstance(draft, OutreachDraft):
                raise TypeError(f"provider returned {type(draft).__name__}, not an OutreachDraft")
        except Exception as exc:  # any provider failure ends in the fallback, never in a crash
            reason = f"provider error: {_describe_error(exc)}"
            if last_report is not None:
                reason += f" (after a first draft that failed {', '.join(last_report.failed_checks)})"
            log.warning("drafting with %s failed on attempt %d: %s", provider_name, attempts, reason)
            break
        report = check_draft(draft, ctx, policy)
        if report.passed:
            return ProducedDraft(draft=draft, report=report, attempts=attempts, fallback_reason=None)
        last_report = report
        feedback = tuple(report.failures())
        log.info("draft from %s failed guardrails on attempt %d: %s", provider_name, attempts, "; ".join(feedback))
    else:
        assert last_report is not None
        reason = _failed_twice(provider_name, last_report)

    backup = fallback or OfflineDrafter(
        max_subject_chars=policy.max_subject_chars, max_body_words=policy.max_body_words
    )
    try:
        draft = backup.draft(ctx)
    except Exception as exc:
        raise DraftingFailed(f"{reason}; the fallback failed too: {_describe_error(exc)}") from exc
    report = check_draft(draft, ctx, policy)
    if not report.passed:
        log.warning("fallback draft also fails guardrails: %s", "; ".join(report.failures()))
    return ProducedDraft(draft=draft, report=report, attempts=attempts, fallback_reason=reason)
