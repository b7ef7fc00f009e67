"""Executive appointments from press-release RSS/Atom feeds (PR Newswire, Business Wire, GlobeNewswire, newsrooms).

Source type `press_rss`. Each entry's headline and summary go through
`signals.extract.job_change.explain_appointment`; an appointment becomes a `job_change` event
about the company the release names (the agent resolves it to a watched account, or leaves it
unmatched). Feed handling (conditional GET, feedparser over bytes, size cap, lenient recovery) is
`signals.sources.funding_rss`'s, imported rather than copied.

Decisions:

* facts: ``change`` ("promotion" when the headline says promoted/promotes, "new_executive" for a
  VP, C-level or Head-of title, else "appointment"), ``person``, ``new_title``, ``new_company``,
  ``fractional`` (plus ``confidence`` and ``explanation`` of the company) - the same names the people-file events use, so one drafter template reads both.
* Fractional, interim and acting appointments are emitted, not skipped, with ``fractional: true``
  and a low strength (0.4 instead of 0.85): an interim CFO is still a reason to write, but a
  weaker one, and a reviewer should see it rather than lose it silently.
* Like every feed collector, an entry older than `max_age_days` is recorded as stale (never
  drafted); its date is the entry's published/updated time.
"""

from __future__ import annotations

import re
from typing import Any

from signals.extract.job_change import explain_appointment
from signals.model import SignalEvent, SignalKind
from signals.people import is_executive
from signals.scoring import signal_strength
from signals.sources.base import ReadContext, register
from signals.sources.funding_rss import (
    FeedCollector,
    FeedConfig,
    entry_text,
    entry_time,
)

__all__ = ["FRACTIONAL_STRENGTH", "PressRssCollector"]

#: Strength of a fractional/interim/acting appointment (a full-time one scores via signal_strength).
FRACTIONAL_STRENGTH = 0.4
_PROMOTED = re.compile(r"\bpromot(?:es|ed|ion)\b", re.I)


@register
class PressRssCollector(FeedCollector):
    type = "press_rss"
    description = "Executive appointments from press-release RSS/Atom feeds."

    def _event(self, config: FeedConfig, ctx: ReadContext, entry: Any) -> SignalEvent | None:
        title, summary = entry_text(entry)
        if not title:
            return None
        decision = explain_appointment(f"{title}\n{summary}")
        if decision is None:
            return None
        found = decision.appointment
        if _PROMOTED.search(title):
            change = "promotion"
        elif is_executive(found.title):
            change = "new_executive"
        else:
            change = "appointment"
        facts: dict[str, Any] = {
            "change": change,
            "person": found.person,
            "new_title": found.title,
            "new_company": found.company,
            "fractional": found.fractional,
            "confidence": decision.confidence,
            "explanation": decision.explanation,
        }
        link = entry.get("link") or None
        ref = entry.get("id") or link or title
        occurred = entry_time(entry, ctx.now)
        strength = FRACTIONAL_STRENGTH if found.fractional else signal_strength(SignalKind.JOB_CHANGE, facts)
        return SignalEvent(
            kind=SignalKind.JOB_CHANGE,
            source=config.name,
            occurred_at=occurred,
            title=title,
            url=link,
            ref=str(ref),
            company_name=found.company,
            excerpt=summary,
            facts=facts,
            strength=strength,
            stale=ctx.is_stale(occurred, config.max_age_days),
        )
