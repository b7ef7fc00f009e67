"""Reactivations: dormant leads a new signal woke, by priority. Each card shows what happened
before, why the lead went quiet and the new signal with its evidence, beside the draft.

Actions are the queue's (approve, edit, reject with a reason, snooze) plus enrol in a
reactivation sequence instead, "not dormant" and "wrong person" (agent.services.reactivation).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # runnable on its own: `streamlit run review_ui/views/reactivations.py`
    sys.path.insert(0, str(_ROOT))

import streamlit as st  # noqa: E402

from agent.services import queue as queue_service  # noqa: E402
from agent.services import reactivation as service  # noqa: E402
from agent.services.queue import ChecksFailed  # noqa: E402
from review_ui import common  # noqa: E402
from review_ui.common import md  # noqa: E402

KIND_ICONS = {"meeting": ":material/handshake:", "call": ":material/call:", "reply": ":material/chat:",
              "email": ":material/outgoing_mail:", "deal": ":material/trending_down:",
              "activity": ":material/folder_open:", "event": ":material/event:", "request": ":material/edit_note:"}
STATUS_CHOICES = {"open": "Open", "all": "All", "approved": "Approved", "sent": "Sent", "rejected": "Rejected"}


def _changed(key: str, loaded: str) -> str | None:
    value = st.session_state.get(key)
    if value is None or not str(value).strip():
        return None
    return str(value) if str(value).strip() != (loaded or "").strip() else None


def act(action: str, draft_id: int, version: int, subject: str, body: str) -> None:
    """One button's work, run before the rerun with the version the rep looked at."""
    who = common.reviewer()
    if not who:
        common.flash("warning", common.NEED_EMAIL)
        return
    ws = common.workspace()
    new_subject = _changed(f"re-subject-{draft_id}", subject)
    new_body = _changed(f"re-body-{draft_id}", body)
    reason = str(st.session_state.get(f"re-reason-{draft_id}") or "").strip()
    try:
        if action == "approve":
            view = queue_service.approve(ws, draft_id=draft_id, reviewer=who, expected_version=version,
                                         subject=new_subject, body=new_body)
            to = view.contact.email if view.contact else "the recipient"
            common.flash("success", f"Approved reactivation {draft_id}: it is queued to {to}.")
        elif action == "save":
            if new_subject is None and new_body is None:
                common.flash("info", f"Nothing to save on reactivation {draft_id}: the text is unchanged.")
                return
            view = queue_service.save_edits(ws, draft_id=draft_id, reviewer=who, expected_version=version,
                                            subject=new_subject, body=new_body)
            failing = [r["name"] for r in view.draft.guardrail_report or [] if not r.get("passed")]
            common.flash("warning" if failing else "success",
                         f"Saved your edits to reactivation {draft_id}."
                         + (f" The edited text fails {', '.join(failing)}." if failing else " Every check passes."))
        elif action == "reject":
            queue_service.reject(ws.db, draft_id=draft_id, reviewer=who, reason=reason, expected_version=version)
            common.flash("success", f"Rejected reactivation {draft_id}: “{reason}”.")
        elif action == "snooze":
            days = float(st.session_state.get(f"re-snooze-{draft_id}") or 7)
            queue_service.snooze(ws.db, draft_id=draft_id, reviewer=who, days=days, expected_version=version)
            common.flash("success", f"Snoozed reactivation {draft_id} for {days:g} days.")
        elif action == "enrol":
            sequence = st.session_state.get(f"re-sequence-{draft_id}")
            result = service.enrol_instead(ws, draft_id, actor=who, sequence=sequence)
            common.flash("success", f"{result['email']} enrolled in {result['sequence']}; the draft is set aside.")
        elif action == "not_dormant":
            lead = service.not_dormant(ws, draft_id, actor=who, reason=reason)
            common.flash("success", f"{lead['email']} is marked active ({lead['stage']}); the draft is set aside.")
        elif action == "wrong_person":
            lead = service.wrong_person(ws, draft_id, actor=who, reason=reason)
            common.flash("success", f"{lead['email']} is disqualified as the wrong person; the draft is set aside.")
    except ChecksFailed as exc:
        common.flash("error", f"Not approved: the text fails {', '.join(exc.report.failed_checks)}. "
                              "Fix it, or approve it from the Queue with a reason.")
    except Exception as exc:  # services raise advice; show it as a sentence, keep the page up
        common.flash("error", common.sentence(exc))


def render_timeline(item: dict[str, Any]) -> None:
    st.markdown("**Before**")
    history = item["history"]
    if history:
        for h in history:
            icon = KIND_ICONS.get(h["kind"], ":material/history:")
            st.markdown(f"{icon} `{md((h['at'] or '')[:10])}` {md(h['kind'])}: {md(h['summary'])}")
    else:
        st.caption("No recorded history with this person: the draft says nothing about the past.")
    st.markdown("**Why dormant**")
    since = (item["dormant_since"] or "")[:10]
    st.markdown(md(f"Since {since}: {item['dormant_reason']}" if since else item["dormant_reason"]))
    signal = item["signal"]
    st.markdown(f"**What woke them** · {md(item['trigger_label'] or item['trigger_kind'])}")
    if signal is not None:
        st.markdown(common.link(signal["title"], signal.get("url")))
        happened = (signal.get("occurred_at") or "")[:10]
        st.caption(md(" · ".join(p for p in (f"Happened {happened}" if happened else "",
                                             f"found by {signal['source']}" if signal.get("source") else "") if p)))
        facts = common.evidence_lines(signal.get("evidence"))
        if facts:
            st.markdown(facts)


def render_card(item: dict[str, Any], sequences: list[str]) -> None:
    draft_id, version = item["draft_id"], item["version"]
    actionable = item["status"] in ("pending", "snoozed")
    may_act = actionable and common.may("approve")
    with st.container(border=True, key=f"reactivation-{draft_id}"):
        head, prio = st.columns([5, 1])
        with head:
            st.markdown(f"#### {md(item['name'] or item['email'])} · {md(item['account'] or '')}")
            st.caption(md(f"{item['title'] or ''} · {item['email']} · reactivation {draft_id} · {item['status']} · "
                          f"prompt {item['prompt_version'] or '—'}"))
        prio.metric("Priority", f"{item['priority']:.1f}")
        if item["fallback_reason"]:
            common.say("info", f"Drafted by the fallback: {item['fallback_reason']}")
        left, right = st.columns([2, 3])
        with left:
            render_timeline(item)
        with right:
            if may_act:
                st.text_input("Subject", value=item["subject"], key=f"re-subject-{draft_id}")
                st.text_area("Body", value=item["body"], key=f"re-body-{draft_id}", height=240)
            else:
                st.markdown(f"**Subject:** {md(item['subject'])}")
                st.text(item["body"])
            failing = [r.get("name") for r in item["guardrails"] or [] if not r.get("passed")]
            if failing:
                common.say("warning", f"Fails: {', '.join(str(f) for f in failing)}")
            else:
                st.caption("Every guardrail passes; references to the past are backed by the history.")
        if not may_act:
            return
        args = (draft_id, version, item["subject"], item["body"])
        a, s, z, e = st.columns(4, vertical_alignment="bottom")
        a.button("Approve", key=f"re-approve-{draft_id}", type="primary", on_click=act, args=("approve", *args))
        s.button("Save edits", key=f"re-save-{draft_id}", on_click=act, args=("save", *args))
        with z:
            st.number_input("Snooze days", min_value=1, max_value=180, value=7, step=1, key=f"re-snooze-{draft_id}")
            st.button("Snooze", key=f"re-snooze-btn-{draft_id}", on_click=act, args=("snooze", *args))
        with e:
            if sequences:
                st.selectbox("Sequence", sequences, key=f"re-sequence-{draft_id}")
                st.button("Enrol instead", key=f"re-enrol-{draft_id}", on_click=act, args=("enrol", *args),
                          help="Put the lead in this sequence instead of sending this draft.")
            else:
                st.caption("No reactivation or re_engage sequence is defined.")
        r, rj, nd, wp = st.columns([3, 1, 1, 1], vertical_alignment="bottom")
        r.text_input("Reason", key=f"re-reason-{draft_id}", placeholder="e.g. she answered my call last week")
        rj.button("Reject", key=f"re-reject-{draft_id}", on_click=act, args=("reject", *args))
        nd.button("Not dormant", key=f"re-active-{draft_id}", on_click=act, args=("not_dormant", *args),
                  help="The lead is active: mark it engaged and set this draft aside.")
        wp.button("Wrong person", key=f"re-wrong-{draft_id}", on_click=act, args=("wrong_person", *args),
                  help="Disqualify this lead and set this draft aside.")


ws = common.page_setup("Reactivations", "Dormant leads a new signal woke, by priority, with what happened before.")
common.show_flashes()

dormant = service.dormant_count(ws.db)
open_items = service.list_reactivations(ws.db, status="open")
c1, c2 = st.columns(2)
c1.metric("Dormant leads", dormant)
c2.metric("Open reactivations", len(open_items))

status = st.segmented_control("Show", list(STATUS_CHOICES), default="open", key="re-status",
                              format_func=lambda s: STATUS_CHOICES[s]) or "open"
items = open_items if status == "open" else service.list_reactivations(ws.db, status=status)
sequences = service.reactivation_sequences(ws)
if not items:
    st.info("No reactivations here. A dormant lead gets one when a new signal at its account fits it "
            "(funding, a new executive, hiring in its department, an intent surge, a technology change).")
for item in items:
    render_card(item, sequences)

with st.expander("Results per week and trigger"):
    rows = service.stats(ws.db)
    if rows:
        st.dataframe(rows, hide_index=True, width="stretch")
    else:
        st.caption("Nothing measured yet.")
