"""What the network guard and the whole-request deadline cost and buy, on loopback.

Table 1 times sequential small GETs: plain httpx (no guard, httpx follows redirects), the
Fetcher with the address guard (resolve, check, connect to the checked address; deadline-clamped
reads), and the Fetcher through one redirect. Table 2 times a server that drips one byte every
`--drip` seconds: plain httpx with a per-read timeout reads it to the end; the Fetcher stops at
its timeout_s.

    python benchmarks/network.py                 # 500 requests, a 20-byte drip at 0.5 s a byte
    python benchmarks/network.py --requests 2000
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402

from signals.http import Fetcher, FetchTimeout  # noqa: E402


def serve(drip_s: float, drip_bytes: int) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else delayed ACKs add 40 ms to every response

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/hop":
                self.send_response(302)
                self.send_header("Location", "/small")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = b"x" * (drip_bytes if self.path == "/drip" else 512)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                if self.path == "/drip":
                    for i in range(len(body)):
                        self.wfile.write(body[i : i + 1])
                        self.wfile.flush()
                        time.sleep(drip_s)
                else:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def per_request_ms(fetch: object, url: str, n: int) -> tuple[float, float]:
    samples = []
    for _ in range(n):
        started = time.perf_counter()
        fetch(url)  # type: ignore[operator]
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--drip", type=float, default=0.5, help="seconds between dripped bytes")
    parser.add_argument("--drip-bytes", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=2.0, help="timeout_s for both clients")
    args = parser.parse_args()

    from rich.console import Console
    from rich.table import Table

    server = serve(args.drip, args.drip_bytes)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    plain = httpx.Client(timeout=args.timeout, follow_redirects=True)
    guarded = Fetcher(attempts=1, timeout=args.timeout, allow_private=True)
    try:
        rows = [
            ("plain httpx", *per_request_ms(plain.get, f"{base}/small", args.requests)),
            ("Fetcher (guard + deadline)", *per_request_ms(guarded.get, f"{base}/small", args.requests)),
            ("Fetcher, one redirect", *per_request_ms(guarded.get, f"{base}/hop", args.requests)),
        ]
        table = Table(title=f"{args.requests} sequential GETs of 512 bytes on loopback")
        for column in ("client", "median ms", "p95 ms"):
            table.add_column(column)
        for name, median, p95 in rows:
            table.add_row(name, f"{median:.2f}", f"{p95:.2f}")
        Console().print(table)

        drip = Table(title=f"a server dripping {args.drip_bytes} bytes, one every {args.drip:g} s; timeout {args.timeout:g} s")
        for column in ("client", "outcome", "seconds"):
            drip.add_column(column)
        started = time.perf_counter()
        got = len(plain.get(f"{base}/drip").content)
        drip.add_row("plain httpx (timeout per read)", f"read all {got} bytes", f"{time.perf_counter() - started:.1f}")
        started = time.perf_counter()
        try:
            guarded.get(f"{base}/drip")
            outcome = "read it all"
        except FetchTimeout:
            outcome = "FetchTimeout"
        drip.add_row("Fetcher (timeout per request)", outcome, f"{time.perf_counter() - started:.1f}")
        Console().print(drip)
    finally:
        plain.close()
        guarded.close()
        server.shutdown()


if __name__ == "__main__":
    main()
