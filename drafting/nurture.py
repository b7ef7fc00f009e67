"""Nurture steps: the draft context for one step of a sequence, and its offline template.

A step is about one content asset, not one signal. Its context carries the asset's title, link and
facts as evidence (E1 the title, E2 the link, then one item per fact), the lead's recent history as evidence
the model may read but the template never quotes, and exactly one allowed link: the asset's.
The offline template writes a short grounded note: the title, one fact, the link, one question.
The LLM drafter reads the `nurture_step` prompt templates; when it fails, `produce_draft` falls
back to the offline drafter, which hands step contexts to `draft_step` here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import datetime

from drafting.base import OutreachDraft
from drafting.context import AccountFacts, ContactFacts, DraftContext, SenderFacts
from drafting.guardrails import GuardrailPolicy, find_injection, normalise_space
from drafting.offline import EXECUTIVE, MARKETING, OTHER, REVOPS, SALES_LEADER, persona_family
from signals.model import Evidence

#: The `signal_kind` of a step's context (and the name of its prompt templates).
NURTURE_KIND = "nurture_step"
PROMPT_VERSION = "nurture-offline-v1"
TITLE, LINK, FACT, HISTORY = "asset_title", "asset_link", "asset_fact", "history"
#: At most this many lines of the lead's history go into a step's context.
MAX_HISTORY = 8

#: How a step opens, by sequence purpose: (first step, later steps). `{title}` is the asset's.
OPENERS: dict[str, tuple[str, str]] = {
    "welcome": ("Thanks for stopping by. A good place to start: {title}.", "One more from the same shelf: {title}."),
    "educate": ("I thought this might be useful: {title}.", "Another one worth a look: {title}."),
    "high_intent": ("As you weigh your options, this may help: {title}.", "One more for the evaluation: {title}."),
    "re_engage": ("It has been a while, so I will keep this short: {title}.", "A short one: {title}."),
    # No "since we spoke": a reference to a past conversation needs a history fact to back it.
    "reactivation": ("This may be timely for you now: {title}.", "A short one: {title}."),
}

#: The one question, by sequence purpose and persona family.
QUESTIONS: dict[str, dict[str, str]] = {
    "welcome": {OTHER: "Is there a topic you would like more on?"},
    "educate": {
        SALES_LEADER: "Would it be useful for how your team plans pipeline?",
        REVOPS: "Would it be useful for how your team runs its process?",
        MARKETING: "Would it be useful for your team's programmes?",
        EXECUTIVE: "Would it be useful for your plans?",
        OTHER: "Would it be useful for your team?",
    },
    "high_intent": {
        REVOPS: "Would a short call to walk through the setup help?",
        OTHER: "Would a short call to walk through it help?",
    },
    "re_engage": {OTHER: "Is this still on your list?"},
    "reactivation": {OTHER: "Worth picking the conversation back up?"},
}


def step_context(
    *,
    asset_id: str,
    asset_title: str,
    asset_url: str,
    asset_stage: str,
    asset_facts: Sequence[str],
    sequence: str,
    purpose: str,
    step: int,
    account: AccountFacts,
    contact: ContactFacts,
    sender: SenderFacts,
    now: datetime,
    history: Iterable[str] = (),
    persona: str | None = None,
    lifecycle_stage: str | None = None,
    instruction: str | None = None,
) -> DraftContext:
    """The context for one step: the asset's title and facts as evidence, its link the only one allowed."""
    evidence = [
        Evidence(id="E1", label=TITLE, text=asset_title, url=asset_url),
        Evidence(id="E2", label=LINK, text=asset_url, url=asset_url),
    ]
    for fact in asset_facts:
        evidence.append(Evidence(id=f"E{len(evidence) + 1}", label=FACT, text=fact, url=asset_url))
    for line in list(history)[:MAX_HISTORY]:
        evidence.append(Evidence(id=f"E{len(evidence) + 1}", label=HISTORY, text=line))
    return DraftContext(
        signal_kind=NURTURE_KIND,
        signal_title=asset_title,
        signal_url=asset_url,
        occurred_at=now,
        facts={
            "asset_id": asset_id,
            "asset_title": asset_title,
            "asset_url": asset_url,
            "stage": asset_stage,
            "sequence": sequence,
            "purpose": purpose,
            "step": step,
        },
        evidence=evidence,
        account=account,
        contact=contact,
        persona=persona,
        lifecycle_stage=lifecycle_stage,
        sender=sender,
        allowed_urls=[asset_url],
        instruction=instruction,
    )


def step_policy(policy: GuardrailPolicy) -> GuardrailPolicy:
    """The workspace's guardrails with no workspace-wide links: a step may link to its asset only."""
    return policy.model_copy(update={"allowed_urls": []})


def is_step(ctx: DraftContext) -> bool:
    return ctx.signal_kind == NURTURE_KIND


def _citable(text: str) -> bool:
    """A fact a template may quote as it is: one statement, nothing instruction-like."""
    return "?" not in text and "\n" not in text and not find_injection(text)


def _subject(title: str, limit: int) -> str:
    title = normalise_space(title)
    if len(title) <= limit:
        return title
    words, out = title.split(), ""
    for word in words:
        candidate = f"{out} {word}".strip()
        if len(candidate) > limit:
            break
        out = candidate
    return out.rstrip(":,;-") or title[:limit]


def draft_step(ctx: DraftContext, *, max_subject_chars: int = 60, max_body_words: int = 120) -> OutreachDraft:
    """The offline step note: deterministic, grounded, one link, one question."""
    facts = ctx.facts
    purpose = str(facts.get("purpose") or "educate")
    step = int(facts.get("step") or 1)
    title_item = next((e for e in ctx.evidence if e.label == TITLE), None)
    title = normalise_space(title_item.text if title_item else ctx.signal_title).rstrip(".")
    url = str(facts.get("asset_url") or ctx.signal_url or "")
    family = persona_family(ctx.persona, ctx.contact.title)
    notes: list[str] = []

    first, later = OPENERS.get(purpose, OPENERS["educate"])
    opener = (first if step == 1 else later).format(title=title)
    cited = [title_item.id] if title_item else []
    citable = [e for e in ctx.evidence if e.label == FACT and _citable(e.text)]
    fact = None
    if citable:
        # Rotate through the facts by step, so two steps about one asset do not repeat themselves.
        digest = hashlib.sha256(f"{ctx.account.name}|{step}".encode()).digest()
        chosen = citable[(step - 1 + digest[0] % 2) % len(citable)] if len(citable) > 1 else citable[0]
        fact = normalise_space(chosen.text)
        fact = fact if fact.endswith((".", "!")) else fact + "."
        cited.append(chosen.id)
        notes.append(f"cites {chosen.id}, one of the asset's facts")
    questions = QUESTIONS.get(purpose, QUESTIONS["educate"])
    question = questions.get(family, questions[OTHER])

    name = normalise_space(ctx.contact.first_name)
    greeting = f"Hi {name}," if name else "Hi there,"
    sender = normalise_space(ctx.sender.name)
    signature = f"Best,\n{sender}" if sender else "Best,"
    link_line = f"You can read it here: {url}" if url else ""

    def body_with(with_fact: bool) -> str:
        middle = " ".join(p for p in (opener, fact if with_fact else None) if p)
        return "\n\n".join(p for p in (greeting, middle, link_line, question, signature) if p)

    body = body_with(fact is not None)
    if fact is not None and len(body.split()) > max_body_words:
        body = body_with(False)
        cited = cited[:1]
        notes.append("left out the fact to stay within the word limit")
    if ctx.instruction:
        notes.append(f"step instruction (followed by the LLM drafter): {normalise_space(ctx.instruction)[:120]}")
    notes.insert(0, f"{purpose.replace('_', ' ')} sequence, step {step}: asset {facts.get('asset_id')}")
    return OutreachDraft(
        subject=_subject(title, max_subject_chars),
        body=body,
        call_to_action=question,
        evidence_ids=cited,
        personalisation_notes=notes,
        provider="offline",
        prompt_version=PROMPT_VERSION,
    )
