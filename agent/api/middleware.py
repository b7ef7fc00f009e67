"""ASGI middleware of the HTTP server: the request-body size cap and a token-free access log.

The cap is enforced while the body is read, chunk by chunk, not only from Content-Length: a
client that sends chunked transfer encoding or lies about the length gets 413 as soon as it
crosses the limit, and the app never sees a byte of it. A body within the cap is buffered once
and replayed to the app (at most `max_body_bytes`, 1 MB by default).
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

log = logging.getLogger("outrider.api")

ASGIApp = Any
Message = dict[str, Any]

#: Path prefixes whose next segment is a secret (a signed link): never logged.
_SECRET_SEGMENTS = ("u", "c")


async def _reply(send: Any, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode("ascii")),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """413 for a request body over `max_bytes`, checked while reading."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _too_large(self) -> str:
        return f"the request body is over {self.max_bytes:,} bytes; send fewer events per request (at most 1,000)"

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers") or ():
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _reply(send, 400, "the Content-Length header is not a number")
                    return
                if declared > self.max_bytes:
                    await _reply(send, 413, self._too_large())
                    return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await _reply(send, 413, self._too_large())
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: wait for the disconnect, as a server would

        await self.app(scope, replay, send)


def loggable_path(path: str) -> str:
    """`/u/<token>` -> `/u/…`: signed links are credentials of a kind and stay out of logs."""
    parts = path.split("/")
    if len(parts) > 2 and parts[1] in _SECRET_SEGMENTS:
        return f"/{parts[1]}/…"
    return path[:200]


class AccessLog:
    """One INFO line per request: method, path (secrets masked), status, time. Never a header
    (Authorization) nor a body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 0
        logged = False

        def write_line() -> None:
            nonlocal logged
            logged = True
            if log.isEnabledFor(logging.INFO):
                log.info(
                    "%s %s %s %.1fms",
                    scope.get("method"),
                    loggable_path(scope.get("path", "")),
                    status or "-",
                    (time.perf_counter() - started) * 1000,
                )

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            elif message["type"] == "http.response.body" and not message.get("more_body", False) and not logged:
                # Before the last bytes go out, so the line exists by the time the client has its answer.
                write_line()
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            if not logged:
                write_line()
