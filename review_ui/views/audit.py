"""Audit: who changed what, when - every review action, configuration change, suppression and outbox
settlement, with the before and after. Filter, read, export as CSV (agent.services.audit, as
`outrider audit` prints it)."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # runnable on its own: `streamlit run review_ui/views/audit.py`
    sys.path.insert(0, str(_ROOT))

from datetime import UTC, datetime, time, timedelta  # noqa: E402

import pandas as pd  # noqa: E402
import streamlit as st  # noqa: E402

from agent.services import audit as audit_service  # noqa: E402
from review_ui import common  # noqa: E402
from signals.model import utcnow  # noqa: E402

LIMIT = 2000
AREAS = {"draft": "Review actions", "config": "Configuration", "account": "Accounts", "suppression": "Suppressions",
         "outbox": "Outbox settlements"}

ws = common.page_setup("Audit", "Who changed what, when: review actions, configuration, suppressions and outbox "
                       "settlements, each with the before and after.")

known = audit_service.actions(ws.db)
areas = list(dict.fromkeys([*AREAS, *(a.split(".", 1)[0] for a in known)]))
choices = ["all", *areas, *known]

filters = st.columns([1, 1, 1.4, 1.4])
start = filters[0].date_input("From", value=(utcnow() - timedelta(days=30)).date(), key="audit-from")
end = filters[1].date_input("To", value=utcnow().date(), key="audit-to")
actor = filters[2].text_input("Who", key="audit-actor", placeholder="an email, or part of one")
action = filters[3].selectbox(
    "What", choices, key="audit-action",
    format_func=lambda c: "Everything" if c == "all" else (AREAS.get(c, c.capitalize()) if "." not in c else c),
)

since = datetime.combine(start, time.min, tzinfo=UTC) if start else None
until = datetime.combine(end, time.min, tzinfo=UTC) + timedelta(days=1) if end else None
if since and until and since >= until:
    common.say("warning", "The From date is after the To date: pick a From date on or before the To date.")
    st.stop()
rows = audit_service.entries(ws.db, since=since, until=until, actor=actor or None,
                             action=None if action == "all" else action, limit=LIMIT)

st.download_button(
    "Download CSV", audit_service.to_csv(rows), file_name="outrider-audit.csv", mime="text/csv", key="audit-csv",
    disabled=not rows, help="The entries shown, with the before and after as JSON.",
)
if not rows:
    common.say("info", "No audit entries match these filters. Widen the dates or clear Who and What.")
    st.stop()

st.caption(f"{len(rows)} entr{'y' if len(rows) == 1 else 'ies'}, newest first"
           + (f" (the newest {LIMIT}; narrow the filters to see older ones)" if len(rows) == LIMIT else "") + ".")
frame = pd.DataFrame(
    [
        {
            "when (UTC)": r["at"][:19].replace("T", " "),
            "who": r["actor"],
            "action": r["action"],
            "target": f"{r['target_type']} {r['target_id'] or ''}".strip(),
            "change": audit_service.describe_change(r["before"], r["after"]),
            "reason": r["reason"] or "",
        }
        for r in rows
    ]
)
event = st.dataframe(frame, hide_index=True, width="stretch", key="audit-table",
                     on_select="rerun", selection_mode="single-row")
picked = event.selection.rows if event is not None and hasattr(event, "selection") else []
if picked:
    chosen = rows[picked[0]]
    st.subheader(f"{chosen['action']} · {chosen['target_type']} {chosen['target_id'] or ''}")
    before, after = st.columns(2)
    before.caption("Before")
    before.json(chosen["before"] if chosen["before"] is not None else {})
    after.caption("After")
    after.json(chosen["after"] if chosen["after"] is not None else {})
