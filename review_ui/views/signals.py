"""Signals: what the sources noticed, newest first, including those no watched account matched."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # runnable on its own: `streamlit run review_ui/views/signals.py`
    sys.path.insert(0, str(_ROOT))

import streamlit as st  # noqa: E402

from agent.services import signals as signals_service  # noqa: E402
from review_ui import common  # noqa: E402

FAMILIES = ["all", "funding", "hiring", "job_change", "intent", "technology"]
ALL = "all"

ws = common.page_setup("Signals", "What the sources noticed, newest first.")
common.show_flashes()

kind_family: dict[str, str] = dict(signals_service.KIND_FAMILY)
configured = [s["name"] for s in signals_service.source_health(ws)]

f_col, k_col, s_col, u_col = st.columns([1, 1, 1, 1], vertical_alignment="bottom")
family = f_col.selectbox("Family", FAMILIES, key="signals-family", format_func=lambda f: f.replace("_", " "))
kinds = [k for k, f in kind_family.items() if family == ALL or f == family]
kind = k_col.selectbox("Kind", [ALL, *kinds], key="signals-kind", format_func=lambda k: k.replace("_", " "))
sources = sorted(set(configured) | {s["source"] for s in signals_service.list_signals(ws.db, limit=500)})
source = s_col.selectbox("Source", [ALL, *sources], key="signals-source")
unmatched = u_col.toggle("Unmatched only", key="signals-unmatched",
                         help="Signals about companies that are not watched accounts; they wait for a human.")

with st.spinner("Loading signals…"):
    rows = signals_service.list_signals(
        ws.db,
        family=None if family == ALL else family,
        kind=None if kind == ALL else kind,
        source=None if source == ALL else source,
        unmatched=unmatched,
        limit=500,
    )

if not rows:
    st.info("No signals match these filters." if (unmatched or family != ALL or kind != ALL or source != ALL)
            else "No signals yet: run a collection cycle to fetch them.")
else:
    st.dataframe(
        [
            {
                "occurred_at": r["occurred_at"][:16].replace("T", " "),
                "kind": r["kind"],
                "source": r["source"],
                "title": r["title"],
                "account": r["account"]["name"] if r.get("account") else "unmatched",
                "company": r.get("company_name") or "",
                "status": r["status"],
                "status_reason": r.get("status_reason") or "",
                "priority": r.get("priority"),
                "url": r.get("url"),
            }
            for r in rows
        ],
        hide_index=True,
        width="stretch",
        column_config={
            "occurred_at": st.column_config.TextColumn("occurred (UTC)"),
            "url": st.column_config.LinkColumn("source link", display_text="open"),
            "priority": st.column_config.NumberColumn("priority", format="%.1f"),
        },
    )
    st.caption(f"{len(rows)} signal(s)" + (" without a watched account" if unmatched else ""))
    if unmatched:
        st.caption("To match one, add its company on the Accounts page; the next cycle links new signals.")
