"""A small, real OpenAI-compatible HTTP server on 127.0.0.1 that answers from a script.

Tests queue replies (`Reply(status, body, delay, headers)`) and then drive the real `openai`
client (through LangChain) against `server.base_url`. Every request is recorded with its
headers and JSON body, so a test can assert on what the client actually sent: the model name,
the messages, the tools or `response_format` that structured output added.

A reply body may be a callable that gets the request's JSON: `draft_reply(...)` uses that to
answer in whichever shape the request asked for (a forced tool call for function calling,
JSON content for `response_format`), the way a real server would; `obedient_reply()` reads the
evidence in the request and writes a draft that does what an instruction planted there says.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from agent.loopback_model import completion, structured_completion
from drafting.injection import obey

Body = Mapping[str, Any] | str | bytes | Callable[[dict[str, Any]], Mapping[str, Any]] | None


@dataclass
class Reply:
    """One scripted answer: HTTP status, body (JSON-able, text, bytes or a callable), delay."""

    status: int = 200
    body: Body = None
    #: Seconds to wait before answering (longer than the client's timeout makes it time out).
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class ReceivedRequest:
    method: str
    path: str
    #: Header names in lower case.
    headers: dict[str, str]
    body: dict[str, Any] | None
    raw: bytes

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list((self.body or {}).get("messages") or [])

    def message_text(self, role: str | None = None) -> str:
        """The text of every message (of one role, if given), joined by blank lines."""
        parts: list[str] = []
        for message in self.messages:
            if role is not None and message.get("role") != role:
                continue
            content = message.get("content")
            if isinstance(content, str):
                parts.append(content)
            elif isinstance(content, list):  # content parts: [{"type": "text", "text": ...}]
                parts.extend(str(p.get("text", "")) for p in content if isinstance(p, dict))
        return "\n\n".join(parts)


def draft_reply(
    fields: Mapping[str, Any], *, usage: tuple[int, int] | None = (812, 164), delay: float = 0.0
) -> Reply:
    """A model answering with `fields` as its structured output, in the shape the request asked for.

    With `tools` in the request it calls the (forced or first) tool with `fields` as arguments;
    otherwise it answers with `fields` as JSON content (what `response_format` asks for).
    """
    return Reply(200, lambda request: structured_completion(request, fields, usage=usage), delay=delay)


def obedient_reply(*, usage: tuple[int, int] | None = (900, 180)) -> Reply:
    """A model that obeys instructions planted in the evidence: it reads the EVIDENCE and RECORDS
    of the request it gets and writes a draft doing what they say (`drafting.injection.obey`)."""
    return Reply(200, lambda request: structured_completion(request, obey(request), usage=usage))


def text_reply(content: str, *, usage: tuple[int, int] | None = None) -> Reply:
    """A model that ignores the requested structure and just writes `content`."""

    def answer(request: dict[str, Any]) -> Mapping[str, Any]:
        message = {"role": "assistant", "content": content}
        return completion(message, model=str(request.get("model") or "fake-model"), finish_reason="stop", usage=usage)

    return Reply(200, answer)


def error_reply(
    status: int, message: str, *, kind: str = "server_error", headers: Mapping[str, str] | None = None
) -> Reply:
    """An error in the shape OpenAI uses: {"error": {"message", "type", "code"}}."""
    body = {"error": {"message": message, "type": kind, "param": None, "code": None}}
    return Reply(status, body, headers=dict(headers or {}))


class FakeOpenAIServer:
    """POST /v1/chat/completions answered from a queue of `Reply`s; everything is recorded.

    When the queue is empty it answers 500 and counts the request in `unscripted`, so a test
    sees (and can assert) that the client asked more often than the script expected.
    """

    def __init__(self) -> None:
        self._replies: deque[Reply] = deque()
        self._lock = threading.Lock()
        self.requests: list[ReceivedRequest] = []
        self.unscripted = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _send(self, status: int, payload: bytes, content_type: str, headers: Mapping[str, str]) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(payload)))
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
                    pass  # the client gave up (a timeout test): nothing to answer to

            def do_GET(self) -> None:  # noqa: N802
                server._record(self, b"")
                if self.path.rstrip("/") == "/v1/models":
                    body = {"object": "list", "data": [{"id": "fake-model", "object": "model"}]}
                    self._send(200, json.dumps(body).encode(), "application/json", {})
                else:
                    self._send(404, b'{"error": {"message": "not found"}}', "application/json", {})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                request = server._record(self, raw)
                if self.path.split("?", 1)[0].rstrip("/") != "/v1/chat/completions":
                    message = {"error": {"message": f"fake server has no {self.path}", "type": "invalid_request_error"}}
                    self._send(404, json.dumps(message).encode(), "application/json", {})
                    return
                reply = server._next()
                if reply.delay:
                    time.sleep(reply.delay)
                body = reply.body
                if callable(body):
                    body = body(request.body or {})
                if body is None:
                    payload, content_type = b"", "application/json"
                elif isinstance(body, bytes):
                    payload, content_type = body, "application/octet-stream"
                elif isinstance(body, str):
                    payload, content_type = body.encode(), "text/plain; charset=utf-8"
                else:
                    payload, content_type = json.dumps(dict(body)).encode(), "application/json"
                self._send(reply.status, payload, content_type, reply.headers)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def _record(self, handler: BaseHTTPRequestHandler, raw: bytes) -> ReceivedRequest:
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = None
        request = ReceivedRequest(
            method=handler.command,
            path=handler.path,
            headers={k.lower(): v for k, v in handler.headers.items()},
            body=parsed if isinstance(parsed, dict) else None,
            raw=raw,
        )
        with self._lock:
            self.requests.append(request)
        return request

    def _next(self) -> Reply:
        with self._lock:
            if self._replies:
                return self._replies.popleft()
            self.unscripted += 1
        return error_reply(500, "fake server: no scripted reply left")

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def script(self, *replies: Reply) -> None:
        with self._lock:
            self._replies.extend(replies)

    @property
    def pending(self) -> int:
        """Scripted replies not used yet."""
        with self._lock:
            return len(self._replies)

    @property
    def completions(self) -> list[ReceivedRequest]:
        return [r for r in self.requests if r.method == "POST" and "/chat/completions" in r.path]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> FakeOpenAIServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
