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


# --------------------------------------------------------------------------- issue 8: secrets in config

CREDENTIAL_URLS = [
    (('# base_url = "https://api.openai.com/v1"', 'base_url = "https://dana:SeCr3tPw@llm.example/v1"'),
     "`drafting.base_url`", "OPENAI_API_KEY", "SeCr3tPw"),
    (('# base_url = "https://api.openai.com/v1"', 'base_url = "https://llm.example/v1?api_key=SeCr3tPw"'),
     "`drafting.base_url`", "OPENAI_API_KEY", "SeCr3tPw"),
    (('url = "https://techcrunch.com/category/venture/feed/"', 'url = "https://feeds.example/rss?token=SeCr3tPw"'),
     '`sources[0] ("techcrunch-venture").url`', "environment variables", "SeCr3tPw"),
    (('url = "https://techcrunch.com/category/venture/feed/"',
      'url = "https://feeds.example/rss"\nbase_urls = { greenhouse = "https://u:SeCr3tPw@gh.example" }'),
     '`sources[0] ("techcrunch-venture").base_urls.greenhouse`', "environment variables", "SeCr3tPw"),
    (('# unsubscribe_url = "https://example.com/unsubscribe"', 'unsubscribe_url = "https://x.example/u?Access-Token=SeCr3tPw"'),
     "`sender.unsubscribe_url`", "environment variables", "SeCr3tPw"),
]


@pytest.mark.parametrize(("change", "key", "advice", "secret"), CREDENTIAL_URLS)
def test_a_credential_in_any_url_setting_is_refused_naming_the_key_not_the_value(
    tmp_path: Path, change: tuple[str, str], key: str, advice: str, secret: str
) -> None:
    """A base_url with user:password used to be accepted (and later printed by httpx with -v)."""
    path = config_with(tmp_path, replace=change)
    with pytest.raises(ConfigError) as info:
        load_workspace_config(path)
    message = str(info.value)
    assert key in message and advice in message and str(path) in message
    assert secret not in message and "carries a credential" in message


def test_urls_without_credentials_pass(tmp_path: Path) -> None:
    path = config_with(tmp_path, replace=(
        '# base_url = "https://api.openai.com/v1"', 'base_url = "http://localhost:11434/v1?format=json"'
    ))
    assert load_workspace_config(path).drafting.base_url == "http://localhost:11434/v1?format=json"


def test_allow_private_is_off_by_default_and_can_be_turned_on(tmp_path: Path) -> None:
    assert load_workspace_config(config_with(tmp_path)).http.allow_private is False
    on = config_with(tmp_path / "on", replace=("[http]\n", "[http]\nallow_private = true\n"))
    assert load_workspace_config(on).http.allow_private is True


def test_source_deadline_has_a_default_and_is_validated(tmp_path: Path) -> None:
    assert load_workspace_config(config_with(tmp_path)).sources[0].deadline_s == 300
    bad = config_with(tmp_path / "bad", replace=("max_age_days = 30", "max_age_days = 30\ndeadline_s = 0"))
    with pytest.raises(ConfigError, match="deadline_s"):
        load_workspace_config(bad)


def test_a_value_under_a_secret_sounding_key_is_never_echoed() -> None:
    """A wrong-typed value used to be echoed in the error, a pasted password included."""
    from pydantic import BaseModel, ConfigDict, ValidationError

    from agent.config import _validation_message, is_secret_key

    class Hooks(BaseModel):
        model_config = ConfigDict(extra="forbid")
        webhook_url: int
        api_key_header: int
        port: int

    raw = {"webhook_url": "https://hooks.example/T000/B000/SeCr3tPw", "api_key_header": "SeCr3tPw", "port": "five"}
    with pytest.raises(ValidationError) as info:
        Hooks.model_validate(raw)
    message = _validation_message(info.value, raw, Path("outrider.toml"))
    assert "`webhook_url`" in message and "`api_key_header`" in message and "SeCr3tPw" not in message
    assert "(got 'five')" in message, "an ordinary key still shows what was written"
    assert is_secret_key("smtp", "password") and is_secret_key("slack", "webhook_url") and is_secret_key("api_key")
    assert not is_secret_key("guardrails", "banned_phrases") and not is_secret_key("keywords")
