"""A static file server on 127.0.0.1 in a child process, with ETag / If-None-Match (304).

Benchmarks serve their synthetic feeds and pages through it so that collectors do real HTTP
without the server competing for this process's GIL.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import socket
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def _serve(root: str, port: int, ready: mp.Event) -> None:  # type: ignore[valid-type]
    base = Path(root)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out as two writes; without this each 200 waits ~40 ms for the
        # client's delayed ACK, which would measure TCP, not Outrider.
        disable_nagle_algorithm = True

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            path = (base / self.path.lstrip("/").split("?")[0]).resolve()
            if not str(path).startswith(str(base)) or not path.is_file():
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            stat = path.stat()
            etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = path.read_bytes()
            self.send_response(200)
            ctype = "application/json" if path.suffix == ".json" else (
                "text/html" if path.suffix == ".html" else "application/xml"
            )
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

    ThreadingHTTPServer.request_queue_size = 256
    httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    httpd.daemon_threads = True
    ready.set()
    httpd.serve_forever()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class StaticServer:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = free_port()
        ctx = mp.get_context("spawn")
        ready = ctx.Event()
        self.process = ctx.Process(target=_serve, args=(str(root), self.port, ready), daemon=True)
        self.process.start()
        if not ready.wait(20):
            raise RuntimeError("the loopback server did not start")

    def url(self, relative: str) -> str:
        return f"http://127.0.0.1:{self.port}/{relative.lstrip('/')}"

    def close(self) -> None:
        self.process.terminate()
        self.process.join(5)


def peak_rss_mb() -> float:
    """Peak resident memory of this process, in MB (Linux reports ru_maxrss in KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_children_rss_mb() -> float:
    """Peak resident memory of the largest finished child process (drafting workers), in MB."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def pid() -> int:
    return os.getpid()
