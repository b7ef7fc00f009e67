"""The step decision, pure: an enrolment, the lead's history and `now` in; the next action out.

    active    --due, a branch holds-->           exited (branched) + enrolled in `goto`
    active    --due, no step left-->             completed
    active    --due, no asset fits-->            active (step skipped, next one scheduled)
    active    --due-->                           waiting (the step's draft is in the queue)
    waiting   --draft sent/rejected/expired-->   active (next step due after its wait) | completed
    paused    --return date passed-->            the state it was paused in
    any live  --reply, meeting, mql, ...-->      exited (with the reason)

The service (agent.services.nurture) gathers the facts, calls these functions and writes what
they decide. Nothing here reads a clock or a database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from agent.leads import stages as lead_stages
from agent.leads.scoring import is_hard_bounce
from agent.nurture.content import Asset, Library
from agent.nurture.definitions import Branch, Definitions, SequenceDef, Step
from signals.model import as_utc

ACTIVE, WAITING, PAUSED, EXITED, COMPLETED = "active", "waiting", "paused", "exited", "completed"
STATES: tuple[str, ...] = (ACTIVE, WAITING, PAUSED, EXITED, COMPLETED)
LIVE = frozenset({ACTIVE, WAITING, PAUSED})

#: Exit reasons (the `exit_reason` of an enrolment).
REPLIED, MEETING, MQL, UNSUBSCRIBED, BOUNCED = "replied", "meeting_booked", "mql", "unsubscribed", "bounced"
CUSTOMER, DISQUALIFIED, STOPPED, BRANCHED, DONE = "customer", "disqualified", "stopped", "branched", "completed"
EXIT_REASONS: tuple[str, ...] = (
    REPLIED, MEETING, MQL, UNSUBSCRIBED, BOUNCED, CUSTOMER, DISQUALIFIED, STOPPED, BRANCHED, DONE,
)
#: Exits after which nothing else should reach the person from us, whatever drafted it.
PERSONAL_EXITS = frozenset({REPLIED, MEETING, UNSUBSCRIBED, BOUNCED})

#: A step draft in one of these has been decided; the enrolment can move on.
SETTLED_DRAFT = frozenset({"sent", "rejected", "expired", "withdrawn", "suppressed", "send_failed"})

OPENING_EVENTS = frozenset({"email_open", "email_click", "reply", "meeting_booked"})


# --------------------------------------------------------------------------- facts in


@dataclass(frozen=True, slots=True)
class EventFact:
    type: str
    at: datetime
    url: str | None = None


@dataclass(frozen=True, slots=True)
class LeadFacts:
    """What the decision may know about the lead."""

    persona: str | None = None
    score: float = 0.0
    #: Engagement events of the lead (the decision looks only at those since enrolment).
    events: tuple[EventFact, ...] = ()
    #: Steps of this enrolment that were sent.
    sent_steps: int = 0
    #: Assets already drafted for this lead in any sequence (not offered again).
    used_assets: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class EnrollmentFacts:
    sequence: str
    state: str
    #: The last step reached (drafted or skipped); 0 before the first.
    step: int
    enrolled_at: datetime
    next_at: datetime | None = None
    paused_until: datetime | None = None


# --------------------------------------------------------------------------- actions out


@dataclass(frozen=True, slots=True)
class Wait:
    until: datetime | None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Resume:
    reason: str


@dataclass(frozen=True, slots=True)
class Complete:
    reason: str


@dataclass(frozen=True, slots=True)
class TakeBranch:
    step: int
    goto: str
    reason: str


@dataclass(frozen=True, slots=True)
class Skip:
    step: int
    reason: str
    #: When the step after it is due (None: it was the last step).
    next_at: datetime | None


@dataclass(frozen=True, slots=True)
class DraftStep:
    step: int
    asset: Asset
    expires_at: datetime
    instruction: str | None = None
    why: list[str] = field(default_factory=list)


Action = Wait | Resume | Complete | TakeBranch | Skip | DraftStep


# --------------------------------------------------------------------------- time


def add_days(start: datetime, days: int, *, business: bool) -> datetime:
    """`start` plus `days` calendar days, or `days` weekdays (Monday-Friday) when `business`."""
    start = as_utc(start)
    if not business:
        return start + timedelta(days=days)
    moved = start
    left = days
    while left > 0:
        moved += timedelta(days=1)
        if moved.weekday() < 5:
            left -= 1
    return moved


def step_due(seq: SequenceDef, number: int, since: datetime) -> datetime | None:
    """When step `number` is due, counting its wait from `since`; None past the last step."""
    step = seq.step(number)
    if step is None:
        return None
    return add_days(since, step.wait_days, business=seq.business_days)


def settle(seq: SequenceDef, step: int, at: datetime) -> tuple[str, datetime | None]:
    """After step `step`'s draft was decided (sent, rejected, expired...) at `at`: the next state."""
    due = step_due(seq, step + 1, at)
    return (ACTIVE, due) if due is not None else (COMPLETED, None)


# --------------------------------------------------------------------------- the decision


def decide(
    enrollment: EnrollmentFacts,
    seq: SequenceDef,
    library: Library,
    lead: LeadFacts,
    now: datetime,
    *,
    blocked: frozenset[str] = frozenset(),
) -> Action:
    """What to do with one enrolment at `now`. `blocked` names sequences the lead may not enter."""
    now = as_utc(now)
    if enrollment.state == PAUSED:
        until = enrollment.paused_until
        if until is None or as_utc(until) <= now:
            return Resume("back from out of office" + (f" (returned {as_utc(until):%Y-%m-%d})" if until else ""))
        return Wait(as_utc(until), "out of office")
    if enrollment.state != ACTIVE:
        return Wait(None, f"{enrollment.state}: nothing to do")
    if enrollment.next_at is not None and as_utc(enrollment.next_at) > now:
        return Wait(as_utc(enrollment.next_at), "the next step is not due yet")
    number = enrollment.step + 1
    step = seq.step(number)
    if step is None:
        return Complete(f"completed all {len(seq.steps)} steps")
    since = as_utc(enrollment.enrolled_at)
    for branch in step.branches:
        if branch.goto in blocked:
            continue
        reason = branch_reason(branch, lead, library, since=since, now=now)
        if reason is not None:
            return TakeBranch(number, branch.goto, reason)
    asset, why = pick_asset(step, library, lead)
    if asset is None:
        return Skip(number, why, step_due(seq, number + 1, now))
    expires = add_days(now, seq.approve_within_days, business=seq.business_days)
    return DraftStep(number, asset, expires, step.instruction, [why])


def pick_asset(step: Step, library: Library, lead: LeadFacts) -> tuple[Asset | None, str]:
    """The asset for a step, and why (or why none): a named asset, else the first asset on the
    step's stage that suits the lead's persona and was not sent to the lead before."""
    if step.asset is not None:
        asset = library.get(step.asset)
        if asset is None:
            return None, f"asset {step.asset!r} is not in the content library"
        return asset, f"step {step.number} names asset {asset.id}"
    stage = step.stage or ""
    suitable = [a for a in library.on_stage(stage) if a.suits(lead.persona)]
    # Assets written for the lead's persona before the ones for everyone.
    suitable.sort(key=lambda a: 0 if lead.persona is not None and lead.persona in a.personas else 1)
    for asset in suitable:
        if asset.id not in lead.used_assets:
            who = f" for {lead.persona}" if lead.persona else ""
            return asset, f"first unsent {stage} asset{who}: {asset.id}"
    who = f" for {lead.persona}" if lead.persona else ""
    if not suitable:
        return None, f"skipped step {step.number}: no {stage} asset{who} in the content library"
    return None, f"skipped step {step.number}: every {stage} asset{who} was already sent"


def _since(events: Iterable[EventFact], since: datetime, now: datetime) -> list[EventFact]:
    return [e for e in events if since <= as_utc(e.at) <= now]


def branch_reason(
    branch: Branch, lead: LeadFacts, library: Library, *, since: datetime, now: datetime
) -> str | None:
    """Why the branch holds for this lead (one line for the lead's path), or None."""
    events = _since(lead.events, since, now)
    if branch.condition is None:
        return f"always goes to {branch.goto}"
    if branch.condition == "clicked":
        wanted = str(branch.value)
        asset = library.get(wanted)
        for e in events:
            if e.type == "email_click" and e.url and clicked_matches(e.url, wanted, asset):
                return f"clicked {e.url} on {as_utc(e.at):%Y-%m-%d}"
        return None
    if branch.condition == "visited":
        needle = str(branch.value).casefold()
        for e in events:
            if e.type == "page_view" and e.url and needle in e.url.casefold():
                return f"visited {e.url} on {as_utc(e.at):%Y-%m-%d}"
        return None
    if branch.condition == "opened_none_after":
        n = int(branch.value)
        if lead.sent_steps >= n and not any(e.type in OPENING_EVENTS for e in events):
            return f"opened none of the {lead.sent_steps} e-mails sent"
        return None
    if branch.condition == "score_at_least":
        if lead.score >= float(branch.value):
            return f"score {lead.score:.0f} reached {float(branch.value):.0f}"
        return None
    return None


def _bare(url: str) -> str:
    text = url.strip().casefold()
    for prefix in ("https://", "http://"):
        text = text.removeprefix(prefix)
    return text.removeprefix("www.").split("#")[0].split("?")[0].rstrip("/")


def clicked_matches(url: str, wanted: str, asset: Asset | None) -> bool:
    """A click on `url` matches `wanted` when it is on the asset of that id (comparing addresses
    without scheme, www, query, fragment or trailing slash: tracking parameters do not matter), or
    when `wanted` is part of the clicked URL ("pricing" matches /pricing and /pricing/guide)."""
    if asset is not None and _bare(url) == _bare(asset.url):
        return True
    return wanted.casefold() in url.casefold()


# --------------------------------------------------------------------------- entries and exits


def exit_for_event(event_type: str, properties: Mapping[str, Any]) -> str | None:
    """The exit an engagement event causes, or None. A soft bounce (a full mailbox) is no exit."""
    if event_type == "reply":
        return REPLIED
    if event_type == "meeting_booked":
        return MEETING
    if event_type == "unsubscribe":
        return UNSUBSCRIBED
    if event_type == "bounce":
        return BOUNCED if is_hard_bounce(properties) else None
    return None


def exit_for_stage(stage: str) -> str | None:
    if stage in (lead_stages.MQL, lead_stages.HANDED_OFF):
        return MQL
    if stage == lead_stages.CUSTOMER:
        return CUSTOMER
    if stage == lead_stages.DISQUALIFIED:
        return DISQUALIFIED
    return None


def sequences_entered_by(definitions: Definitions, *, event: str | None = None, stage: str | None = None,
                         signal: str | None = None) -> list[SequenceDef]:
    """Sequences whose entry names this event type, stage or signal kind, in file order."""
    found = []
    for seq in definitions.sequences:
        entry = seq.entry
        if (event and event in entry.events) or (stage and stage in entry.stages) or (signal and signal in entry.signals):
            found.append(seq)
    return found


@dataclass(frozen=True, slots=True)
class PastEnrollment:
    sequence: str
    state: str
    ended_at: datetime | None


def may_enroll(seq: SequenceDef, past: Iterable[PastEnrollment], now: datetime) -> str | None:
    """None when the lead may enter `seq` now, else the reason it may not."""
    now = as_utc(now)
    latest: PastEnrollment | None = None
    for p in past:
        if p.sequence != seq.name:
            continue
        if p.state in LIVE:
            return f"already in {seq.name}"
        if latest is None or (p.ended_at and (latest.ended_at is None or as_utc(p.ended_at) > as_utc(latest.ended_at))):
            latest = p
    if latest is None:
        return None
    ended = f" ({latest.state} {as_utc(latest.ended_at):%Y-%m-%d})" if latest.ended_at else f" ({latest.state})"
    if seq.reenroll_after_days is None:
        return f"already went through {seq.name}{ended}; it has no reenroll_after_days"
    if latest.ended_at is not None:
        again = as_utc(latest.ended_at) + timedelta(days=seq.reenroll_after_days)
        if again > now:
            return f"went through {seq.name}{ended}; may enter again from {again:%Y-%m-%d}"
    return None
