"""Accounts: the companies we watch, their contacts and signals; add, edit, archive, remove, and
import CSVs of accounts and of contacts (each re-matches signals in the service, as the CLI does)."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # runnable on its own: `streamlit run review_ui/views/accounts.py`
    sys.path.insert(0, str(_ROOT))

from typing import Any  # noqa: E402

import streamlit as st  # noqa: E402

from agent.services import accounts as accounts_service  # noqa: E402
from agent.services import signals as signals_service  # noqa: E402
from agent.services.accounts import AccountError, ImportFileError  # noqa: E402
from agent.services.auth import Forbidden  # noqa: E402
from review_ui import common  # noqa: E402

ATS_KINDS = ["greenhouse", "lever", "ashby", "smartrecruiters", "workable"]

#: What an account action may answer with advice: the service's own refusal, or the role's (the
#: page hides actions a viewer may not take; a page drawn before the role changed still asks).
REFUSED = (AccountError, Forbidden)

CSV_HELP = (
    "Columns: name, domain, aliases (separated by ;), industry, employees, country, owner_email. "
    "Rows are matched on domain, else on name; existing accounts are updated."
)


def account_fields(prefix: str, account: dict[str, Any] | None = None) -> dict[str, Any]:
    """The same inputs for adding and editing. Keys: f"{prefix}-{field}"."""
    account = account or {}
    left, right = st.columns(2)
    with left:
        name = st.text_input("Name", value=account.get("name") or "", key=f"{prefix}-name")
        domain = st.text_input(
            "Domain", value=account.get("domain") or "", key=f"{prefix}-domain", placeholder="acme.io"
        )
        aliases = st.text_input(
            "Aliases (separated by ;)",
            value="; ".join(account.get("aliases") or []),
            key=f"{prefix}-aliases",
            placeholder="Acme; Acme Inc",
        )
        industry = st.text_input("Industry", value=account.get("industry") or "", key=f"{prefix}-industry")
    with right:
        employees = st.number_input(
            "Employees", min_value=0, step=1, value=account.get("employees"), key=f"{prefix}-employees"
        )
        country = st.text_input(
            "Country (ISO code)", value=account.get("country") or "", key=f"{prefix}-country", placeholder="US"
        )
        owner = st.text_input(
            "Owner email", value=account.get("owner_email") or "", key=f"{prefix}-owner_email"
        )
        ats_options = ["", *ATS_KINDS]
        ats = st.selectbox(
            "Job board (ATS)",
            ats_options,
            index=ats_options.index(account.get("ats") or "") if (account.get("ats") or "") in ats_options else 0,
            key=f"{prefix}-ats",
            help="Leave empty to let Outrider find the board on the careers page.",
        )
        ats_board = st.text_input(
            "Board token / site", value=account.get("ats_board") or "", key=f"{prefix}-ats_board",
            placeholder="acme",
        )
        careers_url = st.text_input(
            "Careers page URL", value=account.get("careers_url") or "", key=f"{prefix}-careers_url",
            placeholder="https://acme.io/careers",
        )
    return {
        "name": name,
        "domain": common.blank_to_none(domain),
        "aliases": aliases or "",
        "industry": common.blank_to_none(industry),
        "employees": int(employees) if employees is not None else None,
        "country": country.strip().upper() or None,
        "owner_email": common.blank_to_none(owner),
        "ats": ats or None,
        "ats_board": common.blank_to_none(ats_board),
        "careers_url": common.blank_to_none(careers_url),
    }


def suggested_section(db: Any) -> None:
    """Accounts Outrider suggests because a champion moved there: accept to watch, or dismiss."""
    suggested = [a for a in accounts_service.list_accounts(db) if a["suggested"]]
    if not suggested:
        return
    st.subheader("Suggested accounts")
    for account in suggested:
        with st.container(border=True):
            st.markdown(f"**{common.md(account['name'])}** · {account['domain'] or 'no domain yet'}")
            st.caption(account.get("suggested_reason") or "Suggested from a signal.")
            accept_col, dismiss_col = st.columns(2)
            if not common.may("accounts"):
                continue
            if accept_col.button("Accept and watch", key=f"accept-{account['id']}", type="primary"):
                try:
                    accounts_service.accept_suggested_account(db, account["id"], actor=common.reviewer())
                except REFUSED as exc:
                    common.say("error", common.sentence(exc))
                else:
                    common.flash(
                        "success",
                        f"Now watching {account['name']}; its signals are drafted on the next cycle.",
                    )
                    st.rerun()
            if dismiss_col.button("Dismiss", key=f"dismiss-{account['id']}"):
                try:
                    accounts_service.remove_account(db, account["id"], actor=common.reviewer())
                except REFUSED as exc:
                    common.say("error", common.sentence(exc))
                else:
                    common.flash("info", f"Dismissed {account['name']}.")
                    st.rerun()


def archived_section(db: Any) -> None:
    archived = accounts_service.list_accounts(db, archived=True)
    if not archived:
        st.caption("No archived accounts.")
        return
    for account in archived:
        left, right = st.columns([3, 1])
        left.markdown(
            f"**{common.md(account['name'])}** · {account.get('domain') or 'no domain'} · archived "
            f"{str(account['archived_at'])[:10]}"
        )
        if common.may("accounts") and right.button("Restore", key=f"restore-{account['id']}"):
            try:
                accounts_service.restore_account(db, account["id"], actor=common.reviewer())
            except REFUSED as exc:
                common.say("error", common.sentence(exc))
            else:
                common.flash("success", f"Watching {account['name']} again.")
                st.rerun()


def render_table(ws_db: Any, search: str) -> list[dict[str, Any]]:
    rows = accounts_service.list_accounts(ws_db, search=search or None)
    if not rows:
        st.info("No accounts match." if search else "No accounts yet: add one below or import a CSV.")
        return rows
    table = [
        {
            "name": r["name"],
            "domain": r.get("domain") or "",
            "aliases": "; ".join(r.get("aliases") or []),
            "industry": r.get("industry") or "",
            "employees": r.get("employees"),
            "country": r.get("country") or "",
            "owner": r.get("owner_email") or "",
            "contacts": r.get("contacts", 0),
            "signals": r.get("signals", 0),
            "suggested": bool(r.get("suggested")),
        }
        for r in rows
    ]
    st.dataframe(table, hide_index=True, width="stretch")
    st.caption(f"{len(rows)} account(s)")
    return rows


def add_section(db: Any) -> None:
    gen = st.session_state.setdefault("add-gen", 0)  # a new key set empties the form after an add
    with st.form(f"add-account-{gen}"):
        values = account_fields(f"add-{gen}")
        submitted = st.form_submit_button("Add account", key=f"add-submit-{gen}", type="primary")
    if submitted:
        try:
            account = accounts_service.add_account(db, actor=common.reviewer(), **values)  # re-matches unmatched signals too
        except REFUSED as exc:
            common.say("error", common.sentence(exc))
            return
        st.session_state["add-gen"] = gen + 1
        common.flash(
            "success",
            f"Now watching {account.name}" + (f" ({account.domain})" if account.domain else "")
            + "; signals about it that had no account get another look on the next cycle.",
        )
        st.rerun()


CONTACTS_HELP = (
    "Columns: first_name, last_name, email, title, company, domain (or a HubSpot / Salesforce export). "
    "Rows are matched on email; each contact is linked to its account by CRM id, domain or name."
)


def import_section(ws: Any, kind: str = "accounts") -> None:
    """Upload a CSV of accounts or of contacts. The service re-matches signals the import may
    concern (as `outrider accounts import` / `contacts import` do); skipped rows are listed open,
    each with its line number and why."""
    help_text = CSV_HELP if kind == "accounts" else CONTACTS_HELP
    uploaded = st.file_uploader(
        f"{kind.capitalize()} CSV", type=["csv", "txt"], key=f"{kind}-import-file", help=help_text
    )
    st.caption(help_text)
    if not st.button("Import", key=f"{kind}-import", disabled=uploaded is None):
        return
    if uploaded is None:
        st.warning("Choose a CSV file first.")
        return
    with st.status(common.md(f"Importing {uploaded.name}…"), expanded=True) as status:
        try:
            if kind == "accounts":
                summary = accounts_service.import_accounts(ws.db, uploaded.getvalue(), filename=uploaded.name, actor=common.reviewer())
            else:
                summary = accounts_service.import_contacts(ws, uploaded.getvalue(), filename=uploaded.name, actor=common.reviewer())
        except ImportFileError as exc:
            status.update(label=common.md(f"{uploaded.name} was not imported"), state="error")
            common.say("error", common.sentence(exc))
            return
        except REFUSED as exc:
            status.update(label=common.md(f"{uploaded.name} was not imported"), state="error")
            common.say("error", common.sentence(exc))
            return
        problems = len(summary.problems)
        status.update(
            label=common.md(
                f"Imported {uploaded.name}: {summary.created} created, {summary.updated} updated, "
                f"{summary.unchanged} unchanged" + (f", {problems} problem(s)" if problems else "")
            ),
            state="complete" if not problems else "error",
        )
        a, b, c, d = st.columns(4)
        a.metric("Created", summary.created)
        b.metric("Updated", summary.updated)
        c.metric("Unchanged", summary.unchanged)
        d.metric("Problems", problems)
    if problems:
        st.warning(f"{problems} row(s) were skipped. Fix them in the file and import it again:")
        st.table([{"line": p.where, "reason": p.reason} for p in summary.problems])
    else:
        st.success(
            f"Imported {summary.imported} {kind}: {summary.created} created, "
            f"{summary.updated} updated, {summary.unchanged} unchanged."
        )
    if summary.rematched:
        st.info(f"{summary.rematched} signal(s) get another look on the next cycle (they may now match or have a recipient).")


def edit_section(db: Any, rows: list[dict[str, Any]]) -> None:
    if not rows:
        st.caption("No account to edit yet.")
        return
    by_id = {r["id"]: r for r in rows}
    account_id = st.selectbox(
        "Account",
        list(by_id),
        format_func=lambda i: by_id[i]["name"] + (f" ({by_id[i]['domain']})" if by_id[i].get("domain") else ""),
        key="account-select",
    )
    if account_id is None:
        return
    account = by_id[account_id]
    if account.get("suggested"):
        common.say("info", f"Suggested: {account.get('suggested_reason') or 'found by a signal'}. Save to start watching it.")
    if common.may("accounts"):
        account_actions(db, account_id, account)
    account_details(db, account_id, account)


def account_actions(db: Any, account_id: int, account: dict[str, Any]) -> None:
    """Save, archive and remove one account (reps and admins; the service checks the role again)."""
    with st.form(f"edit-account-{account_id}"):
        values = account_fields(f"edit-{account_id}", account)
        saved = st.form_submit_button("Save changes", key=f"edit-submit-{account_id}", type="primary")
    if saved:
        try:
            updated = accounts_service.update_account(db, account_id, actor=common.reviewer(), **values)
        except REFUSED as exc:
            common.say("error", common.sentence(exc))
        else:
            common.flash("success", f"Saved {updated.name}.")
            st.rerun()

    archive_col, _ = st.columns([1, 3])
    if archive_col.button(f"Archive {account['name']}", key=f"archive-{account_id}",
                          help="Stop watching it; it keeps its contacts, signals and drafts, and can be restored."):
        try:
            accounts_service.archive_account(db, account_id, actor=common.reviewer())
        except REFUSED as exc:
            common.say("error", common.sentence(exc))
        else:
            common.flash("success", f"Archived {account['name']}: no new signal is matched to it. Restore it below.")
            st.rerun()

    with st.expander(f"Remove {account['name']}"):
        st.caption("Its signals stay (unlinked, for the record); its pending drafts are deleted.")
        confirm = st.checkbox(f"Yes, stop watching {account['name']}", key=f"remove-confirm-{account_id}")
        if st.button("Remove account", key=f"remove-{account_id}"):
            if not confirm:
                st.warning("Tick the box above to confirm, then press Remove again.")
            else:
                try:
                    accounts_service.remove_account(db, account_id, actor=common.reviewer())
                except REFUSED as exc:
                    common.say("error", common.sentence(exc))
                else:
                    common.flash("success", f"Stopped watching {account['name']}.")
                    st.rerun()


def account_details(db: Any, account_id: int, account: dict[str, Any]) -> None:
    """One account's contacts and recent signals (everyone reads them)."""
    contacts_col, signals_col = st.columns(2)
    with contacts_col:
        st.markdown(f"**Contacts at {common.md(account['name'])}**")
        contacts = accounts_service.list_contacts(db, account_id=account_id)
        if contacts:
            st.dataframe(
                [
                    {
                        "name": f"{c.get('first_name', '')} {c.get('last_name', '')}".strip(),
                        "title": c.get("title") or "",
                        "email": c.get("email"),
                        "champion": bool(c.get("champion")),
                    }
                    for c in contacts
                ],
                hide_index=True,
                width="stretch",
            )
        else:
            st.caption("No contacts: import a contacts file so drafts have a recipient.")
    with signals_col:
        st.markdown(f"**Recent signals at {common.md(account['name'])}**")
        signals = signals_service.list_signals(db, account_id=account_id, limit=25)
        if signals:
            st.dataframe(
                [
                    {
                        "occurred_at": s["occurred_at"][:16].replace("T", " "),
                        "kind": s["kind"],
                        "title": s["title"],
                        "status": s["status"],
                        "url": s.get("url"),
                    }
                    for s in signals
                ],
                hide_index=True,
                width="stretch",
                column_config={"url": st.column_config.LinkColumn("source", display_text="open")},
            )
        else:
            st.caption("No signals yet.")


ws = common.page_setup("Accounts", "The companies Outrider watches.")
common.show_flashes()

suggested_section(ws.db)

search = st.text_input("Search accounts", key="accounts-search", placeholder="name or domain")
table_slot = st.container()  # drawn last, so it shows what this run's actions did

if common.may("accounts"):  # viewers read the accounts; keeping the list is a rep's or an admin's job
    st.subheader("Add an account")
    add_section(ws.db)

    st.subheader("Import accounts from CSV")
    import_section(ws, "accounts")

    st.subheader("Import contacts from CSV")
    import_section(ws, "contacts")

with table_slot:
    rows = render_table(ws.db, search)

st.subheader("Edit an account" if common.may("accounts") else "One account")
edit_section(ws.db, rows)

with st.expander("Archived accounts"):
    archived_section(ws.db)
