"""The Analytics and Audit pages in a real browser (`streamlit run` + headless Chromium): the charts
draw and the pages are screenshotted into tests/artifacts/ (analytics.png, audit.png)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.services import queue as queue_service
from tests.e2e.test_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, REVIEWER, metric, require_chromium, served_app
from tests.report_seed import seed_report_history

pytestmark = pytest.mark.browser


def test_open_analytics_and_audit_in_browser(tmp_path: Path) -> None:
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=30_000)  # the first run of a page imports pandas and Altair on a loaded machine
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with served_app(tmp_path) as (base, ws, draft_id), sync_playwright() as p:
        seed_report_history(ws.db)
        queue_service.approve(ws, draft_id=draft_id, reviewer=REVIEWER, subject="A quick question")
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 3200})  # the page scrolls inside its main area
            page.set_default_timeout(30_000)
            page.goto(f"{base}/analytics", wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Analytics")).to_be_visible()
            page.get_by_test_id("stSelectbox").filter(has_text="Period").click()
            page.get_by_role("option", name="All time").click()
            expect(metric(page, "MQLs")).to_contain_text("3")
            expect(metric(page, "Signal to sent (median)")).to_contain_text("11.0 h")
            expect(page.get_by_role("heading", name="Speed to lead")).to_be_visible()
            # Every chart is drawn by Vega (a canvas or an SVG inside each chart element).
            charts = page.get_by_test_id("stVegaLiteChart")
            expect(charts).to_have_count(6)
            expect(charts.first.locator("canvas, svg").first).to_be_visible()
            expect(page.get_by_test_id("stDownloadButton")).to_contain_text("Download CSV")
            page.screenshot(path=str(ARTIFACTS / "analytics.png"), full_page=True)

            page.goto(f"{base}/audit", wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Audit")).to_be_visible()
            expect(page.get_by_text("1 entry, newest first")).to_be_visible()
            expect(page.get_by_test_id("stDataFrame")).to_be_visible()
            page.screenshot(path=str(ARTIFACTS / "audit.png"), full_page=True)
        finally:
            browser.close()
