"""Which stage a lead is in, decided by pure rules (the one place that *changes* a stage is
`agent.services.leads.change_stage`, which stores every change with its reason).

    lead -> engaged -> mql -> handed_off          (score, demo request, a delivered handoff)
    customer, disqualified                        (the CRM says so; terminal for scoring)
    dormant                                       (no engagement for dormant_after_days, or the CRM)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from signals.model import as_utc

LEAD, ENGAGED, MQL, HANDED_OFF = "lead", "engaged", "mql", "handed_off"
CUSTOMER, DISQUALIFIED, DORMANT = "customer", "disqualified", "dormant"
STAGES: tuple[str, ...] = (LEAD, ENGAGED, MQL, HANDED_OFF, CUSTOMER, DISQUALIFIED, DORMANT)
#: Stages scoring never moves a lead out of (a person decided, or the CRM did).
TERMINAL = frozenset({CUSTOMER, DISQUALIFIED})
#: Stages from which a crossing makes an MQL.
OPEN = frozenset({LEAD, ENGAGED, DORMANT})

#: Event types that show a person engaging (unsubscribes and bounces do not).
ENGAGING = frozenset(
    {"page_view", "form_submit", "demo_request", "content_download", "webinar_attended", "email_open",
     "email_click", "reply", "meeting_booked"}
)


@dataclass(frozen=True, slots=True)
class StageDecision:
    to_stage: str | None
    reason: str
    #: Create a handoff (and disarm) now.
    handoff: bool = False
    #: Arm again: the score fell far enough below the threshold.
    rearm: bool = False


NO_CHANGE = StageDecision(None, "")


def decide(
    *,
    stage: str,
    score: float,
    armed: bool,
    threshold: float,
    rearm_margin: float,
    event_type: str | None = None,
    event_label: str | None = None,
) -> StageDecision:
    """What a new score (after an event, or a periodic refresh) does to a lead's stage."""
    if stage in TERMINAL:
        return NO_CHANGE
    if armed and stage in OPEN | {MQL}:
        if event_type == "demo_request":
            return StageDecision(MQL, f"requested a demo (score {score:.0f})", handoff=True)
        if score >= threshold:
            return StageDecision(MQL, f"score {score:.0f} crossed the MQL threshold {threshold:.0f}", handoff=True)
    if not armed and score < threshold - rearm_margin:
        to = ENGAGED if stage in (MQL, HANDED_OFF) else None
        return StageDecision(
            to,
            f"score fell to {score:.0f}, under {threshold - rearm_margin:.0f}: a new crossing hands it off again",
            rearm=True,
        )
    if event_type in ENGAGING and stage in (LEAD, DORMANT):
        what = event_label or event_type.replace("_", " ")
        return StageDecision(ENGAGED, f"engaged: {what}" + (" after going dormant" if stage == DORMANT else ""))
    return NO_CHANGE


def revives(*, event_at: datetime, dormant_since: datetime | None, now: datetime, dormant_after_days: int) -> bool:
    """Whether an engagement dated `event_at` wakes a lead that went dormant at `dormant_since`.

    Only an engagement after the lead went quiet does, or one recent enough that the lead would not
    be dormant by inactivity (within `dormant_after_days` of `now`). An old event recorded late (an
    export replayed, a backfill) counts in the score but leaves the lead dormant.
    """
    at = as_utc(event_at)
    if dormant_since is not None and at >= as_utc(dormant_since):
        return True
    return as_utc(now) - at < timedelta(days=dormant_after_days)


def is_dormant(
    *,
    stage: str,
    last_engaged_at: datetime | None,
    last_activity_at: datetime | None,
    now: datetime,
    dormant_after_days: int,
) -> str | None:
    """The reason a lead is dormant by inactivity at `now`, or None.

    Only a lead whose last engagement (ours, or the CRM's last activity) is known can go quiet:
    a contact nobody ever heard from is a stranger, not a dormant lead.
    """
    if stage in TERMINAL or stage == DORMANT:
        return None
    known = [as_utc(t) for t in (last_engaged_at, last_activity_at) if t is not None]
    if not known:
        return None
    last = max(known)
    if as_utc(now) - last >= timedelta(days=dormant_after_days):
        return f"no engagement for {(as_utc(now) - last).days} days (since {last.date().isoformat()})"
    return None


def _norm(text: str | None) -> str:
    """"Closed - Not Converted" -> "closed not converted"; "closed_lost" -> "closed lost"."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", (text or "").casefold()).split())


#: CRM lifecycle stages (HubSpot labels and internal names, our template's stages) -> lead stage.
LIFECYCLE_STAGES: dict[str, str] = {
    "subscriber": LEAD,
    "lead": LEAD,
    "mql": MQL,
    "marketing qualified lead": MQL,
    "marketingqualifiedlead": MQL,
    "sql": HANDED_OFF,
    "sales qualified lead": HANDED_OFF,
    "salesqualifiedlead": HANDED_OFF,
    "opportunity": HANDED_OFF,
    "customer": CUSTOMER,
    "evangelist": CUSTOMER,
}


def crm_stage(
    *,
    lifecycle_stage: str | None,
    lead_status: str | None,
    dormant_statuses: Iterable[str],
    disqualified_statuses: Iterable[str],
    customer_statuses: Iterable[str] = ("closed converted", "converted", "closed won"),
) -> tuple[str, str] | None:
    """The stage a CRM export puts a contact in, with the reason, or None when it says nothing.

    Lead status wins over lifecycle stage where it is decisive (HubSpot "Unqualified",
    Salesforce "Closed - Not Converted"): a lifecycle of "lead" with status "Unqualified" is
    disqualified, not a lead.
    """
    status = _norm(lead_status)
    if status:
        if status in {_norm(s) for s in disqualified_statuses}:
            return DISQUALIFIED, f"CRM lead status is {lead_status!r}"
        if status in {_norm(s) for s in customer_statuses}:
            return CUSTOMER, f"CRM lead status is {lead_status!r}"
        if status in {_norm(s) for s in dormant_statuses}:
            return DORMANT, f"CRM lead status is {lead_status!r}"
    stage = _norm(lifecycle_stage)
    if stage in {_norm(s) for s in dormant_statuses}:
        return DORMANT, f"CRM stage is {lifecycle_stage!r}"
    if stage in LIFECYCLE_STAGES:
        return LIFECYCLE_STAGES[stage], f"CRM lifecycle stage is {lifecycle_stage!r}"
    return None


#: The order stages come in for a lead moving forward; a CRM import never moves a lead back
#: along it (HubSpot still saying "lead" must not undo an MQL Outrider found).
FORWARD = {LEAD: 0, ENGAGED: 1, DORMANT: 1, MQL: 2, HANDED_OFF: 3}


def crm_moves(current: str, proposed: str) -> bool:
    """Whether a CRM-proposed stage should replace the current one."""
    if proposed == current:
        return False
    if proposed in TERMINAL or proposed == DORMANT:
        return True
    if current in TERMINAL:
        return True  # the CRM re-opened it (a churned customer is a lead again)
    return FORWARD.get(proposed, 0) > FORWARD.get(current, 0)
