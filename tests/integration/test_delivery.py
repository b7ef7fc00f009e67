"""Delivery end to end: approve through the queue, send through a real SMTP server on loopback.

Every workspace test runs on SQLite and on PostgreSQL (the `workspace` fixture). The SMTP server
is aiosmtpd on 127.0.0.1; STARTTLS uses a self-signed certificate made for the test.
"""

from __future__ import annotations

import asyncio
import email
import shutil
import socket
import ssl
import subprocess
import threading
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from email import policy as email_policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from pydantic import SecretStr
from sqlalchemy import update
from sqlmodel import col, select

from agent.config import SenderConfig, SmtpConfig
from agent.delivery import (
    DeliveryError,
    FileTransport,
    SmtpTransport,
    build_message,
    make_message_id,
    recover_stuck,
    send_approved,
)
from agent.delivery.sender import STUCK_REASON
from agent.services import delivery as service
from agent.services import queue
from agent.store.models import (
    Account,
    Contact,
    Draft,
    DraftStatus,
    Outbox,
    OutboxState,
    ReviewEvent,
    Signal,
)
from agent.workspace import Workspace
from signals.model import utcnow

REVIEWER = "rep@example.com"
UNSUB = "https://example.com/unsubscribe"


# --------------------------------------------------------------------------- SMTP server


class Recorder:
    """An aiosmtpd handler that keeps every envelope and can refuse chosen recipients."""

    def __init__(self, refuse: tuple[str, ...] = ()) -> None:
        self.refuse = {r.lower() for r in refuse}
        self.envelopes: list[Any] = []
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address.lower() in self.refuse:
            return "550 5.1.1 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        with self.lock:
            self.envelopes.append(envelope)
        return "250 2.0.0 OK: queued"

    def messages(self) -> list[EmailMessage]:
        with self.lock:
            envelopes = list(self.envelopes)
        return [
            email.message_from_bytes(e.content, policy=email_policy.default)  # type: ignore[misc]
            for e in envelopes
        ]

    def recipients(self) -> list[str]:
        with self.lock:
            return [rcpt.lower() for e in self.envelopes for rcpt in e.rcpt_tos]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def smtp_server(handler: Recorder, port: int | None = None, **smtp_kw: Any) -> Iterator[Controller]:
    controller = Controller(
        handler, hostname="127.0.0.1", port=port or free_port(), server_hostname="localhost", **smtp_kw
    )
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()


@pytest.fixture
def server() -> Iterator[tuple[Recorder, Controller]]:
    handler = Recorder(refuse=("nobody@acme.io",))
    with smtp_server(handler) as controller:
        yield handler, controller


@pytest.fixture(scope="module")
def tls_cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1/localhost: (cert.pem, key.pem)."""
    directory = tmp_path_factory.mktemp("tls")
    cert, key = directory / "cert.pem", directory / "key.pem"
    try:
        _make_cert_with_cryptography(cert, key)
    except ImportError:
        if shutil.which("openssl") is None:
            pytest.skip("neither the cryptography package nor the openssl command is available")
        subprocess.run(
            [
                "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
    return cert, key


def _make_cert_with_cryptography(cert: Path, key: Path) -> None:
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = utcnow()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(private, hashes.SHA256())
    )
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )


# --------------------------------------------------------------------------- fixture data


def configure(
    ws: Workspace,
    *,
    port: int | None = None,
    transport: str = "smtp",
    unsubscribe_url: str | None = UNSUB,
    max_attempts: int = 3,
) -> None:
    """Point the workspace at the loopback server (outrider.toml already has [sender]/[smtp])."""
    ws.config.sender = SenderConfig.model_validate(
        {
            "from": "Dana Rep <dana@example.com>",
            "transport": transport,
            "company": "Example Co",
            "unsubscribe_url": unsubscribe_url,
            "postal_address": "1 Example Street, Springfield",
            "reply_to": "replies@example.com",
        }
    )
    ws.config.smtp = SmtpConfig(host="127.0.0.1", port=port or 25, security="none", timeout_s=10)
    ws.config.delivery.max_attempts = max_attempts


def add_draft(
    ws: Workspace,
    email_address: str,
    *,
    first: str = "Zoë",
    last: str = "Doe",
    subject: str = "Congrats on the Series B",
    body: str = "Hi Zoë,\n\nSaw the Series B news. Worth a short call?\n\nDana",
    approve: bool = True,
) -> int:
    """Account + contact + signal + pending draft, approved through the real queue."""
    tag = uuid.uuid4().hex[:10]
    with ws.db.session() as session:
        account = Account(name=f"Acme {tag}", industry="Software", employees=200, country="US")
        session.add(account)
        session.flush()
        contact = Contact(
            first_name=first,
            last_name=last,
            email=email_address,
            title="VP Sales",
            company=account.name,
            account_id=account.id,
        )
        signal = Signal(
            kind="funding",
            source="test",
            dedup_key=tag,
            ref=f"https://news.example.com/{tag}",
            occurred_at=utcnow() - timedelta(days=1),
            title=f"{account.name} raises a Series B",
            account_id=account.id,
            status="drafted",
        )
        session.add(contact)
        session.add(signal)
        session.flush()
        draft = Draft(
            signal_id=signal.id,
            account_id=account.id,
            contact_id=contact.id,
            subject=subject,
            body=body,
            priority=50.0,
        )
        session.add(draft)
        session.commit()
        draft_id = int(draft.id)  # type: ignore[arg-type]
    if approve:
        # A synthetic draft (no evidence, any greeting): delivery is under test here, not drafting.
        queue.approve(ws, draft_id=draft_id, reviewer=REVIEWER, override_reason="delivery test draft")
    return draft_id


def outbox_row(ws: Workspace, draft_id: int) -> Outbox:
    with ws.db.session() as session:
        row = session.exec(select(Outbox).where(Outbox.draft_id == draft_id)).one()
    return row


def draft_status(ws: Workspace, draft_id: int) -> str:
    with ws.db.session() as session:
        draft = session.get(Draft, draft_id)
        assert draft is not None
        return draft.status


def events(ws: Workspace, draft_id: int) -> list[ReviewEvent]:
    return queue.history(ws.db, draft_id)


def text_of(message: EmailMessage) -> str:
    """The body as text with \n line ends (the wire format has CRLF)."""
    return str(message.get_content()).replace("\r\n", "\n")


def smtp_for(controller: Controller, **kw: Any) -> SmtpTransport:
    config = SmtpConfig(host="127.0.0.1", port=controller.port, security="none", timeout_s=10)
    return SmtpTransport(config, None, local_hostname="localhost", **kw)


# --------------------------------------------------------------------------- message (no database)


def test_message_headers_are_injection_safe_and_post_needs_https() -> None:
    sender = SenderConfig.model_validate({"from": "Dana Rep <dana@example.com>", "company": "Example Co"})
    draft = Draft(id=7, signal_id=1, account_id=1, subject="Hi\r\nBcc: evil@example.net", body="Hello")
    contact = Contact(first_name="Zoë\r\nX-Evil: 1", last_name="Doe", email="zoe@acme.io", company="Acme")
    mid = make_message_id(7, sender.email)
    assert mid.startswith("<outrider.7.") and mid.endswith("@example.com>")
    raw = build_message(draft=draft, contact=contact, sender=sender, message_id=mid).as_bytes()
    parsed = email.message_from_bytes(raw, policy=email_policy.default)
    assert parsed["Bcc"] is None and parsed["X-Evil"] is None
    assert parsed["Subject"] == "Hi Bcc: evil@example.net"
    assert parsed["To"].addresses[0].addr_spec == "zoe@acme.io"
    # Only a mailto: -> List-Unsubscribe without List-Unsubscribe-Post (RFC 8058 needs https).
    assert parsed["List-Unsubscribe"] == "<mailto:dana@example.com?subject=unsubscribe>"
    assert parsed["List-Unsubscribe-Post"] is None
    body = text_of(parsed)
    assert body.startswith("Hello\n\n--\nYou received this because Example Co")
    assert "Reply 'unsubscribe' to opt out." in body
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))

    long_url = "https://example.com/u/" + "x" * 120 + "?a=1,2"
    sender2 = sender.model_copy(update={"unsubscribe_url": long_url})
    parsed2 = email.message_from_bytes(
        build_message(draft=draft, contact=contact, sender=sender2, message_id=mid).as_bytes(),
        policy=email_policy.default,
    )
    # The long URI stays a URI (never an RFC 2047 encoded-word), commas escaped.
    assert parsed2["List-Unsubscribe"] == (
        "<mailto:dana@example.com?subject=unsubscribe>, <" + long_url.replace(",", "%2C") + ">"
    )
    assert parsed2["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


# --------------------------------------------------------------------------- (a) delivered once


def test_approved_draft_is_delivered_once(workspace: Workspace, server) -> None:
    handler, controller = server
    configure(workspace, port=controller.port)
    draft_id = add_draft(workspace, "zoe@acme.io", subject="Congrats on the Series B")
    assert outbox_row(workspace, draft_id).state == OutboxState.QUEUED

    lines: list[str] = []
    report = send_approved(workspace, progress=lines.append)
    assert (report.sent, report.failed, report.unknown, report.retried) == (1, 0, 0, 0)
    assert len(lines) == 1 and "sent" in lines[0]

    assert handler.recipients() == ["zoe@acme.io"]
    assert handler.envelopes[0].mail_from == "dana@example.com"
    (message,) = handler.messages()
    assert message["To"].addresses[0].addr_spec == "zoe@acme.io"
    assert message["To"].addresses[0].display_name == "Zoë Doe"
    assert message["Subject"] == "Congrats on the Series B"
    assert message["From"].addresses[0].addr_spec == "dana@example.com"
    assert message["Reply-To"].addresses[0].addr_spec == "replies@example.com"
    assert message["Date"] is not None
    assert message["List-Unsubscribe"] == f"<mailto:dana@example.com?subject=unsubscribe>, <{UNSUB}>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    body = text_of(message)
    assert "Saw the Series B news" in body
    assert "\n--\nYou received this because Example Co" in body
    assert f"Reply 'unsubscribe' or visit {UNSUB} to opt out." in body
    assert "1 Example Street, Springfield" in body

    row = outbox_row(workspace, draft_id)
    assert row.state == OutboxState.SENT and row.sent_at is not None and row.attempts == 1
    assert row.message_id == message["Message-ID"]
    assert draft_status(workspace, draft_id) == DraftStatus.SENT
    last = events(workspace, draft_id)[-1]
    assert (last.actor, last.action, last.from_status, last.to_status) == ("outrider", "sent", "approved", "sent")

    again = send_approved(workspace)
    assert again.total == 0
    assert len(handler.envelopes) == 1
    assert [r["state"] for r in service.outbox(workspace.db)] == ["sent"]


# --------------------------------------------------------------------------- (b) STARTTLS + AUTH


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_starttls_and_auth(workspace: Workspace, tls_cert, mechanism: str) -> None:
    cert, key = tls_cert
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(str(cert), str(key))
    client_ctx = ssl.create_default_context(cafile=str(cert))
    seen: list[tuple[str, bool]] = []
    password = "s3cret-Pa55"

    def authenticator(server, session, envelope, used, auth_data) -> AuthResult:  # noqa: ANN001
        assert isinstance(auth_data, LoginPassword)
        ok = auth_data.login == b"dana@example.com" and auth_data.password == password.encode()
        seen.append((used, ok))
        return AuthResult(success=ok, handled=False)

    handler = Recorder()
    exclude = ["LOGIN"] if mechanism == "PLAIN" else ["PLAIN"]
    with smtp_server(
        handler,
        tls_context=server_ctx,
        require_starttls=True,
        auth_required=True,
        auth_require_tls=True,
        authenticator=authenticator,
        auth_exclude_mechanism=exclude,
    ) as controller:
        configure(workspace, port=controller.port)
        smtp = SmtpConfig(
            host="127.0.0.1", port=controller.port, security="starttls", username="dana@example.com", timeout_s=10
        )
        draft_id = add_draft(workspace, "zoe@acme.io")
        now = utcnow()

        wrong = SmtpTransport(smtp, SecretStr("wrong-password"), ssl_context=client_ctx, local_hostname="localhost")
        report = send_approved(workspace, transport=wrong, now=now)
        assert report.retried == 1 and report.stopped
        row = outbox_row(workspace, draft_id)
        assert row.state == OutboxState.QUEUED and row.next_attempt_at is not None
        assert "refused the login" in (row.error or "") and "wrong-password" not in (row.error or "")
        assert handler.envelopes == []

        # An untrusted certificate is a setup problem: not sent, retried later.
        untrusted = SmtpTransport(smtp, SecretStr(password), local_hostname="localhost")
        report = send_approved(workspace, transport=untrusted, now=now + timedelta(hours=1))
        assert report.retried == 1 and "certificate" in (report.stopped or "")
        assert handler.envelopes == []

        workspace.config.delivery.max_attempts = 5
        good = SmtpTransport(smtp, SecretStr(password), ssl_context=client_ctx, local_hostname="localhost")
        report = send_approved(workspace, transport=good, now=now + timedelta(hours=2))
        assert report.sent == 1, report.details

    assert handler.recipients() == ["zoe@acme.io"]
    assert seen[-1] == (mechanism, True) and (mechanism, False) in seen
    assert outbox_row(workspace, draft_id).state == OutboxState.SENT
    assert draft_status(workspace, draft_id) == DraftStatus.SENT


# --------------------------------------------------------------------------- (c) refused recipient


def test_refused_recipient_fails_permanently(workspace: Workspace, server) -> None:
    handler, controller = server
    configure(workspace, port=controller.port)
    bad = add_draft(workspace, "nobody@acme.io")
    good = add_draft(workspace, "zoe@acme.io")
    now = utcnow()

    report = send_approved(workspace, now=now)
    assert (report.failed, report.sent, report.retried) == (1, 1, 0)
    row = outbox_row(workspace, bad)
    assert row.state == OutboxState.FAILED and row.attempts == 1 and row.next_attempt_at is None
    assert "550" in (row.error or "") and "no such user" in (row.error or "")
    assert draft_status(workspace, bad) == DraftStatus.SEND_FAILED
    last = events(workspace, bad)[-1]
    assert (last.actor, last.action, last.to_status) == ("outrider", "send_failed", "send_failed")
    assert "550" in (last.reason or "")

    later = send_approved(workspace, now=now + timedelta(days=1))
    assert later.total == 0
    assert outbox_row(workspace, bad).attempts == 1
    assert handler.recipients() == ["zoe@acme.io"]
    assert draft_status(workspace, good) == DraftStatus.SENT


class SlowAck(Recorder):
    """Takes the message, then answers later than the client waits: the reply is lost."""

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        await super().handle_DATA(server, session, envelope)
        await asyncio.sleep(1.5)
        return "250 OK"


def test_lost_reply_after_data_is_unknown_and_never_resent(workspace: Workspace) -> None:
    handler = SlowAck()
    with smtp_server(handler) as controller:
        configure(workspace, port=controller.port)
        workspace.config.smtp.timeout_s = 0.5
        draft_id = add_draft(workspace, "zoe@acme.io")
        second = add_draft(workspace, "max@acme.io")
        now = utcnow()
        report = send_approved(workspace, now=now)
        assert (report.unknown, report.sent, report.retried) == (1, 0, 0)
        assert report.stopped  # an ambiguous failure stops the run
        row = outbox_row(workspace, draft_id)
        assert row.state == OutboxState.UNKNOWN and "may or may not" in (row.error or "")
        assert draft_status(workspace, draft_id) == DraftStatus.SEND_UNKNOWN
        assert outbox_row(workspace, second).attempts == 0
        workspace.config.smtp.timeout_s = 10
        for hours in (1, 2):
            send_approved(workspace, now=now + timedelta(hours=hours))
    assert sorted(handler.recipients()) == ["max@acme.io", "zoe@acme.io"]
    assert outbox_row(workspace, draft_id).state == OutboxState.UNKNOWN


# --------------------------------------------------------------------------- (d) server down


def test_server_down_backs_off_then_fails(workspace: Workspace) -> None:
    port = free_port()  # nothing listens here
    configure(workspace, port=port, max_attempts=3)
    first = add_draft(workspace, "zoe@acme.io")
    second = add_draft(workspace, "max@acme.io")
    t0 = utcnow()

    report = send_approved(workspace, now=t0)
    assert report.retried == 1 and report.sent == 0
    assert "refused the connection" in (report.stopped or "")
    row = outbox_row(workspace, first)
    assert row.state == OutboxState.QUEUED and row.attempts == 1
    assert row.next_attempt_at == t0 + timedelta(minutes=2)
    assert "refused the connection" in (row.error or "")
    assert draft_status(workspace, first) == DraftStatus.APPROVED
    # The server is down: the run stopped instead of burning the next message's attempts.
    untouched = outbox_row(workspace, second)
    assert untouched.state == OutboxState.QUEUED and untouched.attempts == 0

    # Not due yet: the first row is left alone (the second is tried, and stops the run again).
    report = send_approved(workspace, now=t0 + timedelta(seconds=30))
    assert outbox_row(workspace, first).attempts == 1
    assert outbox_row(workspace, second).attempts == 1

    report = send_approved(workspace, now=t0 + timedelta(minutes=3), limit=1)
    row = outbox_row(workspace, first)
    assert row.attempts == 2 and row.state == OutboxState.QUEUED
    assert row.next_attempt_at == t0 + timedelta(minutes=3) + timedelta(minutes=4)

    report = send_approved(workspace, now=t0 + timedelta(minutes=10), limit=1)
    assert report.failed == 1
    row = outbox_row(workspace, first)
    assert row.state == OutboxState.FAILED and row.attempts == 3
    assert "gave up after 3 attempts" in (row.error or "")
    assert draft_status(workspace, first) == DraftStatus.SEND_FAILED
    assert [e.action for e in events(workspace, first)] == ["approved", "send_failed"]

    # The server comes back: the failed one stays failed (a human decides), the other goes out once.
    handler = Recorder()
    with smtp_server(handler, port=port):
        for hours in (1, 2, 3):
            send_approved(workspace, now=t0 + timedelta(hours=hours))
    assert handler.recipients() == ["max@acme.io"]
    assert outbox_row(workspace, first).state == OutboxState.FAILED
    assert draft_status(workspace, second) == DraftStatus.SENT


# --------------------------------------------------------------------------- (e) suppression


def test_suppressed_email_and_domain_are_never_sent(workspace: Workspace, server) -> None:
    handler, controller = server
    configure(workspace, port=controller.port)
    entry = service.suppress(workspace.db, value="  Blocked@Acme.io ", reason="asked us to stop")
    assert (entry.value, entry.kind) == ("blocked@acme.io", "email")
    assert service.suppress(workspace.db, value="blocked@acme.io").id == entry.id  # idempotent
    domain = service.suppress(workspace.db, value="@Spam.Example")
    assert (domain.value, domain.kind) == ("spam.example", "domain")
    assert service.is_suppressed(workspace.db, "BLOCKED@acme.io")
    assert service.is_suppressed(workspace.db, "anyone@sub.spam.example")
    assert not service.is_suppressed(workspace.db, "zoe@acme.io")
    assert not service.is_suppressed(workspace.db, "x@notspam.example")
    with pytest.raises(service.SuppressionError):
        service.suppress(workspace.db, value="not an address")

    blocked = add_draft(workspace, "blocked@acme.io")
    in_domain = add_draft(workspace, "ceo@spam.example")
    in_sub = add_draft(workspace, "cfo@eu.spam.example")
    ok = add_draft(workspace, "zoe@acme.io")

    report = send_approved(workspace)
    assert (report.suppressed, report.sent) == (3, 1)
    assert handler.recipients() == ["zoe@acme.io"]
    for draft_id in (blocked, in_domain, in_sub):
        row = outbox_row(workspace, draft_id)
        assert row.state == OutboxState.SUPPRESSED and "suppressed" in (row.error or "")
        assert draft_status(workspace, draft_id) == DraftStatus.SUPPRESSED
        assert events(workspace, draft_id)[-1].action == "suppressed"
    assert draft_status(workspace, ok) == DraftStatus.SENT

    # Lifting the suppression does not resurrect what was suppressed.
    assert service.unsuppress(workspace.db, value="blocked@acme.io") is True
    assert service.unsuppress(workspace.db, value="blocked@acme.io") is False
    assert [s.value for s in service.suppressions(workspace.db)] == ["spam.example"]
    assert send_approved(workspace, now=utcnow() + timedelta(days=1)).total == 0
    assert handler.recipients() == ["zoe@acme.io"]


# --------------------------------------------------------------------------- (f) crash mid-send


def _claim_as_crashed_sender(ws: Workspace, draft_id: int, claimed_at) -> None:  # noqa: ANN001
    with ws.db.session() as session:
        session.execute(
            update(Outbox)
            .where(col(Outbox.draft_id) == draft_id)
            .values(
                state=OutboxState.SENDING,
                claimed_at=claimed_at,
                attempts=1,
                message_id=f"<outrider.{draft_id}.crashed@example.com>",
            )
        )
        session.commit()


def test_crash_mid_send_is_never_resent_until_a_human_says(workspace: Workspace, server) -> None:
    handler, controller = server
    configure(workspace, port=controller.port)
    crashed = add_draft(workspace, "zoe@acme.io")
    in_flight = add_draft(workspace, "max@acme.io")
    now = utcnow()
    _claim_as_crashed_sender(workspace, crashed, now - timedelta(hours=1))
    _claim_as_crashed_sender(workspace, in_flight, now - timedelta(minutes=1))  # a live sender

    report = send_approved(workspace, now=now)
    assert (report.recovered, report.unknown, report.sent) == (1, 1, 0)
    assert handler.envelopes == []
    row = outbox_row(workspace, crashed)
    assert row.state == OutboxState.UNKNOWN and row.error == STUCK_REASON
    assert draft_status(workspace, crashed) == DraftStatus.SEND_UNKNOWN
    last = events(workspace, crashed)[-1]
    assert (last.actor, last.action, last.to_status, last.reason) == (
        "outrider", "send_unknown", "send_unknown", STUCK_REASON
    )
    # Still within its lease: left alone.
    assert outbox_row(workspace, in_flight).state == OutboxState.SENDING
    assert recover_stuck(workspace, now=now) == 0

    assert send_approved(workspace, now=now + timedelta(minutes=5)).sent == 0
    assert handler.envelopes == []
    assert [r["draft_id"] for r in service.outbox(workspace.db, state="unknown")] == [crashed]

    with pytest.raises(queue.QueueError):
        service.resolve_unknown(workspace.db, draft_id=crashed, reviewer=" ", outcome="resend")
    resolved = service.resolve_unknown(workspace.db, draft_id=crashed, reviewer=REVIEWER, outcome="resend")
    assert resolved["state"] == "queued" and resolved["draft_status"] == "approved"
    assert resolved["attempts"] == 0
    last = events(workspace, crashed)[-1]
    assert (last.actor, last.action, last.from_status, last.to_status) == (
        REVIEWER, "resend", "send_unknown", "approved"
    )
    with pytest.raises(queue.Conflict):  # a second reviewer clicking "resend" too
        service.resolve_unknown(workspace.db, draft_id=crashed, reviewer="other@example.com", outcome="resend")

    report = send_approved(workspace, now=now + timedelta(minutes=6))
    assert report.sent == 1
    assert send_approved(workspace, now=now + timedelta(minutes=7)).sent == 0
    assert handler.recipients() == ["zoe@acme.io"]
    assert draft_status(workspace, crashed) == DraftStatus.SENT
    # The abandoned in-flight row becomes unknown after its lease, and is not sent either.
    assert send_approved(workspace, now=now + timedelta(hours=1)).recovered == 1
    assert handler.recipients() == ["zoe@acme.io"]


def test_resolve_unknown_mark_sent_and_cancel(workspace: Workspace) -> None:
    configure(workspace, transport="file")
    was_sent = add_draft(workspace, "zoe@acme.io")
    not_wanted = add_draft(workspace, "max@acme.io")
    queued = add_draft(workspace, "kim@acme.io")
    old = utcnow() - timedelta(hours=2)
    _claim_as_crashed_sender(workspace, was_sent, old)
    _claim_as_crashed_sender(workspace, not_wanted, old)
    assert recover_stuck(workspace) == 2

    row = service.resolve_unknown(workspace.db, draft_id=was_sent, reviewer=REVIEWER, outcome="mark_sent")
    assert row["state"] == "sent" and row["draft_status"] == "sent" and row["sent_at"] is not None
    row = service.resolve_unknown(workspace.db, draft_id=not_wanted, reviewer=REVIEWER, outcome="cancel")
    assert row["state"] == "cancelled" and row["draft_status"] == "send_failed"
    assert [e.action for e in events(workspace, not_wanted)] == ["approved", "send_unknown", "cancelled"]
    # Cancel is final: nobody can resend a cancelled message (issue 8, finding 8).
    with pytest.raises(queue.Conflict):
        service.resolve_unknown(workspace.db, draft_id=not_wanted, reviewer="someone@else.example", outcome="resend")
    with pytest.raises(queue.Conflict):
        service.resolve_unknown(workspace.db, draft_id=queued, reviewer=REVIEWER, outcome="mark_sent")
    with pytest.raises(queue.Conflict):
        service.resolve_unknown(workspace.db, draft_id=was_sent, reviewer=REVIEWER, outcome="resend")
    with pytest.raises(queue.NotFound):
        service.resolve_unknown(workspace.db, draft_id=999_999, reviewer=REVIEWER, outcome="cancel")

    # Only the queued one is written; the settled ones never go out.
    report = service.send(workspace)
    assert report.sent == 1
    assert len(list(workspace.outbox_dir.glob("*.eml"))) == 1


# --------------------------------------------------------------------------- (g) file transport


def test_file_transport_writes_one_parseable_eml_per_message(workspace: Workspace) -> None:
    configure(workspace, transport="file")
    ids = [add_draft(workspace, f"person{i}@acme.io", first=f"P{i}", subject=f"Note {i}") for i in range(3)]
    report = send_approved(workspace)
    assert report.sent == 3
    assert send_approved(workspace).total == 0

    files = sorted(workspace.outbox_dir.iterdir())
    assert [p.suffix for p in files] == [".eml"] * 3  # no temporary files left behind
    for path, draft_id in zip(files, ids, strict=True):
        row = outbox_row(workspace, draft_id)
        assert path.name.startswith(f"{row.id:06d}-outrider.{draft_id}.")
        parsed = email.message_from_bytes(path.read_bytes(), policy=email_policy.default)
        assert parsed["Message-ID"] == row.message_id
        assert parsed["To"].addresses[0].addr_spec == row.to_email
        assert parsed["Subject"].startswith("Note ")
        assert parsed["List-Unsubscribe"].startswith("<mailto:dana@example.com?subject=unsubscribe>")
        assert parsed["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert "to opt out." in text_of(parsed)
        assert b"\r\n" in path.read_bytes()  # SMTP line endings


def test_file_transport_failure_is_not_sent_and_retried(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    message = EmailMessage()
    message["Message-ID"] = "<a@b>"
    message.set_content("hi")
    with pytest.raises(DeliveryError) as info:
        FileTransport(blocker / "outbox").send(message, outbox_id=1)
    assert info.value.definitely_not_sent and not info.value.permanent


# --------------------------------------------------------------------------- (h) at most once


class Chaos:
    """Wraps a real transport: some messages are lost after the server took them (ambiguous),
    some fail once before anything is sent (transient)."""

    def __init__(self, inner: SmtpTransport, *, ambiguous: set[str], transient_once: set[str]) -> None:
        self.inner = inner
        self.ambiguous = ambiguous
        self.transient_once = set(transient_once)
        self.lock = threading.Lock()

    def send(self, message: EmailMessage) -> None:
        to = message["To"].addresses[0].addr_spec
        with self.lock:
            fail_first = to in self.transient_once
            self.transient_once.discard(to)
        if fail_first:
            raise DeliveryError("451 try again later", definitely_not_sent=True)
        self.inner.send(message)
        if to in self.ambiguous:
            raise DeliveryError("connection lost after DATA", definitely_not_sent=False)


def test_each_approved_draft_is_delivered_at_most_once(workspace: Workspace, server) -> None:
    handler, controller = server
    configure(workspace, port=controller.port, max_attempts=3)
    service.suppress(workspace.db, value="blocked@acme.io")
    service.suppress(workspace.db, value="spam.example")
    plan = {
        "a@good.io": "sent",
        "b@good.io": "sent",
        "c@good.io": "sent",
        "d@good.io": "sent",
        "flaky@good.io": "sent",  # fails once (not sent), then goes out
        "lost@good.io": "unknown",  # the server took it, the reply was lost: never resent
        "nobody@acme.io": "failed",  # refused by the server
        "blocked@acme.io": "suppressed",
        "x@spam.example": "suppressed",
        "crashed@good.io": "unknown",  # a sender died mid-send
        "pending@good.io": None,  # never approved
    }
    drafts = {addr: add_draft(workspace, addr, approve=state is not None) for addr, state in plan.items()}
    now = utcnow()
    _claim_as_crashed_sender(workspace, drafts["crashed@good.io"], now - timedelta(hours=1))
    chaos = Chaos(smtp_for(controller), ambiguous={"lost@good.io"}, transient_once={"flaky@good.io"})

    # Round 1: two senders race over the same queue.
    reports = []
    barrier = threading.Barrier(2)

    def worker() -> None:
        barrier.wait()
        reports.append(send_approved(workspace, transport=chaos, now=now))

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(reports) == 2
    # Rounds 2 and 3: later, when the transient failure is due again.
    reports.append(send_approved(workspace, transport=chaos, now=now + timedelta(minutes=5)))
    reports.append(send_approved(workspace, transport=chaos, now=now + timedelta(hours=1)))

    received = Counter(handler.recipients())
    assert all(n == 1 for n in received.values()), received
    by_draft = Counter(m["Message-ID"].split(".")[1] for m in handler.messages())
    assert all(n == 1 for n in by_draft.values()), by_draft
    assert set(received) == {"a@good.io", "b@good.io", "c@good.io", "d@good.io", "flaky@good.io", "lost@good.io"}
    assert sum(r.sent for r in reports) == 5

    expected_draft = {
        "sent": DraftStatus.SENT,
        "unknown": DraftStatus.SEND_UNKNOWN,
        "failed": DraftStatus.SEND_FAILED,
        "suppressed": DraftStatus.SUPPRESSED,
    }
    for addr, state in plan.items():
        draft_id = drafts[addr]
        if state is None:
            assert draft_status(workspace, draft_id) == DraftStatus.PENDING
            continue
        row = outbox_row(workspace, draft_id)
        assert row.state == state, (addr, row.state, row.error)
        assert draft_status(workspace, draft_id) == expected_draft[state], addr
        if state == "sent":
            delivered = [m for m in handler.messages() if m["To"].addresses[0].addr_spec == addr]
            assert delivered[0]["Message-ID"] == row.message_id
    assert outbox_row(workspace, drafts["flaky@good.io"]).attempts == 2
    # Every sender-made status change is in the audit trail, signed "outrider".
    with workspace.db.session() as session:
        sender_events = session.exec(select(ReviewEvent).where(ReviewEvent.actor == "outrider")).all()
    assert len(sender_events) == len([s for s in plan.values() if s is not None])
