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


def draft_reactivation(ctx: DraftContext, drafter: OfflineDrafter) -> OutreachDraft:
    """The reactivation draft for `ctx` (which carries `reactivation` and usually `history`)."""
    from drafting.offline import OfflineDrafter

    found = history_line(list(ctx.history))
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
