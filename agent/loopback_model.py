"""An OpenAI-compatible chat endpoint on 127.0.0.1 that answers from a Python function.

`outrider eval injection` serves `drafting.injection.obey` here and points the real
`LLMDrafter` (the openai client through LangChain) at it, so the corpus goes through the same
HTTP, structured-output parsing and guardrails as a real model's answers. The reply is shaped the
way the request asked for it: a forced tool call for function calling, JSON content for
`response_format`. tests/fakes/openai_server.py shapes its scripted replies with the same
`structured_completion`.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = Callable[[dict[str, Any]], Mapping[str, Any]]


def completion(
    message: dict[str, Any], *, model: str, finish_reason: str, usage: tuple[int, int] | None = None
) -> dict[str, Any]:
    """A chat.completion body with one choice."""
    body: dict[str, Any] = {
        "id": f"chatcmpl-loopback-{time.monotonic_ns()}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish_reason}],
    }
    if usage is not None:
        prompt, output = usage
        body["usage"] = {"prompt_tokens": prompt, "completion_tokens": output, "total_tokens": prompt + output}
    return body


def structured_completion(
    request: Mapping[str, Any], fields: Mapping[str, Any], *, usage: tuple[int, int] | None = None
) -> dict[str, Any]:
    """`fields` as the structured output the request asked for: the (forced or first) tool's
    arguments when the request has `tools`, else JSON content."""
    model = str(request.get("model") or "loopback-model")
    arguments = json.dumps(dict(fields))
    tools = request.get("tools") or []
    if tools:
        choice = request.get("tool_choice")
        name = (choice.get("function") or {}).get("name") if isinstance(choice, dict) else None
        name = name or tools[0]["function"]["name"]
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": f"call_{time.monotonic_ns()}", "type": "function", "function": {"name": name, "arguments": arguments}}
            ],
        }
        return completion(message, model=model, finish_reason="tool_calls", usage=usage)
    message = {"role": "assistant", "content": arguments, "refusal": None}
    return completion(message, model=model, finish_reason="stop", usage=usage)


class LoopbackModel:
    """POST /v1/chat/completions on 127.0.0.1 (a free port), answered by `write(request) -> fields`.

    Use as a context manager; `base_url` is what the drafter is pointed at.
    """

    def __init__(self, write: Callable[[dict[str, Any]], Mapping[str, Any]]) -> None:
        self.requests = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                owner.requests += 1
                try:
                    request = json.loads(raw or b"{}")
                    status, body = 200, structured_completion(request, write(request))
                except Exception as exc:  # the client must see a server error, not a hang
                    status, body = 500, {"error": {"message": f"loopback model failed: {exc}", "type": "server_error"}}
                if self.path.split("?", 1)[0].rstrip("/") != "/v1/chat/completions":
                    status, body = 404, {"error": {"message": f"no {self.path} here", "type": "invalid_request_error"}}
                payload = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LoopbackModel:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
