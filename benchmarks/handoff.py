"""Handoff benchmark: engagement events over HTTP into `outrider serve`, MQL handoffs out to a
Slack-like webhook. Prints a table.

A workspace of 10,000 contacts (500 accounts); `outrider serve` started as a subprocess with a
token from `outrider api-token create`; a concurrent client posts a realistic mix for 60 s (single
events and batches of 20-100; page views with pricing visits, downloads, opens, clicks, forms;
some events for people not yet imported; some reposts). Alongside, a steady trickle of demo
requests from fresh contacts: each one crosses the MQL threshold, and the time from posting it to
the Slack-like server (a loopback process answering `ok`) receiving its handoff is the
event -> Slack latency.

    python benchmarks/handoff.py                          # the full run (targets below)
    python benchmarks/handoff.py --seconds 10 --contacts 2000   # a quick look

Targets (2-core machine): >= 500 events/s accepted, event -> Slack p95 <= 1 s, server peak RSS
<= 300 MB. The server's own CPU per event is printed too: on a machine shared with other work
(load average above the core count) the accepted rate says more about the neighbours.
Set DATABASE_URL to run it against PostgreSQL instead of the workspace's SQLite file.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from agent.config import Settings  # noqa: E402
from agent.init import write_config  # noqa: E402
from agent.services.accounts import import_accounts, import_contacts  # noqa: E402
from agent.workspace import Workspace  # noqa: E402
from benchmarks._loopback import free_port  # noqa: E402

ACCOUNTS = 500
PAGES = ["/", "/blog/lead-routing", "/docs/api", "/customers", "/case-studies/acme", "/integrations", "/careers"]
CROSSINGS_PER_S = 4.0


# --------------------------------------------------------------------------- the Slack-like server


def _slack(port: int, ready: Any, received: Any) -> None:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            received.put((time.time(), body.decode("utf-8", "replace")))
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

    httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    httpd.daemon_threads = True
    ready.set()
    httpd.serve_forever()


class SlackLike:
    """A webhook endpoint in its own process (so its clock reading is not delayed by our client)."""

    def __init__(self) -> None:
        ctx = mp.get_context("spawn")
        self.port = free_port()
        self.received = ctx.Queue()
        ready = ctx.Event()
        self.process = ctx.Process(target=_slack, args=(self.port, ready, self.received), daemon=True)
        self.process.start()
        if not ready.wait(20):
            raise RuntimeError("the Slack-like server did not start")
        self.messages: list[tuple[float, str]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/services/T000/B000/bench"

    def drain(self) -> None:
        while True:
            try:
                self.messages.append(self.received.get_nowait())
            except Exception:
                return

    def close(self) -> None:
        self.process.terminate()
        self.process.join(5)


# --------------------------------------------------------------------------- the workspace


def build_workspace(path: Path, contacts: int) -> None:
    write_config(path)
    config = path / "outrider.toml"
    text = config.read_text(encoding="utf-8")
    # No network sources; alerts to Slack only (the owner e-mail channel is measured elsewhere).
    start, end = text.index("\n[[sources]]\n"), text.index("[sender]")
    config.write_text(text[: start + 1] + text[end:] + "\n[alerts]\nemail_owner = false\n", encoding="utf-8")
    ws = Workspace.open(path, settings=Settings())
    try:
        accounts = ["name,domain,industry,employees,country,owner_email"]
        accounts += [f"Company {a:03d},company{a:03d}.example,Software,{100 + a},US,owner{a % 20}@vendor.example"
                     for a in range(ACCOUNTS)]
        rows = ["first_name,last_name,email,title,company,domain"]
        rows += [f"Lead,N{i:05d},{email_of(i)},VP Sales,Company {i % ACCOUNTS:03d},company{i % ACCOUNTS:03d}.example"
                 for i in range(contacts)]
        import_accounts(ws.db, "\n".join(accounts).encode())
        summary = import_contacts(ws, "\n".join(rows).encode())
        if summary.problems:
            raise SystemExit(f"contacts import reported problems: {summary.problems[:3]}")
    finally:
        ws.close()


def email_of(i: int) -> str:
    return f"lead{i:05d}@company{i % ACCOUNTS:03d}.example"


def outrider(*args: str, env: dict[str, str]) -> str:
    done = subprocess.run([sys.executable, "-m", "agent.cli", *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"outrider {' '.join(args)} failed: {done.stderr}")
    return done.stdout


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident set (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# --------------------------------------------------------------------------- the load


@dataclass
class Load:
    pool: list[int]
    rng: random.Random
    requests: int = 0
    accepted: int = 0
    duplicates: int = 0
    errors: dict[int, int] = field(default_factory=dict)
    request_s: list[float] = field(default_factory=list)
    sent_crossings: dict[str, float] = field(default_factory=dict)
    counter: int = 0
    recent: list[list[dict[str, Any]]] = field(default_factory=list)

    def next_id(self) -> str:
        self.counter += 1
        return f"bench-{self.counter}"

    def event(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.04:
            email = f"visitor{self.rng.randrange(10**6)}@not-imported.example"  # kept, attached on import
        else:
            email = email_of(self.rng.choice(self.pool))
        kind = self.rng.random()
        if kind < 0.62:
            event = {"type": "page_view", "url": "https://vendor.example" + self.rng.choice(PAGES)}
        elif kind < 0.72:
            event = {"type": "page_view", "url": "https://vendor.example/pricing"}
        elif kind < 0.80:
            event = {"type": "email_open"}
        elif kind < 0.87:
            event = {"type": "email_click", "url": "https://vendor.example/guides/routing"}
        elif kind < 0.94:
            event = {"type": "content_download", "url": "https://vendor.example/guides/routing"}
        else:
            event = {"type": "form_submit", "properties": {"form": "newsletter"}}
        return {"id": self.next_id(), "email": email, **event}

    def body(self) -> list[dict[str, Any]] | dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.03 and self.recent:
            return self.rng.choice(self.recent)  # a sender retrying a request it already made
        if roll < 0.80:
            return self.event()
        batch = [self.event() for _ in range(self.rng.randint(20, 100))]
        self.recent = (self.recent + [batch])[-20:]
        return batch


async def post(client: httpx.AsyncClient, load: Load, body: Any) -> None:
    started = time.perf_counter()
    try:
        response = await client.post("/v1/events", json=body)
    except httpx.HTTPError:
        load.errors[0] = load.errors.get(0, 0) + 1
        return
    load.request_s.append(time.perf_counter() - started)
    load.requests += 1
    if response.status_code == 202:
        answer = response.json()
        load.accepted += answer["accepted"]
        load.duplicates += answer["duplicates"]
    else:
        load.errors[response.status_code] = load.errors.get(response.status_code, 0) + 1


async def worker(client: httpx.AsyncClient, load: Load, until: float) -> None:
    while time.monotonic() < until:
        await post(client, load, load.body())


async def crossings(client: httpx.AsyncClient, load: Load, fresh: Iterator[int], until: float) -> None:
    """Demo requests from contacts nobody has touched: each one is an MQL handoff."""
    while time.monotonic() < until:
        index = next(fresh, None)
        if index is None:
            return
        email = email_of(index)
        load.sent_crossings[email] = time.time()
        await post(client, load, {"id": load.next_id(), "type": "demo_request", "email": email,
                                  "url": "https://vendor.example/demo"})
        await asyncio.sleep(1 / CROSSINGS_PER_S)


async def run_load(base: str, token: str, load: Load, fresh: Iterator[int], seconds: float, concurrency: int) -> float:
    limits = httpx.Limits(max_connections=concurrency + 2, max_keepalive_connections=concurrency + 2)
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60,
                                 limits=limits) as client:
        for _ in range(5):  # warm up: imports, caches, connections
            await post(client, load, load.event())
        load.requests = load.accepted = load.duplicates = 0
        load.request_s.clear()
        started = time.monotonic()
        until = started + seconds
        await asyncio.gather(*(worker(client, load, until) for _ in range(concurrency)),
                             crossings(client, load, fresh, until))
        return time.monotonic() - started


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


# --------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="How long to post events (default 60).")
    parser.add_argument("--contacts", type=int, default=10_000, help="Contacts in the workspace (default 10,000).")
    parser.add_argument("--concurrency", type=int, default=8, help="Concurrent client connections (default 8).")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    console = Console(width=130)

    with tempfile.TemporaryDirectory(prefix="outrider-handoff-") as tmp:
        path = Path(tmp) / "ws"
        t = time.perf_counter()
        build_workspace(path, args.contacts)
        setup_s = time.perf_counter() - t
        slack = SlackLike()
        env = {k: v for k, v in os.environ.items() if k not in ("OUTRIDER_SECRET_KEY",)}
        env.update({"OUTRIDER_WORKSPACE": str(path), "SLACK_WEBHOOK_URL": slack.url})
        token = [line for line in outrider("api-token", "create", "bench", env=env).splitlines() if line.strip()][-1]
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "agent.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
                                  env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        base = f"http://127.0.0.1:{port}"
        rng = random.Random(args.seed)
        reserved = max(50, args.contacts // 10)
        fresh = iter(range(args.contacts - reserved, args.contacts))
        load = Load(pool=list(range(args.contacts - reserved)), rng=rng)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"outrider serve did not start: {server.stderr.read() if server.stderr else ''}")
                time.sleep(0.1)
            cpu_before = cpu_seconds(server.pid)
            load_avg_before = os.getloadavg()[0]
            elapsed = asyncio.run(run_load(base, token, load, fresh, args.seconds, args.concurrency))
            server_cpu = cpu_seconds(server.pid) - cpu_before
            load_avg = (load_avg_before + os.getloadavg()[0]) / 2
            # Let the last handoffs reach Slack (a sender has at most a few seconds of backlog).
            settle_until = time.monotonic() + 15
            while time.monotonic() < settle_until:
                slack.drain()
                if sum(1 for e in load.sent_crossings if any(e in body for _, body in slack.messages)) >= len(load.sent_crossings):
                    break
                time.sleep(0.25)
            rss = peak_rss_mb(server.pid)
        finally:
            server.terminate()
            try:
                server.wait(30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(10)
            slack.drain()
            slack.close()

        ws = Workspace.open(path, settings=Settings())
        try:
            from sqlmodel import func, select

            from agent.store.models import Alert, Handoff

            with ws.db.session() as session:
                handoffs = session.exec(select(func.count()).select_from(Handoff)).one()
                delivered = session.exec(select(func.count()).select_from(Alert).where(Alert.state == "delivered")).one()
        finally:
            ws.close()

    latencies: list[float] = []
    first_seen: dict[str, float] = {}
    for at, body in slack.messages:
        for email in load.sent_crossings:
            if email in body and email not in first_seen:
                first_seen[email] = at
    latencies = [first_seen[e] - sent for e, sent in load.sent_crossings.items() if e in first_seen]

    table = Table(title=f"Handoff benchmark ({args.contacts:,} contacts, {elapsed:.0f} s, {args.concurrency} connections, "
                        f"{os.environ.get('DATABASE_URL', 'SQLite').split('@')[-1]})")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("target", justify="right")
    eps = load.accepted / elapsed
    table.add_row("events/s accepted", f"{eps:,.0f}", ">= 500" + ("  ok" if eps >= 500 else "  MISSED"))
    table.add_row("events accepted / duplicates", f"{load.accepted:,} / {load.duplicates:,}", "")
    table.add_row("requests (HTTP 202)", f"{load.requests - sum(v for k, v in load.errors.items() if k):,}", "")
    table.add_row("requests refused or failed", json.dumps(load.errors) if load.errors else "0", "0")
    table.add_row("request latency p50 / p95", f"{percentile(load.request_s, 50) * 1000:.0f} / {percentile(load.request_s, 95) * 1000:.0f} ms", "")
    table.add_row("MQL crossings sent (demo requests)", f"{len(load.sent_crossings):,}", "")
    table.add_row("handoffs created (all crossings)", f"{handoffs:,}", "")
    p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
    table.add_row("Slack messages received / alerts delivered", f"{len(slack.messages):,} / {delivered:,}", "")
    table.add_row("crossings that reached Slack", f"{len(latencies):,} of {len(load.sent_crossings):,}", "all")
    table.add_row("event -> Slack p50 / p95", f"{p50 * 1000:.0f} / {p95 * 1000:.0f} ms",
                  "p95 <= 1000 ms" + ("  ok" if p95 <= 1.0 else "  MISSED"))
    cpu_ms = server_cpu * 1000 / load.accepted if load.accepted else float("nan")
    table.add_row("server CPU per accepted event", f"{cpu_ms:.2f} ms", "")
    table.add_row("server CPU share during the load / machine load average",
                  f"{server_cpu / elapsed:.2f} cores / {load_avg:.1f} on {os.cpu_count()} cores", "")
    table.add_row("events/s the server could accept with one full core", f"{1000 / cpu_ms:,.0f}", "")
    table.add_row("server peak RSS", f"{rss:.0f} MB", "<= 300 MB" + ("  ok" if rss <= 300 else "  MISSED"))
    table.add_row("setup (workspace + 10k contacts import)" if args.contacts == 10_000 else "setup", f"{setup_s:.1f} s", "")
    console.print(table)


if __name__ == "__main__":
    main()
