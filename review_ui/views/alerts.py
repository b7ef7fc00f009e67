"""Alerts: every MQL handoff alert (Slack, owner e-mail, HubSpot task), failed ones first with
their error and a Retry button, then what is on its way and what was delivered."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # runnable on its own: `streamlit run review_ui/views/alerts.py`
    sys.path.insert(0, str(_ROOT))

from typing import Any  # noqa: E402

import streamlit as st  # noqa: E402

from agent.services import alerts as alerts_service  # noqa: E402
from agent.services.auth import Forbidden  # noqa: E402
from review_ui import common  # noqa: E402

CHANNELS = {"slack": "Slack", "email": "Owner e-mail", "hubspot": "HubSpot task"}
SHOW = ["all", *alerts_service.STATES]


def when(value: str | None) -> str:
    return value[:16].replace("T", " ") if value else "—"


def retry(alert_id: int) -> None:
    who = common.reviewer()
    if not who:
        common.flash("warning", "Enter your email in the sidebar first: every retry is recorded with who asked.")
        return
    try:
        row = alerts_service.retry_alert(common.workspace().db, alert_id=alert_id, actor=who)
    except (alerts_service.AlertError, Forbidden) as exc:
        common.flash("error", common.sentence(exc))
        return
    common.flash(
        "success",
        f"Alert {alert_id} ({CHANNELS.get(row['channel'], row['channel'])} for {row['email']}) is pending again; "
        "a running server delivers it at once, or run `outrider alerts deliver`.",
    )


def render_failed(row: dict[str, Any]) -> None:
    with st.container(border=True):
        who = f"{row['name'] or row['email']} ({row['email']})" if row["name"] else row["email"]
        st.markdown(
            f"**{common.md(CHANNELS.get(row['channel'], row['channel']))}** · {common.md(who)}"
            + (f" · {common.md(row['account'])}" if row["account"] else "")
        )
        st.caption(
            common.md(
                f"alert {row['id']} · "
                + (f"reply event {row['event_id']}" if row["kind"] == "reply" else
                   f"handoff {row['handoff_id']} · score {row['score'] if row['score'] is not None else '—'}")
                + f" · {row['reason'] or ''} · {row['attempts']} attempt(s) · created {when(row['created_at'])} UTC"
            )
        )
        common.say("error", row["last_error"] or "No error was recorded.")
        if common.may("retry_alert"):  # viewers read alerts; retrying one is a rep's or an admin's call
            st.button("Retry", key=f"retry-{row['id']}", on_click=retry, args=(row["id"],), type="primary")


ws = common.page_setup("Alerts", "MQL handoffs to owners: Slack, e-mail and HubSpot. Failed alerts first.")
common.show_flashes()

counts = alerts_service.count_alerts(ws.db)
for column, name in zip(st.columns(len(alerts_service.STATES)), alerts_service.STATES, strict=True):
    column.metric(name.capitalize(), counts.get(name, 0))

show = st.selectbox("Show alerts that are", SHOW, key="alerts-state", format_func=lambda s: s.capitalize())
rows = alerts_service.list_alerts(ws.db, state=None if show == "all" else show)

if not rows:
    common.say(
        "info",
        "No alerts yet. A lead that crosses the MQL threshold (or requests a demo) creates one per configured "
        "channel: [alerts] slack_webhook_url or SLACK_WEBHOOK_URL, the owner's e-mail, [crm.hubspot].",
    )
else:
    failed = [r for r in rows if r["state"] == "failed"]
    if failed:
        st.subheader(f"Failed ({len(failed)})")
        if not common.reviewer():
            st.warning("Enter your email in the sidebar to retry: every retry is recorded with who asked.")
        for row in failed:
            render_failed(row)
    others = [r for r in rows if r["state"] != "failed"]
    if others:
        st.subheader("Pending and delivered")
        st.dataframe(
            [
                {
                    "id": r["id"],
                    "lead": r["email"],
                    "account": r["account"] or "",
                    "channel": CHANNELS.get(r["channel"], r["channel"]),
                    "state": r["state"],
                    "attempts": r["attempts"],
                    "score": r["score"],
                    "created": when(r["created_at"]),
                    "next try": when(r["next_attempt_at"]) if r["state"] == "pending" else "",
                    "delivered": when(r["delivered_at"]),
                    "reference": r["external_ref"] or "",
                    "note": r["last_error"] or "",
                }
                for r in others
            ],
            hide_index=True,
            width="stretch",
        )
