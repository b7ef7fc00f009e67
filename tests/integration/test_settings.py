"""Settings edited through agent/services/settings: outrider.toml stays the one source of truth.

Edits are validated by the loader itself (same messages), written atomically, refused when the
file changed since the form was drawn, picked up by another process's Workspace and by the
scheduler without a restart; a test fetch reads a loopback feed through the network guard and
stores nothing; `outrider config export` writes what loads back.
"""

from __future__ import annotations

import tomllib
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
import schedule
from sqlmodel import func, select
from typer.testing import CliRunner

from agent.cli import app
from agent.config import ConfigError, load_workspace_config
from agent.scheduler import CONFIGURED, _schedule_configured
from agent.services import settings as settings_service
from agent.services.accounts import add_account
from agent.services.auth import Actor, Forbidden
from agent.services.settings import SettingsError, StaleSettings
from agent.store.models import CollectorState, Signal, Snapshot
from agent.workspace import Workspace
from signals.model import utcnow
from tests.conftest import LoopbackServer, Route, make_workspace

EXTRA = """
[[sources]]
name = "wire"
type = "funding_rss"
url = "https://example.com/wire.rss"
every = "1h"
"""


def rss(items: list[tuple[str, str]]) -> bytes:
    when = format_datetime(utcnow() - timedelta(hours=3))
    body = "".join(
        f"<item><title>{title}</title><link>https://news.example/{guid}</link>"
        f"<guid isPermaLink='false'>{guid}</guid><pubDate>{when}</pubDate>"
        f"<description>{title}.</description></item>"
        for guid, title in items
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Wire</title>"
        f"<link>https://news.example/</link><description>d</description>{body}</channel></rss>"
    ).encode()


FEED = rss(
    [
        ("n-1", "Northwind Analytics raises $45M Series B led by Harbor Ventures"),
        ("n-2", "Helio Grid raises $25M Series A led by Sunward Capital"),
    ]
)


@pytest.fixture
def ws(tmp_path: Path, db_url: str) -> Workspace:
    workspace = make_workspace(tmp_path / "ws", db_url, extra_toml=EXTRA)
    yield workspace
    workspace.close()


def other_process(ws: Workspace) -> Workspace:
    """The same workspace as a running `outrider run` or UI holds it (its own object)."""
    return Workspace.open(ws.path, settings=ws.settings)


def test_an_icp_edit_is_validated_written_atomically_and_keeps_comments(ws: Workspace) -> None:
    running = other_process(ws)
    version = settings_service.config_version(ws)
    settings_service.update_icp(
        ws, {"industries": ["Software", "Fintech"], "countries": ["United States"]},
        expected_version=version, actor="admin@example.com",
    )
    text = ws.config_path.read_text(encoding="utf-8")
    assert "# Who we sell to." in text and "# ISO 3166 alpha-2" in text  # untouched lines keep comments
    assert "# Secrets never go here" in text
    assert ws.config.icp.industries == ["Software", "Fintech"]  # this process reloaded at once
    assert ws.config.icp.countries == ["US"]
    assert running.config.icp.industries == ["Software", "Financial Services"]  # the other: until it looks
    assert running.refresh_config() is True
    assert running.config.icp.industries == ["Software", "Fintech"]
    assert running.config.icp.employees == (50, 5000)
    assert running.refresh_config() is False  # nothing changed since
    assert settings_service.config_version(ws) != version
    assert not list(ws.path.glob(".outrider.toml.*.tmp"))  # no temporary file left behind


def test_an_invalid_edit_is_refused_with_the_loaders_own_message_and_changes_nothing(ws: Workspace) -> None:
    before = ws.config_path.read_bytes()
    with pytest.raises(ConfigError) as edited:
        settings_service.update_icp(ws, {"employees": [5000, 50]})
    # The same mistake written by hand into outrider.toml: start-up says exactly the same.
    by_hand = ws.path / "by-hand" / "outrider.toml"
    by_hand.parent.mkdir()
    by_hand.write_text(before.decode().replace("employees = [50, 5000]", "employees = [5000, 50]"))
    with pytest.raises(ConfigError) as loaded:
        load_workspace_config(by_hand)
    assert str(edited.value).replace(str(ws.config_path), "X") == str(loaded.value).replace(str(by_hand), "X")
    assert "min above max" in str(edited.value) and "icp.employees" in str(edited.value)
    assert ws.config_path.read_bytes() == before

    with pytest.raises(ConfigError, match="unknown key `scoring.mql_treshold`"):
        settings_service.update_scoring(ws, {"mql_treshold": 50})
    with pytest.raises(ConfigError, match="credential"):  # a secret never lands in the file
        settings_service.save_source(
            ws, {"name": "leaky", "type": "funding_rss", "url": "https://feeds.example.com/x.rss?token=abc123"}
        )
    assert ws.config_path.read_bytes() == before


def test_a_stale_form_is_refused_instead_of_overwriting_someone_elses_edit(ws: Workspace) -> None:
    version = settings_service.config_version(ws)
    settings_service.update_scoring(ws, {"mql_threshold": 80}, expected_version=version)
    with pytest.raises(StaleSettings, match="reload the page"):
        settings_service.update_scoring(ws, {"mql_threshold": 60}, expected_version=version)
    assert ws.config.scoring.mql_threshold == 80
    # A None removes the key: the default applies again.
    settings_service.update_scoring(ws, {"mql_threshold": None})
    assert ws.config.scoring.mql_threshold == 70
    assert "mql_threshold" not in settings_service.section_values(ws, "scoring")


def test_only_an_admin_changes_settings(ws: Workspace) -> None:
    before = ws.config_path.read_bytes()
    with pytest.raises(Forbidden, match="viewer"):
        settings_service.update_icp(ws, {"industries": ["Mining"]}, actor=Actor("v@example.com", "viewer"))
    with pytest.raises(Forbidden, match="rep"):
        settings_service.set_source_enabled(ws, "wire", False, actor=Actor("r@example.com", "rep"))
    assert ws.config_path.read_bytes() == before
    settings_service.update_icp(ws, {"industries": ["Mining"]}, actor=Actor("a@example.com", "admin"))
    assert ws.config.icp.industries == ["Mining"]


def test_sources_are_added_edited_renamed_and_disabled(ws: Workspace) -> None:
    settings_service.save_source(ws, {"name": "press", "type": "press_rss", "url": "https://example.com/p.rss"})
    assert [s.name for s in ws.config.sources] == ["wire", "press"]
    with pytest.raises(SettingsError, match="already exists"):
        settings_service.save_source(ws, {"name": "wire", "type": "funding_rss", "url": "https://example.com/a.rss"})
    settings_service.save_source(
        ws, {"name": "wire-2", "type": "funding_rss", "url": "https://example.com/wire.rss", "every": "30m"},
        original_name="wire",
    )
    assert [s.name for s in ws.config.sources] == ["wire-2", "press"]
    assert ws.config.source("wire-2").every == "30m"
    settings_service.set_source_enabled(ws, "press", False)
    assert ws.config.source("press").enabled is False
    raw = tomllib.loads(ws.config_path.read_text(encoding="utf-8"))
    assert raw["sources"][1] == {"name": "press", "type": "press_rss", "url": "https://example.com/p.rss", "enabled": False}
    with pytest.raises(ConfigError, match=r'sources\[1\] \("press"\).*every'):
        settings_service.save_source(
            ws, {"name": "press", "type": "press_rss", "url": "https://example.com/p.rss", "every": "often"},
            original_name="press",
        )
    settings_service.remove_source(ws, "press")
    assert [s.name for s in ws.config.sources] == ["wire-2"]


def test_a_running_scheduler_picks_up_a_new_source_without_a_restart(ws: Workspace) -> None:
    running = other_process(ws)
    scheduler = schedule.Scheduler()
    _schedule_configured(scheduler, running)
    assert len([j for j in scheduler.jobs if CONFIGURED in j.tags]) == 1
    settings_service.save_source(ws, {"name": "press", "type": "press_rss", "url": "https://example.com/p.rss"})
    # What run_forever does on each tick:
    assert running.refresh_config() is True
    _schedule_configured(scheduler, running)
    configured = [j for j in scheduler.jobs if CONFIGURED in j.tags]
    assert sorted(j.job_func.args[2] for j in configured) == ["press", "wire"]

    # A hand edit that does not validate leaves the running settings in place, and says why.
    ws.config_path.write_text(ws.config_path.read_text().replace("employees = [50, 5000]", "employees = [50, -1]"))
    assert running.refresh_config() is False
    assert "icp.employees" in (running.config_error or "")
    assert [s.name for s in running.config.sources] == ["wire", "press"]


def test_test_fetch_shows_what_a_source_would_produce_and_stores_nothing(
    ws: Workspace, http_server: LoopbackServer
) -> None:
    add_account(ws.db, name="Northwind Analytics", domain="northwind.example", industry="Software")
    url = http_server.add("/feed.xml", Route(FEED))
    before = ws.config_path.read_bytes()
    result = settings_service.test_fetch(ws, {"name": "new-feed", "type": "funding_rss", "url": url})
    assert result.ok, result.error
    by_company = {e["company"]: e for e in result.events}
    assert by_company["Northwind Analytics"]["account"] == "Northwind Analytics"
    assert by_company["Helio Grid"]["account"] is None
    assert all(e["kind"] == "funding" for e in result.events)
    assert ws.config_path.read_bytes() == before  # not saved
    with ws.db.session() as s:
        assert s.exec(select(func.count()).select_from(Signal)).one() == 0
        assert s.exec(select(func.count()).select_from(CollectorState)).one() == 0
        assert s.exec(select(func.count()).select_from(Snapshot)).one() == 0

    bad = settings_service.test_fetch(ws, {"name": "new-feed", "type": "funding_rss", "url": url, "every": "x"})
    assert not bad.ok and "every" in (bad.error or "")
    missing = settings_service.test_fetch(ws, {"name": "gone", "type": "funding_rss", "url": http_server.url("/404")})
    assert not missing.ok and "404" in (missing.error or "")


def test_test_fetch_goes_through_the_network_guard(tmp_path: Path, db_url: str, http_server: LoopbackServer) -> None:
    ws = make_workspace(tmp_path / "guarded", db_url, allow_private=False)
    try:
        url = http_server.add("/feed.xml", Route(FEED))
        result = settings_service.test_fetch(ws, {"name": "inside", "type": "funding_rss", "url": url})
        assert not result.ok
        assert "127.0.0.1" in (result.error or "") and not result.events
        assert http_server.routes["/feed.xml"].hits == 0  # refused before any connection
    finally:
        ws.close()


def test_config_export_writes_what_loads_back(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    settings_service.update_scoring(ws, {"mql_threshold": 65})
    monkeypatch.setenv("DATABASE_URL", ws.settings.database_url or "")
    runner = CliRunner()
    out = ws.path / "export" / "settings.toml"
    out.parent.mkdir()
    result = runner.invoke(app, ["-w", str(ws.path), "config", "export", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text() == ws.config_path.read_text()
    again = runner.invoke(app, ["-w", str(ws.path), "config", "export", str(out)])
    assert again.exit_code == 2 and "--force" in again.output

    full = ws.path / "export" / "full.toml"
    result = runner.invoke(app, ["-w", str(ws.path), "config", "export", "--full", str(full)])
    assert result.exit_code == 0, result.output
    exported = load_workspace_config(full)
    assert exported.scoring.mql_threshold == 65
    assert exported.scoring.events == ws.config.scoring.events  # defaults spelled out
    assert [s.name for s in exported.sources] == ["wire"]
    assert exported.sources == ws.config.sources  # each with its type's defaults, loaded back the same
    assert exported.icp == ws.config.icp
    assert "half_life_days" in full.read_text()

    ws.config_path.write_text(ws.config_path.read_text().replace("mql_threshold = 65", "mql_threshold = -5"))
    broken = runner.invoke(app, ["-w", str(ws.path), "config", "export"])
    assert broken.exit_code == 2 and "scoring.mql_threshold" in broken.output


def test_a_running_loop_collects_a_source_added_while_it_runs(
    ws: Workspace, http_server: LoopbackServer
) -> None:
    import threading

    from agent.scheduler import run_forever
    from agent.services.signals import source_health

    settings_service.remove_source(ws, "wire")
    running = other_process(ws)
    stop = threading.Event()
    loop = threading.Thread(target=run_forever, args=(running,),
                            kwargs={"tick_seconds": 0.05, "stop": stop, "send_every_s": 3600})
    loop.start()
    try:
        url = http_server.add("/feed.xml", Route(FEED))
        settings_service.save_source(ws, {"name": "added", "type": "funding_rss", "url": url, "every": "1d"})
        # Wait for the loop to notice (a condition, not a time: the machine may be slow).
        stop.wait(0)  # let the loop start
        collected = threading.Event()
        for _ in range(1200):
            if http_server.routes["/feed.xml"].completed:
                collected.set()
                break
            stop.wait(0.05)
        assert collected.is_set(), "the running loop never read the source added to outrider.toml"
    finally:
        stop.set()
        loop.join(timeout=120)
    assert not loop.is_alive()
    health = {h["name"]: h for h in source_health(ws)}
    assert health["added"]["last_event_count"] == 2
    running.close()
