"""The lead score, as one pure function: fit + engagement + account signals - negatives, decayed.

Nothing here reads the database or the clock. An event or a signal becomes *contributions*
(points in a named bucket on a day); contributions are added to a contact's *ledger*; the score
is computed from the ledger, the contact's facts and `now`. Adding is commutative, so the ledger a
contact gets from events applied one by one as they arrive is the ledger a full recompute from
history gives, whatever the order: that is what keeps the incremental score and `leads rescore`
in agreement (a property test holds them to it).

Points are kept in hundredths (integers) so the sums are exact.

Buckets:
    ``event:{type}:{day}``      base points of an event type on a day, capped by `daily_cap`
    ``url:{pattern}:{day}``     a URL rule ("/pricing"), counted once per pattern per day
    ``signal:{kind}:{id}``      a signal at the contact's account; the strongest of each kind counts
    ``neg:{rule}``              unsubscribe / hard bounce: counted once, never decays
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from signals.model import as_utc

CENTS = 100
_DAY_S = 86_400.0

#: How a reason names an event type.
EVENT_LABELS: dict[str, str] = {
    "page_view": "page view",
    "form_submit": "form submitted",
    "demo_request": "demo request",
    "content_download": "content download",
    "webinar_attended": "webinar attended",
    "email_open": "e-mail opened",
    "email_click": "e-mail link clicked",
    "reply": "replied",
    "meeting_booked": "meeting booked",
    "unsubscribe": "unsubscribed",
    "bounce": "e-mail bounced",
}

SIGNAL_LABELS: dict[str, str] = {
    "funding": "funding round",
    "new_role": "new job posting",
    "hiring_surge": "hiring surge",
    "role_closed": "posting closed",
    "job_change": "job change",
    "intent_spike": "intent surge",
    "tech_installed": "technology installed",
    "tech_removed": "technology removed",
}

#: Event types whose URL is matched against `[scoring] urls`.
URL_EVENT_TYPES = frozenset({"page_view", "email_click", "content_download", "form_submit"})


class ScoringRules(Protocol):
    """What the score needs from `[scoring]` (agent.config.ScoringConfig satisfies it)."""

    mql_threshold: float
    rearm_margin: float
    half_life_days: float
    events: Mapping[str, float]
    urls: Mapping[str, float]
    signals: Mapping[str, float]
    negatives: Mapping[str, float]
    daily_cap: Mapping[str, float]
    fit_points: float
    competitor_domains: Sequence[str]
    excluded_titles: Sequence[str]


@dataclass(frozen=True, slots=True)
class EventFacts:
    """One engagement event, as scoring sees it."""

    type: str
    occurred_at: datetime
    url: str | None = None
    properties: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SignalFacts:
    """One signal at the contact's account, as scoring sees it."""

    id: int
    kind: str
    occurred_at: datetime
    title: str = ""


@dataclass(frozen=True, slots=True)
class Contribution:
    bucket: str
    cents: int
    at: datetime
    label: str
    #: The most a bucket may hold (hundredths); None: no cap.
    cap: int | None = None
    decays: bool = True


@dataclass(frozen=True, slots=True)
class ContactFacts:
    """What the negative rules look at."""

    email: str
    title: str | None = None
    #: Free-mail domain (gmail.com...): decided by the caller, which knows the list.
    personal_email: bool = False


@dataclass(frozen=True, slots=True)
class LeadScore:
    value: float
    #: One line per rule that counted, with its date: "+25 pricing page (/pricing) on 2026-12-01".
    reasons: list[str]
    #: Points by part: fit, engagement, signals, negatives.
    parts: dict[str, float]


def _cents(points: float) -> int:
    return int(round(points * CENTS))


def _day(at: datetime) -> str:
    return as_utc(at).date().isoformat()


def is_hard_bounce(properties: Mapping[str, Any]) -> bool:
    """A bounce is hard unless the sender says soft/transient (RFC 3464 status 4.x.x)."""
    kind = str(properties.get("bounce_type") or properties.get("kind") or properties.get("type") or "").lower()
    status = str(properties.get("status") or "")
    if kind in {"soft", "transient", "temporary"} or status.startswith("4"):
        return False
    return True


def event_contributions(event: EventFacts, rules: ScoringRules) -> list[Contribution]:
    """What one event adds to a ledger."""
    at = as_utc(event.occurred_at)
    day = _day(at)
    label = EVENT_LABELS.get(event.type, event.type.replace("_", " "))
    out: list[Contribution] = []
    if event.type == "unsubscribe":
        points = rules.negatives.get("unsubscribe", 0)
        if points:
            out.append(Contribution("neg:unsubscribe", _cents(points), at, "unsubscribed", cap=None, decays=False))
        return out
    if event.type == "bounce":
        points = rules.negatives.get("hard_bounce", 0)
        if points and is_hard_bounce(event.properties):
            out.append(Contribution("neg:hard_bounce", _cents(points), at, "hard bounce", cap=None, decays=False))
        return out
    base = rules.events.get(event.type, 0)
    if base:
        cap = rules.daily_cap.get(event.type)
        out.append(
            Contribution(f"event:{event.type}:{day}", _cents(base), at, label, cap=_cents(cap) if cap is not None else None)
        )
    if event.url and event.type in URL_EVENT_TYPES:
        url = event.url.lower()
        for pattern, points in rules.urls.items():
            if points and pattern.lower() in url:
                # Once per pattern per day: fifty reloads of /pricing are one pricing visit.
                out.append(
                    Contribution(f"url:{pattern}:{day}", _cents(points), at, f"visited {pattern}", cap=_cents(points))
                )
    return out


def signal_contribution(signal: SignalFacts, rules: ScoringRules) -> Contribution | None:
    points = rules.signals.get(signal.kind, 0)
    if not points:
        return None
    label = SIGNAL_LABELS.get(signal.kind, signal.kind.replace("_", " "))
    if signal.title:
        label = f"{label}: {signal.title[:80]}"
    return Contribution(f"signal:{signal.kind}:{signal.id}", _cents(points), as_utc(signal.occurred_at), label, cap=_cents(points))


def add_to_ledger(ledger: dict[str, Any], contributions: Iterable[Contribution]) -> dict[str, Any]:
    """Add contributions to a ledger (a JSON-able dict, changed in place and returned).

    A bucket keeps its raw sum, its cap, the latest time anything landed in it, and its label;
    each of these is order-independent (sum, constant, max, the label of the latest).
    """
    for c in contributions:
        entry = ledger.get(c.bucket)
        at = as_utc(c.at).isoformat()
        if entry is None:
            ledger[c.bucket] = {"cents": c.cents, "cap": c.cap, "at": at, "label": c.label, "decays": c.decays, "n": 1}
            continue
        entry["cents"] += c.cents
        entry["n"] = int(entry.get("n", 1)) + 1
        if at > entry["at"] or (at == entry["at"] and c.label < entry["label"]):
            entry["at"], entry["label"] = at, c.label
    return ledger


def decay_factor(at: datetime, now: datetime, half_life_days: float) -> float:
    age_days = max((as_utc(now) - as_utc(at)).total_seconds() / _DAY_S, 0.0)
    return math.pow(0.5, age_days / half_life_days)


def _capped(entry: Mapping[str, Any]) -> int:
    cents = int(entry["cents"])
    cap = entry.get("cap")
    if cap is None:
        return cents
    return min(cents, int(cap)) if cents >= 0 else max(cents, int(cap))


def score_lead(
    ledger: Mapping[str, Any],
    contact: ContactFacts,
    rules: ScoringRules,
    *,
    now: datetime,
    fit: float | None = None,
) -> LeadScore:
    """The score of one lead at `now`, with a reason per rule that counted."""
    now = as_utc(now)
    reasons: list[tuple[float, str]] = []
    parts = {"fit": 0.0, "engagement": 0.0, "signals": 0.0, "negatives": 0.0}

    if fit is not None and rules.fit_points:
        points = round(max(0.0, min(fit, 100.0)) / 100.0 * rules.fit_points, 2)
        parts["fit"] = points
        if points:
            reasons.append((points, f"+{points:.0f} ICP fit {fit:.0f}/100"))

    best_signal: dict[str, tuple[float, str]] = {}
    for bucket, entry in sorted(ledger.items()):
        raw = _capped(entry) / CENTS
        if raw == 0:
            continue
        at = datetime.fromisoformat(entry["at"])
        decayed = raw * decay_factor(at, now, rules.half_life_days) if entry.get("decays", True) else raw
        when = at.date().isoformat()
        if bucket.startswith("signal:"):
            kind = bucket.split(":", 2)[1]
            line = f"+{decayed:.0f} {entry['label']} ({when}, {raw:.0f} before decay)"
            if kind not in best_signal or decayed > best_signal[kind][0]:
                best_signal[kind] = (decayed, line)
            continue
        if bucket.startswith("neg:"):
            parts["negatives"] += decayed
            reasons.append((decayed, f"{decayed:.0f} {entry['label']} on {when}"))
            continue
        parts["engagement"] += decayed
        times = f" x{entry['n']}" if int(entry.get("n", 1)) > 1 else ""
        capped = " (daily cap)" if entry.get("cap") is not None and int(entry["cents"]) > int(entry["cap"]) and bucket.startswith("event:") else ""
        decay_note = f", {raw:.0f} before decay" if abs(decayed - raw) >= 0.5 else ""
        reasons.append((decayed, f"+{decayed:.0f} {entry['label']}{times} on {when}{capped}{decay_note}"))
    for decayed, line in best_signal.values():
        parts["signals"] += decayed
        reasons.append((decayed, line))

    email = contact.email.lower()
    domain = email.rpartition("@")[2]
    competitor = rules.negatives.get("competitor_domain", 0)
    if competitor and any(domain == d or domain.endswith("." + d) for d in rules.competitor_domains):
        parts["negatives"] += competitor
        reasons.append((competitor, f"{competitor:.0f} works at a competitor ({domain})"))
    personal = rules.negatives.get("personal_email", 0)
    if personal and contact.personal_email:
        parts["negatives"] += personal
        reasons.append((personal, f"{personal:.0f} personal e-mail address ({domain})"))
    excluded = rules.negatives.get("excluded_title", 0)
    title = (contact.title or "").lower()
    hit = next((t for t in rules.excluded_titles if t and t.lower() in title), None)
    if excluded and hit:
        parts["negatives"] += excluded
        reasons.append((excluded, f"{excluded:.0f} excluded title ({contact.title})"))

    value = round(sum(parts.values()), 1)
    ordered = [line for _points, line in sorted(reasons, key=lambda r: (-abs(r[0]), r[1]))]
    return LeadScore(value=value, reasons=ordered, parts={k: round(v, 1) for k, v in parts.items()})


def ledger_from_history(
    events: Iterable[EventFacts], signals: Iterable[SignalFacts], rules: ScoringRules
) -> dict[str, Any]:
    """The ledger a contact's whole history gives (what `leads rescore` computes)."""
    ledger: dict[str, Any] = {}
    for event in events:
        add_to_ledger(ledger, event_contributions(event, rules))
    for signal in signals:
        c = signal_contribution(signal, rules)
        if c is not None:
            add_to_ledger(ledger, [c])
    return ledger


def last_engaged(events: Iterable[EventFacts]) -> datetime | None:
    """The last time the person did something positive (not an unsubscribe or a bounce)."""
    times = [as_utc(e.occurred_at) for e in events if e.type not in ("unsubscribe", "bounce")]
    return max(times) if times else None


def band_of(score: float, width: int = 20) -> str:
    """"40-59" for 47; scores below 0 are "<0"."""
    if score < 0:
        return "<0"
    low = int(score // width) * width
    return f"{low}-{low + width - 1}"

