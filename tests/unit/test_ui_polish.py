"""What a rep does not see: Streamlit's Deploy button and developer menu, its usage statistics and
its first-run e-mail prompt. `outrider ui` passes the settings on its command line, and the
repository's .streamlit/config.toml holds the same for `streamlit run` from the repository."""

from __future__ import annotations

import tomllib
from pathlib import Path

from agent import ui_server
from tests.conftest import make_workspace

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = {
    "client.toolbarMode": "minimal",
    "browser.gatherUsageStats": "false",
    "server.headless": "true",  # headless: Streamlit never asks for an e-mail address
    "theme.primaryColor": ui_server.PRIMARY_COLOR,
}


def test_outrider_ui_hides_the_developer_tools(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws", f"sqlite:///{tmp_path / 'db.sqlite'}")
    try:
        cmd = ui_server.plan(ws, host="127.0.0.1", port=0).cmd
    finally:
        ws.close()
    for option, value in EXPECTED.items():
        assert cmd[cmd.index(f"--{option}") + 1] == value, option


def test_streamlit_run_from_the_repository_reads_the_same_settings() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    for option, value in EXPECTED.items():
        section, name = option.split(".")
        assert str(config[section][name]).lower() == value.lower(), option
