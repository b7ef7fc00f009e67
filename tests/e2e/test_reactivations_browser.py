"""The Reactivations page in a real browser (`streamlit run` + headless Chromium via Playwright):
the demo workspace after one offline cycle; a rep reads Greta's card (history, why she went quiet,
the Series A that woke her) and approves her reactivation. Screenshots go to tests/artifacts/.

Needs Debian's `chromium` at /usr/bin/chromium: skipped locally without it, FAILS when CI is set.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import func, select

from agent.config import Settings
from agent.demo import create_demo
from agent.scheduler import run_cycle
from agent.services import reactivation
from agent.store.models import Draft, Outbox
from tests.e2e.test_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, REVIEWER, ROOT, free_port, require_chromium, wait_healthy

pytestmark = pytest.mark.browser


def test_approve_a_reactivation_in_the_browser(tmp_path: Path) -> None:
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    db_url = f"sqlite:///{tmp_path / 'demo' / 'outrider.db'}"
    (tmp_path / "demo").mkdir()
    ws = create_demo(tmp_path / "demo", settings=Settings(DATABASE_URL=db_url))  # type: ignore[call-arg]
    run_cycle(ws, deliver=False)
    greta = next(i for i in reactivation.list_reactivations(ws.db) if i["email"].startswith("greta"))
    draft_id = greta["draft_id"]
    port = free_port()
    env = {
        **os.environ,
        "OUTRIDER_WORKSPACE": str(ws.path),
        "DATABASE_URL": db_url,
        "OUTRIDER_REVIEWER": REVIEWER,
        "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p),
    }
    log_path = tmp_path / "streamlit.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "review_ui/app.py", "--server.headless", "true",
             "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_healthy(base, proc, log_path)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                try:
                    page = browser.new_page(viewport={"width": 1440, "height": 1800})
                    page.set_default_timeout(60_000)
                    expect.set_options(timeout=60_000)  # a loaded CI machine: the first run imports a lot
                    page.goto(f"{base}/reactivations", wait_until="domcontentloaded")
                    expect(page.get_by_role("heading", name="Reactivations")).to_be_visible()
                    card = page.locator(f".st-key-reactivation-{draft_id}")
                    expect(card).to_contain_text("Greta Holm")
                    expect(card).to_contain_text("No budget until they raise the Series A")
                    expect(card).to_contain_text("Ramp time for the new sales team")
                    expect(card.get_by_role("textbox", name="Body")).to_have_value(
                        f"{greta['body']}"
                    )
                    page.screenshot(path=str(ARTIFACTS / "reactivations-pending.png"), full_page=True)

                    page.locator(f".st-key-re-approve-{draft_id}").get_by_role("button", name="Approve").click()
                    expect(page.get_by_text(f"Approved reactivation {draft_id}")).to_be_visible()
                    page.screenshot(path=str(ARTIFACTS / "reactivations-approved.png"), full_page=True)
                finally:
                    browser.close()
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=15)
    with ws.db.session() as session:
        draft = session.get(Draft, draft_id)
        assert draft is not None and draft.status == "approved" and draft.reviewed_by == REVIEWER
        assert session.exec(select(func.count()).select_from(Outbox).where(Outbox.draft_id == draft_id)).one() == 1
    assert (ARTIFACTS / "reactivations-approved.png").stat().st_size > 10_000
    ws.close()
