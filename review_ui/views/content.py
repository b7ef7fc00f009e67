"""Content: the library's stage x persona matrix, with the empty cells a sequence needs, and its assets."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # runnable on its own: `streamlit run review_ui/views/content.py`
    sys.path.insert(0, str(_ROOT))

import streamlit as st  # noqa: E402

from agent.services import nurture as nurture_service  # noqa: E402
from review_ui import common  # noqa: E402

ws = common.page_setup("Content", "The content library (content.toml): what nurture steps can send, by stage and persona.")

problems = [p for p in nurture_service.check_files(ws) if p.file == "content.toml"]
for p in problems:
    common.say("error" if p.severity == "error" else "warning", str(p))

assets = nurture_service.list_assets(ws)
if not assets:
    st.info("No assets yet. Add [[assets]] tables to content.toml in the workspace folder (the README has an example).")
    st.stop()

report = nurture_service.content_gaps(ws)
st.subheader("Gaps")


def cell_text(stage: str, persona: str) -> str:
    cell = report.cell(stage, persona)
    if cell.gap:
        return "0 · needed"
    if cell.short:
        return f"{len(cell.assets)} · short"
    return str(len(cell.assets))


st.dataframe(
    [{"stage": stage, **{persona: cell_text(stage, persona) for persona in report.personas}} for stage in report.stages],
    hide_index=True,
    width="stretch",
    key="content-matrix",
)
st.caption("Assets per funnel stage and persona; an asset with no personas counts for everyone. "
           "“needed”: a sequence step draws from this cell and it is empty. “short”: one sequence has more "
           "steps on it than the cell has assets, so later steps are skipped for those leads.")
for cell in report.gaps:
    common.say("error", f"{cell.stage} x {cell.persona}: no asset, needed by {', '.join(cell.needed_by)}.")
for cell in report.cells:
    if cell.short:
        common.say("warning", f"{cell.stage} x {cell.persona}: {len(cell.assets)} asset(s) for "
                              f"{', '.join(cell.needed_by)}.")
if not report.gaps:
    common.say("success", "No gaps: every cell a sequence needs has an asset.")

st.subheader(f"Assets ({len(assets)})")
st.dataframe(
    [
        {
            "id": a["id"],
            "stage": a["stage"],
            "personas": ", ".join(a["personas"]) or "everyone",
            "title": a["title"],
            "url": a["url"],
            "topics": ", ".join(a["topics"]),
            "facts": len(a["facts"]),
        }
        for a in assets
    ],
    hide_index=True,
    width="stretch",
    key="content-assets",
    column_config={"url": st.column_config.LinkColumn("url")},
)
