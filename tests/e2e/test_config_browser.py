"""Configuration in a real browser (headless Chromium against `streamlit run`): edit an account;
add a source after a test fetch of a loopback feed. Screenshots go to tests/artifacts/."""

from __future__ import annotations

import tomllib
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlmodel import select

from agent.store.models import Account
from signals.model import utcnow
from tests.conftest import LoopbackServer, Route
from tests.e2e.test_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, require_chromium, served_app

pytestmark = pytest.mark.browser


def feed() -> bytes:
    when = format_datetime(utcnow() - timedelta(hours=3))
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title><link>https://n.example/</link>"
        "<description>d</description>"
        "<item><title>Acme Robotics raises $20M Series B led by Example Ventures</title>"
        f"<link>https://n.example/1</link><guid>n-1</guid><pubDate>{when}</pubDate>"
        "<description>Acme Robotics raised $20 million.</description></item>"
        "<item><title>Helio Grid raises $25M Series A led by Sunward Capital</title>"
        f"<link>https://n.example/2</link><guid>n-2</guid><pubDate>{when}</pubDate>"
        "<description>Helio Grid raised $25 million.</description></item>"
        "</channel></rss>"
    ).encode()


def test_edit_an_account_in_browser(tmp_path: Path) -> None:
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=60_000)  # a loaded machine: waiting is not asserting a time
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with served_app(tmp_path) as (base, ws, _draft), sync_playwright() as p:
        with ws.db.session() as s:
            account_id = s.exec(select(Account.id).where(Account.domain == "acme.io")).one()
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 2200})
            page.set_default_timeout(30_000)
            page.goto(f"{base}/accounts", wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Edit an account")).to_be_visible()
            industry = page.locator(f".st-key-edit-{account_id}-industry input")
            expect(industry).to_have_value("Software")
            industry.fill("Industrial Automation")
            aliases = page.locator(f".st-key-edit-{account_id}-aliases input")
            aliases.fill("Acme; Acme Robotics Inc")
            owner = page.locator(f".st-key-edit-{account_id}-owner_email input")
            owner.fill("owner@example.com")
            page.screenshot(path=str(ARTIFACTS / "account-edit-form.png"), full_page=True)
            page.locator(f".st-key-edit-submit-{account_id}").get_by_role("button", name="Save changes").click()
            expect(page.get_by_text("Saved Acme Robotics.")).to_be_visible()
            page.screenshot(path=str(ARTIFACTS / "account-edited.png"), full_page=True)

            page.goto(f"{base}/settings", wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Settings")).to_be_visible()
            expect(page.locator(".st-key-icp-industries textarea")).to_have_value("Software\nFinancial Services")
            page.screenshot(path=str(ARTIFACTS / "settings-icp.png"), full_page=True)
        finally:
            browser.close()
        with ws.db.session() as s:
            account = s.get(Account, account_id)
            assert account is not None
            assert (account.industry, account.owner_email) == ("Industrial Automation", "owner@example.com")
            assert account.aliases == ["Acme", "Acme Robotics Inc"]


def test_add_a_source_with_a_test_fetch_in_browser(tmp_path: Path, http_server: LoopbackServer) -> None:
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=60_000)  # a loaded machine: waiting is not asserting a time
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    url = http_server.add("/wire.xml", Route(feed()))
    with served_app(tmp_path) as (base, ws, _draft), sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 2000})
            page.set_default_timeout(30_000)
            page.goto(f"{base}/sources", wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Add or edit a source")).to_be_visible()
            page.locator(".st-key-src-new-0-name input").fill("loopback-wire")
            page.locator(".st-key-src-new-0-url input").fill(url)
            page.locator(".st-key-src-new-0-test").get_by_role("button", name="Test fetch").click()
            expect(page.get_by_text("2 event(s), 1 about a watched account. Nothing was stored.")).to_be_visible()
            expect(page.get_by_test_id("stDataFrame").last).to_be_visible()
            page.screenshot(path=str(ARTIFACTS / "source-test-fetch.png"), full_page=True)
            assert "loopback-wire" not in ws.config_path.read_text()
            assert http_server.routes["/wire.xml"].hits == 1

            page.locator(".st-key-src-new-0-save").get_by_role("button", name="Save source").click()
            expect(page.get_by_text("Saved source loopback-wire")).to_be_visible()
            expect(page.locator(".st-key-enable-loopback-wire")).to_be_visible()
            page.screenshot(path=str(ARTIFACTS / "source-saved.png"), full_page=True)
        finally:
            browser.close()
        raw = tomllib.loads(ws.config_path.read_text())
        assert raw["sources"] == [{"name": "loopback-wire", "type": "funding_rss", "url": url, "every": "1h"}]
        assert ws.refresh_config() and ws.config.source("loopback-wire").url == url
