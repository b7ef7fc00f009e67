"""Outrider review UI. Run: `streamlit run review_ui/app.py` with OUTRIDER_WORKSPACE set."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:  # `streamlit run` puts review_ui/, not the repo, on the path
    sys.path.insert(0, str(_ROOT))

import streamlit as st  # noqa: E402

_PAGES = Path(__file__).resolve().parent / "views"

st.set_page_config(page_title="Outrider review", page_icon=":material/travel_explore:", layout="wide")

navigation = st.navigation(
    [
        st.Page(_PAGES / "queue.py", title="Queue", icon=":material/inbox:", default=True),
        st.Page(_PAGES / "reactivations.py", title="Reactivations", icon=":material/history:"),
        st.Page(_PAGES / "leads.py", title="Leads", icon=":material/person_search:"),
        st.Page(_PAGES / "sequences.py", title="Sequences", icon=":material/route:"),
        st.Page(_PAGES / "content.py", title="Content", icon=":material/library_books:"),
        st.Page(_PAGES / "accounts.py", title="Accounts", icon=":material/domain:"),
        st.Page(_PAGES / "signals.py", title="Signals", icon=":material/sensors:"),
        st.Page(_PAGES / "sources.py", title="Sources", icon=":material/monitor_heart:"),
        st.Page(_PAGES / "alerts.py", title="Alerts", icon=":material/notifications_active:"),
        st.Page(_PAGES / "analytics.py", title="Analytics", icon=":material/monitoring:"),
        st.Page(_PAGES / "audit.py", title="Audit", icon=":material/history:"),
        st.Page(_PAGES / "settings.py", title="Settings", icon=":material/tune:"),
    ]
)
navigation.run()
