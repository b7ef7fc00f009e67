"""Watched accounts and their contacts: import, list, add, edit, archive, remove.

Every change that can make a signal matchable (an account added, edited, imported or restored;
contacts imported) re-matches signals here, in the same transaction (`rematch_signals`), so the
CLI, the UI and the API behave the same."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, or_, update
from sqlmodel import Session, col, select

from agent.ingest import DbSnapshots, store_events
from agent.services.auth import authorize_named
from agent.store.db import Database
from agent.workspace import Workspace
from agent.store.models import Account, Contact, Draft, Outbox, ReviewEvent, Signal
from signals.imports import (
    ContactRecord,
    ImportFileError,
    parse_accounts_csv,
    parse_contacts_csv,
)
from signals.model import Person, RecordProblem, WatchedAccount, utcnow
from signals.people import person_from_contact, watched_lookup
from signals.sources.people_file import emit_changes
from signals.resolve import normalise_company_name, normalise_domain

log = logging.getLogger(__name__)

MAX_IMPORT_BYTES = 200 * 1024 * 1024
#: The source name of job changes found by comparing one contacts import with the last.
CONTACTS_SOURCE = "contacts"


class AccountError(ValueError):
    """An account change that cannot be made; the message says why."""


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[RecordProblem] = field(default_factory=list)
    dialect: str = ""
    #: Contacts whose employer or title changed since the last import (job-change candidates).
    changes: list[dict[str, Any]] = field(default_factory=list)
    #: job_change signals this import produced (a champion moved, a promotion, a new executive).
    job_change_signal_ids: list[int] = field(default_factory=list)
    #: Leads whose stage the CRM's lifecycle stage or lead status set.
    stages_set: int = 0
    #: Engagement events that had arrived before their contact and are counted now.
    events_attached: int = 0
    #: Signals given another pass by the router because of this import (see `rematch_signals`).
    rematched: int = 0
    #: Addresses the CRM says opted out of e-mail, suppressed by this import.
    opted_out: int = 0

    @property
    def imported(self) -> int:
        return self.created + self.updated + self.unchanged


def audit_account_change(
    action: str, subject: str, before: Any = None, after: Any = None, *, db: Database | None = None,
    actor: Any = None,
) -> None:
    """THE one call site per account/contact configuration change for the audit log: an entry
    `account.<action>` on `subject` ("account:12", or an import's file name), written by
    agent.services.audit.record after the change is committed.

    `actor` is whoever acts (the Accounts page passes the signed-in or local user); without one
    (the CLI imports, tests) the entry says "unknown"."""
    from agent.services import audit

    log.info("account change action=%s subject=%s before=%s after=%s", action, subject, before, after)
    if db is None:
        return
    kind, _, ident = subject.partition(":")
    target_type, target_id = (kind, ident) if ident else ("import", subject)
    audit.record(db, actor=actor or "unknown", action=f"account.{action}", target_type=target_type,
                 target_id=target_id, before=before, after=after)


def read_import_file(path: Path) -> bytes:
    if not path.exists():
        raise ImportFileError(f"{path} does not exist")
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise ImportFileError(f"{path} is over {MAX_IMPORT_BYTES // 2**20} MB; split it")
    return path.read_bytes()


_ACCOUNT_FIELDS = (
    "name", "domain", "aliases", "industry", "employees", "country", "state",
    "owner_email", "crm_id", "ats", "ats_board", "careers_url",
)


def _apply(target: Any, values: dict[str, Any]) -> bool:
    changed = False
    for key, value in values.items():
        if value is None or value == [] or value == "":
            continue  # an empty cell never erases what we knew
        if getattr(target, key) != value:
            setattr(target, key, value)
            changed = True
    return changed


#: Rows per INSERT / UPDATE statement of an accounts import.
_IMPORT_CHUNK = 2000


def import_accounts(db: Database, data: bytes, *, filename: str = "<csv>", actor: Any = None) -> ImportSummary:
    """Parse and upsert accounts. Key: domain, else the normalised name. Bad rows are reported.

    In bulk: existing accounts are read as plain values (no ORM rows), new ones inserted and
    changed ones updated a few thousand rows per statement, all in one transaction.
    """
    actor = authorize_named(actor, "accounts")
    result = parse_accounts_csv(data, filename=filename)
    summary = ImportSummary(problems=list(result.problems), dialect=result.dialect)
    now = utcnow()
    with db.session() as session:
        by_domain: dict[str, dict[str, Any]] = {}
        by_name: dict[str, dict[str, Any]] = {}
        columns = [getattr(Account, k) for k in ("id", *_ACCOUNT_FIELDS)]
        for row in session.execute(select(*columns)).all():
            values = dict(zip(("id", *_ACCOUNT_FIELDS), row, strict=True))
            if values["domain"]:
                by_domain[values["domain"]] = values
            by_name.setdefault(normalise_company_name(values["name"]), values)
        created: list[dict[str, Any]] = []
        changed: dict[int, dict[str, Any]] = {}
        for record in result.records:
            incoming = {k: getattr(record, k) for k in _ACCOUNT_FIELDS}
            key_domain, key_name = record.domain, normalise_company_name(record.name)
            existing = by_domain.get(key_domain) if key_domain else by_name.get(key_name)
            if existing is None:
                account = dict(incoming)
                account["aliases"] = list(record.aliases)
                created.append(account)
                summary.created += 1
            else:
                account = existing
                if _apply_values(account, incoming):
                    summary.updated += 1
                    if account.get("id") is not None:
                        changed[account["id"]] = account
                else:
                    summary.unchanged += 1
            if account["domain"]:
                by_domain[account["domain"]] = account
            name_key = key_name if account["name"] == record.name else normalise_company_name(account["name"])
            by_name.setdefault(name_key, account)
        del by_domain, by_name
        defaults = {"suggested": False, "suggested_reason": None, "created_at": now, "updated_at": now}
        # A Core insert on the table: the ORM's bulk path costs more than the SQL for 100,000 rows.
        table = Account.__table__  # type: ignore[attr-defined]
        for start in range(0, len(created), _IMPORT_CHUNK):
            session.execute(insert(table), [{**defaults, **row} for row in created[start : start + _IMPORT_CHUNK]])
        rows = [{**account, "updated_at": now} for account in changed.values()]
        for start in range(0, len(rows), _IMPORT_CHUNK):
            session.execute(update(Account), rows[start : start + _IMPORT_CHUNK])
        if created or changed:
            # New accounts can only be what unmatched signals were about; changed ones may also
            # give their recorded signals a recipient or a better fit.
            session.flush()
            summary.rematched = rematch_signals(session, set(changed))
        session.commit()
    audit_account_change("import", filename, after={
        "created": summary.created, "updated": summary.updated, "problems": len(summary.problems),
        "rematched": summary.rematched,
    }, db=db, actor=actor)
    return summary


def rematch_signals(session: Session, account_ids: set[int] | None = None, *, unmatched: bool = True) -> int:
    """Give signals another pass by the router after watched accounts or their contacts changed;
    the next draft cycle (`outrider run`, or `run --once`) matches, scores and drafts them.

    - every unmatched signal (`unmatched=True`): a new or edited account (a domain, an alias) may
      be what it was about;
    - recorded signals at `account_ids` that were never drafted, are not stale and are not kinds
      kept only for the record (a closed posting) or settled by job-change tracking: a new contact
      or changed account facts may now give them a recipient or a better fit.

    Runs in the caller's transaction, so an import and its re-match commit together. The one
    place accounts re-match: CLI, UI and API all come through the functions of this module.
    """
    from agent.pipeline import RECORD_ONLY_KINDS

    count = 0
    if unmatched:
        result = session.execute(
            update(Signal)
            .where(col(Signal.status) == "unmatched")
            .values(status="new", status_reason=None)
        )
        count += int(result.rowcount or 0)  # type: ignore[attr-defined]
    ids = sorted(i for i in (account_ids or ()) if i)
    if ids:
        drafted = select(Draft.signal_id).where(col(Draft.signal_id).is_not(None))
        result = session.execute(
            update(Signal)
            .where(col(Signal.account_id).in_(ids))
            .where(col(Signal.status) == "recorded")
            .where(col(Signal.stale).is_(False))
            .where(col(Signal.kind).not_in([*RECORD_ONLY_KINDS, "job_change"]))
            .where(col(Signal.id).not_in(drafted))
            .values(status="new", status_reason=None)
            .execution_options(synchronize_session=False)
        )
        count += int(result.rowcount or 0)  # type: ignore[attr-defined]
    return count


def _apply_values(target: dict[str, Any], values: dict[str, Any]) -> bool:
    """`_apply` for an account held as plain values."""
    changed = False
    for key, value in values.items():
        if value is None or value == [] or value == "":
            continue  # an empty cell never erases what we knew
        if target.get(key) != value:
            target[key] = value
            changed = True
    return changed


def _lead_settings(target: Database | Workspace) -> Any:
    """What lead scoring needs (config and settings) when an import is given only a database."""
    if isinstance(target, Database):
        from types import SimpleNamespace

        from agent.config import Settings, WorkspaceConfig

        return SimpleNamespace(config=WorkspaceConfig(), settings=Settings())
    return target


def import_contacts(
    target: Database | Workspace, data: bytes, *, filename: str = "<csv>", actor: Any = None
) -> ImportSummary:
    """Parse and upsert contacts (key: email), linking each to its account.

    The link is, in order: the Salesforce AccountId, the contact's company domain, the company
    name. A contact whose company or title changed since the last import is listed in
    `summary.changes`, so job-change tracking can see every re-import. Each contact is a lead:
    events that arrived before it was known are counted now, and the CRM's lifecycle stage and
    lead status set its stage. Pass the workspace (not just its database) so its `[scoring]` and
    `[dormant]` settings apply.
    """
    from agent.services import leads

    actor = authorize_named(actor, "accounts")
    db = target.db if not isinstance(target, Database) else target
    lead_ws = _lead_settings(target)
    result = parse_contacts_csv(data, filename=filename)
    summary = ImportSummary(problems=list(result.problems), dialect=result.dialect)
    with db.write_session() as session:
        # What the CRM said before this import: a champion who moves is still our champion.
        champions: dict[str, tuple[bool, str | None]] = {
            email: (bool(champion), stage)
            for email, champion, stage in session.exec(
                select(Contact.email, Contact.champion, Contact.lifecycle_stage)
            ).all()
        }
        for record in result.records:
            before = champions.get(record.email, (False, None))
            champions[record.email] = (before[0] or record.champion, before[1] or record.lifecycle_stage)
        accounts = session.exec(select(Account)).all()
        by_crm = {a.crm_id: a for a in accounts if a.crm_id}
        by_domain = {a.domain: a for a in accounts if a.domain}
        by_name: dict[str, Account] = {}
        for a in accounts:
            by_name.setdefault(normalise_company_name(a.name), a)
        existing = {c.email: c for c in session.exec(select(Contact)).all()}
        created: list[Contact] = []
        for record in result.records:
            account = _account_for_contact(record, by_crm, by_domain, by_name)
            values: dict[str, Any] = {
                "first_name": record.first_name,
                "last_name": record.last_name,
                "title": record.title,
                "company": record.company or (account.name if account else None),
                "account_id": account.id if account else None,
                "lifecycle_stage": record.lifecycle_stage,
                "timezone": record.timezone,
                "crm_id": record.crm_id,
                "owner_email": record.owner_email,
                "lead_status": record.lead_status,
                "last_activity_at": record.last_activity_at,
                "lost_reason": record.lost_reason,
                "closed_lost_at": record.closed_lost_at,
            }
            contact = existing.get(record.email)
            if contact is None:
                contact = Contact(email=record.email, champion=record.champion, **values)
                session.add(contact)
                created.append(contact)
                existing[record.email] = contact
                summary.created += 1
                continue
            before = {"company": contact.company, "title": contact.title, "account_id": contact.account_id}
            changed = _apply(contact, values)
            if record.champion != contact.champion:
                contact.champion = record.champion
                changed = True
            if changed:
                contact.updated_at = utcnow()
                summary.updated += 1
                after = {"company": contact.company, "title": contact.title, "account_id": contact.account_id}
                if (before["company"], before["title"]) != (after["company"], after["title"]):
                    summary.changes.append({"email": contact.email, "before": before, "after": after})
            else:
                summary.unchanged += 1
        session.flush()
        touched = {c.account_id for c in created if c.account_id}
        touched |= {c["after"]["account_id"] for c in summary.changes if c["after"]["account_id"]}
        summary.job_change_signal_ids = _contact_job_changes(db, session, result.records, champions)
        emails = [r.email for r in result.records]
        now = utcnow()
        summary.stages_set = leads.apply_crm_stages(session, lead_ws, emails=emails, now=now)
        summary.events_attached = leads.attach_pending(session, lead_ws, emails=emails, now=now)
        # Suppress first: the signals re-routed below must already see the CRM's opt-outs.
        summary.opted_out = _suppress_opted_out(session, [r.email for r in result.records if r.opted_out], now=now)
        if touched:
            summary.rematched = rematch_signals(session, touched, unmatched=False)
        session.commit()
    audit_account_change("contacts_import", filename, after={
        "created": summary.created, "updated": summary.updated, "problems": len(summary.problems),
        "rematched": summary.rematched,
    }, db=target if isinstance(target, Database) else target.db, actor=actor)
    return summary


def _suppress_opted_out(session: Session, emails: list[str], *, now: Any) -> int:
    """The CRM says these people opted out of e-mail: suppress them (never sent to, never drafted)."""
    from agent.store.models import Suppression

    known = set(session.exec(select(Suppression.value).where(col(Suppression.value).in_(emails))).all()) if emails else set()
    added = 0
    for email in dict.fromkeys(emails):
        if email in known:
            continue
        session.add(Suppression(value=email, kind="email", reason="opted out of e-mail in the CRM (contacts import)", created_at=now))
        added += 1
    return added


def _contact_job_changes(
    db: Database,
    session: Session,
    records: list[ContactRecord],
    champions: dict[str, tuple[bool, str | None]],
) -> list[int]:
    """Diff every imported contact against the last import: a champion who moved, a new
    executive, a promotion become job_change signals (source "contacts"), stored with the
    snapshots in the importing transaction."""
    snapshots = DbSnapshots(db, CONTACTS_SOURCE)
    snapshots.preload()
    people = [p for p in (person_from_contact(r) for r in records) if p is not None]
    events = list(
        emit_changes(
            people,
            snapshots,
            champions=champions,
            watched=watched_lookup(watched_accounts(session)),
            source=CONTACTS_SOURCE,
            now=utcnow(),
        )
    )
    ids = store_events(db, session, events)
    snapshots.flush(session)
    return ids


def accept_suggested_account(db: Database, account_id: int, *, actor: Any = None) -> Account:
    """A rep accepts an account Outrider suggested (a champion moved there): watch it, and give
    its recorded signals another pass so they can be drafted."""
    actor = authorize_named(actor, "accounts")
    with db.session() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise AccountError(f"there is no account {account_id}")
        account.suggested = False
        account.updated_at = utcnow()
        session.add(account)
        session.execute(
            update(Signal)
            .where(col(Signal.account_id) == account_id)
            .where(col(Signal.status).in_(["recorded", "unmatched"]))
            .where(col(Signal.stale).is_(False))
            .values(status="new", status_reason=None)
        )
        session.commit()
        session.refresh(account)
    audit_account_change("accept_suggested", f"account:{account_id}", db=db, actor=actor)
    return account


def _account_for_contact(
    record: ContactRecord,
    by_crm: dict[str, Account],
    by_domain: dict[str, Account],
    by_name: dict[str, Account],
) -> Account | None:
    if record.account_crm_id and record.account_crm_id in by_crm:
        return by_crm[record.account_crm_id]
    if record.domain and record.domain in by_domain:
        return by_domain[record.domain]
    if record.company:
        return by_name.get(normalise_company_name(record.company))
    return None


def list_accounts(
    db: Database,
    *,
    search: str | None = None,
    include_suggested: bool = True,
    archived: bool | None = False,
    limit: int = 1000,
) -> list[dict[str, Any]]:
    """Accounts with their contact and signal counts, for tables in the CLI and UI."""
    with db.session() as session:
        contacts = dict(
            session.exec(select(Contact.account_id, func.count()).group_by(Contact.account_id)).all()
        )
        signals = dict(
            session.exec(select(Signal.account_id, func.count()).group_by(Signal.account_id)).all()
        )
        query = select(Account).order_by(col(Account.name)).limit(limit)
        if search:
            like = f"%{search.strip()}%"
            query = query.where(or_(col(Account.name).ilike(like), col(Account.domain).ilike(like)))
        if not include_suggested:
            query = query.where(col(Account.suggested).is_(False))
        if archived is not None:  # False: watched only (the default); True: archived only; None: both
            query = query.where(col(Account.archived_at).is_not(None) if archived else col(Account.archived_at).is_(None))
        rows = session.exec(query).all()
    return [
        {**a.model_dump(), "contacts": contacts.get(a.id, 0), "signals": signals.get(a.id, 0)}
        for a in rows
    ]


def get_account(db: Database, account_id: int) -> Account:
    with db.session() as session:
        account = session.get(Account, account_id)
    if account is None:
        raise AccountError(f"there is no account {account_id}")
    return account


def _clean_account_values(values: dict[str, Any]) -> dict[str, Any]:
    clean = {k: v for k, v in values.items() if k in _ACCOUNT_FIELDS}
    if "name" in clean:
        clean["name"] = (clean["name"] or "").strip()
        if not clean["name"]:
            raise AccountError("an account needs a name")
    if "domain" in clean:
        raw = clean["domain"]
        clean["domain"] = normalise_domain(raw) if raw else None
        if raw and not clean["domain"]:
            raise AccountError(f"{raw!r} is not a web domain; write it like acme.io")
    if "aliases" in clean and isinstance(clean["aliases"], str):
        clean["aliases"] = [a.strip() for a in clean["aliases"].split(";") if a.strip()]
    if "employees" in clean and clean["employees"] in ("", None):
        clean["employees"] = None
    return clean


def add_account(db: Database, *, actor: Any = None, **values: Any) -> Account:
    """Watch a new account. `actor` (here and in every change below): a signed-in `Actor` must be a
    rep or an admin (`Forbidden` otherwise); a plain name is the local user; None an unattended run."""
    actor = authorize_named(actor, "accounts")
    clean = _clean_account_values(values)
    with db.session() as session:
        if clean.get("domain") and session.exec(
            select(Account).where(Account.domain == clean["domain"])
        ).first():
            raise AccountError(f"an account with the domain {clean['domain']} is already watched")
        account = Account(**clean)
        session.add(account)
        session.flush()
        rematched = rematch_signals(session, {account.id or 0})
        session.commit()
        session.refresh(account)
    audit_account_change("add", f"account:{account.id}", after={**clean, "rematched": rematched}, db=db, actor=actor)
    return account


def update_account(db: Database, account_id: int, *, actor: Any = None, **values: Any) -> Account:
    actor = authorize_named(actor, "accounts")
    clean = _clean_account_values(values)
    with db.session() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise AccountError(f"there is no account {account_id}")
        if clean.get("domain") and clean["domain"] != account.domain:
            other = session.exec(select(Account).where(Account.domain == clean["domain"])).first()
            if other is not None:
                raise AccountError(f"{other.name} already uses the domain {clean['domain']}")
        before = {k: getattr(account, k) for k in clean if getattr(account, k) != clean[k]}
        for key, value in clean.items():
            setattr(account, key, value)
        account.suggested = False if "suggested" not in values else bool(values["suggested"])
        account.updated_at = utcnow()
        session.add(account)
        session.flush()
        rematched = rematch_signals(session, {account_id})
        session.commit()
        session.refresh(account)
    audit_account_change(
        "edit", f"account:{account_id}", before=before,
        after={**{k: clean[k] for k in before}, "rematched": rematched}, db=db, actor=actor,
    )
    return account


def archive_account(db: Database, account_id: int, *, actor: Any = None) -> Account:
    """Stop watching an account but keep it, its contacts, signals and drafts (restorable).

    New signals about it are no longer matched to it; its pending drafts stay in the queue for a
    rep to decide (archiving never throws a reviewed draft away)."""
    actor = authorize_named(actor, "accounts")
    with db.session() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise AccountError(f"there is no account {account_id}")
        if account.archived_at is None:
            account.archived_at = utcnow()
            account.updated_at = account.archived_at
            session.add(account)
            session.commit()
            session.refresh(account)
    audit_account_change("archive", f"account:{account_id}", after={"archived_at": str(account.archived_at)}, db=db, actor=actor)
    return account


def restore_account(db: Database, account_id: int, *, actor: Any = None) -> Account:
    """Watch an archived account again; unmatched signals get another pass (one may be about it)."""
    actor = authorize_named(actor, "accounts")
    with db.session() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise AccountError(f"there is no account {account_id}")
        if account.domain:
            other = session.exec(
                select(Account).where(Account.domain == account.domain).where(col(Account.id) != account_id)
            ).first()
            if other is not None:
                raise AccountError(f"{other.name} already uses the domain {account.domain}")
        account.archived_at = None
        account.updated_at = utcnow()
        session.add(account)
        session.flush()
        rematched = rematch_signals(session, {account_id})
        session.commit()
        session.refresh(account)
    audit_account_change("restore", f"account:{account_id}", after={"rematched": rematched}, db=db, actor=actor)
    return account


def remove_account(db: Database, account_id: int, *, actor: Any = None) -> None:
    """Stop watching an account. Its signals stay (unlinked, for the record); pending drafts go."""
    actor = authorize_named(actor, "accounts")
    with db.session() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise AccountError(f"there is no account {account_id}")
        sent = session.exec(
            select(func.count()).select_from(Outbox).join(Draft, col(Draft.id) == Outbox.draft_id)
            .where(Draft.account_id == account_id)
        ).one()
        if sent:
            raise AccountError(
                f"{account.name} has {sent} message(s) in the outbox; it is kept for the record"
            )
        draft_ids = list(session.exec(select(Draft.id).where(Draft.account_id == account_id)).all())
        if draft_ids:
            session.execute(delete(ReviewEvent).where(col(ReviewEvent.draft_id).in_(draft_ids)))
            session.execute(delete(Draft).where(col(Draft.id).in_(draft_ids)))
        session.execute(
            update(Signal)
            .where(col(Signal.account_id) == account_id)
            .values(account_id=None, status="unmatched", status_reason=f"account {account.name} was removed")
        )
        session.execute(update(Contact).where(col(Contact.account_id) == account_id).values(account_id=None))
        session.delete(account)
        session.commit()
    audit_account_change("remove", f"account:{account_id}", before={"drafts_deleted": len(draft_ids)}, db=db, actor=actor)


def list_contacts(db: Database, *, account_id: int | None = None, limit: int = 1000) -> list[dict[str, Any]]:
    with db.session() as session:
        query = (
            select(Contact, Account)
            .outerjoin(Account, col(Account.id) == Contact.account_id)
            .order_by(col(Contact.last_name), col(Contact.first_name))
            .limit(limit)
        )
        if account_id is not None:
            query = query.where(Contact.account_id == account_id)
        rows = session.exec(query).all()
    return [{**c.model_dump(), "account": a.name if a else None} for c, a in rows]


def watched_accounts(session: Session) -> list[WatchedAccount]:
    """Every watched (not merely suggested) account, as plain values (a column query: no ORM rows)."""
    # A Core select on the table, run on the session's connection: the ORM's row loading costs
    # a third more for the 100,000 accounts the routing index reads when it is (re)built.
    t = Account.__table__.c  # type: ignore[attr-defined]
    columns = (t.id, t.name, t.domain, t.aliases, t.industry, t.employees, t.country, t.state, t.ats,
               t.ats_board, t.careers_url)
    rows = session.connection().execute(
        select(*columns).where(t.suggested.is_(False)).where(t.archived_at.is_(None))
    ).all()
    return [
        WatchedAccount(
            id=i or 0, name=name, domain=domain, aliases=tuple(aliases or ()), industry=industry,
            employees=employees, country=country, state=state, ats=ats, ats_board=board, careers_url=careers,
        )
        for i, name, domain, aliases, industry, employees, country, state, ats, board, careers in rows
    ]


def person_of(contact: Contact) -> Person:
    """A contact row as the plain value scoring and drafting take."""
    return Person(
        id=contact.id or 0,
        first_name=contact.first_name,
        last_name=contact.last_name,
        email=contact.email,
        title=contact.title,
        lifecycle_stage=contact.lifecycle_stage,
        champion=contact.champion,
        timezone=contact.timezone,
        stage=contact.stage,
        lead_status=contact.lead_status,
    )
