"""Leads: every contact's score and stage, newest MQLs first; one lead's breakdown and timeline."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # runnable on its own: `streamlit run review_ui/views/leads.py`
    sys.path.insert(0, str(_ROOT))

import streamlit as st  # noqa: E402

from agent.services import leads as leads_service  # noqa: E402
from agent.services.auth import Forbidden  # noqa: E402
from review_ui import common  # noqa: E402
from review_ui.common import md  # noqa: E402

ALL = "all"
STAGE_LABELS = {
    "lead": "Lead",
    "engaged": "Engaged",
    "mql": "MQL",
    "handed_off": "Handed off",
    "customer": "Customer",
    "disqualified": "Disqualified",
    "dormant": "Dormant",
}
KIND_ICONS = {"event": "👣", "stage": "🏷️", "signal": "📡", "draft": "✍️", "sent": "📤", "handoff": "🤝"}

ws = common.page_setup("Leads", "Scores and stages from what people did, newest MQLs first.")
common.show_flashes()

counts = leads_service.count_leads(ws.db)
metric_cols = st.columns(4)
for column, stage in zip(metric_cols, ("mql", "handed_off", "engaged", "dormant"), strict=True):
    column.metric(STAGE_LABELS[stage], counts.get(stage, 0))

s_col, m_col, q_col = st.columns([1, 1, 2], vertical_alignment="bottom")
stage = s_col.selectbox(
    "Stage", [ALL, *STAGE_LABELS], key="leads-stage", format_func=lambda s: "All stages" if s == ALL else STAGE_LABELS[s]
)
min_score = m_col.number_input("Minimum score", value=0.0, step=10.0, key="leads-min-score")
search = q_col.text_input("Search", key="leads-search", placeholder="e-mail, last name or account")

rows = leads_service.list_leads(
    ws.db,
    stage=None if stage == ALL else stage,
    min_score=min_score or None,
    search=search or None,
    limit=1000,
)

if not rows:
    st.info("No leads match these filters." if (stage != ALL or min_score or search)
            else "No leads yet: import contacts, then events arrive from the API or your website.")
    st.stop()

table = [
    {
        "email": r["email"],
        "name": r["name"],
        "account": r["account"] or "",
        "stage": STAGE_LABELS.get(r["stage"], r["stage"]),
        "score": r["score"],
        "since": (r["stage_changed_at"] or "")[:16].replace("T", " "),
        "top reason": (r["reasons"] or [""])[0],
        "owner": r["owner"] or "",
    }
    for r in rows
]
picked = st.dataframe(
    table,
    hide_index=True,
    width="stretch",
    on_select="rerun",
    selection_mode="single-row",
    key="leads-table",
    column_config={
        "score": st.column_config.ProgressColumn("score", min_value=0, max_value=150, format="%.0f"),
        "since": st.column_config.TextColumn("stage since (UTC)"),
    },
)
st.caption(f"{len(rows)} lead(s). Select a row to see why it scores what it does.")

emails = [r["email"] for r in rows]
selected = picked.selection.rows if picked is not None and hasattr(picked, "selection") else []
if selected:  # a click in the table opens that lead
    st.session_state["leads-open"] = emails[selected[0]]
if st.session_state.get("leads-open") not in emails:
    st.session_state["leads-open"] = emails[0]
email = st.selectbox("Open a lead", emails, key="leads-open",
                     format_func=lambda e: f"{e} · {next(r['name'] for r in rows if r['email'] == e)}")

try:
    lead = leads_service.lead_detail(ws, email=email)
except leads_service.LeadError as exc:
    common.say("warning", common.sentence(exc))
    st.stop()

st.divider()
st.subheader(f"{lead['name'] or lead['email']} · {lead['account'] or 'no account'}")
st.caption(
    md(f"{lead['email']} · {lead['title'] or 'no title'} · stage {STAGE_LABELS.get(lead['stage'], lead['stage'])}"
       + (f" · owner {lead['owner']}" if lead["owner"] else ""))
)
b = lead["breakdown"]
cols = st.columns(5)
cols[0].metric("Score now", f"{lead['score_now']:.0f}")
cols[1].metric("Fit", f"{b['fit']:+.0f}")
cols[2].metric("Engagement", f"{b['engagement']:+.0f}")
cols[3].metric("Signals", f"{b['signals']:+.0f}")
cols[4].metric("Negatives", f"{b['negatives']:+.0f}")

left, right = st.columns([2, 3])
with left:
    st.markdown("**Why this score**")
    for reason in lead["reasons"] or ["nothing has counted yet"]:
        st.markdown(f"- {md(reason)}")
    for handoff in lead["handoffs"]:
        states = ", ".join(f"{a['channel']}: {a['state']}" for a in handoff["alerts"]) or "no alert channel configured"
        st.markdown(f"**Handed off** {md(handoff['at'][:16].replace('T', ' '))} — {md(handoff['reason'])} ({md(states)})")
        for alert in handoff["alerts"]:
            if alert["error"]:
                st.caption(md(f"{alert['channel']}: {alert['error']}"))
with right:
    st.markdown("**Timeline**")
    for item in lead["timeline"][:80]:
        when = (item["at"] or "")[:16].replace("T", " ")
        st.markdown(f"{KIND_ICONS.get(item['kind'], '•')} `{when}` {md(item['summary'])}")

if common.may("stage"):  # viewers read leads; moving one is a rep's decision (the service checks again)
    with st.expander("Move this lead to another stage"):
        with st.form("lead-stage"):
            to = st.selectbox("Stage", list(STAGE_LABELS), format_func=lambda s: STAGE_LABELS[s], key="lead-stage-to",
                              index=list(STAGE_LABELS).index(lead["stage"]) if lead["stage"] in STAGE_LABELS else 0)
            why = st.text_input("Why", placeholder="e.g. not dormant: she answered my call", key="lead-stage-why")
            if st.form_submit_button("Move", type="primary", key="lead-stage-move"):
                who = common.reviewer()
                if not who:
                    common.say("warning", common.NEED_EMAIL)
                else:
                    try:
                        leads_service.set_stage(ws, email=lead["email"], stage=to, reason=why, actor=who)
                    except (leads_service.LeadError, Forbidden) as exc:
                        common.say("error", common.sentence(exc))
                    else:
                        common.flash("success", f"{lead['email']} is now {STAGE_LABELS[to]}.")
                        st.rerun()
