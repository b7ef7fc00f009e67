"""outrider.toml is validated strictly: a mistake names the key and the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.config import ConfigError, load_workspace_config
from agent.init import write_config


def config_with(tmp_path: Path, extra: str = "", replace: tuple[str, str] | None = None) -> Path:
    path = write_config(tmp_path)
    text = path.read_text(encoding="utf-8")
    if replace:
        assert replace[0] in text
        text = text.replace(*replace)
    path.write_text(text + extra, encoding="utf-8")
    return path


def test_the_template_is_valid_and_documents_the_surface(tmp_path: Path) -> None:
    config = load_workspace_config(config_with(tmp_path))
    assert config.icp.employees == (50, 5000)
    assert config.icp.countries == ["US", "GB", "DE"]
    assert config.sources[0].name == "techcrunch-venture"
    assert config.sources[0].interval.total_seconds() == 1800
    assert config.sources[0].max_age_days == 30
    assert config.sender.email == "dana@example.com" and config.sender.name == "Dana Rep"
    assert config.smtp.security == "starttls"
    assert config.drafting.provider == "offline"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("[icp]\n", "[icp]\ncolour = \"blue\"\n"), "unknown key `icp.colour`"),
        (("port = 587", "port = \"five\""), "`smtp.port`"),
        (("every = \"30m\"", "every = \"soon\""), "sources[0] (\"techcrunch-venture\")"),
        (("type = \"funding_rss\"", "type = \"carrier_pigeon\""), "unknown source type 'carrier_pigeon'"),
        (("max_age_days = 30", "max_age_days = 30\nmood = 1"), "unknown key `sources[0] (\"techcrunch-venture\").mood`"),
        (("security = \"starttls\"", "security = \"tls13\""), "`smtp.security`"),
        (("transport = \"file\"", "transport = \"pigeon\""), "`sender.transport`"),
        (("employees = [50, 5000]", "employees = [5000, 50]"), "`icp.employees`"),
    ],
)
def test_mistakes_name_the_key_and_the_file(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    path = config_with(tmp_path, replace=change)
    with pytest.raises(ConfigError) as info:
        load_workspace_config(path)
    assert expected in str(info.value)
    assert str(path) in str(info.value)


def test_duplicate_source_names_are_refused(tmp_path: Path) -> None:
    extra = '\n[[sources]]\nname = "techcrunch-venture"\ntype = "funding_rss"\nurl = "https://x.example/feed"\n'
    with pytest.raises(ConfigError, match="used twice"):
        load_workspace_config(config_with(tmp_path, extra))


def test_broken_toml_and_missing_file(tmp_path: Path) -> None:
    path = config_with(tmp_path, "\n[icp\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_workspace_config(path)
    with pytest.raises(ConfigError, match="outrider init"):
        load_workspace_config(tmp_path / "nowhere" / "outrider.toml")


def test_secrets_come_from_the_environment_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from agent.config import Settings

    monkeypatch.setenv("SMTP_PASSWORD", "hunter2")
    settings = Settings()
    assert settings.smtp_password is not None
    assert "hunter2" not in repr(settings) and "hunter2" not in str(settings.smtp_password)
    path = config_with(tmp_path, replace=("username = \"dana@example.com\"", "password = \"hunter2\""))
    with pytest.raises(ConfigError, match="unknown key `smtp.password`"):
        load_workspace_config(path)


def test_sources_fall_back_to_workspace_wide_settings(tmp_path: Path) -> None:
    extra = (
        '\n[[sources]]\nname = "edgar"\ntype = "sec_form_d"\n'
        '\n[[sources]]\nname = "edgar-own"\ntype = "sec_form_d"\nuser_agent_email = "own@example.com"\n'
    )
    config = load_workspace_config(config_with(tmp_path, extra))
    edgar, own = config.source("edgar"), config.source("edgar-own")
    assert edgar.user_agent_email == "revops@example.com"  # type: ignore[attr-defined]
    assert own.user_agent_email == "own@example.com"  # type: ignore[attr-defined]
    from signals.sources.base import collector_for

    collector_for("sec_form_d").check(edgar)  # no ConfigProblem: the contact is there
