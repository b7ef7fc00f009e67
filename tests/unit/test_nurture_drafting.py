"""Step drafts: the offline template is grounded and passes every guardrail, links only its asset,
and the LLM prompt templates for steps load and teach drafts that pass."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from agent.nurture.content import parse_content
from drafting.base import OutreachDraft
from drafting.context import AccountFacts, ContactFacts, SenderFacts
from drafting.guardrails import GuardrailPolicy, check_draft
from drafting.nurture import NURTURE_KIND, draft_step, step_context, step_policy
from drafting.offline import OfflineDrafter
from drafting.produce import produce_draft
from drafting.prompts import STAGES, load_prompt, render

ROOT = Path(__file__).resolve().parents[2]
PERSONAS = ["VP Sales", "Head of Revenue Operations", "Chief Revenue Officer"]
LIBRARY = parse_content((ROOT / "agent" / "demo_data" / "content.toml").read_text(), personas=PERSONAS)
NOW = datetime(2030, 1, 7, 9, tzinfo=UTC)
SENDER = SenderFacts(name="Dana Rep", email="dana@example.com", company="Outrider Demo")
PEOPLE = [
    ContactFacts(first_name="Maya", last_name="Okafor", email="maya@northwind.example", title="VP of Sales"),
    ContactFacts(first_name="Priya", last_name="Raman", email="priya@brightpath.example", title="Head of RevOps"),
    ContactFacts(first_name="Jean-Luc", last_name="O'Neil", email="jl@x.example", title=None),
]


def context(asset_id: str, contact: ContactFacts, *, purpose: str = "educate", step: int = 1, history=()):  # type: ignore[no-untyped-def]
    asset = LIBRARY.get(asset_id)
    assert asset is not None
    return step_context(
        asset_id=asset.id, asset_title=asset.title, asset_url=asset.url, asset_stage=asset.stage,
        asset_facts=asset.facts, sequence="educate", purpose=purpose, step=step,
        account=AccountFacts(name="Northwind Analytics", domain="northwind.example"), contact=contact,
        sender=SENDER, now=NOW, history=history,
    )


@pytest.mark.parametrize("purpose", ["welcome", "educate", "high_intent", "re_engage", "reactivation"])
@pytest.mark.parametrize("contact", PEOPLE, ids=lambda c: c.first_name)
def test_every_asset_drafts_offline_through_every_guardrail(purpose: str, contact: ContactFacts) -> None:
    policy = step_policy(GuardrailPolicy(allowed_urls=["https://elsewhere.example/ok"]))
    for asset in LIBRARY.assets:
        for step in (1, 2, 3):
            ctx = context(asset.id, contact, purpose=purpose, step=step,
                          history=["2030-01-02: email click https://outrider-demo.example/pricing"])
            produced = produce_draft(ctx, OfflineDrafter(), policy=policy)
            assert produced.report.passed, (asset.id, produced.report.failures())
            assert produced.fallback_reason is None
            body = produced.draft.body
            assert body.count(asset.url) == 1 and len(re.findall(r"https?://", body)) == 1
            assert produced.draft.evidence_ids[0] == "E1" and produced.draft.body.count("?") == 1
            assert "2030-01-02" not in body  # the history is context, never quoted


def test_the_offline_drafter_hands_steps_to_the_step_template_and_is_deterministic() -> None:
    ctx = context("pricing-guide", PEOPLE[0], step=2)
    assert ctx.signal_kind == NURTURE_KIND and ctx.allowed_urls == ["https://outrider-demo.example/pricing/guide"]
    first = OfflineDrafter().draft(ctx)
    assert first == draft_step(ctx) == OfflineDrafter().draft(ctx)
    assert first.subject == "What signal-based outreach costs, line by line"
    assert "The guide breaks the cost of signal-based outreach into data, tooling and rep time." in first.body


def test_only_the_steps_asset_may_be_linked() -> None:
    ctx = context("signals-101", PEOPLE[0])
    policy = step_policy(GuardrailPolicy(allowed_urls=["https://outrider-demo.example/pricing"]))
    good = draft_step(ctx)
    bad = good.model_copy(update={"body": good.body.replace("Best,", "Plans: https://outrider-demo.example/pricing\n\nBest,")})
    assert check_draft(good, ctx, policy).passed
    report = check_draft(bad, ctx, policy)
    assert "links" in report.failed_checks and not report.passed
    # The workspace-wide link is still fine for a signal draft; the step policy is what removes it.
    assert not policy.allowed_urls


def test_a_long_title_is_cut_at_a_word_for_the_subject() -> None:
    ctx = context("signals-101", PEOPLE[0])
    ctx = ctx.model_copy(update={"evidence": [ctx.evidence[0].model_copy(update={"text": "A very long title " * 6}), *ctx.evidence[1:]]})
    draft = draft_step(ctx, max_subject_chars=30)
    assert len(draft.subject) <= 30 and draft.subject == "A very long title A very long"


@pytest.mark.parametrize("stage", STAGES)
def test_step_prompt_templates_load_render_and_their_examples_pass(stage: str) -> None:
    prompt = load_prompt(NURTURE_KIND, stage)
    assert prompt.version == f"nurture_step.{stage}.v1" and len(prompt.examples) >= 2
    for example in prompt.examples:
        ctx = example.context(NURTURE_KIND)
        link = next(e.text for e in example.evidence if e.label == "asset_link")
        ctx = ctx.model_copy(update={"allowed_urls": [link]})
        report = check_draft(OutreachDraft(**example.draft), ctx, step_policy(GuardrailPolicy()))
        assert report.passed, report.failures()
    messages = render(prompt, context("pricing-guide", PEOPLE[1], step=2), policy=step_policy(GuardrailPolicy()))
    assert "https://outrider-demo.example/pricing/guide" in messages[0]["content"]  # the one allowed link
    assert '[E1] asset_title: "What signal-based outreach costs, line by line"' in messages[1]["content"]
