"""Queue: an inbox. A dense list of drafts by priority (one page at a time, with the true total),
one draft open beside it with Approve first, evidence and checks folded under it with a one-line
summary, and bulk approve / reject / snooze of the ticked rows.

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
from review_ui.common import link, md  # noqa: E402
from signals.model import as_utc, utcnow  # noqa: E402

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
#: The draft open beside the list, and per draft the one after it (opened once it is decided).
_OPEN = "queue-open"
_NEXT = "queue-next-of"


# --------------------------------------------------------------------------- helpers


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


def open_next(draft_id: int) -> None:
    """After a decision the draft leaves the list: open the one after it."""
    following = st.session_state.get(_NEXT, {}).get(draft_id)
    if following is not None:
        st.session_state[_OPEN] = following


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
                names = ", ".join(CHECK_WORDS.get(n, n) for n in exc.report.failed_checks)
                note(draft_id, "error", f"Not approved: the text fails these checks: {names}. Fix it, or approve anyway with a reason.")
                return
            failed.pop(draft_id, None)
            to = view.contact.email if view.contact else "the recipient"
            edited = " with your edits" if (subject or body) else ""
            overridden = f", overriding failed checks ({reason})" if reason and view.draft.guardrail_report and not all(
                r.get("passed") for r in view.draft.guardrail_report
            ) else ""
            note(draft_id, "success", f"Approved draft {draft_id}{edited}{overridden}: it is queued to {to}.")
            open_next(draft_id)
        elif action == "save":
            if subject is None and body is None:
                note(draft_id, "info", f"Nothing to save on draft {draft_id}: the subject and body are unchanged.")
                return
            view = queue_service.save_edits(
                ws, draft_id=draft_id, reviewer=who, expected_version=version, subject=subject, body=body
            )
            failed.pop(draft_id, None)
            failing = [check_label(r) for r in view.draft.guardrail_report or [] if not r.get("passed")]
            checks = f" The edited text fails {', '.join(failing)}." if failing else " The edited text passes every check."
            note(draft_id, "success" if not failing else "warning",
                 f"Saved your edits to draft {draft_id}.{checks} It is still waiting for a decision.")
        elif action == "reject":
            reason = str(st.session_state.get(f"reason-{draft_id}") or "")
            queue_service.reject(
                db, draft_id=draft_id, reviewer=who, reason=reason, expected_version=version
            )
            note(draft_id, "success", f"Rejected draft {draft_id}: “{reason.strip()}”.")
            open_next(draft_id)
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
            if st.session_state.get("queue-status") != "snoozed":
                open_next(draft_id)
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


#: Plain words for each guardrail check (the short names stay in the draft's details panel).
CHECK_WORDS = {
    "grounding": "Facts match the evidence",
    "evidence_ids": "Says where its facts come from",
    "one_cta": "Asks one clear question",
    "subject_length": "Subject is a good length",
    "body_length": "Message is a good length",
    "links": "No links",
    "output_policy": "Follows the writing rules",
    "placeholders": "No unfilled placeholders",
    "recipient_name": "Uses the right name",
    "banned_phrases": "No banned phrases",
    "injection": "Not steered by text in the source",
    "context": "Facts can be checked",
}
#: Plain words for signal kinds and families.
KIND_WORDS = {
    "funding": "Funding round",
    "new_role": "New role opened",
    "hiring_surge": "Hiring surge",
    "role_closed": "Role closed",
    "job_change": "Job change",
    "intent_spike": "Research interest",
    "tech_installed": "Started using a tool",
    "tech_removed": "Stopped using a tool",
}
FAMILY_WORDS = {
    "funding": "Funding",
    "hiring": "Hiring",
    "job_change": "Job changes",
    "intent": "Research interest",
    "technology": "Technology",
}


def check_label(item: dict[str, Any]) -> str:
    name = str(item.get("rule") or item.get("name") or item.get("check") or "check")
    return CHECK_WORDS.get(name, name.replace("_", " ").capitalize())


def checks_summary(report: list[dict[str, Any]]) -> tuple[bool, str]:
    """(all passed, one line) for a guardrail report: "All 11 checks pass" or "2 of 11 checks fail: ..."."""
    items = [r for r in report if isinstance(r, dict)]
    if not items:
        return True, "No checks recorded"
    failed = [check_label(r) for r in items if r.get("passed", r.get("ok")) is False]
    if not failed:
        return True, "The check passes" if len(items) == 1 else f"All {len(items)} checks pass"
    return False, f"{len(failed)} of {len(items)} checks fail: {', '.join(failed)}"


def render_guardrails(report: list[dict[str, Any]]) -> None:
    if not report:
        st.caption("No checks recorded.")
        return
    for item in report:
        if not isinstance(item, dict):
            st.write(item)
            continue
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
        st.markdown(f"{icon} **{md(check_label(item))}**" + (f": {md(detail)}" if detail and ok is not True else ""))


def age(value: datetime | None) -> str:
    """How long ago, in the largest whole unit: "5 min", "3 h", "2 d"."""
    if value is None:
        return "—"
    seconds = max(0.0, (utcnow() - as_utc(value)).total_seconds())
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} d"


def why_now(view: DraftView) -> str:
    """The reason for the draft in a few plain words: the signal, or the sequence step."""
    d, s = view.draft, view.signal
    if s is None:
        return f"Sequence {d.sequence}, step {d.step}"
    return f"{KIND_WORDS.get(s.kind, s.kind.replace('_', ' ').capitalize())}: {s.title}"


def render_evidence(view: DraftView) -> None:
    d, s = view.draft, view.signal
    if s is None:  # a sequence step: about one content asset and the lead's path, not a signal
        st.markdown(md(f"Sequence {d.sequence}, step {d.step}") + (f" · approve by {when(d.expires_at)}" if d.expires_at else ""))
        return
    st.markdown(f"**{md(KIND_WORDS.get(s.kind, s.kind))}** · {link(s.title, s.url)}")
    st.caption(md(f"Happened {when(s.occurred_at)} · found by {s.source}"))
    if s.excerpt:
        st.markdown("> " + md(s.excerpt[:600]))
    cited = set(d.evidence_ids or [])
    if s.evidence:
        st.markdown(common.evidence_lines(s.evidence, cited))
        if cited:
            st.caption(":material/push_pin: marks the facts the message uses.")


def evidence_summary(view: DraftView) -> str:
    s, d = view.signal, view.draft
    if s is None:
        return f"Why now: sequence {d.sequence}, step {d.step}"
    facts = len([e for e in s.evidence or [] if isinstance(e, dict)])
    used = len(set(d.evidence_ids or []))
    return f"Why now: {KIND_WORDS.get(s.kind, s.kind).lower()}, {age(s.occurred_at)} ago · {facts} fact(s), {used} used"

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


def render_details(view: DraftView) -> None:
    """The internal words a rep rarely needs: ids, model, prompt version, check names, history."""
    d = view.draft
    draft_id = int(d.id or 0)
    st.caption(md(
        f"Draft {draft_id} · {STATUS_LABELS.get(d.status, d.status)} · version {d.version} · "
        f"provider {d.provider} · model {d.model or '—'} · prompt {d.prompt_version or '—'}"
        + (" · edited" if d.edited else "")
    ))
    if d.fallback_reason:
        common.say("info", f"Drafted by the fallback: {d.fallback_reason}")
    st.caption(md("Evidence cited by the draft: " + (", ".join(sorted(d.evidence_ids or [])) or "none")))
    report = [r for r in d.guardrail_report or [] if isinstance(r, dict)]
    if report:
        st.caption(md("Checks: " + ", ".join(
            f"{r.get('name')} {'ok' if r.get('passed') else 'FAILED'}" for r in report
        )))
    if d.call_to_action:
        st.caption(md(f"Call to action: {d.call_to_action}"))
    st.markdown("**History**")
    render_history(draft_id)


def render_draft(view: DraftView, next_id: int | None = None) -> None:
    """The open draft: who, why, the text, the actions (Approve first), then folded evidence and checks."""
    d, a, c = view.draft, view.account, view.contact
    draft_id = int(d.id or 0)
    actionable = d.status in ACTIONABLE
    may_act = actionable and common.may("approve")  # reps and admins; the services check again
    st.session_state.setdefault(_NEXT, {})[draft_id] = next_id
    with st.container(border=True, key=f"draft-{draft_id}"):
        domain = f" · {md(a.domain)}" if a.domain else ""
        tag = " · :orange-badge[Reactivation]" if d.kind == "reactivation" else ""
        st.markdown(f"#### {md(a.name)}{domain}{tag}")
        if c is not None:
            name = f"{c.first_name} {c.last_name}".strip()
            title = f", {c.title}" if c.title else ""
            st.markdown(f"To **{md(name)}**{md(title)} · {md(c.email)}")
        else:
            common.say("warning", f"No recipient: add a contact at {a.name} before this draft can be approved.")
        facts = [f"Priority {d.priority:.0f}", f"written {age(d.created_at)} ago", STATUS_LABELS.get(d.status, d.status)]
        if d.status == "snoozed" and d.snoozed_until:
            facts.append(f"Snoozed until {when(d.snoozed_until)}")
        if d.expires_at and actionable:
            facts.append(f"approve by {when(d.expires_at)}")
        st.caption(md(" · ".join(facts)))
        if d.reviewed_by:
            st.caption(md(f"Reviewed by {d.reviewed_by} at {when(d.reviewed_at)}"))
        if d.reject_reason:
            st.caption(md(f"Reject reason: {d.reject_reason}"))

        for kind, message in take_notes(draft_id):
            common.say(kind, message)

        attempted = st.session_state.get(_FAILED, {}).get(draft_id) if actionable else None
        args = (draft_id, d.version, d.subject, d.body)
        if may_act:
            approve_col, save_col, next_col = st.columns([5, 4, 4])
            approve_col.button(
                "Approve", key=f"approve-{draft_id}", type="primary", icon=":material/send:", on_click=act,
                args=("approve", *args), shortcut="Ctrl+Enter", width="stretch",
                help="Queue this message (with your edits) for sending.",
            )
            save_col.button("Save edits", key=f"save-{draft_id}", on_click=act, args=("save", *args),
                            shortcut="Alt+S", width="stretch")
            next_col.button("Next", key=f"next-{draft_id}", icon=":material/arrow_downward:", on_click=open_draft,
                            args=(next_id,), disabled=next_id is None, shortcut="Alt+N", width="stretch",
                            help="Open the next draft in the list without deciding this one.")
            if attempted is not None:
                reason_col, override_col = st.columns([3, 1], vertical_alignment="bottom")
                reason_col.text_input(
                    "Reason to approve despite the failed checks", key=f"override-{draft_id}", max_chars=300,
                    placeholder="e.g. the link is our own booking page, checked by hand",
                )
                override_col.button(
                    "Approve anyway", key=f"override-approve-{draft_id}", on_click=act, args=("override", *args),
                    help="Approve this text although it fails checks; your reason is recorded with the approval.",
                )
            st.text_input("Subject", value=d.subject, key=f"subject-{draft_id}")
            st.text_area("Body", value=d.body, key=f"body-{draft_id}", height=240)
            reason_col, reject_col = st.columns([3, 2], vertical_alignment="bottom")
            reason_col.text_input("Reason to reject", key=f"reason-{draft_id}",
                                  placeholder="e.g. wrong person, stale news")
            reject_col.button("Reject", key=f"reject-{draft_id}", on_click=act, args=("reject", *args),
                              shortcut="Alt+X", width="stretch")
            days_col, snooze_col = st.columns([3, 2], vertical_alignment="bottom")
            days_col.number_input("Snooze days", min_value=1, max_value=90, value=3, step=1,
                                  key=f"snooze-days-{draft_id}")
            snooze_col.button("Snooze", key=f"snooze-{draft_id}", on_click=act, args=("snooze", *args),
                              shortcut="Alt+Z", width="stretch")
        else:
            st.markdown(f"**Subject:** {md(d.subject)}")
            st.text(d.body)
            if actionable:
                st.caption("You can read this draft but not act on it: ask an admin for the rep role.")

        with st.expander(evidence_summary(view), icon=":material/fact_check:"):
            render_evidence(view)
            reasons = view.signal.score_reasons if view.signal is not None else []
            if reasons:
                st.markdown("**Why this account fits**")
                st.markdown("\n".join(f"- {md(r)}" for r in reasons))
        ok, summary = checks_summary(attempted if attempted is not None else (d.guardrail_report or []))
        which = " (the text you tried to approve)" if attempted is not None else (" (the edited text)" if d.edited else "")
        with st.expander(f"{summary}{which}", expanded=not ok,
                         icon=":material/verified:" if ok else ":material/error:"):
            render_guardrails(attempted if attempted is not None else (d.guardrail_report or []))
        if may_act:
            with st.expander("Rewrite with an instruction", icon=":material/edit_note:"):
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
        with st.expander("Details", icon=":material/info:"):
            render_details(view)


# --------------------------------------------------------------------------- the list


def open_draft(draft_id: int | None) -> None:
    if draft_id is not None:
        st.session_state[_OPEN] = draft_id


def row_label(view: DraftView) -> str:
    """One dense line: account, person, why now, priority, age, checks."""
    d, a, c = view.draft, view.account, view.contact
    who = f"{c.first_name} {c.last_name}".strip() if c else "no recipient"
    ok, _ = checks_summary(d.guardrail_report or [])
    mark = ":green[:material/check_circle:]" if ok else ":red[:material/error:]"
    reason = why_now(view)
    reason = reason if len(reason) <= 70 else reason[:69] + "…"
    tag = ":orange-badge[Reactivation] " if d.kind == "reactivation" else ""
    return f"{mark} {tag}**{md(a.name)}** · {md(who)} — {md(reason)} · P{d.priority:.0f} · {age(d.created_at)}"


def _picked(ids: list[int]) -> list[int]:
    return [i for i in ids if st.session_state.get(f"pick-{i}")]


def _pick_all(ids: list[int]) -> None:
    value = bool(st.session_state.get("queue-pick-all"))
    for i in ids:
        st.session_state[f"pick-{i}"] = value


def bulk(action: str, versions: dict[int, int]) -> None:
    """Approve, reject or snooze the ticked drafts, each against the version this page showed."""
    who = common.reviewer()
    chosen = _picked(list(versions))
    if not who:
        common.flash("warning", common.NEED_EMAIL)
        return
    if not chosen:
        common.flash("info", "Tick drafts in the list first.")
        return
    try:
        results = queue_service.decide_many(
            common.workspace(), action=action, drafts=[(i, versions[i]) for i in chosen], reviewer=who,
            reason=str(st.session_state.get("queue-bulk-reason") or ""),
            days=float(st.session_state.get("queue-bulk-days") or 3),
        )
    except QueueError as exc:
        common.flash("error", common.sentence(exc))
        return
    failed = [r for r in results if not r["ok"]]
    done = len(results) - len(failed)
    verb = {"approve": "Approved", "reject": "Rejected", "snooze": "Snoozed"}[action]
    common.flash("success" if not failed else "warning",
                 f"{verb} {done} of {len(results)} draft(s)" + (f"; {len(failed)} left as they were." if failed else "."))
    for r in failed:
        common.flash("error", f"Draft {r['draft_id']}: {common.sentence(r['message'])}")
    for i in versions:
        st.session_state[f"pick-{i}"] = False
    st.session_state["queue-pick-all"] = False


def render_bulk(views: list[DraftView]) -> None:
    versions = {int(v.draft.id or 0): v.draft.version for v in views}
    chosen = _picked(list(versions))
    with st.container(border=True, key="queue-bulk-bar"):
        st.checkbox("Select all on this page", key="queue-pick-all", on_change=_pick_all, args=(list(versions),))
        st.button(f"Approve {len(chosen)} selected", key="queue-bulk-approve", on_click=bulk,
                  args=("approve", versions), type="primary", disabled=not chosen, width="stretch")
        d, sz = st.columns([3, 2], vertical_alignment="bottom")
        d.number_input("Snooze days", min_value=1, max_value=90, value=3, step=1, key="queue-bulk-days")
        sz.button("Snooze selected", key="queue-bulk-snooze", on_click=bulk, args=("snooze", versions),
                  disabled=not chosen, width="stretch")
        r, rb = st.columns([3, 2], vertical_alignment="bottom")
        reason = r.text_input("Reason (to reject)", key="queue-bulk-reason", placeholder="one reason for all of them")
        rb.button("Reject selected", key="queue-bulk-reject", on_click=bulk, args=("reject", versions),
                  disabled=not (chosen and (reason or "").strip()), width="stretch")


def render_list(views: list[DraftView], open_id: int | None, actionable: bool) -> None:
    for view in views:
        draft_id = int(view.draft.id or 0)
        if actionable:
            pick, row = st.columns([1, 14], vertical_alignment="center", gap="small")
            pick.checkbox("Select", key=f"pick-{draft_id}", label_visibility="collapsed")
        else:
            row = st.container()
        row.button(
            row_label(view), key=f"open-{draft_id}", on_click=open_draft, args=(draft_id,), width="stretch",
            type="secondary" if draft_id == open_id else "tertiary",
        )


def render_sent(ws: Any, filters: queue_service.QueueFilter, limit: int, offset: int) -> None:
    """What went out: when, to whom (with their title when it was sent), and what."""
    log = delivery_service.sent_log(ws.db, family=filters.family, owner=filters.owner, limit=limit, offset=offset)
    st.caption(log.describe("sent messages"))
    if log.rows:
        st.dataframe(
            log.rows, hide_index=True, width="stretch", key="queue-sent",
            column_config={
                "sent_at": st.column_config.DatetimeColumn("Sent", format="YYYY-MM-DD HH:mm"),
                "to": st.column_config.TextColumn("To"),
                "title_at_send": st.column_config.TextColumn("Their title when sent"),
                "account": st.column_config.TextColumn("Account"),
                "subject": st.column_config.TextColumn("Subject", width="large"),
                "draft_id": st.column_config.NumberColumn("Draft", format="%d"),
            },
        )


# --------------------------------------------------------------------------- page

#: Page sizes offered; the list stays one screen, and drawing it stays cheap at any queue length.
PAGE_SIZES = [25, 50, 100]
AGES = {
    "any": ("Any age", None, None),
    "today": ("Under a day", None, 1.0),
    "week": ("1–7 days", 1.0, 7.0),
    "old": ("Over 7 days", 7.0, None),
}


def _first_page() -> None:
    st.session_state["queue-page"] = 1


ws = common.page_setup("Review queue", "Drafts by priority: open one, decide, move on. Tick several to act on them at once.")
st.html(
    "<style>"
    "[class*='st-key-approve-'] button, .st-key-queue-bulk-approve button"
    "{background-color:#15803d;border-color:#15803d;color:#fff}"
    "[class*='st-key-approve-'] button:hover, .st-key-queue-bulk-approve button:hover"
    "{background-color:#166534;border-color:#166534;color:#fff}"
    "[class*='st-key-open-'] button{justify-content:flex-start;text-align:left;min-height:0;padding:2px 8px}"
    "[class*='st-key-open-'] button p{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}"
    "</style>"
)
common.show_flashes()
top = st.container()

choices = queue_service.filter_choices(ws.db)
f1, f2, f3, f4, f5, f6, f7 = st.columns(7)
status = f1.selectbox("Show", STATUSES, format_func=lambda s: STATUS_LABELS.get(s, s), key="queue-status",
                      on_change=_first_page)
kind = f2.selectbox("Kind", ["all", "signal", "reactivation", "sequence"], key="queue-kind", on_change=_first_page,
                    format_func=lambda k: {"all": "All drafts", "signal": "Signals", "reactivation": "Reactivations",
                                           "sequence": "Sequence steps"}[k])
# "" is "any": a None option would give each box a clear button.
family = f3.selectbox("Signal", ["", *choices["family"]], key="queue-family", on_change=_first_page,
                      format_func=lambda v: FAMILY_WORDS.get(v, v) if v else "Any signal")
owner = f4.selectbox("Owner", ["", *choices["owner"]], key="queue-owner", on_change=_first_page,
                     format_func=lambda v: v or "Anyone")
stage = f5.selectbox("Stage", ["", *choices["stage"]], key="queue-stage", on_change=_first_page,
                     format_func=lambda v: v.replace("_", " ") if v else "Any stage")
age_key = f6.selectbox("Age", list(AGES), key="queue-age", on_change=_first_page, format_func=lambda k: AGES[k][0])
sequence = f7.selectbox("Sequence", ["", *choices["sequence"]], key="queue-sequence", on_change=_first_page,
                        format_func=lambda v: v or "Any sequence")
_label, min_age, max_age = AGES[age_key]
filters = queue_service.QueueFilter(
    status=status, kind=None if kind == "all" else kind, family=family or None, owner=owner or None,
    stage=stage or None, sequence=sequence or None, min_age_days=min_age, max_age_days=max_age,
)
size = int(st.session_state.get("queue-size") or PAGE_SIZES[0])
page_no = int(st.session_state.get("queue-page") or 1)
try:
    page = queue_service.list_page(ws.db, filters, limit=size, offset=(page_no - 1) * size)
    if not page.items and page.total and page_no > 1:  # the last page emptied (drafts were decided)
        page_no = (page.total - 1) // size + 1
        st.session_state["queue-page"] = page_no
        page = queue_service.list_page(ws.db, filters, limit=size, offset=(page_no - 1) * size)
except QueueError as exc:
    common.say("error", common.sentence(exc))
    st.stop()
totals = queue_service.counts(ws.db)  # after list_page: it releases snoozes that are due
views = page.items

with top:
    columns = st.columns(len(STATUSES))
    for column, name in zip(columns, STATUSES, strict=True):
        column.metric(STATUS_LABELS[name], f"{totals.get(name, 0):,}")
    shown = {v.draft.id for v in views}
    # Messages for drafts that are no longer in this list (approved by you or someone else).
    leftovers = [n for n in st.session_state.get(_NOTES, []) if n[0] not in shown]
    st.session_state[_NOTES] = [n for n in st.session_state.get(_NOTES, []) if n[0] in shown]
    for _draft_id, note_kind, message in leftovers:
        common.say(note_kind, message)

actionable = status in ACTIONABLE
if not common.reviewer() and actionable and views:
    st.warning(common.NEED_EMAIL)

noun = f"{STATUS_LABELS.get(status, status).lower()} drafts"
if status == "sent":
    render_sent(ws, filters, size, (page_no - 1) * size)
if not views:
    st.info(f"No {noun}." if not page.total else page.describe(noun))
else:
    ids = [int(v.draft.id or 0) for v in views]
    open_id = st.session_state.get(_OPEN)
    if open_id not in ids:
        open_id = ids[0]
        st.session_state[_OPEN] = open_id
    following = {ids[i]: ids[i + 1] if i + 1 < len(ids) else None for i in range(len(ids))}
    left, right = st.columns([2, 3], gap="medium")
    with right:  # drawn first: the open draft reaches the browser before the list
        current = next(v for v in views if v.draft.id == open_id)
        render_draft(current, following.get(int(open_id)))
    with left:
        if actionable and common.may("approve"):
            render_bulk(views)
        st.caption(page.describe(noun))
        render_list(views, open_id, actionable and common.may("approve"))
        pages = max(1, (page.total - 1) // size + 1)
        prev_col, no_col, size_col, next_col = st.columns([1, 1, 1, 1], vertical_alignment="bottom")
        prev_col.button(":material/chevron_left:", key="queue-prev", help="Previous page", disabled=page_no <= 1,
                        width="stretch", on_click=lambda: st.session_state.update({"queue-page": page_no - 1}))
        st.session_state["queue-page"] = min(page_no, pages)  # the key holds the value (no default: no warning)
        no_col.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, step=1, key="queue-page")
        size_col.selectbox("Per page", PAGE_SIZES, key="queue-size", on_change=_first_page)
        next_col.button(":material/chevron_right:", key="queue-next", help="Next page", disabled=page_no >= pages,
                        width="stretch", on_click=lambda: st.session_state.update({"queue-page": page_no + 1}))
