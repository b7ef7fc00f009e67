"""How fast the review queue opens with a long queue. Prints a table.

A workspace with N pending drafts (default 10,000; one account, contact and funding signal each),
then:

1. server time of the Queue page's first render, driven headless by Streamlit's AppTest (a new
   AppTest per run, so each is a new session; the first run also pays the page's imports);
2. time to first draft in headless Chromium: `streamlit run` in a subprocess, a new browser page
   per run, from `goto` until the open draft's card shows the top draft's account; with the time
   to the page's title, and the same for a one-line Streamlit page (the floor Streamlit itself
   sets on this machine, whatever the page does).

    python benchmarks/ui.py                       # 10,000 drafts, 3 runs each
    python benchmarks/ui.py --drafts 1000 --runs 1 --no-browser
    DATABASE_URL=postgresql+psycopg://... python benchmarks/ui.py   # PostgreSQL

Targets (issue 11): first render <= 1 s of server time, <= 2 s to first draft in the browser.
Chromium is Debian's /usr/bin/chromium (OUTRIDER_CHROMIUM overrides); without it step 2 is skipped
and says so.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402
from rich.progress import Progress  # noqa: E402
from rich.table import Table  # noqa: E402

from agent.config import Settings  # noqa: E402
from agent.init import write_config  # noqa: E402
from agent.store.models import Account, Contact, Draft, Signal  # noqa: E402
from agent.workspace import Workspace  # noqa: E402
from signals.model import utcnow  # noqa: E402

APP = ROOT / "review_ui" / "app.py"
CHROMIUM = Path(os.environ.get("OUTRIDER_CHROMIUM", "/usr/bin/chromium"))
SERVER_TARGET_S = 1.0
BROWSER_TARGET_S = 2.0
console = Console()


def build(root: Path, drafts: int, database_url: str | None) -> tuple[Workspace, str]:
    write_config(root)
    url = database_url or f"sqlite:///{root / 'outrider.db'}"
    ws = Workspace.open(root, settings=Settings(DATABASE_URL=url))  # type: ignore[call-arg]
    now = utcnow()
    batch = 1000
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task(f"seeding {drafts:,} pending drafts", total=drafts)
        for start in range(0, drafts, batch):
            with ws.db.session() as s:
                rows = []
                for i in range(start, min(drafts, start + batch)):
                    a = Account(name=f"Account {i:05d}", domain=f"a{i}.example", industry="Software", employees=200)
                    rows.append(a)
                s.add_all(rows)
                s.flush()
                contacts = [
                    Contact(first_name="Dana", last_name=f"Buyer{a.id}", email=f"dana@{a.domain}", title="VP Sales",
                            account_id=a.id)
                    for a in rows
                ]
                s.add_all(contacts)
                signals = [
                    Signal(kind="funding", source="vc-news", dedup_key=uuid.uuid4().hex, ref=f"https://n.example/{a.id}",
                           occurred_at=now - timedelta(days=1), url=f"https://n.example/{a.id}",
                           title=f"{a.name} raises $20M Series B", excerpt=f"{a.name} raised $20M.",
                           company_name=a.name, account_id=a.id, status="drafted", priority=float(a.id or 0) % 97,
                           evidence=[{"id": "E1", "label": "Funding", "text": f"{a.name} raised $20M"}],
                           score_reasons=["industry Software is in the ICP (+30)"])
                    for a in rows
                ]
                s.add_all(signals)
                s.flush()
                s.add_all([
                    Draft(signal_id=sig.id, account_id=a.id, contact_id=c.id, subject=f"Congrats, {a.name}",
                          body="Hi Dana,\n\nCongratulations on the $20M round. Worth a short call?\n\nBest,\nRep",
                          call_to_action="Worth a short call?", provider="offline", model="template",
                          prompt_version="v1", status="pending", priority=sig.priority, evidence_ids=["E1"],
                          guardrail_report=[{"name": "grounding", "passed": True, "reason": "ok"}])
                    for a, c, sig in zip(rows, contacts, signals, strict=True)
                ])
                s.commit()
            progress.update(task, advance=min(batch, drafts - start))
    return ws, url


def top_account(ws: Workspace) -> str:
    from agent.services.queue import list_page

    return list_page(ws.db, limit=1).items[0].account.name


def server_render(ws: Workspace, url: str, runs: int) -> list[float]:
    from streamlit.testing.v1 import AppTest

    os.environ.update(OUTRIDER_WORKSPACE=str(ws.path), DATABASE_URL=url, OUTRIDER_REVIEWER="bench@example.com")
    from streamlit import config

    config.set_option("server.address", "127.0.0.1")  # as `outrider ui` serves it
    times = []
    components = None
    for _ in range(runs):
        at = AppTest.from_file(str(APP), default_timeout=120)
        # A server scans the installed custom components once at start; AppTest does it per
        # instance (~1 s here), which is the harness's time, not the page's.
        if components is None:
            from streamlit.components.v2.component_manager import BidiComponentManager

            components = BidiComponentManager()
            components.discover_and_register_components(start_file_watching=False)
        at._bidi_component_manager = components
        started = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - started)
        if at.exception:
            raise SystemExit(f"the page failed: {[e.value for e in at.exception]}")
        assert any((b.key or "").startswith("approve-") for b in at.button), "no draft was opened"
    return times


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def browser_floor(runs: int) -> list[float] | str:
    """The floor on this machine: seconds from `goto` until a one-line Streamlit page shows its title."""
    if not CHROMIUM.exists():
        return f"skipped: {CHROMIUM} is missing"
    with tempfile.TemporaryDirectory(prefix="outrider-bench-hello-") as tmp:
        script = Path(tmp) / "hello.py"
        script.write_text('import streamlit as st\nst.title("Hello")\n', encoding="utf-8")
        return _time_in_browser(script, {}, runs, "Hello", None, [])


def browser_first_draft(
    ws: Workspace, url: str, runs: int, account: str, shell: list[float]
) -> list[float] | str:
    """Seconds from `goto` to the first draft, per run; `shell` gets the seconds to the page title."""
    if not CHROMIUM.exists():
        return f"skipped: {CHROMIUM} is missing (apt-get install chromium)"
    env = {"OUTRIDER_WORKSPACE": str(ws.path), "DATABASE_URL": url, "OUTRIDER_REVIEWER": "bench@example.com"}
    return _time_in_browser(APP, env, runs, "Review queue", account, shell)


def _time_in_browser(
    script: Path, extra_env: dict[str, str], runs: int, title: str, account: str | None, shell: list[float]
) -> list[float] | str:
    import httpx
    from playwright.sync_api import expect, sync_playwright

    port = free_port()
    env = {**os.environ, **extra_env, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        with httpx.Client(trust_env=False, timeout=2) as client:
            while True:
                try:
                    if client.get(f"{base}/_stcore/health").text.strip() == "ok":
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or proc.poll() is not None:
                    return "skipped: streamlit did not start"
                time.sleep(0.2)
        times = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM),
                                        args=["--headless=new", "--no-sandbox", "--disable-gpu", "--no-proxy-server"])
            try:
                # One untimed visit: Streamlit imports the page modules on its first session.
                warm = browser.new_page()
                warm.goto(base)
                expect(warm.get_by_role("heading", name=title)).to_be_visible(timeout=120_000)
                if account is not None:
                    expect(warm.locator("[class*='st-key-draft-']")).to_contain_text(account, timeout=120_000)
                warm.close()
                for _ in range(runs):
                    page = browser.new_page(viewport={"width": 1440, "height": 1000})
                    started = time.perf_counter()
                    page.goto(base, wait_until="commit")
                    # The page's title is drawn before any query: up to here it is Streamlit's own load.
                    expect(page.get_by_role("heading", name=title)).to_be_visible(timeout=120_000)
                    shell.append(time.perf_counter() - started)
                    if account is not None:
                        expect(page.locator("[class*='st-key-draft-']")).to_contain_text(account, timeout=120_000)
                    times.append(time.perf_counter() - started)
                    page.close()
            finally:
                browser.close()
        return times
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--drafts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="outrider-bench-ui-") as tmp:
        ws, url = build(Path(tmp) / "ws", args.drafts, os.environ.get("DATABASE_URL"))
        account = top_account(ws)
        with console.status("AppTest: first render of the Queue page"):
            server = server_render(ws, url, args.runs + 1)
        cold, warm = server[0], server[1:]
        browser: list[float] | str = "skipped (--no-browser)"
        shell: list[float] = []
        floor: list[float] | str = "skipped (--no-browser)"
        if not args.no_browser:
            with console.status("headless Chromium: time to first draft"):
                browser = browser_first_draft(ws, url, args.runs, account, shell)
            with console.status("headless Chromium: a one-line Streamlit page, for the floor"):
                floor = browser_floor(args.runs)
        ws.close()

    backend = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
    table = Table(title=f"Queue page with {args.drafts:,} pending drafts ({backend}, {os.cpu_count()} cores)")
    for name in ("measure", "runs", "median s", "max s", "target s", "ok (median)"):
        table.add_column(name, justify="left" if name in ("measure", "ok (median)") else "right")
    def ok(value: float, target: float) -> str:
        return "yes" if value <= target else "NO"

    table.add_row("first render, server (AppTest), first session", "1", f"{cold:.3f}", f"{cold:.3f}",
                  f"{SERVER_TARGET_S:.1f}", ok(cold, SERVER_TARGET_S))
    table.add_row("first render, server (AppTest), later sessions", str(len(warm)), f"{statistics.median(warm):.3f}",
                  f"{max(warm):.3f}", f"{SERVER_TARGET_S:.1f}", ok(statistics.median(warm), SERVER_TARGET_S))
    if isinstance(browser, list):
        table.add_row("time to first draft, headless Chromium", str(len(browser)), f"{statistics.median(browser):.3f}",
                      f"{max(browser):.3f}", f"{BROWSER_TARGET_S:.1f}", ok(statistics.median(browser), BROWSER_TARGET_S))
        table.add_row("  of which Streamlit's own load (to the page title)", str(len(shell)),
                      f"{statistics.median(shell):.3f}", f"{max(shell):.3f}", "-", "-")
    else:
        table.add_row("time to first draft, headless Chromium", "0", "-", "-", f"{BROWSER_TARGET_S:.1f}", browser)
    if isinstance(floor, list):
        table.add_row("floor: a one-line Streamlit page to its title", str(len(floor)),
                      f"{statistics.median(floor):.3f}", f"{max(floor):.3f}", "-", "-")
    console.print(table)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    console.print(f"load average (1 min) at the end: {load:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
