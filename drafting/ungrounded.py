"""The ungrounded-draft set: hand-written drafts that state something the evidence does not, and
must fail the `grounding` check; and the positive set they are measured against.

Each line of `ungrounded_cases.jsonl` names a bundled eval case and one sentence that is false of
it in meaning while looking grounded as tokens ("fifty million dollars" against $45M, "the seed
round with Sequoia Capital" against a Series B, "when we spoke in March" with no history). The
sentence is put into an otherwise ordinary draft (greeting, one question, sign-off) and the draft
is held to every guardrail: it must fail `grounding`, and the failure must name `expect`.

`run_ungrounded()` reports the cases that wrongly passed (escapes) and, as the positive set, the
bundled eval cases whose offline draft does *not* pass every check (there must be none).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from drafting.base import OutreachDraft
from drafting.eval import EvalCase, load_cases
from drafting.guardrails import GuardrailPolicy, check_draft
from drafting.offline import OfflineDrafter

UNGROUNDED_FILE = Path(__file__).with_name("ungrounded_cases.jsonl")
CTA = "Would a short call next week be useful?"


class UngroundedCaseError(ValueError):
    """A set file that cannot be used; the message names the file and line."""


class UngroundedCase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    #: The bundled eval case whose evidence the sentence is false of.
    case: str = Field(min_length=1)
    #: The ungrounded sentence, as a draft would write it.
    text: str = Field(min_length=1)
    #: What the grounding failure must name (the claim as written).
    expect: str = Field(min_length=1)
    note: str = ""

    def draft(self, case: EvalCase) -> OutreachDraft:
        ctx = case.context()
        body = f"Hi {ctx.contact.first_name},\n\n{self.text}\n\n{CTA}\n\n{ctx.sender.name}"
        return OutreachDraft(
            subject="A quick note",
            body=body,
            call_to_action=CTA,
            evidence_ids=[ctx.evidence[0].id] if ctx.evidence else [],
            provider="ungrounded-set",
        )


def load_ungrounded(path: Path | str | None = None) -> list[UngroundedCase]:
    path = Path(path) if path is not None else UNGROUNDED_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UngroundedCaseError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    known = {c.id for c in load_cases()}
    out: list[UngroundedCase] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = UngroundedCase.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            raise UngroundedCaseError(f"{path.name} line {number}: not JSON ({exc.msg})") from exc
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "case"
            raise UngroundedCaseError(f"{path.name} line {number}: {where}: {first['msg']}") from exc
        if item.case not in known:
            raise UngroundedCaseError(f"{path.name} line {number}: there is no bundled eval case {item.case!r}")
        if item.id in seen:
            raise UngroundedCaseError(f"{path.name} line {number}: id {item.id!r} is used twice")
        seen.add(item.id)
        out.append(item)
    if not out:
        raise UngroundedCaseError(f"{path}: no cases")
    return out


@dataclass
class UngroundedResult:
    case: UngroundedCase
    #: The grounding check's reason (a failure is what we want).
    reason: str
    grounding_failed: bool

    @property
    def named(self) -> bool:
        """The failure names the claim it was written for."""
        return self.case.expect.casefold() in self.reason.casefold()

    @property
    def caught(self) -> bool:
        return self.grounding_failed and self.named


@dataclass
class UngroundedReport:
    results: list[UngroundedResult]
    #: Bundled eval cases whose offline draft fails a check: (case id, failures).
    positive_failures: list[tuple[str, list[str]]] = field(default_factory=list)
    positive_cases: int = 0

    @property
    def escaped(self) -> list[UngroundedResult]:
        return [r for r in self.results if not r.caught]

    @property
    def ok(self) -> bool:
        return not self.escaped and not self.positive_failures

    def as_dict(self) -> dict[str, Any]:
        return {
            "cases": len(self.results),
            "caught": len(self.results) - len(self.escaped),
            "escaped": [
                {"id": r.case.id, "text": r.case.text, "expect": r.case.expect, "grounding": r.reason}
                for r in self.escaped
            ],
            "positive_cases": self.positive_cases,
            "positive_failures": [{"case": c, "failures": f} for c, f in self.positive_failures],
        }


def run_ungrounded(
    cases: Iterable[UngroundedCase] | None = None, policy: GuardrailPolicy | None = None
) -> UngroundedReport:
    """Hold every ungrounded draft to the guardrails, and every bundled case's offline draft too."""
    policy = policy or GuardrailPolicy()
    evals = {c.id: c for c in load_cases()}
    results: list[UngroundedResult] = []
    for item in cases if cases is not None else load_ungrounded():
        base = evals[item.case]
        report = check_draft(item.draft(base), base.context(), policy)
        grounding = report.result("grounding")
        assert grounding is not None
        results.append(UngroundedResult(item, grounding.reason, not grounding.passed))
    drafter = OfflineDrafter(max_subject_chars=policy.max_subject_chars, max_body_words=policy.max_body_words)
    positives: list[tuple[str, list[str]]] = []
    for case in evals.values():
        ctx = case.context()
        report = check_draft(drafter.draft(ctx), ctx, policy)
        if not report.passed:
            positives.append((case.id, report.failures()))
    return UngroundedReport(results, positives, len(evals))
