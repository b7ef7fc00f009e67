"""Reading the `[inbox]` mailbox over IMAP (imapclient), read-only: Outrider never marks, moves
or deletes a message, so the rep's mailbox looks the same after a poll.

Every failure becomes `InboxUnavailable` with advice a person can act on; the password never
appears in one.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

from signals.model import as_utc

if TYPE_CHECKING:
    from pydantic import SecretStr

    from agent.config import InboxConfig

#: Messages fetched per IMAP round trip.
FETCH_BATCH = 25


class InboxUnavailable(Exception):
    """The mailbox could not be read. The message says why and what to check."""

    def __init__(self, message: str, *, config_problem: bool = False) -> None:
        super().__init__(message)
        self.message = message
        #: A wrong password or folder: trying again will not help until someone changes something.
        self.config_problem = config_problem


@dataclass(frozen=True, slots=True)
class Fetched:
    uid: int
    raw: bytes
    size: int
    internal_date: datetime | None


def ssl_context_for(config: InboxConfig) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if config.tls_ca_file:
        try:
            context.load_verify_locations(cafile=config.tls_ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise InboxUnavailable(
                f"[inbox] tls_ca_file {config.tls_ca_file!r} could not be read as a PEM certificate ({exc})",
                config_problem=True,
            ) from None
    return context


class Mailbox:
    """One IMAP session on the configured folder: `with Mailbox(config, password) as box: ...`."""

    def __init__(self, config: InboxConfig, password: SecretStr | None, *, ssl_context: ssl.SSLContext | None = None) -> None:
        self.config = config
        self.password = password
        self.ssl_context = ssl_context
        self.client: IMAPClient | None = None
        self.where = f"{config.host}:{config.effective_port}"

    @property
    def key(self) -> str:
        """What a UID is relative to: the account and folder."""
        return f"{self.config.username}@{self.config.host}/{self.config.folder}"

    # -- connecting -------------------------------------------------------------------------

    def __enter__(self) -> Mailbox:
        if self.password is None or not self.password.get_secret_value():
            raise InboxUnavailable(
                f"no password for the inbox {self.where}: set the IMAP_PASSWORD environment variable",
                config_problem=True,
            )
        self.client = self._connect()
        return self

    def __exit__(self, *exc: object) -> None:
        client, self.client = self.client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:  # the server may already be gone; nothing to save
            try:
                client.shutdown()
            except Exception:
                pass

    def _connect(self) -> IMAPClient:
        return _connect_with_retry(self)

    def _open(self) -> IMAPClient:
        config = self.config
        context = self.ssl_context or (ssl_context_for(config) if config.security != "none" else None)
        try:
            client = IMAPClient(
                config.host,
                port=config.effective_port,
                ssl=config.security == "ssl",
                ssl_context=context if config.security == "ssl" else None,
                timeout=config.timeout_s,
            )
        except ssl.SSLCertVerificationError as exc:
            raise InboxUnavailable(
                f"the inbox server {self.where} sent a certificate that is not trusted ({exc.verify_message}); "
                "set [inbox] tls_ca_file for a server with its own certificate",
                config_problem=True,
            ) from None
        except (TimeoutError, socket.timeout):
            raise _Transient(f"the inbox server {self.where} did not answer within {config.timeout_s:g}s") from None
        except ssl.SSLError as exc:
            raise InboxUnavailable(
                f"TLS with the inbox server {self.where} failed ({exc.reason or exc}); is [inbox] security right "
                "(ssl on 993, starttls on 143)?",
                config_problem=True,
            ) from None
        except OSError as exc:
            raise _Transient(f"could not connect to the inbox server {self.where}: {exc.strerror or exc}") from None
        client.normalise_times = False
        try:
            if config.security == "starttls":
                client.starttls(context)
            client.login(config.username, self.password.get_secret_value() if self.password else "")
        except LoginError:
            _quiet_close(client)
            raise InboxUnavailable(
                f"the inbox server {self.where} refused the login; check [inbox] username and IMAP_PASSWORD",
                config_problem=True,
            ) from None
        except ssl.SSLCertVerificationError as exc:
            _quiet_close(client)
            raise InboxUnavailable(
                f"the inbox server {self.where} sent a certificate that is not trusted ({exc.verify_message}); "
                "set [inbox] tls_ca_file for a server with its own certificate",
                config_problem=True,
            ) from None
        except (IMAPClientError, OSError, ssl.SSLError) as exc:
            _quiet_close(client)
            raise InboxUnavailable(f"the inbox server {self.where} failed during login: {_short(exc)}") from None
        return client

    # -- reading ----------------------------------------------------------------------------

    def _call(self, what: str, func: Any, *args: Any, **kw: Any) -> Any:
        try:
            return func(*args, **kw)
        except (IMAPClientError, OSError, ssl.SSLError) as exc:
            raise InboxUnavailable(f"the inbox server {self.where} failed to {what}: {_short(exc)}") from None

    def select(self) -> int:
        """Open the folder read-only; returns its UIDVALIDITY."""
        assert self.client is not None
        folder = self.config.folder
        try:
            info = self.client.select_folder(folder, readonly=True)
        except IMAPClientError as exc:
            raise InboxUnavailable(
                f"the folder {folder!r} could not be opened on {self.where} ({_short(exc)}); check [inbox] folder",
                config_problem=True,
            ) from None
        except (OSError, ssl.SSLError) as exc:
            raise InboxUnavailable(f"the inbox server {self.where} failed to open {folder!r}: {_short(exc)}") from None
        validity = info.get(b"UIDVALIDITY")
        if not isinstance(validity, int):
            raise InboxUnavailable(f"the inbox server {self.where} gave no UIDVALIDITY for {folder!r}")
        return validity

    def uids_after(self, last_uid: int, *, since: date | None = None) -> list[int]:
        """UIDs above `last_uid` (and, on a first poll, of messages that arrived since `since`)."""
        assert self.client is not None
        criteria: list[Any] = ["UID", f"{last_uid + 1}:*"]
        if since is not None:
            criteria += ["SINCE", since]
        found = self._call("search the folder", self.client.search, criteria)
        # "N:*" always names the newest message, even when its UID is below N.
        return sorted(uid for uid in found if isinstance(uid, int) and uid > last_uid)

    def fetch(self, uids: list[int], *, max_bytes: int) -> Iterator[Fetched]:
        """The first `max_bytes` of each message (a huge attachment is never downloaded)."""
        assert self.client is not None
        body = f"BODY.PEEK[]<0.{int(max_bytes)}>"
        for start in range(0, len(uids), FETCH_BATCH):
            batch = uids[start : start + FETCH_BATCH]
            answer = self._call("fetch messages", self.client.fetch, batch, ["RFC822.SIZE", "INTERNALDATE", body])
            for uid in batch:
                data = answer.get(uid)
                if not data:
                    continue  # expunged meanwhile
                raw = data.get(b"BODY[]<0>") or data.get(b"BODY[]") or b""
                internal = data.get(b"INTERNALDATE")
                yield Fetched(
                    uid=uid,
                    raw=bytes(raw),
                    size=int(data.get(b"RFC822.SIZE") or len(raw)),
                    internal_date=as_utc(internal) if isinstance(internal, datetime) and internal.tzinfo else None,
                )


class _Transient(InboxUnavailable):
    """Worth one more try right away (the connection failed or timed out)."""


@retry(
    retry=retry_if_exception_type(_Transient),
    stop=stop_after_attempt(2),
    wait=wait_exponential(multiplier=0.5, max=2),
    reraise=True,
)
def _connect_with_retry(box: Mailbox) -> IMAPClient:
    return box._open()


def _quiet_close(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except Exception:
        pass


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if isinstance(text, bytes):  # pragma: no cover - imaplib errors carry text
        text = text.decode("utf-8", "replace")
    return text.strip()[:300]
