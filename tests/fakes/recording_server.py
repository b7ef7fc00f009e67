"""A real threaded HTTP server on 127.0.0.1 that records every request and answers through a
function: the base of the Slack and HubSpot stand-ins.

Tests script answers with `script(method, path_prefix, *replies)`: a scripted reply is used once,
before the server's own behaviour, for the first request that matches.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.fakes.openai_server import ReceivedRequest, Reply

__all__ = ["ReceivedRequest", "RecordingServer", "Reply"]


class RecordingServer:
    """Subclasses implement `answer(request) -> Reply`; `extra_headers()` go on every answer."""

    def __init__(self) -> None:
        self.requests: list[ReceivedRequest] = []
        self._scripted: deque[tuple[str, str, Reply]] = deque()
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, *args: object) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    parsed = json.loads(raw) if raw else None
                except ValueError:
                    parsed = None
                request = ReceivedRequest(
                    method=self.command,
                    path=self.path,
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=parsed if isinstance(parsed, dict) else None,
                    raw=raw,
                )
                with server._lock:
                    server.requests.append(request)
                reply = server._scripted_for(request) or server.answer(request)
                body = reply.body(request.body or {}) if callable(reply.body) else reply.body
                if reply.delay:  # the work is done; only the answer is late (a lost reply)
                    time.sleep(reply.delay)
                if body is None:
                    payload, content_type = b"", "text/plain"
                elif isinstance(body, bytes):
                    payload, content_type = body, "application/octet-stream"
                elif isinstance(body, str):
                    payload, content_type = body.encode(), "text/html"  # what Slack's webhooks say
                else:
                    payload, content_type = json.dumps(dict(body)).encode(), "application/json;charset=utf-8"
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(payload)))
                    for key, value in {**server.extra_headers(), **reply.headers}.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
                    pass  # the client gave up (a timeout test)

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _handle  # noqa: N815

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    # -- for subclasses ----------------------------------------------------------------------

    def answer(self, request: ReceivedRequest) -> Reply:
        raise NotImplementedError

    def extra_headers(self) -> Mapping[str, str]:
        return {}

    # -- for tests ---------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def script(self, method: str, path_prefix: str, *replies: Reply) -> None:
        with self._lock:
            self._scripted.extend((method.upper(), path_prefix, r) for r in replies)

    def _scripted_for(self, request: ReceivedRequest) -> Reply | None:
        with self._lock:
            for item in self._scripted:
                method, prefix, reply = item
                if method == request.method and request.path.startswith(prefix):
                    self._scripted.remove(item)
                    return reply
        return None

    @property
    def pending_script(self) -> int:
        with self._lock:
            return len(self._scripted)

    def matching(self, method: str, path_prefix: str) -> list[ReceivedRequest]:
        with self._lock:
            return [r for r in self.requests if r.method == method.upper() and r.path.startswith(path_prefix)]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def json_body(status: int, body: Mapping[str, Any], headers: Mapping[str, str] | None = None) -> Reply:
    return Reply(status, dict(body), headers=dict(headers or {}))

