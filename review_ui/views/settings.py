"""Settings: the ICP and personas, lead-scoring weights and thresholds.

Every save goes through agent/services/settings: validated exactly like outrider.toml, written
back to it atomically, refused when the file changed since the page was drawn.
"""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # runnable on its own: `streamlit run review_ui/views/settings.py`
    sys.path.insert(0, str(_ROOT))

from typing import Any  # noqa: E402

import streamlit as st  # noqa: E402

from agent.config import ConfigError  # noqa: E402
from agent.services import settings as settings_service  # noqa: E402
from agent.services.queue import QueueError  # noqa: E402
from agent.services.settings import SettingsError, StaleSettings  # noqa: E402
from review_ui import common  # noqa: E402


def lines(value: str) -> list[str]:
    """One item per line (or separated by ;)."""
    return [part.strip() for line in value.splitlines() for part in line.split(";") if part.strip()]


def changed(values: dict[str, Any], current: Any) -> dict[str, Any]:
    """Only what the form changed: an untouched setting is not written (its default keeps applying)."""
    now = current.model_dump(mode="json")
    return {k: v for k, v in values.items() if v != now.get(k)}


def save(action: Any, what: str, prefix: str) -> None:
    """Run a settings change; say what happened (the loader's own message on a mistake)."""
    try:
        action()
    except StaleSettings as exc:
        for key in [k for k in st.session_state if str(k).startswith(prefix)]:
            del st.session_state[key]  # the form shows the file as it is now
        common.say("error", f"Not saved. {common.sentence(exc)}")
        return
    except (ConfigError, SettingsError, QueueError) as exc:
        common.say("error", f"Not saved. {common.sentence(exc)}")
        return
    common.flash("success", f"Saved {what} to outrider.toml; `outrider run` and this UI use it now.")
    st.rerun()


def icp_section(ws: Any, version: str) -> None:
    icp = ws.config.icp
    with st.form("icp-form"):
        left, right = st.columns(2)
        with left:
            industries = st.text_area("Industries (one per line)", "\n".join(icp.industries), key="icp-industries")
            countries = st.text_input(
                "Countries (ISO codes, separated by ;)", "; ".join(icp.countries), key="icp-countries",
                placeholder="US; GB; DE",
            )
            low, high = icp.employees or (None, None)
            emp_min = st.number_input("Employees from", min_value=0, step=1, value=low, key="icp-employees-min")
            emp_max = st.number_input("Employees to", min_value=0, step=1, value=high, key="icp-employees-max")
        with right:
            personas = st.text_area(
                "Personas: who we write to (one title per line)", "\n".join(icp.personas), key="icp-personas"
            )
            competitors = st.text_input(
                "Competitor technologies (;)", "; ".join(icp.competitors), key="icp-competitors"
            )
            complements = st.text_input(
                "Complementary technologies (;)", "; ".join(icp.complements), key="icp-complements"
            )
        submitted = st.form_submit_button("Save ICP", type="primary", key="icp-save")
    if not submitted:
        return
    if (emp_min is None) != (emp_max is None):
        common.say("error", "Give both ends of the employee range, or neither.")
        return
    values = {
        "industries": lines(industries),
        "countries": lines(countries),
        "employees": [int(emp_min), int(emp_max)] if emp_min is not None and emp_max is not None else None,
        "personas": lines(personas),
        "competitors": lines(competitors),
        "complements": lines(complements),
    }
    values = changed(values, icp)
    save(
        lambda: settings_service.update_icp(ws, values, expected_version=version, actor=common.reviewer()),
        "the ICP",
        "icp-",
    )


def points_table(label: str, values: dict[str, float], key: str) -> dict[str, float]:
    edited = st.data_editor(
        [{"name": k, "points": float(v)} for k, v in values.items()],
        key=key,
        hide_index=True,
        width="stretch",
        disabled=["name"],
        column_config={"points": st.column_config.NumberColumn(label, step=1.0)},
    )
    rows = edited.to_dict("records") if hasattr(edited, "to_dict") else edited
    return {str(r["name"]): float(r["points"]) for r in rows if r.get("points") is not None}


def scoring_section(ws: Any, version: str) -> None:
    scoring = ws.config.scoring
    with st.form("scoring-form"):
        a, b, c = st.columns(3)
        mql = a.number_input("MQL threshold", min_value=1.0, value=float(scoring.mql_threshold), key="scoring-mql")
        rearm = b.number_input("Re-arm margin", min_value=0.0, value=float(scoring.rearm_margin), key="scoring-rearm")
        half_life = c.number_input(
            "Half-life (days)", min_value=1.0, value=float(scoring.half_life_days), key="scoring-half-life"
        )
        d, e, f = st.columns(3)
        dormant = d.number_input(
            "Dormant after (days)", min_value=1, step=1, value=int(scoring.dormant_after_days), key="scoring-dormant"
        )
        engaged = e.number_input(
            "Engaged from score", min_value=0.0, value=float(scoring.engaged_score), key="scoring-engaged"
        )
        fit = f.number_input("ICP fit counts up to", min_value=0.0, value=float(scoring.fit_points), key="scoring-fit")
        ev, sig, neg = st.columns(3)
        with ev:
            events = points_table("points per event", scoring.events, "scoring-events")
        with sig:
            signals = points_table("points per signal", scoring.signals, "scoring-signals")
        with neg:
            negatives = points_table("negative points", scoring.negatives, "scoring-negatives")
        excluded = st.text_input(
            "Excluded titles (;)", "; ".join(scoring.excluded_titles), key="scoring-excluded"
        )
        rivals = st.text_input(
            "Competitor e-mail domains (;)", "; ".join(scoring.competitor_domains), key="scoring-competitors"
        )
        submitted = st.form_submit_button("Save scoring", type="primary", key="scoring-save")
    if not submitted:
        return
    values = {
        "mql_threshold": mql,
        "rearm_margin": rearm,
        "half_life_days": half_life,
        "dormant_after_days": int(dormant),
        "engaged_score": engaged,
        "fit_points": fit,
        "events": events,
        "signals": signals,
        "negatives": negatives,
        "excluded_titles": lines(excluded),
        "competitor_domains": lines(rivals),
    }
    values = changed(values, scoring)
    save(
        lambda: settings_service.update_scoring(ws, values, expected_version=version, actor=common.reviewer()),
        "the scoring",
        "scoring-",
    )


ws = common.page_setup("Settings", "The ideal customer profile, personas and lead scoring, saved to outrider.toml.")
common.show_flashes()

if not common.may("config"):
    common.say("info", "Only an admin changes settings; here is what applies now.")
    st.json({"icp": ws.config.icp.model_dump(mode="json"), "scoring": ws.config.scoring.model_dump(mode="json")})
    st.stop()

# The version of the file the forms were drawn from (the previous run): a save is refused if the
# file changed since, instead of silently overwriting someone else's edit.
VERSION_KEY = "settings-version"
current_version = settings_service.config_version(ws)
page_version = st.session_state.get(VERSION_KEY, current_version)
st.caption(
    f"Saved to `{ws.config_path}` (the one source of truth; edits there show here too). "
    "Export a copy with `outrider config export`."
)

icp_tab, scoring_tab = st.tabs(["ICP and personas", "Scoring"])
with icp_tab:
    icp_section(ws, page_version)
with scoring_tab:
    scoring_section(ws, page_version)

st.session_state[VERSION_KEY] = settings_service.config_version(ws)
