"""Signed links in Outrider's own mail: one-click unsubscribe (`/u/{token}`) and tracked clicks
(`/c/{token}`), both served by `outrider serve` at `[server] public_url`.

A token names an outbox row and carries an HMAC-SHA256 (key: OUTRIDER_SECRET_KEY) over that row's
id and recipient address (and, for a click, the target URL). The server recomputes it from the
row it loads, so no token can be made up or moved to another row, and the address never appears
in a URL. A click token carries its target URL (base64url) because the HMAC covers it: the
redirect can only ever go where our own message pointed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass
from typing import TYPE_CHECKING

from agent.config import ConfigError
from signals.text.links import TRAILING_PUNCT, URL_RE, normalise_link

if TYPE_CHECKING:
    from agent.workspace import Workspace

#: 128 bits of HMAC: unguessable, and short enough for a tidy URL.
SIGNATURE_BYTES = 16
MIN_SECRET_CHARS = 16
MAX_TRACKED_URL_CHARS = 2000


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signature(secret: str, purpose: str, *parts: str) -> str:
    # One derived key per purpose: an unsubscribe signature is never a valid click signature.
    key = hmac.new(secret.encode("utf-8"), b"outrider-link:" + purpose.encode("ascii"), hashlib.sha256).digest()
    message = "\x00".join(parts).encode("utf-8")
    return _b64(hmac.new(key, message, hashlib.sha256).digest()[:SIGNATURE_BYTES])


def _address(email: str) -> str:
    return (email or "").strip().lower()


def unsubscribe_token(secret: str, *, outbox_id: int, email: str) -> str:
    return f"{int(outbox_id)}.{_signature(secret, 'unsubscribe', str(int(outbox_id)), _address(email))}"


def click_token(secret: str, *, outbox_id: int, email: str, url: str) -> str:
    encoded = _b64(url.encode("utf-8"))
    return f"{int(outbox_id)}.{encoded}.{_signature(secret, 'click', str(int(outbox_id)), _address(email), url)}"


def outbox_id_of(token: str) -> int | None:
    """The outbox row a token names (not yet verified), or None when it has no such shape."""
    head, dot, _rest = (token or "").partition(".")
    if not dot or not head.isdigit() or len(head) > 18:
        return None
    return int(head)


def verify_unsubscribe(secret: str, token: str, *, email: str) -> bool:
    outbox_id = outbox_id_of(token)
    if outbox_id is None:
        return False
    return hmac.compare_digest(token, unsubscribe_token(secret, outbox_id=outbox_id, email=email))


def verify_click(secret: str, token: str, *, email: str) -> str | None:
    """The URL a genuine click token points to, or None."""
    outbox_id = outbox_id_of(token)
    parts = (token or "").split(".")
    if outbox_id is None or len(parts) != 3:
        return None
    try:
        url = _unb64(parts[1]).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    expected = click_token(secret, outbox_id=outbox_id, email=email, url=url)
    if not hmac.compare_digest(token, expected) or not url.startswith(("https://", "http://")):
        return None
    return url


# --------------------------------------------------------------------------- configuration


def link_secret(ws: Workspace) -> str | None:
    """The signing key when `[server] public_url` is set, None when links are off.

    Raises ConfigError when public_url is set without a usable OUTRIDER_SECRET_KEY: every link we
    sent would be forgeable or unverifiable, so neither the server nor the sender may start.
    """
    if not ws.config.server.public_url:
        if ws.config.tracking.clicks:
            raise ConfigError(
                "[tracking] clicks = true needs [server] public_url (the address of `outrider serve` "
                "that tracked links point to); set it, or turn click tracking off"
            )
        return None
    secret = ws.settings.secret_key.get_secret_value().strip() if ws.settings.secret_key else ""
    if not secret:
        raise ConfigError(
            "[server] public_url is set, so unsubscribe and click links must be signed: set the "
            "OUTRIDER_SECRET_KEY environment variable to a long random value "
            "(python3 -c 'import secrets; print(secrets.token_urlsafe(32))'), and keep it: "
            "links in mail already sent stop working when it changes"
        )
    if len(secret) < MIN_SECRET_CHARS:
        raise ConfigError(
            f"OUTRIDER_SECRET_KEY is {len(secret)} characters; use at least {MIN_SECRET_CHARS} random "
            "characters (python3 -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
    return secret


# --------------------------------------------------------------------------- one message's links


@dataclass(frozen=True)
class MessageLinks:
    """The signed links of one outbox row's message."""

    public_url: str
    secret: str
    outbox_id: int
    email: str
    #: Normalised allowed content assets whose links are wrapped for click tracking (empty: off).
    tracked: frozenset[str] = frozenset()

    @property
    def unsubscribe_url(self) -> str:
        return f"{self.public_url}/u/{unsubscribe_token(self.secret, outbox_id=self.outbox_id, email=self.email)}"

    def click_url(self, url: str) -> str:
        return f"{self.public_url}/c/{click_token(self.secret, outbox_id=self.outbox_id, email=self.email, url=url)}"

    def track_clicks(self, body: str) -> str:
        """`body` with each link to an allowed content asset replaced by its tracked link."""
        if not self.tracked:
            return body
        out: list[str] = []
        last = 0
        for match in URL_RE.finditer(body):
            link = match.group(0).rstrip(TRAILING_PUNCT)
            if not link or normalise_link(link) not in self.tracked:
                continue
            target = link if link.lower().startswith(("https://", "http://")) else "https://" + link
            if len(target) > MAX_TRACKED_URL_CHARS:
                continue
            start = match.start()
            out.append(body[last:start])
            out.append(self.click_url(target))
            last = start + len(link)
        out.append(body[last:])
        return "".join(out)


def message_links(ws: Workspace, *, outbox_id: int, to_email: str) -> MessageLinks | None:
    """The links for one outbox row's message, or None when `[server] public_url` is not set."""
    secret = link_secret(ws)
    if secret is None or ws.config.server.public_url is None:
        return None
    tracked: frozenset[str] = frozenset()
    if ws.config.tracking.clicks:
        tracked = frozenset(
            normalise_link(u) for u in ws.config.guardrails.allowed_urls if u.strip() and not u.strip().lower().startswith("mailto:")
        )
    return MessageLinks(
        public_url=ws.config.server.public_url, secret=secret, outbox_id=outbox_id, email=_address(to_email), tracked=tracked
    )
