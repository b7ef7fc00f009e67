"""A Slack incoming-webhook stand-in on 127.0.0.1: it answers the way hooks.slack.com does.

* `POST` to the webhook's path with a valid message -> 200 `ok` (text/html), recorded in `posts`.
* A layout Slack would refuse (a header over 150 characters, a section over 3,000, more than ten
  fields, more than 50 blocks, an unknown block type, a button URL over 3,000) -> 400
  `invalid_blocks`; no text and no blocks -> 400 `no_text`; bad JSON -> 400 `invalid_payload`.
* Any other path -> 404 `no_service` (a webhook that was removed).
* Scripted answers come first: `reject_blocks()`, `rate_limit(seconds)`, `server_error()`, or any
  `Reply` through `script("POST", path, reply)`.
"""

from __future__ import annotations

import secrets
from typing import Any

from tests.fakes.recording_server import ReceivedRequest, RecordingServer, Reply

BLOCK_TYPES = {"header", "section", "context", "actions", "divider", "image", "rich_text", "input", "file", "video"}


def layout_problem(body: dict[str, Any]) -> str | None:
    """Why Slack would refuse these blocks, or None."""
    blocks = body.get("blocks")
    if blocks is None:
        return None
    if not isinstance(blocks, list) or len(blocks) > 50:
        return "blocks must be a list of at most 50"
    for block in blocks:
        if not isinstance(block, dict) or block.get("type") not in BLOCK_TYPES:
            return f"unknown block {block!r:.60}"
        kind = block["type"]
        text = block.get("text") or {}
        if kind == "header" and (text.get("type") != "plain_text" or not 0 < len(text.get("text", "")) <= 150):
            return "header text must be plain_text of 1-150 characters"
        if kind == "section":
            fields = block.get("fields") or []
            if not text and not fields:
                return "a section needs text or fields"
            if text and not 0 < len(text.get("text", "")) <= 3000:
                return "section text must be 1-3000 characters"
            if len(fields) > 10 or any(not 0 < len(f.get("text", "")) <= 2000 for f in fields):
                return "at most 10 fields of 1-2000 characters"
        if kind == "actions":
            for element in block.get("elements") or []:
                if len(element.get("url", "")) > 3000 or len((element.get("text") or {}).get("text", "")) > 75:
                    return "button text over 75 or url over 3000 characters"
        if kind == "context" and not 0 < len(block.get("elements") or []) <= 10:
            return "context needs 1-10 elements"
    return None


class SlackWebhookServer(RecordingServer):
    def __init__(self) -> None:
        #: The secret part of the webhook URL, as Slack makes it.
        self.path = f"/services/T0{secrets.token_hex(4).upper()}/B0{secrets.token_hex(4).upper()}/{secrets.token_urlsafe(18)}"
        #: Messages Slack accepted (each one would be in the channel).
        self.posts: list[dict[str, Any]] = []
        self.problems: list[str] = []
        super().__init__()

    @property
    def webhook_url(self) -> str:
        return self.base_url + self.path

    def answer(self, request: ReceivedRequest) -> Reply:
        if request.method != "POST" or request.path != self.path:
            return Reply(404, "no_service")
        body = request.body
        if body is None:
            return Reply(400, "invalid_payload")
        if not body.get("text") and not body.get("blocks"):
            return Reply(400, "no_text")
        problem = layout_problem(body)
        if problem:
            self.problems.append(problem)
            return Reply(400, "invalid_blocks")
        self.posts.append(body)
        return Reply(200, "ok")

    # -- scripted answers ----------------------------------------------------------------------

    def reject_blocks(self) -> None:
        self.script("POST", self.path, Reply(400, "invalid_blocks"))

    def rate_limit(self, seconds: int) -> None:
        self.script("POST", self.path, Reply(429, "rate_limited", headers={"Retry-After": str(seconds)}))

    def server_error(self, times: int = 1) -> None:
        self.script("POST", self.path, *[Reply(500, "rollup_error") for _ in range(times)])

    def revoke(self) -> None:
        self.script("POST", self.path, Reply(403, "invalid_token"))

    def post_text(self, post: dict[str, Any]) -> str:
        """Every piece of text in one accepted message, joined (for assertions)."""
        parts = [str(post.get("text", ""))]

        def walk(value: Any) -> None:
            if isinstance(value, dict):
                for key, item in value.items():
                    if key in ("text", "url") and isinstance(item, str):
                        parts.append(item)
                    else:
                        walk(item)
            elif isinstance(value, list):
                for item in value:
                    walk(item)

        walk(post.get("blocks") or [])
        return "\n".join(parts)
