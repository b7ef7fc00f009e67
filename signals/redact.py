"""Credentials out of text bound for a log, an error or the UI: one place for every redaction.

Used by the log filter the CLI installs, by the model client's error reasons and by the config
checks. Redacts URL user:password, secret-named query parameters, Authorization-style headers
in the forms httpx, httpcore and openai print them, bearer tokens and API-key-shaped strings.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import parse_qsl, urlsplit

REDACTED = "[redacted]"

#: Query parameter names that carry a credential (compared lowercased, with - read as _).
SECRET_QUERY_PARAMS = frozenset(
    {
        "api_key", "apikey", "key", "token", "access_token", "auth", "auth_token", "secret",
        "client_secret", "password", "passwd", "pwd", "signature", "sig", "x_api_key",
        "private_token", "refresh_token", "id_token", "x_amz_signature", "x_amz_security_token",
    }
)

_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/\s?#@'\"<>]+@")
_QUERY_SECRET = re.compile(
    r"(?i)([?&;](?:" + "|".join(sorted((p.replace("_", "[_-]?") for p in SECRET_QUERY_PARAMS), key=len, reverse=True))
    + r")=)[^&;#\s'\"<>]+"
)
_HEADER = re.compile(
    r"(?i)((?:proxy-)?authorization|x-api-key|api-key|cookie|set-cookie)"
    r"((?-i:b)?['\"]?\s*[:=,]\s*(?-i:b)?['\"]?\s*)"
    r"(?:(?:bearer|basic|token|digest)\s+)?"
    r"[^\s'\",)}\]]+"
)
_BEARER = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=\-]{6,}")
#: API-key-shaped strings, also as servers echo them masked ("sk-test-****cdef").
_KEYLIKE = re.compile(r"\b(?:sk|rk|pk|key)-[A-Za-z0-9_\-\*]{6,}")


def redact(text: str) -> str:
    """`text` with every credential pattern replaced by [redacted]."""
    if not text:
        return text
    text = _USERINFO.sub(lambda m: f"{m.group(1)}{REDACTED}@", text)
    text = _QUERY_SECRET.sub(lambda m: f"{m.group(1)}{REDACTED}", text)
    text = _HEADER.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    return _KEYLIKE.sub(REDACTED, text)


def url_credential_problem(url: str) -> str | None:
    """What credential a URL carries ("a user name and password", "a `token` query parameter"), or None."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.username or parts.password or "@" in parts.netloc:
        return "a user name or password before the host"
    for name, _value in parse_qsl(parts.query, keep_blank_values=True):
        if name.strip().lower().replace("-", "_") in SECRET_QUERY_PARAMS:
            return f"a `{name}` query parameter"
    return None


class RedactingFilter(logging.Filter):
    """A logging filter that redacts credentials in the message, its arguments and its traceback."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to the handler's own error path
            return True
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


#: Loggers whose records carry URLs and headers; the filter goes on each and on every root handler.
NOISY_LOGGERS = ("httpx", "httpcore", "httpx2", "httpcore2", "openai", "langchain", "langchain_openai", "urllib3")


def install_log_redaction() -> RedactingFilter:
    """Put one RedactingFilter on the root logger, its handlers and the HTTP client loggers.

    A filter on a logger sees only records logged on that very logger, not its children's
    (`httpcore.http11`), so the filter on every root handler is what catches propagated records.
    """
    root = logging.getLogger()
    existing = next((f for f in root.filters if isinstance(f, RedactingFilter)), None)
    shared = existing or RedactingFilter()
    for logger in (root, *(logging.getLogger(name) for name in NOISY_LOGGERS)):
        if shared not in logger.filters:
            logger.addFilter(shared)
        for handler in logger.handlers:
            if shared not in handler.filters:
                handler.addFilter(shared)
    return shared
