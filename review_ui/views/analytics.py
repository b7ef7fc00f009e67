"""Analytics: what the system achieves. Speed to lead, queue age, approvals, rejections, replies and
meetings, MQLs and handoffs, charted with Altair; every number comes from agent.services.report
(as `outrider report` prints it) and downloads as one CSV."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # runnable on its own: `streamlit run review_ui/views/analytics.py`
    sys.path.insert(0, str(_ROOT))

from datetime import UTC, datetime, time, timedelta  # noqa: E402
from typing import Any  # noqa: E402

import altair as alt  # noqa: E402
import pandas as pd  # noqa: E402
import streamlit as st  # noqa: E402

from agent.services import report as report_service  # noqa: E402
from review_ui import common  # noqa: E402
from signals.model import utcnow  # noqa: E402

#: Period label -> days back (None: all time).
PERIODS: dict[str, int | None] = {"Last 7 days": 7, "Last 30 days": 30, "Last 90 days": 90, "All time": None}
STEP_ORDER = [step for step, _meaning in report_service.SPEED_STEPS]
BUCKET_ORDER = [name for name, _bound in report_service.AGE_BUCKETS]
CACHE_SECONDS = 60


def hours(value: Any) -> str:
    if value is None:
        return "—"
    return f"{value:.1f} h" if value < 48 else f"{value / 24:.1f} days"


def chart(spec: alt.Chart, key: str) -> None:
    st.altair_chart(spec, width="stretch", key=key)


def table(rows: list[dict[str, Any]], key: str) -> None:
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key=key)


@st.cache_data(ttl=CACHE_SECONDS, show_spinner="Counting…", max_entries=32)
def build_report(workspace_key: str, since_iso: str | None) -> report_service.Report:
    """The report for a period starting at midnight UTC, kept a minute: reruns of the page (a click,
    a hover) do not count 10,000 drafts again. `workspace_key` keeps workspaces apart."""
    since = datetime.fromisoformat(since_iso) if since_iso else None
    return report_service.build(common.workspace().db, since=since)


ws = common.page_setup("Analytics", "What Outrider achieves: from a signal to a sent message, a reply, a meeting, an MQL.")
controls = st.columns([3, 1, 1], vertical_alignment="bottom")
period = controls[0].selectbox("Period", list(PERIODS), index=2, key="analytics-period")
days = PERIODS[period]
since = datetime.combine((utcnow() - timedelta(days=days)).date(), time.min, tzinfo=UTC) if days else None
if controls[2].button("Refresh", key="analytics-refresh", help=f"Count again now (numbers are kept {CACHE_SECONDS} s)."):
    build_report.clear()
report = build_report(f"{ws.path}|{ws.db.url}", since.isoformat() if since else None)

controls[1].download_button(
    "Download CSV", report_service.to_csv(report), file_name="outrider-report.csv", mime="text/csv",
    key="analytics-csv", help="Every number on this page, one per line: section, group, metric, value.",
)

total = report.speed(report_service.ALL, "total")
summary = report.queue_age_summary
decided = sum(r["decided"] for r in report.approval_by_drafter)
unedited = sum(r["approved_unedited"] for r in report.approval_by_drafter)
columns = st.columns(4)
columns[0].metric("Signal to sent (median)", hours(total["median_h"]) if total else "—",
                  help="From when the signal happened to when the message went out, over first-touch messages.")
columns[1].metric("Waiting for a decision", summary.get("waiting", 0),
                  help=f"Oldest: {hours(summary.get('oldest_h'))}. Pending and snoozed drafts, now.")
columns[2].metric("Approved without edit", f"{unedited / decided:.0%}" if decided else "—",
                  help="Approved with no edit and no regeneration, over every approved or rejected draft.")
columns[3].metric("MQLs", sum(r["mqls"] for r in report.mqls_per_week))

if not any(getattr(report, key) for key, _title in report_service.Report.TABLES):
    common.say("info", "Nothing to chart in this period yet: no drafts, sends or leads. Choose a longer period, "
               "or run a cycle (`outrider run --once`) and review some drafts.")
    st.stop()

st.subheader("Speed to lead")
st.caption("Median hours for each step (hover for p90 and how many): signal occurred → detected → queued → approved → sent.")
if report.speed_to_lead:
    frame = pd.DataFrame(report.speed_to_lead)
    chart(
        alt.Chart(frame).mark_bar().encode(
            x=alt.X("step:N", sort=STEP_ORDER, title=None, axis=alt.Axis(labelAngle=0)),
            xOffset=alt.XOffset("family:N"),
            y=alt.Y("median_h:Q", title="median hours"),
            color=alt.Color("family:N", title="family"),
            tooltip=["family", "step", "measures", "n", "median_h", "p90_h"],
        ),
        "chart-speed",
    )
    table(report.speed_to_lead, "table-speed")
else:
    st.caption("No first-touch drafts in this period.")

left, right = st.columns(2)
with left:
    st.subheader("Queue age")
    if report.queue_age:
        chart(
            alt.Chart(pd.DataFrame(report.queue_age)).mark_bar().encode(
                x=alt.X("bucket:N", sort=BUCKET_ORDER, title=None, axis=alt.Axis(labelAngle=0)),
                y=alt.Y("drafts:Q", title="drafts waiting", axis=alt.Axis(tickMinStep=1)),
                color=alt.Color("family:N"),
                tooltip=["bucket", "family", "drafts"],
            ),
            "chart-queue-age",
        )
        st.caption(f"Median age {hours(summary.get('median_h'))}, p90 {hours(summary.get('p90_h'))}.")
    else:
        st.caption("Nothing is waiting for a decision.")
with right:
    st.subheader("Approved without edit")
    if report.approval_by_drafter:
        frame = pd.DataFrame(report.approval_by_drafter)
        frame["drafter and prompt"] = frame["drafter"] + " · " + frame["prompt_version"]
        chart(
            alt.Chart(frame).mark_bar().encode(
                x=alt.X("approve_without_edit_rate:Q", title="approved without edit", axis=alt.Axis(format="%"),
                        scale=alt.Scale(domain=[0, 1])),
                y=alt.Y("drafter and prompt:N", title=None),
                tooltip=["drafter", "prompt_version", "decided", "approved", "approved_unedited", "rejected"],
            ),
            "chart-approval",
        )
        table(report.approval_by_drafter, "table-approval")
    else:
        st.caption("No drafts were decided in this period.")

left, right = st.columns(2)
with left:
    st.subheader("Rejection reasons")
    if report.rejection_reasons:
        chart(
            alt.Chart(pd.DataFrame(report.rejection_reasons)).mark_bar().encode(
                x=alt.X("drafts:Q", axis=alt.Axis(tickMinStep=1)), y=alt.Y("reason:N", sort="-x", title=None), tooltip=["reason", "drafts"],
            ),
            "chart-rejections",
        )
    else:
        st.caption("No rejections in this period.")
with right:
    st.subheader("Replies and meetings")
    if report.engagement_by_family:
        frame = pd.DataFrame(report.engagement_by_family).melt(
            id_vars=["family"], value_vars=["replies", "meetings"], var_name="outcome", value_name="count"
        )
        chart(
            alt.Chart(frame).mark_bar().encode(
                x=alt.X("family:N", title="signal family of the last message", axis=alt.Axis(labelAngle=0)),
                xOffset="outcome:N",
                y=alt.Y("count:Q", axis=alt.Axis(tickMinStep=1)),
                color=alt.Color("outcome:N"),
                tooltip=["family", "outcome", "count"],
            ),
            "chart-engagement",
        )
        table(report.engagement_by_family, "table-engagement")
    else:
        st.caption("No messages sent, no replies and no meetings in this period.")

if report.engagement_by_step:
    st.subheader("Sequences by step")
    table(report.engagement_by_step, "table-steps")

left, right = st.columns(2)
with left:
    st.subheader("MQLs per week")
    if report.mqls_per_week:
        chart(
            alt.Chart(pd.DataFrame(report.mqls_per_week)).mark_bar().encode(
                x=alt.X("week:O", title="week starting (Monday)", axis=alt.Axis(labelAngle=0)), y=alt.Y("mqls:Q", title="MQLs", axis=alt.Axis(tickMinStep=1)),
                tooltip=["week", "mqls"],
            ),
            "chart-mqls",
        )
    else:
        st.caption("No lead became an MQL in this period.")
with right:
    st.subheader("Handoff latency")
    if report.handoff_latency:
        table(report.handoff_latency, "table-handoff")
        st.caption("Hours from the event that made the lead an MQL to the handoff, and from the handoff to the "
                   "owner's first delivered alert.")
    else:
        st.caption("No handoffs in this period.")
