"""Sources: every configured feed or API, when it last ran, and whether it is healthy; add, edit,
enable or disable one, and "test fetch" it (a dry run showing what it would produce, storing nothing).

Saves go through agent/services/settings into outrider.toml (validated exactly like loading it)."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # runnable on its own: `streamlit run review_ui/views/sources.py`
    sys.path.insert(0, str(_ROOT))

from typing import Any  # noqa: E402

import streamlit as st  # noqa: E402

import tomllib  # noqa: E402

import tomlkit  # noqa: E402

from agent.config import ConfigError  # noqa: E402
from agent.services import settings as settings_service  # noqa: E402
from agent.services import signals as signals_service  # noqa: E402
from agent.services.queue import QueueError  # noqa: E402
from agent.services.settings import SettingsError, StaleSettings  # noqa: E402
from review_ui import common  # noqa: E402
from signals.sources.base import registered  # noqa: E402

BAD = {"unhealthy": "error", "degraded": "warning"}
ROW_COLOURS = {"unhealthy": "background-color: #fde2e1", "degraded": "background-color: #fff4d6"}


def when(value: str | None) -> str:
    return value[:16].replace("T", " ") if value else "—"


#: Keys the form has its own inputs for; every other key of a source is edited as TOML.
FORM_KEYS = ("name", "type", "every", "enabled", "url")
VERSION_KEY = "sources-version"


def other_keys_toml(table: dict[str, Any]) -> str:
    rest = {k: v for k, v in table.items() if k not in FORM_KEYS}
    return tomlkit.dumps(rest) if rest else ""


def form_values(prefix: str, table: dict[str, Any]) -> dict[str, Any] | None:
    """The source form; returns its values, or None (and says why) when the extra TOML is wrong."""
    types = sorted(registered())
    left, right = st.columns(2)
    with left:
        name = st.text_input("Name", table.get("name", ""), key=f"{prefix}-name", placeholder="techcrunch-venture")
        current = table.get("type") or "funding_rss"
        kind = st.selectbox("Type", types, index=types.index(current) if current in types else 0, key=f"{prefix}-type")
        url = st.text_input("URL", table.get("url", ""), key=f"{prefix}-url", placeholder="https://…/feed.xml",
                            help="For feed and API sources; leave empty for sources that read a file (path).")
    with right:
        every = st.text_input("Every", table.get("every", "1h"), key=f"{prefix}-every", help='"30m", "1h", "1d"')
        enabled = st.checkbox("Enabled", bool(table.get("enabled", True)), key=f"{prefix}-enabled")
        extra = st.text_area(
            "Other settings (TOML)", other_keys_toml(table), key=f"{prefix}-extra", height=110,
            placeholder='max_age_days = 30\ndeadline_s = 60', help="Any other key this source type takes.",
        )
    try:
        rest = tomllib.loads(extra or "")
    except tomllib.TOMLDecodeError as exc:
        common.say("error", f"Other settings are not valid TOML: {exc}")
        return None
    return {
        "name": name.strip(), "type": kind, "url": url.strip() or None, "every": every.strip() or None,
        "enabled": None if enabled else False, **rest,
    }


def show_test_fetch(result: settings_service.TestFetch) -> None:
    if not result.ok:
        common.say("error", f"Test fetch failed: {result.error}")
        return
    matched = sum(1 for e in result.events if e["account"])
    st.success(
        f"Test fetch of {result.source}: {len(result.events)}{'+' if result.truncated else ''} event(s), "
        f"{matched} about a watched account. Nothing was stored."
    )
    for warning in result.warnings:
        st.warning(warning)
    if result.events:
        st.dataframe(
            [{**e, "account": e["account"] or "no watched account"} for e in result.events],
            hide_index=True, width="stretch",
            column_config={"url": st.column_config.LinkColumn("link", display_text="open")},
        )
    if result.problems:
        st.warning(f"{len(result.problems)} record(s) would be skipped:")
        st.table(result.problems)


def editor(ws: Any, version: str) -> None:
    tables = {t.get("name", f"#{i}"): t for i, t in enumerate(settings_service.source_tables(ws))}
    choice = st.selectbox("Source", ["New source", *tables], key="source-choice")
    original = None if choice == "New source" else choice
    table = tables.get(choice, {}) if original else {}
    prefix = f"src-{original or 'new'}-{st.session_state.get('src-gen', 0)}"
    with st.form(f"source-form-{prefix}"):
        values = form_values(prefix, table)
        test_col, save_col = st.columns(2)
        tested = test_col.form_submit_button("Test fetch", key=f"{prefix}-test",
                                             help="Read it once now and show what it would produce; nothing is stored.")
        saved = save_col.form_submit_button("Save source", type="primary", key=f"{prefix}-save")
    if values is None or not (tested or saved):
        return
    if tested:
        with st.status(common.md(f"Test fetch of {values['name'] or 'the source'}…"), expanded=True) as status:
            result = settings_service.test_fetch(ws, values)
            status.update(label=common.md(f"Test fetch of {result.source}"), state="complete" if result.ok else "error")
        show_test_fetch(result)
        return
    try:
        settings_service.save_source(ws, values, original_name=original, expected_version=version,
                                     actor=common.reviewer())
    except (ConfigError, SettingsError, QueueError) as exc:
        if isinstance(exc, StaleSettings):
            st.session_state["src-gen"] = st.session_state.get("src-gen", 0) + 1
        common.say("error", f"Not saved. {common.sentence(exc)}")
        return
    st.session_state["src-gen"] = st.session_state.get("src-gen", 0) + 1
    common.flash("success", f"Saved source {values['name']} to outrider.toml; `outrider run` picks it up now.")
    st.rerun()


def enable_toggles(ws: Any, version: str) -> None:
    for source in ws.config.sources:
        on = st.toggle(f"{source.name} ({source.type}, every {source.every})", value=source.enabled,
                       key=f"enable-{source.name}")
        if on != source.enabled:
            try:
                settings_service.set_source_enabled(ws, source.name, on, expected_version=version,
                                                    actor=common.reviewer())
            except (ConfigError, SettingsError, QueueError) as exc:
                common.say("error", f"Not saved. {common.sentence(exc)}")
                return
            common.flash("success", f"{source.name} is {'enabled' if on else 'disabled'}.")
            st.rerun()


ws = common.page_setup("Sources", "Each configured source, its last run and its health.")
common.show_flashes()

with st.spinner("Checking sources…"):
    health: list[dict[str, Any]] = signals_service.source_health(ws)

if not health:
    common.say("info", "No sources are configured yet: add one below.")
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

if common.may("config"):
    current_version = settings_service.config_version(ws)
    page_version = st.session_state.get(VERSION_KEY, current_version)
    st.subheader("Add or edit a source")
    st.caption(f"Saved to `{ws.config_path}`, checked exactly like it is at start-up.")
    editor(ws, page_version)
    if ws.config.sources:
        st.subheader("Enabled sources")
        enable_toggles(ws, page_version)
    st.session_state[VERSION_KEY] = settings_service.config_version(ws)

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
