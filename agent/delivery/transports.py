"""Where a message goes: .eml files in the workspace outbox, or an SMTP server.

A transport either returns (the message was handed over) or raises `DeliveryError`, which says
whether the message is *definitely not sent* (safe to retry) or may have gone out (ambiguous:
a human decides, the sender never retries it on its own).
"""

from __future__ import annotations

import base64
import os
import re
import smtplib
import socket
import ssl
import tempfile
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from pydantic import SecretStr

    from agent.config import SmtpConfig


class DeliveryError(Exception):
    """A message could not be handed over. `str(error)` is a sentence a rep can act on.

    definitely_not_sent: True when the server cannot have accepted the message (refused before
        DATA, or explicitly refused the message); False when it may have gone out.
    permanent: retrying will not help (the recipient was refused).
    stop_run: the problem is with the server or the setup, not this message; the sender stops
        the run so the remaining messages keep their attempts.
    """

    def __init__(
        self,
        message: str,
        *,
        definitely_not_sent: bool,
        permanent: bool = False,
        stop_run: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.definitely_not_sent = definitely_not_sent
        self.permanent = permanent
        self.stop_run = stop_run


class Transport(Protocol):
    def send(self, message: EmailMessage) -> None: ...


# --------------------------------------------------------------------------- file


_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._@-]+")


def safe_filename_part(message_id: str) -> str:
    return _UNSAFE_NAME.sub("_", message_id.strip().strip("<>"))[:180] or "message"


class FileTransport:
    """Writes each message to `{directory}/{outbox_id:06d}-{message-id}.eml`, atomically.

    The file appears complete or not at all (a temporary file in the same folder, fsync, then
    os.replace), so a crash never leaves half a message for a human to send by hand.
    """

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)

    def path_for(self, message: EmailMessage, outbox_id: int | None = None) -> Path:
        name = safe_filename_part(str(message.get("Message-ID", "")))
        prefix = f"{outbox_id:06d}-" if outbox_id is not None else ""
        return self.directory / f"{prefix}{name}.eml"

    def send(self, message: EmailMessage, outbox_id: int | None = None) -> None:
        target = self.path_for(message, outbox_id)
        tmp_name: str | None = None
        try:
            data = message.as_bytes()
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(dir=self.directory, prefix=".", suffix=".eml.tmp")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, target)
            tmp_name = None
        except OSError as exc:
            raise DeliveryError(
                f"could not write {target}: {exc.strerror or exc}",
                definitely_not_sent=True,
                stop_run=True,
            ) from None
        finally:
            if tmp_name is not None:
                try:
                    os.unlink(tmp_name)
                except OSError:
                    pass


# --------------------------------------------------------------------------- smtp


class _TracksData:
    """Remembers whether the DATA command was started on this connection."""

    data_started = False

    def data(self, msg: Any) -> tuple[int, bytes]:
        self.data_started = True
        return super().data(msg)  # type: ignore[misc,no-any-return]


class _SMTP(_TracksData, smtplib.SMTP):
    pass


class _SMTPSSL(_TracksData, smtplib.SMTP_SSL):
    pass


def _reply_text(reply: Any) -> str:
    if isinstance(reply, bytes):
        return reply.decode("utf-8", "replace")
    return str(reply)


class SmtpTransport:
    """One SMTP connection per message: connect, STARTTLS/SSL, login, send, quit.

    The password comes from SMTP_PASSWORD (a SecretStr); it is never logged and never put in an
    error message, even when a server echoes it back.
    """

    def __init__(
        self,
        config: SmtpConfig,
        password: SecretStr | None = None,
        *,
        ssl_context: ssl.SSLContext | None = None,
        local_hostname: str | None = None,
    ) -> None:
        self.config = config
        self._password = password
        self._ssl_context = ssl_context
        self.local_hostname = local_hostname

    @property
    def where(self) -> str:
        return f"{self.config.host}:{self.config.port}"

    def _context(self) -> ssl.SSLContext:
        return self._ssl_context or ssl.create_default_context()

    def _redact(self, text: str) -> str:
        secret = self._password.get_secret_value() if self._password is not None else ""
        if not secret:
            return text
        user = self.config.username or ""
        forms = {
            secret,
            base64.b64encode(secret.encode()).decode(),
            base64.b64encode(f"\0{user}\0{secret}".encode()).decode(),
        }
        for form in sorted(forms, key=len, reverse=True):
            text = text.replace(form, "***")
        return text

    def _error(self, text: str, **kw: Any) -> DeliveryError:
        return DeliveryError(self._redact(text), **kw)

    def send(self, message: EmailMessage) -> None:
        cfg = self.config
        smtp: _SMTP | _SMTPSSL | None = None
        phase = "connect"
        try:
            if cfg.security == "ssl":
                smtp = _SMTPSSL(
                    cfg.host,
                    cfg.port,
                    local_hostname=self.local_hostname,
                    timeout=cfg.timeout_s,
                    context=self._context(),
                )
            else:
                smtp = _SMTP(cfg.host, cfg.port, local_hostname=self.local_hostname, timeout=cfg.timeout_s)
            if cfg.security == "starttls":
                phase = "starttls"
                smtp.ehlo()
                smtp.starttls(context=self._context())
                smtp.ehlo()
            if cfg.username:
                phase = "login"
                password = self._password.get_secret_value() if self._password is not None else ""
                if not password:
                    raise self._error(
                        f"the SMTP server {self.where} needs a password for {cfg.username}: set SMTP_PASSWORD",
                        definitely_not_sent=True,
                        stop_run=True,
                    )
                smtp.login(cfg.username, password)
            phase = "send"
            smtp.send_message(message)
        except DeliveryError:
            self._close(smtp)
            raise
        except Exception as exc:
            self._close(smtp)
            raise self._classify(exc, phase, smtp) from None
        else:
            try:  # the server took the message at "250"; a failing QUIT changes nothing
                smtp.quit()
            except Exception:
                self._close(smtp)

    @staticmethod
    def _close(smtp: smtplib.SMTP | None) -> None:
        if smtp is not None:
            try:
                smtp.close()
            except Exception:
                pass

    def _classify(self, exc: Exception, phase: str, smtp: Any) -> DeliveryError:
        where = self.where
        data_started = bool(getattr(smtp, "data_started", False))

        if isinstance(exc, smtplib.SMTPRecipientsRefused):
            refused = exc.recipients or {}
            codes = [code for code, _ in refused.values()]
            permanent = bool(codes) and all(code >= 500 for code in codes)
            said = "; ".join(f"{addr}: {code} {_reply_text(reply)}" for addr, (code, reply) in refused.items())
            return self._error(
                f"the server refused the recipient ({said})",
                definitely_not_sent=True,
                permanent=permanent,
            )
        if isinstance(exc, smtplib.SMTPSenderRefused):
            return self._error(
                f"the server refused the sender {exc.sender}: {exc.smtp_code} {_reply_text(exc.smtp_error)}",
                definitely_not_sent=True,
                stop_run=True,
            )
        if isinstance(exc, smtplib.SMTPDataError):
            # An explicit reply code to DATA or to the end of the message: the server said no,
            # so it did not take responsibility for the message. 5xx will not change on retry.
            return self._error(
                f"the server refused the message: {exc.smtp_code} {_reply_text(exc.smtp_error)}",
                definitely_not_sent=True,
                permanent=exc.smtp_code >= 500,
            )
        if isinstance(exc, smtplib.SMTPAuthenticationError):
            return self._error(
                f"the SMTP server {where} refused the login for {self.config.username}: "
                f"{exc.smtp_code} {_reply_text(exc.smtp_error)}. Check [smtp].username and SMTP_PASSWORD.",
                definitely_not_sent=True,
                stop_run=True,
            )
        if isinstance(exc, smtplib.SMTPNotSupportedError):
            hint = " Set [smtp].security to match the server." if phase == "starttls" else ""
            return self._error(
                f"the SMTP server {where} does not support what we asked for ({phase}): {exc}.{hint}",
                definitely_not_sent=True,
                stop_run=True,
            )
        if data_started:
            # The connection broke or timed out after the message started to go out: the server
            # may or may not have accepted it.
            return self._error(
                f"the connection to {where} failed while the message was being sent ({_describe(exc)}); "
                "it may or may not have been delivered",
                definitely_not_sent=False,
                stop_run=True,
            )
        if isinstance(exc, socket.gaierror):
            return self._error(
                f"cannot find the SMTP server {self.config.host} ({exc.strerror or exc}). Check [smtp].host.",
                definitely_not_sent=True,
                stop_run=True,
            )
        if isinstance(exc, ConnectionRefusedError):
            return self._error(
                f"the SMTP server {where} refused the connection (is it running? is the port right?)",
                definitely_not_sent=True,
                stop_run=True,
            )
        if isinstance(exc, ssl.SSLCertVerificationError):
            return self._error(
                f"the TLS certificate of {where} is not trusted: {exc.verify_message or exc}",
                definitely_not_sent=True,
                stop_run=True,
            )
        if isinstance(exc, ssl.SSLError):
            return self._error(
                f"TLS with {where} failed ({_describe(exc)}). Check [smtp].security and port.",
                definitely_not_sent=True,
                stop_run=True,
            )
        if isinstance(exc, TimeoutError | socket.timeout):
            return self._error(
                f"the SMTP server {where} did not answer within {self.config.timeout_s:g}s ({phase})",
                definitely_not_sent=True,
                stop_run=True,
            )
        if isinstance(exc, smtplib.SMTPResponseException):
            return self._error(
                f"the SMTP server {where} answered {exc.smtp_code} {_reply_text(exc.smtp_error)} ({phase})",
                definitely_not_sent=True,
                stop_run=True,
            )
        if isinstance(exc, smtplib.SMTPException | OSError):
            # Before DATA nothing of the message has reached the server.
            return self._error(
                f"the SMTP conversation with {where} failed before the message was sent ({_describe(exc)})",
                definitely_not_sent=True,
                stop_run=True,
            )
        return self._error(
            f"unexpected error while sending through {where} ({_describe(exc)}); "
            "it may or may not have been delivered",
            definitely_not_sent=False,
            stop_run=True,
        )


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
