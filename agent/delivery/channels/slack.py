"""Slack: a handoff (or a lead's reply) as a Block Kit message through an incoming webhook (slack-sdk's WebhookClient).

Slack answers a webhook with a status and a short code in the body (`ok`, `invalid_blocks`,
`no_service`...). 429 and 5xx are retried (honouring Retry-After); a refused layout, a revoked or
wrong webhook and an archived channel are not. The webhook URL is a secret: it never appears in
an error, a log line or the database.
"""

from __future__ import annotations

import http.client
import logging
import re
import socket
import urllib.error
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from slack_sdk.webhook import WebhookClient

from agent.delivery.channels.base import (
    SNIPPET_LINES,
    TOP_REASONS,
    TOUCHES,
    ChannelError,
    Delivered,
    HandoffNote,
    Note,
    ReplyNote,
    cap,
    describe,
    redact,
    retry_after,
)

# slack-sdk logs the webhook URL at DEBUG and errors at ERROR; we log for ourselves, without it.
_SDK_LOG = logging.getLogger("outrider.alerts.slack_sdk")
_SDK_LOG.setLevel(logging.CRITICAL + 1)
_SDK_LOG.propagate = False

#: Block Kit limits (https://api.slack.com/reference/block-kit/blocks).
HEADER_CHARS = 150
SECTION_CHARS = 3000
FIELD_CHARS = 2000
BUTTON_TEXT_CHARS = 75
URL_CHARS = 3000
FALLBACK_CHARS = 3000

#: What Slack's webhook error codes mean for the person reading the alert list.
_GONE = {
    "no_service": "the webhook no longer exists (no_service): it was removed or the URL is wrong",
    "no_service_id": "the webhook URL is incomplete (no_service_id)",
    "no_team": "the webhook's Slack workspace is gone (no_team)",
    "team_disabled": "the webhook's Slack workspace is disabled (team_disabled)",
    "invalid_token": "Slack refused the webhook's token (invalid_token): it was revoked or the URL is wrong",
    "action_prohibited": "a Slack admin blocked this webhook (action_prohibited)",
    "channel_not_found": "the webhook's channel no longer exists (channel_not_found)",
    "channel_is_archived": "the webhook's channel is archived (channel_is_archived)",
    "posting_to_general_channel_denied": "only admins may post to the webhook's channel (posting_to_general_channel_denied)",
}
_FIX_WEBHOOK = "create a new incoming webhook in Slack, set SLACK_WEBHOOK_URL to it, then retry"


def mrkdwn(text: str | None, limit: int) -> str:
    """User text made safe for Slack mrkdwn (& < > escaped, so no fake links or mentions), capped."""
    value = cap(text, 100_000).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if len(value) <= limit:
        return value
    cut = re.sub(r"&[a-z]*$", "", value[: limit - 1])  # never half an entity
    return cut.rstrip() + "…"


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:SECTION_CHARS]}}


def _bullets(title: str, lines: list[str]) -> str:
    head = f"*{title}*\n"
    out = head
    for line in lines:
        item = "• " + mrkdwn(line, 400) + "\n"
        if len(out) + len(item) > SECTION_CHARS:
            break
        out += item
    return out.rstrip()


def _open_button(url: str | None) -> list[dict[str, Any]]:
    if not url or len(url) > URL_CHARS:
        return []
    return [{
        "type": "actions",
        "elements": [{
            "type": "button",
            "text": {"type": "plain_text", "text": "Open the lead", "emoji": False},
            "url": url,
            "style": "primary",
        }],
    }]


def _blocks(note: Note, fact: tuple[str, str], body: list[dict[str, Any]], context: str) -> list[dict[str, Any]]:
    """THE layout of every alert: headline, the lead in six fields (`fact` is the fourth: the score
    or the sequence), what this kind of note says (`body`), the lead's button, the ids."""
    fields = [
        ("Name", note.who),
        ("Title", note.title or "—"),
        ("Account", note.account or "—"),
        fact,
        ("E-mail", note.email),
        ("Owner", note.owner_email or "—"),
    ]
    return [
        {"type": "header", "text": {"type": "plain_text", "text": cap(note.headline, HEADER_CHARS), "emoji": False}},
        {
            "type": "section",
            "fields": [{"type": "mrkdwn", "text": f"*{label}*\n{mrkdwn(value, FIELD_CHARS - 40)}"} for label, value in fields],
        },
        *body,
        *_open_button(note.lead_url),
        {"type": "context", "elements": [{"type": "mrkdwn", "text": f"{context} · alert #{note.alert_id}"}]},
    ]


def reply_message_for(note: ReplyNote) -> tuple[str, list[dict[str, Any]]]:
    """(notification text, blocks) for one reply: who, to which step, their first lines, what stopped."""
    lines = [line for line in (note.snippet or "").splitlines() if line.strip()][:SNIPPET_LINES]
    quote = "\n".join("&gt; " + mrkdwn(line, 400) for line in lines) or "&gt; (no text)"
    said = f"*{mrkdwn(note.subject or '(no subject)', 300)}*"
    if note.replied_to:
        said += f" (in reply to: {mrkdwn(note.replied_to, 300)})"
    body = [_section(f"{said}\n{quote}"), _section(mrkdwn(note.done, 1000))]
    blocks = _blocks(note, ("Sequence", note.where or "— (not a sequence step)"), body,
                     f"Outrider reply (event #{note.event_id})")
    first = lines[0] if lines else note.subject
    text = mrkdwn(f"{note.headline}: {first}", FALLBACK_CHARS)
    return text, blocks


def message_for(note: Note) -> tuple[str, list[dict[str, Any]]]:
    """(notification text, blocks) for one alert."""
    if isinstance(note, ReplyNote):
        return reply_message_for(note)
    return handoff_message_for(note)


def handoff_message_for(note: HandoffNote) -> tuple[str, list[dict[str, Any]]]:
    """(notification text, blocks) for one handoff."""
    why = f"*Why now:* {mrkdwn(note.crossing, 1000)}"
    if note.event:
        why += f"\n*Event:* {mrkdwn(note.event, 1500)}"
    body = [_section(why)]
    if note.reasons:
        body.append(_section(_bullets("Top reasons", note.reasons[:TOP_REASONS])))
    if note.touches:
        body.append(_section(_bullets("Last touches", note.touches[:TOUCHES])))
    blocks = _blocks(note, ("Score", f"{note.score:.0f}"), body, f"Outrider handoff #{note.handoff_id}")
    text = mrkdwn(f"{note.headline}: {note.crossing}", FALLBACK_CHARS)
    return text, blocks


class SlackChannel:
    name = "slack"

    def __init__(self, webhook_url: str, *, timeout_s: float) -> None:
        self._url = webhook_url.strip()
        parts = urlsplit(self._url)
        self._valid = parts.scheme in ("https", "http") and bool(parts.netloc)
        tail = parts.path.rstrip("/").rsplit("/", 1)[-1]
        self._secrets = (self._url, parts.path, parts.path.lstrip("/"), tail)
        self._client = WebhookClient(self._url, timeout=timeout_s, retry_handlers=[], logger=_SDK_LOG)  # type: ignore[arg-type]
        self._timeout_s = timeout_s

    def _error(self, message: str, **kw: Any) -> ChannelError:
        return ChannelError(redact(message, self._secrets), **kw)

    def deliver(self, note: Note, *, progress: str | None, now: datetime) -> Delivered:
        if not self._valid:
            raise self._error(
                "the Slack webhook URL is not an http(s) address; check SLACK_WEBHOOK_URL or [alerts] slack_webhook_url",
                outcome="failed",
                stop_channel=True,
            )
        text, blocks = message_for(note)
        try:
            response = self._client.send(text=text, blocks=blocks)
        except urllib.error.URLError as exc:  # raised before the request was complete: not posted
            reason = exc.reason
            if isinstance(reason, TimeoutError | socket.timeout):
                said = f"Slack did not accept the connection within {self._timeout_s:g}s"
            else:
                said = f"could not reach Slack ({describe(reason) if isinstance(reason, BaseException) else reason})"
            raise self._error(said + "; it was not posted and will be retried", outcome="retry", stop_channel=True) from None
        except (TimeoutError, socket.timeout, ConnectionError, http.client.HTTPException, OSError) as exc:
            raise self._error(
                f"the connection to Slack broke after the message was sent ({describe(exc)})",
                outcome="unknown",
                stop_channel=True,
            ) from None
        return self._answer(response.status_code, (response.body or "").strip(), response.headers, now=now)

    def _answer(self, status: int, body: str, headers: Any, *, now: datetime) -> Delivered:
        code = cap(body, 120)
        if status == 200 and body == "ok":
            return Delivered()
        if status == 200:  # a 200 that is not "ok" is not what Slack sends: it did take the request
            return Delivered(note=f"Slack answered 200 {code!r} instead of 'ok'")
        if status == 429:
            wait = retry_after(headers, now=now)
            said = f"Slack is rate limiting this webhook (429); retrying after {wait.total_seconds():.0f}s" if wait else "Slack is rate limiting this webhook (429)"
            raise self._error(said, outcome="retry", retry_after=wait, stop_channel=True)
        if status >= 500:
            raise self._error(f"Slack had a server error ({status} {code or 'no body'}); it will be retried", outcome="retry", stop_channel=True)
        if code in ("invalid_blocks", "invalid_blocks_format"):
            raise self._error(
                f"Slack refused the message layout ({status} {code}): retrying the same message will not help. "
                "Report it as an Outrider bug; the lead's details are on its page in the review UI",
                outcome="failed",
            )
        if code in _GONE or status in (403, 404, 410):
            what = _GONE.get(code, f"Slack refused the webhook ({status} {code or 'no body'})")
            raise self._error(f"{what}; {_FIX_WEBHOOK}", outcome="failed", stop_channel=True)
        raise self._error(f"Slack refused the message ({status} {code or 'no body'})", outcome="failed")

    def close(self) -> None:
        pass
