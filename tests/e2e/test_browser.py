"""The review UI in a real browser: `streamlit run` in a subprocess, headless Chromium via Playwright.

Needs the Debian `chromium` package at /usr/bin/chromium (Playwright's own browser download is
not used). Without it the test is skipped locally and FAILS when CI is set.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlmodel import func, select

from agent.services import queue as queue_service
from agent.store.models import Account, Contact, Draft, Outbox, Signal
from agent.workspace import Workspace
from tests.conftest import make_workspace
from signals.model import utcnow

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("OUTRIDER_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-proxy-server",  # the app is on 127.0.0.1; never route it through a proxy
]
REVIEWER = "rep@example.com"
#: How long `expect` waits for the page to show something. Playwright's default (5 s) is too short
#: for a first Streamlit session on a loaded 2-core machine; this is a bound, not a measurement.
EXPECT_TIMEOUT_MS = 60_000


def require_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)"
    if os.environ.get("CI"):
        pytest.fail(f"{message}; the browser test must run in CI")
    pytest.skip(message)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def seed_pending_draft(ws: Workspace, name: str = "Acme Robotics", domain: str = "acme.io") -> int:
    with ws.db.session() as s:
        account = Account(name=name, domain=domain, industry="Software", employees=250, country="US")
        s.add(account)
        s.flush()
        contact = Contact(
            first_name="Dana", last_name="Buyer", email=f"dana@{domain}", title="VP Sales", account_id=account.id
        )
        s.add(contact)
        s.flush()
        url = f"https://news.example.com/{domain.split('.')[0]}-series-b"
        signal = Signal(
            kind="funding",
            source="vc-news",
            dedup_key=uuid.uuid4().hex,
            ref=url,
            occurred_at=utcnow() - timedelta(days=1),
            url=url,
            title=f"{name} raises $20M Series B",
            excerpt=f"{name} raised $20M led by Example Ventures to grow its sales team.",
            company_name=name,
            evidence=[{"id": "E1", "label": "Funding", "text": f"{name} raised $20M", "url": url}],
            account_id=account.id,
            status="drafted",
            priority=82.5,
            score_reasons=["industry Software is in the ICP (+30)", "250 employees is in range (+20)"],
        )
        s.add(signal)
        s.flush()
        draft = Draft(
            signal_id=signal.id,
            account_id=account.id,
            contact_id=contact.id,
            subject="Congrats on the Series B",
            body="Hi Dana,\n\nCongratulations on the $20M round. Worth a short call next week?\n\nBest,\nDana Rep",
            call_to_action="a 15-minute call",
            provider="offline",
            model="template",
            prompt_version="v1",
            status="pending",
            priority=82.5,
            evidence_ids=["E1"],
            guardrail_report=[{"name": "grounding", "passed": True, "reason": "every figure is in the evidence"}],
        )
        s.add(draft)
        s.commit()
        return int(draft.id)  # type: ignore[arg-type]


@contextmanager
def served_app(tmp_path: Path, more: tuple[tuple[str, str], ...] = ()) -> Iterator[tuple[str, Workspace, int]]:
    """A SQLite workspace with one pending draft (and one per (name, domain) in `more`), served by
    `streamlit run` until the block ends."""
    db_url = f"sqlite:///{tmp_path / 'ws' / 'outrider.db'}"
    ws = make_workspace(tmp_path / "ws", db_url)
    draft_id = seed_pending_draft(ws)
    for name, domain in more:
        seed_pending_draft(ws, name, domain)
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
            [
                sys.executable, "-m", "streamlit", "run", "review_ui/app.py",
                "--server.headless", "true",
                "--server.port", str(port),
                "--server.address", "127.0.0.1",
                "--browser.gatherUsageStats", "false",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_healthy(base, proc, log_path)
            yield base, ws, draft_id
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=15)
            ws.close()


def wait_healthy(base: str, proc: subprocess.Popen[bytes], log_path: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    with httpx.Client(trust_env=False, timeout=2) as client:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with {proc.returncode}:\n{log_path.read_text(errors='replace')}")
            try:
                if client.get(f"{base}/_stcore/health").text.strip() == "ok":
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
    pytest.fail(f"streamlit did not answer {base}/_stcore/health in {timeout}s:\n{log_path.read_text(errors='replace')}")


def metric(page: Any, label: str) -> Any:
    return page.get_by_test_id("stMetric").filter(has_text=label)


def test_approve_in_browser(tmp_path: Path) -> None:
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=EXPECT_TIMEOUT_MS)

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with served_app(tmp_path) as (base, ws, draft_id), sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 1600})
            page.set_default_timeout(30_000)
            # A deep link on a fresh server still gets app.py's navigation (not the automatic
            # pages/ sidebar with an "app" entry).
            page.goto(f"{base}/signals", wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Signals")).to_be_visible()
            nav = page.get_by_test_id("stSidebarNav")
            expect(nav).to_contain_text("Queue")
            expect(nav.get_by_text("app", exact=True)).to_have_count(0)

            page.goto(base, wait_until="domcontentloaded")

            card = page.locator(f".st-key-draft-{draft_id}")
            expect(card).to_contain_text("Acme Robotics")
            expect(card).to_contain_text("Dana Buyer")
            # The evidence is folded under the draft with a one-line summary; opening it shows the source.
            card.get_by_text("Why now: funding round").click()
            expect(card.get_by_role("link", name="Acme Robotics raises $20M Series B")).to_have_attribute(
                "href", "https://news.example.com/acme-series-b"
            )
            expect(page.get_by_text(f"Acting as {REVIEWER}")).to_be_visible()
            approve = page.locator(f".st-key-approve-{draft_id}").get_by_role("button", name="Approve")
            expect(approve).to_be_visible()
            expect(card.get_by_role("textbox", name="Body")).to_have_value(re.compile(r"^Hi Dana,"))
            expect(metric(page, "Pending")).to_contain_text("1")
            page.screenshot(path=str(ARTIFACTS / "queue-pending.png"), full_page=True)

            approve.click()
            expect(page.get_by_text(f"Approved draft {draft_id}")).to_be_visible()
            expect(page.get_by_text("No pending drafts.")).to_be_visible()
            expect(metric(page, "Approved")).to_contain_text("1")
            expect(metric(page, "Pending")).to_contain_text("0")
            page.screenshot(path=str(ARTIFACTS / "queue-approved.png"), full_page=True)
        finally:
            browser.close()

        view = queue_service.get_draft(ws.db, draft_id)
        assert view.draft.status == "approved"
        assert view.draft.reviewed_by == REVIEWER
        with ws.db.session() as s:
            assert s.exec(select(func.count()).select_from(Outbox).where(Outbox.draft_id == draft_id)).one() == 1


def test_bulk_approve_three_drafts_in_browser(tmp_path: Path) -> None:
    """The inbox: tick three rows, approve them in one click, read the summary."""
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=EXPECT_TIMEOUT_MS)

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    more = (("Beta Freight", "beta.io"), ("Gamma Health", "gamma.io"))
    with served_app(tmp_path, more) as (base, ws, _first), sync_playwright() as p:
        ids = [int(v.draft.id or 0) for v in queue_service.list_drafts(ws.db)]
        assert len(ids) == 3
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 1000})
            page.set_default_timeout(30_000)
            page.goto(base, wait_until="domcontentloaded")
            for name in ("Acme Robotics", "Beta Freight", "Gamma Health"):
                expect(page.locator("[class*='st-key-open-']").filter(has_text=name)).to_be_visible()
            # .streamlit/config.toml: no Deploy button for reps.
            expect(page.get_by_role("button", name="Deploy")).to_have_count(0)
            bulk = page.locator(".st-key-queue-bulk-approve").get_by_role("button")
            expect(bulk).to_be_disabled()
            for n, draft_id in enumerate(ids, start=1):
                page.locator(f".st-key-pick-{draft_id} label").click()
                expect(bulk).to_have_text(f"Approve {n} selected")
            expect(bulk).to_be_enabled()
            page.screenshot(path=str(ARTIFACTS / "queue-bulk-selected.png"), full_page=True)

            bulk.click()
            expect(page.get_by_text("Approved 3 of 3 draft(s).")).to_be_visible()
            expect(page.get_by_text("No pending drafts.")).to_be_visible()
            expect(metric(page, "Approved")).to_contain_text("3")
            page.screenshot(path=str(ARTIFACTS / "queue-bulk-approved.png"), full_page=True)
        finally:
            browser.close()

        for draft_id in ids:
            view = queue_service.get_draft(ws.db, draft_id)
            assert (view.draft.status, view.draft.reviewed_by) == ("approved", REVIEWER)
        with ws.db.session() as s:
            assert s.exec(select(func.count()).select_from(Outbox)).one() == 3


def test_keyboard_approves_with_the_text_just_typed_then_opens_the_next(tmp_path: Path) -> None:
    """Ctrl+Enter approves the open draft, with what the rep typed a moment before, and the next
    draft opens; Ctrl+Enter again approves that one."""
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    with served_app(tmp_path, (("Beta Freight", "beta.io"),)) as (base, ws, first), sync_playwright() as p:
        second = next(int(v.draft.id or 0) for v in queue_service.list_drafts(ws.db) if v.draft.id != first)
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 1000})
            page.goto(base, wait_until="domcontentloaded")
            body = page.locator(f".st-key-draft-{first}").get_by_role("textbox", name="Body")
            expect(body).to_have_value(re.compile(r"^Hi Dana,"))
            body.click()
            page.keyboard.press("Control+End")
            page.keyboard.type("\nP.S. Typed just now.")
            page.keyboard.press("Control+Enter")
            expect(page.get_by_text(f"Approved draft {first} with your edits")).to_be_visible()
            expect(page.locator(f".st-key-draft-{second}")).to_contain_text("Beta Freight")
            # The rerun streams the new draft in piece by piece; until its own Approve button has
            # arrived, the previous run's (for the draft just approved) still holds the shortcut.
            # A rep sees the same: press once the new draft's buttons are drawn.
            expect(page.locator(f".st-key-approve-{second}").get_by_role("button", name="Approve")).to_be_visible()
            expect(page.locator(f".st-key-approve-{first}")).to_have_count(0)
            expect(page.get_by_test_id("stStatusWidgetRunningIcon")).to_have_count(0)
            page.get_by_role("heading", name="Review queue").click()  # focus outside any box
            page.keyboard.press("Control+Enter")
            expect(page.get_by_text(f"Approved draft {second}")).to_be_visible()
        finally:
            browser.close()
        assert queue_service.get_draft(ws.db, first).draft.body.endswith("P.S. Typed just now.")
        assert queue_service.get_draft(ws.db, second).draft.status == "approved"
