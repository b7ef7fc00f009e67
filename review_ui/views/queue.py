"""Queue: the drafts waiting for a rep, by priority, with everything needed to judge them.

Every action is compare-and-set against the version this page showed: if someone else acted
first, the service refuses with a message saying who, and nothing is sent twice.
"""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # runnable on its own: `streamlit run review_ui/views/queue.py`
    sys.path.insert(0, str(_ROOT))

from datetime import datetime  # noqa: E402
from typing import Any  # noqa: E402

import streamlit as st  # noqa: E402

from agent.services import delivery as delivery_service  # noqa: E402
from agent.services import queue as queue_service  # noqa: E402
from agent.services.queue import ChecksFailed, Conflict, DraftView, QueueError  # noqa: E402
from review_ui import common  # noqa: E402
from review_ui.common import md  # noqa: E402

STATUSES = ["pending", "snoozed", "approved", "rejected", "sent", "send_failed", "send_unknown"]
ACTIONABLE = {"pending", "snoozed"}
STATUS_LABELS = {
    "pending": "Pending",
    "snoozed": "Snoozed",
    "approved": "Approved",
    "rejected": "Rejected",
    "sent": "Sent",
    "send_failed": "Send failed",
    "send_unknown": "Send unknown",
    "suppressed": "Suppressed",
}
_NOTES = "queue-notes"
#: Per draft: the guardrail results of the text a rep just tried to approve, while it fails.
_FAILED = "queue-failed-checks"


# --------------------------------------------------------------------------- helpers


def link(title: str, url: str | None) -> str:
    if url and url.startswith(("http://", "https://")):
        return f"[{md(title)}](<{url.replace(' ', '%20').replace('>', '%3E')}>)"
    return md(title)


def when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M} UTC" if value else "—"


def note(draft_id: int, kind: common.FlashKind, message: str) -> None:
    """A message for one draft, shown on its card (or at the top if the card is gone)."""
    st.session_state.setdefault(_NOTES, []).append((draft_id, kind, message))


def take_notes(draft_id: int | None = None) -> list[tuple[common.FlashKind, str]]:
    notes = st.session_state.get(_NOTES, [])
    mine = [(k, m) for d, k, m in notes if draft_id is None or d == draft_id]
    st.session_state[_NOTES] = [] if draft_id is None else [n for n in notes if n[0] != draft_id]
    return mine


def changed(key: str, loaded: str) -> str | None:
    """The widget's text if the rep changed it from what the page loaded, else None."""
    value = st.session_state.get(key)
    if value is None or not str(value).strip():
        return None
    return str(value) if str(value).strip() != (loaded or "").strip() else None


# --------------------------------------------------------------------------- actions
# Buttons use on_click callbacks, which run before the rerun with the arguments bound when the
# page was drawn: the version the rep looked at, not whatever the database holds by now.


def act(action: str, draft_id: int, version: int, loaded_subject: str, loaded_body: str) -> None:
    who = common.reviewer()
    if not who:
        note(draft_id, "warning", common.NEED_EMAIL)
        return
    ws = common.workspace()
    db = ws.db
    subject = changed(f"subject-{draft_id}", loaded_subject)
    body = changed(f"body-{draft_id}", loaded_body)
    failed: dict[int, list[dict[str, Any]]] = st.session_state.setdefault(_FAILED, {})
    try:
        if action in ("approve", "override"):
            reason = None
            if action == "override":
                reason = str(st.session_state.get(f"override-{draft_id}") or "").strip()
                if not reason:
                    note(draft_id, "error", "Say why you approve a draft that fails its checks: the reason is recorded.")
                    return
            try:
                view = queue_service.approve(
                    ws, draft_id=draft_id, reviewer=who, expected_version=version, subject=subject, body=body,
                    override_reason=reason,
                )
            except ChecksFailed as exc:
                failed[draft_id] = [r.model_dump() for r in exc.report.results]
                names = ", ".join(exc.report.failed_checks)
                note(draft_id, "error", f"Not approved: the text fails {names}. Fix it, or approve anyway with a reason.")
                return
            failed.pop(draft_id, None)
            to = view.contact.email if view.contact else "the recipient"
            edited = " with your edits" if (subject or body) else ""
            overridden = f", overriding failed checks ({reason})" if reason and view.draft.guardrail_report and not all(
                r.get("passed") for r in view.draft.guardrail_report
            ) else ""
            note(draft_id, "success", f"Approved draft {draft_id}{edited}{overridden}: it is queued to {to}.")
        elif action == "save":
            if subject is None and body is None:
                note(draft_id, "info", f"Nothing to save on draft {draft_id}: the subject and body are unchanged.")
                return
            view = queue_service.save_edits(
                ws, draft_id=draft_id, reviewer=who, expected_version=version, subject=subject, body=body
            )
            failed.pop(draft_id, None)
            failing = [r["name"] for r in view.draft.guardrail_report or [] if not r.get("passed")]
            checks = f" The edited text fails {', '.join(failing)}." if failing else " The edited text passes every check."
            note(draft_id, "success" if not failing else "warning",
                 f"Saved your edits to draft {draft_id}.{checks} It is still waiting for a decision.")
        elif action == "reject":
            reason = str(st.session_state.get(f"reason-{draft_id}") or "")
            queue_service.reject(
                db, draft_id=draft_id, reviewer=who, reason=reason, expected_version=version
            )
            note(draft_id, "success", f"Rejected draft {draft_id}: “{reason.strip()}”.")
        elif action == "snooze":
            days = float(st.session_state.get(f"snooze-days-{draft_id}") or 3)
            view = queue_service.snooze(
                db, draft_id=draft_id, reviewer=who, days=days, expected_version=version
            )
            note(
                draft_id,
                "success",
                f"Snoozed draft {draft_id} until {when(view.draft.snoozed_until)}; it comes back to pending then.",
            )
        elif action in ("mark_sent", "resend", "cancel"):
            row = delivery_service.resolve_unknown(db, draft_id=draft_id, reviewer=who, outcome=action)
            note(draft_id, "success", f"Draft {draft_id}: its delivery is now {row['state']}.")
        elif action == "regenerate":
            instruction = str(st.session_state.get(f"instruction-{draft_id}") or "")
            with st.spinner("Drafting again with your instruction..."):
                view = queue_service.regenerate(
                    common.workspace(), draft_id=draft_id, reviewer=who, instruction=instruction,
                    expected_version=version,
                )
            # The text boxes must show the new draft, not what they held before.
            for key in (f"subject-{draft_id}", f"body-{draft_id}", f"instruction-{draft_id}"):
                st.session_state.pop(key, None)
            d = view.draft
            how = f"by the fallback ({d.fallback_reason})" if d.fallback_reason else f"by {d.provider} · {d.prompt_version}"
            note(draft_id, "success", f"Regenerated draft {draft_id} {how}.")
    except Conflict as exc:
        note(draft_id, "warning", common.sentence(exc))
    except QueueError as exc:
        note(draft_id, "error", common.sentence(exc))


# --------------------------------------------------------------------------- rendering


def render_delivery(draft_id: int, version: int, status: str, subject: str, body: str) -> None:
    """A send the sender could not finish, for a person to settle: it is never resent on its own."""
    row = delivery_service.outbox_for(common.workspace().db, draft_id)
    if row is None:
        return
    st.markdown("**Delivery**")
    detail = f"to {row['to_email']} · {row['attempts']} attempt(s) · message id {row['message_id'] or '—'}"
    st.caption(md(detail))
    if row["error"]:
        common.say("warning" if status == "send_unknown" else "error", row["error"])
    args = (draft_id, version, subject, body)
    if not common.may("settle"):
        st.caption("An admin settles deliveries: ask one to mark it sent, resend it or cancel it.")
    elif status == "send_unknown":
        sent_col, resend_col, cancel_col = st.columns(3)
        sent_col.button("It went out (mark sent)", key=f"mark_sent-{draft_id}", on_click=act, args=("mark_sent", *args))
        resend_col.button("It did not: resend", key=f"resend-{draft_id}", on_click=act, args=("resend", *args))
        cancel_col.button("Don't send", key=f"cancel-{draft_id}", on_click=act, args=("cancel", *args))
    else:
        st.button("Try again", key=f"resend-{draft_id}", on_click=act, args=("resend", *args))


def render_guardrails(report: list[dict[str, Any]]) -> None:
    if not report:
        st.caption("No guardrail results recorded.")
        return
    for item in report:
        if not isinstance(item, dict):
            st.write(item)
            continue
        name = item.get("rule") or item.get("name") or item.get("check") or "check"
        ok = item.get("passed", item.get("ok"))
        severity = str(item.get("severity") or "")
        detail = item.get("message") or item.get("detail") or item.get("reason") or ""
        if ok is True:
            icon = ":green[:material/check_circle:]"
        elif severity in ("warn", "warning"):
            icon = ":orange[:material/warning:]"
        elif ok is False:
            icon = ":red[:material/cancel:]"
        else:
            icon = ":gray[:material/help:]"
        st.markdown(f"{icon} **{md(name)}**" + (f": {md(detail)}" if detail else ""))


def render_evidence(view: DraftView) -> None:
    d, s = view.draft, view.signal
    if s is None:  # a sequence step: about one content asset and the lead's path, not a signal
        st.markdown(md(f"Sequence {d.sequence}, step {d.step}") + (f" · expires {when(d.expires_at)}" if d.expires_at else ""))
        st.caption(md("Evidence cited by the draft: " + (", ".join(d.evidence_ids or []) or "none")))
        return
    st.markdown(f"**Signal** ({md(s.kind)}, {md(s.source)}): {link(s.title, s.url)}")
    st.caption(md(f"Happened {when(s.occurred_at)}"))
    if s.excerpt:
        st.markdown("> " + md(s.excerpt[:600]))
    cited = set(d.evidence_ids or [])
    if s.evidence:
        lines = []
        for ev in s.evidence:
            if not isinstance(ev, dict):
                continue
            ev_id = str(ev.get("id", ""))
            mark = ":blue[:material/push_pin:] " if ev_id in cited else ""
            label = md(ev.get("label") or "")
            text = md(ev.get("text") or "")
            url = ev.get("url")
            src = f" ({link('source', url)})" if url else ""
            lines.append(f"- {mark}`{ev_id}` **{label}**: {text}{src}")
        st.markdown("\n".join(lines))
    st.caption(md("Evidence cited by the draft: " + (", ".join(sorted(cited)) if cited else "none")))


def render_history(draft_id: int) -> None:
    events = queue_service.history(common.workspace().db, draft_id)
    if not events:
        st.caption("No decisions yet.")
        return
    for ev in events:
        extra = f" — {md(ev.reason)}" if ev.reason else ""
        edits = f" (edited {', '.join(sorted(ev.edits))})" if ev.edits else ""
        st.markdown(
            f"- {when(ev.at)}: **{md(ev.actor)}** {md(ev.action)} "
            f"({md(ev.from_status)} → {md(ev.to_status)}){edits}{extra}"
        )


def render_draft(view: DraftView) -> None:
    d, a, c = view.draft, view.account, view.contact
    draft_id = int(d.id or 0)
    actionable = d.status in ACTIONABLE
    may_act = actionable and common.may("approve")  # reps and admins; the services check again
    with st.container(border=True, key=f"draft-{draft_id}"):
        head, score = st.columns([5, 1])
        with head:
            domain = f" · {md(a.domain)}" if a.domain else ""
            tag = " · :orange-badge[Reactivation]" if d.kind == "reactivation" else ""
            st.markdown(f"#### {md(a.name)}{domain}{tag}")
            if c is not None:
                name = f"{c.first_name} {c.last_name}".strip()
                title = f", {c.title}" if c.title else ""
                st.markdown(f"To **{md(name)}**{md(title)} · {md(c.email)}")
            else:
                common.say("warning", f"No recipient: add a contact at {a.name} before this draft can be approved.")
            st.caption(md(
                f"Draft {draft_id} · {STATUS_LABELS.get(d.status, d.status)} · "
                f"provider {d.provider} · model {d.model or '—'} · prompt {d.prompt_version or '—'} · "
                f"version {d.version}" + (" · edited" if d.edited else "")
            ))
        score.metric("Priority", f"{d.priority:.1f}")
        if d.fallback_reason:
            common.say("info", f"Drafted by the fallback: {d.fallback_reason}")
        if d.status == "snoozed" and d.snoozed_until:
            st.caption(md(f"Snoozed until {when(d.snoozed_until)}"))
        if d.reviewed_by:
            st.caption(md(f"Reviewed by {d.reviewed_by} at {when(d.reviewed_at)}"))
        if d.reject_reason:
            st.caption(md(f"Reject reason: {d.reject_reason}"))

        for kind, message in take_notes(draft_id):
            common.say(kind, message)

        left, right = st.columns([3, 2])
        with left:
            if may_act:
                st.text_input("Subject", value=d.subject, key=f"subject-{draft_id}")
                st.text_area("Body", value=d.body, key=f"body-{draft_id}", height=260)
            else:
                st.markdown(f"**Subject:** {md(d.subject)}")
                st.text(d.body)
            if d.call_to_action:
                st.caption(md(f"Call to action: {d.call_to_action}"))
        with right:
            st.markdown("**Evidence**")
            render_evidence(view)
            st.markdown("**Why this account**")
            reasons = view.signal.score_reasons if view.signal is not None else []
            if reasons:
                st.markdown("\n".join(f"- {md(r)}" for r in reasons))
            else:
                st.caption("No fit reasons recorded.")
            attempted = st.session_state.get(_FAILED, {}).get(draft_id)
            if attempted is not None and actionable:
                st.markdown("**Guardrails of the text you tried to approve**")
                render_guardrails(attempted)
            else:
                st.markdown("**Guardrails**" + (" (of the edited text)" if d.edited else ""))
                render_guardrails(d.guardrail_report or [])

        if actionable and not may_act:
            st.caption("You can read this draft but not act on it: ask an admin for the rep role.")
        if may_act:
            args = (draft_id, d.version, d.subject, d.body)
            approve_col, save_col, reject_col, snooze_col = st.columns([1, 1, 2, 2], vertical_alignment="bottom")
            approve_col.button(
                "Approve", key=f"approve-{draft_id}", type="primary", on_click=act, args=("approve", *args),
                help="Queue this message (with your edits) for sending.",
            )
            save_col.button("Save edits", key=f"save-{draft_id}", on_click=act, args=("save", *args))
            with reject_col:
                st.text_input(
                    "Reason to reject", key=f"reason-{draft_id}",
                    placeholder="e.g. wrong person, stale news",
                )
                st.button("Reject", key=f"reject-{draft_id}", on_click=act, args=("reject", *args))
            with snooze_col:
                st.number_input("Snooze days", min_value=1, max_value=90, value=3, step=1,
                                key=f"snooze-days-{draft_id}")
                st.button("Snooze", key=f"snooze-{draft_id}", on_click=act, args=("snooze", *args))
            if st.session_state.get(_FAILED, {}).get(draft_id) is not None:
                reason_col, override_col = st.columns([4, 1], vertical_alignment="bottom")
                reason_col.text_input(
                    "Reason to approve despite the failed checks", key=f"override-{draft_id}", max_chars=300,
                    placeholder="e.g. the link is our own booking page, checked by hand",
                )
                override_col.button(
                    "Approve anyway", key=f"override-approve-{draft_id}", on_click=act, args=("override", *args),
                    help="Approve this text although it fails checks; your reason is recorded with the approval.",
                )
            instr_col, regen_col = st.columns([4, 1], vertical_alignment="bottom")
            instr_col.text_input(
                "Regenerate with instruction", key=f"instruction-{draft_id}", max_chars=500,
                placeholder="e.g. shorter, mention their SDR hiring",
            )
            regen_col.button(
                "Regenerate", key=f"regenerate-{draft_id}", on_click=act, args=("regenerate", *args),
                help="Ask the drafter again with your instruction; the guardrails check the new draft.",
            )
        if d.status in ("send_unknown", "send_failed"):
            render_delivery(draft_id, d.version, d.status, d.subject, d.body)
        with st.expander("History"):
            render_history(draft_id)


def bulk(action: str, versions: dict[int, int]) -> None:
    """Approve or reject the selected drafts, each against the version this page showed."""
    who = common.reviewer()
    chosen = [int(i) for i in st.session_state.get("queue-bulk") or []]
    if not who:
        common.flash("warning", common.NEED_EMAIL)
        return
    if not chosen:
        common.flash("info", "Select drafts first.")
        return
    try:
        results = queue_service.decide_many(
            common.workspace(), action=action, drafts=[(i, versions[i]) for i in chosen], reviewer=who,
            reason=str(st.session_state.get("queue-bulk-reason") or ""),
        )
    except QueueError as exc:
        common.flash("error", common.sentence(exc))
        return
    done = [r["draft_id"] for r in results if r["ok"]]
    verb = "Approved" if action == "approve" else "Rejected"
    if done:
        common.flash("success", f"{verb} {len(done)} draft(s): {', '.join(map(str, done))}.")
    for r in results:
        if not r["ok"]:
            common.flash("error", f"Draft {r['draft_id']}: {common.sentence(r['message'])}")
    st.session_state["queue-bulk"] = []


def render_bulk(views: list[DraftView]) -> None:
    versions = {int(v.draft.id or 0): v.draft.version for v in views}
    labels = {int(v.draft.id or 0): f"{v.draft.id} · {v.account.name} · {v.draft.subject}" for v in views}
    with st.expander("Act on several drafts"):
        st.multiselect("Drafts", list(versions), key="queue-bulk", format_func=lambda i: labels[i])
        reason = st.text_input("Reason (to reject)", key="queue-bulk-reason")
        a, r = st.columns(2)
        a.button("Approve selected", key="queue-bulk-approve", on_click=bulk, args=("approve", versions), type="primary")
        r.button("Reject selected", key="queue-bulk-reject", on_click=bulk, args=("reject", versions),
                 disabled=not (reason or "").strip())
        st.caption("Each draft is approved or rejected on its own, against the version shown here; a draft "
                   "someone changed meanwhile, or whose text fails a check, is left as it is and reported.")


# --------------------------------------------------------------------------- page

ws = common.page_setup("Review queue", "Drafts by priority. Approve, edit, reject or snooze each one.")
common.show_flashes()
top = st.container()

status = st.selectbox(
    "Show drafts that are",
    STATUSES,
    format_func=lambda s: STATUS_LABELS.get(s, s),
    key="queue-status",
)
kind = st.segmented_control(
    "Kind", ["all", "signal", "reactivation", "sequence"], default="all", key="queue-kind",
    format_func=lambda k: {"all": "All drafts", "signal": "Signals", "reactivation": "Reactivations", "sequence": "Sequence steps"}[k],
)
with st.spinner("Loading the queue…"):
    views = queue_service.list_drafts(ws.db, status=status)
    totals = queue_service.counts(ws.db)  # after list_drafts: it releases snoozes that are due
if kind in ("signal", "reactivation", "sequence"):
    views = [v for v in views if v.draft.kind == kind]

with top:
    columns = st.columns(len(STATUSES))
    for column, name in zip(columns, STATUSES, strict=True):
        column.metric(STATUS_LABELS[name], totals.get(name, 0))
    shown = {v.draft.id for v in views}
    # Messages for drafts that are no longer in this list (approved by you or someone else).
    leftovers = [n for n in st.session_state.get(_NOTES, []) if n[0] not in shown]
    st.session_state[_NOTES] = [n for n in st.session_state.get(_NOTES, []) if n[0] in shown]
    for _draft_id, kind, message in leftovers:
        common.say(kind, message)

if not common.reviewer() and status in ACTIONABLE and views:
    st.warning(common.NEED_EMAIL)

if not views:
    st.info(f"No {STATUS_LABELS.get(status, status).lower()} drafts.")
elif status in ACTIONABLE:
    render_bulk(views)
for view in views:
    render_draft(view)
