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

from drafting.limits import GuardrailPolicy
from signals.engagement import EVENT_TYPES
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
    #: Signs unsubscribe and click links (HMAC); required once `[server] public_url` is set.
    secret_key: SecretStr | None = Field(default=None, alias="OUTRIDER_SECRET_KEY")
    #: Wins over `[alerts] slack_webhook_url` (a webhook URL is a credential).
    slack_webhook_url: SecretStr | None = Field(default=None, alias="SLACK_WEBHOOK_URL")
    #: A HubSpot private-app token for `[crm.hubspot]`.
    hubspot_access_token: SecretStr | None = Field(default=None, alias="HUBSPOT_ACCESS_TOKEN")
    #: The OIDC client secret for `[auth]` (the review UI's sign-in).
    oidc_client_secret: SecretStr | None = Field(default=None, alias="OIDC_CLIENT_SECRET")
    #: The password of the `[inbox]` IMAP account.
    imap_password: SecretStr | None = Field(default=None, alias="IMAP_PASSWORD")


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
    #: Signals whose extractor is less sure than this of the company are recorded, not drafted.
    min_confidence: float = Field(default=0.6, ge=0, le=1)


class DeliveryConfig(_Strict):
    #: At most this many messages per `outrider send` run.
    max_per_run: int = Field(default=200, ge=1)
    #: A transient failure (server down) is retried this many times before a human looks.
    max_attempts: int = Field(default=3, ge=1)


class SendingConfig(_Strict):
    """Frequency caps and the send window, for every message Outrider sends (signal drafts,
    reactivations, sequence steps). A message over a cap or outside its window waits in the
    outbox as `scheduled` and goes when it is due."""

    #: At most this many messages to one person in any 7 days...
    max_per_contact_per_week: int = Field(default=1, ge=1)
    #: ...or this many to a lead whose score is at least `engaged_score`.
    engaged_max_per_week: int = Field(default=2, ge=1)
    engaged_score: float = Field(default=50, ge=0)
    #: At most this many messages to the people of one account per day (their local day). None: no cap.
    max_per_account_per_day: int | None = Field(default=3, ge=1)
    #: At most this many messages per day from the sending mailbox (a day in `timezone`). None: no cap.
    daily_limit: int | None = Field(default=None, ge=1)
    #: The zone of the sending mailbox's day, and of recipients whose zone nothing tells.
    timezone: str = "UTC"
    #: When a message may arrive, in the recipient's zone: "mon-fri 09:00-17:00", or "always".
    window: str = "mon-fri 09:00-17:00"

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        from agent.delivery.zones import load_zone

        if load_zone(value) is None:
            raise ValueError(f"{value!r} is not a time zone of the tz database (write it like Europe/Berlin)")
        return value

    @field_validator("window")
    @classmethod
    def _window(cls, value: str) -> str:
        from agent.delivery.caps import SendWindow

        SendWindow.parse(value)  # raises ValueError with the reason
        return value


class InboxConfig(_Strict):
    """The mailbox replies, out-of-office notices and bounces arrive in (read-only, over IMAP)."""

    host: str
    #: Default: 993 with ssl, 143 otherwise.
    port: int | None = Field(default=None, ge=1, le=65535)
    security: Literal["ssl", "starttls", "none"] = "ssl"
    username: str
    folder: str = "INBOX"
    #: A CA certificate (PEM) to trust besides the system's, for a server with its own certificate.
    tls_ca_file: str | None = None
    #: Sequence steps wait while the inbox has not been read for longer than this: a reply may be waiting.
    max_blind_minutes: int = Field(default=30, ge=1)
    timeout_s: float = Field(default=30.0, gt=0)
    #: The first poll of a mailbox reads the messages of this many days (not its whole history).
    lookback_days: int = Field(default=14, ge=1)
    #: At most this many messages per poll (the rest are read on the next one).
    max_messages: int = Field(default=500, ge=1)
    #: Only this much of each message is read (a huge attachment is not downloaded).
    max_message_bytes: int = Field(default=1_000_000, ge=10_000)

    @property
    def effective_port(self) -> int:
        return self.port or (993 if self.security == "ssl" else 143)


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


NEGATIVE_RULES: tuple[str, ...] = ("competitor_domain", "personal_email", "excluded_title", "unsubscribe", "hard_bounce")


def _default_event_points() -> dict[str, float]:
    return {
        "page_view": 2,
        "form_submit": 15,
        "demo_request": 40,
        "content_download": 10,
        "webinar_attended": 15,
        "email_open": 1,
        "email_click": 5,
        "reply": 20,
        "meeting_booked": 40,
        "unsubscribe": 0,
        "bounce": 0,
    }


class ScoringConfig(_Strict):
    """The lead score: fit + engagement + account signals - negatives, engagement and signals decayed."""

    #: Crossing this (or a demo_request) makes a lead an MQL and hands it to its owner.
    mql_threshold: float = Field(default=70, gt=0)
    #: A handed-off lead is handed off again only after its score fell below threshold - margin.
    rearm_margin: float = Field(default=10, ge=0)
    #: Engagement and signal points halve every this many days.
    half_life_days: float = Field(default=30, gt=0)
    #: No engagement for this long makes a lead dormant.
    dormant_after_days: int = Field(default=90, ge=1)
    #: A lead at or above this score (and below MQL) is `engaged`; any engagement also makes it so.
    engaged_score: float = Field(default=1, ge=0)
    #: Points per event type.
    events: dict[str, float] = Field(default_factory=_default_event_points)
    #: Points when a visited or clicked URL contains the key, once per pattern per day ("/pricing" = 25).
    urls: dict[str, float] = Field(default_factory=lambda: {"/pricing": 25, "/demo": 20, "/case-studies": 8})
    #: Points per signal kind at the contact's account (the strongest signal of each kind counts).
    signals: dict[str, float] = Field(
        default_factory=lambda: {
            "funding": 10,
            "hiring_surge": 8,
            "new_role": 4,
            "job_change": 10,
            "intent_spike": 12,
            "tech_installed": 5,
            "tech_removed": 5,
        }
    )
    #: Disqualifiers, as negative points.
    negatives: dict[str, float] = Field(
        default_factory=lambda: {
            "competitor_domain": -100,
            "personal_email": -10,
            "excluded_title": -30,
            "unsubscribe": -50,
            "hard_bounce": -50,
        }
    )
    #: At most this many points per event type per day (a reload loop must not make an MQL).
    daily_cap: dict[str, float] = Field(
        default_factory=lambda: {"page_view": 10, "email_open": 3, "email_click": 15, "content_download": 20}
    )
    #: ICP fit (0-100 from [icp]) counts as up to this many points.
    fit_points: float = Field(default=20, ge=0)
    #: E-mail domains of competitors (their people are never leads).
    competitor_domains: list[str] = Field(default_factory=list)
    #: Titles that disqualify (substring, case-insensitive).
    excluded_titles: list[str] = Field(default_factory=lambda: ["student", "intern", "job seeker", "recruiter"])

    @field_validator("events", "daily_cap")
    @classmethod
    def _known_event_types(cls, value: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(value) - set(EVENT_TYPES))
        if unknown:
            raise ValueError(f"unknown event type(s) {', '.join(unknown)}; known: {', '.join(EVENT_TYPES)}")
        return value

    @field_validator("events")
    @classmethod
    def _all_event_types(cls, value: dict[str, float]) -> dict[str, float]:
        return {**_default_event_points(), **value}

    @field_validator("signals")
    @classmethod
    def _known_signal_kinds(cls, value: dict[str, float]) -> dict[str, float]:
        from signals.model import SignalKind

        known = {k.value for k in SignalKind}
        unknown = sorted(set(value) - known)
        if unknown:
            raise ValueError(f"unknown signal kind(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        return value

    @field_validator("negatives")
    @classmethod
    def _negative(cls, value: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(value) - set(NEGATIVE_RULES))
        if unknown:
            raise ValueError(f"unknown negative rule(s) {', '.join(unknown)}; known: {', '.join(NEGATIVE_RULES)}")
        positive = sorted(k for k, v in value.items() if v > 0)
        if positive:
            raise ValueError(f"negatives must be zero or negative numbers ({', '.join(positive)} is positive)")
        return value

    @field_validator("competitor_domains")
    @classmethod
    def _domains(cls, value: list[str]) -> list[str]:
        from signals.text.links import normalise_domain

        out = []
        for item in value:
            domain = normalise_domain(item)
            if domain is None:
                raise ValueError(f"{item!r} is not a domain (write it like rival.com)")
            out.append(domain)
        return out


class AlertsConfig(_Strict):
    #: A Slack incoming-webhook URL (the SLACK_WEBHOOK_URL environment variable wins; prefer it).
    slack_webhook_url: str | None = None
    #: E-mail the account owner on a handoff (through the configured transport).
    email_owner: bool = True
    #: Where an owner is e-mailed when neither the contact nor its account names one.
    fallback_owner: str | None = None
    #: Attempts per alert before it is shown as failed (429/5xx are retried, honouring Retry-After).
    max_attempts: int = Field(default=6, ge=1, le=50)
    timeout_s: float = Field(default=10.0, gt=0)


class HubSpotConfig(_Strict):
    #: The HubSpot API root (tests point it at a loopback server). Token from HUBSPOT_ACCESS_TOKEN.
    base_url: str = "https://api.hubapi.com"
    #: Also set the contact's lifecycle stage to marketingqualifiedlead on a handoff.
    update_lifecycle: bool = False
    timeout_s: float = Field(default=10.0, gt=0)


class CrmConfig(_Strict):
    hubspot: HubSpotConfig | None = None


class ServerConfig(_Strict):
    #: The public https address of `outrider serve` (one-click unsubscribe and click links).
    public_url: str | None = None
    #: The review UI's address, for links in alerts ("open the lead").
    ui_url: str | None = None
    #: Request bodies over this many bytes are refused with 413.
    max_body_bytes: int = Field(default=1_048_576, ge=1024)

    @field_validator("public_url", "ui_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip().rstrip("/")
        if not value.startswith(("https://", "http://")):
            raise ValueError("must be an http(s) URL like https://outrider.example.com")
        return value


class DormantConfig(_Strict):
    #: CRM lifecycle stages or lead statuses that make a lead dormant (HubSpot and Salesforce
    #: spellings; compared ignoring case and punctuation, so "Closed - Lost" is "closed lost").
    statuses: list[str] = Field(
        default_factory=lambda: [
            "closed lost", "closedlost", "unqualified", "nurture", "unresponsive", "bad timing",
            "closed not converted", "recycled",
        ]
    )
    #: Lead statuses that disqualify a lead for good.
    disqualified_statuses: list[str] = Field(default_factory=lambda: ["disqualified", "junk", "do not contact", "spam"])
    #: A visit after this many days of silence is a first-party return (it wakes a dormant lead).
    return_after_days: int = Field(default=30, ge=1)


class TrackingConfig(_Strict):
    #: Wrap links to content assets so a click is an `email_click` event (needs [server] public_url).
    clicks: bool = False


Role = Literal["admin", "rep", "viewer"]


class AuthConfig(_Strict):
    """Sign-in to the review UI (OpenID Connect); the client secret comes from OIDC_CLIENT_SECRET."""

    #: The name on the sign-in button ("Sign in with Okta").
    provider: str = "your identity provider"
    #: The provider's discovery document, e.g. https://accounts.google.com/.well-known/openid-configuration
    server_metadata_url: str
    client_id: str
    #: Where the provider sends the browser back (default: http://localhost:<port>/oauth2callback).
    redirect_uri: str | None = None
    #: An e-mail address or "@domain" -> admin, rep or viewer. An address wins over its domain.
    roles: dict[str, Role] = Field(default_factory=dict)
    #: The role of a signed-in user the table does not name.
    default_role: Role = "viewer"

    @field_validator("server_metadata_url", "redirect_uri")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("https://", "http://")):
            raise ValueError("must be an http(s) URL")
        return value

    @field_validator("roles")
    @classmethod
    def _emails_or_domains(cls, value: dict[str, Role]) -> dict[str, Role]:
        out: dict[str, Role] = {}
        for key, role in value.items():
            who = key.strip().lower()
            local, at, domain = who.rpartition("@")
            if not at or "." not in domain or " " in who:
                raise ValueError(f'{key!r} is neither an e-mail address nor "@domain"')
            out[who if local else "@" + domain] = role
        return out


class WorkersConfig(_Strict):
    """Procrastinate workers on PostgreSQL (`outrider worker`); SQLite keeps the embedded loop."""

    #: A job whose worker sent no heartbeat for this long (killed, machine gone) is run again.
    stalled_after_s: float = Field(default=60.0, gt=0)
    #: How often a worker beats its heart (keep it well under stalled_after_s).
    heartbeat_s: float = Field(default=5.0, gt=0)
    #: How often the periodic tick looks for due sources, new signals and due mail (seconds, 1-59).
    tick_s: int = Field(default=10, ge=1, le=59)
    #: Drafting calls per minute to one provider across every worker (0: no limit).
    draft_rate_per_minute: float = Field(default=0.0, ge=0)
    #: Signals per route job.
    route_batch: int = Field(default=200, ge=1, le=5000)
    #: A signal still `new` this long after it was stored (its collect or draft job was lost) is
    #: routed again by the tick. Younger ones are in the queue already.
    reroute_after_s: float = Field(default=60.0, ge=0)
    #: Signals per draft job with the offline drafter (a model always gets one signal per job).
    draft_batch: int = Field(default=50, ge=1, le=1000)


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
    scoring: ScoringConfig = Field(default_factory=ScoringConfig)
    alerts: AlertsConfig = Field(default_factory=AlertsConfig)
    crm: CrmConfig = Field(default_factory=CrmConfig)
    server: ServerConfig = Field(default_factory=ServerConfig)
    tracking: TrackingConfig = Field(default_factory=TrackingConfig)
    dormant: DormantConfig = Field(default_factory=DormantConfig)
    sending: SendingConfig = Field(default_factory=SendingConfig)
    workers: WorkersConfig = Field(default_factory=WorkersConfig)
    #: Absent: no inbox is read (and sequence steps are not held for it).
    inbox: InboxConfig | None = None
    #: Sign-in and roles for the review UI; without it the UI serves one local user on 127.0.0.1.
    auth: AuthConfig | None = None
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
URL_CREDENTIAL_ENV: dict[str, str] = {"drafting.base_url": "OPENAI_API_KEY", "alerts.slack_webhook_url": "SLACK_WEBHOOK_URL"}


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
