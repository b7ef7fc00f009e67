"""Settings from the environment and the workspace file `outrider.toml`.

Secrets come only from the environment and stay `SecretStr`. The workspace file is validated
strictly: an unknown key or a wrong type stops start-up with a message naming the key and file.
A URL carrying a credential (user:password@, ?token=) is refused wherever it appears, and a
value under a secret-sounding key is never repeated in an error.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterator
from email.utils import parseaddr
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from drafting.guardrails import GuardrailPolicy
from signals.redact import redact, url_credential_problem
from signals.scoring import IcpRules
from signals.sources.base import ConfigProblem, SourceConfig, parse_source_config

CONFIG_FILE = "outrider.toml"
DB_FILE = "outrider.db"


class ConfigError(Exception):
    """The workspace cannot start as configured. The message says what to change, and where."""


class Settings(BaseSettings):
    """Process settings from the environment (never from the workspace file)."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore")

    database_url: str | None = Field(default=None, alias="DATABASE_URL")
    outrider_workspace: Path | None = Field(default=None, alias="OUTRIDER_WORKSPACE")
    openai_api_key: SecretStr | None = Field(default=None, alias="OPENAI_API_KEY")
    smtp_password: SecretStr | None = Field(default=None, alias="SMTP_PASSWORD")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SenderConfig(_Strict):
    from_: str = Field(default="Outrider Demo <rep@example.com>", alias="from")
    transport: Literal["file", "smtp"] = "file"
    company: str | None = None
    value_proposition: str | None = None
    #: Where the List-Unsubscribe header and footer point. mailto: or https:.
    unsubscribe_url: str | None = None
    postal_address: str | None = None
    reply_to: str | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @field_validator("from_")
    @classmethod
    def _valid_from(cls, value: str) -> str:
        _name, addr = parseaddr(value)
        if "@" not in addr:
            raise ValueError(f"{value!r} is not an address; write it like \"Dana Rep <dana@example.com>\"")
        return value

    @property
    def name(self) -> str:
        name, addr = parseaddr(self.from_)
        return name or addr.split("@")[0]

    @property
    def email(self) -> str:
        return parseaddr(self.from_)[1]


class SmtpConfig(_Strict):
    host: str = "localhost"
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str | None = None
    timeout_s: float = Field(default=30.0, gt=0)


class DraftingConfig(_Strict):
    provider: Literal["offline", "llm"] = "offline"
    model: str = "gpt-4o-mini"
    base_url: str | None = None
    temperature: float = Field(default=0.4, ge=0, le=2)
    timeout_s: float = Field(default=30.0, gt=0)
    max_retries: int = Field(default=2, ge=0, le=10)
    #: How the model returns the draft: "function_calling" works on the most OpenAI-compatible
    #: servers; "json_schema" (strict) where the server supports it; "json_mode" as a last resort.
    structured_output: Literal["function_calling", "json_schema", "json_mode"] = "function_calling"
    #: Extra tone guidance for the model ("warm, plain, no exclamation marks").
    tone: str | None = None
    #: Signals with a priority below this are recorded, not drafted.
    min_priority: float = Field(default=0.0, ge=0, le=100)


class DeliveryConfig(_Strict):
    #: At most this many messages per `outrider send` run.
    max_per_run: int = Field(default=200, ge=1)
    #: A transient failure (server down) is retried this many times before a human looks.
    max_attempts: int = Field(default=3, ge=1)


class HttpConfig(_Strict):
    #: At most this many requests a second to any one host (None: no limit beyond politeness).
    rate_per_host: float | None = Field(default=None, gt=0)
    #: Per-host limits; EDGAR asks for fewer than 10 a second.
    host_rates: dict[str, float] = Field(default_factory=lambda: {"www.sec.gov": 8.0, "efts.sec.gov": 8.0})
    #: Attempts per request (transient failures: timeouts, 429, 5xx) and the first backoff.
    attempts: int = Field(default=3, ge=1, le=10)
    backoff_s: float = Field(default=0.5, ge=0)
    max_connections: int = Field(default=20, ge=1, le=200)
    #: Fetch from loopback, private (10/8, 172.16/12, 192.168/16, CGNAT, ULA), link-local and
    #: reserved addresses. Off: a feed or redirect pointing inside the network is refused.
    #: Cloud metadata addresses are refused either way.
    allow_private: bool = False


class HiringConfig(_Strict):
    #: Role families whose new postings are signals ("revenue operations", "sales development").
    watch: list[str] = Field(
        default_factory=lambda: ["sales development", "revenue operations", "sales", "marketing operations"]
    )


class IntentConfig(_Strict):
    #: Intent topics that matter (Bombora topic names, or first-party page topics). Empty: all.
    topics: list[str] = Field(default_factory=list)


class WorkspaceConfig(_Strict):
    icp: IcpRules = Field(default_factory=IcpRules)
    sources: list[SourceConfig] = Field(default_factory=list)
    sender: SenderConfig = Field(default_factory=SenderConfig)
    smtp: SmtpConfig = Field(default_factory=SmtpConfig)
    drafting: DraftingConfig = Field(default_factory=DraftingConfig)
    guardrails: GuardrailPolicy = Field(default_factory=GuardrailPolicy)
    delivery: DeliveryConfig = Field(default_factory=DeliveryConfig)
    hiring: HiringConfig = Field(default_factory=HiringConfig)
    http: HttpConfig = Field(default_factory=HttpConfig)
    intent: IntentConfig = Field(default_factory=IntentConfig)
    #: The contact email EDGAR and other polite APIs want in the User-Agent.
    contact_email: str | None = None

    def collector_defaults(self) -> dict[str, Any]:
        """Workspace-wide settings collectors fall back to when a source does not set its own."""
        return {
            "hiring_watch": list(self.hiring.watch),
            "intent_topics": list(self.intent.topics),
            "competitors": list(self.icp.competitors),
            "complements": list(self.icp.complements),
            "contact_email": self.contact_email or self.sender.email,
        }

    def source(self, name: str) -> SourceConfig:
        for source in self.sources:
            if source.name == name:
                return source
        known = ", ".join(s.name for s in self.sources) or "none configured"
        raise ConfigError(f"no source named {name!r} in {CONFIG_FILE} (sources: {known})")


def _describe(loc: tuple[Any, ...], raw: dict[str, Any]) -> str:
    """("sources", 0, "every") -> 'sources[0] ("techcrunch").every'."""
    parts: list[str] = []
    node: Any = raw
    for item in loc:
        if isinstance(item, int):
            label = f"[{item}]"
            if isinstance(node, list) and item < len(node) and isinstance(node[item], dict):
                name = node[item].get("name")
                if name:
                    label = f'[{item}] ("{name}")'
            parts.append(label)
            node = node[item] if isinstance(node, list) and item < len(node) else None
        else:
            parts.append(("." if parts else "") + str(item))
            node = node.get(item) if isinstance(node, dict) else None
    return "".join(parts)


#: Words that make a key secret-like: its value is never shown in an error.
_SECRET_WORDS = frozenset(
    {"password", "passwd", "secret", "secrets", "token", "tokens", "key", "apikey", "webhook", "credential",
     "credentials", "auth"}
)
_URL_VALUE = re.compile(r"^\s*[a-z][a-z0-9+.\-]*://", re.IGNORECASE)
#: Where the credential of a URL-valued key belongs instead; keys not listed get general advice.
#: Add a row when a new key takes a URL whose server needs a credential (a webhook, an API).
URL_CREDENTIAL_ENV: dict[str, str] = {"drafting.base_url": "OPENAI_API_KEY"}


def is_secret_key(*parts: Any) -> bool:
    """True when any part of a key path reads like a secret (`smtp.password`, `slack.webhook_url`)."""
    words = {w for part in parts if isinstance(part, str) for w in re.split(r"[^a-z0-9]+", part.lower())}
    return bool(words & _SECRET_WORDS)


def refuse_url_credentials(key: str, value: str, *, env: str | None = None) -> None:
    """Raise ConfigError when the URL under `key` carries a credential; the value is never shown.

    `env` names the environment variable the credential belongs in (default: from
    URL_CREDENTIAL_ENV by the key with its list indexes and source names dropped).
    """
    problem = url_credential_problem(value)
    if problem is None:
        return
    plain = re.sub(r"\[\d+\]( \(\"[^\"]*\"\))?", "", key)
    env = env or URL_CREDENTIAL_ENV.get(plain)
    where = (
        f"set it in the {env} environment variable instead"
        if env
        else "keep credentials in environment variables, never in outrider.toml"
    )
    raise ConfigError(f"`{key}` carries a credential ({problem}); remove it from the URL and {where}")


def _strings(node: Any, loc: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(node, str):
        yield loc, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, (*loc, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, (*loc, index))


def check_config_urls(raw: dict[str, Any], *, path: Path) -> None:
    """Refuse any URL-valued setting, anywhere in the file, that carries a credential."""
    for loc, value in _strings(raw):
        if _URL_VALUE.match(value):
            try:
                refuse_url_credentials(_describe(loc, raw), value)
            except ConfigError as exc:
                raise ConfigError(f"{path}: {exc}") from None


def parse_workspace_config(raw: dict[str, Any], *, path: Path) -> WorkspaceConfig:
    check_config_urls(raw, path=path)
    raw = dict(raw)
    sources_raw = raw.pop("sources", [])
    if not isinstance(sources_raw, list):
        raise ConfigError(f"{path}: `sources` must be a list of [[sources]] tables")
    try:
        config = WorkspaceConfig.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_validation_message(exc, raw, path)) from None
    sources: list[SourceConfig] = []
    seen: set[str] = set()
    for index, item in enumerate(sources_raw):
        label = f"sources[{index}]" + (f' ("{item.get("name")}")' if isinstance(item, dict) and item.get("name") else "")
        if not isinstance(item, dict):
            raise ConfigError(f"{path}: {label} must be a table")
        try:
            source = parse_source_config(item)
        except ConfigProblem as exc:
            raise ConfigError(f"{path}: {label}: {exc}") from None
        except ValidationError as exc:
            raise ConfigError(_validation_message(exc, item, path, prefix=label)) from None
        if source.name in seen:
            raise ConfigError(f"{path}: {label}: the source name {source.name!r} is used twice")
        seen.add(source.name)
        sources.append(source)
    config.sources = [_with_workspace_defaults(source, config) for source in sources]
    return config


#: Source keys that fall back to a workspace-wide setting when a source does not set them.
_DEFAULTED_KEYS = {
    "watch": "hiring_watch",
    "topics": "intent_topics",
    "competitors": "competitors",
    "complements": "complements",
    "contact_email": "contact_email",
    "user_agent_email": "contact_email",
}


def _with_workspace_defaults(source: SourceConfig, config: WorkspaceConfig) -> SourceConfig:
    defaults = config.collector_defaults()
    updates = {
        key: defaults[name]
        for key, name in _DEFAULTED_KEYS.items()
        if key in type(source).model_fields and key not in source.model_fields_set and defaults.get(name)
    }
    return source.model_copy(update=updates) if updates else source


def _validation_message(exc: ValidationError, raw: dict[str, Any], path: Path, prefix: str = "") -> str:
    lines = []
    for error in exc.errors():
        where = _describe(tuple(error["loc"]), raw)
        key = f"{prefix}.{where}" if prefix and where else (prefix or where)
        if error["type"] == "extra_forbidden":
            lines.append(f"unknown key `{key}`")
        elif error["type"] == "missing":
            lines.append(f"`{key}` is required")
        elif is_secret_key(*error["loc"]):
            # The value may be the secret itself: say what is wrong, never what was written.
            lines.append(f"`{key}`: {_kind_problem(error)} (the value is not shown: the key may hold a secret)")
        else:
            got = error.get("input")
            shown = redact(_short_repr(got)) if not isinstance(got, dict | list) else type(got).__name__
            lines.append(f"`{key}`: {error['msg']} (got {shown})")
    return f"{path}: " + "; ".join(lines)


def _kind_problem(error: Any) -> str:
    # Pydantic's own messages for type errors never quote the input; a custom validator's might.
    return "a value of the wrong kind" if error["type"] == "value_error" else error["msg"]


def _short_repr(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def load_workspace_config(path: Path) -> WorkspaceConfig:
    if not path.exists():
        raise ConfigError(
            f"{path} does not exist. Run `outrider init {path.parent}` to create a workspace."
        )
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path} is not UTF-8 text") from None
    return parse_workspace_config(raw, path=path)


def resolve_workspace(explicit: Path | None = None) -> Path:
    if explicit is not None:
        return explicit.expanduser().resolve()
    env = os.environ.get("OUTRIDER_WORKSPACE")
    return Path(env).expanduser().resolve() if env else Path.cwd().resolve()


def database_url_for(workspace: Path, settings: Settings | None = None) -> str:
    settings = settings or Settings()
    if settings.database_url:
        return settings.database_url
    return f"sqlite:///{workspace / DB_FILE}"
