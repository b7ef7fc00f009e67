"""Our own mail feeds the timeline: one-click unsubscribe (RFC 8058) and tracked links, served by
the real server (uvicorn on loopback) and sent by the real sender (file transport), on SQLite and
PostgreSQL.

The links are taken from the sent .eml files, as a mail client would take them.
"""

from __future__ import annotations

import email
import re
import uuid
from collections.abc import Iterator
from datetime import timedelta
from email import policy as email_policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from agent.cli import app as cli_app
from agent.config import ConfigError, Settings
from agent.delivery import build_message, links, send_approved
from agent.services import queue
from agent.store.models import Account, Contact, Draft, EngagementEvent, Outbox, Signal, Suppression
from agent.workspace import Workspace
from signals.model import utcnow
from tests.conftest import make_workspace
from tests.integration.test_api_server import LiveServer, free_port

SECRET = "test-secret-0123456789-abcdefghij"
ASSET = "https://vendor.example/guides/lead-routing"
OTHER = "https://elsewhere.example/page"
BODY = f"Hi Zoë,\n\nOur guide ({ASSET}) covers routing. Also see {OTHER}.\n\nDana"


@pytest.fixture
def linked(tmp_path: Path, db_url: str) -> Iterator[tuple[Workspace, LiveServer]]:
    """A workspace whose mail links point at a live server: public_url, secret, click tracking."""
    port = free_port()
    path = tmp_path / "ws"
    make_workspace(path, db_url, extra_toml=f'[server]\npublic_url = "http://127.0.0.1:{port}"\n\n[tracking]\nclicks = true\n').close()
    config = path / "outrider.toml"
    config.write_text(config.read_text(encoding="utf-8").replace("allowed_urls = []", f'allowed_urls = ["{ASSET}"]', 1),
                      encoding="utf-8")
    ws = Workspace.open(path, settings=Settings(DATABASE_URL=db_url, OUTRIDER_SECRET_KEY=SECRET))  # type: ignore[call-arg]
    assert ws.config.guardrails.allowed_urls == [ASSET]
    server = LiveServer(ws, port=port)
    yield ws, server
    server.close()
    ws.close()


def add_contact(ws: Workspace, address: str = "zoe@acme.io") -> tuple[int, int]:
    with ws.db.session() as session:
        account = Account(name="Acme", domain=address.rpartition("@")[2], industry="Software", employees=200, country="US")
        session.add(account)
        session.flush()
        contact = Contact(first_name="Zoë", last_name="Doe", email=address, title="VP Sales", company="Acme", account_id=account.id)
        session.add(contact)
        session.commit()
        return int(account.id), int(contact.id)  # type: ignore[arg-type]


def approved_draft(ws: Workspace, account_id: int, contact_id: int, body: str = BODY) -> int:
    tag = uuid.uuid4().hex[:10]
    with ws.db.session() as session:
        signal = Signal(kind="funding", source="test", dedup_key=tag, ref=f"https://news.example/{tag}",
                        occurred_at=utcnow() - timedelta(days=1), title="Acme raises a Series B", account_id=account_id,
                        status="drafted")
        session.add(signal)
        session.flush()
        draft = Draft(signal_id=signal.id, account_id=account_id, contact_id=contact_id, subject="Congrats on the round",
                      body=body, priority=50.0)
        session.add(draft)
        session.commit()
        draft_id = int(draft.id)  # type: ignore[arg-type]
    # A made-up draft about delivery, not drafting: approved with a recorded override.
    queue.approve(ws, draft_id=draft_id, reviewer="rep@vendor.example", override_reason="delivery test")
    return draft_id


def sent_messages(ws: Workspace) -> list[EmailMessage]:
    return [
        email.message_from_bytes(p.read_bytes(), policy=email_policy.default)  # type: ignore[misc]
        for p in sorted(ws.outbox_dir.glob("*.eml"))
    ]


def one_click_url(message: EmailMessage) -> str:
    uris = re.findall(r"<([^>]+)>", str(message["List-Unsubscribe"]))
    (https,) = [u for u in uris if u.startswith("http")]
    assert any(u.startswith("mailto:") for u in uris)
    return https


def outbox_state(ws: Workspace, draft_id: int) -> str:
    with ws.db.session() as session:
        return session.exec(select(Outbox.state).where(Outbox.draft_id == draft_id)).one()


def engagement(ws: Workspace) -> list[EngagementEvent]:
    with ws.db.session() as session:
        return list(session.exec(select(EngagementEvent)).all())


def test_one_click_unsubscribe_through_the_server_stops_the_next_send(
    linked: tuple[Workspace, LiveServer], monkeypatch: pytest.MonkeyPatch, db_url: str
) -> None:
    ws, server = linked
    account_id, contact_id = add_contact(ws)
    first = approved_draft(ws, account_id, contact_id)
    assert send_approved(ws).sent == 1
    (message,) = sent_messages(ws)
    url = one_click_url(message)
    assert url.startswith(f"{server.base}/u/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    body = str(message.get_content())
    assert f"visit {url} to opt out" in body
    assert "zoe" not in url.lower() and "acme" not in url.lower()  # the address is not in the link

    # Approved, not yet sent, when the recipient unsubscribes.
    second = approved_draft(ws, account_id, contact_id, body="Hi Zoë,\n\nOne more thought.\n\nDana")
    path = url.removeprefix(server.base)

    page = server.client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "zoe@acme.io" in page.text and 'name="List-Unsubscribe" value="One-Click"' in page.text
    with ws.db.session() as session:
        assert session.exec(select(Suppression)).all() == []  # looking is not unsubscribing

    assert server.client.post(path, data={}).status_code == 400
    done = server.client.post(path, data={"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200 and "unsubscribed" in done.text
    with ws.db.session() as session:
        (suppression,) = session.exec(select(Suppression)).all()
    assert suppression.value == "zoe@acme.io" and "unsubscribed" in suppression.reason
    (event,) = engagement(ws)
    assert (event.type, event.origin, event.email, event.contact_id) == ("unsubscribe", "unsubscribe", "zoe@acme.io", contact_id)

    # A mail client's one-click POST is multipart sometimes; a repeat is harmless.
    again = server.client.post(path, files={"List-Unsubscribe": (None, "One-Click")})
    assert again.status_code == 200 and len(engagement(ws)) == 1

    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("OUTRIDER_SECRET_KEY", SECRET)
    result = CliRunner().invoke(cli_app, ["-w", str(ws.path), "send"])
    assert result.exit_code == 0, result.output
    # The unsubscribe itself cancelled the approved message (the nurture engine's personal exit:
    # nothing more goes to this person), so the next send has nothing to send to them; had it not,
    # the sender's suppression check would have stopped it.
    assert "sent 0" in result.stdout
    assert outbox_state(ws, second) in ("cancelled", "suppressed") and outbox_state(ws, first) == "sent"
    assert len(sent_messages(ws)) == 1


def test_tampered_or_foreign_unsubscribe_tokens_are_404_never_500(linked: tuple[Workspace, LiveServer]) -> None:
    ws, server = linked
    account_id, contact_id = add_contact(ws)
    approved_draft(ws, account_id, contact_id)
    send_approved(ws)
    path = one_click_url(sent_messages(ws)[0]).removeprefix(server.base)
    outbox_id, signature = path.removeprefix("/u/").split(".")
    forged = [
        f"/u/{outbox_id}.{signature[:-1]}{'A' if signature[-1] != 'A' else 'B'}",
        f"/u/{int(outbox_id) + 1}.{signature}",
        f"/u/{outbox_id}",
        f"/u/{outbox_id}.{links.unsubscribe_token('another-secret-entirely', outbox_id=int(outbox_id), email='zoe@acme.io').split('.')[1]}",
        "/u/99999999999999999999999.x",
        "/u/..",
        "/u/%00%ff",
    ]
    for bad in forged:
        assert server.client.get(bad).status_code == 404, bad
        assert server.client.post(bad, data={"List-Unsubscribe": "One-Click"}).status_code == 404, bad
    with ws.db.session() as session:
        assert session.exec(select(Suppression)).all() == []
    assert engagement(ws) == []


def test_a_tracked_link_redirects_and_records_a_click(linked: tuple[Workspace, LiveServer]) -> None:
    ws, server = linked
    account_id, contact_id = add_contact(ws)
    approved_draft(ws, account_id, contact_id)
    send_approved(ws)
    body = str(sent_messages(ws)[0].get_content())
    tracked = re.findall(re.escape(server.base) + r"/c/[A-Za-z0-9_.\-]+", body)
    assert len(tracked) == 1 and ASSET not in body
    assert OTHER in body  # not a content asset: left as written

    response = server.client.get(tracked[0].removeprefix(server.base))
    assert response.status_code == 302 and response.headers["location"] == ASSET
    (click,) = engagement(ws)
    assert (click.type, click.origin, click.url, click.contact_id, click.applied) == ("email_click", "click", ASSET, contact_id, True)
    with ws.db.session() as session:
        assert session.get(Contact, contact_id).score > 0  # type: ignore[union-attr]

    token = tracked[0].rsplit("/", 1)[1]
    outbox_id, encoded, signature = token.split(".")
    evil = links._b64(b"https://evil.example/phish")
    for bad in (f"{outbox_id}.{evil}.{signature}", f"{outbox_id}.{encoded}.{signature[::-1]}", f"{outbox_id}.{encoded}"):
        assert server.client.get(f"/c/{bad}").status_code == 404
    assert len(engagement(ws)) == 1


# --------------------------------------------------------------------------- configuration


def test_public_url_without_a_secret_stops_send_before_any_row_is_touched(tmp_path: Path, db_url: str) -> None:
    ws = make_workspace(tmp_path / "ws", db_url, extra_toml='[server]\npublic_url = "https://go.vendor.example"\n')
    try:
        account_id, contact_id = add_contact(ws)
        draft_id = approved_draft(ws, account_id, contact_id)
        with pytest.raises(ConfigError, match="OUTRIDER_SECRET_KEY"):
            send_approved(ws)
        assert outbox_state(ws, draft_id) == "queued"
        ws.settings = ws.settings.model_copy(update={"secret_key": Settings(OUTRIDER_SECRET_KEY="short").secret_key})  # type: ignore[call-arg]
        with pytest.raises(ConfigError, match="at least 16"):
            send_approved(ws)
        assert outbox_state(ws, draft_id) == "queued"
    finally:
        ws.close()


def test_click_tracking_without_public_url_is_a_clear_error(tmp_path: Path, db_url: str) -> None:
    ws = make_workspace(tmp_path / "ws", db_url, extra_toml="[tracking]\nclicks = true\n")
    try:
        with pytest.raises(ConfigError, match=r"\[server\] public_url"):
            send_approved(ws)
    finally:
        ws.close()


def test_message_links_without_a_server_are_unchanged() -> None:
    """No public_url: the headers are exactly what they were (mailto, plus a configured https page)."""
    from agent.config import SenderConfig

    sender = SenderConfig.model_validate({"from": "Dana <dana@vendor.example>", "unsubscribe_url": "https://vendor.example/prefs"})
    draft = Draft(id=1, signal_id=1, account_id=1, subject="Hi", body=BODY)
    contact = Contact(first_name="Zoë", email="zoe@acme.io")
    plain = build_message(draft=draft, contact=contact, sender=sender, message_id="<m@vendor.example>")
    assert plain["List-Unsubscribe"] == "<mailto:dana@vendor.example?subject=unsubscribe>, <https://vendor.example/prefs>"
    assert ASSET in plain.get_content()

    own = links.MessageLinks(public_url="https://go.vendor.example", secret=SECRET, outbox_id=7, email="zoe@acme.io",
                             tracked=frozenset({"vendor.example/guides/lead-routing"}))
    linked_message = build_message(draft=draft, contact=contact, sender=sender, message_id="<m@vendor.example>", links=own)
    # Our one-click link wins over the configured preference page: only it unsubscribes on POST.
    assert linked_message["List-Unsubscribe"] == f"<mailto:dana@vendor.example?subject=unsubscribe>, <{own.unsubscribe_url}>"
    assert linked_message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    text = linked_message.get_content()
    assert own.click_url(ASSET) in text and f"({ASSET})" not in text and OTHER in text
    assert links.verify_unsubscribe(SECRET, own.unsubscribe_url.rsplit("/", 1)[1], email="ZOE@acme.io ")
    assert not links.verify_unsubscribe(SECRET, own.unsubscribe_url.rsplit("/", 1)[1], email="zoe@acme.com")
    assert links.verify_click(SECRET, own.click_url(ASSET).rsplit("/", 1)[1], email="zoe@acme.io") == ASSET
    assert links.verify_click(SECRET, own.click_url(ASSET).rsplit("/", 1)[1], email="ann@acme.io") is None
