"""Offline reactivation drafts: the signal's own template, plus one truthful line about the past.

A dormant lead has a history with the sender's team (meetings, replies, our e-mails, a CRM
activity, a lost deal). The line names only the month of the latest interaction of the
strongest kind the history holds, in words the guardrails tie back to that history fact
("since we last spoke" needs a meeting or call; "since you replied" a reply; "my last note"
an e-mail we sent). No history, no line: the draft is then written like a first touch.
The history's free text (a reply, a lost reason) is never quoted: it is for the reviewer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafting.base import OutreachDraft
from drafting.context import DraftContext, HistoryFact
from drafting.guardrails import count_words

if TYPE_CHECKING:
    from drafting.offline import OfflineDrafter

PROMPT_VERSION = "offline-reactivation-v1"

_MONTHS = (
    "January February March April May June July August September October November December".split()
)

#: (history kinds, sentence) from the strongest reference to the weakest; `{when}` is "March 2026".
LINES: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"meeting", "call", "demo", "conversation", "event"}), "It has been a while since we last spoke, back in {when}."),
    (frozenset({"reply", "response"}), "It has been a while since you replied to my note in {when}."),
    (frozenset({"email"}), "It has been a while since my last note in {when}."),
    (frozenset({"activity", "deal"}), "It has been a while since we were last in touch, back in {when}."),
)


def history_line(history: list[HistoryFact]) -> tuple[str, HistoryFact] | None:
    """The one sentence about the past this history supports, and the fact behind it."""
    for kinds, sentence in LINES:
        found = [h for h in history if h.kind in kinds]
        if found:
            latest = max(found, key=lambda h: h.at)
            when = f"{_MONTHS[latest.at.month - 1]} {latest.at.year}"
            return sentence.format(when=when), latest
    return None


#: A first-party return: the person came back to our site. The e-mail never mentions the visit
#: (no "saw you on our pricing page"): it checks in, with the history line when there is one.
RETURN_SUBJECTS = ("Checking in", "A quick check-in", "Worth a fresh look?")
RETURN_CTAS = {
    "sales_leader": "Would it be worth a short call to compare notes on where pipeline stands this quarter?",
    "revops": "Would a short call about where routing and reporting stand now be useful?",
    "marketing": "Would a short call about where pipeline stands now be useful?",
    "executive": "Would a short conversation about your plans for the next quarter be useful?",
    "other": "Would a short call be useful?",
}


def _return_draft(ctx: DraftContext, drafter: OfflineDrafter, line: str | None) -> OutreachDraft:
    from drafting.offline import _display_name, _value_prop_sentence, persona_family

    family = persona_family(ctx.persona, ctx.contact.title)
    first = _display_name(ctx.contact.first_name)
    greeting = f"Hi {first}," if first else "Hi there,"
    opener = "I wanted to check in, in case the timing looks different now."
    middle = " ".join(p for p in (line, opener) if p)
    cta = RETURN_CTAS.get(family, RETURN_CTAS["other"])
    value = _value_prop_sentence(ctx)
    sender = " ".join(ctx.sender.name.split())
    parts = [greeting, middle, " ".join(p for p in (value, cta) if p), f"Best,\n{sender}" if sender else "Best,"]
    body = "\n\n".join(parts)
    if count_words(body) > drafter.max_body_words:
        parts[2] = cta
        body = "\n\n".join(parts)
    subject = RETURN_SUBJECTS[len(ctx.contact.email) % len(RETURN_SUBJECTS)]
    return OutreachDraft(subject=subject, body=body, call_to_action=cta, evidence_ids=["E1"], provider="offline",
                         personalisation_notes=["a first-party return: the visit itself is not mentioned"],
                         prompt_version=PROMPT_VERSION)


def draft_reactivation(ctx: DraftContext, drafter: OfflineDrafter) -> OutreachDraft:
    """The reactivation draft for `ctx` (which carries `reactivation` and usually `history`)."""
    from drafting.offline import OfflineDrafter

    found = history_line(list(ctx.history))
    if ctx.reactivation is not None and ctx.reactivation.trigger == "return":
        base = _return_draft(ctx, drafter, found[0] if found else None)
        notes = list(base.personalisation_notes)
        if found:
            notes.insert(0, f"reactivation: refers to the {found[1].kind} of {found[1].at.date().isoformat()} in the history")
        return base.model_copy(update={"personalisation_notes": notes})
    line = found[0] if found else None
    room = drafter.max_body_words - (count_words(line) if line else 0)
    base = OfflineDrafter(max_subject_chars=drafter.max_subject_chars, max_body_words=max(room, 30)).draft(
        ctx.model_copy(update={"reactivation": None})
    )
    notes = list(base.personalisation_notes)
    body = base.body
    if found and line:
        greeting, sep, rest = body.partition("\n\n")
        body = f"{greeting}{sep}{line} {rest}" if sep else f"{line}\n\n{body}"
        fact = found[1]
        notes.insert(0, f"reactivation: refers to the {fact.kind} of {fact.at.date().isoformat()} in the history")
    else:
        notes.insert(0, "reactivation with no recorded history: written without any reference to the past")
    trigger = ctx.reactivation.trigger if ctx.reactivation else "signal"
    notes.append(f"wakes a dormant lead (trigger: {trigger.replace('_', ' ')})")
    return base.model_copy(update={"body": body, "personalisation_notes": notes, "prompt_version": PROMPT_VERSION})
