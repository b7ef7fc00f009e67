"""Leads: engagement events in, scores and stages kept current, MQL handoffs out.

The one API for the HTTP server, the CLI, the UI and workers:

* `record_events` stores pushed events (idempotent on the sender's id), keeps each contact's
  score current incrementally, moves stages and creates handoffs, all in one transaction.
* `change_stage` is the one place a stage changes; every change is stored with its reason.
* `refresh` (periodic) lets decay re-arm handoffs and lets quiet leads go dormant;
  `rescore` recomputes every ledger from history (it must agree with the incremental path).
* `list_leads`, `lead_detail`, `calibrate` are what people look at.
"""

from __future__ import annotations

import copy
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.attributes import flag_modified
from sqlmodel import Session, col, select

from agent.leads import hooks
from agent.leads import scoring as lead_scoring
from agent.leads import stages as st
from agent.store.models import (
    Account,
    Alert,
    Contact,
    Draft,
    EngagementEvent,
    Handoff,
    Outbox,
    Signal,
    Snapshot,
    StageChange,
    Suppression,
)
from signals.engagement import EngagementIn
from signals.imports import is_freemail
from signals.model import WatchedAccount, as_utc, utcnow
from signals.scoring import fit_score

if TYPE_CHECKING:
    from agent.services.auth import Actor
    from agent.workspace import Workspace

log = logging.getLogger("outrider.leads")

ACTOR = "outrider"


class LeadError(ValueError):
    """A lead action that cannot be done; the message says why."""


@dataclass
class RecordResult:
    accepted: int = 0
    duplicates: int = 0
    #: Stored but not yet counted: nobody with that e-mail is known (attached on import).
    unattached: int = 0
    event_ids: list[int] = field(default_factory=list)
    handoff_ids: list[int] = field(default_factory=list)

    def as_json(self) -> dict[str, int]:
        return {"accepted": self.accepted, "duplicates": self.duplicates}


# --------------------------------------------------------------------------- helpers


def _insert_for(session: Session):  # type: ignore[no-untyped-def]
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def _lock_contacts(session: Session, ids: Iterable[int]) -> dict[int, Contact]:
    """Load contacts for a read-modify-write, locked on PostgreSQL (in id order: no deadlock);
    SQLite's write session already holds the database's write lock."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    query = select(Contact).where(col(Contact.id).in_(wanted)).order_by(col(Contact.id))
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return {c.id or 0: c for c in session.exec(query).all()}


def _event_facts(row: EngagementEvent | _NewEvent) -> lead_scoring.EventFacts:
    return lead_scoring.EventFacts(
        type=row.type, occurred_at=row.occurred_at, url=row.url, properties=dict(row.properties or {})
    )


def _watched(account: Account) -> WatchedAccount:
    return WatchedAccount(
        id=account.id or 0,
        name=account.name,
        domain=account.domain,
        aliases=tuple(account.aliases or ()),
        industry=account.industry,
        employees=account.employees,
        country=account.country,
        state=account.state,
    )


_FIT_MEMO: dict[tuple[str, WatchedAccount, tuple[str, ...]], float | None] = {}
_FIT_MEMO_MAX = 50_000


def _fit_value(account: WatchedAccount, techs: tuple[str, ...], icp: Any, icp_key: str) -> float | None:
    """`fit_score(...).value`, remembered for the same account values, technologies and `[icp]`
    (`icp_key`, its JSON): a fit only changes when one of those does, and each is in the key."""
    key = (icp_key, account, techs)
    found = _FIT_MEMO.get(key, _MISSING)
    if found is _MISSING:
        if len(_FIT_MEMO) >= _FIT_MEMO_MAX:
            _FIT_MEMO.clear()
        found = _FIT_MEMO[key] = fit_score(account, icp, technologies=list(techs)).value
    return found  # type: ignore[return-value]


_MISSING = object()


class _Fits:
    """ICP fit per account, computed once per unit of work."""

    def __init__(self, session: Session, ws: Workspace) -> None:
        self.session = session
        self.ws = ws
        self._cache: dict[int, float | None] = {}

    def prime(self, account_ids: Iterable[int | None]) -> None:
        """Compute the fit of many accounts with two queries (not two per event)."""
        wanted = sorted({a for a in account_ids if a and a not in self._cache})
        if not wanted:
            return
        columns = (Account.id, Account.name, Account.domain, Account.aliases, Account.industry, Account.employees,
                   Account.country, Account.state)
        with self.session.no_autoflush:
            # Plain values, not ORM rows: nothing here is changed, and rows cost far more to load.
            accounts = [
                WatchedAccount(id=i or 0, name=name, domain=domain, aliases=tuple(aliases or ()), industry=industry,
                               employees=employees, country=country, state=state)
                for i, name, domain, aliases, industry, employees, country, state in self.session.exec(
                    select(*columns).where(col(Account.id).in_(wanted))
                ).all()
            ]
            keys = [f"tech:{a.domain}" for a in accounts if a.domain]
            snaps = dict(self.session.exec(select(Snapshot.key, Snapshot.data).where(col(Snapshot.key).in_(keys))).all()) if keys else {}
        icp = self.ws.config.icp
        icp_key = icp.model_dump_json()
        for account in accounts:
            snap = snaps.get(f"tech:{account.domain}")
            techs = tuple(str(x) for x in snap["techs"]) if isinstance(snap, dict) and isinstance(snap.get("techs"), dict) else ()
            self._cache[account.id] = _fit_value(account, techs, icp, icp_key)
        for account_id in wanted:
            self._cache.setdefault(account_id, None)

    def __call__(self, account_id: int | None) -> float | None:
        if not account_id:
            return None
        if account_id not in self._cache:
            account = self.session.get(Account, account_id)
            if account is None:
                self._cache[account_id] = None
            else:
                techs: list[str] = []
                if account.domain:
                    snap = self.session.exec(
                        select(Snapshot.data).where(Snapshot.key == f"tech:{account.domain}")
                    ).first()
                    if isinstance(snap, dict) and isinstance(snap.get("techs"), dict):
                        techs = [str(t) for t in snap["techs"]]
                self._cache[account_id] = fit_score(_watched(account), self.ws.config.icp, technologies=techs).value
        return self._cache[account_id]


def _contact_facts(contact: Contact) -> lead_scoring.ContactFacts:
    domain = contact.email.rpartition("@")[2]
    return lead_scoring.ContactFacts(email=contact.email, title=contact.title, personal_email=is_freemail(domain))


def score_of(contact: Contact, ws: Workspace, *, fit: float | None, now: datetime) -> lead_scoring.LeadScore:
    return lead_scoring.score_lead(
        contact.score_ledger or {}, _contact_facts(contact), ws.config.scoring, now=now, fit=fit
    )


# --------------------------------------------------------------------------- stage changes


def change_stage(
    session: Session,
    contact: Contact,
    to_stage: str,
    *,
    reason: str,
    now: datetime,
    actor: str = ACTOR,
    event_id: int | None = None,
) -> bool:
    """The one place a lead's stage changes. Stores the change and tells the listeners.

    Runs in the caller's transaction. Returns False when the lead is already in that stage.
    """
    if to_stage not in st.STAGES:
        raise LeadError(f"{to_stage!r} is not a stage; stages are {', '.join(st.STAGES)}")
    if contact.stage == to_stage:
        return False
    before = contact.stage
    contact.stage = to_stage
    contact.stage_changed_at = now
    contact.updated_at = now
    session.add(contact)
    session.add(
        StageChange(
            contact_id=contact.id or 0,
            from_stage=before,
            to_stage=to_stage,
            reason=reason,
            actor=actor,
            event_id=event_id,
            at=now,
        )
    )
    log.info("lead %s (%s): %s -> %s: %s", contact.id, contact.email, before, to_stage, reason)
    hooks.stage_changed(
        session,
        hooks.StageChanged(
            contact_id=contact.id or 0, from_stage=before, to_stage=to_stage, reason=reason, actor=actor, at=now,
            event_id=event_id,
        ),
    )
    return True


def set_stage(
    ws: Workspace, *, email: str, stage: str, reason: str, actor: str | Actor, now: datetime | None = None
) -> dict[str, Any]:
    """A person moves a lead (for example "not dormant", or "disqualified: wrong person").

    `actor`: a signed-in `Actor` must be a rep or an admin (`Forbidden` otherwise); a plain name is
    the local single user. The change is recorded with the authorized name.
    """
    from agent.services.auth import authorize

    actor = authorize(actor, "stage")
    now = as_utc(now) if now else utcnow()
    reason = (reason or "").strip()
    if not reason:
        raise LeadError("say why the stage changes; it is kept in the lead's history")
    with ws.db.write_session() as session:
        contact = session.exec(select(Contact).where(Contact.email == email.strip().lower())).first()
        if contact is None:
            raise LeadError(f"there is no contact {email}")
        contact = _lock_contacts(session, [contact.id or 0])[contact.id or 0]
        change_stage(session, contact, stage, reason=reason, now=now, actor=actor)
        if stage in (st.ENGAGED, st.LEAD) and contact.last_engaged_at is None:
            # "Not dormant": a person says the lead is active; count today as its last engagement.
            contact.last_engaged_at = now
        session.commit()
        return lead_json(contact, None)


# --------------------------------------------------------------------------- the score, kept current


def _apply_score(
    session: Session,
    ws: Workspace,
    contact: Contact,
    *,
    now: datetime,
    fit: float | None,
    event: EngagementEvent | _NewEvent | None = None,
    handoffs: list[int] | None = None,
) -> None:
    """Recompute `contact`'s score from its ledger, then let the stage rules act on it."""
    rules = ws.config.scoring
    result = score_of(contact, ws, fit=fit, now=now)
    contact.score = result.value
    contact.score_reasons = result.reasons[:25]
    contact.scored_at = now
    label = lead_scoring.EVENT_LABELS.get(event.type) if event is not None else None
    if event is not None and event.url:
        label = f"{label} ({event.url[:80]})"
    # A dormant lead is woken only by what happened after it went quiet (or lately): an old event
    # recorded late still counts in the score, but moves the stage no more than a refresh would.
    acting = event is not None and (
        contact.stage != st.DORMANT
        or st.revives(event_at=event.occurred_at, dormant_since=contact.stage_changed_at, now=now,
                      dormant_after_days=rules.dormant_after_days)
    )
    decision = st.decide(
        stage=contact.stage,
        score=result.value,
        armed=contact.handoff_armed,
        threshold=rules.mql_threshold,
        rearm_margin=rules.rearm_margin,
        event_type=event.type if acting and event is not None else None,
        event_label=label,
    )
    event_id = event.id if event is not None else None
    if decision.rearm:
        contact.handoff_armed = True
    if decision.to_stage is not None:
        if event is not None:
            _in_session(session, event)
        change_stage(session, contact, decision.to_stage, reason=decision.reason, now=now, event_id=event_id)
    if decision.handoff:
        handoff_id = create_handoff(session, ws, contact, score=result.value, reason=decision.reason, now=now, event_id=event_id)
        if handoffs is not None and handoff_id is not None:
            handoffs.append(handoff_id)
    session.add(contact)


def create_handoff(
    session: Session,
    ws: Workspace,
    contact: Contact,
    *,
    score: float,
    reason: str,
    now: datetime,
    event_id: int | None = None,
) -> int | None:
    """One handoff per arming: disarm, store the handoff, and queue one alert per channel."""
    from agent.delivery.alerts import channels_for

    if not contact.handoff_armed:
        return None
    contact.handoff_armed = False
    handoff = Handoff(contact_id=contact.id or 0, score=score, reason=reason, event_id=event_id, created_at=now)
    session.add(handoff)
    session.flush()
    account = session.get(Account, contact.account_id) if contact.account_id else None
    for channel in channels_for(ws, contact, account):
        session.add(
            Alert(kind="mql_handoff", ref_id=handoff.id or 0, contact_id=contact.id, channel=channel, created_at=now)
        )
    log.info("handoff %s for lead %s (%s): %s", handoff.id, contact.id, contact.email, reason)
    return handoff.id


def _suppress(session: Session, email: str, reason: str, now: datetime) -> None:
    insert = _insert_for(session)
    result = session.execute(
        insert(Suppression)
        .values(value=email.lower(), kind="email", reason=reason, created_at=now)
        .on_conflict_do_nothing(index_elements=["value"])
        .returning(Suppression.id)  # type: ignore[arg-type]
    )
    if result.first() is not None:  # a new suppression (rowcount is -1 on PostgreSQL)
        from agent.services import audit

        audit.record(session, actor="outrider", action="suppression.added", target_type="suppression",
                     target_id=email.lower(), after={"value": email.lower(), "kind": "email"}, reason=reason, at=now)


@dataclass
class EventBatch:
    """One request's events: recorded all or nothing, with its own accepted/duplicates count."""

    events: Sequence[EngagementIn]
    origin: str = "api"


def _event_rows(batch: EventBatch, now: datetime) -> list[dict[str, Any]]:
    return [
        {
            "key": f"{batch.origin}:{e.id}",
            "origin": batch.origin,
            "type": e.type,
            "email": e.email,
            "domain": e.domain or (e.email.rpartition("@")[2] if e.email else None),
            "url": e.url,
            "occurred_at": e.at(now),
            "properties": e.properties,
            "applied": False,
            "received_at": now,
        }
        for e in batch.events
    ]


def record_events(
    ws: Workspace, *, events: Sequence[EngagementIn], origin: str = "api", now: datetime | None = None
) -> RecordResult:
    """Store events (a repost of an id stores nothing) and act on them, all or nothing.

    Events for an e-mail nobody knows are kept and counted when that contact is imported.
    Unsubscribes and hard bounces suppress the address at once.
    """
    now = as_utc(now) if now else utcnow()
    if not events:
        return RecordResult()
    return _record_together(ws, [EventBatch(events, origin)], now)[0]


def record_event_batches(
    ws: Workspace, batches: Sequence[EventBatch], *, now: datetime | None = None
) -> list[RecordResult | Exception]:
    """Several requests' events in one transaction (the HTTP server's group commit).

    Each batch gets its own result (accepted and duplicates are counted per batch, in order, so
    a repost inside the group is a duplicate as it would be one after the other). Contacts are
    scored once per group, not once per request. When the group fails as a whole, every batch
    is recorded again on its own, so one batch's failure is only that batch's: the list holds a
    result, or the exception, per batch.
    """
    now = as_utc(now) if now else utcnow()
    if not batches:
        return []
    try:
        return list(_record_together(ws, batches, now))
    except Exception as exc:
        if len(batches) == 1:
            return [exc]
        log.warning("a group of %d event batches failed together (%s); recording each on its own",
                    len(batches), type(exc).__name__)
    answers: list[RecordResult | Exception] = []
    for batch in batches:
        try:
            answers.append(_record_together(ws, [batch], now)[0])
        except Exception as exc:  # this batch's own failure, answered to its own sender
            answers.append(exc)
    return answers


@dataclass(slots=True)
class _NewEvent:
    """An event row just inserted, as the scoring and the hooks read it (no ORM row to load
    back and update: it was inserted with its contact already attached)."""

    id: int
    key: str
    origin: str
    type: str
    email: str | None
    domain: str | None
    url: str | None
    occurred_at: datetime
    properties: dict[str, Any]
    contact_id: int | None = None
    account_id: int | None = None
    applied: bool = False
    received_at: datetime | None = None


def _in_session(session: Session, event: EngagementEvent | _NewEvent) -> None:
    """Put an inserted event's row in the session's identity map without reading it back, so a
    stage listener's `session.get(EngagementEvent, id)` (the nurture exits) costs no query."""
    if not isinstance(event, _NewEvent):
        return
    if session.identity_key(EngagementEvent, event.id) in session.identity_map:
        return
    row = EngagementEvent(
        id=event.id, key=event.key, origin=event.origin, type=event.type, email=event.email, domain=event.domain,
        contact_id=event.contact_id, account_id=event.account_id, url=event.url, occurred_at=event.occurred_at,
        properties=event.properties, applied=event.applied, received_at=event.received_at or utcnow(),
    )
    make_transient_to_detached(row)  # as if loaded: nothing to insert or update at flush
    session.add(row)


def _record_together(ws: Workspace, batches: Sequence[EventBatch], now: datetime) -> list[RecordResult]:
    """Insert each batch's events (attached to their contacts already), then act on them all."""
    results = [RecordResult() for _ in batches]
    prepared = [_event_rows(batch, now) for batch in batches]
    with ws.db.write_session() as session:
        emails = sorted({r["email"] for rows in prepared for r in rows if r["email"]})
        by_email: dict[str, int] = {}
        for start in range(0, len(emails), 900):
            chunk = emails[start : start + 900]
            by_email.update(
                (email, cid or 0)
                for cid, email in session.exec(select(Contact.id, Contact.email).where(col(Contact.email).in_(chunk))).all()
            )
        contacts = _lock_contacts(session, by_email.values())
        domains = {r["domain"] for rows in prepared for r in rows if r["domain"] and not r["email"]}
        by_domain: dict[str, int] = {}
        if domains:
            for aid, domain in session.exec(select(Account.id, Account.domain).where(col(Account.domain).in_(domains))).all():
                by_domain[str(domain)] = aid or 0
        insert = _insert_for(session)
        statement = (
            insert(EngagementEvent)
            .on_conflict_do_nothing(index_elements=["key"])
            .returning(EngagementEvent.id, EngagementEvent.key)
        )
        new: list[_NewEvent] = []
        owner: dict[int, RecordResult] = {}
        for rows, result in zip(prepared, results, strict=True):
            if not rows:
                continue
            for row in rows:
                contact = contacts.get(by_email.get(row["email"] or "", 0))
                if contact is not None:
                    row.update(contact_id=contact.id, account_id=contact.account_id, applied=True)
                elif not row["email"]:
                    row["account_id"] = by_domain.get(row["domain"] or "")
            first: dict[str, dict[str, Any]] = {}
            for row in rows:
                first.setdefault(row["key"], row)
            stored = session.execute(statement, rows).all()
            ids = []
            for event_id, key in stored:
                row = first[key]
                ids.append(event_id)
                new.append(_NewEvent(
                    id=event_id, key=key, origin=row["origin"], type=row["type"], email=row["email"],
                    domain=row["domain"], url=row["url"], occurred_at=as_utc(row["occurred_at"]),
                    properties=row["properties"], contact_id=row.get("contact_id"), account_id=row.get("account_id"),
                    applied=bool(row["applied"]), received_at=row["received_at"],
                ))
            ids.sort()
            result.accepted = len(ids)
            result.duplicates = len(rows) - len(ids)
            result.event_ids = ids
            owner.update((i, result) for i in ids)
        if new:
            handoffs: list[tuple[int, int]] = []
            waiting = _act_on(session, ws, new, contacts, now=now, handoffs=handoffs)
            for event_id in waiting:
                owner[event_id].unattached += 1
            for event_id, handoff_id in handoffs:
                owner[event_id].handoff_ids.append(handoff_id)
        session.commit()
    if any(r.handoff_ids for r in results):
        hooks.alerts_created()
    return results


def _act_on(
    session: Session,
    ws: Workspace,
    events: list[_NewEvent],
    contacts: dict[int, Contact],
    *,
    now: datetime,
    handoffs: list[tuple[int, int]],
) -> list[int]:
    """Count new events for their contacts (in the order they happened) and act.

    Returns the ids of the events that wait for their contact; `handoffs` gets (event id,
    handoff id) for every handoff an event made.
    """
    events = sorted(events, key=lambda e: (e.occurred_at, e.id))
    fits = _Fits(session, ws)
    fits.prime(c.account_id for c in contacts.values())
    ledgers = _Ledgers()
    waiting: list[int] = []
    made: list[int] = []
    for event in events:
        if event.type in ("unsubscribe",) and event.email:
            _suppress(session, event.email, f"unsubscribed ({event.origin}, {event.occurred_at:%Y-%m-%d})", now)
        if event.type == "bounce" and event.email and lead_scoring.is_hard_bounce(event.properties or {}):
            _suppress(session, event.email, f"hard bounce ({event.occurred_at:%Y-%m-%d})", now)
        contact = contacts.get(event.contact_id or 0) if event.applied else None
        if contact is None:
            if event.email:
                waiting.append(event.id)
            _announce(session, event, now)
            continue
        _count_event(session, ws, contact, event, fits=fits, now=now, handoffs=made, ledgers=ledgers)
        handoffs.extend((event.id, h) for h in made)
        made.clear()
    return waiting


class _Ledgers:
    """Each contact's ledger copied once per unit of work (not once per event), then added to in
    place (the caller flags it modified): the ledger loaded with the row is never changed."""

    def __init__(self) -> None:
        self._own: set[int] = set()

    def of(self, contact: Contact) -> dict[str, Any]:
        key = id(contact)
        if key not in self._own:
            self._own.add(key)
            contact.score_ledger = copy.deepcopy(contact.score_ledger or {})
        return contact.score_ledger


def _count_event(
    session: Session,
    ws: Workspace,
    contact: Contact,
    event: EngagementEvent | _NewEvent,
    *,
    fits: _Fits,
    now: datetime,
    handoffs: list[int],
    ledgers: _Ledgers | None = None,
) -> None:
    event.contact_id = contact.id
    event.account_id = contact.account_id
    event.applied = True
    if ledgers is None:
        ledgers = _Ledgers()
    lead_scoring.add_to_ledger(ledgers.of(contact), lead_scoring.event_contributions(_event_facts(event), ws.config.scoring))
    # Changed in place: say so, or a flush in between (a hook's query) would hide the change.
    flag_modified(contact, "score_ledger")
    if event.type in st.ENGAGING:
        at = as_utc(event.occurred_at)
        if contact.last_engaged_at is None or at > as_utc(contact.last_engaged_at):
            contact.last_engaged_at = at
    _apply_score(session, ws, contact, now=now, fit=fits(contact.account_id), event=event, handoffs=handoffs)
    _announce(session, event, now)


def _announce(session: Session, event: EngagementEvent | _NewEvent, now: datetime) -> None:
    hooks.event_recorded(
        session,
        hooks.EventRecorded(
            event_id=event.id or 0,
            type=event.type,
            contact_id=event.contact_id,
            account_id=event.account_id,
            email=event.email,
            url=event.url,
            occurred_at=as_utc(event.occurred_at),
            properties=dict(event.properties or {}),
            origin=event.origin,
        ),
        now,
    )


def attach_pending(session: Session, ws: Workspace, *, emails: Iterable[str], now: datetime) -> int:
    """Count events that arrived before their contact existed (called by the contacts import)."""
    wanted = sorted({e.lower() for e in emails if e})
    if not wanted:
        return 0
    attached = 0
    fits = _Fits(session, ws)
    ledgers = _Ledgers()
    handoffs: list[int] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        pending = list(
            session.exec(
                select(EngagementEvent)
                .where(col(EngagementEvent.email).in_(chunk))
                .where(col(EngagementEvent.applied).is_(False))
                .order_by(col(EngagementEvent.occurred_at), col(EngagementEvent.id))
            ).all()
        )
        if not pending:
            continue
        by_email = {
            email: cid
            for cid, email in session.exec(select(Contact.id, Contact.email).where(col(Contact.email).in_(chunk))).all()
        }
        contacts = _lock_contacts(session, by_email.values())
        for event in pending:
            contact = contacts.get(by_email.get(event.email or "", 0) or 0)
            if contact is None:
                continue
            _count_event(session, ws, contact, event, fits=fits, now=now, handoffs=handoffs, ledgers=ledgers)
            attached += 1
    return attached


def signals_routed(ws: Workspace, *, signal_ids: Iterable[int], now: datetime | None = None) -> int:
    """Signals now linked to an account count for every contact there. Returns contacts rescored."""
    now = as_utc(now) if now else utcnow()
    wanted = sorted(set(signal_ids))
    if not wanted:
        return 0
    rules = ws.config.scoring
    touched = 0
    with ws.db.write_session() as session:
        signals = session.exec(
            select(Signal.id, Signal.kind, Signal.occurred_at, Signal.title, Signal.account_id)
            .where(col(Signal.id).in_(wanted))
            .where(col(Signal.account_id).is_not(None))
        ).all()
        by_account: dict[int, list[lead_scoring.Contribution]] = defaultdict(list)
        for sid, kind, occurred_at, title, account_id in signals:
            c = lead_scoring.signal_contribution(
                lead_scoring.SignalFacts(id=sid or 0, kind=kind, occurred_at=occurred_at, title=title), rules
            )
            if c is not None:
                by_account[account_id or 0].append(c)
        if not by_account:
            return 0
        ids = session.exec(select(Contact.id).where(col(Contact.account_id).in_(list(by_account)))).all()
        contacts = _lock_contacts(session, [i for i in ids if i])
        fits = _Fits(session, ws)
        handoffs: list[int] = []
        for contact in contacts.values():
            ledger = copy.deepcopy(contact.score_ledger or {})
            contributions = [c for c in by_account[contact.account_id or 0] if c.bucket not in ledger]
            if not contributions:
                continue
            contact.score_ledger = lead_scoring.add_to_ledger(ledger, contributions)
            _apply_score(session, ws, contact, now=now, fit=fits(contact.account_id), handoffs=handoffs)
            touched += 1
        session.commit()
    if handoffs:
        hooks.alerts_created()
    return touched


@dataclass
class RefreshReport:
    rescored: int = 0
    rearmed: int = 0
    dormant: int = 0
    handoffs: int = 0
    changed: list[dict[str, Any]] = field(default_factory=list)


def refresh(ws: Workspace, *, now: datetime | None = None, batch: int = 500) -> RefreshReport:
    """Let time act: decay lowers scores (re-arming handoffs), quiet leads go dormant."""
    now = as_utc(now) if now else utcnow()
    report = RefreshReport()
    rules = ws.config.scoring
    with ws.db.session() as session:
        ids = [i for i in session.exec(select(Contact.id).order_by(col(Contact.id))).all() if i]
    for start in range(0, len(ids), batch):
        with ws.db.write_session() as session:
            contacts = _lock_contacts(session, ids[start : start + batch])
            fits = _Fits(session, ws)
            handoffs: list[int] = []
            for contact in contacts.values():
                before = (contact.score, contact.stage, contact.handoff_armed)
                _apply_score(session, ws, contact, now=now, fit=fits(contact.account_id), handoffs=handoffs)
                reason = st.is_dormant(
                    stage=contact.stage,
                    last_engaged_at=contact.last_engaged_at,
                    last_activity_at=contact.last_activity_at,
                    now=now,
                    dormant_after_days=rules.dormant_after_days,
                )
                if reason and change_stage(session, contact, st.DORMANT, reason=reason, now=now):
                    report.dormant += 1
                report.rescored += 1
                report.rearmed += int(not before[2] and contact.handoff_armed)
                if (contact.score, contact.stage) != before[:2]:
                    report.changed.append({"email": contact.email, "score": contact.score, "stage": contact.stage})
            report.handoffs += len(handoffs)
            session.commit()
        if report.handoffs:
            hooks.alerts_created()
    return report


def _signal_facts_for(session: Session, account_ids: Iterable[int]) -> dict[int, list[lead_scoring.SignalFacts]]:
    wanted = sorted({a for a in account_ids if a})
    found: dict[int, list[lead_scoring.SignalFacts]] = defaultdict(list)
    if not wanted:
        return found
    rows = session.exec(
        select(Signal.id, Signal.kind, Signal.occurred_at, Signal.title, Signal.account_id)
        .where(col(Signal.account_id).in_(wanted))
        .where(col(Signal.status).in_(["drafted", "recorded"]))
    ).all()
    for sid, kind, occurred_at, title, account_id in rows:
        found[account_id or 0].append(lead_scoring.SignalFacts(id=sid or 0, kind=kind, occurred_at=occurred_at, title=title))
    return found


def history_ledger(session: Session, ws: Workspace, contact: Contact) -> dict[str, Any]:
    """The ledger `contact`'s whole history gives (events counted for it, signals at its account)."""
    events = session.exec(
        select(EngagementEvent)
        .where(EngagementEvent.contact_id == contact.id)
        .where(col(EngagementEvent.applied).is_(True))
    ).all()
    signals = _signal_facts_for(session, [contact.account_id or 0]).get(contact.account_id or 0, [])
    return lead_scoring.ledger_from_history((_event_facts(e) for e in events), signals, ws.config.scoring)


@dataclass
class RescoreReport:
    contacts: int = 0
    changed: int = 0
    #: Contacts whose stored ledger differed from their history (should stay 0).
    drifted: int = 0


def rescore(ws: Workspace, *, now: datetime | None = None, batch: int = 500) -> RescoreReport:
    """Recompute every contact's ledger from history, then its score and stage."""
    now = as_utc(now) if now else utcnow()
    report = RescoreReport()
    with ws.db.session() as session:
        ids = [i for i in session.exec(select(Contact.id).order_by(col(Contact.id))).all() if i]
    for start in range(0, len(ids), batch):
        with ws.db.write_session() as session:
            contacts = _lock_contacts(session, ids[start : start + batch])
            fits = _Fits(session, ws)
            handoffs: list[int] = []
            for contact in contacts.values():
                ledger = history_ledger(session, ws, contact)
                if ledger != (contact.score_ledger or {}):
                    report.drifted += 1
                before = contact.score
                contact.score_ledger = ledger
                _apply_score(session, ws, contact, now=now, fit=fits(contact.account_id), handoffs=handoffs)
                report.contacts += 1
                report.changed += int(contact.score != before)
            session.commit()
        if handoffs:
            hooks.alerts_created()
    return report


# --------------------------------------------------------------------------- CRM stages


def apply_crm_stages(session: Session, ws: Workspace, *, emails: Iterable[str], now: datetime) -> int:
    """After a contacts import: the CRM's lifecycle stage / lead status set the lead's stage.

    Never moves a lead backwards along lead -> engaged -> mql -> handed_off (HubSpot still saying
    "lead" must not undo an MQL found here); customer, disqualified and dormant always apply.
    """
    wanted = sorted({e.lower() for e in emails if e})
    moved = 0
    dormant = ws.config.dormant
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        ids = session.exec(select(Contact.id).where(col(Contact.email).in_(chunk))).all()
        for contact in _lock_contacts(session, [i for i in ids if i]).values():
            proposed = st.crm_stage(
                lifecycle_stage=contact.lifecycle_stage,
                lead_status=contact.lead_status,
                dormant_statuses=dormant.statuses,
                disqualified_statuses=dormant.disqualified_statuses,
            )
            if proposed is None and (contact.closed_lost_at or contact.lost_reason) and contact.stage in (st.LEAD, st.ENGAGED):
                when = f" on {as_utc(contact.closed_lost_at).date().isoformat()}" if contact.closed_lost_at else ""
                proposed = (st.DORMANT, f"CRM deal closed lost{when}")
            if proposed is not None:
                stage, reason = proposed
                if contact.lost_reason and stage == st.DORMANT:
                    reason += f"; lost: {contact.lost_reason}"
                if st.crm_moves(contact.stage, stage) and change_stage(
                    session, contact, stage, reason=reason, now=now, actor="crm import"
                ):
                    moved += 1
            # The CRM's last activity is old: a first import already knows the lead went quiet.
            quiet = st.is_dormant(
                stage=contact.stage, last_engaged_at=contact.last_engaged_at, last_activity_at=contact.last_activity_at,
                now=now, dormant_after_days=ws.config.scoring.dormant_after_days,
            )
            if quiet and change_stage(session, contact, st.DORMANT, reason=quiet, now=now, actor="crm import"):
                moved += 1
    return moved


# --------------------------------------------------------------------------- views


def _iso(value: datetime | None) -> str | None:
    return as_utc(value).isoformat() if value is not None else None


def lead_json(contact: Contact, account: Account | None) -> dict[str, Any]:
    return {
        "id": contact.id,
        "email": contact.email,
        "name": f"{contact.first_name} {contact.last_name}".strip(),
        "title": contact.title,
        "account": account.name if account else contact.company,
        "account_id": contact.account_id,
        "owner": contact.owner_email or (account.owner_email if account else None),
        "score": round(contact.score, 1),
        "stage": contact.stage,
        "stage_changed_at": _iso(contact.stage_changed_at),
        "reasons": list(contact.score_reasons or []),
        "last_engaged_at": _iso(contact.last_engaged_at),
        "scored_at": _iso(contact.scored_at),
        "handoff_armed": contact.handoff_armed,
        "lifecycle_stage": contact.lifecycle_stage,
    }


def list_leads(
    db: Any,
    *,
    stage: str | None = None,
    min_score: float | None = None,
    search: str | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Leads, newest MQLs first, then by score."""
    if stage is not None and stage not in st.STAGES:
        raise LeadError(f"{stage!r} is not a stage; stages are {', '.join(st.STAGES)}")
    with db.session() as session:
        query = select(Contact, Account).outerjoin(Account, col(Account.id) == Contact.account_id)
        if stage:
            query = query.where(Contact.stage == stage)
        if min_score is not None:
            query = query.where(col(Contact.score) >= min_score)
        if search:
            like = f"%{search.strip()}%"
            query = query.where(
                or_(col(Contact.email).ilike(like), col(Contact.last_name).ilike(like), col(Account.name).ilike(like))
            )
        is_mql = col(Contact.stage).in_([st.MQL, st.HANDED_OFF])
        query = query.order_by(
            is_mql.desc(),
            func.coalesce(col(Contact.stage_changed_at), col(Contact.created_at)).desc(),
            col(Contact.score).desc(),
            col(Contact.id),
        )
        rows = session.exec(query.offset(offset).limit(limit)).all()
    if stage is None:
        # MQLs first by when they became one; everyone else by score.
        mqls = [r for r in rows if r[0].stage in (st.MQL, st.HANDED_OFF)]
        rest = sorted((r for r in rows if r[0].stage not in (st.MQL, st.HANDED_OFF)), key=lambda r: -r[0].score)
        rows = [*mqls, *rest]
    return [lead_json(c, a) for c, a in rows]


def count_leads(db: Any) -> dict[str, int]:
    with db.session() as session:
        return {s: int(n) for s, n in session.exec(select(Contact.stage, func.count()).group_by(Contact.stage)).all()}


def lead_detail(ws: Workspace, *, email: str, now: datetime | None = None) -> dict[str, Any]:
    """One lead: score breakdown now, and its timeline (signals, drafts, sends, events, stages)."""
    now = as_utc(now) if now else utcnow()
    email = (email or "").strip().lower()
    with ws.db.session() as session:
        contact = session.exec(select(Contact).where(Contact.email == email)).first()
        if contact is None:
            raise LeadError(f"there is no contact {email}; import it with `outrider contacts import`")
        account = session.get(Account, contact.account_id) if contact.account_id else None
        score = score_of(contact, ws, fit=_Fits(session, ws)(contact.account_id), now=now)
        timeline: list[dict[str, Any]] = []
        for e in session.exec(
            select(EngagementEvent).where(EngagementEvent.contact_id == contact.id).order_by(col(EngagementEvent.occurred_at).desc()).limit(200)
        ).all():
            what = lead_scoring.EVENT_LABELS.get(e.type, e.type)
            timeline.append({"at": _iso(e.occurred_at), "kind": "event", "type": e.type,
                             "summary": what + (f" {e.url}" if e.url else "") + f" (via {e.origin})"})
        for change in session.exec(select(StageChange).where(StageChange.contact_id == contact.id)).all():
            timeline.append({"at": _iso(change.at), "kind": "stage", "type": change.to_stage,
                             "summary": f"{change.from_stage or '-'} -> {change.to_stage}: {change.reason} ({change.actor})"})
        if contact.account_id:
            for s in session.exec(
                select(Signal).where(Signal.account_id == contact.account_id).order_by(col(Signal.occurred_at).desc()).limit(50)
            ).all():
                timeline.append({"at": _iso(s.occurred_at), "kind": "signal", "type": s.kind, "summary": s.title})
        for d, o in session.exec(
            select(Draft, Outbox).outerjoin(Outbox, col(Outbox.draft_id) == Draft.id).where(Draft.contact_id == contact.id)
        ).all():
            timeline.append({"at": _iso(d.created_at), "kind": "draft", "type": d.status,
                             "summary": f"draft {d.id}: {d.subject} ({d.status})"})
            if o is not None and o.sent_at is not None:
                timeline.append({"at": _iso(o.sent_at), "kind": "sent", "type": "email",
                                 "summary": f"sent: {d.subject}"})
        handoffs = []
        for h in session.exec(select(Handoff).where(Handoff.contact_id == contact.id).order_by(col(Handoff.id))).all():
            alerts = session.exec(select(Alert).where(Alert.kind == "mql_handoff").where(Alert.ref_id == h.id)).all()
            handoffs.append({"id": h.id, "at": _iso(h.created_at), "score": h.score, "reason": h.reason,
                             "alerts": [{"channel": a.channel, "state": a.state, "error": a.last_error} for a in alerts]})
            timeline.append({"at": _iso(h.created_at), "kind": "handoff", "type": "mql",
                             "summary": f"handed off: {h.reason} ({', '.join(f'{a.channel} {a.state}' for a in alerts) or 'no channel configured'})"})
    timeline.sort(key=lambda item: item["at"] or "", reverse=True)
    return {
        **lead_json(contact, account),
        "score_now": score.value,
        "breakdown": score.parts,
        "reasons": score.reasons,
        "handoffs": handoffs,
        "timeline": timeline,
    }


def recent_touches(session: Session, contact_id: int, *, limit: int = 5) -> list[str]:
    """The last few things a lead did or got from us, one line each (for alerts and CRM tasks)."""
    lines: list[tuple[datetime, str]] = []
    for e in session.exec(
        select(EngagementEvent).where(EngagementEvent.contact_id == contact_id).order_by(col(EngagementEvent.occurred_at).desc()).limit(limit)
    ).all():
        label = lead_scoring.EVENT_LABELS.get(e.type, e.type)
        lines.append((as_utc(e.occurred_at), f"{as_utc(e.occurred_at):%Y-%m-%d %H:%M} {label}" + (f" {e.url}" if e.url else "")))
    for d, o in session.exec(
        select(Draft, Outbox).join(Outbox, col(Outbox.draft_id) == Draft.id).where(Draft.contact_id == contact_id)
        .where(col(Outbox.sent_at).is_not(None)).order_by(col(Outbox.sent_at).desc()).limit(limit)
    ).all():
        lines.append((as_utc(o.sent_at), f"{as_utc(o.sent_at):%Y-%m-%d %H:%M} we e-mailed: {d.subject}"))
    lines.sort(key=lambda item: item[0], reverse=True)
    return [line for _at, line in lines[:limit]]


# --------------------------------------------------------------------------- calibration


def calibrate(ws: Workspace, *, since: datetime | None = None, now: datetime | None = None) -> dict[str, Any]:
    """How well the score predicted conversion, by score band and by rule, and the threshold it suggests.

    A lead converted when it booked a meeting, or the CRM moved it to opportunity/customer
    (handed_off or customer with a CRM reason). Its score is taken just before it converted (from
    its history: no peeking at what came after); others are scored at their peak over their events.
    """
    now = as_utc(now) if now else utcnow()
    since = as_utc(since) if since else now - timedelta(days=365)
    rules = ws.config.scoring
    leads: list[tuple[float, bool, set[str]]] = []
    with ws.db.session() as session:
        contacts = session.exec(select(Contact)).all()
        fits = _Fits(session, ws)
        events_by = defaultdict(list)
        for e in session.exec(
            select(EngagementEvent).where(col(EngagementEvent.applied).is_(True)).where(col(EngagementEvent.occurred_at) >= since)
        ).all():
            events_by[e.contact_id].append(e)
        converted_at: dict[int, datetime] = {}
        for change in session.exec(
            select(StageChange).where(col(StageChange.to_stage).in_([st.CUSTOMER, st.HANDED_OFF])).where(col(StageChange.actor) == "crm import")
        ).all():
            converted_at.setdefault(change.contact_id, as_utc(change.at))
        signals_by = _signal_facts_for(session, [c.account_id or 0 for c in contacts])
        for contact in contacts:
            events = sorted(events_by.get(contact.id, []), key=lambda e: as_utc(e.occurred_at))
            meeting = next((as_utc(e.occurred_at) for e in events if e.type == "meeting_booked"), None)
            when = min([t for t in (meeting, converted_at.get(contact.id or 0)) if t is not None], default=None)
            if not events and when is None:
                continue
            signals = signals_by.get(contact.account_id or 0, [])
            facts = _contact_facts(contact)
            fit = fits(contact.account_id)

            def score_at(t: datetime) -> lead_scoring.LeadScore:
                before = [_event_facts(e) for e in events if as_utc(e.occurred_at) < t]
                sig = [s for s in signals if as_utc(s.occurred_at) < t]
                ledger = lead_scoring.ledger_from_history(before, sig, rules)
                return lead_scoring.score_lead(ledger, facts, rules, now=t, fit=fit)

            if when is not None:
                result = score_at(when)
            else:
                candidates = [score_at(as_utc(e.occurred_at) + timedelta(seconds=1)) for e in events[-50:]]
                result = max(candidates, key=lambda r: r.value)
            fired = {line.split(" on ")[0].split(" (")[0].lstrip("+-0123456789 ").strip() for line in result.reasons}
            leads.append((result.value, when is not None, fired))
    return _calibration_report(leads, threshold=rules.mql_threshold, since=since)


def _calibration_report(leads: list[tuple[float, bool, set[str]]], *, threshold: float, since: datetime) -> dict[str, Any]:
    bands: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for value, converted, _ in leads:
        band = lead_scoring.band_of(value)
        bands[band][0] += 1
        bands[band][1] += int(converted)

    def band_key(name: str) -> int:
        return -1 if name == "<0" else int(name.split("-")[0])

    band_rows = [
        {"band": b, "leads": n, "converted": c, "rate": round(c / n, 3) if n else None}
        for b, (n, c) in sorted(bands.items(), key=lambda kv: band_key(kv[0]))
    ]
    total = len(leads)
    converted_total = sum(1 for _, c, _ in leads if c)
    base = converted_total / total if total else 0.0
    rule_rows = []
    all_rules = sorted({r for _, _, fired in leads for r in fired})
    for rule in all_rules:
        with_rule = [c for _, c, fired in leads if rule in fired]
        rate = sum(with_rule) / len(with_rule) if with_rule else 0.0
        rule_rows.append({"rule": rule, "leads": len(with_rule), "converted": sum(with_rule), "rate": round(rate, 3),
                          "lift": round(rate / base, 2) if base else None})
    rule_rows.sort(key=lambda r: (-(r["lift"] or 0), -r["leads"]))
    suggestion = None
    if converted_total and converted_total < total:
        best = None
        for candidate in sorted({round(v) for v, _, _ in leads}):
            tp = sum(1 for v, c, _ in leads if c and v >= candidate)
            fp = sum(1 for v, c, _ in leads if not c and v >= candidate)
            tpr = tp / converted_total
            fpr = fp / (total - converted_total)
            j = tpr - fpr  # Youden's J: the threshold that best separates converters
            if best is None or j > best[0]:
                best = (j, candidate, tpr, fpr)
        if best is not None:
            suggestion = {"threshold": best[1], "catches": round(best[2], 3), "false_alarms": round(best[3], 3)}
    return {
        "since": since.isoformat(),
        "leads": total,
        "converted": converted_total,
        "current_threshold": threshold,
        "bands": band_rows,
        "rules": rule_rows,
        "suggested_threshold": suggestion,
        "enough_data": converted_total >= 10 and total - converted_total >= 10,
    }
