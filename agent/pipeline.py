"""One idempotent cycle: collect -> resolve -> score -> route -> draft -> queue.

Each step is a function of ids and the database, with no state kept in memory between runs,
so the same jobs can be handed to many workers over PostgreSQL. Running a step twice is a no-op:
signals are UNIQUE on their dedup key, drafts on their signal, outbox rows on their draft.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from agent.delivery.sender import suppressed_by, suppression_values
from agent.ingest import DbSnapshots, store_events
from agent.services.accounts import person_of, watched_accounts
from agent.services.reactivation import Waker
from agent.store.models import (
    Account,
    CollectorState,
    Contact,
    Draft,
    Signal,
    SignalStatus,
    Snapshot,
    SourceHealth,
)
from agent.workspace import Workspace
from drafting.base import DraftProvider
from drafting.context import AccountFacts, ContactFacts, DraftContext, SenderFacts
from signals.http import FetchDeadline, Fetcher, FetchError
from signals.imports import is_freemail
from signals.model import Evidence, Person, SignalEvent, WatchedAccount, utcnow
from signals.resolve import AccountResolver, normalise_company_name, normalise_domain
from signals.scoring import choose_recipient, fit_score, priority
from signals.sources.base import ConfigProblem, ReadContext, SourceError, collector_for

if TYPE_CHECKING:
    from drafting.produce import ProducedDraft

# The drafter and its templates are imported when there is something to draft (`make_provider`,
# `_BatchDrafter`): an idle cycle never loads them.

log = logging.getLogger("outrider.pipeline")

#: Kinds that are stored and shown but never drafted on their own.
RECORD_ONLY_KINDS = frozenset({"role_closed"})

#: After this many failed runs in a row a source is shown as unhealthy.
UNHEALTHY_AFTER = 3


@dataclass
class CollectResult:
    source: str
    events: int = 0
    new_signals: int = 0
    new_signal_ids: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    not_modified: bool = False
    #: Why the read stopped early (its deadline_s passed); what was read before it is kept.
    stopped: str | None = None
    #: Another process was collecting this source at the same moment; this run left it alone.
    skipped: str | None = None

    @property
    def failed(self) -> bool:
        """The source did not finish this run: an error, or its deadline stopped it."""
        return self.error is not None or self.stopped is not None

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def failure(self) -> str | None:
        return self.error or self.stopped


@dataclass
class RouteResult:
    drafted: int = 0
    unmatched: int = 0
    recorded: int = 0
    draft_ids: list[int] = field(default_factory=list)
    fallbacks: list[str] = field(default_factory=list)
    #: The signals whose drafts are stored (one entry per draft, so a signal may repeat).
    drafted_signal_ids: list[int] = field(default_factory=list)


def _fetcher_options(ws: Workspace) -> dict[str, Any]:
    contact = ws.config.contact_email or ws.config.sender.email
    http = ws.config.http
    return {
        "user_agent": f"Outrider/0.1 ({contact})",
        "rate_per_host": http.rate_per_host,
        "host_rates": dict(http.host_rates),
        "attempts": http.attempts,
        "backoff": http.backoff_s,
        "max_connections": http.max_connections,
        "allow_private": http.allow_private,
    }


def make_fetcher(ws: Workspace, **overrides: Any) -> Fetcher:
    """A new fetcher of its own (the caller closes it); see `shared_fetcher` for the usual one."""
    options = _fetcher_options(ws)
    options.update(overrides)
    return Fetcher(**options)


_FETCHER_LOCK = threading.Lock()


def shared_fetcher(ws: Workspace) -> Fetcher:
    """The workspace's one fetcher, shared by every source collected through this Workspace
    object (a cycle's sources, a worker's jobs): one connection pool, and per-host rate limits
    that hold across sources. Rebuilt when `[http]` changes; never closed by a collection."""
    options = _fetcher_options(ws)
    key = repr(sorted(options.items()))
    with _FETCHER_LOCK:
        held = ws.__dict__.get("_shared_fetcher")
        if held is not None and held[0] == key:
            return held[1]
        fetcher = Fetcher(**options)
        ws.__dict__["_shared_fetcher"] = (key, fetcher)
        return fetcher


def collect_source(
    ws: Workspace,
    name: str,
    *,
    fetcher: Fetcher | None = None,
    now: datetime | None = None,
    progress: Callable[[int, int | None], None] | None = None,
) -> CollectResult:
    """Read one source and store its new events, unless another process is collecting it right
    now (a PostgreSQL advisory lock, or a lock file beside the SQLite database): then this run
    skips it, says so, and leaves the other to finish. Failures mark the source, never raise."""
    from agent.locks import named_lock

    ws.config.source(name)  # an unknown name is a configuration error, not a skip
    with named_lock(ws.db.engine, f"collect:{name}", wait=False) as held:
        if not held:
            result = CollectResult(source=name)
            result.skipped = f"another collection of {name!r} is running; skipped this time"
            log.info("%s", result.skipped)
            return result
        return _collect_source(ws, name, fetcher=fetcher, now=now, progress=progress)


def _collect_source(
    ws: Workspace,
    name: str,
    *,
    fetcher: Fetcher | None = None,
    now: datetime | None = None,
    progress: Callable[[int, int | None], None] | None = None,
) -> CollectResult:
    """Read one source and store its new events. Failures mark the source, never raise.

    The read ends by the source's `deadline_s`: every request made for it stops then, and
    reading stops at the next event. What was read by then is stored; the source's cursor and
    validators are not advanced (the next run reads the rest again; dedup keys drop repeats) and
    the source is marked degraded with the reason.
    """
    db = ws.db
    source = ws.config.source(name)
    result = CollectResult(source=name)
    fetcher = fetcher or shared_fetcher(ws)
    with db.session() as session:
        row = session.get(CollectorState, name)
        state = dict(row.state) if row else {}
    snapshots = DbSnapshots(db, name)
    deadline = time.monotonic() + source.deadline_s
    ctx = ReadContext(
        http=fetcher.bounded(deadline),
        state=state,
        snapshots=snapshots,
        # Loaded on first use: a news feed never needs 10,000 accounts read for it.
        accounts=_LazySequence(lambda: _load_watched(db)),
        now=now or utcnow(),
        progress=progress,
        people=_LazyMapping(lambda: _load_people(db)),
        defaults=ws.config.collector_defaults(),
    )
    events: list[SignalEvent] = []
    try:
        collector = collector_for(source.type)
        collector.check(source)
        reader = collector.read(source, ctx)
        try:
            for event in reader:
                events.append(event)
                if time.monotonic() >= deadline:
                    break
        finally:
            close = getattr(reader, "close", None)
            if close is not None:
                close()  # runs the collector's own clean-up (its worker pool) now
    except (ConfigProblem, SourceError, FetchError) as exc:
        if not (isinstance(exc, FetchDeadline) or time.monotonic() >= deadline):
            message = str(exc)
            result.error = message if message.startswith("source ") else f"source {name!r}: {message}"
    except Exception as exc:  # a collector bug must not stop the cycle
        log.exception("source %s crashed", name)
        result.error = f"source {name!r} failed unexpectedly: {exc.__class__.__name__}: {exc}"
    if result.error is None and time.monotonic() >= deadline:
        result.stopped = (
            f"source {name!r}: stopped at its deadline_s = {source.deadline_s:g} s; the {len(events)} events "
            "read before it were kept and the rest is read next run"
        )
    result.events = len(events)
    result.problems = [f"{p.where}: {p.reason}" for p in ctx.problems]
    result.warnings = list(ctx.warnings)
    for warning in ctx.warnings:
        log.warning("%s", warning)
    with db.write_session() as session:
        row = _collector_state_for_update(session, name, source.type)
        row.type = source.type
        row.last_run_at = utcnow()
        row.last_problems = [{"where": p.where, "reason": p.reason} for p in ctx.problems[-50:]]
        if result.error is None:
            ids = store_events(db, session, events)
            result.new_signal_ids = ids
            result.new_signals = len(ids)
            snapshots.flush(session)
            row.last_event_count = len(ids)
        if result.error is None and result.stopped is None:
            # The cursor advances in the same transaction as the events it covers.
            state["polled_once"] = True
            row.state = state
            row.etag = state.get("etag")
            row.last_modified = state.get("last_modified")
            row.health = SourceHealth.DEGRADED if ctx.warnings else SourceHealth.OK
            row.consecutive_failures = 0
            row.last_error = "; ".join(ctx.warnings)[:2000] or None
            row.last_success_at = row.last_run_at
            _adopt_discovered_boards(session, state.get("discovered"))
        else:
            # Reported once, by whoever runs the collection (the CLI prints it, the loop logs it).
            log.debug("%s", result.failure)
            row.consecutive_failures += 1
            row.last_error = result.failure
            row.health = (
                SourceHealth.UNHEALTHY if row.consecutive_failures >= UNHEALTHY_AFTER else SourceHealth.DEGRADED
            )
        session.add(row)
        session.commit()
    return result


def _collector_state_for_update(session: Session, name: str, type_: str) -> CollectorState:
    """The source's state row, created if missing without a race (two first cycles at once used
    to collide on its primary key) and locked for this transaction on PostgreSQL."""
    insert = _insert_ignore_for(session)
    session.execute(
        insert(CollectorState)  # type: ignore[attr-defined]
        .values(source=name, type=type_, state={}, last_problems=[], health=SourceHealth.NEVER,
                consecutive_failures=0, last_event_count=0)
        .on_conflict_do_nothing(index_elements=["source"])
    )
    query = select(CollectorState).where(CollectorState.source == name)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return session.exec(query.execution_options(populate_existing=True)).one()


def _adopt_discovered_boards(session: Session, discovered: Any) -> None:
    """Job boards a collector found on careers pages are kept on the account (a rep sees and can
    correct them), unless the account already names its board."""
    if not isinstance(discovered, dict):
        return
    for account_id, found in discovered.items():
        if not isinstance(found, dict) or not found.get("ats") or not found.get("board"):
            continue
        try:
            account = session.get(Account, int(account_id))
        except (TypeError, ValueError):
            continue
        if account is None or account.ats_board:
            continue
        account.ats = str(found["ats"])
        account.ats_board = str(found["board"])
        if found.get("found_at") and not account.careers_url:
            account.careers_url = str(found["found_at"])
        account.updated_at = utcnow()
        session.add(account)


class _LazySequence(Sequence[Any]):
    def __init__(self, load: Callable[[], Sequence[Any]]) -> None:
        self._load = load
        self._items: Sequence[Any] | None = None

    def _get(self) -> Sequence[Any]:
        if self._items is None:
            self._items = self._load()
        return self._items

    def __getitem__(self, index: Any) -> Any:
        return self._get()[index]

    def __len__(self) -> int:
        return len(self._get())

    def __iter__(self) -> Iterator[Any]:
        return iter(self._get())


class _LazyMapping(Mapping[str, Any]):
    def __init__(self, load: Callable[[], Mapping[str, Any]]) -> None:
        self._load = load
        self._items: Mapping[str, Any] | None = None

    def _get(self) -> Mapping[str, Any]:
        if self._items is None:
            self._items = self._load()
        return self._items

    def __getitem__(self, key: str) -> Any:
        return self._get()[key]

    def __len__(self) -> int:
        return len(self._get())

    def __iter__(self) -> Iterator[str]:
        return iter(self._get())


def _load_watched(db: Any) -> list[WatchedAccount]:
    with db.session() as session:
        return watched_accounts(session)


def _load_people(db: Any) -> dict[str, tuple[bool, str | None]]:
    with db.session() as session:
        return {
            email.lower(): (bool(champion), stage)
            for email, champion, stage in session.exec(
                select(Contact.email, Contact.champion, Contact.lifecycle_stage)
            ).all()
        }


def make_provider(ws: Workspace) -> DraftProvider:
    if ws.config.drafting.provider == "llm":
        from drafting.llm import LLMDrafter

        cfg = ws.config.drafting
        key = ws.settings.openai_api_key
        return LLMDrafter(
            model=cfg.model,
            base_url=cfg.base_url,
            api_key=key.get_secret_value() if key else None,
            temperature=cfg.temperature,
            timeout_s=cfg.timeout_s,
            max_retries=cfg.max_retries,
            policy=ws.config.guardrails,
            structured_output=cfg.structured_output,
            tone=cfg.tone,
        )
    from drafting.offline import OfflineDrafter

    return OfflineDrafter()


def draft_context(
    ws: Workspace,
    signal: Signal,
    account: WatchedAccount | Account,
    person: Person | Contact,
    *,
    fit_reasons: Iterable[str] = (),
    instruction: str | None = None,
) -> DraftContext:
    """What a drafter may know about one signal, its account and its recipient."""
    return DraftContext(
        signal_kind=signal.kind,
        signal_title=signal.title,
        signal_url=signal.url,
        occurred_at=signal.occurred_at,
        facts=signal.facts,
        evidence=[Evidence.model_validate(e) for e in signal.evidence],
        account=AccountFacts(
            name=account.name,
            domain=account.domain,
            industry=account.industry,
            employees=account.employees,
            country=account.country,
        ),
        contact=ContactFacts(
            first_name=person.first_name, last_name=person.last_name, email=person.email, title=person.title
        ),
        persona=None,
        lifecycle_stage=person.lifecycle_stage,
        fit_reasons=list(fit_reasons),
        sender=_sender(ws),
        allowed_urls=list(ws.config.guardrails.allowed_urls),
        instruction=instruction,
    )


def _sender(ws: Workspace) -> SenderFacts:
    sender = ws.config.sender
    return SenderFacts(
        name=sender.name, email=sender.email, company=sender.company, value_proposition=sender.value_proposition
    )


def process_signals(
    ws: Workspace,
    *,
    signal_ids: Iterable[int] | None = None,
    provider: DraftProvider | None = None,
    now: datetime | None = None,
    batch_size: int = 500,
    defer_drafts: Callable[[list[int]], None] | None = None,
    rescore_leads: bool = True,
) -> RouteResult:
    """Resolve, score, route and draft every signal still `new` (or just the given ids).

    Works in batches, each committed on its own, so memory stays flat and a crash loses at most
    one batch of routing work (which the next run redoes: drafts are UNIQUE per signal).

    `defer_drafts` (the PostgreSQL workers): route only, and hand the ids of the signals worth a
    draft to it instead of drafting here; they stay `new` until their own draft job stores the
    draft (agent/workers). `result.drafted` then counts the signals handed over.

    `rescore_leads=False` (a draft job): the route job that handed these signals over already
    counted them toward the lead scores; counting again is a no-op (the ledger keeps one entry per
    signal) that would still lock every contact at the account, once per draft slot.
    """
    db = ws.db
    now = now or utcnow()
    result = RouteResult()
    with db.session() as session:
        query = select(Signal.id).where(Signal.status == SignalStatus.NEW).order_by(col(Signal.id))
        if signal_ids is not None:
            wanted = list(signal_ids)
            if not wanted:
                return result
            query = query.where(col(Signal.id).in_(wanted))
        ids = [i for i in session.exec(query).all() if i is not None]
        if not ids:
            return result
        by_id, resolver = routing_index(db, session)
    provider = provider or make_provider(ws)
    drafter = _BatchDrafter(provider, ws.config.guardrails, expected=len(ids))
    try:
        _route_batches(ws, ids, batch_size, resolver, by_id, now, result, drafter, defer_drafts)
    finally:
        drafter.close()
    if not rescore_leads:
        return result
    # A signal at an account counts toward the lead score of everyone there.
    from agent.services.leads import signals_routed

    signals_routed(ws, signal_ids=ids, now=now)
    return result


def _route_batches(
    ws: Workspace,
    ids: list[int],
    batch_size: int,
    resolver: AccountResolver,
    by_id: dict[int, WatchedAccount],
    now: datetime,
    result: RouteResult,
    drafter: _BatchDrafter,
    defer_drafts: Callable[[list[int]], None] | None = None,
) -> None:
    db = ws.db
    provider = drafter.provider
    for start in range(0, len(ids), batch_size):
        chunk = ids[start : start + batch_size]
        # 1. Route in one short transaction: resolve, settle job changes (their contacts and
        #    suggested accounts are created here), decide what each signal becomes. Signals that
        #    get a draft stay `new` until the draft is stored, so a crash in between loses nothing.
        with db.write_session() as session:
            # Only signals still `new`, locked: a route job and a draft job (or two draft jobs after
            # a reroute) can hold the same signal, and the one that reads it second must not undo
            # what the first stored (a `recorded` written over a signal whose draft just landed).
            signals = _lock_new_signals(session, chunk)
            matches: dict[int, Any] = {}
            for signal in signals:
                if signal.account_id is None:
                    matches[signal.id or 0] = resolver.resolve(
                        name=signal.company_name, domain=signal.company_domain, hints=signal.hints
                    )
            wanted_accounts = {signal.account_id for signal in signals if signal.account_id} | {
                m.account.id for m in matches.values() if m is not None
            }
            people = _people_by_account(session, wanted_accounts)
            preferred = _prepare_job_changes(session, signals, matches, by_id, people)
            waker = Waker(session, ws)
            # Only what this batch's accounts and people need, not every snapshot and suppression.
            technologies = _technologies_for(
                session, {by_id[a].domain for a in wanted_accounts if a in by_id and by_id[a].domain}
            )
            suppressed = suppression_values(
                session, [p.email for group in people.values() for p in group] + [p.email for p in preferred.values()]
            )
            jobs: list[_DraftJob] = []
            for signal in signals:
                if signal.status == SignalStatus.RECORDED:  # settled by _prepare_job_changes
                    session.add(signal)
                    result.recorded += 1
                    continue
                routed = _route_one(
                    ws, signal, matches.get(signal.id or 0), by_id, people, provider, now, jobs,
                    preferred.get(signal.id or 0), technologies, suppressed, waker,
                )
                if routed == "drafted":
                    signal.status = SignalStatus.NEW  # until its draft is stored (step 3)
                    result.drafted += 1
                elif routed == "unmatched":
                    result.unmatched += 1
                else:
                    result.recorded += 1
                session.add(signal)
            session.commit()
        if defer_drafts is not None:
            if jobs:
                defer_drafts([job.signal_id for job in jobs])
            continue
        # 2. Draft with no transaction open: a model may take seconds, and a transaction held
        #    across it would lock SQLite for the Queue page and every other writer.
        draft_rows = drafter.draft(jobs, now)
        # 3. Store the drafts and mark their signals drafted, in one transaction.
        if draft_rows:
            with db.write_session() as session:
                # Only signals still `new` get their drafts: another job may have settled one while
                # this one drafted (recorded it, its recipient now suppressed, or stored its draft).
                still_new = {s.id for s in _lock_new_signals(session, [job.signal_id for job in jobs])}
                draft_rows = [r for r in draft_rows if r["signal_id"] in still_new]
                # One multi-row insert per batch; UNIQUE(signal_id, contact_id) makes a rerun a no-op.
                insert = _insert_ignore_for(session)
                first_touches = [r for r in draft_rows if r["kind"] != "reactivation"]
                if first_touches:
                    session.execute(
                        insert(Draft).on_conflict_do_nothing(index_elements=["signal_id", "contact_id"]),  # type: ignore[attr-defined]
                        first_touches,
                    )
                # A reactivation may also meet the one-open-per-lead index: any conflict skips it.
                for row in (r for r in draft_rows if r["kind"] == "reactivation"):
                    session.execute(insert(Draft).on_conflict_do_nothing(), [row])  # type: ignore[attr-defined]
                session.execute(
                    update(Signal)
                    .where(col(Signal.id).in_(sorted(still_new)))
                    .where(col(Signal.status) == SignalStatus.NEW)
                    .values(status=SignalStatus.DRAFTED, status_reason=None)
                )
                session.commit()
        with db.session() as session:
            drafts = session.exec(
                select(Draft.id, Draft.fallback_reason, Draft.signal_id).where(col(Draft.signal_id).in_(chunk))
            ).all()
        result.draft_ids.extend(d for d, _, _ in drafts if d)
        result.fallbacks.extend(r for _, r, _ in drafts if r)
        result.drafted_signal_ids.extend(s for d, _, s in drafts if d and s)


def _lock_new_signals(session: Session, ids: list[int]) -> list[Signal]:
    """The signals among `ids` that are still `new`, read fresh and, on PostgreSQL, locked for
    this transaction in id order (SQLite's write session already holds the write lock)."""
    if not ids:
        return []
    query = (
        select(Signal).where(col(Signal.id).in_(sorted(set(ids)))).where(Signal.status == SignalStatus.NEW)
        .order_by(col(Signal.id)).execution_options(populate_existing=True)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return list(session.exec(query).all())


#: Job changes whose recipient is the person who changed jobs (not whoever fits the personas).
_PERSONAL_CHANGES = {"champion_moved", "new_executive", "promotion"}


def _prepare_job_changes(
    session: Session,
    signals: list[Signal],
    matches: dict[int, Any],
    accounts: dict[int, WatchedAccount],
    people: dict[int, list[Person]],
) -> dict[int, Person]:
    """Job changes need two things routing alone cannot give them.

    A champion who moved to a company nobody watches becomes a suggested account a rep can
    accept (the signal waits on it, recorded). A move, promotion or new executive at a watched
    account is written to the person it is about: their contact is created from the facts when
    the source knows their email. Returns the preferred recipient per signal id.
    """
    preferred: dict[int, Person] = {}
    for signal in signals:
        if signal.kind != "job_change":
            continue
        facts = signal.facts or {}
        change = facts.get("change")
        match = matches.get(signal.id or 0)
        account_id = signal.account_id if signal.account_id in accounts else (match.account.id if match else None)
        if account_id is None:
            if change == "champion_moved" and (facts.get("new_company") or facts.get("new_company_domain")):
                suggested = _suggest_account(session, facts)
                signal.account_id = suggested.id
                signal.status = SignalStatus.RECORDED
                signal.status_reason = (
                    f"{facts.get('person') or 'a champion'} moved to {suggested.name}, which is not watched; "
                    "accept the suggested account to get a draft"
                )
            continue
        email = str(facts.get("person_email") or "").strip().lower()
        if change not in _PERSONAL_CHANGES or "@" not in email:
            continue
        if change == "champion_moved" and not _address_at(email, facts, accounts.get(account_id)):
            # "Congrats on the move" must not go to the old employer's mailbox.
            signal.account_id = account_id
            signal.status = SignalStatus.RECORDED
            signal.status_reason = (
                f"{facts.get('person') or email} moved, but the only address we know ({email}) is at their "
                "previous company; add their new address to get a draft"
            )
            continue
        person = _ensure_contact(session, account_id, email, facts)
        people.setdefault(account_id, [])
        if all(p.email != person.email for p in people[account_id]):
            people[account_id].append(person)
        preferred[signal.id or 0] = person
    return preferred


def _address_at(email: str, facts: dict[str, Any], account: WatchedAccount | None) -> bool:
    """Is `email` an address at the company the person moved to (or a personal one)?"""
    domain = email.rpartition("@")[2]
    if is_freemail(domain):
        return True  # a personal address moves with the person
    new_domain = normalise_domain(facts.get("new_company_domain")) or (account.domain if account else None)
    if new_domain:
        return domain == new_domain or domain.endswith("." + new_domain)
    old_domain = normalise_domain(facts.get("previous_company_domain"))
    return not (old_domain and (domain == old_domain or domain.endswith("." + old_domain)))


def relationship(person: Person) -> str | None:
    """"customer" or "open deal" when a person must not get a cold pitch, else None."""
    lifecycle = (person.lifecycle_stage or "").casefold()
    status = (person.lead_status or "").casefold()
    if person.stage == "customer" or lifecycle in ("customer", "evangelist"):
        return "customer"
    if person.stage == "handed_off" or lifecycle in ("opportunity", "sql") or "open deal" in status:
        return "open deal"
    return None


def _suggest_account(session: Session, facts: dict[str, Any]) -> Account:
    domain = normalise_domain(facts.get("new_company_domain"))
    name = str(facts.get("new_company") or domain or "").strip()
    existing = None
    if domain:
        existing = session.exec(select(Account).where(Account.domain == domain)).first()
    if existing is None:
        for account in session.exec(select(Account).where(col(Account.suggested).is_(True))).all():
            if normalise_company_name(account.name) == normalise_company_name(name):
                existing = account
                break
    if existing is not None:
        return existing
    account = Account(
        name=name,
        domain=domain,
        suggested=True,
        suggested_reason=f"{facts.get('person') or 'A champion'} moved here"
        + (f" from {facts['previous_company']}" if facts.get("previous_company") else ""),
    )
    session.add(account)
    session.flush()
    return account


def _ensure_contact(session: Session, account_id: int, email: str, facts: dict[str, Any]) -> Person:
    contact = session.exec(select(Contact).where(Contact.email == email)).first()
    if contact is None:
        first, _, last = str(facts.get("person") or email.split("@")[0]).partition(" ")
        contact = Contact(
            first_name=first,
            last_name=last,
            email=email,
            title=facts.get("new_title"),
            company=facts.get("new_company"),
            account_id=account_id,
            champion=bool(facts.get("champion")),
        )
        session.add(contact)
        session.flush()
    return person_of(contact)


def _technologies_for(session: Session, domains: Iterable[str]) -> dict[str, list[str]]:
    """What tech_stack sources last saw on these sites (snapshots `tech:{domain}`), for fit."""
    found: dict[str, list[str]] = defaultdict(list)
    keys = sorted(f"tech:{d}" for d in set(domains) if d)
    for start in range(0, len(keys), 900):
        rows = session.exec(select(Snapshot.key, Snapshot.data).where(col(Snapshot.key).in_(keys[start : start + 900]))).all()
        for key, data in rows:
            techs = data.get("techs") if isinstance(data, dict) else None
            if isinstance(techs, dict):
                found[key.removeprefix("tech:")].extend(str(name) for name in techs)
    return found


class _RoutingIndex:
    """The watched accounts and their resolver, built once and kept while the accounts stay as
    they are: every change to them (an import, an edit, an add or a removal, in this process or
    another) moves the version read with one small query, and the next call rebuilds."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._built: weakref.WeakKeyDictionary[Any, tuple[tuple[Any, ...], dict[int, WatchedAccount], AccountResolver]] = (
            weakref.WeakKeyDictionary()
        )

    @staticmethod
    def version(session: Session) -> tuple[Any, ...]:
        count, top, changed = session.exec(
            select(func.count(), func.max(Account.id), func.max(Account.updated_at)).select_from(Account)
        ).one()
        return (int(count), top, changed)

    def get(self, db: Any, session: Session) -> tuple[dict[int, WatchedAccount], AccountResolver]:
        version = self.version(session)
        with self._lock:
            built = self._built.get(db.engine)
            if built is not None and built[0] == version:
                return built[1], built[2]
        started = time.monotonic()
        accounts = watched_accounts(session)
        by_id = {a.id: a for a in accounts}
        resolver = AccountResolver(accounts)
        with self._lock:
            self._built[db.engine] = (version, by_id, resolver)
        # INFO: a build is rare (a start, an accounts change) and costs seconds at 100k accounts.
        log.info("routing index built: %d accounts in %.2f s", len(accounts), time.monotonic() - started,
                 extra={"outcome": "built"})
        return by_id, resolver

    def clear(self) -> None:
        with self._lock:
            self._built.clear()


_ROUTING = _RoutingIndex()


def routing_index(db: Any, session: Session) -> tuple[dict[int, WatchedAccount], AccountResolver]:
    """The watched accounts by id and their resolver, rebuilt only when the accounts changed."""
    return _ROUTING.get(db, session)


def warm_routing_index(ws: Workspace) -> int:
    """Build the routing index now (a worker does it before it takes its first job, so no route
    job pays for it). Returns the number of accounts in it."""
    with ws.db.session() as session:
        by_id, _resolver = routing_index(ws.db, session)
    return len(by_id)


def _people_by_account(session: Session, account_ids: set[int | None]) -> dict[int, list[Person]]:
    grouped: dict[int, list[Person]] = defaultdict(list)
    wanted = [a for a in account_ids if a]
    if not wanted:
        return grouped
    for c in session.exec(select(Contact).where(col(Contact.account_id).in_(wanted))).all():
        grouped[c.account_id or 0].append(person_of(c))
    return grouped


def _route_one(
    ws: Workspace,
    signal: Signal,
    match: Any,
    accounts: dict[int, WatchedAccount],
    people: dict[int, list[Person]],
    provider: DraftProvider,
    now: datetime,
    jobs: list[_DraftJob],
    preferred: Person | None = None,
    technologies: dict[str, list[str]] | None = None,
    suppressed: set[str] | frozenset[str] = frozenset(),
    waker: Waker | None = None,
) -> str:
    """Decide what one signal becomes; a signal worth a draft adds a job to `jobs`.

    Dormant leads it wakes (`agent.services.reactivation`) get reactivation jobs; they are never
    the cold recipient: a dormant lead and a stranger at the same account are not written alike.
    """
    account: WatchedAccount | None = accounts.get(signal.account_id) if signal.account_id else None
    if account is None:
        if match is None:
            signal.status = SignalStatus.UNMATCHED
            who = signal.company_name or signal.company_domain or "unknown company"
            signal.status_reason = f"{who} is not a watched account"
            return "unmatched"
        account = match.account
        signal.account_id = account.id
        signal.match_method = match.method
        signal.match_reason = match.reason
    fit = fit_score(account, ws.config.icp, technologies=(technologies or {}).get(account.domain or "", ()))
    prio = priority(fit=fit.value, strength=signal.strength, occurred_at=signal.occurred_at, now=now)
    signal.fit = fit.value
    signal.priority = prio.value
    signal.score_reasons = [*fit.reasons, *prio.reasons]
    if signal.kind in RECORD_ONLY_KINDS:
        signal.status = SignalStatus.RECORDED
        signal.status_reason = "kept for the record (a closed posting is context, not a reason to write)"
        return "recorded"
    if signal.stale:
        signal.status = SignalStatus.RECORDED
        signal.status_reason = "older than the source's max_age_days; recorded, not drafted"
        return "recorded"
    confidence = (signal.facts or {}).get("confidence")
    if isinstance(confidence, int | float) and confidence < ws.config.drafting.min_confidence:
        signal.status = SignalStatus.RECORDED
        why = (signal.facts or {}).get("explanation") or "the text names it only indirectly"
        signal.status_reason = (
            f"the company in this item is uncertain: {why} (confidence {confidence:.2f}, "
            f"under drafting.min_confidence); check it before writing"
        )
        return "recorded"
    if prio.value < ws.config.drafting.min_priority:
        signal.status = SignalStatus.RECORDED
        signal.status_reason = f"priority {prio.value:.0f} is under drafting.min_priority"
        return "recorded"
    wakes = []
    if waker is not None:
        pool = list(people.get(account.id, []))
        if preferred is not None and all(p.id != preferred.id for p in pool):
            pool.append(preferred)
        reachable_pool = [p for p in pool if not suppressed_by(p.email, suppressed) and relationship(p) is None]
        wakes = waker.wake(signal, account, reachable_pool, preferred=preferred, fit_reasons=fit.reasons)
    for wake in wakes:
        jobs.append(_DraftJob(signal_id=signal.id or 0, account_id=account.id, contact_id=wake.person.id,
                              priority=prio.value, context=wake.context, kind="reactivation"))
        signal.score_reasons = [*signal.score_reasons, wake.reason]
    woken = {w.person.id for w in wakes}
    if preferred is not None and preferred.id in woken:
        signal.status = SignalStatus.DRAFTED
        signal.status_reason = None
        return "drafted"
    if preferred is not None and preferred.stage == "dormant" and waker is not None and not suppressed_by(preferred.email, suppressed):
        signal.status = SignalStatus.RECORDED
        signal.status_reason = f"{preferred.full_name} is dormant and already has an open reactivation; nothing new is drafted"
        return "recorded"
    if preferred is not None:
        blocked = suppressed_by(preferred.email, suppressed)
        if blocked:
            signal.status = SignalStatus.RECORDED
            signal.status_reason = f"{preferred.full_name} ({preferred.email}) is suppressed ({blocked}); nothing is drafted"
            return "recorded"
        chosen: tuple[Person, str] | None = (preferred, f"{preferred.full_name}, the person this change is about")
    else:
        candidates = people.get(account.id, [])
        reachable = [p for p in candidates if not suppressed_by(p.email, suppressed)]
        # Customers and people in an open deal are never cold-pitched: their owner talks to them.
        # Dormant leads are not cold either: they get a reactivation (above) or nothing.
        cold = [p for p in reachable if relationship(p) is None and p.stage != "dormant"]
        chosen = choose_recipient(cold, ws.config.icp.personas)
        if chosen is None and wakes:
            signal.status = SignalStatus.DRAFTED
            signal.status_reason = None
            return "drafted"
        if chosen is None:
            signal.status = SignalStatus.RECORDED
            warm = [p for p in reachable if relationship(p) is not None]
            if warm and choose_recipient(warm, ws.config.icp.personas) is not None:
                who = ", ".join(f"{p.full_name} ({relationship(p)})" for p in warm[:3])
                signal.status_reason = f"the contacts who fit at {account.name} are not for a cold pitch: {who}; their owner handles it"
            elif len(reachable) < len(candidates) and choose_recipient(candidates, ws.config.icp.personas):
                signal.status_reason = f"every contact who fits at {account.name} is suppressed; nothing is drafted"
            elif choose_recipient([p for p in reachable if p.stage == "dormant"], ws.config.icp.personas):
                signal.status_reason = (
                    f"the contacts who fit at {account.name} are dormant, and this signal does not wake them "
                    "(not their department, or they already have an open reactivation)"
                )
            else:
                signal.status_reason = f"no contact at {account.name} fits the personas; add one to get a draft"
            return "recorded"
    person, recipient_reason = chosen
    signal.score_reasons = [*signal.score_reasons, f"recipient: {recipient_reason}"]
    context = draft_context(ws, signal, account, person, fit_reasons=fit.reasons)
    jobs.append(_DraftJob(signal_id=signal.id or 0, account_id=account.id, contact_id=person.id,
                          priority=prio.value, context=context))
    signal.status = SignalStatus.DRAFTED
    signal.status_reason = None
    return "drafted"


@dataclass
class _DraftJob:
    signal_id: int
    account_id: int
    contact_id: int
    priority: float
    context: DraftContext
    #: "signal" (a first touch) or "reactivation" (a dormant lead woken by the signal).
    kind: str = "signal"


#: Below this many drafts in a batch, a process pool costs more than it saves.
PARALLEL_DRAFTS_MIN = 64


_WORKER: dict[str, Any] = {}


def _init_draft_worker(provider: DraftProvider, policy: Any) -> None:
    _WORKER["provider"], _WORKER["policy"] = provider, policy


def _draft_fields(produced: ProducedDraft) -> dict[str, Any]:
    draft = produced.draft
    return {
        "subject": draft.subject,
        "body": draft.body,
        "call_to_action": draft.call_to_action,
        "provider": draft.provider,
        "model": draft.model,
        "prompt_version": draft.prompt_version,
        "evidence_ids": list(draft.evidence_ids),
        "guardrail_report": [r.model_dump() for r in produced.report.results],
        "fallback_reason": produced.fallback_reason,
    }


def _draft_in_worker(context: DraftContext) -> dict[str, Any]:
    from drafting.produce import produce_draft

    return _draft_fields(produce_draft(context, _WORKER["provider"], policy=_WORKER["policy"]))


class _BatchDrafter:
    """Drafts a batch of jobs into draft rows. Offline drafting is pure CPU, so once a run is large
    enough it spreads over the cores (a process pool, created on first need); network-bound
    providers use a few threads instead."""

    def __init__(self, provider: DraftProvider, policy: Any, *, expected: int) -> None:
        self.provider = provider
        self.policy = policy
        self.expected = expected
        self._pool: Executor | None = None

    def _executor(self) -> Executor | None:
        if self._pool is None and self.expected >= PARALLEL_DRAFTS_MIN and (os.cpu_count() or 1) >= 2:
            init = {"initializer": _init_draft_worker, "initargs": (self.provider, self.policy)}
            if getattr(self.provider, "name", "") == "offline":
                self._pool = ProcessPoolExecutor(
                    max_workers=os.cpu_count(), mp_context=multiprocessing.get_context("fork"), **init
                )
            else:
                self._pool = ThreadPoolExecutor(max_workers=4, **init)
        return self._pool

    def draft(self, jobs: list[_DraftJob], now: datetime) -> list[dict[str, Any]]:
        return self.submit(jobs, now)()

    def submit(self, jobs: list[_DraftJob], now: datetime) -> Callable[[], list[dict[str, Any]]]:
        """Start drafting `jobs` and return what waits for the rows `draft` returns: with a pool,
        the workers draft while the caller does other work (the nurture tick writes the previous
        batch meanwhile); without one, the drafting happens when the rows are asked for."""
        pool = self._executor() if len(jobs) >= PARALLEL_DRAFTS_MIN else None
        if pool is None:
            from drafting.produce import produce_draft

            return lambda: self._rows(jobs, [
                _draft_fields(produce_draft(job.context, self.provider, policy=self.policy)) for job in jobs
            ], now)
        fields = pool.map(_draft_in_worker, [job.context for job in jobs], chunksize=32)  # submitted now
        return lambda: self._rows(jobs, list(fields), now)

    @staticmethod
    def _rows(jobs: list[_DraftJob], fields: list[dict[str, Any]], now: datetime) -> list[dict[str, Any]]:
        return [
            {
                "signal_id": job.signal_id,
                "kind": job.kind,
                "account_id": job.account_id,
                "contact_id": job.contact_id,
                "priority": job.priority,
                "context": job.context.model_dump(mode="json"),
                "status": "pending",
                "version": 1,
                "edited": False,
                "created_at": now,
                "updated_at": now,
                **f,
            }
            for job, f in zip(jobs, fields, strict=True)
        ]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


def _insert_ignore_for(session: Session):  # type: ignore[no-untyped-def]
    name = session.get_bind().dialect.name
    return pg_insert if name == "postgresql" else sqlite_insert


def rematch_unmatched(ws: Workspace) -> int:
    """After accounts change, give unmatched signals another chance. Kept for callers; the
    account services re-match on their own (agent.services.accounts.rematch_signals)."""
    from agent.services.accounts import rematch_signals

    with ws.db.session() as session:
        count = rematch_signals(session)
        session.commit()
        return count
