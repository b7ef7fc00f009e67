"""Evaluation of a draft provider over a fixed set of cases: the numbers behind `outrider eval drafts`.

`load_cases()` reads JSON Lines cases (signal + account + contact; the bundled set is
`drafting/eval_cases.jsonl`), `run_eval(provider, cases, policy)` drafts each one, holds the
first draft to every guardrail and returns an `EvalReport`: the pass rate of each check, the
grounding rate (the share of the drafts' claims that a typed fact of the context supports, see
`grounding_tally`), mean words, p50/p95 latency, and tokens and estimated cost where the provider
reports usage (`last_usage`, as `LLMDrafter` does). `EvalReport.table_rows()` is what the CLI
prints; `EvalReport.grounding_rate` is what CI holds to 1.0 for the offline provider.

A draft that fails is asked for once more with the failures as feedback (as `produce_draft`
does), and the share that pass then is reported too; every other number is about first drafts.
"""

from __future__ import annotations

import json
import math
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from drafting.base import DraftingFailed, DraftProvider, OutreachDraft
from drafting.context import AccountFacts, ContactFacts, DraftContext, HistoryFact, SenderFacts
from drafting.facts import ground
from drafting.guardrails import (
    GuardrailPolicy,
    check_draft,
    check_names,
    count_words,
)
from signals.model import SignalEvent

CASES_FILE = Path(__file__).with_name("eval_cases.jsonl")

#: The sender every bundled case is written as, unless the case names its own.
DEFAULT_SENDER = SenderFacts(
    name="Sam Lee",
    email="sam@vendorly.example",
    company="Vendorly",
    value_proposition="Vendorly helps revenue teams act on buying signals the day they happen",
)


@dataclass(frozen=True)
class Price:
    """USD per million tokens."""

    input_per_mtok: float
    output_per_mtok: float


#: List prices in USD per 1M tokens (OpenAI's published prices as of 2025). Override with the
#: `prices` argument of `run_eval`; a model not listed gets no cost estimate, not a guess.
DEFAULT_PRICES: dict[str, Price] = {
    "gpt-4o-mini": Price(0.15, 0.60),
    "gpt-4o": Price(2.50, 10.00),
    "gpt-4.1": Price(2.00, 8.00),
    "gpt-4.1-mini": Price(0.40, 1.60),
    "gpt-4.1-nano": Price(0.10, 0.40),
    "gpt-3.5-turbo": Price(0.50, 1.50),
}


def price_for(model: str | None, prices: Mapping[str, Price]) -> Price | None:
    """The price of `model`: an exact entry, else the longest entry it starts with
    ("gpt-4o-mini-2024-07-18" -> "gpt-4o-mini")."""
    if not model:
        return None
    if model in prices:
        return prices[model]
    matches = [name for name in prices if model.startswith(name)]
    return prices[max(matches, key=len)] if matches else None


# --------------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------------


class EvalCaseError(ValueError):
    """A cases file that cannot be used; the message names the file and line."""


class EvalCase(BaseModel):
    """One signal, the account and contact it is about, and what a good draft must respect."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    note: str = ""
    tags: list[str] = Field(default_factory=list)
    #: SignalEvent fields; `source` and `ref` default to "eval" and the case id.
    signal: dict[str, Any]
    account: AccountFacts
    contact: ContactFacts
    #: The contact's CRM lifecycle stage ("lead", "opportunity", "customer", ...).
    lifecycle_stage: str | None = None
    persona: str | None = None
    sender: SenderFacts | None = None
    allowed_urls: list[str] = Field(default_factory=list)
    instruction: str | None = None
    #: Past interactions with the contact (meetings, replies) that may ground references to them.
    history: list[HistoryFact] = Field(default_factory=list)

    def event(self) -> SignalEvent:
        return SignalEvent.model_validate({"source": "eval", "ref": self.id, **self.signal})

    def context(self) -> DraftContext:
        ctx = DraftContext.from_event(
            self.event(),
            account=self.account,
            contact=self.contact,
            sender=self.sender or DEFAULT_SENDER,
            persona=self.persona,
            allowed_urls=self.allowed_urls,
            instruction=self.instruction,
        )
        updates: dict[str, Any] = {"history": list(self.history)}
        if self.lifecycle_stage:
            updates["lifecycle_stage"] = self.lifecycle_stage
        return ctx.model_copy(update=updates)


def load_cases(path: Path | str | None = None) -> list[EvalCase]:
    """Cases from a JSON Lines file (default: the bundled set). Blank lines are skipped."""
    path = Path(path) if path is not None else CASES_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise EvalCaseError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    cases: list[EvalCase] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            case = EvalCase.model_validate(json.loads(line))
            case.context()  # a case whose signal or context is invalid fails here, with its line
        except json.JSONDecodeError as exc:
            raise EvalCaseError(f"{path.name} line {number}: not JSON ({exc.msg})") from exc
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "case"
            raise EvalCaseError(f"{path.name} line {number}: {where}: {first['msg']}") from exc
        if case.id in seen:
            raise EvalCaseError(f"{path.name} line {number}: case id {case.id!r} is also on line {seen[case.id]}")
        seen[case.id] = number
        cases.append(case)
    if not cases:
        raise EvalCaseError(f"{path}: no cases")
    return cases


# --------------------------------------------------------------------------------------------
# Grounding: claims against typed facts
# --------------------------------------------------------------------------------------------


def grounding_tally(draft: OutreachDraft, ctx: DraftContext) -> tuple[int, list[str]]:
    """(claims the draft makes, the unsupported ones as "'text': why").

    The claims are extracted by `drafting.claims` and judged by `drafting.facts` against the
    context's typed facts: amounts with their meaning, rounds, investors and their role, dates,
    counts of what they count, events, past interactions, names. None of it is shared with the
    offline drafter, which writes from the context's facts with its own templates: a 100% rate
    means every claim is true of the evidence, not that the checker agrees with the writer.
    """
    verdicts = ground(f"{draft.subject}\n{draft.body}", ctx)
    return len(verdicts), [f"{v.claim.text!r}: {v.problem}" for v in verdicts if v.problem]


# --------------------------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------------------------


@dataclass
class CaseResult:
    case_id: str
    kind: str
    tags: list[str]
    #: None when the provider raised instead of drafting.
    draft: OutreachDraft | None
    failed_checks: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    error: str | None = None
    #: None when the first draft passed (no second attempt was needed or made).
    passed_after_regeneration: bool | None = None
    latency_s: float = 0.0
    usage: list[dict[str, int]] = field(default_factory=list)
    claims: int = 0
    unsupported: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.draft is not None and not self.failed_checks and self.error is None


def _percentile(values: Sequence[float], pct: float) -> float | None:
    """Nearest-rank percentile: the smallest value with at least pct% of values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({(part / whole if whole else 1.0):.1%})"


def _seconds(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


@dataclass
class EvalReport:
    provider: str
    model: str | None
    checks: list[str]
    results: list[CaseResult]
    prices: Mapping[str, Price] = field(default_factory=lambda: dict(DEFAULT_PRICES))

    # ---- counts and rates ------------------------------------------------------------------

    @property
    def cases(self) -> int:
        return len(self.results)

    @property
    def errors(self) -> list[CaseResult]:
        return [r for r in self.results if r.error is not None]

    @property
    def passed(self) -> int:
        return sum(1 for r in self.results if r.passed)

    @property
    def pass_rate(self) -> float:
        return self.passed / self.cases if self.cases else 1.0

    def check_passes(self, name: str) -> int:
        """Cases whose first draft passed `name` (a provider error counts as a failure)."""
        return sum(1 for r in self.results if r.draft is not None and name not in r.failed_checks)

    @property
    def check_pass_rates(self) -> dict[str, float]:
        return {name: (self.check_passes(name) / self.cases if self.cases else 1.0) for name in self.checks}

    @property
    def passed_after_regeneration(self) -> int:
        return self.passed + sum(1 for r in self.results if r.passed_after_regeneration)

    @property
    def claims(self) -> int:
        return sum(r.claims for r in self.results)

    @property
    def unsupported_claims(self) -> int:
        return sum(len(r.unsupported) for r in self.results)

    @property
    def grounding_rate(self) -> float:
        """Share of the claims in the first drafts that a typed fact of the context supports.

        1.0 when the drafts claim nothing at all (nothing unsupported). A case the provider
        failed to draft contributes no claims; it shows up in `errors` and the pass rates.
        """
        total = self.claims
        return 1.0 if total == 0 else (total - self.unsupported_claims) / total

    @property
    def mean_words(self) -> float | None:
        words = [count_words(r.draft.body) for r in self.results if r.draft is not None]
        return sum(words) / len(words) if words else None

    @property
    def latencies(self) -> list[float]:
        return [r.latency_s for r in self.results if r.draft is not None]

    @property
    def latency_p50_s(self) -> float | None:
        return _percentile(self.latencies, 50)

    @property
    def latency_p95_s(self) -> float | None:
        return _percentile(self.latencies, 95)

    @property
    def calls_with_usage(self) -> int:
        return sum(len(r.usage) for r in self.results)

    @property
    def input_tokens(self) -> int:
        return sum(u.get("input_tokens", 0) for r in self.results for u in r.usage)

    @property
    def output_tokens(self) -> int:
        return sum(u.get("output_tokens", 0) for r in self.results for u in r.usage)

    @property
    def price(self) -> Price | None:
        return price_for(self.model, self.prices)

    @property
    def estimated_cost_usd(self) -> float | None:
        """Cost of every call that reported usage, at the model's list price; None if unknown."""
        price = self.price
        if price is None or not self.calls_with_usage:
            return None
        return (self.input_tokens * price.input_per_mtok + self.output_tokens * price.output_per_mtok) / 1_000_000

    @property
    def prompt_versions(self) -> Counter[str]:
        return Counter(r.draft.prompt_version or "-" for r in self.results if r.draft is not None)

    # ---- output ------------------------------------------------------------------------------

    def table_rows(self) -> list[tuple[str, str]]:
        """(metric, value) rows for one provider, in the order the CLI prints them."""
        who = f"{self.provider} ({self.model})" if self.model else self.provider
        versions = sorted(self.prompt_versions)
        shown = ", ".join(versions[:3]) + (f" and {len(versions) - 3} more" if len(versions) > 3 else "")
        rows: list[tuple[str, str]] = [
            ("provider", who),
            ("cases", str(self.cases)),
            ("prompt versions", shown or "-"),
            ("drafts passing every check", _share(self.passed, self.cases)),
        ]
        rows.extend((f"check: {name}", _share(self.check_passes(name), self.cases)) for name in self.checks)
        if self.passed < self.cases:
            rows.append(("passing after one regeneration", _share(self.passed_after_regeneration, self.cases)))
        rows.append(("provider errors", str(len(self.errors))))
        supported = self.claims - self.unsupported_claims
        rows.append(("grounding rate", f"{self.grounding_rate:.1%} ({supported}/{self.claims} claims supported)"))
        mean = self.mean_words
        rows.append(("words (mean)", f"{mean:.1f}" if mean is not None else "-"))
        rows.append(("latency p50 / p95", f"{_seconds(self.latency_p50_s)} / {_seconds(self.latency_p95_s)}"))
        if self.calls_with_usage:
            rows.append(
                (
                    "tokens (input / output)",
                    f"{self.input_tokens:,} / {self.output_tokens:,} over {self.calls_with_usage} call(s)",
                )
            )
            cost = self.estimated_cost_usd
            price = self.price
            if cost is not None and price is not None:
                rows.append(
                    (
                        "estimated cost",
                        f"${cost:.4f} total, ${cost / self.cases:.5f} per case "
                        f"(${price.input_per_mtok:g} / ${price.output_per_mtok:g} per 1M tokens)",
                    )
                )
            else:
                rows.append(("estimated cost", f"n/a (no price for {self.model or 'this model'})"))
        else:
            rows.append(("tokens (input / output)", "not reported"))
        return rows

    def failure_rows(self) -> list[tuple[str, str, str]]:
        """(case id, kind, what went wrong) for every case whose first draft did not pass."""
        rows: list[tuple[str, str, str]] = []
        for r in self.results:
            if r.passed:
                continue
            what = r.error if r.error is not None else "; ".join(r.reasons)
            rows.append((r.case_id, r.kind, what))
        return rows

    def as_dict(self) -> dict[str, Any]:
        return {
            "provider": self.provider,
            "model": self.model,
            "cases": self.cases,
            "passed": self.passed,
            "pass_rate": self.pass_rate,
            "check_pass_rates": self.check_pass_rates,
            "passed_after_regeneration": self.passed_after_regeneration,
            "errors": [{"case": r.case_id, "reason": r.error} for r in self.errors],
            "grounding_rate": self.grounding_rate,
            "claims": self.claims,
            "unsupported_claims": self.unsupported_claims,
            "unsupported": [{"case": r.case_id, "claim": u} for r in self.results for u in r.unsupported],
            "mean_words": self.mean_words,
            "latency_p50_s": self.latency_p50_s,
            "latency_p95_s": self.latency_p95_s,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "estimated_cost_usd": self.estimated_cost_usd,
            "prompt_versions": dict(self.prompt_versions),
            "failures": [{"case": c, "kind": k, "why": w} for c, k, w in self.failure_rows()],
        }


def _describe(exc: BaseException) -> str:
    if isinstance(exc, DraftingFailed):
        return exc.reason
    return f"{type(exc).__name__}: {exc}".strip()


def _usage_of(provider: DraftProvider) -> dict[str, int] | None:
    usage = getattr(provider, "last_usage", None)
    return dict(usage) if isinstance(usage, Mapping) and usage else None


def run_eval(
    provider: DraftProvider,
    cases: Iterable[EvalCase],
    policy: GuardrailPolicy | None = None,
    *,
    prices: Mapping[str, Price] | None = None,
    regenerate: bool = True,
    progress: Callable[[int, int], None] | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> EvalReport:
    """Draft every case with `provider`, check each first draft, and summarise.

    Never raises for a provider failure: the case is recorded with the reason. With
    `regenerate`, a failing first draft is asked for once more with the failures as feedback.
    """
    policy = policy or GuardrailPolicy()
    items = list(cases)
    results: list[CaseResult] = []
    model: str | None = getattr(provider, "model", None)
    for done, case in enumerate(items, start=1):
        ctx = case.context()
        result = CaseResult(case_id=case.id, kind=ctx.signal_kind, tags=list(case.tags), draft=None)
        started = clock()
        try:
            draft = provider.draft(ctx)
            if not isinstance(draft, OutreachDraft):
                raise TypeError(f"provider returned {type(draft).__name__}, not an OutreachDraft")
        except Exception as exc:  # a provider failure is a result, not a crash of the run
            result.error = _describe(exc)
            result.latency_s = clock() - started
        else:
            result.latency_s = clock() - started
            result.draft = draft
            model = model or draft.model
            usage = _usage_of(provider)
            if usage:
                result.usage.append(usage)
            report = check_draft(draft, ctx, policy)
            result.failed_checks = report.failed_checks
            result.reasons = report.failures()
            result.claims, result.unsupported = grounding_tally(draft, ctx)
            if not report.passed and regenerate:
                try:
                    second = provider.draft(ctx, feedback=tuple(report.failures()))
                    result.passed_after_regeneration = isinstance(second, OutreachDraft) and check_draft(
                        second, ctx, policy
                    ).passed
                    usage = _usage_of(provider)
                    if usage:
                        result.usage.append(usage)
                except Exception:
                    result.passed_after_regeneration = False
        results.append(result)
        if progress is not None:
            progress(done, len(items))
    name = getattr(provider, "name", type(provider).__name__)
    return EvalReport(
        provider=str(name),
        model=model,
        checks=check_names(),
        results=results,
        prices=dict(prices) if prices is not None else dict(DEFAULT_PRICES),
    )
