"""Sign-in in a real browser: `outrider ui` with [auth] in a subprocess, oidc-provider-mock on
loopback as the identity provider, headless Chromium through Streamlit's own OIDC login (st.login).

A viewer signs in and cannot approve; a rep signs in and approves, recorded under the signed-in
address. Needs /usr/bin/chromium like tests/e2e/test_browser.py.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import werkzeug.serving
from oidc_provider_mock import app as oidc_app

from agent.services import queue as queue_service
from tests.conftest import make_workspace
from tests.e2e.test_browser import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    ROOT,
    free_port,
    require_chromium,
    seed_pending_draft,
    wait_healthy,
)

pytestmark = pytest.mark.browser


@contextmanager
def identity_provider() -> Iterator[str]:
    """oidc-provider-mock on 127.0.0.1; yields its discovery URL. Any client id/secret is accepted."""
    server = werkzeug.serving.make_server("127.0.0.1", 0, oidc_app(), threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/.well-known/openid-configuration"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def auth_toml(metadata_url: str) -> str:
    return f"""
[auth]
provider = "Test IdP"
server_metadata_url = "{metadata_url}"
client_id = "outrider-review"

[auth.roles]
"rep@example.com" = "rep"
"viewer@example.com" = "viewer"
"""


def sign_in(page, base: str, email: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.goto(base, wait_until="domcontentloaded")
    page.get_by_role("button", name="Sign in with Test IdP").click()
    expect(page.get_by_role("heading", name="Authorize Client")).to_be_visible()
    page.locator("input[name=sub]").fill(email)
    page.get_by_role("button", name="Authorize", exact=True).click()
    expect(page.get_by_test_id("stSidebar")).to_contain_text(f"Signed in as {email}")


def test_viewer_cannot_approve_and_rep_can(tmp_path: Path) -> None:
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    expect.set_options(timeout=30_000)  # the first page of a cold server on a busy 2-core machine
    db_url = f"sqlite:///{tmp_path / 'ws' / 'outrider.db'}"
    with identity_provider() as metadata_url:
        ws = make_workspace(tmp_path / "ws", db_url, extra_toml=auth_toml(metadata_url))
        draft_id = seed_pending_draft(ws)
        port = free_port()
        env = {
            **os.environ,
            "DATABASE_URL": db_url,
            "OIDC_CLIENT_SECRET": "test-client-secret",
            "OUTRIDER_SECRET_KEY": "a-test-key-of-32-characters-long",
            "OUTRIDER_REVIEWER": "vp-sales@example.com",  # must be ignored: the reviewer is who signed in
            "PYTHONPATH": str(ROOT),
        }
        env.pop("OUTRIDER_WORKSPACE", None)
        log_path = tmp_path / "ui.log"
        with log_path.open("wb") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "agent.cli", "-w", str(ws.path), "ui", "--port", str(port)],
                env=env, stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path,
            )
            try:
                base = f"http://127.0.0.1:{port}"
                wait_healthy(base, proc, log_path)
                with sync_playwright() as p:
                    browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                    try:
                        page = browser.new_page(viewport={"width": 1440, "height": 1600})
                        page.set_default_timeout(30_000)

                        page.goto(base, wait_until="domcontentloaded")
                        expect(page.get_by_role("button", name="Sign in with Test IdP")).to_be_visible()
                        expect(page.get_by_text("Acme Robotics")).to_have_count(0)

                        sign_in(page, base, "viewer@example.com")
                        card = page.locator(f".st-key-draft-{draft_id}")
                        expect(card).to_contain_text("Acme Robotics")
                        expect(card).to_contain_text("not act on it")
                        expect(page.locator(f".st-key-approve-{draft_id}")).to_have_count(0)
                        page.screenshot(path=str(ARTIFACTS / "signin-viewer.png"), full_page=True)

                        # Streamlit ends the session at the provider too (RP-initiated logout).
                        page.get_by_role("button", name="Sign out").click()
                        expect(page.get_by_role("heading", name="End Session")).to_be_visible()
                        page.get_by_role("button", name="End session").click()
                        expect(page.get_by_role("button", name="Sign in with Test IdP")).to_be_visible()
                        expect(page.locator(f".st-key-draft-{draft_id}")).to_have_count(0)

                        sign_in(page, base, "rep@example.com")
                        approve = page.locator(f".st-key-approve-{draft_id}").get_by_role("button", name="Approve")
                        approve.click()
                        expect(page.get_by_text(f"Approved draft {draft_id}")).to_be_visible()
                        page.screenshot(path=str(ARTIFACTS / "signin-approved.png"), full_page=True)
                    finally:
                        browser.close()
            finally:
                proc.send_signal(signal.SIGTERM)
                assert proc.wait(timeout=60) == 0, log_path.read_text(errors="replace")

        view = queue_service.get_draft(ws.db, draft_id)
        assert view.draft.status == "approved"
        assert view.draft.reviewed_by == "rep@example.com"
        assert [e.actor for e in queue_service.history(ws.db, draft_id)] == ["rep@example.com"]
        text = log_path.read_text(errors="replace")
        assert "test-client-secret" not in text and "sign-in required" in text
        ws.close()
