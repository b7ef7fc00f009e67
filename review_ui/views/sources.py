"""Sources: every configured feed or API, when it last ran, and whether it is healthy."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # runnable on its own: `streamlit run review_ui/views/sources.py`
    sys.path.insert(0, str(_ROOT))

from typing import Any  # noqa: E402

import streamlit as st  # noqa: E402

from agent.services import signals as signals_service  # noqa: E402
from review_ui import common  # noqa: E402

BAD = {"unhealthy": "error", "degraded": "warning"}
ROW_COLOURS = {"unhealthy": "background-color: #fde2e1", "degraded": "background-color: #fff4d6"}


def when(value: str | None) -> str:
    return value[:16].replace("T", " ") if value else "—"


ws = common.page_setup("Sources", "Each configured source, its last run and its health.")
common.show_flashes()

with st.spinner("Checking sources…"):
    health: list[dict[str, Any]] = signals_service.source_health(ws)

if not health:
    common.say("info", f"No sources are configured. Add [[sources]] tables to {ws.config_path}.")
else:
    for row in health:
        level = BAD.get(row["health"])
        if level:
            failures = row.get("consecutive_failures") or 0
            message = (
                f"**{common.md(row['name'])}** is {row['health']} ({failures} failure(s) in a row, last run "
                f"{when(row.get('last_run_at'))} UTC): {common.md(row.get('last_error') or 'no error recorded')}"
            )
            getattr(st, level)(message)
    ok = sum(1 for r in health if r["health"] == "ok")
    st.caption(f"{ok} of {len(health)} source(s) healthy.")

    table = [
        {
            "name": r["name"],
            "type": r["type"],
            "every": str(r.get("every") or ""),
            "health": r["health"],
            "last_run": when(r.get("last_run_at")),
            "last_success": when(r.get("last_success_at")),
            "failures": r.get("consecutive_failures", 0),
            "events": r.get("last_event_count", 0),
            "problems": len(r.get("last_problems") or []),
            "last_error": r.get("last_error") or "",
        }
        for r in health
    ]
    try:
        import pandas as pd

        frame = pd.DataFrame(table)
        styled: Any = frame.style.apply(
            lambda row: [ROW_COLOURS.get(row["health"], "")] * len(row), axis=1
        )
    except ImportError:  # pandas ships with Streamlit; this is only a fallback
        styled = table
    st.dataframe(styled, hide_index=True, width="stretch")

    for row in health:
        if row.get("last_problems"):
            with st.expander(f"{row['name']}: {len(row['last_problems'])} record(s) skipped on the last run"):
                st.table(
                    [
                        {"where": p.get("where", ""), "reason": p.get("reason", "")}
                        if isinstance(p, dict)
                        else {"where": "", "reason": str(p)}
                        for p in row["last_problems"]
                    ]
                )

# --------------------------------------------------------------------------- workers (PostgreSQL)

from agent.services import workers as workers_service  # noqa: E402

st.subheader("Workers")
if not workers_service.available(ws):
    st.caption("On SQLite `outrider run` does everything in one process; workers run on PostgreSQL (`outrider worker`).")
else:
    try:
        current = workers_service.status(ws)
    except Exception as exc:  # the page must show the sources even when the job tables do not answer
        common.say("warning", f"Could not read the job queue: {common.sentence(exc)}")
    else:
        if current["workers"] == 0:
            common.say("warning", "No worker is running: jobs wait until one starts (`outrider worker`).")
        cols = st.columns(4)
        cols[0].metric("Workers alive", current["workers"])
        cols[1].metric("Jobs waiting", sum(current["queues"].values()))
        cols[2].metric("Running", current["running"])
        cols[3].metric("Failed", current["failed"])
        st.dataframe(
            [
                {"queue": name, "waiting": waiting, "running": current["running_by_queue"].get(name, 0)}
                for name, waiting in current["queues"].items()
            ],
            hide_index=True,
            width="stretch",
        )
        oldest = current["oldest_waiting"]
        if oldest:
            st.caption(f"Oldest waiting job: {oldest['task']} #{oldest['id']} on {oldest['queue']}, waiting {oldest['waiting_s']:.0f} s.")
        if current["failed"]:
            with st.expander(f"{current['failed']} failed job(s): retry with `outrider jobs retry ID`"):
                st.table([{k: (str(v) if k == "args" else v) for k, v in row.items()} for row in workers_service.failed_jobs(ws, limit=50)])
